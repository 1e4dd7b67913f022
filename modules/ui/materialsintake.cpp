#include "materialsintake.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ui", text);
}

} // namespace

IntakeResult addMaterialsFromFiles(QWidget *parent, materials::MaterialStore &store,
                                   const accounts::Session &session, const QString &acceptanceNo)
{
    QFileDialog dialog(parent, tr("Add medical materials to %1").arg(acceptanceNo), QDir::homePath(),
                       tr("PDF and images (*.pdf *.png *.jpg *.jpeg)"));
    dialog.setObjectName(QStringLiteral("addMaterialsDialog"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    int added = 0;
    int already = 0;
    QStringList refused;
    for (const QString &path : dialog.selectedFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            refused << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
            continue;
        }
        bool duplicate = false;
        const auto stored = store.add(session, acceptanceNo, QFileInfo(path).fileName(), file.readAll(),
                                      QStringLiteral("desk"), &duplicate);
        if (!stored)
            refused << stored.error();
        else if (duplicate)
            ++already;
        else
            ++added;
    }
    QString message =
        QCoreApplication::translate("ui", "%n file(s) added to %1.", nullptr, added).arg(acceptanceNo);
    if (already > 0)
        message += QLatin1Char(' ') +
                   QCoreApplication::translate("ui", "%n file(s) were already there.", nullptr, already);
    if (!refused.isEmpty())
        message += QLatin1Char(' ') + tr("Not added: %1").arg(refused.join(QStringLiteral("; ")));
    return {message, !refused.isEmpty()};
}

} // namespace ui
