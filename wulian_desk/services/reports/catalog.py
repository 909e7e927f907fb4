"""The kinds of record the command line lists and counts: one registry later areas add to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.models import (
    Account,
    Activity,
    Asset,
    Case,
    Client,
    Donation,
    Donor,
    Fund,
    GroupWork,
    OperatingFund,
    Organisation,
    OrgUnit,
    Project,
    Room,
    Staff,
    StaffTraining,
    Volunteer,
    VolunteerTeam,
)
from wulian_desk.core.money import format_yuan
from wulian_desk.core.vocab import ASSET_CATEGORIES, ASSET_STATUSES, ROLES, ROOM_TYPES, TIERS, label
from wulian_desk.services.context import Context
from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import station
from wulian_desk.storage.queries import reporting as queries


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str


@dataclass(frozen=True)
class Kind:
    name: str
    zh: str
    en: str
    model: type
    columns: tuple[Column, ...]
    rows: Callable[[Context], list[dict]]
    counted: bool = True  # one row per record of `model` (False: a view over records others count)


def _rooms(ctx: Context) -> list[dict]:
    ids = facilities.room_ids(ctx, sort="unit")
    by_id = facilities.rooms_by_id(ctx, ids)
    return [
        asdict(by_id[i]) | {"room_type_label": label(ROOM_TYPES, by_id[i].room_type)} for i in ids
    ]


def _paged(ids: list[str], by_id: Callable[[list[str]], dict], row: Callable[[object], dict]) -> list[dict]:
    rows = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found = by_id(chunk)
        rows += [row(found[i]) for i in chunk if i in found]
    return rows


def _assets(ctx: Context) -> list[dict]:
    def shape(row) -> dict:
        return asdict(row) | {
            "purchase_date": row.purchase_date.isoformat() if row.purchase_date else None,
            "category_label": label(ASSET_CATEGORIES, row.category),
            "status_label": label(ASSET_STATUSES, row.status),
            "value_yuan": format_yuan(row.value_fen),
        }

    return _paged(facilities.asset_ids(ctx, sort="asset_tag"), lambda ids: facilities.assets_by_id(ctx, ids), shape)


def _clients(ctx: Context) -> list[dict]:
    from wulian_desk.core.consent import CLIENT_CATEGORIES
    from wulian_desk.services.casework import clients

    def shape(row) -> dict:
        return asdict(row) | {
            "birth_date": row.birth_date.isoformat() if row.birth_date else None,
            "gender_label": {"male": "男", "female": "女"}.get(row.gender, row.gender),
            "category_labels": "、".join(CLIENT_CATEGORIES[c].zh for c in row.categories if c in CLIENT_CATEGORIES),
        }

    return _paged(clients.client_ids(ctx), lambda ids: clients.clients_by_id(ctx, ids), shape)


def _cases(ctx: Context) -> list[dict]:
    from wulian_desk.core.cases import PRIORITIES, RISKS, STAGES
    from wulian_desk.services.casework import cases

    def shape(row) -> dict:
        return asdict(row) | {
            "opened_on": row.opened_on.isoformat(),
            "next_review_on": row.next_review_on.isoformat() if row.next_review_on else None,
            "stage_label": label(STAGES, row.stage),
            "priority_label": label(PRIORITIES, row.priority),
            "risk_label": label(RISKS, row.risk),
        }

    return _paged(cases.case_ids(ctx), lambda ids: cases.cases_by_id(ctx, ids), shape)


def _org_units(ctx: Context) -> list[dict]:
    return [
        {
            "id": u.id,
            "name": u.name,
            "tier": u.tier,
            "tier_label": label(TIERS, u.tier),
            "parent_id": u.parent_id,
            "division_code": u.division_code,
            "area_kind": u.area_kind,
        }
        for u in station.list_org_units(ctx)
    ]


def _accounts(ctx: Context) -> list[dict]:
    from wulian_desk.services.station import accounts

    return [
        {
            "id": a.id,
            "username": a.username,
            "display_name": a.display_name,
            "role": a.role,
            "role_label": label(ROLES, a.role),
            "disabled": a.disabled,
        }
        for a in accounts.list_accounts(ctx)
    ]


def _groups(ctx: Context) -> list[dict]:
    from wulian_desk.core.activities import GROUP_STATUSES
    from wulian_desk.services.casework import groups

    return _paged(groups.group_ids(ctx), lambda ids: groups.groups_by_id(ctx, ids), lambda g: asdict(g) | {
        "starts_on": g.starts_on.isoformat(), "ends_on": g.ends_on.isoformat() if g.ends_on else None,
        "status_label": label(GROUP_STATUSES, g.status), "progress": f"{g.sessions}/{g.planned_sessions}"})


def _activities(ctx: Context) -> list[dict]:
    from wulian_desk.core.activities import ACTIVITY_TYPES, MAJOR_EVENTS
    from wulian_desk.core.volunteers import format_hours
    from wulian_desk.services.volunteering import activities

    return _paged(activities.activity_ids(ctx), lambda ids: activities.activities_by_id(ctx, ids), lambda a: asdict(a) | {
        "starts_at": f"{a.starts_at:%Y-%m-%d %H:%M}", "ends_at": f"{a.ends_at:%Y-%m-%d %H:%M}",
        "reported_on": a.reported_on.isoformat() if a.reported_on else None,
        "type_label": label(ACTIVITY_TYPES, a.activity_type), "major_event_label": label(MAJOR_EVENTS, a.major_event),
        "planned_hours": format_hours(a.planned_minutes), "partners_text": "、".join(a.partners)})


def _volunteers(ctx: Context) -> list[dict]:
    from wulian_desk.core.volunteers import format_hours
    from wulian_desk.services.volunteering import volunteers

    return _paged(volunteers.volunteer_ids(ctx), lambda ids: volunteers.volunteers_by_id(ctx, ids), lambda v: asdict(v) | {
        "gender_label": {"male": "男", "female": "女"}.get(v.gender, v.gender),
        "total_hours": format_hours(v.total_minutes), "year_hours": format_hours(v.year_minutes)})


def _teams(ctx: Context) -> list[dict]:
    from wulian_desk.services.volunteering import volunteers

    return [{"id": t.id, "name": t.name, "leader": t.leader, "description": t.description,
             "founded_on": t.founded_on.isoformat() if t.founded_on else None} for t in volunteers.teams(ctx)]


def _parties(name: str):
    """Rows of the other parties' lists: the services mask phones and check the permission."""
    from wulian_desk.core.charity import DONOR_TYPES, FUND_TYPES
    from wulian_desk.core.organisations import ORG_TYPES, STATUSES
    from wulian_desk.services.parties import charity, organisations, projects, staffing

    def day(value) -> str | None:
        return value.isoformat() if value else None

    def orgs(ctx):
        return _paged(organisations.organisation_ids(ctx), lambda ids: organisations.organisations_by_id(ctx, ids),
                      lambda o: asdict(o) | {"filed_on": o.filed_on.isoformat() if o.filed_on else None,
                                             "type_label": label(ORG_TYPES, o.org_type),
                                             "status_label": label(STATUSES, o.status)})

    def funds(ctx):
        return _paged(charity.fund_ids(ctx), lambda ids: charity.funds_by_id(ctx, ids), lambda f: {
            "id": f.id, "name": f.name, "fund_type": f.fund_type, "type_label": label(FUND_TYPES, f.fund_type),
            "unit_name": f.unit_name, "received_yuan": format_yuan(f.received_fen),
            "allocated_yuan": format_yuan(f.allocated_fen), "balance_yuan": format_yuan(f.balance_fen),
            "goods": charity.goods_text(f.goods)})

    def stock(ctx):
        return _paged(charity.stock_ids(ctx), lambda ids: charity.stock_by_id(ctx, ids), lambda r: asdict(r) | {
            "type_label": label(FUND_TYPES, r.fund_type)})

    def donors(ctx):
        return _paged(charity.donor_ids(ctx), lambda ids: charity.donors_by_id(ctx, ids), lambda d: asdict(d) | {
            "type_label": label(DONOR_TYPES, d.donor_type), "cash_yuan": format_yuan(d.cash_fen)})

    def donations(ctx):
        return _paged(charity.donation_ids(ctx), lambda ids: charity.donations_by_id(ctx, ids), lambda d: asdict(d) | {
            "received_on": day(d.received_on), "amount_yuan": format_yuan(d.amount_fen) if not d.item else ""})

    def project_rows(ctx):
        return _paged(projects.project_ids(ctx), lambda ids: projects.projects_by_id(ctx, ids), lambda p: asdict(p) | {
            "period_from": day(p.period_from), "period_to": day(p.period_to),
            "budget_yuan": format_yuan(p.budget_fen), "contract_yuan": format_yuan(p.contract_fen),
            "spent_yuan": format_yuan(p.spent_fen), "indicators_text": f"{p.indicators_met}/{p.indicators}",
            "accepted_label": {True: "通过", False: "未通过"}.get(p.accepted, "")})

    def staff(ctx):
        return _paged(staffing.staff_ids(ctx), lambda ids: staffing.staff_by_id(ctx, ids), asdict)

    def trainings(ctx):
        return _paged(staffing.training_ids(ctx), lambda ids: staffing.trainings_by_id(ctx, ids), lambda t: asdict(t) | {
            "held_on": day(t.held_on)})

    def operating_funds(ctx):
        return _paged(staffing.operating_fund_ids(ctx), lambda ids: staffing.operating_funds_by_id(ctx, ids),
                      lambda f: asdict(f) | {"on": day(f.on), "entry_label": label(staffing.FUND_ENTRIES, f.entry),
                                             "amount_yuan": format_yuan(f.amount_fen)})

    return {"organisations": orgs, "donors": donors, "donations": donations, "funds": funds, "stock": stock,
            "projects": project_rows, "staff": staff, "trainings": trainings, "operating_funds": operating_funds}[name]


