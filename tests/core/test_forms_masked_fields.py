"""Form fields declare the personal value they hold (`mask = ...`), and a masked print masks each
answer by that declaration, and every other typed answer by the shape of the numbers in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wulian_desk.core.forms import (
    FormDefinitionError,
    RepeatGroup,
    load_forms,
    mask_answers,
    parse_form,
)

SHIPPED = Path(__file__).resolve().parents[2] / "forms"
ID_X = "11010519491231002X"

FORM = '''
id = "visit"
version = 1
title_zh = "走访记录"

[[sections]]
title = "走访"

[[sections.fields]]
key = "phone"
type = "text"
label_zh = "联系方式"
mask = "phone"

[[sections.fields]]
key = "home"
type = "long_text"
label_zh = "住处"
mask = "address"

[[sections.fields]]
key = "card"
type = "id_number"
label_zh = "证件"

[[sections.fields]]
key = "notes"
type = "long_text"
label_zh = "情况"

[[sections.fields]]
key = "visits"
type = "number"
label_zh = "次数"

[[sections.fields]]
key = "kind"
type = "single_choice"
label_zh = "类型"
options = [{ code = "home", zh = "入户" }]

[[sections.fields]]
key = "people"
type = "repeat"
label_zh = "在场人员"

[[sections.fields.fields]]
key = "contact"
type = "text"
label_zh = "联系方式"
mask = "phone"

[[sections.fields.fields]]
key = "remark"
type = "text"
label_zh = "备注"
'''


def test_a_field_declares_what_it_holds():
    form = parse_form(FORM, filename="visit.v1.toml")
    assert form.entry("phone").mask == "phone"
    assert form.entry("home").mask == "address"
    assert form.entry("notes").mask is None
    assert form.entry("people").field("contact").mask == "phone"


def test_an_unknown_mask_is_refused_with_its_line():
    text = FORM.replace('mask = "address"', 'mask = "postcode"')
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(text, filename="visit.v1.toml")
    assert "mask" in caught.value.reason
    assert text.splitlines()[caught.value.line - 1].startswith("mask")


def test_mask_is_refused_on_a_type_that_does_not_take_it():
    text = FORM.replace('type = "number"\nlabel_zh = "次数"', 'type = "number"\nlabel_zh = "次数"\nmask = "phone"')
    with pytest.raises(FormDefinitionError):
        parse_form(text, filename="visit.v1.toml")


def test_answers_are_masked_by_declaration_and_by_shape():
    form = parse_form(FORM, filename="visit.v1.toml")
    answers = {
        "phone": "029-88886666", "home": "陕西省西安市雁塔区长安中路88号3单元502室", "card": ID_X,
        "notes": f"邻居电话13812345678，身份证{ID_X}", "visits": 3, "kind": "home",
        "people": [{"contact": "13912345678", "remark": "座机(029)88886666"}],
        "dropped_in_a_later_version": "旧电话13712345678",
    }
    masked = mask_answers(form, answers)
    assert masked == {
        "phone": "********6666", "home": "陕西省西安市雁塔区****", "card": "1101**********002X",
        "notes": "邻居电话138****5678，身份证1101**********002X", "visits": 3, "kind": "home",
        "people": [{"contact": "139****5678", "remark": "座机(029)****6666"}],
        "dropped_in_a_later_version": "旧电话137****5678",
    }
    assert answers["phone"] == "029-88886666"  # the stored answers are not touched


def test_answers_without_a_definition_are_masked_as_free_text():
    assert mask_answers(None, {"a": "13812345678", "b": [{"c": ID_X}], "n": 5}) == {
        "a": "138****5678", "b": [{"c": "1101**********002X"}], "n": 5}


# Labels are never used to decide masking at run time; this check only makes sure that every
# shipped field that asks for a phone or an address says so in its definition.
_PHONE_LABEL = re.compile("电话|手机")
_ADDRESS_LABEL = re.compile("地址|住址|住所")


def _shipped_fields():
    forms, errors = load_forms({p.name: p.read_text(encoding="utf-8") for p in SHIPPED.glob("*.toml")})
    assert errors == []
    for form in forms.values():
        for entry in form.entries():
            fields = entry.fields if isinstance(entry, RepeatGroup) else (entry,)
            for field in fields:
                yield form.id, field


def test_every_shipped_phone_and_address_field_declares_its_mask():
    undeclared = []
    for form_id, field in _shipped_fields():
        if field.type not in ("text", "long_text"):
            continue
        if _PHONE_LABEL.search(field.label_zh) and field.mask != "phone":
            undeclared.append(f"{form_id}.{field.key}")
        if _ADDRESS_LABEL.search(field.label_zh) and field.mask != "address":
            undeclared.append(f"{form_id}.{field.key}")
    assert undeclared == []


def test_the_intake_form_declares_its_phone_and_address_fields():
    declared = {(form_id, f.key): f.mask for form_id, f in _shipped_fields() if f.mask}
    assert declared[("intake", "phone")] == "phone"
    assert declared[("intake", "address")] == "address"
    assert declared[("intake", "guardian_phone")] == "phone"
