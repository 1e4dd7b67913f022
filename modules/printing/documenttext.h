#pragma once

#include <QCoreApplication>
#include <QString>

// Text helpers of the printed documents (private to the printing module).
namespace printing {

// The documents are plain functions, not classes with Q_DECLARE_TR_FUNCTIONS: their strings live in
// the translation context "printing", which lupdate derives from this namespace.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("printing", text);
}

// Text from a person or the database, made safe to place in the documents' rich text.
inline QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace printing
