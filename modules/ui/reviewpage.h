#pragma once

#include "services.h"

#include "exam/reviewservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QShortcut;
class QSpinBox;
class QTableWidget;

namespace ui {

class SignaturePad;

// The reviewer's page: the cases whose review is assigned to them; once every opinion is in, the
// opinions side by side with the differences marked; agree with one, or conclude with one's own
// grade and a reason; sign; the case is concluded.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    ReviewPage(const Services &services, const accounts::Session &session, QWidget *parent = nullptr);
    void reloadCases();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCase(const QString &acceptanceNo);
    void agreeWith(int column);
    void concludeOwn();
    void showMessage(const QString &text, bool problem);
    void fitMessage(); // the message's place grows (never shrinks) to hold the whole text
    void setConcluded(const std::optional<exam::Conclusion> &conclusion);
    // The controls that conclude: off while no case is open and on a concluded case.
    void setEditable(bool editable);

    const Services &m_services;
    accounts::Session m_session;
    QString m_case;
    QStringList m_opinionIds; // by column
    QListWidget *m_cases = nullptr;
    QTableWidget *m_sideBySide = nullptr;
    QLabel *m_differences = nullptr;
    QLabel *m_conclusion = nullptr;
    QSpinBox *m_ownGrade = nullptr;
    QComboBox *m_ownSelfCare = nullptr;
    QLineEdit *m_ownReason = nullptr;
    SignaturePad *m_pad = nullptr;
    QList<QPushButton *> m_agree;
    QList<QShortcut *> m_agreeKeys; // Alt+1 … for the agree buttons shown
    QPushButton *m_concludeOwn = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_concludeArea = nullptr; // agree buttons, own grade and reason
    QWidget *m_signArea = nullptr;     // the pad and its title
};

} // namespace ui
