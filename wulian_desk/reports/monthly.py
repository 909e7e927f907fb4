"""The monthly report (五社联动工作月报) of a station, or of the county with every station as a row and
the county's total, as PDF (A4, the CJK font embedded, page N of M) and as an .xlsx workbook.

Fed with a core.rollup.Rollup: counts, stages, categories, hours and amounts only. The targets page
is the dashboard's (reports/dashboard.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from wulian_desk.core.cases import STAGES as CASE_STAGES
from wulian_desk.core.consent import CLIENT_CATEGORIES
from wulian_desk.core.money import format_yuan
from wulian_desk.core.organisations import ORG_TYPES
from wulian_desk.core.projects import STAGES as PROJECT_STAGES
from wulian_desk.core.rollup import Figures, Rollup, UnitRollup
from wulian_desk.core.vocab import TIERS, label

# A column: its header, how to read it from the figures, and its kind: "n" a count, "h" minutes shown
# as hours, "y" fen shown as yuan.
Column = tuple[str, Callable[[Figures], int], str]


def _by(attr: str, code: str) -> Callable[[Figures], int]:
    return lambda f: getattr(f, attr).get(code, 0)


SECTIONS: tuple[tuple[str, tuple[Column, ...]], ...] = (
    ("个案工作", (
        ("新开个案", lambda f: f.cases_opened, "n"),
        ("结案", lambda f: f.cases_closed, "n"),
        ("月末在案", lambda f: f.cases_open, "n"),
        ("服务记录（次）", lambda f: f.sessions, "n"),
        ("服务时长（小时）", lambda f: f.session_minutes, "h"),
        ("接受服务的服务对象（人）", lambda f: f.clients_served, "n"),
    )),
    ("小组工作与社区活动", (
        ("新开小组", lambda f: f.groups_started, "n"),
        ("开展活动的小组", lambda f: f.groups_met, "n"),
        ("小组活动（节）", lambda f: f.group_sessions, "n"),
        ("小组出席（人次）", lambda f: f.group_attendance, "n"),
        ("社区活动（场）", lambda f: f.activities, "n"),
        ("活动参与（人次）", lambda f: f.activity_participants, "n"),
        ("活动志愿者（人次）", lambda f: f.activity_volunteers, "n"),
        ("重大活动（场）", lambda f: f.major_events, "n"),
    )),
    ("志愿服务", (
        ("参与服务的志愿者（人）", lambda f: f.volunteers_served, "n"),
        ("服务记录（条）", lambda f: f.service_records, "n"),
        ("服务时长（小时）", lambda f: f.service_minutes, "h"),
    )),
    ("社区社会组织（现有）", (
        ("组织数", lambda f: f.organisations, "n"),
        ("登记", lambda f: f.organisations_registered, "n"),
        ("备案", lambda f: f.organisations_filed, "n"),
        ("本月新增", lambda f: f.organisations_new, "n"),
        *((c.zh, _by("organisations_by_type", c.code), "n") for c in ORG_TYPES.values()),
    )),
    ("社会慈善资源", (
        ("基金与慈善超市", lambda f: f.funds, "n"),
        ("本月捐赠（笔）", lambda f: f.donations, "n"),
        ("现金捐赠（元）", lambda f: f.donations_fen, "y"),
        ("物资捐赠（笔）", lambda f: f.donations_goods, "n"),
        ("本月支出（笔）", lambda f: f.allocations, "n"),
        ("现金支出（元）", lambda f: f.allocations_fen, "y"),
        ("月末现金余额（元）", lambda f: f.fund_balance_fen, "y"),
    )),
    ("政府购买服务项目（月末阶段）", (
        *((c.zh, _by("projects_by_stage", c.code), "n") for c in PROJECT_STAGES.values()),
        ("项目合计", lambda f: f.projects, "n"),
        ("本月项目支出（元）", lambda f: f.project_spending_fen, "y"),
    )),
    ("功能室与设备", (
        ("应达标单位", lambda f: f.units_with_minimum, "n"),
        ("达标单位", lambda f: f.units_meeting_minimum, "n"),
    )),
)
STAGE_COLUMNS: tuple[Column, ...] = tuple((c.zh, _by("cases_by_stage", c.code), "n") for c in CASE_STAGES.values())
COLUMNS: tuple[Column, ...] = tuple(c for _, cols in SECTIONS for c in cols)


def _text(value: int, kind: str) -> str:
    if kind == "y":
        return format_yuan(value)
    if kind == "h":
        return f"{value / 60:.1f}".removesuffix(".0")
    return str(value)


def _cell(value: int, kind: str) -> float | int:
    """A number Excel can add up: hours and yuan as decimals."""
    if kind == "y":
        return round(value / 100, 2)
    if kind == "h":
        return round(value / 60, 2)
    return value


def rows_of(result: Rollup) -> list[tuple[str, Figures]]:
    """The report's rows: the county's stations, or the station's own units; then the total."""
    if result.is_county:
        return [(s.name, s.figures) for s in result.stations] + [("全县合计", result.total)]
    units = [u for s in result.stations for u in s.units]
    return [(_unit_name(u), u.figures) for u in units] + [("合计", result.total)]


