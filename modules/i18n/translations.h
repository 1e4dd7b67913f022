#pragma once

#include <QString>

class QCoreApplication;

namespace i18n {

// Installs the translators for `language` ("zh_CN" by default, "en" for the English source
// text): Qt's own strings and the product's. Returns false when the product translation is missing.
bool install(QCoreApplication &app, const QString &language);

// The language named by `--lang`, or zh_CN: the product is Chinese first.
QString defaultLanguage();

// Whether the language installed last is English (the source language). The locale does not
// say so: with `--lang en` no locale is set, and the system's may be "C".
bool english();

} // namespace i18n
