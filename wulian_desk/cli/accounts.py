"""Staff accounts and the audit journal, for the station head."""

from __future__ import annotations

from wulian_desk.cli.common import (
    NEW_PASSWORD_ENV,
    ChineseParser,
    opened,
    print_json,
    print_table,
    read_new_password,
)


def register(sub) -> None:
    p = sub.add_parser("users", help="员工账号管理（站长）")
    users = p.add_subparsers(dest="users_command", parser_class=ChineseParser, required=True)
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


def cmd_users(args) -> int:
    from wulian_desk.core.vocab import ROLES, label
    from wulian_desk.services.station import accounts

    with opened(args) as ctx:
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


def cmd_audit(args) -> int:
    from wulian_desk.services.station import audit_log

    audit_log.parse_since(args.since)  # a bad date is refused before asking for a password
    with opened(args) as ctx:
        entries = audit_log.journal(ctx, since=args.since, username=args.audit_user, record_id=args.record, limit=args.limit)
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


HANDLERS = {
    "users": cmd_users,
    "audit": cmd_audit,
}
