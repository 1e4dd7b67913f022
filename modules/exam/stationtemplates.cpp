#include "stationtemplates.h"

#include "store/templaterepository.h"

namespace exam {

core::Result<QList<forms::ExamTemplate>> stationTemplates(store::Database &database)
{
    auto loaded = forms::ExamTemplates::loadAll(database.setting(store::settings::FormsExamDir));
    if (!loaded)
        return loaded;
    QList<forms::ExamTemplate> templates = loaded.value();
    for (const store::PublishedTemplate &published : store::TemplateRepository(database).published()) {
        const auto central = forms::ExamTemplates::parse(
            published.json, QStringLiteral("central template %1").arg(published.id));
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
