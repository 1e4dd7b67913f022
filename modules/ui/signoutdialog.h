#pragma once

#include "store/caserepository.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QPlainTextEdit;
class QLabel;

namespace ui {

// Sign-out: a concluded case just confirms; an unfinished one needs why the person leaves
// (withdrawn or no-show) and a reason, recorded with the time.
class SignOutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignOutDialog(const store::CaseRecord &record, QWidget *parent = nullptr);

    std::optional<core::CaseState> ending() const;
    QString reason() const;

private:
    void tryAccept();

    bool m_finished = false;
    QButtonGroup *m_endings = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ui
