#include "uploader.h"

#include "store/outbox.h"

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
    connect(&m_retry, &QTimer::timeout, this, &Uploader::sendNext);
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
    m_done = 0;
    m_total = store::Outbox(m_database).counts().pending;
    emit progress(0, m_total);
    sendNext();
}

void Uploader::sendNext()
{
    store::Outbox outbox(m_database);
    QList<store::OutboxRecord> rows;
    bool setAside = false;
    do {
        rows = outbox.pending(m_currentBatchSize, false);
        // A row this station cannot open cannot be sent; it waits for the admin, the rest goes on.
        setAside = false;
        for (const store::OutboxRecord &row : std::as_const(rows))
            if (row.unreadable) {
                outbox.quarantine(row.seq,
                                  QStringLiteral("the payload does not open with this station's key"));
                ++m_summary.rejected;
                setAside = true;
            }
        rows.removeIf([](const store::OutboxRecord &row) { return row.unreadable; });
    } while (rows.isEmpty() && setAside); // a batch of unreadable rows only: read the next one
    if (rows.isEmpty()) {
        finish();
        return;
    }
    // The same rows retried keep their batch id, so a reply lost after the commit is answered
    // from the server's memory of the batch.
    const QList<qint64> seqs = [&] {
        QList<qint64> list;
        for (const store::OutboxRecord &row : std::as_const(rows))
            list << row.seq;
        return list;
    }();
    if (seqs != m_inFlight || m_batchId.isEmpty())
        m_batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_inFlight = seqs;
    m_inFlightIds.clear();
    QList<RawRecord> records;
    records.reserve(rows.size());
    for (const store::OutboxRecord &row : std::as_const(rows)) {
        records.append(
            {row.recordId, row.type, row.entityKey, row.version, row.predecessor, row.payloadJson});
        m_inFlightIds << row.recordId;
    }
    QNetworkRequest request(m_link.base.resolved(QUrl(QStringLiteral("/api/v1/sync/batches"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_link.token.toLatin1());
    request.setTransferTimeout(60000);
    if (!m_link.trustedCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_link.trustedCas);
        request.setSslConfiguration(tls);
    }
    QByteArray body = encodeRawBatch(m_batchId, m_link.stationId, records);
    body = gzip(body);
    request.setRawHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    m_network.post(request, body);
}

void Uploader::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const int retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt();
    store::Outbox outbox(m_database);
    if (status == 200) {
        const auto results = decodeResults(body);
        QHash<QString, RecordResult> byId;
        if (results)
            for (const RecordResult &result : results.value())
                byId.insert(result.id, result);
        const bool complete = results && std::all_of(m_inFlightIds.cbegin(), m_inFlightIds.cend(),
                                                     [&](const QString &id) { return byId.contains(id); });
        if (!complete) {
            retryLater(QStringLiteral("the server's reply does not answer every record"));
            return;
        }
        QList<qint64> sent;
        for (int i = 0; i < m_inFlight.size(); ++i) {
            const RecordResult &result = byId.value(m_inFlightIds.at(i));
            switch (result.outcome) {
            case Outcome::Stored:
                ++m_summary.uploaded;
                sent << m_inFlight.at(i);
                break;
            case Outcome::Duplicate:
                ++m_summary.duplicates;
                sent << m_inFlight.at(i);
                break;
            case Outcome::Conflict:
            case Outcome::Rejected:
                ++m_summary.rejected;
                outbox.quarantine(m_inFlight.at(i),
                                  QStringLiteral("%1: %2").arg(toKey(result.outcome), result.reason));
                break;
            }
        }
        if (const core::Status marked = outbox.markSent(sent); !marked) {
            finish(
                marked
                    .error()); // the rows stay pending; the server has them, so the next run sees duplicates
            return;
        }
        m_failures = 0;
        m_summary.networkFailure = false;
        m_currentBatchSize = m_batchSize;
        m_done += m_inFlight.size();
        m_inFlight.clear();
        m_batchId.clear();
        emit progress(m_done, qMax(m_total, m_done));
        sendNext();
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
    if (status == 413 || status == 400) {
        // Narrow it down: half the batch, down to one record, which is then quarantined alone.
        if (m_inFlight.size() > 1) {
            m_currentBatchSize = qMax(1, int(m_inFlight.size() / 2));
            m_batchId.clear();
            sendNext();
            return;
        }
        outbox.quarantine(m_inFlight.constFirst(), error);
        ++m_summary.rejected;
        m_inFlight.clear();
        m_batchId.clear();
        m_currentBatchSize = m_batchSize;
        sendNext();
        return;
    }
    if (status == 409) { // our batch id was taken: a fresh one and again
        m_batchId.clear();
        m_inFlight.clear();
        sendNext();
        return;
    }
    outbox.noteFailedAttempt(m_inFlight, error);
    retryLater(error, retryAfter);
}

void Uploader::retryLater(const QString &error, int retryAfterSeconds)
{
    ++m_failures;
    m_summary.lastError = error;
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
    m_running = false;
    m_retry.stop();
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