def _party_rows(name: str) -> Callable[[Context], list[dict]]:
    return lambda ctx: _parties(name)(ctx)


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "rooms", "房间", "Rooms", Room,
            (Column("unit_name", "所属站点", "Unit"), Column("name", "名称", "Name"),
             Column("room_type_label", "类型", "Type"), Column("area_m2", "面积(㎡)", "Area m²"),
             Column("asset_count", "资产数", "Assets")),
            _rooms,
        ),
        Kind(
            "assets", "资产", "Assets", Asset,
            (Column("asset_tag", "资产编号", "Tag"), Column("name", "名称", "Name"),
             Column("category_label", "类别", "Category"), Column("status_label", "状态", "Status"),
             Column("unit_name", "所属站点", "Unit"), Column("room_name", "房间", "Room"),
             Column("purchase_date", "购置日期", "Purchased"), Column("value_yuan", "金额(元)", "Value")),
            _assets,
        ),
        Kind(
            "clients", "服务对象", "Clients", Client,
            (Column("name", "姓名", "Name"), Column("gender_label", "性别", "Gender"),
             Column("birth_date", "出生日期", "Born"), Column("id_number", "身份证号", "ID number"),
             Column("phone", "电话", "Phone"), Column("unit_name", "社区", "Community"),
             Column("category_labels", "类别", "Categories")),
            _clients,
        ),
        Kind(
            "cases", "个案", "Cases", Case,
            (Column("case_number", "个案编号", "Case no."), Column("client_name", "服务对象", "Client"),
             Column("title", "主题", "Title"), Column("stage_label", "阶段", "Stage"),
             Column("priority_label", "优先级", "Priority"), Column("risk_label", "风险", "Risk"),
             Column("opened_on", "开案日期", "Opened"), Column("next_review_on", "复查日期", "Review")),
            _cases,
        ),
        Kind(
            "units", "站点", "Org units", OrgUnit,
            (Column("name", "名称", "Name"), Column("tier_label", "层级", "Tier"),
             Column("division_code", "区划代码", "Division code"), Column("area_kind", "城乡", "Urban/rural")),
            _org_units,
        ),
        Kind(
            "accounts", "账号", "Accounts", Account,
            (Column("username", "用户名", "User"), Column("display_name", "姓名", "Name"),
             Column("role_label", "角色", "Role"), Column("disabled", "停用", "Disabled")),
            _accounts,
        ),
        Kind(
            "groups", "小组", "Groups", GroupWork,
            (Column("name", "小组名称", "Group"), Column("status_label", "状态", "Status"),
             Column("worker", "负责社工", "Worker"), Column("starts_on", "开始日期", "Starts"),
             Column("members", "成员数", "Members"), Column("progress", "已开展/计划节数", "Sessions")),
            _groups,
        ),
        Kind(
            "activities", "社区活动", "Activities", Activity,
            (Column("activity_number", "活动编号", "No."), Column("title", "活动名称", "Title"),
             Column("type_label", "类型", "Type"), Column("starts_at", "开始时间", "Starts"),
             Column("place", "地点", "Place"), Column("participants", "服务对象", "Clients"),
             Column("headcount_unregistered", "其他参与人数", "Others"), Column("volunteers", "志愿者", "Volunteers"),
             Column("major_event_label", "重大活动", "Major event"), Column("reported_on", "报告日期", "Reported")),
            _activities,
        ),
        Kind(
            "volunteers", "志愿者", "Volunteers", Volunteer,
            (Column("name", "姓名", "Name"), Column("gender_label", "性别", "Gender"),
             Column("id_number", "身份证号", "ID number"), Column("phone", "电话", "Phone"),
             Column("residence_area", "居住区域", "Area"), Column("total_hours", "累计时长(小时)", "Total hours"),
             Column("year_hours", "本年时长(小时)", "Hours this year"), Column("star_label", "星级", "Stars")),
            _volunteers,
        ),
        Kind(
            "teams", "志愿服务队", "Volunteer teams", VolunteerTeam,
            (Column("name", "名称", "Name"), Column("leader", "队长", "Leader"),
             Column("founded_on", "成立日期", "Founded")),
            _teams,
        ),
        Kind("organisations", "社区社会组织", "Community organisations", Organisation,
             (Column("name", "组织名称", "Name"), Column("unit_name", "社区", "Community"),
              Column("type_label", "类型", "Type"), Column("status_label", "登记/备案", "Status"),
              Column("leader", "负责人", "Leader"), Column("phone", "电话", "Phone"), Column("members", "成员", "Members"),
              Column("last_evaluation", "最近评议", "Evaluation")), _party_rows("organisations")),
        Kind("donors", "捐赠方", "Donors", Donor,
             (Column("name", "名称", "Name"), Column("type_label", "类型", "Type"), Column("contact", "联系人", "Contact"),
              Column("phone", "电话", "Phone"), Column("donations", "捐赠次数", "Donations"),
              Column("cash_yuan", "现金合计(元)", "Cash"), Column("goods", "捐赠物资", "Goods")), _party_rows("donors")),
        Kind("donations", "捐赠", "Donations", Donation,
             (Column("received_on", "日期", "Date"), Column("donor_name", "捐赠方", "Donor"),
              Column("fund_name", "基金或超市", "Fund"), Column("amount_yuan", "金额(元)", "Amount"),
              Column("item", "物资", "Item"), Column("quantity", "数量", "Quantity"), Column("unit", "单位", "Unit"),
              Column("notes", "备注", "Notes")), _party_rows("donations")),
        Kind("funds", "社区基金与慈善超市", "Funds", Fund,
             (Column("name", "名称", "Name"), Column("type_label", "类型", "Type"), Column("unit_name", "所属站点", "Unit"),
              Column("received_yuan", "收入(元)", "Received"), Column("allocated_yuan", "支出(元)", "Allocated"),
              Column("balance_yuan", "余额(元)", "Balance"), Column("goods", "库存物资", "Goods")), _party_rows("funds")),
        Kind("stock", "物资库存", "Goods in stock", Donation,
             (Column("fund_name", "慈善超市或基金", "Supermarket or fund"), Column("type_label", "类型", "Type"),
              Column("item", "物资", "Item"), Column("unit", "单位", "Unit"), Column("received", "入库", "In"),
              Column("issued", "出库", "Out"), Column("on_hand", "库存", "On hand"),
              Column("unit_name", "所属站点", "Unit")), _party_rows("stock"), counted=False),
        Kind("projects", "项目", "Projects", Project,
             (Column("name", "项目名称", "Name"), Column("stage_label", "阶段", "Stage"), Column("agency", "承接机构", "Agency"),
              Column("budget_yuan", "预算(元)", "Budget"), Column("contract_yuan", "协议金额(元)", "Agreed amount"),
              Column("period_from", "服务期限自", "From"), Column("period_to", "至", "To"),
              Column("spent_yuan", "已支出(元)", "Spent"), Column("indicators_text", "指标达标", "Indicators met"),
              Column("score", "评分", "Score"), Column("accepted_label", "验收", "Accepted")),
             _party_rows("projects")),
        Kind("staff", "工作人员", "Staff", Staff,
             (Column("name", "姓名", "Name"), Column("post", "岗位", "Post"), Column("certificate_label", "证书", "Certificate"),
              Column("unit_name", "所在站点", "Unit"), Column("agency", "所属机构", "Agency"), Column("phone", "电话", "Phone"),
              Column("year_hours", "本年培训课时", "Training hours this year"),
              Column("training_hours", "累计培训课时", "Training hours")), _party_rows("staff")),
        Kind("trainings", "培训记录", "Trainings", StaffTraining,
             (Column("held_on", "培训日期", "Date"), Column("staff_name", "姓名", "Name"), Column("unit_name", "所在站点", "Unit"),
              Column("name", "培训名称", "Course"), Column("hours", "课时", "Hours"),
              Column("organiser", "举办单位", "Organiser")), _party_rows("trainings")),
        Kind("operating_funds", "运行经费", "Operating funds", OperatingFund,
             (Column("year", "年度", "Year"), Column("unit_name", "站点", "Unit"), Column("entry_label", "收支", "Entry"),
              Column("amount_yuan", "金额(元)", "Amount"), Column("on", "日期", "Date"), Column("note", "说明", "Note")),
             _party_rows("operating_funds")),
    )
}


def get_kind(name: str) -> Kind:
    kind = KINDS.get(name)
    if kind is None:
        raise ValidationError(
            f"未知的记录类型：{name}。可选：{', '.join(KINDS)}",
            f"Unknown kind: {name}. Choose from: {', '.join(KINDS)}",
            field="kind",
        )
    return kind


def list_rows(ctx: Context, name: str) -> list[dict]:
    return get_kind(name).rows(ctx)


def record_counts(ctx: Context) -> dict[str, dict[str, int]]:
    """Live rows and tombstones of each kind."""
    counts = {}
    with ctx.reading() as session:
        for kind in (k for k in KINDS.values() if k.counted):
            live, deleted = queries.live_and_deleted(session, kind.model)
            counts[kind.name] = {"live": live, "deleted": deleted}
    return counts
