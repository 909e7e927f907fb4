"""Form files: refused with the file, the line and the reason; one broken file never stops the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from wulian_desk.catalogue import english
from wulian_desk.core.errors import WulianError
from wulian_desk.core.forms import FormDefinitionError, load_forms, parse_form
from wulian_desk.core.forms.loading import load_form_dir

FIXTURES = Path(__file__).resolve().parent / "forms_fixtures"
MALFORMED = FIXTURES / "malformed"
SHIPPED = Path(__file__).resolve().parents[2] / "forms"
MARK = "# ← 错误在此"


def _marked_line(text: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if MARK in line)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("syntax_error.toml", "TOML 格式错误"),
        ("unknown_type.toml", "类型“integer”不认识"),
        ("duplicate_key.toml", "key “name”重复（第 9 行已经用过）"),
        ("bad_visible_if.toml", "visible_if 引用了不存在的字段“is_child”"),
        ("overlapping_bands.toml", "low（0–2）与 high（2–4）重叠"),
        ("band_gap.toml", "总分 5–5 没有对应的分级"),
        ("option_without_code.toml", "有选项缺少 code"),
        ("missing_version.toml", "缺少版本号 version"),
        ("visible_if_loop.toml", "visible_if 形成循环：a → b → a"),
    ],
)
def test_a_malformed_file_is_refused_with_file_line_and_reason(name, reason):
    text = (MALFORMED / name).read_text(encoding="utf-8")
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(text, filename=f"forms/{name}")
    err = caught.value
    assert isinstance(err, WulianError)
    assert err.filename == f"forms/{name}"
    assert err.line == _marked_line(text)
    assert reason in err.reason
    # The message a person sees is Chinese first and carries all three.
    assert str(err).startswith(f"表单文件 forms/{name} 第 {err.line} 行：")
    assert reason in str(err)
    assert f"line {err.line}" in english(err.text)


def test_the_other_files_still_load_when_some_are_broken():
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(MALFORMED.glob("*.toml"))}
    texts.update({p.name: p.read_text(encoding="utf-8") for p in SHIPPED.glob("*.toml")})
    forms, errors = load_forms(texts)
    assert sorted(e.filename for e in errors) == sorted(p.name for p in MALFORMED.glob("*.toml"))
    assert {form_id for form_id, _ in forms} >= {"intake", "elder_ability", "service_plan"}
    assert len(forms) == len(list(SHIPPED.glob("*.toml")))


def test_the_same_id_and_version_in_two_files_keeps_the_first():
    text = (FIXTURES / "visit.v1.toml").read_text(encoding="utf-8")
    forms, errors = load_forms({"a_visit.toml": text, "b_visit.toml": text})
    assert forms[("home_visit", 1)].source == "a_visit.toml"
    [err] = errors
    assert err.filename == "b_visit.toml"
    assert err.line == 4  # the `version = 1` line
    assert "已在 a_visit.toml 中定义" in err.reason


def test_two_versions_of_a_form_are_both_kept():
    texts = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.glob("visit.v*.toml")}
    forms, errors = load_forms(texts)
    assert errors == []
    assert set(forms) == {("home_visit", 1), ("home_visit", 2)}


def test_a_folder_is_read_and_an_unreadable_file_is_reported(tmp_path):
    (tmp_path / "visit.v1.toml").write_text((FIXTURES / "visit.v1.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "gbk.toml").write_bytes("title_zh = \"接案\"".encode("gbk"))
    (tmp_path / "notes.txt").write_text("not a form", encoding="utf-8")
    forms, errors = load_form_dir(tmp_path)
    assert list(forms) == [("home_visit", 1)]
    [err] = errors
    assert err.filename.endswith("gbk.toml")
    assert "UTF-8" in err.reason


def _form(fields: str, extra: str = "") -> str:
    return f'id = "t"\nversion = 1\ntitle_zh = "测试"\n\n[[sections]]\ntitle = "一"\n{fields}{extra}'


M = f"  {MARK}"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_form(f'\n[[sections.fields]]\nkey = "a"\ntype = "text"\nlabel_zh = "甲"\nlable_en = "A"{M}\n'), "不认识的属性“lable_en”"),
        (_form(f'\n[[sections.fields]]\nkey = "Name"{M}\ntype = "text"\nlabel_zh = "甲"\n'), "不是英文小写加下划线"),
        (_form(f'\n[[sections.fields]]\nkey = "a"\ntype = "text"\nlabel_zh = "甲"\npattern = "(["{M}\n'), "不是有效的正则表达式"),
        (_form(f'\n[[sections.fields]]\nkey = "a"\ntype = "number"\nlabel_zh = "甲"\nmin = 5\nmax = 1{M}\n'), "max 小于 min"),
        (_form('\n[[sections.fields]]\nkey = "a"\ntype = "single_choice"\nlabel_zh = "甲"\n'
               f'options = [{{ code = "x", zh = "叉" }}]\ndefault = "y"{M}\n'), "默认值不可用"),
        (_form(f'\n[[sections.fields]]\nkey = "a"\ntype = "single_choice"\nlabel_zh = "甲"\noptions = []{M}\n'), "选项应为非空列表"),
        (_form('\n[[sections.fields]]\nkey = "a"\ntype = "yes_no"\nlabel_zh = "甲"\n'
               f'\n[[sections.fields]]\nkey = "b"\ntype = "text"\nlabel_zh = "乙"\nvisible_if = {{ field = "a", equals = "yes" }}{M}\n'),
         "只能与 true 或 false 比较"),
        (_form('\n[[sections.fields]]\nkey = "a"\ntype = "scale_item"\nlabel_zh = "甲"\nscale = "s"\n'
               f'options = [{{ code = "x", zh = "叉" }}]{M}\n'), "选项 x 缺少 score"),
        (_form(f'\n[[sections.fields]]\nkey = "a"\ntype = "computed"\nlabel_zh = "甲"\nscale = "nope"{M}\ncompute = "total"\n'),
         "量表“nope”没有定义"),
        (_form('\n[[sections.fields]]\nkey = "g"\ntype = "repeat"\nlabel_zh = "组"\n'
               f'\n[[sections.fields.fields]]\nkey = "h"{M}\ntype = "repeat"\nlabel_zh = "内组"\n'
               '\n[[sections.fields.fields.fields]]\nkey = "x"\ntype = "text"\nlabel_zh = "叉"\n'), "不能放在另一个重复组 g 里面"),
        (f'id = "t"\nversion = 0{M}\ntitle_zh = "测试"\n', "版本号 version 应为不小于 1 的整数"),
        (f'id = "t"{M}\nversion = 1\ntitle_zh = "测试"\n', "至少需要一个分节"),
    ],
)
def test_semantic_mistakes_point_at_their_line(text, reason):
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(text, filename="t.toml")
    assert reason in caught.value.reason
    assert caught.value.line == _marked_line(text)


def test_a_scale_with_adjustments_must_say_which_end_is_worse():
    text = (
        _form(
            '\n[[sections.fields]]\nkey = "flag"\ntype = "yes_no"\nlabel_zh = "旗"\n'
            '\n[[sections.fields]]\nkey = "q"\ntype = "scale_item"\nlabel_zh = "题"\nscale = "s"\n'
            'options = [{ code = "a", zh = "甲", score = 0 }, { code = "b", zh = "乙", score = 1 }]\n'
        )
        + '\n[[scales]]\nkey = "s"\nlabel_zh = "总"\n'
        'bands = [{ min = 0, max = 0, code = "bad", label_zh = "差" }, { min = 1, max = 1, code = "ok", label_zh = "好" }]\n'
        '\n[[scales.adjustments]]\nwhen = { field = "flag", equals = true }\nraise = 1\nlabel_zh = "旗"\n'
    )
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(text, filename="t.toml")
    assert "adjust_toward" in caught.value.reason
