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
from wulian_desk.core.texts import Text, translate
from wulian_desk.core.vocab import ASSET_CATEGORIES, ASSET_STATUSES, ROLES, ROOM_TYPES, TIERS, label
from wulian_desk.services.context import Context
from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import station
from wulian_desk.storage.queries import reporting as queries


@dataclass(frozen=True)
class Column:
    key: str
    text: Text

    @property
    def zh(self) -> str:
        return self.text.zh


@dataclass(frozen=True)
class Kind:
    name: str
    text: Text
    model: type
    columns: tuple[Column, ...]
    rows: Callable[[Context], list[dict]]
    counted: bool = True  # one row per record of `model` (False: a view over records others count)

    @property
    def zh(self) -> str:
        return self.text.zh


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
            "rooms", translate("services.reports.catalog", "房间"), Room,
            (Column("unit_name", translate("services.reports.catalog", "所属站点")), Column("name", translate("services.reports.catalog", "名称")),
             Column("room_type_label", translate("services.reports.catalog", "类型")), Column("area_m2", translate("services.reports.catalog", "面积(㎡)")),
             Column("asset_count", translate("services.reports.catalog", "资产数"))),
            _rooms,
        ),
        Kind(
            "assets", translate("services.reports.catalog", "资产"), Asset,
            (Column("asset_tag", translate("services.reports.catalog", "资产编号")), Column("name", translate("services.reports.catalog", "名称")),
             Column("category_label", translate("services.reports.catalog", "类别")), Column("status_label", translate("services.reports.catalog", "状态")),
             Column("unit_name", translate("services.reports.catalog", "所属站点")), Column("room_name", translate("services.reports.catalog", "房间")),
             Column("purchase_date", translate("services.reports.catalog", "购置日期")), Column("value_yuan", translate("services.reports.catalog", "金额(元)"))),
            _assets,
        ),
        Kind(
            "clients", translate("services.reports.catalog", "服务对象"), Client,
            (Column("name", translate("services.reports.catalog", "姓名")), Column("gender_label", translate("services.reports.catalog", "性别")),
             Column("birth_date", translate("services.reports.catalog", "出生日期")), Column("id_number", translate("services.reports.catalog", "身份证号")),
             Column("phone", translate("services.reports.catalog", "电话")), Column("unit_name", translate("services.reports.catalog", "社区")),
             Column("category_labels", translate("services.reports.catalog", "类别"))),
            _clients,
        ),
        Kind(
            "cases", translate("services.reports.catalog", "个案"), Case,
            (Column("case_number", translate("services.reports.catalog", "个案编号")), Column("client_name", translate("services.reports.catalog", "服务对象")),
             Column("title", translate("services.reports.catalog", "主题")), Column("stage_label", translate("services.reports.catalog", "阶段")),
             Column("priority_label", translate("services.reports.catalog", "优先级")), Column("risk_label", translate("services.reports.catalog", "风险")),
             Column("opened_on", translate("services.reports.catalog", "开案日期")), Column("next_review_on", translate("services.reports.catalog", "复查日期"))),
            _cases,
        ),
        Kind(
            "units", translate("services.reports.catalog", "站点"), OrgUnit,
            (Column("name", translate("services.reports.catalog", "名称")), Column("tier_label", translate("services.reports.catalog", "层级")),
             Column("division_code", translate("services.reports.catalog", "区划代码")), Column("area_kind", translate("services.reports.catalog", "城乡"))),
            _org_units,
        ),
        Kind(
            "accounts", translate("services.reports.catalog", "账号"), Account,
            (Column("username", translate("services.reports.catalog", "用户名")), Column("display_name", translate("services.reports.catalog", "姓名")),
             Column("role_label", translate("services.reports.catalog", "角色")), Column("disabled", translate("services.reports.catalog", "停用"))),
            _accounts,
        ),
        Kind(
            "groups", translate("services.reports.catalog", "小组"), GroupWork,
            (Column("name", translate("services.reports.catalog", "小组名称")), Column("status_label", translate("services.reports.catalog", "状态")),
             Column("worker", translate("services.reports.catalog", "负责社工")), Column("starts_on", translate("services.reports.catalog", "开始日期")),
             Column("members", translate("services.reports.catalog", "成员数")), Column("progress", translate("services.reports.catalog", "已开展/计划节数"))),
            _groups,
        ),
        Kind(
            "activities", translate("services.reports.catalog", "社区活动"), Activity,
            (Column("activity_number", translate("services.reports.catalog", "活动编号")), Column("title", translate("services.reports.catalog", "活动名称")),
             Column("type_label", translate("services.reports.catalog", "类型")), Column("starts_at", translate("services.reports.catalog", "开始时间")),
             Column("place", translate("services.reports.catalog", "地点")), Column("participants", translate("services.reports.catalog", "服务对象")),
             Column("headcount_unregistered", translate("services.reports.catalog", "其他参与人数")), Column("volunteers", translate("services.reports.catalog", "志愿者")),
             Column("major_event_label", translate("services.reports.catalog", "重大活动")), Column("reported_on", translate("services.reports.catalog", "报告日期"))),
            _activities,
        ),
        Kind(
            "volunteers", translate("services.reports.catalog", "志愿者"), Volunteer,
            (Column("name", translate("services.reports.catalog", "姓名")), Column("gender_label", translate("services.reports.catalog", "性别")),
             Column("id_number", translate("services.reports.catalog", "身份证号")), Column("phone", translate("services.reports.catalog", "电话")),
             Column("residence_area", translate("services.reports.catalog", "居住区域")), Column("total_hours", translate("services.reports.catalog", "累计时长(小时)")),
             Column("year_hours", translate("services.reports.catalog", "本年时长(小时)")), Column("star_label", translate("services.reports.catalog", "星级"))),
            _volunteers,
        ),
        Kind(
            "teams", translate("services.reports.catalog", "志愿服务队"), VolunteerTeam,
            (Column("name", translate("services.reports.catalog", "名称")), Column("leader", translate("services.reports.catalog", "队长")),
             Column("founded_on", translate("services.reports.catalog", "成立日期"))),
            _teams,
        ),
        Kind("organisations", translate("services.reports.catalog", "社区社会组织"), Organisation,
             (Column("name", translate("services.reports.catalog", "组织名称")), Column("unit_name", translate("services.reports.catalog", "社区")),
              Column("type_label", translate("services.reports.catalog", "类型")), Column("status_label", translate("services.reports.catalog", "登记/备案")),
              Column("leader", translate("services.reports.catalog", "负责人")), Column("phone", translate("services.reports.catalog", "电话")), Column("members", translate("services.reports.catalog", "成员")),
              Column("last_evaluation", translate("services.reports.catalog", "最近评议"))), _party_rows("organisations")),
        Kind("donors", translate("services.reports.catalog", "捐赠方"), Donor,
             (Column("name", translate("services.reports.catalog", "名称")), Column("type_label", translate("services.reports.catalog", "类型")), Column("contact", translate("services.reports.catalog", "联系人")),
              Column("phone", translate("services.reports.catalog", "电话")), Column("donations", translate("services.reports.catalog", "捐赠次数")),
              Column("cash_yuan", translate("services.reports.catalog", "现金合计(元)")), Column("goods", translate("services.reports.catalog", "捐赠物资"))), _party_rows("donors")),
        Kind("donations", translate("services.reports.catalog", "捐赠"), Donation,
             (Column("received_on", translate("services.reports.catalog", "日期")), Column("donor_name", translate("services.reports.catalog", "捐赠方")),
              Column("fund_name", translate("services.reports.catalog", "基金或超市")), Column("amount_yuan", translate("services.reports.catalog", "金额(元)")),
              Column("item", translate("services.reports.catalog", "物资")), Column("quantity", translate("services.reports.catalog", "数量")), Column("unit", translate("services.reports.catalog", "单位")),
              Column("notes", translate("services.reports.catalog", "备注"))), _party_rows("donations")),
        Kind("funds", translate("services.reports.catalog", "社区基金与慈善超市"), Fund,
             (Column("name", translate("services.reports.catalog", "名称")), Column("type_label", translate("services.reports.catalog", "类型")), Column("unit_name", translate("services.reports.catalog", "所属站点")),
              Column("received_yuan", translate("services.reports.catalog", "收入(元)")), Column("allocated_yuan", translate("services.reports.catalog", "支出(元)")),
              Column("balance_yuan", translate("services.reports.catalog", "余额(元)")), Column("goods", translate("services.reports.catalog", "库存物资"))), _party_rows("funds")),
        Kind("stock", translate("services.reports.catalog", "物资库存"), Donation,
             (Column("fund_name", translate("services.reports.catalog", "慈善超市或基金")), Column("type_label", translate("services.reports.catalog", "类型")),
              Column("item", translate("services.reports.catalog", "物资")), Column("unit", translate("services.reports.catalog", "单位")), Column("received", translate("services.reports.catalog", "入库")),
              Column("issued", translate("services.reports.catalog", "出库")), Column("on_hand", translate("services.reports.catalog", "库存")),
              Column("unit_name", translate("services.reports.catalog", "所属站点"))), _party_rows("stock"), counted=False),
        Kind("projects", translate("services.reports.catalog", "项目"), Project,
             (Column("name", translate("services.reports.catalog", "项目名称")), Column("stage_label", translate("services.reports.catalog", "阶段")), Column("agency", translate("services.reports.catalog", "承接机构")),
              Column("budget_yuan", translate("services.reports.catalog", "预算(元)")), Column("contract_yuan", translate("services.reports.catalog", "协议金额(元)")),
              Column("period_from", translate("services.reports.catalog", "服务期限自")), Column("period_to", translate("services.reports.catalog", "至")),
              Column("spent_yuan", translate("services.reports.catalog", "已支出(元)")), Column("indicators_text", translate("services.reports.catalog", "指标达标")),
              Column("score", translate("services.reports.catalog", "评分")), Column("accepted_label", translate("services.reports.catalog", "验收"))),
             _party_rows("projects")),
        Kind("staff", translate("services.reports.catalog", "工作人员"), Staff,
             (Column("name", translate("services.reports.catalog", "姓名")), Column("post", translate("services.reports.catalog", "岗位")), Column("certificate_label", translate("services.reports.catalog", "证书")),
              Column("unit_name", translate("services.reports.catalog", "所在站点")), Column("agency", translate("services.reports.catalog", "所属机构")), Column("phone", translate("services.reports.catalog", "电话")),
              Column("year_hours", translate("services.reports.catalog", "本年培训课时")),
              Column("training_hours", translate("services.reports.catalog", "累计培训课时"))), _party_rows("staff")),
        Kind("trainings", translate("services.reports.catalog", "培训记录"), StaffTraining,
             (Column("held_on", translate("services.reports.catalog", "培训日期")), Column("staff_name", translate("services.reports.catalog", "姓名")), Column("unit_name", translate("services.reports.catalog", "所在站点")),
              Column("name", translate("services.reports.catalog", "培训名称")), Column("hours", translate("services.reports.catalog", "课时")),
              Column("organiser", translate("services.reports.catalog", "举办单位"))), _party_rows("trainings")),
        Kind("operating_funds", translate("services.reports.catalog", "运行经费"), OperatingFund,
             (Column("year", translate("services.reports.catalog", "年度")), Column("unit_name", translate("services.reports.catalog", "站点")), Column("entry_label", translate("services.reports.catalog", "收支")),
              Column("amount_yuan", translate("services.reports.catalog", "金额(元)")), Column("on", translate("services.reports.catalog", "日期")), Column("note", translate("services.reports.catalog", "说明"))),
             _party_rows("operating_funds")),
    )
}


def get_kind(name: str) -> Kind:
    kind = KINDS.get(name)
    if kind is None:
        raise ValidationError(
            translate("services.reports.catalog", "未知的记录类型：{name}。可选：{join}").format(name=name, join=', '.join(KINDS)),
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