def _unit_name(unit: UnitRollup) -> str:
    return unit.name if unit.tier != "community" else f"  {unit.name}"


def title_of(result: Rollup) -> str:
    scope = "（全县汇总）" if result.is_county else ""
    return f"{result.station_name} {result.month.zh}五社联动工作月报{scope}"


# -- PDF -------------------------------------------------------------------------------------------


def _summary(f: Figures) -> list[list[str]]:
    facts = [
        ("新开个案", f"{f.cases_opened} 个"), ("结案", f"{f.cases_closed} 个"),
        ("月末在案个案", f"{f.cases_open} 个"), ("个案服务", f"{f.clients_served} 人，{f.sessions} 次，{_text(f.session_minutes, 'h')} 小时"),
        ("小组活动", f"{f.group_sessions} 节，出席 {f.group_attendance} 人次"),
        ("社区活动", f"{f.activities} 场，参与 {f.activity_participants} 人次"),
        ("志愿服务", f"{f.volunteers_served} 人，{_text(f.service_minutes, 'h')} 小时"),
        ("社区社会组织", f"{f.organisations} 个（本月新增 {f.organisations_new} 个）"),
        ("慈善捐赠", f"{f.donations} 笔，现金 {format_yuan(f.donations_fen)} 元"),
        ("慈善支出", f"{f.allocations} 笔，现金 {format_yuan(f.allocations_fen)} 元"),
        ("项目", f"{f.projects} 个，本月支出 {format_yuan(f.project_spending_fen)} 元"),
        ("功能室与设备达标", f"{f.units_meeting_minimum}/{f.units_with_minimum} 个单位"),
    ]
    rows = [["指标", "本月情况", "指标", "本月情况"]]
    for i in range(0, len(facts), 2):
        pair = facts[i:i + 2] + [("", "")] * (2 - len(facts[i:i + 2]))
        rows.append([pair[0][0], pair[0][1], pair[1][0], pair[1][1]])
    return rows


def _grid(head: str, rows: Sequence[tuple[str, Figures]], columns: Sequence[Column]) -> list[list[str]]:
    return [[head, *(c[0] for c in columns)]] + [[name, *(_text(c[1](f), c[2]) for c in columns)] for name, f in rows]


def _widths(columns: int, first: float = 110, whole: float = 493) -> tuple[float, ...]:
    return (first, *([(whole - first) / columns] * columns))


def _categories(f: Figures) -> list[list[str]]:
    rows = [["服务对象类别", "本月新开个案", "月末在案个案"]]
    for code, c in CLIENT_CATEGORIES.items():
        opened, still = f.opened_by_category.get(code, 0), f.open_by_category.get(code, 0)
        if opened or still:
            rows.append([c.zh, str(opened), str(still)])
    return rows


def _facility_misses(result: Rollup) -> list[list[str]]:
    rows = [["站点", "单位", "未达到的要求", "现状"]]
    for s in result.stations:
        for u in s.units:
            for item in (u.compliance.missing if u.compliance else ()):
                rows.append([s.name, u.name, item.requirement_zh, item.found_zh])
    return rows


def _station_targets(result: Rollup) -> list[list[str]]:
    rows = [["站点", "目标", "达标", "未达标的目标"]]
    for s in result.stations:
        missed = "、".join(t.zh for t in s.targets if not t.met) or "—"
        rows.append([s.name, str(len(s.targets)), str(s.targets_met), missed])
    return rows


