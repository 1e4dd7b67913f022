#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace crypto {

// The installation's 32-byte data key. Its readable form is the recovery key shown to the admin
// once: base32 in dash-separated groups of four, with a check character pair that catches typos.
class DataKey
{
public:
    static constexpr int kBytes = 32;
    static DataKey generate();
    static std::optional<DataKey> fromBytes(const QByteArray &bytes);
    static std::optional<DataKey> fromRecoveryKey(const QString &text);

    QString toRecoveryKey() const;
    const QByteArray &bytes() const { return m_bytes; }
    ~DataKey();
    DataKey(const DataKey &other) = default;
    DataKey &operator=(const DataKey &other) = default;

private:
    explicit DataKey(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    QByteArray m_bytes;
};

} // namespace crypto
