#include "uploader.h"

#include "store/healthrepository.h"

#include "store/outbox.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUuid>

#include <cmath>

namespace centralsync {

Uploader::Uploader(store::Database &database, ServerLink link, QObject *parent)
    : QObject(parent), m_database(database), m_link(std::move(link))
{
    m_network.setProxy(QNetworkProxy::NoProxy); // a venue's proxy settings must not reroute patient data
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Uploader::fill);
    connect(&m_network, &QNetworkAccessManager::finished, this, &Uploader::onReply);
}

void Uploader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_summary = {};
    m_failures = 0;
    m_currentBatchSize = m_batchSize;
    m_drain = false;
    m_done = 0;
    m_total = store::Outbox(m_database).counts().pending;
    emit progress(0, m_total);
    fill();
}

Uploader::PreparedBatch Uploader::prepare(int size, qint64 afterSeq, const QSet<QString> &unanswered)
{
    store::Outbox outbox(m_database);
    QList<store::OutboxRecord> rows;
    bool setAside = false;
    do {
        rows = outbox.pending(size, false, afterSeq);
        // A row this station cannot open cannot be sent; it waits for the admin, the rest goes on.
        setAside = false;
        for (const store::OutboxRecord &row : std::as_const(rows))
            if (row.unreadable) {
                if (const core::Status quarantined = outbox.quarantine(
                        row.seq, QStringLiteral("the payload does not open with this station's key"));
                    !quarantined) {
                    // Still pending, so reading on would find the same row again: send what is
                    // readable now and leave the row to the next run (the journal says why).
                    qWarning().noquote() << quarantined.error();
                    setAside = false;
                    break;
                }
                ++m_summary.rejected;
                setAside = true;
            }
        rows.removeIf([](const store::OutboxRecord &row) { return row.unreadable; });
    } while (rows.isEmpty() && setAside); // a batch of unreadable rows only: read the next one
    PreparedBatch batch;
    QList<RawRecord> records;
    records.reserve(rows.size());
    for (const store::OutboxRecord &row : std::as_const(rows)) {
        // The server stores a new version only after its predecessor: never in the same flight.
        if (!row.predecessor.isEmpty() && unanswered.contains(row.predecessor))
            break;
        records.append(
            {row.recordId, row.type, row.entityKey, row.version, row.predecessor, row.payloadJson});
        batch.seqs << row.seq;
        batch.ids << row.recordId;
    }
    if (batch.isEmpty())
        return batch;
    batch.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.body = gzip(encodeRawBatch(batch.batchId, m_link.stationId, records));
    return batch;
}

void Uploader::fill()
{
    if (!m_running || m_retry.isActive() || m_handingOver || m_inFlight.size() >= kBatchesInFlight ||
        (m_drain && !m_inFlight.isEmpty()))
        return;
    PreparedBatch next;
    if (!m_toRetry.isEmpty()) {
        next = m_toRetry.takeFirst();
    } else {
        qint64 after = m_answeredUpTo;
        QSet<QString> unanswered;
        for (const PreparedBatch &batch : std::as_const(m_inFlight)) {
            after = qMax(after, batch.seqs.constLast());
            for (const QString &id : batch.ids)
                unanswered.insert(id);
        }
        next = prepare(m_currentBatchSize, after, unanswered);
        next.sentWhileDraining = m_drain;
    }
    if (next.isEmpty()) {
        if (m_inFlight.isEmpty())
            finish(); // nothing left to send and nothing unanswered
        return;       // else: what is left waits for an answer
    }
    post(next);
}

