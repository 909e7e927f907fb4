"""Community work from the command line: volunteers (`volunteers add`), activities with their
volunteers (`activity add`), their hours (`hours add`) and groups (`group add|members|session`),
each through the service its dialog calls."""

from __future__ import annotations

from datetime import date

from wulian_desk.cli.common import ChineseParser, UsageError, opened
from wulian_desk.cli.entry import (
    account_of,
    add_json,
    choice_arg,
    date_arg,
    number_arg,
    say_saved,
    time_arg,
    unit_of,
)
from wulian_desk.core.texts import translate


def register(sub) -> None:
    p = sub.add_parser("activity", help="社区活动：新建（add），可同时加入志愿者")
    activity = p.add_subparsers(dest="activity_command", parser_class=ChineseParser, required=True)
    q = activity.add_parser("add", help="新建社区活动")
    q.add_argument("--title", required=True, help="活动名称")
    q.add_argument("--type", dest="activity_type", default="other",
                   help="活动类型：neighbour_watch、consultation、culture_sports、training、other")
    q.add_argument("--on", required=True, help="活动日期")
    q.add_argument("--from", dest="starts", default="09:00", help="开始时间（默认 09:00）")
    q.add_argument("--to", dest="ends", default="11:00", help="结束时间（默认 11:00）")
    q.add_argument("--unit", default=None, help="举办站点或社区的名称或编号（默认：本站）")
    q.add_argument("--room", default=None, help="活动室的记录编号")
    q.add_argument("--place", default="", help="活动地点（不在活动室时）")
    q.add_argument("--organiser", default=None, help="组织单位（默认：本站名称）")
    q.add_argument("--person-in-charge", default=None, help="负责人（默认：当前账号的姓名）")
    q.add_argument("--partner", action="append", default=[], help="合作单位（可重复）")
    q.add_argument("--hours", default="2", help="每位志愿者的服务时长（小时，默认 2）")
    q.add_argument("--headcount", type=int, default=0, help="未登记参与人数")
    q.add_argument("--major-event", default=None, help="重大活动类别（须报备）：festival、performance、sports、gathering")
    q.add_argument("--description", default="", help="活动内容")
    q.add_argument("--volunteer", action="append", default=[], help="参加的志愿者：记录编号或身份证号码（可重复）")
    add_json(q)

    p = sub.add_parser("hours", help="志愿服务时长：为一项活动的志愿者，或为一位志愿者记录")
    hours = p.add_subparsers(dest="hours_command", parser_class=ChineseParser, required=True)
    q = hours.add_parser("add", help="--activity 活动：到场志愿者按活动时长一次记录；--volunteer 志愿者：记录一条")
    q.add_argument("--activity", default=None, help="活动编号（如 HD2026-0001）或记录编号")
    q.add_argument("--volunteer", default=None, help="志愿者的记录编号或身份证号码")
    q.add_argument("--hours", default=None, help="时长（小时）；活动默认为计划时长")
    q.add_argument("--adjust", action="append", default=[], metavar="志愿者=小时",
                   help="（活动）某位志愿者的不同时长")
    q.add_argument("--absent", action="append", default=[], help="（活动）未到场的志愿者")
    q.add_argument("--on", default=None, help="（单条）服务日期")
    q.add_argument("--content", default="", help="服务内容")
    q.add_argument("--place", default="", help="（单条）服务地点")
    add_json(q)

    p = sub.add_parser("group", help="小组工作：新建（add）、加入组员（members）、新增一节（session）")
    group = p.add_subparsers(dest="group_command", parser_class=ChineseParser, required=True)
    q = group.add_parser("add", help="新建小组")
    q.add_argument("--name", required=True, help="小组名称")
    q.add_argument("--goals", required=True, help="小组目标")
    q.add_argument("--target-members", required=True, help="招募对象")
    q.add_argument("--starts-on", default=None, help="开始日期（默认：今天）")
    q.add_argument("--sessions", type=int, default=6, help="计划节数（默认 6）")
    q.add_argument("--worker", default=None, help="负责社工的用户名（默认：当前账号）")
    q.add_argument("--unit", default=None, help="开展站点或社区的名称或编号（默认：本站）")
    add_json(q)
    q = group.add_parser("members", help="把服务对象加入小组")
    q.add_argument("group", help="小组的记录编号")
    q.add_argument("clients", nargs="+", help="服务对象的记录编号或身份证号码")
    add_json(q)
    q = group.add_parser("session", help="新增一节小组活动")
    q.add_argument("group", help="小组的记录编号")
    q.add_argument("--on", required=True, help="活动日期")
    q.add_argument("--plan", required=True, help="活动计划")
    q.add_argument("--place", default="", help="活动地点")
    q.add_argument("--room", default=None, help="活动室的记录编号")
    add_json(q)


