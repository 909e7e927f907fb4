"""Importing community organisations and donors from .xlsx, with the same row-by-row report as the
volunteer roster (services/volunteering/roster_import.py): every row checked first, the rows that pass written
in one transaction, a refused row changes nothing, a dry run only reports, and the same file again
adds nothing (organisations are known by community and name, donors by name)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wulian_desk.core.charity import DONOR_TYPES
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Donor, Organisation
from wulian_desk.core.organisations import (
    ORG_TYPES,
    STATUSES,
    OrganisationInput,
    check_organisation_fields,
)
from wulian_desk.core.roster import EXAMPLE_MARK, RosterColumn, cell_date, cell_text
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.volunteering.roster_import import ImportReport, Refused, RowResult
from wulian_desk.storage.bulk import BulkWriter
from wulian_desk.storage.queries import charity as charity_queries
from wulian_desk.storage.queries import organisations as organisation_queries
from wulian_desk.storage.queries.station import live_units
from wulian_desk.storage.workbook_file import check_workbook, reading_workbook

_YES = {"是", "Y", "y", "yes", "1", "√"}
ORGANISATION_COLUMNS = (
    RosterColumn("seq", "序号", False, "可不填；填“示例”的行导入时忽略。", EXAMPLE_MARK, 8),
    RosterColumn("name", "组织名称", True, "必填。", "夕阳红志愿服务队", 22),
    RosterColumn("community", "所在社区", True, "必填，须是本站已建立的社区名称。", "滨河社区", 16),
    RosterColumn("org_type", "类型", True, "、".join(c.zh for c in ORG_TYPES.values()), "生活服务类", 12),
    RosterColumn("status", "登记或备案", True, "填“登记”或“备案”。", "备案", 10),
    RosterColumn("registration_number", "登记证号", False, "登记的组织必填。", "", 16),
    RosterColumn("filed_on", "备案日期", False, "备案的组织必填，如 2025-03-08。", "2025-03-08", 12),
    RosterColumn("leader", "负责人", True, "必填。", "李桂兰", 10),
    RosterColumn("phone", "联系电话", False, "", "13912345678", 14, as_text=True),
    RosterColumn("members", "成员人数", False, "整数。", 25, 8),
    RosterColumn("federation_member", "联合会成员", False, "是/否。", "是", 8),
)
DONOR_COLUMNS = (
    RosterColumn("seq", "序号", False, "可不填；填“示例”的行导入时忽略。", EXAMPLE_MARK, 8),
    RosterColumn("name", "捐赠方名称", True, "必填。", "眉县爱心企业有限公司", 24),
    RosterColumn("donor_type", "类型", True, "、".join(c.zh for c in DONOR_TYPES.values()), "企业", 10),
    RosterColumn("contact", "联系人", False, "", "王经理", 10),
    RosterColumn("phone", "联系电话", False, "", "13912345678", 14, as_text=True),
)
KINDS = {"organisations": ("社区社会组织名册", ORGANISATION_COLUMNS, "organisation"),
         "donors": ("捐赠方名册", DONOR_COLUMNS, "charity")}


def _kind(kind: str):
    if kind not in KINDS:
        raise ValidationError(translate("services.parties.parties_import", "未知的导入类型：{kind}（可选 organisations、donors）").format(kind=kind))
    return KINDS[kind]


def write_template(kind: str, out: Path) -> Path:
    from wulian_desk.reports.roster_template import write_template as write

    title, columns, _ = _kind(kind)
    return write(out, title=title, columns=columns)


def import_rows(ctx: Context, kind: str, path: Path, *, dry_run: bool = False) -> ImportReport:
    _title, columns, resource = _kind(kind)
    ctx.require(resource, "import")
    check_workbook(path)
    with reading_workbook(path):
        rows = _read_rows(Path(path), columns)
    report = ImportReport(kind, dry_run)
    with ctx.writing() as session:
        units = {u.name: u.id for u in live_units(session)}
        if kind == "organisations":
            known = organisation_queries.organisation_keys(session)
        else:
            known = charity_queries.donor_names(session)
        taken: list[dict] = []
        seen: dict = {}
        for number, cells in rows:
            try:
                row = _organisation(cells, units) if kind == "organisations" else _donor(cells)
                key = (row["org_unit_id"], row["name"]) if kind == "organisations" else row["name"]
                if key in known:
                    raise Refused(translate("services.parties.parties_import", "重复：已有同名记录"))
                if key in seen:
                    raise Refused(translate("services.parties.parties_import", "重复：与本文件第 {seen} 行相同").format(seen=seen[key]))
                seen[key] = number
                taken.append({"id": new_id(), **row})
                report.rows.append(RowResult(number, True))
            except (Refused, ValidationError) as exc:
                report.rows.append(RowResult(number, False, reason=str(exc)))
        if not dry_run:
            model = Organisation if kind == "organisations" else Donor
            BulkWriter(session, owner=ctx.station_id, device_id=ctx.store.device_id).insert(model.__table__, taken)
            ctx.audit(session, "import", model.__tablename__, ctx.station_id, file=Path(path).name,
                      taken=report.taken, refused=report.refused)
            report.changes = Changes(frozenset({model.__tablename__}), ())
    return report


def _read_rows(path: Path, columns) -> list[tuple[int, dict]]:
    """The data rows under the header row (the first row naming every required column), with their
    Excel row numbers; blank rows and the example row left out. The volunteer reader finds its
    header by the ID number column, which these rosters do not have."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ValidationError(translate("services.parties.parties_import", "找不到文件：{path}").format(path=path)) from None
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ValidationError(translate("services.parties.parties_import", "无法读取 {name}：不是有效的 .xlsx 工作簿。").format(name=path.name)) from exc
    headers = {c.header: c.key for c in columns}
    required = {c.key for c in columns if c.required}
    try:
        keys: list = []
        out = []
        for number, values in enumerate(wb.worksheets[0].iter_rows(values_only=True), start=1):
            if not keys:
                found = [headers.get(cell_text(v).replace("*", "").strip()) for v in values]
                if required <= set(found):
                    keys = found
                continue
            record = {k: v for k, v in zip(keys, values, strict=False) if k is not None}
            if all(cell_text(v) == "" for v in record.values()) or cell_text(record.get("seq")) == EXAMPLE_MARK:
                continue
            out.append((number, record))
    finally:
        wb.close()
    if not keys:
        names = "、".join(c.header for c in columns if c.required)
        raise ValidationError(translate("services.parties.parties_import", "{name} 缺少必需的列（{names}）。请用程序生成的模板填写。").format(name=path.name, names=names))
    return out


