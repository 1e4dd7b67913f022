#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace venue {

// What the hub answered to an enrolment: the link this station keeps.
struct EnrolmentResult {
    QString error;          // empty when enrolled; otherwise translated, says what to do
    QUrl streamUrl;         // wss://HOST:PORT/api/v1/venue/stream
    QString certificatePin; // hex SHA-256 of the hub's certificate, shown for the person to compare
    QString token;          // the station's token, kept in the system keychain
    QString station;
    QString role;
    bool ok() const { return error.isEmpty(); }
};

// Enrols this station at the venue hub with the one-time code shown there. The hub's certificate
// is self-signed: it is taken on this first contact, which the one-time code vouches for, and must
// match what the hub says it is; from then on only it is accepted.
class Enrolment : public QObject
{
    Q_OBJECT
public:
    explicit Enrolment(QObject *parent = nullptr);
    ~Enrolment() override;

    // Empty when the request may be sent; otherwise what is wrong with it.
    static QString problem(const QUrl &hub, const QString &code, const QString &station, const QString &role);
    // Sends the request; finished() follows once (answer, refusal or the time-out).
    void start(const QUrl &hub, const QString &code, const QString &station, const QString &role,
               int timeoutMs = 15000);
    // Runs start() and waits for its answer (command line, tests).
    EnrolmentResult run(const QUrl &hub, const QString &code, const QString &station, const QString &role,
                        int timeoutMs = 15000);

    // Keeps the link: the token in the keychain (entry of `dataDir`), the address and pin in settings.
    static core::Status save(const EnrolmentResult &result, store::Database &database, const QString &dataDir,
                             const QString &actor);

Q_SIGNALS:
    void finished(const venue::EnrolmentResult &result);

private:
    void answer(QNetworkReply *reply);
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_hub;
    QString m_station;
    QString m_role;
};

} // namespace venue
