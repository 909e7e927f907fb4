"""Reports: the monthly report of a station, or at the county of every station and the total."""

from __future__ import annotations

from pathlib import Path

from wulian_desk.cli.common import ChineseParser, opened, print_json


def register(sub) -> None:
    p = sub.add_parser("report", help="生成报告（月度报告为 PDF 或 .xlsx）")
    reports = p.add_subparsers(dest="report_what", metavar="monthly", parser_class=ChineseParser, required=True)
    q = reports.add_parser("monthly", help="月度报告：本站当月工作；县总站为各站点及全县合计")
    q.add_argument("--month", required=True, help="月份，如 2026-03")
    q.add_argument("--out", type=Path, required=True, help="保存为 .pdf 或 .xlsx 文件")
    q.add_argument("--json", action="store_true", help="同时以 JSON 输出汇总数字")


def cmd_report(args) -> int:
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


HANDLERS = {
    "report": cmd_report,
}
