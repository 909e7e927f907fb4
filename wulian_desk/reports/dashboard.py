"""The dashboard (工作台) as a PDF page for the monthly report: each target, the figure, met or not,
with a bar per target so a glance shows how far each one is."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from wulian_desk.core.targets import TargetResult
from wulian_desk.reports.fonts import register_cjk_font
from wulian_desk.reports.pdf import build, esc, styles, table


def _bar(result: TargetResult, width: float = 120, height: float = 8):
    """A bar filled to figure/threshold (capped at full): green when met, red when not."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors

    share = min(result.figure / result.threshold, 1.0) if result.threshold else 1.0
    drawing = Drawing(width, height)
    drawing.initialFontName = register_cjk_font()  # else the drawing's state names an unembedded Helvetica
    drawing.add(Rect(0, 0, width, height, fillColor=colors.HexColor("#EEEEEE"), strokeColor=None))
    drawing.add(Rect(0, 0, width * max(share, 0), height, strokeColor=None,
                     fillColor=colors.HexColor("#3A8F4F" if result.met else "#C0392B")))
    return drawing


def dashboard_story(results: Sequence[TargetResult], *, year: int, station_name: str, profile_name: str,
                    heading: str | None = None) -> list:
    """The page's flowables, for this page alone or as the targets page of the monthly report."""
    from reportlab.platypus import Paragraph, Spacer

    st = styles()
    story = [Paragraph(esc(heading or f"五社联动工作台 {year} 年度目标完成情况"), st["h1"]),
             Paragraph(esc(f"{station_name}    政策依据：{profile_name}"), st["note"]), Spacer(1, 6)]
    rows: list[list[object]] = [["目标", "要求", "现状", "完成情况", ""]]
    for r in results:
        rows.append([r.zh, r.target_zh, r.figure_zh, "达标" if r.met else "未达标", _bar(r)])
        rows += [[f"    {b.zh}", b.target_zh, b.figure_zh, "达标" if b.met else "未达标", ""]
                 for b in r.breakdown if not b.met]  # only the units that miss: the page stays one page
    story.append(table(rows, (170, 60, 120, 45, 130)))
    met = sum(1 for r in results if r.met)
    story += [Spacer(1, 8), Paragraph(esc(f"共 {len(results)} 项目标，达标 {met} 项，未达标 {len(results) - met} 项。"
                                          "未达标的站点或社区逐项列出。"), st["body"])]
    return story


def write_dashboard(out: Path, results: Sequence[TargetResult], *, year: int, station_name: str, profile_name: str,
                    printed_at: datetime) -> Path:
    story = dashboard_story(results, year=year, station_name=station_name, profile_name=profile_name)
    return build(out, story, title=f"工作台 {year}", station_name=station_name, printed_at=printed_at)
