#pragma once

#include <QLabel>

namespace ui {

// A one-line label that, when it is given less width than its text needs (a status bar on a
// 1366×768 or 150 % screen), shows the text cut at a character with "…" instead of clipping it in
// the middle of a word, and puts the whole text in its tooltip. text() stays the whole text.
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(const QString &text, QWidget *parent = nullptr);

    // Whether the text is shown cut (for tests and the tooltip).
    bool isElided() const;
    // A few characters wide: the layout may give it less than its text.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace ui
