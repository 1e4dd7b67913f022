#!/usr/bin/env python3
"""Checks of tests/reliability/kill-storm.sh.

  storm-check.py WORK ADMIN        every acknowledged operation against the station database
  storm-check.py --health URL CA   prints the number of records the sync server holds

The first form reads the plan and what each attempt printed (WORK/ops/I.R.out), queries the plain
columns of WORK/station/station.db with the sqlite3 program, and reads the sealed findings back
through `appraisal-admin exam show`. It prints one line per check and, last, either
`summary: ACKNOWLEDGED LOST DOUBLED` (exit 0) or `problem: WHAT` (exit 1).
"""

import json
import os
import re
import ssl
import subprocess
import sys
import urllib.request


def health(url, ca):
    context = ssl.create_default_context(cafile=ca)
    with urllib.request.urlopen(url + "/api/v1/health", context=context, timeout=10) as reply:
        print(json.load(reply)["records"])


class Station:
    def __init__(self, work, admin):
        self.work = work
        self.admin = admin
        self.data = os.path.join(work, "station")
        self.db = os.path.join(self.data, "station.db")

    def query(self, sql, *params):
        """Rows as dicts; parameters are quoted here because the sqlite3 program takes none."""
        for value in params:
            sql = sql.replace("?", "'" + str(value).replace("'", "''") + "'", 1)
        out = subprocess.run(["sqlite3", "-json", self.db, sql], check=True, capture_output=True, text=True)
        return json.loads(out.stdout) if out.stdout.strip() else []

    def scalar(self, sql, *params):
        rows = self.query(sql, *params)
        return next(iter(rows[0].values())) if rows else None

    def opinions_seen_by(self, case, expert):
        out = subprocess.run(
            [self.admin, "exam", "show", "--case", case, "--expert", expert, "--data-dir", self.data, "--json"],
            capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"exam show --case {case} --expert {expert}: {out.stderr.strip()}")
        return json.loads(out.stdout)["opinions"]


def acknowledgements(work, index):
    """What the program printed for operation `index`, over all its attempts (killed ones too)."""
    acks, attempts = [], 0
    pattern = re.compile(rf"^{index}\.(\d+)\.out$")
    for name in sorted(os.listdir(os.path.join(work, "ops"))):
        if not pattern.match(name):
            continue
        attempts += 1
        with open(os.path.join(work, "ops", name), encoding="utf-8", errors="replace") as f:
            text = f.read().strip()
        if not text:
            continue  # killed before it said anything: not acknowledged
        try:
            acks.append(json.loads(text.splitlines()[0]))
        except json.JSONDecodeError:
            pass  # a line cut short by the kill is no acknowledgement either
    return acks, attempts


