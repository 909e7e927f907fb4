"""Rules for volunteers and their service hours (《志愿服务记录与证明出具办法》, 民政部令第67号):
what a valid volunteer record is, how hours are kept, when a record is late, and star levels.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.identity import parse_id_number
from wulian_desk.core.people import check_national_number
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import Choice

SERVICE_CATEGORIES = {c.code: c for c in (
    Choice("community", translate("core.volunteers", "社区服务")),
    Choice("elderly_disabled", translate("core.volunteers", "助老助残")),
    Choice("children", translate("core.volunteers", "关爱儿童")),
    Choice("poverty", translate("core.volunteers", "扶贫济困")),
    Choice("environment", translate("core.volunteers", "环境保护")),
    Choice("culture", translate("core.volunteers", "文化体育")),
    Choice("legal", translate("core.volunteers", "法律服务")),
    Choice("health", translate("core.volunteers", "医疗卫生")),
    Choice("safety", translate("core.volunteers", "平安建设")),
    Choice("emergency", translate("core.volunteers", "应急救援")),
    Choice("other", translate("core.volunteers", "其他")),
)}
ID_TYPES = {c.code: c for c in (
    Choice("resident_id", translate("core.volunteers", "居民身份证")),
    Choice("other", translate("core.volunteers", "其他证件")),
)}
RATINGS = {c.code: c for c in (
    Choice("excellent", translate("core.volunteers", "优秀")), Choice("good", translate("core.volunteers", "良好")),
    Choice("pass", translate("core.volunteers", "合格")), Choice("fail", translate("core.volunteers", "不合格")),
)}

MIN_MINUTES, MAX_MINUTES = 30, 24 * 60  # 0.5 to 24 hours for one record
LATE_AFTER_WORKING_DAYS = 10


@dataclass
class VolunteerInput:
    name: str
    gender: str
    org_unit_id: str
    consent_on: date  # the volunteer agreed to have these details kept
    id_number: str = ""
    id_type: str = "resident_id"
    birth_date: date | None = None
    residence_area: str = ""
    phone: str = ""
    skills: str = ""
    service_categories: list[str] = field(default_factory=list)
    national_number: str = ""  # 志愿者统一编号, where known


def check_volunteer_fields(data: VolunteerInput, *, today: date) -> VolunteerInput:
    """Validate and normalise; a resident ID number's check digit, birth date and gender must hold."""
    from wulian_desk.core.clients import ClientInput, check_client_fields

    if data.id_type not in ID_TYPES:
        raise ValidationError(translate("core.volunteers", "请选择证件类型。"), field="id_type")
    if data.consent_on is None:
        raise ValidationError(translate("core.volunteers", "请填写志愿者同意登记个人信息的日期。"), field="consent_on")
    check_date(data.consent_on, DateKind.HAPPENED, today=today, field="consent_on")
    resident = data.id_type == "resident_id"
    # A volunteer's name, gender, birth date and phone follow the same rules as a client's.
    base = check_client_fields(ClientInput(
        name=data.name, gender=data.gender, org_unit_id=data.org_unit_id, birth_date=data.birth_date,
        id_number=data.id_number if resident else None, phone=data.phone), today=today)
    id_number = base.id_number or ""
    if not resident:
        id_number = clean_text(data.id_number, field="id_number", label=translate("core.volunteers", "证件号码"), max_len=30, required=True)
    if not id_number:
        raise ValidationError(translate("core.volunteers", "请填写身份证件号码。"), field="id_number")
    unknown = [c for c in data.service_categories if c not in SERVICE_CATEGORIES]
    if unknown:
        raise ValidationError(translate("core.volunteers", "未知的服务类别：{join}").format(join='、'.join(unknown)), field="service_categories")
    return VolunteerInput(
        name=base.name, gender=base.gender, org_unit_id=data.org_unit_id, consent_on=data.consent_on,
        id_number=id_number, id_type=data.id_type, birth_date=base.birth_date, phone=base.phone,
        residence_area=clean_text(data.residence_area, field="residence_area", label=translate("core.volunteers", "居住区域"), max_len=80, required=False),
        skills=clean_text(data.skills, field="skills", label=translate("core.volunteers", "专业技能"), max_len=200, required=False),
        service_categories=sorted(set(data.service_categories), key=list(SERVICE_CATEGORIES).index),
        national_number=check_national_number(data.national_number),
    )


def check_id_number(value: str) -> str:
    """A resident ID number, normalised, or the ValidationError saying what is wrong with it."""
    return parse_id_number(value)[0]


# -- hours -----------------------------------------------------------------------------------


def hours_to_minutes(hours: object, *, field: str = "hours") -> int:
    """Hours as typed (1.5, "2", "2.5小时") to whole minutes, within 0.5-24 hours."""
    text = str(hours).strip().removesuffix("小时").removesuffix("h").strip() if isinstance(hours, str) else hours
    try:
        if isinstance(text, bool):
            raise TypeError
        value = float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(translate("core.volunteers", "服务时长应为数字（小时）：{hours}").format(hours=hours), field=field) from None
    minutes = round(value * 60) if math.isfinite(value) else -1
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError(translate("core.volunteers", "服务时长须在 0.5 到 24 小时之间（填的是 {hours}）。").format(hours=hours), field=field)
    return minutes


def format_hours(minutes: int | None) -> str:
    """Minutes as hours for people: 90 -> '1.5', 120 -> '2'."""
    return f"{(minutes or 0) / 60:.2f}".rstrip("0").rstrip(".")


def working_days_between(start: date, end: date) -> int:
    """Working days (Mon-Fri) after `start` up to and including `end`; 0 when end <= start.
    Public holidays are not known to the app, so they count as working days."""
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(1, rest + 1):
        if (start + timedelta(days=offset)).weekday() < 5:
            count += 1
    return count


def lateness(served_on: date, recorded_on: date) -> str | None:
    """The warning for a record entered more than ten working days after the service, or None."""
    late = working_days_between(served_on, recorded_on)
    if late <= LATE_AFTER_WORKING_DAYS:
        return None
    return (f"{served_on:%Y-%m-%d} 的服务在 {late} 个工作日后才记录，超过了 {LATE_AFTER_WORKING_DAYS} 个工作日的"
            "及时记录要求；记录已保存并标注为补录。")


def star_level(minutes: int, star_hours: Sequence[int]) -> int:
    """Stars earned: one for each threshold (hours, from the policy profile) reached."""
    return sum(1 for threshold in star_hours if minutes >= threshold * 60)


STAR_NAMES = ("", "一星", "二星", "三星", "四星", "五星")


def star_label(stars: int) -> str:
    if stars <= 0:
        return ""
    return (STAR_NAMES[stars] if stars < len(STAR_NAMES) else f"{stars}星") + "志愿者"


def records_digest(records: Iterable[tuple]) -> str:
    """A fingerprint of the service records a certificate was computed from: any correction,
    addition or removal in the period changes it."""
    digest = hashlib.sha256()
    for row in sorted(records, key=lambda r: str(r[0])):
        digest.update("|".join("" if v is None else str(v) for v in row).encode() + b"\n")
    return digest.hexdigest()
