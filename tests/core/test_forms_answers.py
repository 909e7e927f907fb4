"""Answers checked against a real form (接案登记表): every rule refuses with the field path and a
Chinese message naming the field; hidden answers are dropped; repeat groups are checked per item."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest

from wulian_desk.catalogue import english
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import (
    answer_problems,
    parse_form,
    render_readable,
    render_sections,
    validate_answers,
)
from wulian_desk.core.identity import make_id_number

FORMS = Path(__file__).resolve().parents[2] / "forms"
TODAY = date(2024, 3, 6)
ID_NUMBER = make_id_number("610326", date(1948, 5, 12), 3, "female")


def _load(name: str):
    return parse_form((FORMS / name).read_text(encoding="utf-8"), filename=name)


INTAKE = _load("intake.v1.toml")

VALID = {
    "intake_date": "2024-03-05",
    "source": "community",
    "referring_party": "幸福社区居委会 李主任",
    "worker": "王芳",
    "client_name": "张秀兰",
    "id_number": ID_NUMBER,
    "gender": "female",
    "birth_date": "1948-05-12",
    "phone": "13812345678",
    "address": "眉县首善街道幸福社区 3 号楼 2 单元 401",
    "area_kind": "urban",
    "target_groups": ["empty_nest_elder", "dibao"],
    "is_minor": False,
    "household_members": [
        {"name": "李建国", "relation": "child", "age": 52, "lives_together": False, "note": "在西安务工"},
    ],
    "presenting_problem": "老伴去年去世后独居，腿脚不便，买菜做饭困难，常说心里闷。",
    "problem_areas": ["daily_care", "emotions"],
    "urgency": "urgent",
    "safety_risk": False,
    "decision": "accept",
    "consent_signed": True,
}


_DROP = object()  # marks an answer to leave out


def _with(**changes) -> dict:
    answers = copy.deepcopy(VALID)
    for key, value in changes.items():
        if value is _DROP:
            answers.pop(key, None)
        else:
            answers[key] = value
    return answers



def test_valid_answers_come_back_cleaned():
    cleaned = validate_answers(INTAKE, _with(household_members=[{"name": " 李建国 ", "relation": "child", "age": "52"}]), today=TODAY)
    assert cleaned["client_name"] == "张秀兰"
    assert cleaned["household_members"] == [{"name": "李建国", "relation": "child", "age": 52}]
    # Multiple choices are stored in the definition's order, whatever order they were ticked in.
    assert cleaned["target_groups"] == ["dibao", "empty_nest_elder"]
    assert cleaned["is_minor"] is False
    assert cleaned["intake_date"] == "2024-03-05"


def test_a_date_object_and_a_lower_case_x_are_normalised():
    number = make_id_number("320102", date(1990, 1, 1), 7, "male")
    answers = _with(intake_date=date(2024, 3, 1), id_number=number.lower())
    cleaned = validate_answers(INTAKE, answers, today=TODAY)
    assert cleaned["intake_date"] == "2024-03-01"
    assert cleaned["id_number"] == number


@pytest.mark.parametrize(
    ("changes", "path", "message"),
    [
        ({"client_name": ""}, "client_name", "请填写「姓名」。"),
        ({"client_name": _DROP}, "client_name", "请填写「姓名」。"),
        ({"client_name": "张" * 51}, "client_name", "「姓名」最多 50 个字"),
        ({"gender": None}, "gender", "请选择「性别」。"),
        ({"gender": "unknown"}, "gender", "「性别」的选项“unknown”不在可选范围内"),
        ({"phone": "12345"}, "phone", "「联系电话」：请填写 11 位手机号码"),
        ({"id_number": ID_NUMBER[:-1] + ("0" if ID_NUMBER[-1] != "0" else "1")}, "id_number", "「身份证号码」：身份证号码校验位不对"),
        ({"id_number": "61032619480512"}, "id_number", "「身份证号码」：身份证号码应为 18 位"),
        ({"birth_date": "1948-13-01"}, "birth_date", "「出生日期」应为日期"),
        ({"birth_date": "12/05/1948"}, "birth_date", "「出生日期」应为日期"),
        ({"birth_date": "2030-01-01"}, "birth_date", "「出生日期」2030-01-01 晚于今天（"),
        ({"birth_date": "1899-12-31"}, "birth_date", "「出生日期」早于 1900-01-01（填的是 1899-12-31）"),
        ({"target_groups": ["alien"]}, "target_groups", "「服务对象类别」的选项“alien”不在可选范围内"),
        ({"target_groups": "dibao"}, "target_groups", "「服务对象类别」应为一组选项"),
        ({"problem_areas": []}, "problem_areas", "请选择「问题涉及方面」。"),
        ({"is_minor": "maybe"}, "is_minor", "「服务对象是否未满 18 周岁」应选择“是”或“否”"),
        ({"source": "agency", "referring_party": ""}, "referring_party", "请填写「转介单位及联系人」。"),
        ({"is_minor": True}, "guardian_name", "请填写「监护人姓名」。"),
        ({"safety_risk": True}, "safety_details", "请填写「风险情况及已采取的措施」。"),
        ({"decision": "refer"}, "decision_reason", "请填写「不接案的原因」。"),
        ({"favourite_colour": "红"}, "favourite_colour", "表单「接案登记表」（第 1 版）中没有“favourite_colour”这一项"),
    ],
)
def test_each_rule_refuses_with_the_field_path_and_a_chinese_message(changes, path, message):
    with pytest.raises(ValidationError) as caught:
        validate_answers(INTAKE, _with(**changes), today=TODAY)
    assert caught.value.field == path
    assert message in str(caught.value)
    assert english(caught.value.text) != str(caught.value)  # the log and the English UI get a sentence too


@pytest.mark.parametrize(
    ("member", "path", "message"),
    [
        ({"name": "李建国", "relation": "child", "age": 150}, "household_members[0].age", "「家庭成员」第 1 项的「年龄」不能大于 120岁"),
        ({"name": "李建国", "relation": "child", "age": -1}, "household_members[0].age", "不能小于 0岁"),
        ({"name": "李建国", "relation": "child", "age": 3.5}, "household_members[0].age", "「年龄」应为整数"),
        ({"name": "李建国", "relation": "child", "age": "五十"}, "household_members[0].age", "「年龄」应填写数字"),
        ({"name": "李建国", "relation": "child", "age": True}, "household_members[0].age", "「年龄」应填写数字"),
        ({"relation": "child"}, "household_members[0].name", "请填写「家庭成员」第 1 项的「姓名」。"),
        ({"name": "李建国", "relation": "cousin"}, "household_members[0].relation", "选项“cousin”不在可选范围内"),
        ({"name": "李建国", "relation": "child", "pet": "猫"}, "household_members[0].pet", "没有“pet”这一项"),
    ],
)
def test_repeat_group_items_are_checked_one_by_one(member, path, message):
    with pytest.raises(ValidationError) as caught:
        validate_answers(INTAKE, _with(household_members=[member]), today=TODAY)
    assert caught.value.field == path
    assert message in str(caught.value)


def test_empty_rows_are_skipped_but_keep_their_index_in_the_path():
    rows = [{}, {"name": "", "note": "  "}, {"name": "李建国", "relation": "cousin"}]
    with pytest.raises(ValidationError) as caught:
        validate_answers(INTAKE, _with(household_members=rows), today=TODAY)
    assert caught.value.field == "household_members[2].relation"
    assert "第 3 项" in str(caught.value)
    cleaned = validate_answers(INTAKE, _with(household_members=[{}, {"name": "李建国", "relation": "child"}]), today=TODAY)
    assert cleaned["household_members"] == [{"name": "李建国", "relation": "child"}]


def test_a_repeat_group_holds_no_more_than_max_items():
    rows = [{"name": f"成员{i}", "relation": "other"} for i in range(16)]
    with pytest.raises(ValidationError) as caught:
        validate_answers(INTAKE, _with(household_members=rows), today=TODAY)
    assert caught.value.field == "household_members"
    assert "「家庭成员」最多 15 项，现在有 16 项" in str(caught.value)


def test_a_repeat_group_needs_min_items():
    plan = _load("service_plan.v1.toml")
    answers = {
        "plan_date": "2024-03-05", "worker": "王芳", "problem_summary": "独居，做饭困难。",
        "methods": ["casework"], "goals": [], "review_date": "2024-04-05", "client_agreed": True,
        "tasks": [{"task": "联系助餐点", "party": "worker", "who": "王芳", "by_when": "2024-03-12"}],
    }
    with pytest.raises(ValidationError) as caught:
        validate_answers(plan, answers, today=TODAY)
    assert caught.value.field == "goals"
    assert "「服务目标」至少需要 1 项，现在有 0 项" in str(caught.value)
    answers["goals"] = [{"goal": "每天吃上热饭", "measure": "每周至少 5 天到助餐点就餐", "target_date": "2024-04-30"}]
    cleaned = validate_answers(plan, answers, today=TODAY)
    assert cleaned["tasks"][0]["by_when"] == "2024-03-12"


def test_hidden_answers_are_dropped_and_not_checked():
    answers = _with(
        source="self",  # the referring party is asked only for community and agency referrals
        is_minor=False,
        guardian_name="某某",
        guardian_phone="not a phone",  # invalid, but hidden, so never checked
    )
    cleaned = validate_answers(INTAKE, answers, today=TODAY)
    assert "referring_party" not in cleaned
    assert "guardian_name" not in cleaned
    assert "guardian_phone" not in cleaned


def test_shown_conditional_answers_are_kept_and_checked():
    answers = _with(is_minor=True, guardian_name="张父", guardian_relation="parent", guardian_phone="0917-5551234")
    cleaned = validate_answers(INTAKE, answers, today=TODAY)
    assert cleaned["guardian_phone"] == "0917-5551234"
    with pytest.raises(ValidationError) as caught:
        validate_answers(INTAKE, {**answers, "guardian_phone": "5551234"}, today=TODAY)
    assert caught.value.field == "guardian_phone"


def test_a_yes_no_typed_as_text_still_controls_visibility():
    answers = _with(is_minor="是")
    with pytest.raises(ValidationError) as caught:
        validate_answers(INTAKE, answers, today=TODAY)
    assert caught.value.field == "guardian_name"


def test_a_condition_on_a_multiple_choice_means_it_was_ticked():
    needs = _load("needs_assessment.v1.toml")
    base = {
        "assessment_date": "2024-03-05", "assessor": "王芳", "methods": ["home_visit"], "informants": ["client"],
        "physical_health": "poor", "emotional_state": "fair", "economic_state": "poor", "housing_state": "fair",
        "family_support": "poor", "social_support": "fair", "needs": ["daily_care"], "priority_need": "助餐",
        "risk_level": "low", "summary": "需要助餐和陪伴。", "recommendation": "casework",
        "disability_certificate": True,
    }
    assert "disability_certificate" not in validate_answers(needs, base, today=TODAY)
    shown = validate_answers(needs, {**base, "chronic_conditions": ["hypertension", "disability"]}, today=TODAY)
    assert shown["disability_certificate"] is True


def test_all_problems_at_once_for_a_screen_to_mark():
    problems = answer_problems(INTAKE, _with(client_name="", gender="x", phone="1"), today=TODAY)
    assert [p.field for p in problems] == ["client_name", "gender", "phone"]


def test_answers_must_be_a_mapping():
    with pytest.raises(ValidationError):
        validate_answers(INTAKE, ["not", "a", "dict"], today=TODAY)


def test_readable_rows_follow_the_form_and_skip_hidden_fields():
    cleaned = validate_answers(INTAKE, _with(source="self"), today=TODAY)
    rows = dict(render_readable(INTAKE, cleaned))
    assert rows["接案日期"] == "2024年3月5日"
    assert rows["性别"] == "女"
    assert rows["服务对象类别"] == "低保对象、空巢老人"
    assert rows["服务对象是否未满 18 周岁"] == "否"
    assert rows["家庭成员 1 · 关系"] == "子女"
    assert rows["家庭成员 1 · 年龄"] == "52岁"
    assert rows["联系电话"] == "13812345678"
    assert "转介单位及联系人" not in rows and "监护人姓名" not in rows
    labels = [label for label, _ in render_readable(INTAKE, cleaned)]
    assert labels.index("接案日期") < labels.index("姓名") < labels.index("处理决定")
    titles = [title for title, _ in render_sections(INTAKE, cleaned)]
    assert titles == ["接案信息", "服务对象基本情况", "求助问题", "接案决定"]
