#pragma once

#include <QString>

namespace ui {

// The About box's text: the product, its version (the CMake project's, as --version prints it and
// the packages carry it) and the Qt versions.
QString aboutText();

} // namespace ui
