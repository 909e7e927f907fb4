"""The month's state from its submissions and decisions, the due day, and the lock's refusal."""

from __future__ import annotations

from datetime import datetime

import pytest

from wulian_desk.catalogue import english
from wulian_desk.core.errors import PolicyError, ValidationError
from wulian_desk.core.month_lock import (
    Decision,
    Submission,
    check_writable,
    due_by,
    ensure_ended,
    month_state,
)
from wulian_desk.core.policy import parse_policy
from wulian_desk.core.rollup import Month

NOV = Month(2026, 11)


def test_states_follow_the_latest_submission_and_the_decision_on_it():
    assert month_state(NOV, [], []).state == "not submitted"
    first = Submission("s1", datetime(2026, 12, 4, 10))
    assert (month_state(NOV, [first], []).state, month_state(NOV, [first], []).on_time) == ("submitted", True)
    back = Decision("d1", "s1", "returned", datetime(2026, 12, 6), reason="缺人数")
    assert month_state(NOV, [first], [back]).state == "returned"
    second = Submission("s2", datetime(2026, 12, 8, 9))
    state = month_state(NOV, [first, second], [back])  # the return was on the first submission
    assert (state.state, state.on_time, state.submission.id) == ("submitted", False, "s2")
    yes = Decision("d2", "s2", "approved", datetime(2026, 12, 9))
    assert month_state(NOV, [second, first], [yes, back]).state == "approved"
    reopened = Decision("d3", "s2", "reopened", datetime(2026, 12, 20), reason="更正")
    assert month_state(NOV, [first, second], [back, yes, reopened]).state == "returned"


def test_the_due_day_comes_from_the_policy_profile():
    assert due_by(NOV) == datetime(2026, 12, 5, 23, 59, 59, 999999)
    assert due_by(Month(2026, 12), 10).date().isoformat() == "2027-01-10"
    assert month_state(NOV, [Submission("s", datetime(2026, 12, 8))], [], due_day=10).on_time
    assert parse_policy("x", 'name = "x"\n').report_due_day == 5
    assert parse_policy("x", 'name = "x"\n[reporting]\ndue_day = 10\n').report_due_day == 10
    with pytest.raises(PolicyError):
        parse_policy("x", 'name = "x"\n[reporting]\ndue_day = 40\n')


def test_a_month_not_ended_and_a_locked_month_are_refused_in_both_languages():
    with pytest.raises(ValidationError, match="还没有结束"):
        ensure_ended(NOV, datetime(2026, 11, 30).date())
    ensure_ended(NOV, datetime(2026, 12, 1).date())
    with pytest.raises(ValidationError) as err:
        check_writable("activity", ["2026-10", "2026-11"], locked={"2026-11"})
    assert str(err.value).startswith("2026年11月的数据已由上级审核通过并锁定") and "correction request" in english(err.value.text)
    check_writable("activity", ["2026-12", None], locked={"2026-11"})
