#include "about.h"

#include <QCoreApplication>

namespace ui {

QString aboutText()
{
    return QCoreApplication::translate("ui::MainWindow",
                                       "<h3>Appraisal Site Workstation %1</h3>"
                                       "<p>Check-in, examination and conclusions at a labour-capacity "
                                       "appraisal venue.</p>"
                                       "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(QStringLiteral(APPRAISAL_VERSION), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}

} // namespace ui
