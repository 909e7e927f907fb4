"""Demo people: clients with consent, and cases at every stage with their forms and sessions.
Names, ID numbers and phone numbers are made up (valid check digits, 139-0000 numbers)."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from wulian_desk.core.cases import MAIN_LINE, STAGE_FORMS
from wulian_desk.core.consent import CLIENT_CATEGORIES
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Case, CaseEvent, Client, Consent, FormRecord, ServiceSession
from wulian_desk.core.tasks import Progress
from wulian_desk.core.texts import translate
from wulian_desk.storage.bulk import BulkWriter

CHUNK = 5000
TODAY = date(2026, 11, 1)  # the demo's "now", so the same seed gives the same station on any day

# (surname, initial); given-name characters with their initials.
_SURNAMES = (("王", "w"), ("李", "l"), ("张", "z"), ("刘", "l"), ("陈", "c"), ("杨", "y"), ("赵", "z"), ("黄", "h"),
             ("周", "z"), ("吴", "w"), ("徐", "x"), ("孙", "s"), ("马", "m"), ("朱", "z"), ("胡", "h"), ("郭", "g"),
             ("何", "h"), ("高", "g"), ("林", "l"), ("罗", "l"), ("郑", "z"), ("梁", "l"), ("谢", "x"), ("宋", "s"))
_GIVEN = (("秀", "x"), ("兰", "l"), ("英", "y"), ("华", "h"), ("明", "m"), ("建", "j"), ("国", "g"), ("芳", "f"),
          ("伟", "w"), ("强", "q"), ("丽", "l"), ("军", "j"), ("平", "p"), ("桂", "g"), ("珍", "z"), ("德", "d"),
          ("文", "w"), ("红", "h"), ("玉", "y"), ("海", "h"), ("春", "c"), ("梅", "m"), ("志", "z"), ("荣", "r"),
          ("小", "x"), ("雨", "y"), ("欣", "x"), ("浩", "h"), ("宇", "y"), ("涵", "h"), ("轩", "x"), ("琪", "q"))
_STREETS = ("南街", "北街", "东关路", "西关路", "文化路", "青年路", "幸福巷", "和平路", "新民村一组", "槐芽村三组")
_TITLES = {
    "elder": ("独居老人生活照料", "空巢老人精神慰藉", "失能老人照护支持", "老人防跌倒与居家安全"),
    "child": ("留守儿童学业支持", "困境儿童心理疏导", "儿童亲子关系改善", "儿童安全教育与陪伴"),
    "adult": ("残疾人就业支持", "困难家庭救助链接", "社区矫正人员社会融入", "失业人员再就业辅导"),
}
_NOTES = (
    "上门探访，了解饮食起居情况，老人精神状态良好。", "电话回访，确认低保复核材料已提交。",
    "陪同前往镇卫生院体检，协助预约下次复诊。", "与孩子一起完成作业辅导，讨论在校交友情况。",
    "链接志愿者每周两次送餐，老人表示满意。", "召开家庭会议，协调子女轮流照顾。",
    "协助申请临时救助，材料已报镇民政办。", "开展情绪疏导，案主焦虑有所缓解。",
    "老人提到想学习使用智能手机与子女视频。", "转介县医院社工部跟进康复训练。",
)


def random_person(rng: random.Random) -> tuple[str, str]:
    """A made-up Chinese name and its pinyin initials."""
    surname, s_initial = rng.choice(_SURNAMES)
    given = [rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2)))]
    return surname + "".join(g for g, _ in given), s_initial + "".join(i for _, i in given)


def _life(rng: random.Random) -> tuple[str, date, list[str]]:
    kind = rng.choices(("elder", "child", "adult"), weights=(55, 20, 25))[0]
    if kind == "elder":
        born = date(rng.randint(1932, 1962), rng.randint(1, 12), rng.randint(1, 28))
        pool = ("empty_nest", "left_behind_elderly", "dibao", "tekun", "disabled")
    elif kind == "child":
        born = date(rng.randint(2011, 2020), rng.randint(1, 12), rng.randint(1, 28))
        pool = ("left_behind_child", "distressed_child", "migrant_child", "prisoner_child")
    else:
        born = date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
        pool = ("disabled", "unemployed", "hardship_family", "dibao", "community_correction", "migrant_worker")
    categories = sorted(set(rng.sample(pool, rng.choice((1, 1, 2)))), key=list(CLIENT_CATEGORIES).index)
    return kind, born, categories


def fill_people(
    writer: BulkWriter, rng: random.Random, *, units: list[dict], workers: list[str], supervisors: list[str],
    scale: int, progress: Progress,
) -> None:
    """`1000 × scale` clients, each with consent; a case for one in five, with forms and sessions."""
    homes = [u for u in units if u["tier"] == "community"] or units
    n_clients = 1000 * scale
    case_no = 0
    for start in range(0, n_clients, CHUNK):
        progress.step(start, n_clients, translate("services.demo.people", "服务对象与个案"))
        clients, consents, cases, events, forms, sessions = [], [], [], [], [], []
        for n in range(start, min(start + CHUNK, n_clients)):
            name, initials = random_person(rng)
            kind, born, categories = _life(rng)
            gender = rng.choice(("male", "female"))
            home = homes[n % len(homes)]
            client_id = new_id()
            clients.append({
                "id": client_id, "name": name, "name_initials": initials, "gender": gender, "birth_date": born,
                "id_number": make_id_number("610326", born, n, gender), "phone": f"139{n:08d}"[-11:],
                "org_unit_id": home["id"], "address": f"{rng.choice(_STREETS)}{rng.randint(1, 80)}号",
                "categories": json.dumps(categories), "household": "[]", "health_notes": "",
            })
            sensitive = sorted({CLIENT_CATEGORIES[c].sensitive for c in categories if CLIENT_CATEGORIES[c].sensitive})
            consents.append({
                "id": new_id(), "client_id": client_id, "given_on": TODAY - timedelta(days=rng.randint(30, 900)),
                "scopes": json.dumps(["report", "service"] + (["referral"] if rng.random() < 0.5 else [])),
                "sensitive": json.dumps(sensitive), "guardian_name": random_person(rng)[0] if kind == "child" else "",
                "guardian_relation": rng.choice(("父亲", "母亲", "祖父", "祖母")) if kind == "child" else "",
                "withdrawn_on": None,
            })
            if rng.random() < 0.2:
                case_no += 1
                _demo_case(rng, case_no, client_id, home["id"], kind, workers, supervisors, cases, events, forms, sessions)
        writer.insert(Client, clients)
        writer.insert(Consent, consents)
        writer.insert(Case, cases)
        writer.insert(CaseEvent, events)
        writer.insert(FormRecord, forms)
        writer.insert(ServiceSession, sessions)


def _demo_case(rng, number, client_id, unit_id, kind, workers, supervisors, cases, events, forms, sessions) -> None:
    opened = TODAY - timedelta(days=rng.randint(5, 700))
    reach = rng.choices(range(len(MAIN_LINE)), weights=(8, 10, 10, 35, 12, 25))[0]
    stage = MAIN_LINE[reach]
    case_id, worker = new_id(), rng.choice(workers)
    cases.append({
        "id": case_id, "case_number": f"GA{opened.year}-{number:05d}", "client_id": client_id, "org_unit_id": unit_id,
        "title": rng.choice(_TITLES[kind]), "worker_id": worker, "supervisor_id": rng.choice(supervisors) if supervisors else None,
        "priority": rng.choices(("low", "normal", "high", "urgent"), weights=(20, 60, 15, 5))[0],
        "risk": rng.choices(("low", "medium", "high"), weights=(60, 30, 10))[0], "stage": stage,
        "stage_before_pause": None, "opened_on": opened, "referral_to": "",
        "next_review_on": None if stage == "closed" else opened + timedelta(days=rng.randint(30, 400)),
        "closed_on": opened + timedelta(days=rng.randint(30, 200)) if stage == "closed" else None,
    })
    day = opened
    for i, to_stage in enumerate(MAIN_LINE[: reach + 1]):
        events.append({"id": new_id(), "case_id": case_id, "from_stage": MAIN_LINE[i - 1] if i else None,
                       "to_stage": to_stage, "on": day, "by_account": worker, "note": ""})
        if (form_id := STAGE_FORMS.get(to_stage)) and i < reach:
            forms.append({"id": new_id(), "form_id": form_id, "form_version": 1, "client_id": client_id,
                          "case_id": case_id, "answers": "{}", "computed": "{}", "filled_on": day, "filled_by": worker})
        day = min(day + timedelta(days=rng.randint(3, 30)), TODAY)
    if reach >= MAIN_LINE.index("service"):
        # About 14 sessions a case in service or later: 200,000 notes at scale 100, as measured.
        for _ in range(rng.randint(6, 22)):
            sessions.append({
                "id": new_id(), "case_id": case_id, "on": min(opened + timedelta(days=rng.randint(5, 300)), TODAY),
                "minutes": rng.choice((20, 30, 45, 60, 90)), "room_id": None, "place": "",
                "session_type": rng.choice(("interview", "phone", "home_visit", "home_visit")),
                "content": rng.choice(_NOTES), "next_steps": "", "worker_id": worker,
            })
