"""English for form texts: every shipped form has it; a county's form may go without and still loads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wulian_desk.catalogue import english
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import FormDefinitionError, parse_form
from wulian_desk.core.forms.english import english_gaps
from wulian_desk.core.forms.values import clean_value, where_of

SHIPPED = Path(__file__).resolve().parents[2] / "forms"

# A form a county might write: Chinese only, one shared option set, a scale with an adjustment.
# Each "# ← label_en" names the English the line lacks, so the test knows where a gap must point.
COUNTY_FORM = """\
id = "county_visit"
version = 1
title_zh = "县级探访记录"  # ← title_en
description = "记录探访情况。"  # ← description_en

[option_sets]
level = [
  { code = "low", zh = "低", en = "Low", score = 0 },
  { code = "high", zh = "高", score = 1 },  # ← en
]

[[sections]]
title = "探访"  # ← title_en

[[sections.fields]]
key = "visits"  # ← label_en
type = "number"
label_zh = "探访次数"
unit = "次"  # ← unit_en
help = "本月累计。"  # ← help_en

[[sections.fields]]
key = "phone"
type = "text"
label_zh = "电话"
label_en = "Phone"
pattern = "[0-9]{11}"
pattern_message = "请填写 11 位手机号码。"  # ← pattern_message_en

[[sections.fields]]
key = "need"
type = "scale_item"
label_zh = "需求程度"
label_en = "Level of need"
help = "按最近一周评定。"
help_en = "As in the past week."
scale = "need_level"
option_set = "level"

[[sections.fields]]
key = "helpers"
type = "repeat"
label_zh = "协助人员"
label_en = "Helpers"
help = "不含社工本人。"  # ← help_en

[[sections.fields.fields]]
key = "name"  # ← label_en
type = "text"
label_zh = "姓名"

[[sections.fields.fields]]
key = "role"
type = "single_choice"
label_zh = "身份"
label_en = "Role"
options = [
  { code = "volunteer", zh = "志愿者", en = "Volunteer" },
  { code = "relative", zh = "亲属" },  # ← en
]

[[scales]]
key = "need_level"  # ← label_en
label_zh = "需求等级"
bands = [
  { min = 0, max = 0, code = "ordinary", label_zh = "一般", label_en = "Ordinary" },
  { min = 1, max = 1, code = "urgent", label_zh = "紧急" },  # ← label_en
]
adjust_toward = "high"

[[scales.adjustments]]
when = { field = "visits", equals = 0 }
set_band = "urgent"
label_zh = "本月未探访，列为紧急"  # ← label_en
"""


def _marked(text: str) -> list[tuple[int, str]]:
    return [(n, line.split("# ← ")[1].strip()) for n, line in enumerate(text.splitlines(), start=1) if "# ← " in line]


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.toml")), ids=lambda p: p.name)
def test_every_text_of_a_shipped_form_has_its_english(path):
    gaps = english_gaps(path.read_text(encoding="utf-8"), filename=path.name)
    assert [str(g) for g in gaps] == []
    form = parse_form(path.read_text(encoding="utf-8"), filename=path.name)
    # The English really is read into the definition, not only written in the file.
    assert not form.description or form.description_en
    for entry in form.entries():
        for sub in (entry, *getattr(entry, "fields", ())):
            assert not sub.help or sub.help_en, sub.key


def test_a_county_form_without_english_loads_and_shows_its_chinese():
    form = parse_form(COUNTY_FORM, filename="forms/county_visit.v1.toml")
    visits = form.entry("visits")
    assert (visits.help, visits.help_en, visits.unit_en) == ("本月累计。", "", "")
    assert form.description_en == ""


def test_each_missing_english_is_named_at_its_line():
    gaps = english_gaps(COUNTY_FORM, filename="forms/county_visit.v1.toml")
    assert [(g.line, g.reason.split("缺少英文 ")[1].split("（")[0]) for g in gaps] == _marked(COUNTY_FORM)
    first = gaps[0]
    assert str(first) == "表单文件 forms/county_visit.v1.toml 第 3 行：表单缺少英文 title_en（中文为“县级探访记录”）。"
    assert english(first.text) == "Form file forms/county_visit.v1.toml, line 3: title_en is missing (the Chinese is “县级探访记录”)."
    help_gap = next(g for g in gaps if "help_en" in g.reason)
    assert "字段 visits " in help_gap.reason and "本月累计。" in help_gap.reason


def test_the_english_texts_are_read_where_they_are_written():
    text = (COUNTY_FORM
            .replace('unit = "次"', 'unit = "次"\nunit_en = "visits"')
            .replace('help = "本月累计。"', 'help = "本月累计。"\nhelp_en = "So far this month."')
            .replace('description = "记录探访情况。"', 'description = "记录探访情况。"\ndescription_en = "What the visit found."')
            .replace('pattern_message = "请填写 11 位手机号码。"',
                     'pattern_message = "请填写 11 位手机号码。"\npattern_message_en = "enter an 11-digit mobile number."')
            .replace('label_zh = "本月未探访，列为紧急"', 'label_zh = "本月未探访，列为紧急"\nlabel_en = "No visit this month: urgent"')
            .replace('help = "不含社工本人。"', 'help = "不含社工本人。"\nhelp_en = "Not counting the worker."'))
    form = parse_form(text, filename="county_visit.v1.toml")
    visits = form.entry("visits")
    assert (visits.help_en, visits.unit_en) == ("So far this month.", "visits")
    assert form.description_en == "What the visit found."
    assert form.entry("phone").pattern_message_en == "enter an 11-digit mobile number."
    assert form.entry("helpers").help_en == "Not counting the worker."
    assert form.scale("need_level").adjustments[0].label_en == "No visit this month: urgent"
    left = {g.reason.split("缺少英文 ")[1].split("（")[0] for g in english_gaps(text, filename="county_visit.v1.toml")}
    assert left == {"title_en", "label_en", "en"}


def test_an_english_text_must_be_text():
    text = COUNTY_FORM.replace('help = "本月累计。"', 'help = "本月累计。"\nhelp_en = 3')
    with pytest.raises(FormDefinitionError, match="help_en 应为非空文字"):
        parse_form(text, filename="county_visit.v1.toml")


def test_a_pattern_mismatch_is_explained_in_english_too():
    form = parse_form((SHIPPED / "intake.v1.toml").read_text(encoding="utf-8"), filename="intake.v1.toml")
    phone = form.entry("phone")
    with pytest.raises(ValidationError) as caught:
        clean_value(phone, "12345", where_of(phone), today=date(2026, 12, 6))
    assert phone.pattern_message in str(caught.value)
    assert english(caught.value.text) == f"{phone.label_en}: {phone.pattern_message_en}"
