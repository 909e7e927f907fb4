"""Monthly submission, approval and lock (DHIS2's data approval), as pure rules.

A station submits a month once it has ended; the tier above (its county, or the township that
enrolled a community room) approves it or returns it with a reason, and may reopen an approved
month. An approved month is locked at the station: a record that one of the columns below places
in that month cannot be added, changed or deleted there, except the record an open correction
request of the tier above names.

The state of a month, as `reporting` shows it, is one of STATES: the latest submission and the
latest decision on it decide (a resubmission after a return is a new submission).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.rollup import Month
from wulian_desk.core.texts import translate

# Which column dates a record, placing it in a month. Records not listed here (people, rooms,
# case files and groups that run across months) are not locked by month.
MONTH_DATED: dict[str, str] = {
    "activity": "starts_at",
    "allocation": "allocated_on",
    "approval": "decided_on",
    "case_event": "on",
    "donation": "received_on",
    "form_record": "filled_on",
    "group_session": "held_on",
    "operating_fund": "on",
    "organisation_evaluation": "evaluated_on",
    "project_event": "on",
    "project_spending": "spent_on",
    "service_record": "served_on",
    "service_session": "on",
    "staff_training": "held_on",
    "supervision": "on",
    "volunteer_award": "awarded_on",
    "volunteer_certificate": "issued_on",
    "volunteer_evaluation": "evaluated_on",
    "volunteer_training": "held_on",
}

# Records dated by the record they belong to: table -> (column naming the parent, parent table).
DATED_BY_PARENT: dict[str, tuple[str, str]] = {
    "activity_participant": ("activity_id", "activity"),
    "activity_volunteer": ("activity_id", "activity"),
    "group_attendance": ("session_id", "group_session"),
}

# Decisions of the tier above; "reopened" undoes an approval and asks for a new submission.
DECISIONS = ("approved", "returned", "reopened")
# The states of a month, exactly as `reporting --json` writes them.
STATES = ("not submitted", "submitted", "returned", "approved")
STATE_ZH = {"not submitted": "未报送", "submitted": "已报送", "returned": "已退回", "approved": "已审核通过"}

DEFAULT_DUE_DAY = 5  # a month is due by the 5th of the next, unless the policy profile says otherwise


def month_of(value: date | datetime | str | None) -> str | None:
    """"YYYY-MM" of a date, a time or a stored date text; None for none."""
    if value is None:
        return None
    if isinstance(value, str):
        return value[:7] if len(value) >= 7 else None
    return f"{value.year:04d}-{value.month:02d}"


def dating_column(table: str) -> str | None:
    return MONTH_DATED.get(table)


def locked_error(month: str) -> ValidationError:
    year, mon = month.split("-")
    return ValidationError(
        translate("core.month_lock", "{year}年{mon}月的数据已由上级审核通过并锁定，不能新增、修改或删除这个月的记录。如需更正，请联系上级总站对这条记录发出更正请求，收到后即可修改这一条。").format(year=int(year), mon=int(mon), month=month),
    )


def check_writable(table: str, months: Iterable[str | None], *, locked: set[str]) -> None:
    """Refuse a write that places a record of `table` in (or takes it out of) a locked month."""
    for month in months:
        if month is not None and month in locked:
            raise locked_error(month)


def ensure_ended(month: Month, today: date) -> None:
    if today < month.end:
        raise ValidationError(
            translate("core.month_lock", "{month}还没有结束，月份结束后才能报送。").format(month=month.text, code=month.code),
            field="month",
        )


def due_by(month: Month, due_day: int = DEFAULT_DUE_DAY) -> datetime:
    """The last moment a submission of `month` is on time: the end of day `due_day` of the next month."""
    return datetime.combine(month.end.replace(day=max(1, min(due_day, 28))), time.max)


@dataclass(frozen=True)
class Submission:
    id: str
    submitted_at: datetime  # naive, local time
    submitted_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class Decision:
    id: str
    submission_id: str | None
    decision: str  # DECISIONS
    decided_at: datetime  # naive, local time
    reason: str = ""
    decided_by: str = ""


@dataclass(frozen=True)
class MonthState:
    state: str  # STATES
    on_time: bool | None  # None where nothing was submitted
    submission: Submission | None
    decision: Decision | None

    @property
    def zh(self) -> str:
        text = STATE_ZH[self.state]
        if self.state == "submitted" and self.on_time is not None:
            text += "（按时）" if self.on_time else "（逾期）"
        return text


def month_state(month: Month, submissions: Iterable[Submission], decisions: Iterable[Decision], *,
                due_day: int = DEFAULT_DUE_DAY) -> MonthState:
    """The state of one station's month from its submissions and the decisions on them (times in
    local time): the latest submission decides, and a decision counts only for the submission it
    names."""
    latest = max(submissions, key=lambda s: (s.submitted_at, s.id), default=None)
    if latest is None:
        return MonthState("not submitted", None, None, None)
    on_time = latest.submitted_at <= due_by(month, due_day)
    mine = [d for d in decisions if d.submission_id == latest.id]
    decision = max(mine, key=lambda d: (d.decided_at, d.id), default=None)
    if decision is None:
        return MonthState("submitted", on_time, latest, None)
    state = "approved" if decision.decision == "approved" else "returned"
    return MonthState(state, on_time, latest, decision)
