"""One translation system: every user-visible string is in resources/translations/wulian_desk_en.ts,
translated, and up to date with the code; no Chinese/English pair hides in Python any more."""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wulian_desk import catalogue
from wulian_desk.core import texts
from wulian_desk.core.errors import ValidationError, WulianError
from wulian_desk.core.texts import Given, translate
from wulian_desk.core.vocab import TIERS, label, label_text

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "wulian_desk"
TS = ROOT / "resources" / "translations" / "wulian_desk_en.ts"
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORD = re.compile(r"\b[A-Za-z][a-z]+\b")


def entries(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source"), message.findtext("comment") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def lupdate() -> str:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return str(tool) if tool.exists() else shutil.which("pyside6-lupdate")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> dict:
    """lupdate over every module into a copy of the committed catalogue (obsolete entries kept, so
    a string that left the code shows as vanished)."""
    copy = tmp_path_factory.mktemp("ts") / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([lupdate(), *sources, "-ts", str(copy)], check=True, capture_output=True)
    return entries(copy)


def _state(message: ET.Element) -> str:
    translation = message.find("translation")
    if translation.get("type"):
        return translation.get("type")
    forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
    return "finished" if all((f or "").strip() for f in forms) else "empty"


def test_every_string_of_the_code_is_in_the_catalogue_and_translated(regenerated):
    assert len(regenerated) > 2000
    not_done = sorted(f"{key[0]}: {key[1]} ({_state(m)})" for key, m in regenerated.items() if _state(m) != "finished")
    assert not_done == [], "run resources/translations/update.sh and translate the new entries"


def test_the_committed_catalogue_is_the_regenerated_one(regenerated):
    committed = entries(TS)
    assert set(committed) == set(regenerated), "run resources/translations/update.sh"
    assert [k for k, m in committed.items() if _state(m) != "finished"] == []


def test_the_compiled_catalogue_matches_the_source():
    compiled = catalogue.read_qm((TS.with_suffix(".qm")).read_bytes())
    assert set(compiled) == set(entries(TS)), "run resources/translations/update.sh (lrelease)"


def test_every_english_template_formats_and_keeps_numerus_forms():
    fmt = string.Formatter()
    for (context, source, _), message in entries(TS).items():
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if "{" in source:
                list(fmt.parse(form))  # a translation whose braces do not pair would raise here
        if message.get("numerus") == "yes":
            assert len(forms) == 2 and all("%n" in f for f in forms), (context, source)


# --- No string bypasses the system -----------------------------------------------------------

def _has_han(node: ast.AST) -> bool:
    """A Chinese literal, f-string, or a text glued together from them with +."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(HAN.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and HAN.search(v.value) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _has_han(node.left) or _has_han(node.right)
    if isinstance(node, ast.IfExp):
        return _has_han(node.body) or _has_han(node.orelse)
    return False


def _looks_english(text: str) -> bool:
    """Words for people ("Give the date.", "Office"), not codes ("enterprise", "HD2026-0001")."""
    return bool(ENGLISH_WORD.search(text)) and not HAN.search(text) and (" " in text.strip() or text[:1].isupper())


def _is_english(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _looks_english(node.value)
    if isinstance(node, ast.JoinedStr):
        return _looks_english("".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values))
    return False


def _error_classes() -> set[str]:
    import importlib
    import pkgutil

    import wulian_desk

    for module in pkgutil.walk_packages(wulian_desk.__path__, "wulian_desk."):
        if not module.name.startswith(("wulian_desk.ui", "wulian_desk.app", "wulian_desk.__main__",
                                       "wulian_desk.storage.migrations")):
            importlib.import_module(module.name)

    def below(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    return {"WulianError", *(c.__name__ for c in below(WulianError))}


# Callables whose text arguments people read: the errors, the vocabularies, progress steps, the
# catalogue's columns and the helpers that build a refusal.
TAKERS = {"Choice", "Category", "MissingConsent", "Column", "Kind", "step", "refuse", "_refuse", "fail",
          "_foreign", "_malformed", "_bad", "_bad_header", "require_choice", "Refused"}
# Keyword arguments that name a field or a record inside a message ("请填写{label}。").
TEXT_KEYWORDS = {"label", "first_label", "noun", "of", "refusal"}


def _calls():
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                yield path.relative_to(ROOT), node


def test_messages_are_marked_templates_not_literals():
    takers = TAKERS | _error_classes()
    bare = [f"{path}:{call.lineno}" for path, call in _calls()
            if (ast.unparse(call.func).split(".")[-1] in takers
                and any(_has_han(a) for a in [*call.args, *(k.value for k in call.keywords)]))
            or (not path.parts[1] == "ui" and any(k.arg in TEXT_KEYWORDS and _has_han(k.value) for k in call.keywords))]
    assert bare == [], "wrap the text in translate(context, template) from wulian_desk/core/texts.py"


def test_no_chinese_english_pair_is_left_in_python():
    pairs = []
    for path, call in _calls():
        args = call.args
        pairs += [f"{path}:{call.lineno}" for a, b in zip(args, args[1:], strict=False) if _has_han(a) and _is_english(b)]
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple) and len(node.elts) == 2 and _has_han(node.elts[0]) and _is_english(node.elts[1]):
                pairs.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert pairs == [], "the English belongs in the .ts catalogue"


def test_every_marker_is_readable_by_lupdate():
    """lupdate skips a call whose context or template is not a literal, or whose count is a keyword."""
    unreadable = []
    ours = {path for path in PACKAGE.rglob("*.py")
            if "from wulian_desk.core.texts import" in path.read_text(encoding="utf-8")}
    for path, call in _calls():
        if ast.unparse(call.func) != "translate" or path.name == "texts.py" or ROOT / path not in ours:
            continue
        literal = len(call.args) >= 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args[:2])
        if not literal or call.keywords:
            unreadable.append(f"{path}:{call.lineno}")
    assert unreadable == []


def test_errors_carry_no_english_argument_any_more():
    with pytest.raises(TypeError):
        WulianError("中文", "English")  # type: ignore[call-arg]


# --- The texts themselves ----------------------------------------------------------------------

def test_a_template_is_rendered_in_the_language_of_the_process():
    err = ValidationError(translate("core.clients", "第 {number} 位家庭成员").format(number=3))
    assert str(err) == "第 3 位家庭成员"
    assert catalogue.english(err.text) == "Household member 3"
    texts.use(catalogue.english_lookup)
    try:
        assert err.message == "Household member 3"
        assert str(label_text(TIERS, "township")) == "Township/street station"
        assert label(TIERS, "township") == "镇(街)社会工作服务站"  # reports and the command line stay Chinese
    finally:
        texts.use(None)


def test_nested_texts_and_lists_follow_the_reader():
    from wulian_desk.core.cases import STAGES

    text = translate("core.cases", "个案已处于“{stages}”阶段。").format(stages=STAGES["intake"].text)
    assert str(text) == "个案已处于“接案”阶段。"
    assert "Intake" in catalogue.english(text)
    listed = texts.join([STAGES["intake"].text, STAGES["service"].text])
    assert str(listed) == "接案、服务/介入"
    assert catalogue.english(listed).count(", ") == 1


def test_a_form_label_brings_its_own_english():
    given = Given("姓名", "Name")
    assert str(given) == "姓名" and catalogue.english(given) == "Name"
    assert catalogue.english(Given("仅中文")) == "仅中文"


def test_a_missing_translation_falls_back_to_chinese():
    assert catalogue.english(translate("NoSuchContext", "没有译文{x}").format(x=1)) == "没有译文1"


def test_numerus_forms_choose_by_count():
    def lookup(context, source, disambiguation=None, n=-1):
        return ("%n open case" if n == 1 else "%n open cases").replace("%n", str(n))

    texts.use(lookup)
    try:
        assert str(translate("Test", "%n 个在办个案", None, 1)) == "1 open case"
        assert str(translate("Test", "%n 个在办个案", None, 2)) == "2 open cases"
    finally:
        texts.use(None)
    assert str(translate("Test", "%n 个在办个案", None, 2)) == "2 个在办个案"