def volunteers_parser(volunteers) -> None:
    """`volunteers add`, under the `volunteers` command (cli/people.py)."""
    q = volunteers.add_parser("add", help="登记志愿者")
    q.add_argument("--name", required=True, help="姓名")
    q.add_argument("--id-number", default="", help="身份证号码")
    q.add_argument("--gender", default=None, help="性别：male/男 或 female/女（有身份证号码时可不填）")
    q.add_argument("--consent-on", default=None, help="本人同意登记的日期（默认：今天）")
    q.add_argument("--phone", default="", help="联系方式")
    q.add_argument("--residence-area", default="", help="居住区域")
    q.add_argument("--skills", default="", help="专业技能")
    q.add_argument("--national-number", default="", help="志愿者统一编号")
    q.add_argument("--unit", default=None, help="所属站点或社区的名称或编号（默认：本站）")
    add_json(q)


def cmd_volunteer_add(args) -> int:
    from wulian_desk.core.clients import GENDERS
    from wulian_desk.core.identity import parse_id_number
    from wulian_desk.core.volunteers import VolunteerInput
    from wulian_desk.services.volunteering import volunteers

    gender = choice_arg(args.gender, GENDERS, "性别")
    if gender is None and args.id_number.strip():
        gender = parse_id_number(args.id_number)[2]
    consent_on = date_arg(args.consent_on, "同意登记") or date.today()
    with opened(args) as ctx:
        data = VolunteerInput(name=args.name, gender=gender or "", org_unit_id=unit_of(ctx, args.unit),
                              consent_on=consent_on, id_number=args.id_number.strip(), phone=args.phone,
                              residence_area=args.residence_area, skills=args.skills,
                              national_number=args.national_number)
        volunteer_id = volunteers.create_volunteer(ctx, data).ids[0]
    return say_saved(args, {"id": volunteer_id, "name": args.name.strip(), "gender": gender,
                            "org_unit_id": data.org_unit_id},
                     f"已登记志愿者 {args.name.strip()}，记录编号 {volunteer_id}")


def cmd_activity(args) -> int:
    from wulian_desk.core.activities import ACTIVITY_TYPES, MAJOR_EVENTS, ActivityInput
    from wulian_desk.services.station import station
    from wulian_desk.services.volunteering import activities, volunteers

    day = date_arg(args.on, "活动")
    starts, ends = time_arg(day, args.starts, "开始"), time_arg(day, args.ends, "结束")
    planned = number_arg(args.hours, "服务时长")
    kind = choice_arg(args.activity_type, ACTIVITY_TYPES, "活动类型")
    major = choice_arg(args.major_event, MAJOR_EVENTS, "重大活动类别")
    with opened(args) as ctx:
        # Every volunteer is found before anything is written: a wrong one leaves no half-made activity.
        joining = [volunteers.resolve_volunteer(ctx, v) for v in args.volunteer]
        data = ActivityInput(
            title=args.title, activity_type=kind, org_unit_id=unit_of(ctx, args.unit), starts_at=starts,
            ends_at=ends, organiser=station.station_info(ctx).name if args.organiser is None else args.organiser,
            person_in_charge=ctx.display_name if args.person_in_charge is None else args.person_in_charge,
            room_id=args.room, place=args.place, partners=args.partner, description=args.description,
            planned_hours=planned, headcount_unregistered=args.headcount, major_event=major)
        activity_id = activities.create_activity(ctx, data).ids[0]
        if joining:
            activities.add_volunteers(ctx, activity_id, joining)
        row = activities.activities_by_id(ctx, [activity_id])[activity_id]
    return say_saved(args, {"id": activity_id, "activity_number": row.activity_number, "title": row.title,
                            "starts_at": starts, "planned_hours": planned, "volunteers": joining},
                     f"已新建活动 {row.activity_number}：{row.title}（{len(joining)} 位志愿者），记录编号 {activity_id}")


