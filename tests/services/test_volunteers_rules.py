"""The rules of volunteer records that need no database: working days, hours, stars, the policy."""

from datetime import date

import pytest

from wulian_desk.core.errors import PolicyError, ValidationError
from wulian_desk.core.policy import parse_policy
from wulian_desk.core.roster import cell_date, cell_id_number
from wulian_desk.core.volunteers import (
    format_hours,
    hours_to_minutes,
    lateness,
    records_digest,
    star_label,
    star_level,
    working_days_between,
)

MONDAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("end", "days"),
    [
        (MONDAY, 0),
        (date(2026, 3, 6), 4),  # Friday
        (date(2026, 3, 8), 4),  # Sunday: the weekend does not count
        (date(2026, 3, 9), 5),  # next Monday
        (date(2026, 3, 16), 10),  # two weeks on
        (date(2026, 3, 17), 11),
        (date(2026, 2, 20), 0),  # before the service
    ],
)
def test_working_days_skip_weekends(end, days):
    assert working_days_between(MONDAY, end) == days


def test_late_only_after_ten_working_days():
    assert lateness(MONDAY, date(2026, 3, 16)) is None  # the tenth working day is still on time
    warning = lateness(MONDAY, date(2026, 3, 17))
    assert warning and "11 个工作日" in warning and "10 个工作日" in warning
    # A Friday service recorded two weekends later: 10 working days, still on time.
    assert lateness(date(2026, 3, 6), date(2026, 3, 20)) is None


@pytest.mark.parametrize(("typed", "minutes"), [(0.5, 30), ("2", 120), ("2.5小时", 150), (24, 1440), ("1.25", 75)])
def test_hours_are_kept_as_minutes(typed, minutes):
    assert hours_to_minutes(typed) == minutes


@pytest.mark.parametrize("typed", [0, 0.2, 24.5, -1, "两小时", None, True, float("nan")])
def test_hours_out_of_range_are_refused(typed):
    with pytest.raises(ValidationError, match="0.5 到 24|数字"):
        hours_to_minutes(typed)


def test_format_hours():
    assert [format_hours(m) for m in (0, 30, 90, 120, 125)] == ["0", "0.5", "1.5", "2", "2.08"]


def test_star_levels_follow_the_thresholds_given():
    stars = (100, 300, 600, 1000, 1500)
    assert [star_level(h * 60, stars) for h in (0, 99, 100, 299, 300, 999, 1000, 1500, 9000)] == [0, 0, 1, 1, 2, 3, 4, 5, 5]
    assert star_level(50 * 60, (10, 20)) == 2  # a city with its own thresholds
    assert star_level(10_000, ()) == 0  # a profile that grades none
    assert star_label(0) == "" and star_label(3) == "三星志愿者"


def test_policy_profiles_carry_the_star_hours():
    profile = parse_policy("x", 'name = "某市"\n[volunteers]\nstar_hours = [50, 150]\n')
    assert profile.volunteer_star_hours == (50, 150)
    assert parse_policy("y", 'name = "某市"\n').volunteer_star_hours == ()


@pytest.mark.parametrize("bad", ["[300, 100]", "[0, 100]", '["100"]', "100"])
def test_broken_star_hours_are_refused(bad):
    with pytest.raises(PolicyError, match="star_hours"):
        parse_policy("bad", f'name = "x"\n[volunteers]\nstar_hours = {bad}\n', origin="bad.toml")


def test_digest_changes_with_any_record():
    rows = [("a", date(2026, 1, 1), 120, "act", "探访"), ("b", date(2026, 1, 2), 60, None, "送餐")]
    assert records_digest(rows) == records_digest(list(reversed(rows)))
    assert records_digest(rows) != records_digest([rows[0], ("b", date(2026, 1, 2), 90, None, "送餐")])
    assert records_digest(rows) != records_digest(rows[:1])


def test_cells_as_excel_gives_them():
    assert cell_date("2026/3/8", field="d", label="日期") == date(2026, 3, 8)
    assert cell_date("2026年3月8日", field="d", label="日期") == date(2026, 3, 8)
    with pytest.raises(ValidationError, match="不是有效日期"):
        cell_date("2026-02-30", field="d", label="服务日期")
    with pytest.raises(ValidationError, match="存成了数字"):
        cell_id_number(6.10326195803120e17)
    assert cell_id_number(" 61032619580312002x ") == "61032619580312002X"
