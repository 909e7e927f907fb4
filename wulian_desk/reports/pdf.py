"""Shared PDF building blocks: the CJK font, paragraph styles, tables, and a page frame with the
station name, "page N of M" and the print date on every page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from wulian_desk.reports.fonts import register_cjk_font
from wulian_desk.storage.files import private_output


def styles() -> dict:
    from reportlab.lib.styles import ParagraphStyle

    font = register_cjk_font()
    base = ParagraphStyle("body", fontName=font, fontSize=10, leading=15, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12),
        "title": ParagraphStyle("title", parent=base, fontSize=22, leading=30, alignment=1, spaceAfter=18),
        "h1": ParagraphStyle("h1", parent=base, fontSize=14, leading=20, spaceBefore=12, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=17, spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=13),
        "note": ParagraphStyle("note", parent=base, fontSize=9, leading=13, textColor="#555555"),
    }


def esc(text: object) -> str:
    from xml.sax.saxutils import escape

    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], *, header: bool = True):
    """A grid table whose cells wrap Chinese text; the header row repeats on each page."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = styles()["cell"]

    def cell(value: object, width: float):
        if hasattr(value, "wrap"):  # a flowable or drawing (the dashboard's bars): drawn as it is
            return value
        # Short text that fits on one line is drawn as a plain string: wrapping every cell as a
        # Paragraph is most of the time a long case file takes to print.
        text = "" if value is None else str(value)
        ems = sum(1.0 if ord(c) > 0x2E80 else 0.56 for c in text)
        if "\n" not in text and ems * st.fontSize < width - 8:
            return text
        return Paragraph(esc(text), st)

    data = [[cell(c, w) for c, w in zip(row, widths, strict=False)] for row in rows]
    t = Table(data, colWidths=list(widths), repeatRows=1 if header else 0)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),  # plain-string cells, and no stray Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), st.fontSize),
        ("LEADING", (0, 0), (-1, -1), st.leading),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")))
    t.setStyle(TableStyle(commands))
    return t


def build(out: Path, story: list, *, title: str, station_name: str, printed_at: datetime, author: str = "") -> Path:
    """Write the story as A4 pages with the house footer; a two-pass canvas fills in "of M"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as canvas_module
    from reportlab.platypus import SimpleDocTemplate

    font = register_cjk_font()
    footer = f"{station_name}    打印时间：{printed_at:%Y-%m-%d %H:%M}    内部资料 注意保密"

    class NumberedCanvas(canvas_module.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.setFillGray(0.35)
                self.drawString(18 * mm, 10 * mm, footer)
                self.drawRightString(A4[0] - 18 * mm, 10 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")
                super().showPage()
            super().save()

    out = Path(out).expanduser()
    with private_output(out) as part:  # owner-only, and no half-written file on a full disk
        doc = SimpleDocTemplate(str(part), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                                bottomMargin=20 * mm, title=title, author=author or station_name,
                                initialFontName=font)  # so no page refers to an unembedded Helvetica
        doc.build(story, canvasmaker=NumberedCanvas)
    return out
