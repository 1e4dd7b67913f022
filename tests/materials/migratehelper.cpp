// Opens a station database the way every program does (Database::open runs the migrations), with
// the data key given in hex: the child process that tst_materialsmigration kills mid-migration.
#include "core/clock.h"
#include "crypto/datakey.h"
#include "store/database.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: materials-migrate-helper <data dir> <data key in hex>\n");
        return 2;
    }
    const auto key = crypto::DataKey::fromBytes(QByteArray::fromHex(arguments.at(2).toLatin1()));
    if (!key)
        return 2;
    const core::SystemClock clock;
    const auto opened = store::Database::open(store::databasePath(arguments.at(1)), clock, *key);
    if (!opened.database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    return 0;
}
