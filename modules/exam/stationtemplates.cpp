#include "stationtemplates.h"

#include <QSqlQuery>

namespace exam {

core::Result<QList<forms::ExamTemplate>> stationTemplates(store::Database &database)
{
    auto loaded = forms::ExamTemplates::loadAll(database.setting(store::settings::FormsExamDir));
    if (!loaded)
        return loaded;
    QList<forms::ExamTemplate> templates = loaded.value();
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT id, json FROM exam_templates ORDER BY id")))
        return templates;
    while (query.next()) {
        const auto central =
            forms::ExamTemplates::parse(query.value(1).toString().toUtf8(),
                                        QStringLiteral("central template %1").arg(query.value(0).toString()));
        if (!central)
            continue; // checked when it came down; a later program may read it differently
        const auto same = std::find_if(templates.begin(), templates.end(), [&](const forms::ExamTemplate &t) {
            return t.group == central->group;
        });
        if (same == templates.end())
            templates << central.value();
        else if (central->version > same->version)
            *same = central.value();
    }
    return templates;
}

} // namespace exam
