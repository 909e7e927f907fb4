"""Setting up a station and keeping it sound: init, demo data, lists, counts, compliance, checks, backups, screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from wulian_desk.cli.common import (
    ChineseParser,
    data_dir_of,
    opened,
    print_json,
    print_table,
    read_new_password,
    read_passphrase,
    user_of,
)
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate


def register(sub) -> None:
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

    p = sub.add_parser("data-folder", help="数据文件夹：显示在用的位置，或把站点移到新位置（站长）")
    folder = p.add_subparsers(dest="folder_command", parser_class=ChineseParser, required=True)
    q = folder.add_parser("show", help="显示在用的数据文件夹及其来由")
    q.add_argument("--json", action="store_true")
    q = folder.add_parser("move", help="复制到新文件夹、检查无误后改用新文件夹（原文件夹留作备查）")
    q.add_argument("--to", type=Path, required=True)
    q.add_argument("--machine", action="store_true", help="本机所有用户都使用新文件夹（需有写入系统配置的权限）")

    p = sub.add_parser("screenshot", help="离屏渲染界面并保存为 PNG（1366×768）：一个界面，或 --all 全部界面的中英文版")
    p.add_argument("screen", nargs="?")
    p.add_argument("--all", action="store_true", help="每个界面各存一张 zh-界面.png 和 en-界面.png 到 --out 文件夹")
    p.add_argument("--out", type=Path, required=True)


def cmd_init(args) -> int:
    from wulian_desk.services.station import station

    result = station.setup_station(
        data_dir_of(args),
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
        if result.half_made_set_aside:
            print(f"这个文件夹里原有一个未建成的站点（上次建立时被中断），其文件已移到 {result.half_made_set_aside}。")
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
    from wulian_desk.services import demo
    from wulian_desk.services.reports import catalog
    from wulian_desk.storage.keyslots import normalise_recovery_code

    passphrase = read_passphrase()
    with opened(args, passphrase) as ctx:
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
    return 0


def cmd_list(args) -> int:
    from wulian_desk.services.reports import catalog

    kind = catalog.get_kind(args.kind)  # an unknown kind is refused before asking for a password
    with opened(args) as ctx:
        rows = kind.rows(ctx)
    if args.json:
        print_json(rows)
    else:
        print_table([(c.key, c.zh) for c in kind.columns], rows)
        print(f"共 {len(rows)} 条{kind.zh}")
    return 0


def cmd_stats(args) -> int:
    from wulian_desk.services.reports import catalog

    with opened(args) as ctx:
        counts = catalog.record_counts(ctx)
    if args.json:
        print_json(counts)
    else:
        rows = [{"kind": catalog.KINDS[k].zh, "live": v["live"], "deleted": v["deleted"]} for k, v in counts.items()]
        print_table([("kind", "类型"), ("live", "数量"), ("deleted", "已删除")], rows)
    return 0


def cmd_compliance(args) -> int:
    from wulian_desk.core.vocab import TIERS, label
    from wulian_desk.services.facilities import facilities

    with opened(args) as ctx:
        units = facilities.compliance(ctx)
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
    from wulian_desk.services.station import maintenance

    with opened(args) as ctx:
        results = maintenance.check_station(ctx)
    for r in results:
        print(f"{'通过' if r.ok else '失败'}  {r.name}: {r.detail}")
    return 0 if all(r.ok for r in results) else 1


def cmd_backup(args) -> int:
    from wulian_desk.services.station import maintenance

    with opened(args) as ctx:
        path = maintenance.backup_station(ctx, args.to)
    print(f"已备份到 {path}（文件保持加密，用密码或恢复码打开）")
    return 0


def cmd_restore(args) -> int:
    from wulian_desk.services.station import maintenance

    saved = maintenance.restore_station(data_dir_of(args), args.file, passphrase=read_passphrase(), username=user_of(args))
    print(f"已从 {args.file} 恢复，本机获得新的设备编号。")
    if saved:
        print(f"原来的数据库已另存在 {saved}")
    return 0


FOLDER_SOURCES = {"command_line": "命令行 --data-dir", "user": "本用户的设置", "machine": "本机所有用户的设置",
                  "default": "默认位置"}


def cmd_data_folder(args) -> int:
    from wulian_desk.services.station import data_folder

    if args.folder_command == "show":
        info = data_folder.where(args.data_dir)
        if args.json:
            print_json({"path": str(info.path), "source": info.source,
                        "named_in": str(info.named_in) if info.named_in else None})
        else:
            print(f"数据文件夹：{info.path}（{FOLDER_SOURCES[info.source]}）")
        return 0
    moved = data_folder.move_station(data_dir_of(args), args.to, passphrase=read_passphrase(), username=user_of(args),
                                     for_machine=args.machine)
    whose = "本机所有用户" if moved.for_machine else "本用户"
    print(f"站点已移到 {moved.new}，检查全部通过；{whose}今后使用这个文件夹（记在 {moved.named_in}）。")
    print(f"原文件夹 {moved.old} 保留备查，不再打开；确认无误后可以删除。")
    return 0


def cmd_screenshot(args) -> int:
    from wulian_desk import app

    if args.all:
        if args.screen:
            raise ValidationError(translate("cli.station", "--all 与界面名只能选一个。"))
        written = app.take_all_screenshots(data_dir_of(args), args.out, passphrase=read_passphrase(),
                                           username=user_of(args), lang=args.lang)
        print(f"已保存 {len(written)} 张截图到 {args.out}")
        return 0
    if args.screen not in app.SCREENS:
        raise ValidationError(
            translate("cli.station", "未知的界面：{screen}。可选：{join}").format(screen=args.screen, join=', '.join(app.SCREENS)),
        )
    needs_login = args.screen not in ("setup", "login")
    passphrase = read_passphrase() if needs_login else None
    out = app.take_screenshot(data_dir_of(args), args.screen, args.out, passphrase=passphrase, username=user_of(args), lang=args.lang)
    print(f"已保存 {out}")
    return 0


HANDLERS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "list": cmd_list,
    "stats": cmd_stats,
    "compliance": cmd_compliance,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "data-folder": cmd_data_folder,
    "screenshot": cmd_screenshot,
}