def write_monthly_pdf(out: Path, result: Rollup, *, printed_by: str = "", printed_at: datetime | None = None) -> Path:
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

    from wulian_desk.reports.dashboard import dashboard_story
    from wulian_desk.reports.pdf import build, esc, styles, table

    st = styles()
    printed_at = printed_at or datetime.now()
    rows = rows_of(result)
    who = "站点" if result.is_county else "单位"
    scope = (f"全县 {len(result.stations)} 个站点（含总站本级）" if result.is_county
             else f"{label(TIERS, result.stations[0].tier) if result.stations else ''}及所属社区")
    story: list = [
        Paragraph(esc(result.station_name), st["h2"]),
        Paragraph(esc(title_of(result).removeprefix(result.station_name).strip()), st["title"]),
        Paragraph(esc(f"统计期间：{result.month.start:%Y-%m-%d} 至 {result.month.last:%Y-%m-%d}    范围：{scope}"),
                  st["note"]),
        Paragraph(esc(f"政策依据：{result.profile_name}    制表：{printed_by or '—'}    "
                      f"统计时间：{result.computed_at:%Y-%m-%d %H:%M}"), st["note"]),
        Paragraph("本月概况", st["h1"]),
        table(_summary(result.total), (80, 166.5, 80, 166.5)),
    ]
    for heading, columns in (*SECTIONS, ("个案月末所处阶段", STAGE_COLUMNS)):
        story.append(KeepTogether([Paragraph(esc(heading), st["h1"]),
                                   table(_grid(who, rows, columns), _widths(len(columns)))]))
    categories = _categories(result.total)
    story += [Paragraph("个案服务对象类别", st["h1"]),
              table(categories, (213, 140, 140)) if len(categories) > 1 else Paragraph("本月没有个案。", st["body"]),
              Paragraph("一个服务对象可属于多个类别，各类别之和可大于个案数。", st["note"])]
    misses = _facility_misses(result)
    story.append(Paragraph("功能室与设备未达标明细", st["h1"]))
    story.append(table(misses, (120, 120, 163, 90)) if len(misses) > 1
                 else Paragraph("各单位均达到所在层级的用房与设备要求。", st["body"]))
    story += [Spacer(1, 8), Paragraph(esc(
        "统计口径：个案按开案、结案日期计入当月，月末阶段取当月结束前最后一次阶段变更；"
        "社区社会组织为现有数（本月新增按备案或成立日期）；志愿服务时长不含已被更正的记录，"
        "按活动所在单位（无活动时按志愿者所属单位）计入；金额单位为元。"), st["note"])]
    story.append(PageBreak())
    story += dashboard_story(result.targets, year=result.month.year, station_name=result.station_name,
                             profile_name=result.profile_name,
                             heading=f"{result.month.year} 年度目标完成情况" + ("（全县）" if result.is_county else ""))
    if result.is_county:
        story += [Paragraph("各站点目标达成情况", st["h1"]), table(_station_targets(result), (130, 40, 40, 283))]
    return build(out, story, title=title_of(result), station_name=result.station_name, printed_at=printed_at,
                 author=printed_by)


# -- xlsx ------------------------------------------------------------------------------------------


def write_monthly_xlsx(out: Path, result: Rollup, *, printed_by: str = "", printed_at: datetime | None = None) -> Path:
    from wulian_desk.reports.workbook import write_sheets

    title = title_of(result)
    who = "站点" if result.is_county else "单位"
    headers = [who] + [f"{section}·{c[0]}" for section, cols in SECTIONS for c in cols]
    summary = [[name, *(_cell(c[1](f), c[2]) for c in COLUMNS)] for name, f in rows_of(result)]
    units = [[s.name, u.name, label(TIERS, u.tier), *(_cell(c[1](u.figures), c[2]) for c in COLUMNS)]
             for s in result.stations for u in s.units]
    stages = [[name, *(c[1](f) for c in STAGE_COLUMNS)] for name, f in rows_of(result)]
    categories = [[name, c.zh, f.opened_by_category.get(code, 0), f.open_by_category.get(code, 0)]
                  for name, f in rows_of(result) for code, c in CLIENT_CATEGORIES.items()
                  if f.opened_by_category.get(code) or f.open_by_category.get(code)]
    facilities = [[s.name, u.name, label(TIERS, u.tier), "达标" if u.compliance.met else "未达标",
                   "；".join(f"{i.requirement_zh}（{i.found_zh}）" for i in u.compliance.missing)]
                  for s in result.stations for u in s.units if u.compliance is not None and u.compliance.items]
    scopes = [("全县" if result.is_county else result.station_name, result.targets)]
    if result.is_county:
        scopes += [(s.name, s.targets) for s in result.stations]
    targets = [[where, t.zh, t.target_zh, t.figure_zh, "达标" if t.met else "未达标"]
               for where, results in scopes for t in results]
    printed_at = printed_at or datetime.now()
    note = f"（{printed_at:%Y-%m-%d %H:%M} 制表{('：' + printed_by) if printed_by else ''}）"
    return write_sheets(out, [
        ("汇总", title + note, headers, summary),
        ("单位明细", f"{title}：各站点及社区", ["站点", "单位", "层级", *(h for h in headers[1:])], units),
        ("个案阶段", f"{title}：个案月末所处阶段", [who, *(c[0] for c in STAGE_COLUMNS)], stages),
        ("服务对象类别", f"{title}：个案服务对象类别（一人可属多类）", [who, "类别", "本月新开个案", "月末在案个案"], categories),
        ("功能室与设备", f"{title}：各单位是否达到所在层级的要求", ["站点", "单位", "层级", "达标情况", "未达到的要求"],
         facilities),
        ("目标", f"{title}：{result.month.year} 年度目标完成情况（{result.profile_name}）",
         ["范围", "目标", "要求", "现状", "完成情况"], targets),
    ])