void Uploader::post(const PreparedBatch &batch)
{
    QNetworkRequest request(m_link.base.resolved(QUrl(QStringLiteral("/api/v1/sync/batches"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_link.token.toLatin1());
    request.setRawHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    request.setTransferTimeout(60000);
    if (!m_link.trustedCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_link.trustedCas);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network.post(request, batch.body);
    if (const QString pin = m_link.pinnedCertificateSha256; !pin.isEmpty()) {
        const auto pinned = [reply, pin] {
            return QString::fromLatin1(reply->sslConfiguration()
                                           .peerCertificate()
                                           .digest(QCryptographicHash::Sha256)
                                           .toHex()) == pin;
        };
        connect(reply, &QNetworkReply::sslErrors, this, [reply, pinned](const QList<QSslError> &) {
            if (pinned())
                reply->ignoreSslErrors(); // the certificate pinned at enrolment, self-signed
        });
        // Also when a CA vouches for it: only the pinned certificate is this station's hub.
        connect(reply, &QNetworkReply::encrypted, this, [reply, pinned] {
            if (!pinned())
                reply->abort();
        });
    }
    m_inFlight.insert(reply, batch);
    // The body reaches the network thread through this thread's event loop: the next batch is
    // read and posted once this one is handed over, while the server works on it.
    m_handingOver = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, [this, reply](qint64 sent, qint64 total) {
        if (total > 0 && sent == total && m_handingOver == reply) {
            m_handingOver = nullptr;
            fill();
        }
    });
}

void Uploader::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_running || !m_inFlight.contains(reply))
        return;
    const PreparedBatch batch = m_inFlight.take(reply);
    if (m_handingOver == reply)
        m_handingOver = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The server's clock against ours, for the station health check (clock_drift).
    if (const auto serverTime = store::parseHttpDate(reply->rawHeader(QByteArrayLiteral("Date")))) {
        const core::Status kept =
            store::HealthRepository(m_database)
                .recordClockOffset(m_database.clock().now().secsTo(*serverTime),
                                   m_link.throughHub ? QStringLiteral("hub") : QStringLiteral("central"),
                                   m_database.clock().now());
        if (!kept)
            qWarning("clock offset not kept: %s", qPrintable(kept.error()));
    }
    const QByteArray body = reply->readAll();
    const int retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt();
    if (status == 200) {
        const auto results = decodeResults(body);
        QSet<QString> answered;
        if (results)
            for (const RecordResult &result : results.value())
                answered.insert(result.id);
        const bool complete =
            results && std::all_of(batch.ids.cbegin(), batch.ids.cend(),
                                   [&](const QString &id) { return answered.contains(id); });
        if (complete) {
            m_failures = 0;
            m_summary.networkFailure = false;
            if (batch.sentWhileDraining || !m_drain) { // else: one sent before the trouble
                m_currentBatchSize = m_batchSize;
                m_drain = false;
            }
            // The next batch goes out before the bookkeeping, so the server is not kept waiting;
            // it starts after this one too, whose rows are not marked sent yet.
            if (!m_inFlight.isEmpty()) {
                m_answeredUpTo = batch.seqs.constLast();
                fill();
                m_answeredUpTo = 0;
            }
            accept(batch, results.value());
            fill();
            return;
        }
        noteFailedAttempt(batch.seqs, QStringLiteral("incomplete reply"));
        m_toRetry.append(batch);
        retryLater(QStringLiteral("the server's reply does not answer every record"));
        return;
    }
    const QString serverMessage =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    const QString error =
        status > 0 ? QStringLiteral("HTTP %1: %2").arg(status).arg(serverMessage) : reply->errorString();
    m_summary.networkFailure = status == 0;
    if (status == 401 || status == 403) {
        finish(error); // the token or the station id is wrong: retrying cannot help
        return;
    }
    if (status == 413 || status == 400 || status == 409) {
        // 400/413: narrow it down, half the batch down to one record, which is quarantined alone.
        // 409: our batch id was taken; the rows go again under a fresh one. Either way the rows
        // are read again from the outbox with nothing else in flight.
        if (status != 409 && batch.seqs.size() > 1) {
            m_currentBatchSize = qMax(1, int(batch.seqs.size() / 2));
        } else if (status != 409) {
            // A refused record that cannot be set aside would be sent again and again: stop here.
            if (const core::Status quarantined =
                    store::Outbox(m_database).quarantine(batch.seqs.constFirst(), error);
                !quarantined) {
                finish(quarantined.error());
                return;
            }
            ++m_summary.rejected;
            m_currentBatchSize = m_batchSize;
        }
        m_drain = true;
        m_toRetry.clear();
        fill();
        return;
    }
    noteFailedAttempt(batch.seqs, error);
    m_toRetry.append(batch);
    std::sort(m_toRetry.begin(), m_toRetry.end(), [](const PreparedBatch &a, const PreparedBatch &b) {
        return a.seqs.constFirst() < b.seqs.constFirst();
    });
    retryLater(error, retryAfter);
}

