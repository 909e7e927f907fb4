"""One person across stations: the volunteers by person (`volunteers people`), the clients by
person, and the county's manual links (`people link|unlink`)."""

from __future__ import annotations

from pathlib import Path

from wulian_desk.cli import activities
from wulian_desk.cli.common import ChineseParser, opened, print_json, print_table


def register(sub) -> None:
    p = sub.add_parser("volunteers", help="志愿者：登记（add）；按人汇总（同一人在各站点的记录合为一行）")
    volunteers = p.add_subparsers(dest="volunteers_command", parser_class=ChineseParser, required=True)
    q = volunteers.add_parser("people", help="每人一行：总时长、星级（按现行政策配置）、服务的站点，各站记录在下")
    q.add_argument("--search", default="", help="按姓名或志愿者统一编号查找")
    q.add_argument("--json", action="store_true")
    q = volunteers.add_parser("certificate", help="为一个人出具一份证明，涵盖其在各站点的全部服务时长")
    q.add_argument("person", help="人员编号（volunteers people 列出的 person_id，或其任一条志愿者记录编号）")
    q.add_argument("--out", type=Path, required=True)
    activities.volunteers_parser(volunteers)

    p = sub.add_parser("people", help="同一人：服务对象按人汇总；（总站）手工关联或取消关联")
    people = p.add_subparsers(dest="people_command", parser_class=ChineseParser, required=True)
    q = people.add_parser("clients", help="服务对象按人汇总（在两个站点接受服务的同一人只算一人）")
    q.add_argument("--json", action="store_true")
    q = people.add_parser("link", help="（总站）把没有身份证号码的几条记录关联为同一人")
    q.add_argument("kind", choices=("volunteer", "client"))
    q.add_argument("records", nargs="+", help="两条或更多记录编号")
    q = people.add_parser("unlink", help="（总站）取消一条记录的手工关联")
    q.add_argument("kind", choices=("volunteer", "client"))
    q.add_argument("record", help="记录编号")


def _person_dict(person) -> dict:
    return {"person_id": person.person_id, "name": person.name, "national_number": person.national_number,
            "person_key": person.person_key, "hours": person.hours, "stars": person.stars,
            "star_label": person.star_label, "stations": person.stations,
            "records": [{"volunteer_id": r.volunteer_id, "station_id": r.station_id, "station": r.station_name,
                         "hours": round(r.minutes / 60, 2), "records": r.records, "teams": r.teams,
                         "trainings": r.trainings, "training_hours": r.training_hours} for r in person.records]}


def cmd_volunteers(args) -> int:
    from wulian_desk.services.volunteering import certificates, people

    if args.volunteers_command == "add":
        return activities.cmd_volunteer_add(args)
    with opened(args) as ctx:
        if args.volunteers_command == "certificate":
            issued = certificates.issue_person_certificate(ctx, args.person.strip(), args.out)
            print(f"已出具志愿服务记录证明 {issued.number}：{round(issued.minutes / 60, 2):g} 小时，{issued.records} 条记录")
            print(f"验证码：{issued.code}")
            print(f"已保存到 {issued.path}")
            return 0
        found = people.volunteer_people(ctx, search=args.search)
    if args.json:
        print_json({"people": len(found), "records": sum(len(p.records) for p in found),
                    "volunteers": [_person_dict(p) for p in found]})
        return 0
    rows = []
    for p in found:
        rows.append({"who": p.name, "number": p.national_number or "—", "hours": f"{p.hours:g}",
                     "stars": p.star_label or "—", "where": "、".join(p.stations)})
        rows += [{"who": "", "number": "", "hours": f"{r.minutes / 60:g}", "stars": "",
                  "where": f"└ {r.station_name}（{'、'.join(r.teams) or '无服务队'}，培训 {r.trainings} 次）"}
                 for r in p.records]
    print_table([("who", "姓名"), ("number", "志愿者统一编号"), ("hours", "时长（小时）"), ("stars", "星级"),
                 ("where", "站点")], rows)
    print(f"共 {len(found)} 人（{sum(len(p.records) for p in found)} 条志愿者记录）")
    return 0


def cmd_people(args) -> int:
    from wulian_desk.services.volunteering import people

    with opened(args) as ctx:
        if args.people_command == "link":
            people.link(ctx, args.kind, args.records)
            print(f"已将 {len(args.records)} 条记录关联为同一人；随下次数据包发往各站点。")
            return 0
        if args.people_command == "unlink":
            people.unlink(ctx, args.kind, args.record)
            print("已取消这条记录的手工关联；随下次数据包发往各站点。")
            return 0
        grouped = people.client_people(ctx)
    if args.json:
        print_json({"people": len(grouped), "records": sum(len(r) for _, r in grouped),
                    "clients": [{"person_id": p, "records": [{"client_id": c, "station_id": o} for c, o in recs]}
                                for p, recs in grouped]})
        return 0
    print(f"共 {len(grouped)} 人（{sum(len(r) for _, r in grouped)} 条服务对象记录）")
    return 0


HANDLERS = {"volunteers": cmd_volunteers, "people": cmd_people}
