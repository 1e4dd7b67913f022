#pragma once

#include <QImage>
#include <QWidget>

class QLabel;

namespace checkin {
struct CheckIn;
}

namespace ui {

// The front desk's card of the person at the counter: photo, name with the masked ID number, case
// details, materials, and their ticket with lane and people ahead. On a compact screen (911×512,
// see screenfit.h) it keeps every line whole in less height: a smaller photo slot (the photo, or a
// placeholder saying why there is none), the details and materials on one line each (whole in
// their tooltips) and a smaller ticket number.
class DeskCard : public QWidget
{
    Q_OBJECT
public:
    explicit DeskCard(QWidget *parent = nullptr);

    // A card was read: the name and its photo (or why there is none) before check-in.
    void showPresented(const QString &name, const QImage &photo, const QString &photoStatus);
    // A check-in made. The photo of a card just read stays; otherwise the placeholder shows.
    void showCheckIn(const checkin::CheckIn &done, bool keepPhoto);

private:
    void showNoPhoto(const QString &why);

    QLabel *m_ticket = nullptr;
    QLabel *m_lane = nullptr;
    QLabel *m_person = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_materials = nullptr;
    QLabel *m_ahead = nullptr;
    QLabel *m_photo = nullptr;
};

} // namespace ui
