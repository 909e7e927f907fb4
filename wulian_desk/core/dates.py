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
from wulian_desk.core.texts import Text, translate

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
    "birth_date": translate("core.dates", "出生日期"),
    "given_on": translate("core.dates", "同意日期"),
    "withdrawn_on": translate("core.dates", "撤回日期"),
    "consent_on": translate("core.dates", "同意登记个人信息的日期"),
    "opened_on": translate("core.dates", "开案日期"),
    "next_review_on": translate("core.dates", "下次复查日期"),
    "moved_on": translate("core.dates", "转入阶段的日期"),
    "filled_on": translate("core.dates", "填表日期"),
    "held_on": translate("core.dates", "举办日期"),
    "served_on": translate("core.dates", "服务日期"),
    "joined_on": translate("core.dates", "加入日期"),
    "founded_on": translate("core.dates", "成立日期"),
    "filed_on": translate("core.dates", "备案日期"),
    "awarded_on": translate("core.dates", "表彰日期"),
    "evaluated_on": translate("core.dates", "评价日期"),
    "received_on": translate("core.dates", "接收日期"),
    "allocated_on": translate("core.dates", "分配日期"),
    "spent_on": translate("core.dates", "支出日期"),
    "period_from": translate("core.dates", "开始日期"),
    "period_to": translate("core.dates", "结束日期"),
    "starts_on": translate("core.dates", "开始日期"),
    "ends_on": translate("core.dates", "结束日期"),
    "starts_at": translate("core.dates", "开始时间"),
    "ends_at": translate("core.dates", "结束时间"),
    "reported_on": translate("core.dates", "报备日期"),
    "purchase_date": translate("core.dates", "购置日期"),
    "hired_on": translate("core.dates", "入职日期"),
    "on": translate("core.dates", "日期"),
}


def label_of(field: str) -> Text:
    return FIELD_LABELS.get(field, translate("core.dates", "日期"))


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
    value: date, kind: DateKind, *, today: date, field: str, label: Text | None = None
) -> date:
    """`value` when it can be a true date of `kind`; otherwise a ValidationError naming the field
    and saying exactly what is wrong. A datetime is judged by its calendar day."""
    if not isinstance(value, date):
        raise ValidationError(translate("core.dates", "日期格式不对。"), field=field)
    day = value.date() if isinstance(value, datetime) else value
    label = label or label_of(field)
    floor, ceiling = kind.value.floor, latest(kind, today)
    if day > ceiling:
        if ceiling == today:
            raise ValidationError(
                translate("core.dates", "{label} {isoformat} 晚于今天（{isoformat2}）。").format(
                    label=label, isoformat=day.isoformat(), isoformat2=today.isoformat()),
                field=field,
            )
        raise ValidationError(
            translate("core.dates", "{label} {isoformat} 晚于 {isoformat2}（今天起 {years_ahead} 年），请核对。").format(label=label, isoformat=day.isoformat(), isoformat2=ceiling.isoformat(), years_ahead=kind.value.years_ahead),
            field=field,
        )
    if day < floor:
        raise ValidationError(
            translate("core.dates", "{label}早于 {isoformat}，请核对（填的是 {isoformat2}）。").format(label=label, isoformat=floor.isoformat(), isoformat2=day.isoformat()),
            field=field,
        )
    return value


def check_optional_date(
    value: date | None,
    kind: DateKind,
    *,
    today: date,
    field: str,
    label: Text | None = None,
) -> date | None:
    return None if value is None else check_date(value, kind, today=today, field=field, label=label)


_TYPED = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def parse_typed_date(
    text: str, kind: DateKind, *, today: date, field: str, label: Text | None = None
) -> date:
    """A date as a person types it ("2026-03-08", "2026/3/8", "2026年3月8日"), checked against
    the range of `kind`; a ValidationError names the field and what is wrong."""
    label = label or label_of(field)
    cleaned = str(text if text is not None else "").strip()
    found = _TYPED.match(cleaned)
    try:
        if found is None:
            raise ValueError
        day = date(*(int(g) for g in found.groups()))
    except ValueError:
        raise ValidationError(
            translate("core.dates", "{label}不是有效日期（应为 2026-03-08 这样的格式）：{value}").format(label=label, value=cleaned or translate("core.dates", "空")),
            field=field,
        ) from None
    return check_date(day, kind, today=today, field=field, label=label)


def check_order(
    first: date | None,
    then: date | None,
    *,
    field: str,
    label: Text | None = None,
    first_label: Text | str | None = None,
) -> None:
    """Refuse a `then` that comes before `first` (an end before its start)."""
    if first is None or then is None:
        return
    a = first.date() if isinstance(first, datetime) else first
    b = then.date() if isinstance(then, datetime) else then
    if b < a:
        label = label or label_of(field)
        first_label = first_label or translate("core.dates", "开始日期")
        raise ValidationError(
            translate("core.dates", "{label}（{isoformat}）不能早于{first_label}（{isoformat2}）。").format(label=label, isoformat=b.isoformat(), first_label=first_label, isoformat2=a.isoformat()),
            field=field,
        )
