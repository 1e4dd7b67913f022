#pragma once

#include <QString>

class QCoreApplication;

namespace i18n {

// Installs the translators for `language` ("zh_CN" by default, "en" for the English source
// text): Qt's own strings and the product's. Returns false when the product translation is missing.
bool install(QCoreApplication &app, const QString &language);

// The language named by `--lang`, or zh_CN: the product is Chinese first.
QString defaultLanguage();

} // namespace i18n
