"""Form fields that stand for the client's or the case's (`fills`): refused at load where they
cannot, prefilled from the record, and compared with it after a save."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wulian_desk.core.forms import FormDefinitionError, parse_form
from wulian_desk.core.forms.loading import load_form_dir
from wulian_desk.core.forms.mapping import (
    consent_guardian,
    differences,
    kept_masked,
    prefill_answers,
    restore_masked,
)

MALFORMED = Path(__file__).resolve().parent / "forms_fixtures" / "malformed"
SHIPPED = Path(__file__).resolve().parents[2] / "forms"
MARK = "# ← 错误在此"
TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("fills_unknown_target.toml", "字段 mobile 的 fills“client.mobile”不认识（可用：client.name、"),
        ("fills_wrong_type.toml", "字段 born 是 text 类型，不能对应 client.birth_date（出生日期应放在 date 类型的字段）"),
        ("fills_without_mask.toml", "字段 phone 对应 client.phone，须同时声明 mask = \"phone\""),
        ("fills_twice.toml", "字段 name_again 和 name 都对应 client.name，只能有一个"),
        ("fills_in_repeat.toml", "重复组 members 里的字段 member_name 不能对应 client.name"),
        ("fills_gender_options.toml", "字段 sex 对应 client.gender，选项须包括 male、female"),
    ],
)
def test_a_field_that_cannot_fill_its_target_is_refused_at_its_line(name, reason):
    text = (MALFORMED / name).read_text(encoding="utf-8")
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(text, filename=f"forms/{name}")
    marked = next(n for n, line in enumerate(text.splitlines(), start=1) if MARK in line)
    assert caught.value.line == marked
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"表单文件 forms/{name} 第 {marked} 行：")


def shipped():
    forms, errors = load_form_dir(SHIPPED)
    assert errors == []
    return {form_id: form for (form_id, _version), form in forms.items()}


def fills_of(form) -> dict[str, str]:
    return {e.key: e.fills for e in form.entries() if getattr(e, "fills", None)}


def test_every_shipped_case_form_maps_the_fields_that_are_the_clients_or_the_cases():
    forms = shipped()
    assert fills_of(forms["intake"]) == {
        "intake_date": "case.opened_on", "worker": "case.worker", "client_name": "client.name",
        "id_number": "client.id_number", "gender": "client.gender", "birth_date": "client.birth_date",
        "phone": "client.phone", "address": "client.address", "is_minor": "client.is_minor",
        "consent_signed": "client.consent", "guardian_name": "consent.guardian_name",
        "guardian_relation": "consent.guardian_relation",
    }
    assert fills_of(forms["elder_ability"])["elder_id_number"] == "client.id_number"
    assert fills_of(forms["child_needs"])["child_name"] == "client.name"
    assert fills_of(forms["referral"])["consent_to_share"] == "client.referral_consent"
    assert fills_of(forms["closure"]) == {"service_start": "case.opened_on", "worker": "case.worker"}
    assert fills_of(forms["needs_assessment"]) == {"assessor": "case.worker", "risk_level": "case.risk"}
    for form_id in ("service_plan", "process_record"):
        assert fills_of(forms[form_id]), form_id


FACTS = {
    "client.name": "王秀兰", "client.gender": "female", "client.birth_date": "1948-05-06",
    "client.id_number": "610113194805061227", "client.phone": "13812345678", "client.address": "城关镇南街 12 号",
    "client.consent": None, "client.is_minor": False, "case.worker": "李晓", "case.opened_on": "2026-12-01",
    "user.name": "李晓",
}


def test_a_new_form_starts_with_what_the_record_holds():
    form = shipped()["intake"]
    answers = prefill_answers(form, FACTS)
    assert answers == {
        "intake_date": "2026-12-01", "worker": "李晓", "client_name": "王秀兰", "id_number": "610113194805061227",
        "gender": "female", "birth_date": "1948-05-06", "phone": "13812345678", "address": "城关镇南街 12 号",
        "is_minor": False,
    }  # no consent on record: consent_signed is left for the worker to answer


def test_a_number_left_masked_is_the_records_and_a_changed_one_is_not():
    form = shipped()["intake"]
    shown = {"id_number": "6101**********1227", "phone": "138****5678"}
    answers = {"id_number": "6101**********1227", "phone": "13900001111", "client_name": "王秀兰"}
    assert kept_masked(form, answers, shown) == {"id_number"}
    restored = restore_masked(form, answers, FACTS, shown)
    assert restored == {"id_number": "610113194805061227", "phone": "13900001111", "client_name": "王秀兰"}


def test_differences_name_each_field_the_form_says_otherwise():
    form = shipped()["intake"]
    answers = {
        **prefill_answers(form, FACTS),
        "client_name": " 王秀兰 ",  # the same once cleaned
        "id_number": "6101**********1227",  # masked: as in the record
        "phone": "13900001111",
        "address": "",  # blank never erases
        "birth_date": "1948-05-07",
        "worker": "陈一",  # the case's worker is only prefilled, never written back
        "consent_signed": True,
    }
    found = differences(form, answers, FACTS, today=TODAY)
    assert [(d.key, d.target, d.current, d.proposed) for d in found] == [
        ("birth_date", "client.birth_date", "1948-05-06", "1948-05-07"),
        ("phone", "client.phone", "13812345678", "13900001111"),
        ("consent_signed", "client.consent", None, True),
    ]
    assert found[0].label_zh == "出生日期"


def test_a_consent_is_only_given_through_a_form_never_withdrawn():
    form = shipped()["intake"]
    consented = {**FACTS, "client.consent": True}
    assert differences(form, {"consent_signed": False}, consented, today=TODAY) == []
    assert differences(form, {"consent_signed": True}, consented, today=TODAY) == []
    assert differences(form, {"consent_signed": False}, FACTS, today=TODAY) == []


def test_an_invalid_answer_is_no_difference():
    form = shipped()["referral"]
    facts = {"client.referral_consent": None}
    assert differences(form, {"consent_to_share": "maybe"}, facts, today=TODAY) == []
    assert [d.target for d in differences(form, {"consent_to_share": True}, facts, today=TODAY)] == [
        "client.referral_consent"]
    intake = shipped()["intake"]
    assert differences(intake, {"phone": "12345"}, FACTS, today=TODAY) == []  # refused by the form anyway


def test_the_guardian_a_form_names_is_read_in_words_and_only_when_shown():
    form = shipped()["intake"]
    minor = {"is_minor": True, "guardian_name": " 李梅 ", "guardian_relation": "parent"}
    assert consent_guardian(form, minor) == ("李梅", "父母")
    assert consent_guardian(form, {**minor, "is_minor": False}) == ("", "")  # hidden: no guardian
