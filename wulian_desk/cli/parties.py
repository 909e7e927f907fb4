"""The targets dashboard and imports of organisations and donors."""

from __future__ import annotations

from pathlib import Path

from wulian_desk.cli.common import UsageError, opened, print_json
from wulian_desk.core.texts import translate


def register(sub) -> None:
    p = sub.add_parser("targets", help="工作台：各项政策目标的完成情况（未全部达标时返回 1）")
    p.add_argument("--year", type=int, default=None, help="年度（默认：今年）")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", type=Path, default=None, help="另存为 PDF 页")

    p = sub.add_parser("import-parties", help="从 .xlsx 导入社区社会组织或捐赠方；template 生成模板")
    p.add_argument("what", choices=("organisations", "donors", "template"))
    p.add_argument("target", help="要导入的 .xlsx 文件；生成模板时为 organisations 或 donors")
    p.add_argument("--out", type=Path, default=None, help="模板的保存位置")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--json", action="store_true")


def cmd_targets(args) -> int:
    from datetime import date

    from wulian_desk.services.reports import targets

    year = args.year or date.today().year
    with opened(args) as ctx:
        results = targets.dashboard(ctx, year)
        if args.pdf is not None:
            targets.print_dashboard(ctx, year, args.pdf)
    if args.json:
        print_json({"year": year, "targets": [targets.as_dict(r) for r in results]})
    else:
        for r in results:
            print(f"{'✓' if r.met else '✗'} {r.zh}：{r.figure_zh}（要求 {r.target_zh}）")
            for b in r.breakdown:
                if not b.met:
                    print(f"    ✗ {b.zh}：{b.figure_zh}（要求 {b.target_zh}）")
        print(f"{year} 年共 {len(results)} 项目标，{sum(r.met for r in results)} 项达标")
    return 0 if all(r.met for r in results) else 1


def cmd_import_parties(args) -> int:
    from wulian_desk.services.parties import parties_import

    if args.what == "template":
        if args.out is None:
            raise UsageError(translate("cli.parties", "生成模板需要 --out 文件名。"))
        print(f"已生成模板 {parties_import.write_template(args.target, args.out)}")
        return 0
    if not Path(args.target).expanduser().is_file():
        from wulian_desk.core.errors import DataDirError

        raise DataDirError(translate("cli.parties", "找不到文件：{target}").format(target=args.target))
    with opened(args) as ctx:
        report = parties_import.import_rows(ctx, args.what, Path(args.target), dry_run=args.dry_run)
    if args.json:
        print_json({"kind": report.kind, "dry_run": report.dry_run, "taken": report.taken, "refused": report.refused,
                    "rows": [{"row": r.row, "taken": r.taken, "reason": r.reason} for r in report.rows]})
    else:
        for r in report.rows:
            if not r.taken:
                print(f"第 {r.row} 行：未导入，{r.reason}")
        verb = "可导入" if report.dry_run else "已导入"
        print(f"{verb} {report.taken} 行，未导入 {report.refused} 行" + ("（试运行，未写入）" if report.dry_run else ""))
    return 0 if not report.refused else 1


HANDLERS = {
    "targets": cmd_targets,
    "import-parties": cmd_import_parties,
}
