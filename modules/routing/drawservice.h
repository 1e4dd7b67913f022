#pragma once

#include "draw.h"

#include "accounts/permissions.h"
#include "store/database.h"

#include <QHash>

namespace routing {

// One recorded draw of a case.
struct RecordedDraw {
    QString id;
    QString acceptanceNo;
    QDateTime drawnAt;
    QString operatorName;
    QString reason; // for a redraw
    QString replacedBy;
    DrawResult result;
};

struct SimulationCounts {
    int exam = 0;
    int review = 0;
};

struct Simulation {
    int runs = 0;
    QMap<QString, SimulationCounts> counts; // by expert id, sorted
    QList<Exclusion> excluded;
    int sameExpertTwice = 0;
    QString error;
    QJsonObject toJson() const;
};

// Draws the panel of a checked-in case and records it: the draw (candidates, exclusions with
// reasons, random values, result, time, operator), the assignments, an audit row and an outbox row,
// in one transaction. A redraw needs a reason and the right to manage the venue; both draws stay.
class DrawService
{
    Q_DECLARE_TR_FUNCTIONS(routing::DrawService)
public:
    DrawService(store::Database &database, RandomSource &random);

    DrawRules rules() const; // from the settings draw.panel_size, draw.reviewer_flag, draw.recusal_days
    core::Result<RecordedDraw> draw(const accounts::Session &session, const QString &acceptanceNo);
    core::Result<RecordedDraw> redraw(const accounts::Session &session, const QString &acceptanceNo,
                                      const QString &reason);
    // The real draw, `runs` times, recorded nowhere: for an auditor checking fairness.
    Simulation simulate(const QString &acceptanceNo, int runs);

    std::optional<RecordedDraw> current(const QString &acceptanceNo) const;
    QList<RecordedDraw> history(const QString &acceptanceNo) const;

    // Declares a conflict of interest of an expert (venue admin); audited.
    core::Status addConflict(const accounts::Session &session, const Conflict &conflict);

private:
    struct Inputs {
        DrawCase drawCase;
        QList<core::Expert> experts;
        QList<Conflict> conflicts;
        QList<PastExamination> past;
        QString error;
    };
    Inputs inputsFor(const QString &acceptanceNo) const;
    core::Result<RecordedDraw> record(const accounts::Session &session, const QString &acceptanceNo,
                                      const QString &reason);

    store::Database &m_database;
    RandomSource &m_random;
};

QString roleKey(int examinerIndex); // 0 → "exam1" …

} // namespace routing
