#pragma once

// Shared by the libFuzzer targets of tests/fuzz: one Qt application object made once, quiet Qt
// warnings, a fixed "today" so every finding reproduces on any day, and the trap for a broken
// invariant.

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStandardPaths>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace fuzz {

// The day the targets run on (the Qt Test suites use the same one).
inline QDate today()
{
    return QDate(2026, 11, 22);
}

// The input as the program would hold it: an owned copy, as a network reply or a file read gives.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken invariant is a finding like a crash: libFuzzer keeps the input.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);          \
            __builtin_trap();                                                                                \
        }                                                                                                    \
    } while (false)

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Warnings about refused input are expected by the thousand; a fatal message (Q_ASSERT) is not.
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

// Makes the application object (QCoreApplication or QGuiApplication) once, on the offscreen
// platform and with QStandardPaths in test mode, so a target never touches the user's files. It
// stays alive until the process exits.
template <typename Application> void initialize(const char *program)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    QStandardPaths::setTestModeEnabled(true);
    static int argc = 1;
    static char *argv[] = {const_cast<char *>(program), nullptr};
    static Application *application = new Application(argc, argv);
    Q_UNUSED(application);
}

} // namespace fuzz
