import math
from datetime import date

import pytest

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.facilities import assess_facilities, check_asset_fields, check_room_fields
from wulian_desk.core.money import format_yuan, parse_yuan
from wulian_desk.core.policy import FacilityMinimum

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("area", [-5, 0, math.nan, "abc", None, 10_001])
def test_room_area_must_be_a_positive_sane_number(area):
    with pytest.raises(ValidationError) as err:
        check_room_fields(name="个案室", room_type="counselling", area_m2=area, notes="")
    assert err.value.field == "area_m2"
    assert "面积" in str(err.value)


def test_room_area_message_names_what_was_typed():
    with pytest.raises(ValidationError, match=r"面积必须大于 0 平方米（输入的是 -5）"):
        check_room_fields(name="个案室", room_type="counselling", area_m2=-5, notes="")


def test_room_fields_are_cleaned():
    fields = check_room_fields(name="  小组活动室 ", room_type="group", area_m2="25.456", notes=" 南向 ")
    assert fields == {"name": "小组活动室", "room_type": "group", "area_m2": 25.46, "notes": "南向"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"room_type": "kitchen"}, "room_type"),
        ({"name": "长" * 61}, "name"),
    ],
)
def test_room_fields_refused(changes, field):
    fields = {"name": "个案室", "room_type": "counselling", "area_m2": 12, "notes": ""} | changes
    with pytest.raises(ValidationError) as err:
        check_room_fields(**fields)
    assert err.value.field == field


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"asset_tag": ""}, "asset_tag"),
        ({"name": ""}, "name"),
        ({"category": "car"}, "category"),
        ({"status": "lost"}, "status"),
        ({"purchase_date": date(2027, 1, 1)}, "purchase_date"),
        ({"value_fen": -1}, "value_fen"),
    ],
)
def test_asset_fields_refused(changes, field):
    fields = {
        "asset_tag": "WL-1",
        "name": "电脑",
        "category": "computer",
        "status": "in_use",
        "purchase_date": date(2024, 1, 1),
        "value_fen": 350000,
    } | changes
    with pytest.raises(ValidationError) as err:
        check_asset_fields(**fields, today=TODAY)
    assert err.value.field == field


@pytest.mark.parametrize(
    ("text", "fen"),
    [("3500", 350000), ("3,500.5", 350050), ("0.05", 5), ("12元", 1200), ("", None), ("  ", None)],
)
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["abc", "1.234", "1..2", "一千"])
def test_parse_yuan_refuses_non_amounts(text):
    with pytest.raises(ValidationError):
        parse_yuan(text)


def test_format_yuan():
    assert format_yuan(123456789) == "1,234,567.89"
    assert format_yuan(5) == "0.05"
    assert format_yuan(None) == ""


TOWNSHIP = FacilityMinimum("township", 60, ("office", "counselling", "group", "meeting"))


def test_assess_names_what_is_missing():
    result = assess_facilities(
        org_unit_id="u", name="城关镇", tier="township",
        rooms=[("office", 20), ("counselling", 15)], minimum=TOWNSHIP,
    )
    assert not result.met
    missing = {item.key for item in result.missing}
    assert missing == {"area", "room:group", "room:meeting"}
    area = next(i for i in result.items if i.key == "area")
    assert area.found_zh == "现有 35 平方米"


def test_assess_met_when_everything_is_there():
    result = assess_facilities(
        org_unit_id="u", name="城关镇", tier="township",
        rooms=[("office", 20), ("counselling", 15), ("group", 20), ("meeting", 5)], minimum=TOWNSHIP,
    )
    assert result.met and not result.missing


def test_assess_required_assets():
    county = FacilityMinimum("county", 100, ("office",), required_assets=("computer", "printer"))
    result = assess_facilities(
        org_unit_id="c", name="县总站", tier="county", rooms=[("office", 120)],
        asset_categories={"computer"}, minimum=county,
    )
    assert [i.key for i in result.missing] == ["asset:printer"]
