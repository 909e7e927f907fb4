"""Rules for group work (小组工作) and community activities (社区活动): the kinds, and what a valid
group or activity is. Major events (节庆活动, 文化演出, 体育竞赛, 人员集会) must be reported [002].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from wulian_desk.core.dates import DateKind, check_date, check_optional_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import Choice

ACTIVITY_TYPES = {c.code: c for c in (
    Choice("neighbour_watch", translate("core.activities", "邻里守望")),
    Choice("consultation", translate("core.activities", "共建共治共享协商")),
    Choice("culture_sports", translate("core.activities", "文体活动")),
    Choice("training", translate("core.activities", "培训")),
    Choice("other", translate("core.activities", "其他")),
)}
MAJOR_EVENTS = {c.code: c for c in (
    Choice("festival", translate("core.activities", "节庆活动")),
    Choice("performance", translate("core.activities", "文化演出")),
    Choice("sports", translate("core.activities", "体育竞赛")),
    Choice("gathering", translate("core.activities", "人员集会")),
)}
GROUP_STATUSES = {c.code: c for c in (
    Choice("planning", translate("core.activities", "筹备中")),
    Choice("running", translate("core.activities", "进行中")),
    Choice("closed", translate("core.activities", "已结束")),
)}
MEASURE_FORM = "group_measure"  # forms/group_measure.v*.toml: pre and post measures
MAX_PARTNERS = 20


@dataclass
class GroupInput:
    name: str
    org_unit_id: str
    worker_id: str
    goals: str
    target_members: str
    starts_on: date
    planned_sessions: int = 6
    ends_on: date | None = None


def check_group_fields(data: GroupInput, *, today: date) -> GroupInput:
    """Validate and normalise; a group may be planned ahead, so its dates may lie in the future."""
    name = clean_text(data.name, field="name", label=translate("core.activities", "小组名称"), max_len=80, required=True)
    goals = clean_text(data.goals, field="goals", label=translate("core.activities", "小组目标"), max_len=2000, required=True)
    target = clean_text(data.target_members, field="target_members", label=translate("core.activities", "招募对象"), max_len=500, required=True)
    if not isinstance(data.planned_sessions, int) or not 1 <= data.planned_sessions <= 60:
        raise ValidationError(translate("core.activities", "计划节数须在 1 到 60 之间。"), field="planned_sessions")
    check_date(data.starts_on, DateKind.PLANNED, today=today, field="starts_on")
    check_optional_date(data.ends_on, DateKind.PLANNED, today=today, field="ends_on")
    if data.ends_on is not None and data.ends_on < data.starts_on:
        raise ValidationError(translate("core.activities", "结束日期不能早于开始日期。"), field="ends_on")
    return GroupInput(name=name, org_unit_id=data.org_unit_id, worker_id=data.worker_id, goals=goals,
                      target_members=target, starts_on=data.starts_on, planned_sessions=data.planned_sessions,
                      ends_on=data.ends_on)


@dataclass
class ActivityInput:
    title: str
    activity_type: str
    org_unit_id: str
    starts_at: datetime
    ends_at: datetime
    organiser: str  # the organising unit, as printed on service records
    person_in_charge: str
    room_id: str | None = None
    place: str = ""  # outside a room: a square, a street, a village
    partners: list[str] = field(default_factory=list)  # partner organisations, free text for now
    description: str = ""
    planned_hours: float = 2.0  # what each volunteer is credited unless adjusted
    headcount_unregistered: int = 0
    major_event: str | None = None


def check_activity_fields(data: ActivityInput, *, today: date) -> ActivityInput:
    """Validate and normalise; an activity may be announced ahead, so it may lie in the future."""
    from wulian_desk.core.volunteers import hours_to_minutes

    title = clean_text(data.title, field="title", label=translate("core.activities", "活动名称"), max_len=80, required=True)
    if data.activity_type not in ACTIVITY_TYPES:
        raise ValidationError(translate("core.activities", "请选择活动类型。"), field="activity_type")
    if data.major_event is not None and data.major_event not in MAJOR_EVENTS:
        raise ValidationError(translate("core.activities", "未知的重大活动类别。"), field="major_event")
    check_date(data.starts_at, DateKind.PLANNED, today=today, field="starts_at")
    check_date(data.ends_at, DateKind.PLANNED, today=today, field="ends_at")
    if data.ends_at <= data.starts_at:
        raise ValidationError(translate("core.activities", "结束时间须晚于开始时间。"), field="ends_at")
    place = clean_text(data.place, field="place", label=translate("core.activities", "活动地点"), max_len=80, required=data.room_id is None)
    partners = [p.strip() for p in data.partners if p and p.strip()]
    if len(partners) > MAX_PARTNERS or any(len(p) > 80 for p in partners):
        raise ValidationError(translate("core.activities", "合作单位最多 {max_partners} 个，每个不超过 80 字。").format(max_partners=MAX_PARTNERS), field="partners")
    if not isinstance(data.headcount_unregistered, int) or not 0 <= data.headcount_unregistered <= 100_000:
        raise ValidationError(translate("core.activities", "未登记参与人数须为 0 或正整数。"),
                              field="headcount_unregistered")
    hours_to_minutes(data.planned_hours, field="planned_hours")
    return ActivityInput(
        title=title, activity_type=data.activity_type, org_unit_id=data.org_unit_id, starts_at=data.starts_at,
        ends_at=data.ends_at, room_id=data.room_id, place=place,
        organiser=clean_text(data.organiser, field="organiser", label=translate("core.activities", "组织单位"), max_len=80, required=True),
        person_in_charge=clean_text(data.person_in_charge, field="person_in_charge", label=translate("core.activities", "负责人"), max_len=40,
                                    required=True),
        partners=list(dict.fromkeys(partners)),
        description=clean_text(data.description, field="description", label=translate("core.activities", "活动内容"), max_len=2000, required=False),
        planned_hours=data.planned_hours, headcount_unregistered=data.headcount_unregistered,
        major_event=data.major_event,
    )
