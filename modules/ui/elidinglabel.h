#pragma once

#include <QLabel>

namespace ui {

// A one-line label that, when it is given less width than its text needs (a status bar on a
// 1366×768 or 150 % screen), shows its short form if it has one (the name without the role, "Sync
// error" without the details), and only when even that does not fit the text cut at a character
// with "…" instead of clipping it in the middle of a word. The whole text is in its tooltip;
// text() stays the whole text.
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(const QString &text, QWidget *parent = nullptr);

    // What is shown when the whole text does not fit; empty: the whole text is cut instead.
    void setShortText(const QString &shortText);
    QString shortText() const { return m_shortText; }
    // The text as painted at the current width: whole, short, or cut with "…".
    QString shownText() const;
    // Whether the text is shown cut (for tests and the tooltip); its short form is not cut.
    bool isElided() const;
    // As wide as the short form (a few characters without one): the layout may give it less
    // than its whole text.
    QSize minimumSizeHint() const override;
    // A label of little importance asks only for its short form and shows the whole text when the
    // layout has width to spare, so that more important neighbours keep their whole text.
    void setModest(bool modest);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString m_shortText;
    bool m_modest = false;
};

} // namespace ui
