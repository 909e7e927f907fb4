"""Projects, rooms and assets from the command line: a government-purchased project from 需求评估
through its terms and evaluation to 评估验收 (`project add|agreement|indicator|evaluate|move`),
and `room add`, `asset add` — through the services the project screen and the facility dialogs call."""

from __future__ import annotations

from wulian_desk.cli.common import ChineseParser, opened
from wulian_desk.cli.entry import (
    add_json,
    choice_arg,
    date_arg,
    fen_arg,
    number_arg,
    say_saved,
    unit_of,
)
from wulian_desk.core.texts import translate


def register(sub) -> None:
    p = sub.add_parser("project", help="政府购买服务项目：新建、协议条款、绩效指标、评估、推进阶段")
    project = p.add_subparsers(dest="project_command", parser_class=ChineseParser, required=True)
    q = project.add_parser("add", help="新建项目（需求评估阶段）")
    q.add_argument("--name", required=True, help="项目名称")
    q.add_argument("--needs", default="", help="社区征集到的服务需求")
    q.add_argument("--budget", default=None, help="预算（元）")
    q.add_argument("--unit", default=None, help="所属站点的名称或编号（默认：本站）")
    add_json(q)
    q = project.add_parser("agreement", help="协议条款：承接机构、协议金额和服务期限")
    q.add_argument("project", help="项目的记录编号或名称")
    q.add_argument("--agency", required=True, help="承接的社会工作服务机构名称（未登记的将登记）")
    q.add_argument("--amount", required=True, help="协议金额（元）")
    q.add_argument("--from", dest="period_from", required=True, help="服务期限开始日期")
    q.add_argument("--to", dest="period_to", required=True, help="服务期限结束日期")
    add_json(q)
    q = project.add_parser("indicator", help="添加一项绩效指标")
    q.add_argument("project", help="项目的记录编号或名称")
    q.add_argument("--name", required=True, help="指标名称")
    q.add_argument("--target", required=True, help="目标值")
    q.add_argument("--unit", dest="measure_unit", default="", help="单位，如 人次")
    add_json(q)
    q = project.add_parser("evaluate", help="评估验收：评估报告、评分和验收结论")
    q.add_argument("project", help="项目的记录编号或名称")
    q.add_argument("--report", required=True, help="评估报告")
    q.add_argument("--score", required=True, help="评分（0 到 100）")
    q.add_argument("--accepted", action="store_true", help="验收通过")
    add_json(q)
    q = project.add_parser("move", help="推进到下一阶段（审批人为当前账号）")
    q.add_argument("project", help="项目的记录编号或名称")
    q.add_argument("stage", help="阶段：published、contracted、service、midterm、accepted")
    q.add_argument("--on", default=None, help="日期（默认：今天）")
    q.add_argument("--document", action="append", default=[], help="附件文件名（可重复）")
    q.add_argument("--note", default="", help="说明")
    add_json(q)

    p = sub.add_parser("room", help="功能室：新增（add）")
    room = p.add_subparsers(dest="room_command", parser_class=ChineseParser, required=True)
    q = room.add_parser("add", help="新增房间")
    q.add_argument("--name", required=True, help="房间名称")
    q.add_argument("--type", dest="room_type", required=True,
                   help="类型：office、counselling、group、meeting、archive、other（或中文名称）")
    q.add_argument("--area", required=True, help="面积（平方米）")
    q.add_argument("--notes", default="", help="备注")
    q.add_argument("--unit", default=None, help="所属站点的名称或编号（默认：本站）")
    add_json(q)

    p = sub.add_parser("asset", help="资产：新增（add）")
    asset = p.add_subparsers(dest="asset_command", parser_class=ChineseParser, required=True)
    q = asset.add_parser("add", help="新增资产")
    q.add_argument("--tag", required=True, help="资产编号，如 WL-2024-000123")
    q.add_argument("--name", required=True, help="名称")
    q.add_argument("--category", required=True, help="类别：furniture、computer、printer、cabinet、projector、other")
    q.add_argument("--status", default="in_use", help="状态：in_use、idle、repair、scrapped（默认 in_use）")
    q.add_argument("--room", default=None, help="所在房间的记录编号")
    q.add_argument("--purchased", default=None, help="购置日期")
    q.add_argument("--value", default=None, help="金额（元）")
    q.add_argument("--unit", default=None, help="所属站点的名称或编号（默认：本站）")
    add_json(q)


def _project(ctx, reference: str) -> str:
    """A project by record id or by its exact name."""
    from wulian_desk.core.errors import NotFoundError, ValidationError
    from wulian_desk.services.parties import projects

    wanted = reference.strip()
    rows = projects.projects_by_id(ctx, projects.project_ids(ctx, search=wanted))
    if wanted in rows or (wanted and wanted in projects.projects_by_id(ctx, [wanted])):
        return wanted
    named = [r.id for r in rows.values() if r.name == wanted]
    if len(named) > 1:
        raise ValidationError(translate("cli.projects", "有 {count} 个项目名为“{wanted}”，请用记录编号。").format(count=len(named), wanted=wanted))
    if not named:
        raise NotFoundError(translate("cli.projects", "找不到项目 {reference}。").format(reference=reference))
    return named[0]


