#pragma once

#include "accounts/permissions.h"
#include "announce/announcer.h"
#include "checkinprint/documents.h"
#include "core/clock.h"
#include "station/stationsettings.h"

#include <QUrl>

class QLabel;
class QWidget;

namespace ui {

// The settings dialog's "test" buttons. Each writes what happened into `result` when it knows,
// and never blocks the window.

// Opens the card reader's port and waits up to 10 s for a card on it.
void testCardRead(const QString &port, const core::Clock &clock, QLabel *result);
// Prints a test ticket through the ticket printer as the settings now configure it and shows what
// the printer answered.
void testPrint(const checkinprint::CheckInDocuments &documents, const core::Clock &clock, QLabel *result);
// Speaks a test call through the hall's voice.
void testAnnouncement(announce::AnnouncementQueue *announcements, QLabel *result);
// Asks the central server's health route, trusting the given CA file (or the system's).
void testConnection(const QUrl &server, const QString &caFile, QLabel *result);
// Enrols the station at a venue hub (address, one-time code, fingerprint to compare) and keeps the
// link; returns what to show, empty when the person cancelled.
QString enrolAtHub(station::StationSettings &settings, const accounts::Session &session, QWidget *parent);

} // namespace ui