def check(work, admin):
    station = Station(work, admin)
    problems = []
    plan = []
    with open(os.path.join(work, "plan"), encoding="utf-8") as f:
        for line in f:
            kind, case, role, field, value = line.rstrip("\n").split("\t")
            plan.append({"kind": kind, "case": case, "role": role, "field": field, "value": value})

    acknowledged = lost = doubled = attempts = 0
    tickets_acked = {}  # case -> label
    saves = {}  # (case, role, field) -> acknowledged value
    opinion_ids = {}  # (case, role) -> opinion id
    for index, op in enumerate(plan):
        acks, tries = acknowledgements(work, index)
        attempts += tries
        if not acks:
            continue
        acknowledged += 1
        case = op["case"]
        if op["kind"] == "checkin":
            labels = {ack.get("ticket") for ack in acks}
            if len(labels) != 1 or any(ack.get("case") != case for ack in acks):
                doubled += 1
                problems.append(f"check-in of {case} acknowledged as {sorted(labels)}")
                continue
            label = labels.pop()
            tickets_acked[case] = label
            rows = station.query("SELECT id, label FROM tickets WHERE acceptance_no = ?", case)
            if not rows:
                lost += 1
                problems.append(f"ticket {label} of {case} was acknowledged but is not in the database")
            elif len(rows) > 1 or rows[0]["label"] != label:
                doubled += 1
                problems.append(f"{case} was acknowledged {label} and holds tickets {[r['label'] for r in rows]}")
            else:
                published = station.scalar(
                    "SELECT count(*) FROM outbox WHERE type = 'ticket' AND entity_key = ?", rows[0]["id"])
                arrived = station.scalar(
                    "SELECT count(*) FROM case_transitions WHERE acceptance_no = ? AND to_state = 'checked_in'",
                    case)
                if published != 1 or arrived != 1:
                    doubled += published > 1 or arrived > 1
                    lost += published == 0 or arrived == 0
                    problems.append(f"{case}: {published} ticket outbox rows, {arrived} check-in transitions")
        elif op["kind"] == "draw":
            ids = {ack.get("draw") for ack in acks}
            draw = ids.pop()
            if ids:
                doubled += 1
                problems.append(f"the draw of {case} was acknowledged with several ids")
                continue
            stored = station.scalar("SELECT count(*) FROM draws WHERE id = ? AND acceptance_no = ?", draw, case)
            others = station.scalar("SELECT count(*) FROM draws WHERE acceptance_no = ? AND id != ?", case, draw)
            assigned = station.query("SELECT DISTINCT draw_id FROM assignments WHERE acceptance_no = ?", case)
            published = station.scalar("SELECT count(*) FROM outbox WHERE type = 'draw' AND entity_key = ?", draw)
            if stored == 0 or published == 0:
                lost += 1
                problems.append(f"draw {draw} of {case} was acknowledged; stored {stored}, in the outbox {published}")
            elif others or published > 1 or [r["draw_id"] for r in assigned] != [draw]:
                doubled += 1
                problems.append(f"{case}: {others} other draws, {published} outbox rows for draw {draw}, "
                                f"assignments from {[r['draw_id'] for r in assigned]}")
        else:
            key = (case, op["role"], op["field"])
            ids = {ack.get("opinion") for ack in acks}
            values = {json.dumps(ack.get("value"), ensure_ascii=False) for ack in acks}
            if len(ids) != 1 or len(values) != 1:
                doubled += 1
                problems.append(f"save {key} acknowledged as opinions {sorted(ids)} with values {sorted(values)}")
                continue
            saves[key] = json.loads(values.pop())
            opinion = ids.pop()
            if opinion_ids.setdefault((case, op["role"]), opinion) != opinion:
                doubled += 1
                problems.append(f"{case} {op['role']}: saves acknowledged in two opinions")

    # The findings as stored (sealed, so read back through the program) against the acknowledgements.
    for (case, role), opinion in sorted(opinion_ids.items()):
        rows = station.query("SELECT id, expert_id, state FROM opinions WHERE acceptance_no = ? AND role = ?", case, role)
        if [r["id"] for r in rows] != [opinion]:
            doubled += len(rows) > 1
            lost += not rows
            problems.append(f"{case} {role}: acknowledged opinion {opinion}, stored {[r['id'] for r in rows]}")
            continue
        findings = {}
        for seen in station.opinions_seen_by(case, rows[0]["expert_id"]):
            if seen["id"] == opinion:
                findings = seen["findings"]
        for (save_case, save_role, field), value in saves.items():
            if (save_case, save_role) == (case, role) and findings.get(field) != value:
                lost += 1
                problems.append(f"{case} {role} {field}: acknowledged {value!r}, stored {findings.get(field)!r}")
    print(f"acknowledged: {acknowledged} of {len(plan)} operations ({attempts} attempts); "
          f"{len(tickets_acked)} check-ins, {len(saves)} exam saves; lost {lost}, doubled {doubled}")

    quick = station.query("PRAGMA quick_check")
    quick_text = ", ".join(str(next(iter(r.values()))) for r in quick)
    print(f"quick_check: {quick_text}")
    if quick_text != "ok":
        problems.append(f"PRAGMA quick_check: {quick_text}")

    # Ticket numbers: unique per service day and lane, each label its lane's prefix and number,
    # numbered 1..n without a gap (a number is never given out twice, nor lost to a kill).
    reused = station.query(
        "SELECT service_day, lane, number, count(*) AS n FROM tickets GROUP BY service_day, lane, number "
        "HAVING n > 1 UNION ALL SELECT service_day, label, 0, count(*) AS n FROM tickets "
        "GROUP BY service_day, label HAVING n > 1")
    mislabelled = station.query(
        "SELECT t.label FROM tickets t JOIN lanes l ON l.key = t.lane "
        "WHERE t.label != l.prefix || printf('%03d', t.number)")
    gaps = station.query(
        "SELECT service_day, lane, count(*) AS n, max(number) AS top FROM tickets "
        "GROUP BY service_day, lane HAVING n != top")
    per_case = station.query("SELECT acceptance_no FROM tickets GROUP BY acceptance_no HAVING count(*) > 1")
    lanes = station.query("SELECT lane, count(*) AS n FROM tickets GROUP BY lane ORDER BY lane")
    print("tickets: " + ", ".join(f"lane {r['lane']} 1..{r['n']}" for r in lanes) +
          f"; reused {len(reused)}, mislabelled {len(mislabelled)}, gaps {len(gaps)}, two for one person {len(per_case)}")
    if reused or mislabelled or gaps or per_case:
        problems.append(f"ticket numbers: reused {reused}, mislabelled {mislabelled}, gaps {gaps}, "
                        f"two for one person {per_case}")
    labels = list(tickets_acked.values())
    if len(set(labels)) != len(labels):
        problems.append("two people were acknowledged the same ticket")

    duplicates = station.query(
        "SELECT record_id FROM outbox GROUP BY record_id HAVING count(*) > 1 UNION ALL "
        "SELECT type || ' ' || entity_key || ' v' || version FROM outbox "
        "GROUP BY type, entity_key, version HAVING count(*) > 1")
    print(f"outbox: {station.scalar('SELECT count(*) FROM outbox')} records, {len(duplicates)} duplicates")
    if duplicates:
        problems.append(f"outbox duplicates: {duplicates[:5]}")

    if problems:
        for problem in problems[:20]:
            print(f"  {problem}")
        print(f"problem: {problems[0]}" + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
        return 1
    print(f"summary: {acknowledged} {lost} {doubled}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--health":
        health(sys.argv[2], sys.argv[3])
        sys.exit(0)
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(check(sys.argv[1], sys.argv[2]))
