#pragma once

#include "materials/materialstore.h"

class QWidget;

namespace ui {

struct IntakeResult {
    QString message; // translated summary: added, already there, refused with reasons
    bool problem = false;
};

// Asks for PDF and image files (a named file dialog, objectName "addMaterialsDialog") and adds
// them to the case's materials. Nothing chosen: an empty message.
IntakeResult addMaterialsFromFiles(QWidget *parent, materials::MaterialStore &store,
                                   const accounts::Session &session, const QString &acceptanceNo);

} // namespace ui
