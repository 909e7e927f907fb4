"""A client's own fields: the household members' checks."""

from datetime import date

import pytest

from wulian_desk.core.clients import MAX_HOUSEHOLD, check_household
from wulian_desk.core.errors import ValidationError

TODAY = date(2026, 11, 22)


def test_members_are_cleaned_and_years_made_numbers():
    members = [{"name": " 李建国 ", "relation": "child", "birth_year": "1970"},
               {"name": "王芳", "relation": "spouse", "birth_year": None},
               {"name": "小明", "relation": "grandchild", "birth_year": 2015}]
    assert check_household(members, today=TODAY) == [
        {"name": "李建国", "relation": "child", "birth_year": 1970},
        {"name": "王芳", "relation": "spouse", "birth_year": None},
        {"name": "小明", "relation": "grandchild", "birth_year": 2015},
    ]
    assert check_household([], today=TODAY) == []


@pytest.mark.parametrize(("members", "message"), [
    ([{"name": "", "relation": "child"}], "请填写第 1 位家庭成员的姓名。"),
    ([{"name": "王芳", "relation": "spouse"}, {"name": "李", "relation": "cousin"}],
     "请选择第 2 位家庭成员（李）与服务对象的关系。"),
    ([{"name": "李建国", "relation": "child", "birth_year": "七零"}], "第 1 位家庭成员的出生年份应为四位数字，如 1948。"),
    ([{"name": "李建国", "relation": "child", "birth_year": "1899"}], "第 1 位家庭成员的出生年份应在 1900 到 2026 之间。"),
    ([{"name": "李建国", "relation": "child", "birth_year": 2027}], "第 1 位家庭成员的出生年份应在 1900 到 2026 之间。"),
    ([{"name": "李" * 41, "relation": "child"}], "第 1 位家庭成员的姓名不能超过 40 个字。"),
    ([{"name": "甲", "relation": "other"}] * (MAX_HOUSEHOLD + 1), f"家庭成员最多登记 {MAX_HOUSEHOLD} 人。"),
    ("李建国", "家庭成员的格式不对。"),
])
def test_bad_members_are_refused_with_the_member_named(members, message):
    with pytest.raises(ValidationError) as refused:
        check_household(members, today=TODAY)
    assert str(refused.value) == message
    assert refused.value.field == "household"
