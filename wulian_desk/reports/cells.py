"""Writing values into worksheet cells so that text stays text.

A name, note or title someone typed may start like a formula (`=HYPERLINK(...)`, `=cmd|' /C
calc'!A0`, `+1+1`, `@SUM(...)`, `-2+3`) or read like an error code (`#REF!`). openpyxl would store
`=...` as a live formula and `#REF!` as an error; Excel and LibreOffice would also turn the others
into formulas the moment someone edits the cell. Following OWASP's rule for formula injection,
every string starting with `=`, `+`, `-`, `@`, a tab or a carriage return is stored as a string
cell with the quote prefix set (what Excel does when one types `'=...`), so it shows exactly as
typed and never runs. Numbers, dates and booleans are written as they are: a negative amount
stays a number. Every workbook the app writes puts its values through here.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def needs_text_guard(value: object) -> bool:
    """Whether a spreadsheet would read `value` as a formula (or an error code) if left alone."""
    return isinstance(value, str) and (value.startswith(FORMULA_STARTS) or value.startswith("#"))


def guard(cell) -> None:
    """Keep a cell whose value a spreadsheet would evaluate as plain text."""
    if needs_text_guard(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True


def set_value(cell, value: object) -> None:
    """Put `value` in `cell`, as plain text where a spreadsheet would otherwise evaluate it."""
    cell.value = value
    guard(cell)


def clean_text(value: object) -> object:
    """Control characters an .xlsx cannot hold (openpyxl refuses the whole file) are dropped."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def append_row(ws, values: Iterable[object]) -> list:
    """ws.append(values), with every text cell of the new row guarded; returns the values as
    written."""
    values = [clean_text(v) for v in values]
    ws.append(values)
    if values:
        for cell in ws[ws.max_row]:
            guard(cell)
    return values
