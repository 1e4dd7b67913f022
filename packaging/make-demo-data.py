#!/usr/bin/env python3
"""Writes the synthetic demo venue into resources/demo/ (deterministic; no real people).

Run: python3 packaging/make-demo-data.py
"""
import csv
import datetime
import io
import json
import pathlib
import random

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "demo"
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def check_char(first17):
    return CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def make_id(rng, region, birth, male):
    seq = rng.randrange(0, 100) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + check_char(first17)


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "建华", "志强", "海燕", "国庆", "红梅", "小龙", "丽华", "文斌", "晓东", "春燕"]
REGIONS = ["440106", "440104", "440111", "440304", "440306", "440604"]
EMPLOYERS = ["广州市华南机械制造有限公司", "广州市天河建筑工程有限公司", "深圳市南山电子科技有限公司",
             "佛山市顺德家具制造厂", "广州市白云物流有限公司", "广州市越秀餐饮管理有限公司",
             "广州市番禺纺织有限公司", "深圳市宝安五金制品有限公司", "广州市黄埔化工有限公司",
             "广州市海珠环卫服务有限公司"]
CONFLICT_EMPLOYER = EMPLOYERS[0]
STREETS = ["天河路", "中山大道", "环市东路", "工业大道", "广州大道", "黄埔大道", "南山大道", "新港西路"]
TYPES = ["work_injury"] * 6 + ["occupational_disease", "illness", "review", "reappraisal"]
SPECIALTIES = ["orthopaedics"] * 4 + ["neurology", "ophthalmology_ent", "surgery", "occupational"]
MATERIALS = {
    "work_injury": ["劳动能力鉴定申请表", "工伤认定决定书", "身份证复印件", "病历资料", "影像检查报告", "出院小结"],
    "occupational_disease": ["劳动能力鉴定申请表", "职业病诊断证明书", "身份证复印件", "病历资料", "影像检查报告"],
    "illness": ["劳动能力鉴定申请表", "诊断证明书", "身份证复印件", "病历资料", "出院小结"],
    "review": ["劳动能力鉴定申请表", "原鉴定结论书", "身份证复印件", "病历资料", "影像检查报告"],
    "reappraisal": ["再次鉴定申请表", "原鉴定结论书", "身份证复印件", "病历资料", "影像检查报告"],
}


def roster(rng):
    rows = []
    names = set()
    for i in range(32):
        kind = TYPES[i % len(TYPES)] if i >= 5 else ["work_injury", "occupational_disease", "illness", "review",
                                                      "reappraisal"][i]
        specialty = SPECIALTIES[i % len(SPECIALTIES)] if i >= 5 else ["orthopaedics", "occupational", "neurology",
                                                                      "ophthalmology_ent", "surgery"][i]
        while True:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            if name not in names:
                break
        if i == 7:
            name = "欧阳晓明"
        names.add(name)
        male = rng.random() < 0.7
        birth = datetime.date(rng.randint(1962, 2002), rng.randint(1, 12), rng.randint(1, 28))
        id_number = make_id(rng, rng.choice(REGIONS), birth, male)
        employer = CONFLICT_EMPLOYER if i == 2 else rng.choice(EMPLOYERS[1:])
        rows.append({
            "acceptance_no": f"JD2026-{i + 1:04d}",
            "name": name,
            "id_number": id_number,
            "gender": "male" if male else "female",
            "birth_date": birth.isoformat(),
            "employer": employer,
            "appraisal_type": kind,
            "specialty": specialty,
            "priority": "green" if i in (4, 17) else "normal",
            "phone": f"1{rng.choice([35, 36, 37, 38, 39, 50, 58, 86, 89])}{rng.randrange(10**8):08d}",
            "address": f"广州市{rng.choice(['天河区', '越秀区', '海珠区', '白云区', '黄埔区'])}"
                       f"{rng.choice(STREETS)}{rng.randint(1, 300)}号",
            "materials": ";".join(MATERIALS[kind]),
            # Accepted 20–57 days before the roster day; case 6 is past the 60 days and case 10 is
            # close to it, so the clerk's deadline flags show in the demo.
            "accepted_on": (ROSTER_DAY - datetime.timedelta(
                days=62 if i == 5 else 56 if i == 9 else 20 + (i * 7) % 38)).isoformat(),
        })
    # At least one ID ending in X keeps the X path exercised.
    if not any(r["id_number"].endswith("X") for r in rows):
        for attempt in range(10000):
            row = rows[10]
            birth = datetime.date.fromisoformat(row["birth_date"])
            candidate = make_id(rng, row["id_number"][:6], birth, row["gender"] == "male")
            if candidate.endswith("X"):
                row["id_number"] = candidate
                break
    return rows


