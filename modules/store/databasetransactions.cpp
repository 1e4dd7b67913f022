#include "database.h"

#include <QSqlQuery>

// Transactions: the services decide where they begin and end; nested calls join the outer one.

namespace store {

core::Status Database::transaction(const std::function<core::Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        core::Status status;
        try {
            status = work();
        } catch (...) {
            --m_transactionDepth;
            throw;
        }
        --m_transactionDepth;
        return status;
    }
    QString error;
    if (m_synchronousRelaxed) {
        if (!run(QStringLiteral("PRAGMA synchronous=FULL"), &error))
            return core::Status::failure(
                tr("Cannot make the station database wait for the disk: %1").arg(error));
        m_synchronousRelaxed = false;
    }
    if (!run(QStringLiteral("BEGIN IMMEDIATE"), &error))
        return core::Status::failure(tr("Cannot start a database transaction: %1").arg(error));
    m_transactionDepth = 1;
    core::Status status;
    try {
        status = work();
    } catch (...) {
        m_transactionDepth = 0;
        run(QStringLiteral("ROLLBACK"));
        throw;
    }
    m_transactionDepth = 0;
    if (!status) {
        run(QStringLiteral("ROLLBACK"));
        return status;
    }
    if (!run(QStringLiteral("COMMIT"), &error)) {
        run(QStringLiteral("ROLLBACK"));
        return core::Status::failure(tr("Saving to the station database failed: %1").arg(error));
    }
    return {};
}

core::Status Database::transactionWithoutFsync(const std::function<core::Status()> &work)
{
    if (m_transactionDepth > 0)
        return transaction(work);
    // Set outside the transaction (SQLite ignores it inside) and put back after; should that
    // fail, the next transaction puts it back before it starts, or refuses to start.
    run(QStringLiteral("PRAGMA synchronous=NORMAL"));
    const core::Status status = transaction(work);
    m_synchronousRelaxed = !run(QStringLiteral("PRAGMA synchronous=FULL"));
    return status;
}

core::Status Database::beginBulkLoad()
{
    QString error;
    if (!run(QStringLiteral("PRAGMA synchronous=OFF"), &error))
        return core::Status::failure(error);
    m_bulkLoading = true;
    return {};
}

core::Status Database::endBulkLoad()
{
    QString error;
    if (!run(QStringLiteral("PRAGMA synchronous=FULL"), &error) ||
        !run(QStringLiteral("PRAGMA optimize"), &error))
        return core::Status::failure(error);
    m_bulkLoading = false;
    return {};
}

} // namespace store
