"""A draft client's problems all at once (for the window that marks them while the user types),
and the same rules refusing the first of them when the record is saved."""

from __future__ import annotations

from datetime import date

import pytest

from wulian_desk import catalogue
from wulian_desk.core.clients import ClientInput, check_client_fields, client_errors
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.core.validation import collect_errors, missing

TODAY = date(2026, 11, 22)


def draft(**changes) -> ClientInput:
    fields = {"name": "张三", "gender": "male", "org_unit_id": "unit-1", "birth_date": date(1950, 3, 7)}
    return ClientInput(**{**fields, **changes})


def test_a_good_draft_has_no_problems():
    assert client_errors(draft(), today=TODAY) == []
    assert check_client_fields(draft(name=" 张三 "), today=TODAY).name == "张三"


def test_every_problem_is_found_at_once_one_per_field_in_the_saving_order():
    bad = draft(name="", phone="12345", org_unit_id="", birth_date=date(2030, 1, 1),
                household=[{"name": "", "relation": "child"}])
    errors = client_errors(bad, today=TODAY)
    assert [e.field for e in errors] == ["name", "birth_date", "phone", "org_unit_id", "household"]
    assert errors[0].message == "请填写姓名。"
    with pytest.raises(ValidationError) as first:
        check_client_fields(bad, today=TODAY)
    assert (first.value.field, first.value.message) == ("name", "请填写姓名。")


def test_the_id_number_is_checked_against_birth_date_and_gender():
    errors = client_errors(draft(id_number="61032619500307001X", gender="female", phone="x"), today=TODAY)
    assert [e.field for e in errors] == ["gender", "phone"]
    assert errors[0].message == "性别选的是女，身份证号码第 17 位（1）表示男，两者不一致。"


def test_collect_errors_keeps_the_first_message_of_each_field():
    def refuse(field, text):
        def check():
            raise ValidationError(text, field=field)
        return check

    errors = collect_errors([refuse("a", "一"), lambda: None, refuse("a", "二"), refuse("b", "三"), refuse(None, "四")])
    assert [(e.field, e.message) for e in errors] == [("a", "一"), ("b", "三"), (None, "四")]
    label = translate("core.clients", "姓名")
    assert (missing("name", label).message, catalogue.english(missing("name", label).text)) == (
        "请填写姓名。", "Enter the name.")
