#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

// The front desk's action buttons laid out for the screen they are on. On a wide screen they sit
// in rows of as many as the width has room for. On a compact screen (911×512, see screenfit.h)
// the actions used on every case stay as buttons in one row and the occasional ones (previews,
// adding materials: their keys work anyway) go behind one "More…" menu, so that the input, the
// person card and the roster keep the height they need.
class DeskActions : public QWidget
{
    Q_OBJECT
public:
    // Takes the buttons over (they keep their object names and connections). A button hidden when
    // this is made (e.g. adding materials on a station without a materials store) stays out of
    // the menu too.
    DeskActions(const QList<QPushButton *> &everyCase, const QList<QPushButton *> &occasional,
                QWidget *parent);
    bool isCompact() const { return m_more != nullptr; }
    QPushButton *moreButton() const { return m_more; }

    // The line under the input that explains what was typed: one eliding line on a compact
    // screen (whole in its tooltip; F1 lists the keys the long hint names), else wrapped.
    static QLabel *makeHint(QWidget *panel);
    // Where the desk says what happened: a line of its own under the actions, or on a compact
    // screen the hint's line (whole in its tooltip), which does not push the roster down.
    QLabel *makeMessageLine(QLabel *hint);
    // Lays the check-in strip out on `panel`. A tall screen: input, hint, these actions and the
    // message in a column beside the card. Under 800 pixels high: the actions in rows under input
    // and card. Compact: input and hint beside the card, the actions in one row under both, so
    // that the strip is hardly higher than the card.
    void layOut(QWidget &panel, QLineEdit *input, QLabel *hint, QLabel *message, QWidget *card);

private:
    QPushButton *m_more = nullptr;
};

} // namespace ui
