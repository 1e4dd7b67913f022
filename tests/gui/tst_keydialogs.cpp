#include "crypto/datakey.h"
#include "ui/keydialogs.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestKeyDialogs : public QObject
{
    Q_OBJECT

private slots:
    // The recovery key is shown once, so the dialog does not go away until it was written down.
    void recoveryKeyNeedsConfirmation()
    {
        const QString key = crypto::DataKey::generate().toRecoveryKey();
        ui::RecoveryKeyDialog dialog(key);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("recoveryKey"))->text();
        QCOMPARE(shown.count(QLatin1Char('\n')), 1);
        QCOMPARE(QString(shown).remove(QLatin1Char('\n')), key);
        auto *done = dialog.findChild<QPushButton *>(QStringLiteral("recoveryKeyDone"));
        QVERIFY(!done->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        dialog.findChild<QCheckBox *>(QStringLiteral("recoveryKeyConfirmed"))->setChecked(true);
        QVERIFY(done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void recoveryShowsWhyAKeyFailsAndAcceptsTheRightOne()
    {
        const QString right = crypto::DataKey::generate().toRecoveryKey();
        QStringList tried;
        ui::KeyRecoveryDialog dialog(QStringLiteral("key missing"), [&](const QString &typed) {
            tried << typed;
            return typed == right ? QString() : QStringLiteral("This recovery key is not valid.");
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *input = dialog.findChild<QLineEdit *>(QStringLiteral("recoveryKeyInput"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        input->setText(QStringLiteral("AAAA-BBBB"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("recoverButton")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("This recovery key is not valid."));
        input->setText(right);
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(tried, (QStringList{QStringLiteral("AAAA-BBBB"), right}));
    }
};

QTEST_MAIN(TestKeyDialogs)
#include "tst_keydialogs.moc"
