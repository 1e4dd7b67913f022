#pragma once

#include "protocol.h"

#include "store/database.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace centralsync {

// Where to upload and as whom.
struct ServerLink {
    QUrl base;                         // https://central.example:8470
    QString token;                     // bearer token (from the keychain or APPRAISAL_SYNC_TOKEN)
    QString stationId;                 // the station the token was made for
    QList<QSslCertificate> trustedCas; // extra CAs (a private CA); empty: the system's
    // Hex SHA-256 of the server certificate (DER) pinned at venue enrolment: that certificate and
    // no other is accepted, self-signed or not.
    QString pinnedCertificateSha256;
    bool throughHub = false; // a venue hub: it forwards the records; reference data is not there
};

struct UploadSummary {
    int uploaded = 0;            // stored by the server in this run
    int duplicates = 0;          // the server had them already (a reply lost earlier)
    int rejected = 0;            // quarantined here: rejected or in conflict
    qint64 pending = 0;          // still waiting after the run
    QString lastError;           // why the run stopped early, if it did
    bool networkFailure = false; // the last failure had no HTTP reply at all (offline)
};

// Sends the outbox to the central server in causal order, in batches, until nothing is pending.
// A row counts as sent only after a valid reply with a result for every record of its batch;
// rejected and conflicting rows are quarantined with the server's reason and do not block the
// rest; anything ambiguous (no reply, a broken one) leaves the rows pending for the next try. Local
// data is never deleted. Failures back off exponentially with jitter (1 s … `maxBackoffSeconds`),
// and a Retry-After from the server is honoured. Three batches may be in flight; a record never goes
// in the same flight as its predecessor.
class Uploader : public QObject
{
    Q_OBJECT
public:
    Uploader(store::Database &database, ServerLink link, QObject *parent = nullptr);

    void setBatchSize(int records) { m_batchSize = qMax(1, records); }
    void setMaxBackoffSeconds(int seconds) { m_maxBackoffSeconds = qMax(1, seconds); }
    // Failures in a row before the run gives up (0: never, as the station does in the background).
    void setMaxFailures(int failures) { m_maxFailures = failures; }

    void start();
    bool running() const { return m_running; }
    const UploadSummary &summary() const { return m_summary; }

    // Runs a whole upload in a local event loop: for the command line and benchmarks.
    static UploadSummary runToCompletion(store::Database &database, const ServerLink &link,
                                         int maxFailures = 5, int batchSize = kDefaultBatchSize);

signals:
    void progress(qint64 done, qint64 total);
    void finished(const centralsync::UploadSummary &summary);

private:
    // A batch read, encoded and compressed, ready to post; it keeps its id while it is retried, so
    // a reply lost after the server's commit is answered from the server's memory of the batch.
    struct PreparedBatch {
        QString batchId;
        QList<qint64> seqs;
        QStringList ids;
        QByteArray body; // gzip
        bool sentWhileDraining = false;
        bool isEmpty() const { return seqs.isEmpty(); }
    };
    // Up to `size` pending rows after `afterSeq`, stopping before a row whose predecessor is in
    // `unanswered` (it may go only after that one is stored). Unreadable rows are set aside.
    PreparedBatch prepare(int size, qint64 afterSeq, const QSet<QString> &unanswered);
    // Posts what may go now: batches to retry first, then new ones, up to kBatchesInFlight.
    void fill();
    void post(const PreparedBatch &batch);
    void onReply(QNetworkReply *reply);
    void accept(const PreparedBatch &batch, const QList<RecordResult> &results);
    void noteFailedAttempt(const QList<qint64> &seqs, const QString &error);
    void retryLater(const QString &error, int retryAfterSeconds = 0);
    void finish(const QString &error = {});

    store::Database &m_database;
    ServerLink m_link;
    QNetworkAccessManager m_network;
    QTimer m_retry;
    // Batches on the wire: posted in outbox order, the next one only after the one before it has
    // been handed over, so the server always has the next batch while it stores one.
    static constexpr int kBatchesInFlight = 3;
    QHash<QNetworkReply *, PreparedBatch> m_inFlight;
    QNetworkReply *m_handingOver = nullptr; // posted, its body not yet handed to the network thread
    QList<PreparedBatch> m_toRetry;         // failed, in outbox order, sent again after the backoff
    qint64 m_answeredUpTo = 0;              // the last seq of a batch answered but not yet marked sent
    // 400/413 narrowing and a refused batch id are handled with nothing else in flight.
    bool m_drain = false;
    int m_batchSize = kDefaultBatchSize;
    int m_currentBatchSize = kDefaultBatchSize;
    int m_maxBackoffSeconds = 180;
    int m_maxFailures = 0;
    int m_failures = 0;
    bool m_running = false;
    qint64 m_total = 0;
    qint64 m_done = 0;
    UploadSummary m_summary;
};

} // namespace centralsync
