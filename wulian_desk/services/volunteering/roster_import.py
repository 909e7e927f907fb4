"""Importing volunteer rosters and service hours from .xlsx, with a row-by-row report.

Every row is checked in Python first, against what the database already holds and against the
rows above it in the file; the rows that pass go in through Core bulk inserts in one transaction,
a refused row changes nothing, and a dry run only reports. Importing the same file again adds
nothing: volunteers are known by ID number, hours by (volunteer, activity, date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.identity import parse_id_number
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import ServiceRecord, TeamMember, Volunteer
from wulian_desk.core.roster import (
    HOURS_COLUMNS,
    VOLUNTEER_COLUMNS,
    cell_date,
    cell_id_number,
    cell_text,
    split_list,
)
from wulian_desk.core.service_hours import (
    check_served_on,
    clean_content,
    clean_place,
    service_record_fields,
)
from wulian_desk.core.texts import translate
from wulian_desk.core.volunteers import (
    SERVICE_CATEGORIES,
    VolunteerInput,
    check_id_number,
    check_volunteer_fields,
    hours_to_minutes,
)
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.sync import person_secret
from wulian_desk.services.volunteering.volunteers import volunteer_fields
from wulian_desk.storage.bulk import BulkWriter
from wulian_desk.storage.queries import volunteering as queries
from wulian_desk.storage.workbook_file import check_workbook, reading_workbook

if TYPE_CHECKING:
    from sqlmodel import Session

KINDS = {"volunteers": ("志愿者花名册", VOLUNTEER_COLUMNS), "hours": ("志愿服务时长", HOURS_COLUMNS)}
_GENDERS = {"男": "male", "女": "female", "male": "male", "female": "female"}
_CATEGORIES = {c.zh: c.code for c in SERVICE_CATEGORIES.values()}


@dataclass(frozen=True)
class RowResult:
    row: int  # the row number as Excel shows it
    taken: bool
    reason: str = ""  # why it was refused
    warning: str = ""  # taken, but worth a look (hours recorded late)


@dataclass
class ImportReport:
    kind: str
    dry_run: bool
    rows: list[RowResult] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    @property
    def taken(self) -> int:
        return sum(1 for r in self.rows if r.taken)

    @property
    def refused(self) -> int:
        return sum(1 for r in self.rows if not r.taken)


class Refused(Exception):
    """One row refused, with the reason the report shows."""


def write_template(kind: str, out: Path) -> Path:
    """The workbook to fill in: Chinese headers, an example row and a note on every column."""
    from wulian_desk.reports.roster_template import write_template as write

    title, columns = _kind(kind)
    return write(out, title=title, columns=columns)


def _kind(kind: str):
    if kind not in KINDS:
        raise ValidationError(translate("services.volunteering.roster_import", "未知的导入类型：{kind}（可选 volunteers、hours）").format(kind=kind))
    return KINDS[kind]


def import_roster(ctx: Context, kind: str, path: Path, *, dry_run: bool = False) -> ImportReport:
    ctx.require("volunteer", "import")
    from wulian_desk.reports.roster_template import read_rows

    _title, columns = _kind(kind)
    check_workbook(path)
    with reading_workbook(path):
        rows = read_rows(path, columns)
    report = ImportReport(kind, dry_run)
    with ctx.reading() if dry_run else ctx.writing() as session:  # a dry run takes no write lock
        check = _VolunteerRows(ctx, session, rows) if kind == "volunteers" else _HourRows(ctx, session, rows)
        for number, cells in rows:
            try:
                warning = check.take(number, cells)
                report.rows.append(RowResult(number, True, warning=warning))
            except (Refused, ValidationError) as exc:
                report.rows.append(RowResult(number, False, reason=str(exc)))
        if not dry_run and report.taken:
            writer = BulkWriter(session, owner=ctx.station_id, device_id=ctx.store.device_id)
            check.write(writer)
            ctx.audit(session, "import", "volunteer" if kind == "volunteers" else "service_record", ctx.station_id,
                      file=Path(path).name, taken=report.taken, refused=report.refused)
            report.changes = Changes(frozenset({"volunteer", "service_record"}), ())
        elif not dry_run:
            ctx.audit(session, "import", "volunteer", ctx.station_id, file=Path(path).name, taken=0,
                      refused=report.refused)
    return report


class _VolunteerRows:
    def __init__(self, ctx: Context, session: Session, rows: list) -> None:
        self.ctx, self.today = ctx, date.today()
        numbers = sorted({cell_id_number(c.get("id_number")) for _, c in rows} - {""})
        self.known = queries.registered_id_numbers(session, numbers)
        self.teams = {t.name: t.id for t in queries.live_teams(session)}
        self.seen: dict[str, int] = {}
        self.volunteers: list[dict] = []
        self.members: list[dict] = []

    def take(self, row_number: int, cells: dict) -> str:
        name = cell_text(cells.get("name"))
        if not name:
            raise Refused(translate("services.volunteering.roster_import", "缺少姓名"))
        number = check_id_number(cell_id_number(cells.get("id_number")))
        if number in self.known:
            raise Refused(translate("services.volunteering.roster_import", "重复：这个身份证号码已登记为志愿者"))
        if number in self.seen:
            raise Refused(translate("services.volunteering.roster_import", "重复：与本文件第 {seen} 行的身份证号码相同").format(seen=self.seen[number]))
        gender = _GENDERS.get(cell_text(cells.get("gender")), "")
        categories = [_CATEGORIES.get(c, c) for c in split_list(cells.get("service_categories"))]
        team = cell_text(cells.get("team"))
        if team and team not in self.teams:
            raise Refused(translate("services.volunteering.roster_import", "未知的志愿服务队：{team}（请先在本站建立）").format(team=team))
        if not cell_text(cells.get("consent_on")):
            raise Refused(translate("services.volunteering.roster_import", "缺少同意登记日期（须经志愿者本人同意才能登记）"))
        born = cell_date(cells["birth_date"], field="birth_date", label=translate("services.volunteering.roster_import", "出生日期")) if cell_text(cells.get("birth_date")) else None
        data = check_volunteer_fields(VolunteerInput(
            name=name, gender=gender or parse_id_number(number)[2], org_unit_id=self.ctx.station_id,
            consent_on=cell_date(cells.get("consent_on"), field="consent_on", label=translate("services.volunteering.roster_import", "同意登记日期")), id_number=number,
            birth_date=born, residence_area=cell_text(cells.get("residence_area")), phone=cell_text(cells.get("phone")),
            skills=cell_text(cells.get("skills")), service_categories=categories,
            national_number=cell_text(cells.get("national_number"))), today=self.today)
        row = {"id": new_id(), **volunteer_fields(data)}
        self.seen[number] = row_number
        self.volunteers.append(row)
        if team:
            self.members.append({"id": new_id(), "team_id": self.teams[team], "volunteer_id": row["id"],
                                 "joined_on": self.today})
        return ""

    def write(self, writer: BulkWriter) -> None:
        key = person_secret.keyer(self.ctx, writer.session)  # one person across stations
        for row in self.volunteers:
            row["person_key"] = key(row["id_type"], row["id_number"])
        writer.insert(Volunteer.__table__, self.volunteers)  # tables, not classes: see demo/volunteers.py
        writer.insert(TeamMember.__table__, self.members)


class _HourRows:
    def __init__(self, ctx: Context, session: Session, rows: list) -> None:
        self.ctx, self.now, self.today = ctx, datetime.now(UTC), date.today()
        numbers = sorted({cell_id_number(c.get("id_number")) for _, c in rows} - {""})
        self.volunteers = queries.volunteers_by_id_number(session, numbers)
        refs = sorted({cell_text(c.get("activity")) for _, c in rows} - {""})
        found = queries.activities_by_reference(session, refs)
        self.by_number = {a.activity_number: (a, room) for a, room in found}
        self.by_title: dict[tuple[str, date], list] = {}
        for a, room in found:
            self.by_title.setdefault((a.title, a.starts_at.date()), []).append((a, room))
        # (volunteer, activity, day) -> the row of this file that has it, 0: the database has it
        self.done = dict.fromkeys(queries.recorded_on_activities(session, sorted({a.id for a, _ in found})), 0)
        self.records: list[dict] = []

    def _activity(self, ref: str, day: date):
        if hit := self.by_number.get(ref.upper()):
            if hit[0].starts_at.date() != day:
                raise Refused(translate("services.volunteering.roster_import", "服务日期与活动 {ref} 的日期（{starts_at:%Y-%m-%d}）不一致").format(ref=ref, starts_at=hit[0].starts_at))
            return hit
        hits = self.by_title.get((ref, day), [])
        if len(hits) > 1:
            raise Refused(translate("services.volunteering.roster_import", "活动名称“{ref}”当天有 {count} 项，请改填活动编号").format(ref=ref, count=len(hits)))
        if not hits:
            raise Refused(translate("services.volunteering.roster_import", "找不到活动：{value}（{day:%Y-%m-%d}）").format(value=ref or translate("services.volunteering.roster_import", "（未填）"), day=day))
        return hits[0]

    def take(self, row_number: int, cells: dict) -> str:
        number = check_id_number(cell_id_number(cells.get("id_number")))
        name = cell_text(cells.get("name"))
        if not name:
            raise Refused(translate("services.volunteering.roster_import", "缺少姓名"))
        if number not in self.volunteers:
            raise Refused(translate("services.volunteering.roster_import", "这个身份证号码还没有登记为志愿者"))
        volunteer_id, registered = self.volunteers[number]
        if name != registered:
            raise Refused(translate("services.volunteering.roster_import", "姓名与登记的不一致（登记为 {registered}）").format(registered=registered))
        day = cell_date(cells.get("served_on"), field="served_on", label=translate("services.volunteering.roster_import", "服务日期"))
        check_served_on(day, today=self.today)
        activity, room = self._activity(cell_text(cells.get("activity")), day)
        try:
            minutes = hours_to_minutes(cells.get("hours"))
        except ValidationError:
            raise Refused(translate("services.volunteering.roster_import", "服务时长超出范围或不是数字（须在 0.5 到 24 小时之间）：{value}").format(value=cell_text(cells.get('hours')) or translate("services.volunteering.roster_import", "空"))) from None
        # The same rule, and the same refusal, as hours typed in the window: never cut short.
        place = clean_place(cell_text(cells.get("place")))
        content = clean_content(cell_text(cells.get("content")), required=False)
        key = (volunteer_id, activity.id, day)
        if key in self.done:
            where = translate("services.volunteering.roster_import", "本文件第 {row} 行").format(row=self.done[key]) \
                if self.done[key] else translate("services.volunteering.roster_import", "数据库中")
            raise Refused(translate("services.volunteering.roster_import", "重复：这位志愿者在这项活动当天的服务记录{where}已有").format(where=where))
        self.done[key] = row_number
        self.records.append(service_record_fields(
            volunteer_id, served_on=day, minutes=minutes, content=content or activity.title,
            place=place or room or activity.place, organiser=activity.organiser,
            person_in_charge=activity.person_in_charge, activity_id=activity.id,
            recorded_by=self.ctx.account_id or "", now=self.now, today=self.today))
        return "补录：超过 10 个工作日才记录" if self.records[-1]["late"] else ""

    def write(self, writer: BulkWriter) -> None:
        for start in range(0, len(self.records), 5000):
            writer.insert(ServiceRecord.__table__, self.records[start:start + 5000])
