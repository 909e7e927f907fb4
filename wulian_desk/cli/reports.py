"""Reports: the monthly report of a station, or at the county of every station and the total."""

from __future__ import annotations

from pathlib import Path

from wulian_desk.cli.common import ChineseParser, opened, print_json


def register(sub) -> None:
    p = sub.add_parser("report", help="生成报告（月度报告为 PDF 或 .xlsx）")
    reports = p.add_subparsers(dest="report_what", metavar="monthly|submit|approve|return|reopen",
                               parser_class=ChineseParser, required=True)
    q = reports.add_parser("monthly", help="月度报告：本站当月工作；县总站为各站点及全县合计")
    q.add_argument("--month", required=True, help="月份，如 2026-03")
    q.add_argument("--out", type=Path, required=True, help="保存为 .pdf 或 .xlsx 文件")
    q.add_argument("--json", action="store_true", help="同时以 JSON 输出汇总数字")
    q = reports.add_parser("submit", help="向上级报送一个已结束的月份（随下一个数据包上报）")
    q.add_argument("--month", required=True, help="月份，如 2026-03")
    q.add_argument("--note", default="", help="报送说明（可选）")
    for name, text in (("approve", "（上级）审核通过一个站点已报送的月份，该月在站点锁定"),
                       ("return", "（上级）退回一个站点已报送的月份，须写明原因"),
                       ("reopen", "（上级）重新开放已审核通过的月份，须写明原因")):
        q = reports.add_parser(name, help=text)
        q.add_argument("--station", required=True, help="站点编号（keys show --json 所示）或区划代码")
        q.add_argument("--month", required=True, help="月份，如 2026-03")
        if name != "approve":
            q.add_argument("--reason", required=True, help="原因")


def cmd_report(args) -> int:
    if args.report_what != "monthly":
        return _cmd_approval(args)
    from wulian_desk.core.rollup import parse_month
    from wulian_desk.services.reports import rollup

    # Everything that can be checked without the database is checked before the password is asked.
    month = parse_month(args.month)
    rollup.check_writable(args.out)
    rollup.report_format(args.out)
    with opened(args) as ctx:
        path, result = rollup.write_monthly(ctx, month, args.out)
    if args.json:
        print_json(rollup.as_dict(result) | {"out": str(path)})
    else:
        print(f"已生成 {month.zh} 月度报告：{path}")
    return 0


def _cmd_approval(args) -> int:
    from wulian_desk.core.rollup import parse_month
    from wulian_desk.services.reports import approval

    month = parse_month(args.month)
    with opened(args) as ctx:
        if args.report_what == "submit":
            approval.submit(ctx, month, note=args.note)
            print(f"已报送 {month.zh}，将随下一个数据包上报。")
            return 0
        if args.report_what == "approve":
            approval.approve(ctx, station=args.station, month=month)
            said = "已审核通过 {} 的 {}；决定随下一个数据包下发，该月在站点锁定。"
        elif args.report_what == "return":
            approval.return_month(ctx, station=args.station, month=month, reason=args.reason)
            said = "已退回 {} 的 {}，原因随下一个数据包下发。"
        else:
            approval.reopen(ctx, station=args.station, month=month, reason=args.reason)
            said = "已重新开放 {} 的 {}，站点须重新报送。"
        print(said.format(approval.find_station(ctx, args.station)[1], month.zh))
    return 0


HANDLERS = {
    "report": cmd_report,
}