EXPERTS = [
    ("E101", "陈建国", "orthopaedics;surgery", "广州市第一人民医院", "主任医师", "yes"),
    ("E102", "林慧敏", "orthopaedics", "广东省人民医院", "副主任医师", "yes"),
    # Works for the employer of case JD2026-0003 (occupational health doctor): must be recused.
    ("E103", "黄志明", "neurology;occupational", CONFLICT_EMPLOYER, "主任医师", "yes"),
    ("E104", "郑丽君", "orthopaedics;neurology", "中山大学附属第三医院", "主任医师", "yes"),
    ("E105", "何卫东", "neurology", "广州市脑科医院", "主任医师", "yes"),
    ("E106", "梁秀兰", "ophthalmology_ent", "中山大学中山眼科中心", "主任医师", "yes"),
    ("E107", "吴俊杰", "ophthalmology_ent;surgery", "广州市红十字会医院", "副主任医师", "yes"),
    ("E108", "罗海涛", "surgery", "南方医科大学南方医院", "主任医师", "yes"),
    ("E109", "谢玉芬", "occupational;neurology", "广东省职业病防治院", "主任医师", "yes"),
    ("E110", "冯国强", "occupational", "广州市职业病防治院", "副主任医师", "yes"),
    ("E111", "杜文静", "ophthalmology_ent", "广州医科大学附属第一医院", "主任医师", "yes"),
    ("E112", "邓家豪", "orthopaedics;surgery", "广州市正骨医院", "主任医师", "no"),
]

# The day the roster's dates are written for; the demo loader moves accepted_on by as many days as
# today is after it, so the deadlines look the same whenever the demo runs.
ROSTER_DAY = datetime.date(2026, 11, 22)

VENUE = {
    "venue": {"id": "GZ-TH-01", "name": "广州市劳动能力鉴定中心天河鉴定场所",
              "address": "广州市天河区示例路88号鉴定服务大厅", "phone": "020-12345678"},
    "batch": {"title": "劳动能力现场鉴定", "roster_day": ROSTER_DAY.isoformat()},
    # Station settings the demo starts with (appraisal-admin db set-setting changes them later).
    "settings": {"committee.name": "广州市劳动能力鉴定委员会", "delivery.default_province": "广东省"},
    "lanes": [{"key": "green", "prefix": "G", "name": "绿色通道"}, {"key": "normal", "prefix": "A", "name": "普通"}],
    "rooms": [
        # "experts": who sits in the room today (E112 is off duty and has no room).
        {"id": "R1", "name": "1号诊室", "specialties": ["orthopaedics"], "experts": ["E101", "E102"]},
        {"id": "R2", "name": "2号诊室", "specialties": ["orthopaedics", "surgery"],
         "experts": ["E104", "E108", "E112"]},
        {"id": "R3", "name": "3号诊室", "specialties": ["neurology", "occupational"],
         "experts": ["E103", "E105", "E109", "E110"]},
        {"id": "R4", "name": "4号诊室", "specialties": ["ophthalmology_ent"], "experts": ["E106", "E107", "E111"]},
    ],
    "accounts": [
        {"username": "qiantai", "display_name": "王丽", "role": "front_desk", "password": "Qiantai#2026"},
        {"username": "zhuanjia", "display_name": "陈建国", "role": "expert", "expert_id": "E101",
         "password": "Zhuanjia#2026"},
        {"username": "fuhe", "display_name": "郑丽君", "role": "reviewer", "expert_id": "E104",
         "password": "Fuhe#2026ok"},
        {"username": "wenyuan", "display_name": "李敏", "role": "clerk", "password": "Wenyuan#2026"},
        {"username": "guanli", "display_name": "张志强", "role": "venue_admin", "password": "Guanli#2026"},
    ],
}


def verify(rows):
    for r in rows:
        n = r["id_number"]
        assert len(n) == 18 and check_char(n[:17]) == n[17], n
        assert (int(n[16]) % 2 == 1) == (r["gender"] == "male"), n
        assert n[6:14] == r["birth_date"].replace("-", ""), n
    assert sum(r["priority"] == "green" for r in rows) == 2
    assert {r["appraisal_type"] for r in rows} == {"work_injury", "occupational_disease", "illness", "review",
                                                   "reappraisal"}
    assert {r["specialty"] for r in rows} == {"neurology", "orthopaedics", "ophthalmology_ent", "surgery",
                                              "occupational"}
    assert any(r["id_number"].endswith("X") for r in rows)
    conflict = [r for r in rows if r["employer"] == CONFLICT_EMPLOYER]
    assert conflict and conflict[0]["specialty"] in EXPERTS[2][2].split(";")
    for group in ["neurology", "orthopaedics", "ophthalmology_ent", "surgery", "occupational"]:
        assert sum(group in e[2].split(";") and e[5] == "yes" for e in EXPERTS) >= 3, group


def write_csv(path, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main():
    rng = random.Random(20261122)
    rows = roster(rng)
    verify(rows)
    header = list(rows[0].keys())
    write_csv(OUT / "roster.csv", header, [[r[k] for k in header] for r in rows])
    write_csv(OUT / "experts.csv", ["expert_id", "name", "specialties", "employer", "title", "on_duty"], EXPERTS)
    (OUT / "venue.json").write_text(json.dumps(VENUE, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} cases, {len(EXPERTS)} experts to {OUT}")


if __name__ == "__main__":
    main()
