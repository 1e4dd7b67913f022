#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

// Runs one of the built programs (build/bin) the way an admin's script would.
struct CliRun {
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("APPRAISAL_BIN_DIR") + QLatin1Char('/') + program);
    process.setArguments(arguments);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