def _project_record(ctx, project_id: str) -> dict:
    from wulian_desk.services.parties import projects

    row = projects.projects_by_id(ctx, [project_id])[project_id]
    return {"id": row.id, "name": row.name, "stage": row.stage, "stage_label": row.stage_label,
            "agency": row.agency, "budget_fen": row.budget_fen, "contract_fen": row.contract_fen,
            "indicators": row.indicators, "score": row.score, "accepted": row.accepted}


def cmd_project(args) -> int:
    from wulian_desk.services.parties import projects

    command = args.project_command
    with opened(args) as ctx:
        if command == "add":
            project_id = projects.create_project(ctx, name=args.name, needs=args.needs,
                                                 budget_fen=fen_arg(args.budget, "预算") or 0,
                                                 org_unit_id=unit_of(ctx, args.unit)).ids[0]
            record = _project_record(ctx, project_id)
            return say_saved(args, record, f"已新建项目 {record['name']}（需求评估），记录编号 {project_id}")
        if command == "move":
            ctx.require("project", "approve")  # by role first, as the window offers the move to approvers only
        project_id = _project(ctx, args.project)
        if command == "agreement":
            projects.set_agreement(ctx, project_id, agency_name=args.agency,
                                   contract_fen=fen_arg(args.amount, "协议金额") or 0,
                                   period_from=date_arg(args.period_from, "服务期限开始"),
                                   period_to=date_arg(args.period_to, "服务期限结束"))
            line = "已保存协议条款"
        elif command == "indicator":
            changes = projects.add_indicator(ctx, project_id, name=args.name, target=number_arg(args.target, "目标值"),
                                             unit=args.measure_unit)
            line = f"已添加绩效指标 {args.name.strip()}（{changes.ids[-1]}）"
        elif command == "evaluate":
            projects.update_project(ctx, project_id, report=args.report, score=number_arg(args.score, "评分"),
                                    accepted=args.accepted)
            line = "已保存评估报告和评分"
        else:
            projects.move_project(ctx, project_id, args.stage.strip(), on=date_arg(args.on, "阶段"),
                                  documents=tuple(args.document), note=args.note)
            line = "已推进项目阶段"
        record = _project_record(ctx, project_id)
    return say_saved(args, record, f"{line}：{record['name']}，现处于“{record['stage_label']}”阶段")


def cmd_room(args) -> int:
    from wulian_desk.core.facilities import check_room_fields
    from wulian_desk.core.models.facilities import RoomCreate
    from wulian_desk.core.vocab import ROOM_TYPES
    from wulian_desk.services.facilities import facilities

    # The dialog's own check first: the area as typed ("24.5", "abc") is refused naming the field.
    fields = check_room_fields(name=args.name, room_type=choice_arg(args.room_type, ROOM_TYPES, "房间类型"),
                               area_m2=args.area.strip().removesuffix("平方米").strip(), notes=args.notes)
    with opened(args) as ctx:
        data = RoomCreate(org_unit_id=unit_of(ctx, args.unit), **fields)
        room_id = facilities.create_room(ctx, data).ids[0]
    return say_saved(args, {"id": room_id, "org_unit_id": data.org_unit_id} | fields,
                     f"已新增房间 {fields['name']}，记录编号 {room_id}")


def cmd_asset(args) -> int:
    from wulian_desk.core.models.facilities import AssetCreate
    from wulian_desk.core.vocab import ASSET_CATEGORIES, ASSET_STATUSES
    from wulian_desk.services.facilities import facilities

    fields = {"asset_tag": args.tag, "name": args.name,
              "category": choice_arg(args.category, ASSET_CATEGORIES, "资产类别"),
              "status": choice_arg(args.status, ASSET_STATUSES, "资产状态"), "room_id": args.room,
              "purchase_date": date_arg(args.purchased, "购置"), "value_fen": fen_arg(args.value, "金额")}
    with opened(args) as ctx:
        data = AssetCreate(org_unit_id=unit_of(ctx, args.unit), **fields)
        asset_id = facilities.create_asset(ctx, data).ids[0]
        row = facilities.get_asset(ctx, asset_id)
    return say_saved(args, {"id": asset_id, "asset_tag": row.asset_tag, "name": row.name, "category": row.category,
                            "room_id": args.room, "value_fen": fields["value_fen"]},
                     f"已新增资产 {row.asset_tag} {row.name}，记录编号 {asset_id}")


HANDLERS = {"project": cmd_project, "room": cmd_room, "asset": cmd_asset}
