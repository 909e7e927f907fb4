"""The monthly roll-up's arithmetic and shape: a month parsed from "YYYY-MM", the figures of one
unit, one station or the whole county, and how figures add up.

Pure: services/reports/rollup.py fills the figures from grouped queries (counts, categories, stages, dates,
minutes, amounts; never names or notes, which stay at the station), reports/monthly.py prints them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.facilities import UnitCompliance
from wulian_desk.core.targets import TargetResult
from wulian_desk.core.texts import Text, translate

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")

# Stages a case is still being worked in at the month's end (referred cases went to another agency).
OPEN_AT_END = frozenset({"intake", "assessment", "planning", "service", "evaluation", "paused"})


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @property
    def start(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def end(self) -> date:
        """The first day of the next month: periods are [start, end)."""
        return date(self.year + self.month // 12, self.month % 12 + 1, 1)

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def code(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def zh(self) -> str:
        return self.text.zh

    @property
    def text(self) -> Text:
        return translate("core.rollup", "{year}年{month}月").format(year=self.year, month=self.month)

    def __str__(self) -> str:
        return self.code


def parse_month(text: str | Month, *, today: date | None = None) -> Month:
    """"2026-03" -> Month(2026, 3). A malformed month, or one that has not begun yet, is a
    ValidationError saying what is expected."""
    if isinstance(text, Month):
        month = text
    else:
        found = _MONTH.match(str(text or ""))
        if not found or not 1 <= int(found.group(2)) <= 12 or not 2000 <= int(found.group(1)) <= 2100:
            raise ValidationError(translate("core.rollup", "月份格式不对：{text}。请写成“年-月”，例如 2026-03。").format(text=text), field="month")
        month = Month(int(found.group(1)), int(found.group(2)))
    today = today or date.today()
    if month.start > today:
        raise ValidationError(translate("core.rollup", "{month}还没有开始，不能生成月度报告。").format(month=month.text, code=month.code), field="month")
    return month


def _counts() -> dict[str, int]:
    return {}


@dataclass
class Figures:
    """What one unit, one station or the county did in a month, and what it had at the month's end.

    Breakdowns are code -> count (stage, client category, organisation type, project stage); a
    case whose client has two categories counts under both, so those rows do not add up to the
    case count.
    """

    cases_opened: int = 0  # opened in the month
    cases_closed: int = 0  # closed in the month
    cases_open: int = 0  # still being worked at the month's end
    cases_by_stage: dict[str, int] = field(default_factory=_counts)  # every case opened by the end, at its stage then
    opened_by_category: dict[str, int] = field(default_factory=_counts)
    open_by_category: dict[str, int] = field(default_factory=_counts)
    sessions: int = 0  # 服务记录 in the month
    clients_served: int = 0  # people with a session on their case in the month (a person counts once)
    session_minutes: int = 0
    groups_started: int = 0
    groups_met: int = 0  # groups with at least one session in the month
    group_sessions: int = 0
    group_attendance: int = 0  # members present, summed over the sessions
    activities: int = 0  # activities that started in the month
    activity_participants: int = 0  # registered clients plus the head count of others
    activity_volunteers: int = 0
    major_events: int = 0
    volunteers_served: int = 0  # people with volunteer hours in the month (a person counts once)
    service_records: int = 0
    service_minutes: int = 0
    organisations: int = 0  # as they stand now
    organisations_registered: int = 0
    organisations_filed: int = 0
    organisations_new: int = 0  # filed or founded in the month
    organisations_by_type: dict[str, int] = field(default_factory=_counts)
    funds: int = 0
    donations: int = 0  # received in the month
    donations_fen: int = 0
    donations_goods: int = 0  # donations of goods (item entries) in the month
    allocations: int = 0
    allocations_fen: int = 0
    fund_balance_fen: int = 0  # cash held at the month's end
    projects_by_stage: dict[str, int] = field(default_factory=_counts)  # at the month's end
    project_spending_fen: int = 0
    units_with_minimum: int = 0  # units a facility minimum applies to
    units_meeting_minimum: int = 0

    @property
    def projects(self) -> int:
        return sum(self.projects_by_stage.values())

    @property
    def session_hours(self) -> float:
        return round(self.session_minutes / 60, 2)

    @property
    def service_hours(self) -> float:
        return round(self.service_minutes / 60, 2)

    def add(self, other: Figures) -> None:
        """Add `other` into these figures (ints summed, breakdowns merged key by key)."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, dict):
                for key, n in theirs.items():
                    mine[key] = mine.get(key, 0) + n
            else:
                setattr(self, f.name, mine + theirs)

    def as_dict(self) -> dict:
        out = {f.name: (dict(sorted(getattr(self, f.name).items())) if isinstance(getattr(self, f.name), dict)
                        else getattr(self, f.name)) for f in fields(self)}
        return out | {"projects": self.projects, "session_hours": self.session_hours,
                      "service_hours": self.service_hours}


def total(parts: Iterable[Figures]) -> Figures:
    out = Figures()
    for part in parts:
        out.add(part)
    return out


@dataclass(frozen=True)
class UnitRollup:
    """A station's own unit or one of its communities."""

    unit_id: str
    name: str
    tier: str
    area_kind: str | None
    parent_id: str | None
    figures: Figures
    compliance: UnitCompliance | None = None


@dataclass(frozen=True)
class StationRollup:
    """One station (an owner of records): its figures, its units, and its own targets."""

    station_id: str
    name: str
    tier: str
    figures: Figures  # the sum of its units, except the people (volunteers_served, clients_served): each once
    units: tuple[UnitRollup, ...]
    targets: tuple[TargetResult, ...] = ()
    parent_id: str | None = None  # the station above it: a community room's township

    @property
    def targets_met(self) -> int:
        return sum(1 for t in self.targets if t.met)


@dataclass(frozen=True)
class Rollup:
    """The month at one installation: at a station its own records; at the county every station."""

    month: Month
    scope: str  # "station" or "county"
    station_id: str  # the installation that computed it
    station_name: str
    profile_name: str
    stations: tuple[StationRollup, ...]
    total: Figures
    targets: tuple[TargetResult, ...]  # the whole scope against the profile
    computed_at: datetime

    @property
    def is_county(self) -> bool:
        return self.scope == "county"

    def below(self, station_id: str) -> tuple[StationRollup, ...]:
        """The stations reporting through this one (a township's community rooms)."""
        return tuple(s for s in self.stations if s.parent_id == station_id and s.station_id != station_id)

    def with_below(self, station_id: str) -> Figures:
        """A station's figures with those of every station beneath it (a township with its rooms).
        Volunteers served add up per station: a person serving at two of them counts at each."""
        seen: set[str] = set()
        todo = [station_id]
        parts = []
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            parts += [s.figures for s in self.stations if s.station_id == current]
            todo += [s.station_id for s in self.below(current)]
        return total(parts)

    def tree(self) -> list[tuple[int, StationRollup]]:
        """The stations as a tree, each with its depth: the county (or this station), then each
        township followed by its community rooms; a station whose parent is not here is a root."""
        present = {s.station_id for s in self.stations}
        out: list[tuple[int, StationRollup]] = []
        placed: set[str] = set()

        def visit(station: StationRollup, depth: int) -> None:
            if station.station_id in placed:
                return
            placed.add(station.station_id)
            out.append((depth, station))
            for child in self.below(station.station_id):
                visit(child, depth + 1)

        for station in self.stations:
            if station.parent_id not in present or station.parent_id == station.station_id:
                visit(station, 0)
        for station in self.stations:  # a cycle of parents: shown flat rather than lost
            visit(station, 0)
        return out
