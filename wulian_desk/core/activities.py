"""Rules for group work (小组工作) and community activities (社区活动): the kinds, and what a valid
group or activity is. Major events (节庆活动, 文化演出, 体育竞赛, 人员集会) must be reported [002].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from wulian_desk.core.dates import DateKind, check_date, check_optional_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.text import clean_text
from wulian_desk.core.vocab import Choice

ACTIVITY_TYPES = {c.code: c for c in (
    Choice("neighbour_watch", "邻里守望", "Neighbourly volunteer action"),
    Choice("consultation", "共建共治共享协商", "Community consultation"),
    Choice("culture_sports", "文体活动", "Culture and sports"),
    Choice("training", "培训", "Training"),
    Choice("other", "其他", "Other"),
)}
MAJOR_EVENTS = {c.code: c for c in (
    Choice("festival", "节庆活动", "Festival"),
    Choice("performance", "文化演出", "Performance"),
    Choice("sports", "体育竞赛", "Sports competition"),
    Choice("gathering", "人员集会", "Public gathering"),
)}
GROUP_STATUSES = {c.code: c for c in (
    Choice("planning", "筹备中", "Planning"),
    Choice("running", "进行中", "Running"),
    Choice("closed", "已结束", "Closed"),
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
    name = clean_text(data.name, field="name", label="小组名称", max_len=80, required=True)
    goals = clean_text(data.goals, field="goals", label="小组目标", max_len=2000, required=True)
    target = clean_text(data.target_members, field="target_members", label="招募对象", max_len=500, required=True)
    if not isinstance(data.planned_sessions, int) or not 1 <= data.planned_sessions <= 60:
        raise ValidationError("计划节数须在 1 到 60 之间。", "Planned sessions must be 1-60.", field="planned_sessions")
    check_date(data.starts_on, DateKind.PLANNED, today=today, field="starts_on")
    check_optional_date(data.ends_on, DateKind.PLANNED, today=today, field="ends_on")
    if data.ends_on is not None and data.ends_on < data.starts_on:
        raise ValidationError("结束日期不能早于开始日期。", "The end is before the start.", field="ends_on")
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

    title = clean_text(data.title, field="title", label="活动名称", max_len=80, required=True)
    if data.activity_type not in ACTIVITY_TYPES:
        raise ValidationError("请选择活动类型。", "Choose the kind of activity.", field="activity_type")
    if data.major_event is not None and data.major_event not in MAJOR_EVENTS:
        raise ValidationError("未知的重大活动类别。", "Unknown major event kind.", field="major_event")
    check_date(data.starts_at, DateKind.PLANNED, today=today, field="starts_at")
    check_date(data.ends_at, DateKind.PLANNED, today=today, field="ends_at")
    if data.ends_at <= data.starts_at:
        raise ValidationError("结束时间须晚于开始时间。", "The end must be after the start.", field="ends_at")
    place = clean_text(data.place, field="place", label="活动地点", max_len=80, required=data.room_id is None)
    partners = [p.strip() for p in data.partners if p and p.strip()]
    if len(partners) > MAX_PARTNERS or any(len(p) > 80 for p in partners):
        raise ValidationError(f"合作单位最多 {MAX_PARTNERS} 个，每个不超过 80 字。", "Too many partners.", field="partners")
    if not isinstance(data.headcount_unregistered, int) or not 0 <= data.headcount_unregistered <= 100_000:
        raise ValidationError("未登记参与人数须为 0 或正整数。", "The head count must be 0 or more.",
                              field="headcount_unregistered")
    hours_to_minutes(data.planned_hours, field="planned_hours")
    return ActivityInput(
        title=title, activity_type=data.activity_type, org_unit_id=data.org_unit_id, starts_at=data.starts_at,
        ends_at=data.ends_at, room_id=data.room_id, place=place,
        organiser=clean_text(data.organiser, field="organiser", label="组织单位", max_len=80, required=True),
        person_in_charge=clean_text(data.person_in_charge, field="person_in_charge", label="负责人", max_len=40,
                                    required=True),
        partners=list(dict.fromkeys(partners)),
        description=clean_text(data.description, field="description", label="活动内容", max_len=2000, required=False),
        planned_hours=data.planned_hours, headcount_unregistered=data.headcount_unregistered,
        major_event=data.major_event,
    )
