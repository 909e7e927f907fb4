"""Demo group work: groups at every status with members, sessions, attendance and, for the
groups that ended, pre and post measures filled on the real `group_measure` form."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import timedelta

from wulian_desk.core.ids import new_id
from wulian_desk.core.models import (
    FormRecord,
    GroupAttendance,
    GroupMeasure,
    GroupMember,
    GroupSession,
    GroupWork,
)
from wulian_desk.services.demo.people import TODAY
from wulian_desk.storage.bulk import BulkWriter

GROUPS = (
    ("银龄互助小组", "增进空巢老人之间的互助，减少孤独感", "60 岁以上独居、空巢老人"),
    ("留守儿童成长小组", "提升自信与人际交往能力", "8 至 12 岁留守儿童"),
    ("照顾者减压小组", "学习减压方法，建立同伴支持", "失能老人家庭照顾者"),
    ("再就业能力小组", "提升求职技能，链接就业资源", "失业人员"),
)
ITEMS = ("q1_strengths", "q2_help_seeking", "q3_speak_up", "q4_cooperate", "q5_lonely", "q6_confidence",
         "q7_trusted_friends", "q8_community")
SCALE = ("strongly_disagree", "disagree", "unsure", "agree", "strongly_agree")


def fill_groups(writer: BulkWriter, rng: random.Random, *, units: list[dict], workers: list[str], clients: list[str],
                count: int, measure: Callable[[dict], object]) -> None:
    if not clients or not workers:
        return
    rows: dict[type, list[dict]] = {m: [] for m in (GroupWork, GroupMember, GroupSession, GroupAttendance,
                                                    FormRecord, GroupMeasure)}
    for n in range(count):
        name, goals, target = GROUPS[n % len(GROUPS)]
        status = rng.choices(("planning", "running", "closed"), weights=(1, 2, 4))[0]
        starts = TODAY - timedelta(days=rng.randint(60, 600)) if status != "planning" else TODAY + timedelta(days=14)
        group_id, worker, planned = new_id(), rng.choice(workers), rng.choice((6, 8))
        rows[GroupWork].append({
            "id": group_id, "name": f"{name}（第{n // len(GROUPS) + 1}期）", "org_unit_id": units[n % len(units)]["id"],
            "worker_id": worker, "goals": goals, "target_members": target, "planned_sessions": planned,
            "starts_on": starts, "ends_on": starts + timedelta(weeks=planned) if status == "closed" else None,
            "status": status, "outcome_summary": "成员孤独感下降，互助关系初步建立。" if status == "closed" else "",
        })
        members = rng.sample(clients, min(len(clients), rng.randint(8, 12)))
        for i, client_id in enumerate(members, start=1):
            rows[GroupMember].append({"id": new_id(), "group_id": group_id, "client_id": client_id,
                                      "member_code": f"M{i:02d}", "joined_on": starts, "left_on": None})
        held = planned if status == "closed" else (rng.randint(1, planned - 1) if status == "running" else 0)
        for number in range(1, planned + 1 if status != "planning" else 2):
            session_id, day = new_id(), starts + timedelta(weeks=number - 1)
            rows[GroupSession].append({"id": session_id, "group_id": group_id, "number": number, "held_on": day,
                                       "room_id": None, "place": "小组活动室", "plan": f"第{number}节：破冰与分享",
                                       "notes": "成员积极参与。" if number <= held else ""})
            if number <= held:
                rows[GroupAttendance] += [{"id": new_id(), "session_id": session_id, "client_id": c,
                                           "present": rng.random() < 0.85} for c in members]
        if status == "closed":
            for i, client_id in enumerate(members, start=1):
                for phase, lift in (("pre", 0), ("post", 1)):
                    answers = {"group_name": name, "member_code": f"M{i:02d}", "phase": phase,
                               "measure_date": (starts if phase == "pre" else starts + timedelta(weeks=planned)).isoformat(),
                               **{q: SCALE[min(4, rng.randint(1, 3) + lift)] for q in ITEMS}}
                    filled = measure(answers)
                    record_id = new_id()
                    rows[FormRecord].append({
                        "id": record_id, "form_id": filled.form_id, "form_version": filled.form_version,
                        "client_id": client_id, "case_id": None, "answers": json.dumps(filled.answers, ensure_ascii=False),
                        "computed": json.dumps(filled.computed, ensure_ascii=False), "filled_by": worker,
                        "filled_on": starts if phase == "pre" else starts + timedelta(weeks=planned)})
                    rows[GroupMeasure].append({"id": new_id(), "group_id": group_id, "client_id": client_id,
                                               "phase": phase, "form_record_id": record_id})
    for model, batch in rows.items():
        for start in range(0, len(batch), 20_000):
            writer.insert(model.__table__, batch[start:start + 20_000])
