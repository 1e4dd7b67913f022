#pragma once

#include <QString>

#include <optional>

namespace core {

// Where a queue ticket stands on its service day. The database keeps the keys (toKey) as text in
// tickets.state; store converts at the SQL boundary, code above it compares enum values.
enum class TicketState {
    Waiting,   // "waiting": in a room's queue (also after a no-show or between two exams)
    Called,    // "called": called to a room, not there yet
    InExam,    // "in_exam"
    Done,      // "done": every examination finished
    SignedOut, // "signed_out": left the venue through the front desk
};

// Where one examiner's assignment of a case stands (assignments.state).
enum class AssignmentState {
    Pending, // "pending": waiting for this examiner
    Called,  // "called"
    InExam,  // "in_exam"
    Parked,  // "parked": called and not there (no-show), until requeued
    Done,    // "done"
};

QString toKey(TicketState state);
std::optional<TicketState> ticketStateFromKey(const QString &key);
QString toKey(AssignmentState state);
std::optional<AssignmentState> assignmentStateFromKey(const QString &key);

} // namespace core
