"""Export any list to .xlsx: the rows the command line lists (services/reports/catalog.py, which checks
the user may see them and masks the ID and phone number columns), written as a workbook, and
journaled. Text columns (notes, titles, places) may hold a number someone typed: those are masked
here, so what leaves the station never carries a whole ID or phone number."""

from __future__ import annotations

from pathlib import Path

from wulian_desk import catalogue
from wulian_desk.core.masking import mask_numbers_in_text
from wulian_desk.core.tasks import NO_PROGRESS, Progress, reported
from wulian_desk.core.texts import chinese, translate
from wulian_desk.reports.workbook import write_workbook
from wulian_desk.services.context import Context
from wulian_desk.services.reports import catalog


def _masked(value: object) -> object:
    return mask_numbers_in_text(value) if isinstance(value, str) else value


def export_list(ctx: Context, kind_name: str, out: Path, *, english: bool = False,
                progress: Progress = NO_PROGRESS) -> Path:
    """Write the list; `progress` hears a step as the rows are read, then one per batch written.
    `english`: headers and title in English (the English window's export); else Chinese."""
    kind = catalog.get_kind(kind_name)
    progress.step(0, 0, translate("services.reports.exports", "正在读取记录…"))
    rows = catalog.list_rows(ctx, kind_name)
    say = catalogue.english if english else chinese
    title = say(kind.text)
    progress.step(0, len(rows), translate("services.reports.exports", "已写入 0 / {count} 条").format(count=len(rows)))
    path = write_workbook(out, title=title, sheet=title, headers=[say(c.text) for c in kind.columns],
                          rows=([_masked(row.get(c.key)) for c in kind.columns] for row in reported(rows, progress)))
    ctx.audit_now("export", kind_name, ctx.station_id, rows=len(rows))
    return path
