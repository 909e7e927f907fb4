"""Export a list to .xlsx the way offices use them: a title row, bold frozen headers, column
widths that fit Chinese text, dates as dates, and text that looks like a formula kept as text
(reports/cells.py). Every list in the window exports through here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from wulian_desk.reports.cells import append_row
from wulian_desk.storage.files import private_output


def _width(value) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def write_workbook(
    out: Path, *, title: str, headers: Sequence[str], rows: Iterable[Sequence], sheet: str = "Sheet1"
) -> Path:
    return write_sheets(out, [(sheet, title, headers, rows)])


def write_sheets(out: Path, sheets: Iterable[tuple[str, str, Sequence[str], Iterable[Sequence]]]) -> Path:
    """Several lists in one workbook, a sheet each: (sheet name, title, headers, rows)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=False)
    wb.remove(wb.active)
    for name, title, headers, rows in sheets:
        _fill(wb.create_sheet(name[:31]), title, headers, rows)
    out = Path(out).expanduser()
    with private_output(out) as part:  # owner-only, and no half-written file on a full disk
        wb.save(part)
    return out


def _fill(ws, title: str, headers: Sequence[str], rows: Iterable[Sequence]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    append_row(ws, [title])
    ws["A1"].font = Font(bold=True, size=14)
    append_row(ws, headers)
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
        cell.alignment = Alignment(horizontal="center")
    widths = [_width(h) for h in headers]
    for row in rows:
        values = append_row(ws, row)
        for i, value in enumerate(values[: len(widths)]):
            widths[i] = max(widths[i], _width(value))
            if isinstance(value, datetime | date):
                ws.cell(row=ws.max_row, column=i + 1).number_format = (
                    "yyyy-mm-dd hh:mm" if isinstance(value, datetime) else "yyyy-mm-dd"
                )
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
    ws.freeze_panes = "A3"
