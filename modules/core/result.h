#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace core {

// Outcome of an operation that can fail with a message meant for a person: what is wrong and,
// where possible, how to fix it. [[nodiscard]]: a failure nobody looks at is a failure the person never
// hears about, so dropping one must be a deliberate, commented choice.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message) { return Status(std::move(message)); }
    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    explicit Status(QString message)
        : m_error(message.isEmpty() ? QStringLiteral("unknown error") : std::move(message))
    {
    }
    QString m_error;
};

// A value or a message saying why there is none.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_error(failure.ok() ? QStringLiteral("unknown error") : failure.error()) {}
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const QString &error() const { return m_error; }
    Status status() const { return ok() ? Status() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace core
