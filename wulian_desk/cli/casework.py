"""Printing case files."""

from __future__ import annotations

from pathlib import Path

from wulian_desk.cli.common import ChineseParser, opened


def register(sub) -> None:
    p = sub.add_parser("print", help="打印文档为 PDF")
    prints = p.add_subparsers(dest="print_what", parser_class=ChineseParser, required=True)
    q = prints.add_parser("case", help="个案档案（身份证号和电话默认遮挡）")
    q.add_argument("case_id", help="个案编号（如 GA2026-0001）或记录编号")
    q.add_argument("--out", type=Path, required=True)
    q.add_argument("--full", action="store_true", help="打印完整号码（需相应权限，记入审计日志）")


def cmd_print(args) -> int:
    from wulian_desk.services.casework import cases, printing

    with opened(args) as ctx:
        case_id = cases.resolve_case(ctx, args.case_id)
        path = printing.print_case_file(ctx, case_id, args.out, full=args.full)
    print(f"已打印到 {path}" + ("（完整号码，已记入审计日志）" if args.full else "（号码已遮挡）"))
    return 0


HANDLERS = {
    "print": cmd_print,
}
