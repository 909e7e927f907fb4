"""The plausible range of each kind of date: its edges, and the words of each refusal."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wulian_desk.catalogue import english
from wulian_desk.core.dates import DateKind, check_date, earliest, latest, parse_typed_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.values import clean_value, where_of

TODAY = date(2026, 12, 3)
todays = st.dates(min_value=date(2001, 1, 1), max_value=date(2090, 12, 31))
kinds = st.sampled_from(list(DateKind))


@given(kind=kinds, today=todays, day=st.dates())
def test_a_date_is_kept_exactly_when_it_lies_within_its_kind_range(kind, today, day):
    plausible = earliest(kind) <= day <= latest(kind, today)
    try:
        kept = check_date(day, kind, today=today, field="served_on")
    except ValidationError as err:
        assert not plausible
        assert err.field == "served_on"
        assert err.message.startswith("服务日期") and english(err.text) != err.message
        return
    assert plausible and kept == day


@given(kind=kinds, today=todays)
def test_the_edges_are_inside_and_one_day_beyond_is_not(kind, today):
    low, high = earliest(kind), latest(kind, today)
    assert check_date(low, kind, today=today, field="on") == low
    assert check_date(high, kind, today=today, field="on") == high
    for outside in (low - timedelta(days=1), high + timedelta(days=1)):
        with pytest.raises(ValidationError):
            check_date(outside, kind, today=today, field="on")


def test_a_refusal_says_exactly_what_is_wrong():
    with pytest.raises(ValidationError) as err:
        check_date(date(2027, 1, 1), DateKind.BIRTH, today=TODAY, field="birth_date")
    assert err.value.message == "出生日期 2027-01-01 晚于今天（2026-12-03）。"
    with pytest.raises(ValidationError) as err:
        check_date(date(1899, 12, 31), DateKind.BIRTH, today=TODAY, field="birth_date")
    assert err.value.message.startswith("出生日期早于 1900-01-01，请核对")
    with pytest.raises(ValidationError) as err:
        check_date(date(1, 1, 1), DateKind.HAPPENED, today=TODAY, field="given_on")
    assert err.value.message == "同意日期早于 2000-01-01，请核对（填的是 0001-01-01）。"
    with pytest.raises(ValidationError) as err:
        check_date(date(2032, 1, 1), DateKind.PLANNED, today=TODAY, field="next_review_on")
    assert "晚于 2031-12-03（今天起 5 年）" in err.value.message


def test_a_planned_date_from_29_february_reaches_28_february():
    assert latest(DateKind.PLANNED, date(2028, 2, 29)) == date(2033, 2, 28)


def test_a_datetime_is_judged_by_its_day():
    with pytest.raises(ValidationError) as err:
        check_date(datetime(2026, 12, 4, 0, 30), DateKind.HAPPENED, today=TODAY, field="starts_at")
    assert err.value.field == "starts_at"


@pytest.mark.parametrize("typed", ["2026-03-08", "2026/3/8", "2026.3.8", "2026年3月8日"])
def test_typed_dates_in_the_usual_forms_are_read(typed):
    assert parse_typed_date(typed, DateKind.HAPPENED, today=TODAY, field="served_on") == date(
        2026, 3, 8
    )


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("2026-13-45", "不是有效日期"),
        ("", "不是有效日期"),
        ("yesterday", "不是有效日期"),
        ("0001-01-01", "早于 2000-01-01"),
        ("2027-01-01", "2027-01-01 晚于今天（2026-12-03）"),
    ],
)
def test_typed_dates_that_cannot_be_true_are_refused(typed, words):
    with pytest.raises(ValidationError, match=words) as err:
        parse_typed_date(typed, DateKind.HAPPENED, today=TODAY, field="served_on")
    assert err.value.field == "served_on"


def _date_field(**bounds) -> m.Field:
    return m.Field(key="when", label_zh="日期", label_en="Date", type=m.DATE, **bounds)


@pytest.mark.parametrize(
    ("bounds", "typed", "words"),
    [
        ({"max": "today"}, "0001-01-01", "早于 2000-01-01"),
        ({}, "2099-01-01", "晚于 2031-12-03"),
    ],
)
def test_a_form_date_left_open_by_its_definition_still_has_an_end(bounds, typed, words):
    field = _date_field(**bounds)
    with pytest.raises(ValidationError, match=words) as err:
        clean_value(field, typed, where_of(field), today=TODAY)
    assert err.value.field == "when"


def test_a_form_date_with_its_own_min_keeps_it():
    field = _date_field(min="1900-01-01", max="today")
    assert clean_value(field, "1931-05-06", where_of(field), today=TODAY) == "1931-05-06"
