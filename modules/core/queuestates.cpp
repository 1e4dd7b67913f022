#include "queuestates.h"

#include <array>
#include <utility>

namespace core {

namespace {

// The text each state has in the database and on the wire (hub protocol, outbox); never change one.
constexpr std::array<std::pair<TicketState, const char *>, 5> kTicketStates{{
    {TicketState::Waiting, "waiting"},
    {TicketState::Called, "called"},
    {TicketState::InExam, "in_exam"},
    {TicketState::Done, "done"},
    {TicketState::SignedOut, "signed_out"},
}};

constexpr std::array<std::pair<AssignmentState, const char *>, 5> kAssignmentStates{{
    {AssignmentState::Pending, "pending"},
    {AssignmentState::Called, "called"},
    {AssignmentState::InExam, "in_exam"},
    {AssignmentState::Parked, "parked"},
    {AssignmentState::Done, "done"},
}};

template <typename State, std::size_t N>
QString keyOf(const std::array<std::pair<State, const char *>, N> &table, State state)
{
    for (const auto &[value, name] : table)
        if (value == state)
            return QString::fromLatin1(name);
    return {};
}

template <typename State, std::size_t N>
std::optional<State> stateOf(const std::array<std::pair<State, const char *>, N> &table, const QString &key)
{
    for (const auto &[value, name] : table)
        if (key == QLatin1String(name))
            return value;
    return std::nullopt;
}

} // namespace

QString toKey(TicketState state)
{
    return keyOf(kTicketStates, state);
}

std::optional<TicketState> ticketStateFromKey(const QString &key)
{
    return stateOf(kTicketStates, key);
}

QString toKey(AssignmentState state)
{
    return keyOf(kAssignmentStates, state);
}

std::optional<AssignmentState> assignmentStateFromKey(const QString &key)
{
    return stateOf(kAssignmentStates, key);
}

} // namespace core