void Uploader::noteFailedAttempt(const QList<qint64> &seqs, const QString &error)
{
    // The count of attempts is bookkeeping for the sync page; the retry goes ahead without it.
    if (const core::Status noted = store::Outbox(m_database).noteFailedAttempt(seqs, error); !noted)
        qWarning().noquote() << noted.error();
}

void Uploader::accept(const PreparedBatch &batch, const QList<RecordResult> &results)
{
    QHash<QString, RecordResult> byId;
    for (const RecordResult &result : results)
        byId.insert(result.id, result);
    store::Outbox outbox(m_database);
    QList<qint64> sent;
    for (qsizetype i = 0; i < batch.seqs.size(); ++i) {
        const RecordResult &result = byId.value(batch.ids.at(i));
        switch (result.outcome) {
        case Outcome::Stored:
            ++m_summary.uploaded;
            sent << batch.seqs.at(i);
            break;
        case Outcome::Duplicate:
            ++m_summary.duplicates;
            sent << batch.seqs.at(i);
            break;
        case Outcome::Conflict:
        case Outcome::Rejected:
            ++m_summary.rejected;
            if (const core::Status quarantined = outbox.quarantine(
                    batch.seqs.at(i), QStringLiteral("%1: %2").arg(toKey(result.outcome), result.reason));
                !quarantined) {
                // Still pending: the next run sends it again and hears the same answer.
                finish(quarantined.error());
                return;
            }
            break;
        }
    }
    if (const core::Status marked = outbox.markSent(sent); !marked) {
        // The rows stay pending; the server has them, so the next run sees duplicates.
        finish(marked.error());
        return;
    }
    m_done += batch.seqs.size();
    emit progress(m_done, qMax(m_total, m_done));
}

void Uploader::retryLater(const QString &error, int retryAfterSeconds)
{
    m_summary.lastError = error;
    if (m_retry.isActive())
        return; // the other batch in flight failed too: one backoff for both
    ++m_failures;
    if (m_maxFailures > 0 && m_failures >= m_maxFailures) {
        finish(error);
        return;
    }
    // Exponential backoff with full jitter, capped; the server's Retry-After wins when longer.
    const double ceiling = qMin<double>(m_maxBackoffSeconds, std::pow(2.0, qMin(m_failures - 1, 16)));
    const double jittered = ceiling * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble());
    const int delayMs = int(1000 * qMax<double>(jittered, qMin(retryAfterSeconds, m_maxBackoffSeconds)));
    m_retry.start(delayMs);
}

void Uploader::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_retry.stop();
    m_toRetry.clear();
    m_handingOver = nullptr;
    // Whatever is still on the wire is left unanswered: its rows stay pending for the next run.
    const QList<QNetworkReply *> unanswered = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : unanswered)
        reply->abort();
    if (!error.isEmpty())
        m_summary.lastError = error;
    else if (m_failures == 0)
        m_summary.lastError.clear();
    m_summary.pending = store::Outbox(m_database).counts().pending;
    emit finished(m_summary);
}

UploadSummary Uploader::runToCompletion(store::Database &database, const ServerLink &link, int maxFailures,
                                        int batchSize)
{
    Uploader uploader(database, link);
    uploader.setMaxFailures(maxFailures);
    uploader.setBatchSize(batchSize);
    QEventLoop loop;
    connect(&uploader, &Uploader::finished, &loop, &QEventLoop::quit);
    uploader.start();
    if (uploader.running())
        loop.exec();
    return uploader.summary();
}

} // namespace centralsync
