"""Demo volunteering: teams, volunteers with training, awards and evaluations, activities with
participants and volunteers, their service hours (10,000 records per unit of scale, so 1,000,000
at scale 100, some late, some corrected), and groups with sessions, attendance and measures."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta

from wulian_desk.core.activities import MEASURE_FORM
from wulian_desk.core.forms import make_answer_set
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import (
    Activity,
    ActivityParticipant,
    ActivityVolunteer,
    ServiceRecord,
    TeamMember,
    Volunteer,
    VolunteerAward,
    VolunteerEvaluation,
    VolunteerTeam,
    VolunteerTraining,
)
from wulian_desk.core.tasks import Progress
from wulian_desk.core.texts import translate
from wulian_desk.core.volunteers import SERVICE_CATEGORIES, lateness
from wulian_desk.services.demo.groups import fill_groups
from wulian_desk.services.demo.people import TODAY, random_person
from wulian_desk.storage.bulk import BulkWriter
from wulian_desk.storage.queries import station as station_queries

CHUNK = 20_000
TEAMS = (("余晖卫士服务队", "由老干部、老战士、老专家、老教师、老模范组成的基层治理助力队伍"),
         ("邻里守望志愿队", "结对帮扶独居和空巢老人"), ("巾帼志愿服务队", "关爱妇女儿童"),
         ("青年志愿者服务队", "文体活动与应急服务"))
SKILLS = ("退休教师", "医护", "法律", "书法", "厨艺", "驾驶", "心理咨询", "电工", "理发", "摄影", "")
# (type, titles) of demo activities
ACTIVITIES = (
    ("neighbour_watch", ("独居老人探访", "空巢老人结对帮扶", "留守儿童陪伴", "助老送餐", "楼道清洁")),
    ("consultation", ("小区停车议事会", "加装电梯协商会", "弃管楼治理议事会", "垃圾分类居民议事")),
    ("culture_sports", ("广场舞展演", "社区运动会", "书法交流", "重阳节敬老活动", "春节联欢")),
    ("training", ("志愿者急救培训", "反诈宣传培训", "智能手机使用课堂")),
    ("other", ("义诊", "政策宣传", "防汛巡查")),
)
MAJOR = {"社区运动会": "sports", "春节联欢": "festival", "重阳节敬老活动": "festival", "广场舞展演": "performance"}
PLACES = ("社区广场", "滨河公园", "村委会院内", "文化活动中心", "居民小区")


def fill_volunteering(writer: BulkWriter, rng: random.Random, *, units: list[dict], workers: list[str],
                      scale: int, progress: Progress) -> None:
    homes = [u for u in units if u["tier"] == "community"] or units
    team_ids = _teams(writer, units[0]["id"])
    volunteers = _volunteers(writer, rng, homes, team_ids, 100 * scale)
    clients = station_queries.first_client_ids(writer.session, limit=2000)
    _activities(writer, rng, homes, volunteers, clients, 1000 * scale, progress)
    fill_groups(writer, rng, units=homes, workers=workers, clients=clients, count=5 * scale,
                measure=_measure_form())


def _measure_form():
    from wulian_desk.services.casework.forms import get_form

    form = get_form(MEASURE_FORM)
    return lambda answers: make_answer_set(form, answers, today=TODAY)


def _teams(writer: BulkWriter, unit_id: str) -> list[str]:
    rows = [{"id": new_id(), "name": name, "org_unit_id": unit_id, "leader": "", "description": text,
             "founded_on": date(2021, 3, 5)} for name, text in TEAMS]
    writer.insert(VolunteerTeam.__table__, rows)
    return [r["id"] for r in rows]


def _volunteers(writer, rng, homes, team_ids, count) -> list[str]:
    rows, members, trainings, awards, evaluations = [], [], [], [], []
    categories = list(SERVICE_CATEGORIES)
    for n in range(count):
        name, initials = random_person(rng)
        gender = rng.choice(("male", "female"))
        born = date(rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28))
        home = homes[n % len(homes)]
        volunteer_id = new_id()
        rows.append({
            "id": volunteer_id, "name": name, "name_initials": initials, "gender": gender, "birth_date": born,
            "id_type": "resident_id", "id_number": make_id_number("610327", born, n, gender),
            "residence_area": f"{home['name']}", "phone": f"138{n:08d}"[-11:], "skills": rng.choice(SKILLS),
            "service_categories": json.dumps(sorted(rng.sample(categories, rng.choice((1, 1, 2))), key=categories.index)),
            "org_unit_id": home["id"], "consent_on": TODAY - timedelta(days=rng.randint(400, 1400)),
        })
        if rng.random() < 0.6:
            team = team_ids[0] if born.year < 1965 else rng.choice(team_ids[1:])  # 余晖卫士: the retired
            members.append({"id": new_id(), "team_id": team, "volunteer_id": volunteer_id, "joined_on": date(2023, 1, 1)})
        if rng.random() < 0.3:
            trainings.append({"id": new_id(), "volunteer_id": volunteer_id, "name": "志愿服务通用培训",
                              "content": "志愿服务理念、安全与急救常识", "hours": 4.0, "organiser": "县社会工作服务总站",
                              "held_on": TODAY - timedelta(days=rng.randint(30, 700))})
        if rng.random() < 0.05:
            awards.append({"id": new_id(), "volunteer_id": volunteer_id, "name": "优秀志愿者",
                           "awarded_on": date(2025, 12, 5), "awarded_by": "县民政局"})
        if rng.random() < 0.2:
            evaluations.append({"id": new_id(), "volunteer_id": volunteer_id,
                                "rating": rng.choices(("excellent", "good", "pass"), weights=(3, 5, 2))[0],
                                "comments": "", "evaluated_on": date(2025, 12, 20), "evaluated_by": ""})
    for model, batch in ((Volunteer, rows), (TeamMember, members), (VolunteerTraining, trainings),
                         (VolunteerAward, awards), (VolunteerEvaluation, evaluations)):
        for start in range(0, len(batch), CHUNK):
            writer.insert(model.__table__, batch[start:start + CHUNK])
    return [r["id"] for r in rows]


def _activities(writer, rng, homes, volunteers, clients, count, progress) -> None:
    activities, participants, signups, records = [], [], [], []
    first_day = TODAY - timedelta(days=1000)
    numbers: dict[int, int] = {}  # per year, as services.activities numbers new ones
    for n in range(count):
        if n % 5000 == 0:
            progress.step(n, count, translate("services.demo.volunteers", "社区活动与志愿服务时长"))
        kind, titles = rng.choice(ACTIVITIES)
        title = rng.choice(titles)
        day = first_day + timedelta(days=n * 1000 // count)
        start = datetime.combine(day, time(rng.choice((8, 9, 14, 15, 19))))
        minutes = rng.choice((60, 90, 120, 120, 180, 240))
        home = homes[n % len(homes)]
        activity_id, major = new_id(), MAJOR.get(title)
        numbers[day.year] = numbers.get(day.year, 0) + 1
        activities.append({
            "id": activity_id, "activity_number": f"HD{day.year}-{numbers[day.year]:04d}", "title": title, "activity_type": kind,
            "org_unit_id": home["id"], "starts_at": start, "ends_at": start + timedelta(minutes=minutes), "room_id": None,
            "place": rng.choice(PLACES), "organiser": home["name"], "person_in_charge": random_person(rng)[0],
            "partners": json.dumps(["社区社会组织联合会"] if rng.random() < 0.3 else [], ensure_ascii=False),
            "description": "", "planned_minutes": minutes, "headcount_unregistered": rng.randint(0, 60),
            "major_event": major, "reported_on": (day - timedelta(days=3)) if major and rng.random() < 0.8 else None,
        })
        for client_id in rng.sample(clients, min(len(clients), rng.randint(0, 5))):
            participants.append({"id": new_id(), "activity_id": activity_id, "client_id": client_id})
        for volunteer_id in rng.sample(volunteers, min(len(volunteers), rng.randint(5, 15))):
            signups.append({"id": new_id(), "activity_id": activity_id, "volunteer_id": volunteer_id})
            _record(rng, records, volunteer_id, activity_id, day, minutes, title, home["name"])
        if len(records) >= CHUNK:
            _flush(writer, activities, participants, signups, records)
    _flush(writer, activities, participants, signups, records)


def _record(rng, records, volunteer_id, activity_id, day, minutes, title, organiser) -> None:
    late = rng.random() < 0.05
    recorded = min(day + timedelta(days=rng.randint(15, 40) if late else rng.randint(0, 5)), TODAY)
    row = {
        "id": new_id(), "volunteer_id": volunteer_id, "activity_id": activity_id, "served_on": day, "place": "",
        "content": title, "minutes": minutes if rng.random() < 0.9 else rng.choice((60, 90, 120)),
        "organiser": organiser, "person_in_charge": "", "recorded_by": "",
        "recorded_at": datetime.combine(recorded, time(17), tzinfo=UTC),
        "late": lateness(day, recorded) is not None, "corrects_id": None, "superseded_by": None, "correction_reason": "",
    }
    if rng.random() < 0.005:  # a few corrected records, so histories exist
        fixed = dict(row, id=new_id(), minutes=row["minutes"] + 30, corrects_id=row["id"],
                     correction_reason="活动延长，按实际时长更正")
        row["superseded_by"] = fixed["id"]
        records.append(row)
        row = fixed
    records.append(row)


def _flush(writer, activities, participants, signups, records) -> None:
    # Tables, not model classes: given a class, SQLAlchemy takes its ORM bulk path, which splits an
    # executemany wherever a nullable column turns from None to a value (thousands of small batches);
    # given the table it is one Core executemany.
    for model, batch in ((Activity, activities), (ActivityParticipant, participants),
                         (ActivityVolunteer, signups), (ServiceRecord, records)):
        writer.insert(model.__table__, batch)
        batch.clear()