def cmd_hours(args) -> int:
    from wulian_desk.core.volunteers import format_hours
    from wulian_desk.services.volunteering import activities, service_hours, volunteers

    if (args.activity is None) == (args.volunteer is None):
        raise UsageError(translate("cli.activities", "请给出 --activity 活动，或 --volunteer 志愿者（二者选一）。"))
    hours = number_arg(args.hours, "时长")
    adjust = [(who, number_arg(h, "时长")) for who, _s, h in (a.partition("=") for a in args.adjust)]
    with opened(args) as ctx:
        if args.volunteer is not None:
            if hours is None or not args.on:
                raise UsageError(translate("cli.activities", "单条服务记录须给出 --hours 时长和 --on 日期。"))
            volunteer_id = volunteers.resolve_volunteer(ctx, args.volunteer)
            changes = service_hours.record_service(ctx, volunteer_id, served_on=date_arg(args.on, "服务"),
                                                   hours=hours, content=args.content, place=args.place)
            record = {"ids": list(changes.ids[:1]), "volunteer_id": volunteer_id, "hours": format_hours(round(hours * 60))}
        else:
            activity_id = activities.resolve_activity(ctx, args.activity)
            adjustments = {volunteers.resolve_volunteer(ctx, who): h for who, h in adjust}
            adjustments |= {volunteers.resolve_volunteer(ctx, who): None for who in args.absent}
            changes = service_hours.record_activity_hours(ctx, activity_id, hours=hours, adjustments=adjustments,
                                                          content=args.content)
            record = {"ids": list(changes.ids), "activity_id": activity_id, "records": len(changes.ids)}
    record["warnings"] = list(changes.warnings)  # records entered late: kept, and flagged
    if not args.json:
        for warning in changes.warnings:
            print(f"注意：{warning}")
    return say_saved(args, record, f"已记录 {len(record['ids'])} 条志愿服务时长")


def cmd_group(args) -> int:
    from wulian_desk.core.activities import GroupInput
    from wulian_desk.services.casework import clients, groups

    with opened(args) as ctx:
        if args.group_command == "add":
            data = GroupInput(name=args.name, org_unit_id=unit_of(ctx, args.unit),
                              worker_id=account_of(ctx, args.worker) or ctx.account_id or "", goals=args.goals,
                              target_members=args.target_members,
                              starts_on=date_arg(args.starts_on, "开始") or date.today(),
                              planned_sessions=args.sessions)
            group_id = groups.create_group(ctx, data).ids[0]
            return say_saved(args, {"id": group_id, "name": args.name.strip(), "worker_id": data.worker_id,
                                    "starts_on": data.starts_on, "planned_sessions": args.sessions},
                             f"已新建小组 {args.name.strip()}，记录编号 {group_id}")
        group_id = _group(ctx, args.group)
        if args.group_command == "members":
            joining = [clients.resolve_client(ctx, c) for c in args.clients]
            groups.add_members(ctx, group_id, joining)
            return say_saved(args, {"id": group_id, "members_added": joining},
                             f"已把 {len(joining)} 位服务对象加入小组")
        changes = groups.add_group_session(ctx, group_id, held_on=date_arg(args.on, "活动"), plan=args.plan,
                                           room_id=args.room, place=args.place)
    return say_saved(args, {"id": changes.ids[0], "group_id": group_id, "held_on": date_arg(args.on, "活动")},
                     f"已新增一节小组活动，记录编号 {changes.ids[0]}")


def _group(ctx, reference: str) -> str:
    from wulian_desk.core.errors import NotFoundError
    from wulian_desk.services.casework import groups

    if reference.strip() not in groups.groups_by_id(ctx, [reference.strip()]):
        raise NotFoundError(translate("cli.activities", "找不到小组 {reference}。").format(reference=reference))
    return reference.strip()


HANDLERS = {"activity": cmd_activity, "hours": cmd_hours, "group": cmd_group}