def _organisation(cells: dict, units: dict[str, str]) -> dict:
    community = cell_text(cells.get("community"))
    if community not in units:
        raise Refused(translate("services.parties.parties_import", "未知的社区：{value}（请先在本站建立）").format(value=community or translate("services.parties.parties_import", "（未填）")))
    types = {c.zh: c.code for c in ORG_TYPES.values()}
    statuses = {c.zh: c.code for c in STATUSES.values()}
    members = cell_text(cells.get("members")) or "0"
    if not members.isdigit():
        raise Refused(translate("services.parties.parties_import", "成员人数不是整数：{members}").format(members=members))
    filed = cell_text(cells.get("filed_on"))
    return check_organisation_fields(OrganisationInput(
        name=cell_text(cells.get("name")), org_unit_id=units[community],
        org_type=types.get(cell_text(cells.get("org_type")), ""), status=statuses.get(cell_text(cells.get("status")), ""),
        leader=cell_text(cells.get("leader")), registration_number=cell_text(cells.get("registration_number")),
        filed_on=cell_date(filed, field="filed_on", label=translate("services.parties.parties_import", "备案日期")) if filed else None,
        phone=cell_text(cells.get("phone")), members=int(members),
        federation_member=cell_text(cells.get("federation_member")) in _YES), today=date.today())


def _donor(cells: dict) -> dict:
    name = cell_text(cells.get("name"))
    if not name:
        raise Refused(translate("services.parties.parties_import", "缺少捐赠方名称"))
    kind = {c.zh: c.code for c in DONOR_TYPES.values()}.get(cell_text(cells.get("donor_type")))
    if kind is None:
        raise Refused(translate("services.parties.parties_import", "未知的捐赠方类型：{value}").format(value=cell_text(cells.get('donor_type')) or translate("services.parties.parties_import", "（未填）")))
    return {"name": name[:80], "donor_type": kind, "contact": cell_text(cells.get("contact"))[:40],
            "phone": cell_text(cells.get("phone"))[:20]}
