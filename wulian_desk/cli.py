"""The command line: every main job also runs headless, scriptable, with `--json` where it prints
data. A known error prints one line and exits non-zero; anything else is a bug, logged with its
traceback and reported in one line that names the log.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from wulian_desk import __version__
from wulian_desk.core.errors import ValidationError, WulianError
from wulian_desk.paths import default_data_dir, log_dir

PASSPHRASE_ENV = "WULIAN_DESK_PASSPHRASE"
NEW_PASSWORD_ENV = "WULIAN_DESK_NEW_PASSWORD"
USER_ENV = "WULIAN_DESK_USER"

log = logging.getLogger("wulian_desk.cli")


class UsageError(ValidationError):
    exit_code = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is a known error with a Chinese message, not exit(2) + English."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"命令行参数有误：{message}（用 --help 查看用法）", f"Usage: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="wulian-desk", description="五社联动工作台 Wulian Desk")
    parser.add_argument("--data-dir", type=Path, default=None, help="数据文件夹（默认：系统的应用数据目录）")
    parser.add_argument("--user", default=None, help=f"账号用户名（也可用环境变量 {USER_ENV}）")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None, help="界面语言")
    parser.add_argument("--version", action="version", version=f"wulian-desk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("init", help="建立站点和第一个账号（站长）")
    p.add_argument("--tier", required=True, choices=("county", "township", "community"))
    p.add_argument("--name", required=True)
    p.add_argument("--code", default=None, help="行政区划代码")
    p.add_argument("--area-kind", choices=("urban", "rural"), default=None)
    p.add_argument("--admin", default="admin", help="站长账号的用户名")
    p.add_argument("--admin-name", default="", help="站长姓名")
    p.add_argument("--recovery-pdf", type=Path, default=None, help="把恢复码另存为 PDF")

    p = sub.add_parser("demo", help="填充演示数据（固定种子）")
    p.add_argument("--scale", type=int, default=1)

    p = sub.add_parser("list", help="列出一类记录")
    p.add_argument("kind")
    p.add_argument("--json", action="store_true")

    for name, text in (("stats", "各类记录数量"), ("compliance", "设施达标情况")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--json", action="store_true")

    sub.add_parser("check", help="检查数据库完整性（全部通过才返回 0）")

    p = sub.add_parser("backup", help="备份（备份文件保持加密）")
    p.add_argument("--to", type=Path, required=True)

    p = sub.add_parser("restore", help="从备份恢复（原数据库先另存）")
    p.add_argument("file", type=Path)

    p = sub.add_parser("users", help="员工账号管理（站长）")
    users = p.add_subparsers(dest="users_command", parser_class=_Parser, required=True)
    q = users.add_parser("list", help="列出账号")
    q.add_argument("--json", action="store_true")
    q = users.add_parser("add", help="新建账号（新密码取自 WULIAN_DESK_NEW_PASSWORD 或提示输入）")
    q.add_argument("username")
    q.add_argument("--role", required=True, choices=("worker", "supervisor", "head", "county_admin"))
    q.add_argument("--name", default="", help="姓名")
    q = users.add_parser("disable", help="停用账号（其密钥槽随即删除）")
    q.add_argument("username")
    q = users.add_parser("passwd", help="重设某账号的密码（新密码取自 WULIAN_DESK_NEW_PASSWORD 或提示输入）")
    q.add_argument("username")
    q = users.add_parser("role", help="修改角色")
    q.add_argument("username")
    q.add_argument("role", choices=("worker", "supervisor", "head", "county_admin"))

    p = sub.add_parser("audit", help="查看审计日志（站长）")
    p.add_argument("--json", action="store_true")
    p.add_argument("--since", default=None, help="起始日期，如 2026-11-01")
    p.add_argument("--user", dest="audit_user", default=None, help="只看某个用户")
    p.add_argument("--record", default=None, help="只看某条记录的编号")
    p.add_argument("--limit", type=int, default=None)

    p = sub.add_parser("print", help="打印文档为 PDF")
    prints = p.add_subparsers(dest="print_what", parser_class=_Parser, required=True)
    q = prints.add_parser("case", help="个案档案（身份证号和电话默认遮挡）")
    q.add_argument("case_id", help="个案编号（如 GA2026-0001）或记录编号")
    q.add_argument("--out", type=Path, required=True)
    q.add_argument("--full", action="store_true", help="打印完整号码（需相应权限，记入审计日志）")

    p = sub.add_parser("certificate", help="出具志愿服务记录证明（PDF）")
    p.add_argument("volunteer", help="志愿者的身份证号码或记录编号")
    p.add_argument("--from", dest="period_from", default=None, help="起始日期，如 2026-01-01（默认：第一条记录）")
    p.add_argument("--to", dest="period_to", default=None, help="截止日期（默认：今天）")
    p.add_argument("--out", type=Path, required=True)

    p = sub.add_parser("verify-certificate", help="核验志愿服务记录证明的验证码")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("import-roster", help="从 .xlsx 导入志愿者花名册或服务时长；template 生成模板")
    p.add_argument("what", choices=("volunteers", "hours", "template"))
    p.add_argument("target", help="要导入的 .xlsx 文件；生成模板时为 volunteers 或 hours")
    p.add_argument("--out", type=Path, default=None, help="模板的保存位置")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--json", action="store_true")

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

    p = sub.add_parser("screenshot", help="离屏渲染一个界面并保存为 PNG")
    p.add_argument("screen")
    p.add_argument("--out", type=Path, required=True)
    return parser


# -- passphrases --------------------------------------------------------------------------------


def read_passphrase(prompt: str = "密码或恢复码：") -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise ValidationError(
            f"需要密码：请在终端中运行，或设置环境变量 {PASSPHRASE_ENV}。",
            f"A passphrase is needed: run in a terminal or set {PASSPHRASE_ENV}.",
        )
    return getpass.getpass(prompt)


def read_new_password(env: str = PASSPHRASE_ENV, prompt: str = "为站长账号设置密码：") -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise ValidationError(
            f"需要新密码：请在终端中运行，或设置环境变量 {env}。",
            f"A new password is needed: run in a terminal or set {env}.",
        )
    first = getpass.getpass(prompt)
    if getpass.getpass("再输入一次：") != first:
        raise ValidationError("两次输入的密码不一致。", "The passwords do not match.")
    return first


def _user(args) -> str | None:
    return args.user or os.environ.get(USER_ENV) or None


def _data_dir(args) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def _open(args, passphrase: str | None = None):
    from wulian_desk.services import station

    return station.open_station(_data_dir(args), passphrase=passphrase or read_passphrase(), username=_user(args))


# -- output -------------------------------------------------------------------------------------


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_table(columns: list[tuple[str, str]], rows: list[dict]) -> None:
    """A plain table whose columns line up for Chinese text too (CJK characters are two wide)."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    cells = [[h for _, h in columns]] + [["" if r.get(k) is None else str(r.get(k)) for k, _ in columns] for r in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(columns))]
    for n, row in enumerate(cells):
        print("  ".join(c + " " * (w - width(c)) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


# -- commands -----------------------------------------------------------------------------------


def cmd_init(args) -> int:
    from wulian_desk.services import station

    result = station.setup_station(
        _data_dir(args),
        name=args.name,
        tier=args.tier,
        division_code=args.code,
        area_kind=args.area_kind,
        admin_username=args.admin,
        admin_display_name=args.admin_name,
        admin_password=read_new_password(),
    )
    try:
        info = station.station_info(result.context)
        print(f"已建立站点：{info.name}（{info.data_dir}）")
        print(f"站长账号：{args.admin}")
        print()
        print("恢复码（只显示这一次，请抄下来锁进柜子；忘记全部密码或换电脑时需要它）：")
        print(f"    {result.recovery_code}")
        if args.recovery_pdf:
            from wulian_desk.reports.recovery_sheet import write_recovery_sheet

            write_recovery_sheet(args.recovery_pdf, station_name=info.name, code=result.recovery_code)
            print(f"恢复码已另存为 {args.recovery_pdf}")
        if not result.keyring_available:
            print()
            print("提示：这台电脑没有可用的系统密钥环，数据库只靠密码和恢复码保护。")
    finally:
        result.context.close()
    return 0


def cmd_demo(args) -> int:
    from wulian_desk.core.tasks import Progress
    from wulian_desk.services import catalog, demo
    from wulian_desk.storage.keyslots import normalise_recovery_code

    passphrase = read_passphrase()
    ctx = _open(args, passphrase)
    try:
        shown = [-1]

        def report(done: int, total: int, text: str) -> None:
            percent = done * 100 // max(total, 1)
            if percent // 10 != shown[0] and sys.stderr.isatty():
                shown[0] = percent // 10
                print(f"\r{text} {percent}%", end="", file=sys.stderr, flush=True)

        # Demo staff (two workers, a supervisor) log in with the same password as this account.
        staff_password = None if normalise_recovery_code(passphrase) else passphrase
        demo.fill_demo(ctx, scale=args.scale, staff_password=staff_password, progress=Progress(report))
        if sys.stderr.isatty():
            print(file=sys.stderr)
        counts = catalog.record_counts(ctx)
        print("已填充演示数据：" + "，".join(f"{catalog.KINDS[k].zh} {v['live']}" for k, v in counts.items()))
        if staff_password:
            print("演示员工账号 liwei、zhaomin（社工）和 chenjing（督导），密码与当前账号相同。")
    finally:
        ctx.close()
    return 0


def cmd_list(args) -> int:
    from wulian_desk.services import catalog

    kind = catalog.get_kind(args.kind)  # an unknown kind is refused before asking for a password
    ctx = _open(args)
    try:
        rows = kind.rows(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json(rows)
    else:
        print_table([(c.key, c.zh) for c in kind.columns], rows)
        print(f"共 {len(rows)} 条{kind.zh}")
    return 0


def cmd_stats(args) -> int:
    from wulian_desk.services import catalog

    ctx = _open(args)
    try:
        counts = catalog.record_counts(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json(counts)
    else:
        rows = [{"kind": catalog.KINDS[k].zh, "live": v["live"], "deleted": v["deleted"]} for k, v in counts.items()]
        print_table([("kind", "类型"), ("live", "数量"), ("deleted", "已删除")], rows)
    return 0


def cmd_compliance(args) -> int:
    from wulian_desk.core.vocab import TIERS, label
    from wulian_desk.services import facilities

    ctx = _open(args)
    try:
        units = facilities.compliance(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json(
            [
                {
                    "org_unit_id": u.org_unit_id,
                    "name": u.name,
                    "tier": u.tier,
                    "met": u.met,
                    "items": [
                        {"key": i.key, "requirement": i.requirement_zh, "met": i.met, "found": i.found_zh}
                        for i in u.items
                    ],
                    "missing": [i.requirement_zh for i in u.missing],
                }
                for u in units
            ]
        )
    else:
        for u in units:
            status = "达标" if u.met else "未达标"
            print(f"{u.name}（{label(TIERS, u.tier)}）：{status}")
            for i in u.items:
                print(f"  {'✓' if i.met else '✗'} {i.requirement_zh}：{i.found_zh}")
        missing = sum(1 for u in units if not u.met)
        print(f"共 {len(units)} 个站点，{missing} 个未达标")
    return 0 if all(u.met for u in units) else 1


def cmd_check(args) -> int:
    from wulian_desk.services import maintenance

    ctx = _open(args)
    try:
        results = maintenance.check_station(ctx)
    finally:
        ctx.close()
    for r in results:
        print(f"{'通过' if r.ok else '失败'}  {r.name}: {r.detail}")
    return 0 if all(r.ok for r in results) else 1


def cmd_backup(args) -> int:
    from wulian_desk.services import maintenance

    ctx = _open(args)
    try:
        path = maintenance.backup_station(ctx, args.to)
    finally:
        ctx.close()
    print(f"已备份到 {path}（文件保持加密，用密码或恢复码打开）")
    return 0


def cmd_restore(args) -> int:
    from wulian_desk.services import maintenance

    saved = maintenance.restore_station(_data_dir(args), args.file, passphrase=read_passphrase(), username=_user(args))
    print(f"已从 {args.file} 恢复，本机获得新的设备编号。")
    if saved:
        print(f"原来的数据库已另存在 {saved}")
    return 0


def cmd_users(args) -> int:
    from wulian_desk.core.vocab import ROLES, label
    from wulian_desk.services import accounts

    ctx = _open(args)
    try:
        sub = args.users_command
        if sub == "list":
            rows = [
                {"id": a.id, "username": a.username, "display_name": a.display_name, "role": a.role,
                 "role_label": label(ROLES, a.role), "disabled": a.disabled}
                for a in accounts.list_accounts(ctx)
            ]
            if args.json:
                print_json(rows)
            else:
                for row in rows:
                    row["state"] = "已停用" if row["disabled"] else "正常"
                print_table([("username", "用户名"), ("display_name", "姓名"), ("role_label", "角色"), ("state", "状态")], rows)
            return 0
        if sub == "add":
            password = read_new_password(NEW_PASSWORD_ENV, f"为 {args.username} 设置密码：")
            accounts.create_account(ctx, username=args.username, display_name=args.name, role=args.role, password=password)
            print(f"已新建账号 {args.username}（{label(ROLES, args.role)}）")
            return 0
        target = accounts.find_account(ctx, args.username)
        if sub == "disable":
            accounts.disable_account(ctx, target.id)
            print(f"已停用账号 {target.username}，它的密码不再能解锁数据库。")
        elif sub == "passwd":
            password = read_new_password(NEW_PASSWORD_ENV, f"为 {target.username} 设置新密码：")
            accounts.reset_password(ctx, target.id, new_password=password)
            print(f"已重设 {target.username} 的密码。")
        elif sub == "role":
            accounts.set_role(ctx, target.id, args.role)
            print(f"{target.username} 的角色已改为{label(ROLES, args.role)}。")
        return 0
    finally:
        ctx.close()


def cmd_audit(args) -> int:
    from wulian_desk.services import audit_log

    audit_log.parse_since(args.since)  # a bad date is refused before asking for a password
    ctx = _open(args)
    try:
        entries = audit_log.journal(ctx, since=args.since, username=args.audit_user, record_id=args.record, limit=args.limit)
    finally:
        ctx.close()
    if args.json:
        print_json([
            {"seq": e.seq, "at": e.at, "user": e.username, "account_id": e.account_id, "device_id": e.device_id,
             "action": e.action, "record_kind": e.record_kind, "record_id": e.record_id, "detail": e.detail}
            for e in entries
        ])
    else:
        rows = [
            {"seq": e.seq, "at": e.at[:19].replace("T", " "), "user": e.username, "action": audit_log.action_label(e.action),
             "record": f"{e.record_kind}:{e.record_id}"}
            for e in entries
        ]
        print_table([("seq", "序号"), ("at", "时间(UTC)"), ("user", "用户"), ("action", "操作"), ("record", "记录")], rows)
    return 0


def cmd_print(args) -> int:
    from wulian_desk.services import cases, printing

    ctx = _open(args)
    try:
        case_id = cases.resolve_case(ctx, args.case_id)
        path = printing.print_case_file(ctx, case_id, args.out, full=args.full)
    finally:
        ctx.close()
    print(f"已打印到 {path}" + ("（完整号码，已记入审计日志）" if args.full else "（号码已遮挡）"))
    return 0


def cmd_screenshot(args) -> int:
    from wulian_desk import app

    if args.screen not in app.SCREENS:
        raise ValidationError(
            f"未知的界面：{args.screen}。可选：{', '.join(app.SCREENS)}",
            f"Unknown screen: {args.screen}. Choose from: {', '.join(app.SCREENS)}",
        )
    needs_login = args.screen not in ("setup", "login")
    passphrase = read_passphrase() if needs_login else None
    out = app.take_screenshot(_data_dir(args), args.screen, args.out, passphrase=passphrase, username=_user(args), lang=args.lang)
    print(f"已保存 {out}")
    return 0


def _date_arg(text: str | None, name: str):
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{name} 日期格式不对：{text}（应为 2026-01-01 这样的格式）。", f"Not a date: {text}") from None


def cmd_certificate(args) -> int:
    from wulian_desk.core.volunteers import format_hours
    from wulian_desk.services import certificates, volunteers

    period_from, period_to = _date_arg(args.period_from, "--from"), _date_arg(args.period_to, "--to")
    ctx = _open(args)
    try:
        volunteer_id = volunteers.resolve_volunteer(ctx, args.volunteer)
        issued = certificates.issue_certificate(ctx, volunteer_id, args.out, period_from=period_from,
                                                period_to=period_to)
    finally:
        ctx.close()
    print(f"已出具志愿服务记录证明 {issued.number}：{format_hours(issued.minutes)} 小时，{issued.records} 条记录")
    print(f"验证码：{issued.code}")
    print(f"已保存到 {issued.path}")
    return 0


def cmd_verify_certificate(args) -> int:
    from wulian_desk.core.volunteers import format_hours
    from wulian_desk.services import certificates

    ctx = _open(args)
    try:
        result = certificates.verify_certificate(ctx, args.code)
    finally:
        ctx.close()
    if args.json:
        print_json({"issued_here": True, "matches": result.matches, "number": result.number,
                    "volunteer": result.volunteer_name, "period_from": result.period_from,
                    "period_to": result.period_to, "issued_on": result.issued_on,
                    "hours_stated": format_hours(result.minutes_stated), "hours_now": format_hours(result.minutes_now),
                    "records_stated": result.records_stated, "records_now": result.records_now})
    else:
        print(f"证明 {result.number} 由本站于 {result.issued_on} 出具：{result.volunteer_name}，"
              f"{result.period_from} 至 {result.period_to}，{format_hours(result.minutes_stated)} 小时。")
        if result.matches:
            print("与现有服务记录一致。")
        else:
            print(f"与现有服务记录不一致：证明所载 {format_hours(result.minutes_stated)} 小时（{result.records_stated} 条），"
                  f"现有记录为 {format_hours(result.minutes_now)} 小时（{result.records_now} 条）；出具后记录有更正。")
    return 0 if result.matches else 1


def cmd_import_roster(args) -> int:
    from wulian_desk.services import roster_import

    if args.what == "template":
        if args.out is None:
            raise UsageError("生成模板需要 --out 文件名。", "--out is required for a template.")
        path = roster_import.write_template(args.target, args.out)
        print(f"已生成模板 {path}")
        return 0
    if not Path(args.target).expanduser().is_file():  # refused before asking for a password
        from wulian_desk.core.errors import DataDirError

        raise DataDirError(f"找不到文件：{args.target}", f"No such file: {args.target}")
    ctx = _open(args)
    try:
        report = roster_import.import_roster(ctx, args.what, Path(args.target), dry_run=args.dry_run)
    finally:
        ctx.close()
    if args.json:
        print_json({"kind": report.kind, "dry_run": report.dry_run, "taken": report.taken, "refused": report.refused,
                    "rows": [{"row": r.row, "taken": r.taken, "reason": r.reason, "warning": r.warning}
                             for r in report.rows]})
    else:
        for r in report.rows:
            if not r.taken or r.warning:
                print(f"第 {r.row} 行：{'可导入' if r.taken else '未导入'}，{r.reason or r.warning}")
        verb = "可导入" if report.dry_run else "已导入"
        print(f"{verb} {report.taken} 行，未导入 {report.refused} 行" + ("（试运行，未写入）" if report.dry_run else ""))
    return 0 if not report.refused else 1


def cmd_targets(args) -> int:
    from datetime import date

    from wulian_desk.services import targets

    year = args.year or date.today().year
    ctx = _open(args)
    try:
        results = targets.dashboard(ctx, year)
        if args.pdf is not None:
            targets.print_dashboard(ctx, year, args.pdf)
    finally:
        ctx.close()
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
    from wulian_desk.services import parties_import

    if args.what == "template":
        if args.out is None:
            raise UsageError("生成模板需要 --out 文件名。", "--out is required for a template.")
        print(f"已生成模板 {parties_import.write_template(args.target, args.out)}")
        return 0
    if not Path(args.target).expanduser().is_file():
        from wulian_desk.core.errors import DataDirError

        raise DataDirError(f"找不到文件：{args.target}", f"No such file: {args.target}")
    ctx = _open(args)
    try:
        report = parties_import.import_rows(ctx, args.what, Path(args.target), dry_run=args.dry_run)
    finally:
        ctx.close()
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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "list": cmd_list,
    "stats": cmd_stats,
    "compliance": cmd_compliance,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "screenshot": cmd_screenshot,
    "users": cmd_users,
    "print": cmd_print,
    "audit": cmd_audit,
    "certificate": cmd_certificate,
    "verify-certificate": cmd_verify_certificate,
    "import-roster": cmd_import_roster,
    "targets": cmd_targets,
    "import-parties": cmd_import_parties,
}


def setup_logging() -> Path | None:
    """Log to a file in the log folder; only messages and tracebacks, never record values."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "wulian-desk.log"
        logging.basicConfig(
            filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        return path
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    log_path = setup_logging()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from wulian_desk import app

            return app.run_window(_data_dir(args), lang=args.lang)
        return COMMANDS[args.command](args)
    except WulianError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader (`| head`) went away: not an error. Point stdout at nothing so the
        # interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("已中断，未完成的操作没有保存。", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error")
        where = f"，详情见 {log_path}" if log_path else ""
        print(f"程序内部错误，操作未完成，数据未受影响{where}。请把该文件发给技术支持。", file=sys.stderr)
        return 70
