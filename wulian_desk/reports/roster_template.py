"""Roster workbooks the way offices fill them: the template the app writes (Chinese headers, notes
on each header and on a second sheet, one example row) and the reader that takes a filled one back
as (Excel row number, {column key: cell}) pairs, whatever order the columns were put in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from wulian_desk.core.errors import DataDirError, ValidationError
from wulian_desk.core.roster import EXAMPLE_MARK, RosterColumn, cell_text
from wulian_desk.core.texts import translate
from wulian_desk.reports.cells import append_row
from wulian_desk.storage.files import private_output

HEADER_SEARCH_ROWS = 5  # the header may sit under a title row or two


def write_template(out: Path, *, title: str, columns: Sequence[RosterColumn]) -> Path:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    append_row(ws, [f"{title}（带 * 的列必填；第 3 行是示例，导入时忽略，可删除）"])
    ws["A1"].font = Font(bold=True, size=13)
    append_row(ws, [c.header + (" *" if c.required else "") for c in columns])
    append_row(ws, [c.example for c in columns])
    for i, column in enumerate(columns, start=1):
        letter = get_column_letter(i)
        head = ws.cell(row=2, column=i)
        head.font = Font(bold=True, color="9C0006" if column.required else "000000")
        head.fill = PatternFill("solid", fgColor="DDE6F0")
        head.alignment = Alignment(horizontal="center")
        head.comment = Comment(column.note, "五社联动工作台")
        ws.cell(row=3, column=i).font = Font(italic=True, color="808080")
        ws.column_dimensions[letter].width = column.width
        if column.as_text:  # Excel would otherwise turn 18 digits into 6.10326E+17
            ws.column_dimensions[letter].number_format = "@"  # the column's style: cells typed later
            ws.cell(row=3, column=i).number_format = "@"
    ws.freeze_panes = "A3"
    notes = wb.create_sheet("填写说明")
    append_row(notes, ["列名", "是否必填", "填写说明", "示例"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for column in columns:
        append_row(notes, [column.header, "必填" if column.required else "选填", column.note, cell_text(column.example)])
    for letter, width in zip("ABCD", (18, 10, 70, 24), strict=True):
        notes.column_dimensions[letter].width = width
    out = Path(out).expanduser()
    with private_output(out) as part:  # no half-written file on a full disk
        wb.save(part)
    return out


def _header_key(text: str, columns: Sequence[RosterColumn]) -> str | None:
    cleaned = text.replace("*", "").replace(" ", "").replace("（", "(").replace("）", ")")
    for column in columns:
        if cleaned == column.header.replace(" ", "").replace("（", "(").replace("）", ")"):
            return column.key
    return None


def read_rows(path: Path, columns: Sequence[RosterColumn]) -> list[tuple[int, dict[str, object]]]:
    """The data rows of the first sheet, with their Excel row numbers; blank rows and the
    template's example row are left out. Refuses a file that is not a workbook or lacks a column."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    path = Path(path).expanduser()
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise DataDirError(translate("reports.roster_template", "找不到文件：{path}").format(path=path)) from None
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ValidationError(translate("reports.roster_template", "无法读取 {name}：不是有效的 .xlsx 工作簿。").format(name=path.name)) from exc
    try:
        rows = wb.worksheets[0].iter_rows(values_only=True)
        keys: list[str | None] = []
        header_row = 0
        for number, values in enumerate(rows, start=1):
            keys = [_header_key(cell_text(v), columns) for v in values]
            if number > HEADER_SEARCH_ROWS or "id_number" in keys:
                header_row = number
                break
        missing = [c.header for c in columns if c.required and c.key not in keys]
        if missing:
            raise ValidationError(translate("reports.roster_template", "{name} 缺少必需的列：{join}。请用程序生成的模板填写。").format(name=path.name, join='、'.join(missing), join2=', '.join(missing)))
        out = []
        for number, values in enumerate(rows, start=header_row + 1):
            record = {k: v for k, v in zip(keys, values, strict=False) if k is not None}
            if all(cell_text(v) == "" for v in record.values()):
                continue
            if cell_text(record.get("seq")) == EXAMPLE_MARK:
                continue
            out.append((number, record))
        return out
    finally:
        wb.close()
