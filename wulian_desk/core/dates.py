"""Which dates can be true: the plausible range of each kind of date a person types or imports.

A date outside its range is almost always a slip (a year typed as 0001 or 2062, a day and month
swapped into next year), and once stored it skews every count, deadline and certificate built on
it. Each kind has a floor and a ceiling relative to "today", which the caller passes in: this
module reads no clock, so a test, an import and the window all judge against the same day.

- BIRTH: 1900-01-01 to today. Nobody served is older, and nobody is born tomorrow.
- ESTABLISHED: 1900-01-01 to today. When an organisation or team was founded or an asset bought:
  these can predate the station by decades, but not the floor of birth dates, nor today.
- HAPPENED: 2000-01-01 to today. Service records, consent, sessions, donations, trainings,
  evaluations, spending. The work this app records (casework, volunteer service records under
  the 2012 rules, PIPL consent, 五社联动) belongs to this century; a service date before 2000
  is a mistyped year, not a paper record of real work, and 2000 is also where report months
  begin (core/rollup.py).
- PLANNED: 2000-01-01 to five years after today. Review dates, plan targets, project periods,
  scheduled activities: a government-purchased project runs one to three years, so a date
  further out than five is a mistyped year.

"Today" is the local date of the computer where the date is typed, the same clock that dates
the record, so there is no allowance for time zones here; a receiver that judges dates written
on another computer may pass its own today plus a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from wulian_desk.core.errors import ValidationError

PLANNED_YEARS = 5


@dataclass(frozen=True)
class _Range:
    code: str  # distinct per kind, so two kinds with the same range stay two kinds
    floor: date
    years_ahead: int  # the ceiling is today plus this many years; 0 means today


class DateKind(Enum):
    BIRTH = _Range("birth", date(1900, 1, 1), 0)
    ESTABLISHED = _Range("established", date(1900, 1, 1), 0)
    HAPPENED = _Range("happened", date(2000, 1, 1), 0)
    PLANNED = _Range("planned", date(2000, 1, 1), PLANNED_YEARS)


# Field name -> (Chinese label, English label): the words a refusal uses for the field.
FIELD_LABELS = {
    "birth_date": ("出生日期", "birth date"),
    "given_on": ("同意日期", "consent date"),
    "withdrawn_on": ("撤回日期", "withdrawal date"),
    "consent_on": ("同意登记个人信息的日期", "consent date"),
    "opened_on": ("开案日期", "opening date"),
    "next_review_on": ("下次复查日期", "next review date"),
    "moved_on": ("转入阶段的日期", "date of the move"),
    "filled_on": ("填表日期", "date filled in"),
    "held_on": ("举办日期", "date held"),
    "served_on": ("服务日期", "service date"),
    "joined_on": ("加入日期", "joining date"),
    "founded_on": ("成立日期", "founding date"),
    "filed_on": ("备案日期", "filing date"),
    "awarded_on": ("表彰日期", "award date"),
    "evaluated_on": ("评价日期", "evaluation date"),
    "received_on": ("接收日期", "date received"),
    "allocated_on": ("分配日期", "allocation date"),
    "spent_on": ("支出日期", "spending date"),
    "period_from": ("开始日期", "start date"),
    "period_to": ("结束日期", "end date"),
    "starts_on": ("开始日期", "start date"),
    "ends_on": ("结束日期", "end date"),
    "starts_at": ("开始时间", "start"),
    "ends_at": ("结束时间", "end"),
    "reported_on": ("报备日期", "date reported"),
    "purchase_date": ("购置日期", "purchase date"),
    "hired_on": ("入职日期", "hiring date"),
    "on": ("日期", "date"),
}


def label_of(field: str) -> tuple[str, str]:
    return FIELD_LABELS.get(field, ("日期", "date"))


def earliest(kind: DateKind) -> date:
    """The first plausible day of `kind`."""
    return kind.value.floor


def latest(kind: DateKind, today: date) -> date:
    """The last plausible day of `kind` as seen on `today`."""
    years = kind.value.years_ahead
    if not years:
        return today
    try:
        return today.replace(year=today.year + years)
    except ValueError:  # 29 February, years later, is 28 February
        return today.replace(year=today.year + years, day=28)


def check_date(
    value: date, kind: DateKind, *, today: date, field: str, label: tuple[str, str] | None = None
) -> date:
    """`value` when it can be a true date of `kind`; otherwise a ValidationError naming the field
    and saying exactly what is wrong. A datetime is judged by its calendar day."""
    if not isinstance(value, date):
        raise ValidationError("日期格式不对。", "Not a date.", field=field)
    day = value.date() if isinstance(value, datetime) else value
    zh, en = label or label_of(field)
    floor, ceiling = kind.value.floor, latest(kind, today)
    if day > ceiling:
        if ceiling == today:
            raise ValidationError(
                f"{zh} {day.isoformat()} 晚于今天（{today.isoformat()}）。",
                f"The {en} {day.isoformat()} is after today ({today.isoformat()}).",
                field=field,
            )
        raise ValidationError(
            f"{zh} {day.isoformat()} 晚于 {ceiling.isoformat()}（今天起 {kind.value.years_ahead} 年），请核对。",
            f"The {en} {day.isoformat()} is more than {kind.value.years_ahead} years ahead "
            f"(after {ceiling.isoformat()}); please check it.",
            field=field,
        )
    if day < floor:
        raise ValidationError(
            f"{zh}早于 {floor.isoformat()}，请核对（填的是 {day.isoformat()}）。",
            f"The {en} is before {floor.isoformat()} (got {day.isoformat()}); please check it.",
            field=field,
        )
    return value


def check_optional_date(
    value: date | None,
    kind: DateKind,
    *,
    today: date,
    field: str,
    label: tuple[str, str] | None = None,
) -> date | None:
    return None if value is None else check_date(value, kind, today=today, field=field, label=label)


_TYPED = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def parse_typed_date(
    text: str, kind: DateKind, *, today: date, field: str, label: tuple[str, str] | None = None
) -> date:
    """A date as a person types it ("2026-03-08", "2026/3/8", "2026年3月8日"), checked against
    the range of `kind`; a ValidationError names the field and what is wrong."""
    zh, en = label or label_of(field)
    cleaned = str(text if text is not None else "").strip()
    found = _TYPED.match(cleaned)
    try:
        if found is None:
            raise ValueError
        day = date(*(int(g) for g in found.groups()))
    except ValueError:
        raise ValidationError(
            f"{zh}不是有效日期（应为 2026-03-08 这样的格式）：{cleaned or '空'}",
            f"The {en} is not a date: {cleaned or 'empty'}.",
            field=field,
        ) from None
    return check_date(day, kind, today=today, field=field, label=(zh, en))


def check_order(
    first: date | None,
    then: date | None,
    *,
    field: str,
    label: tuple[str, str] | None = None,
    first_label: str = "开始日期",
) -> None:
    """Refuse a `then` that comes before `first` (an end before its start)."""
    if first is None or then is None:
        return
    a = first.date() if isinstance(first, datetime) else first
    b = then.date() if isinstance(then, datetime) else then
    if b < a:
        zh, en = label or label_of(field)
        raise ValidationError(
            f"{zh}（{b.isoformat()}）不能早于{first_label}（{a.isoformat()}）。",
            f"The {en} ({b.isoformat()}) is before {a.isoformat()}.",
            field=field,
        )
