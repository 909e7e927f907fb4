"""Volunteer certificates and roster imports."""

from __future__ import annotations

from pathlib import Path

from wulian_desk.cli.common import UsageError, opened, print_json
from wulian_desk.core.texts import translate


def register(sub) -> None:
    p = sub.add_parser("certificate", help="出具志愿服务记录证明（PDF）；certificate revoke 编号 --reason 原因：吊销")
    p.add_argument("volunteer", help="志愿者的身份证号码或记录编号；或 revoke")
    p.add_argument("number", nargs="?", default=None, help="（revoke）要吊销的证明编号")
    p.add_argument("--from", dest="period_from", default=None, help="起始日期，如 2026-01-01（默认：第一条记录）")
    p.add_argument("--to", dest="period_to", default=None, help="截止日期（默认：今天）")
    p.add_argument("--out", type=Path, default=None)
    p.add_argument("--reason", default=None, help="（revoke）吊销的原因")

    p = sub.add_parser("verify-certificate", help="核验志愿服务记录证明的验证码")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("import-roster", help="从 .xlsx 导入志愿者花名册或服务时长；template 生成模板")
    p.add_argument("what", choices=("volunteers", "hours", "template"))
    p.add_argument("target", help="要导入的 .xlsx 文件；生成模板时为 volunteers 或 hours")
    p.add_argument("--out", type=Path, default=None, help="模板的保存位置")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--json", action="store_true")


def _date_arg(text: str | None, name: str):
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(translate("cli.volunteering", "{name} 日期格式不对：{text}（应为 2026-01-01 这样的格式）。").format(name=name, text=text)) from None


def cmd_certificate(args) -> int:
    from wulian_desk.core.volunteers import format_hours
    from wulian_desk.services.volunteering import certificates, volunteers

    if args.volunteer == "revoke":
        return _revoke(args)
    if args.out is None or args.number is not None:
        raise UsageError(translate("cli.volunteering", "用法：certificate 志愿者 --out 文件.pdf，或 certificate revoke 编号 --reason 原因。"))
    period_from, period_to = _date_arg(args.period_from, "--from"), _date_arg(args.period_to, "--to")
    with opened(args) as ctx:
        volunteer_id = volunteers.resolve_volunteer(ctx, args.volunteer)
        issued = certificates.issue_certificate(ctx, volunteer_id, args.out, period_from=period_from,
                                                period_to=period_to)
    print(f"已出具志愿服务记录证明 {issued.number}：{format_hours(issued.minutes)} 小时，{issued.records} 条记录")
    print(f"验证码：{issued.code}")
    print(f"已保存到 {issued.path}")
    return 0


def _revoke(args) -> int:
    from wulian_desk.services.volunteering import certificate_codes

    if not args.number or not (args.reason or "").strip():
        raise UsageError(translate("cli.volunteering", "用法：certificate revoke 编号 --reason 原因。"))
    with opened(args) as ctx:
        certificate_codes.revoke_certificate(ctx, args.number, reason=args.reason)
    print(f"已吊销证明 {args.number.strip().upper()}；下次导出数据包时通知县级总站，总站再告知各站。")
    return 0


def cmd_verify_certificate(args) -> int:
    from wulian_desk.core.volunteers import format_hours
    from wulian_desk.services.volunteering import certificates

    with opened(args) as ctx:
        r = certificates.verify_certificate(ctx, args.code)
    if args.json:
        print_json({"issued_here": r.issued_here, "issuer": r.issuer_name, "issuer_installation": r.issuer_id,
                    "signed": r.signed, "state": "revoked" if r.revoked else "valid", "revoked_on": r.revoked_on,
                    "matches": r.matches, "number": r.number, "volunteer": r.masked_name,
                    "period_from": r.period_from, "period_to": r.period_to, "issued_on": r.issued_on,
                    "hours_stated": format_hours(r.minutes_stated),
                    "hours_now": None if r.minutes_now is None else format_hours(r.minutes_now),
                    "records_stated": r.records_stated, "records_now": r.records_now})
    else:
        who = "由本站" if r.issued_here else f"由 {r.issuer_name} "
        print(f"证明 {r.number} {who}于 {r.issued_on} 出具：{r.masked_name}，"
              f"{r.period_from} 至 {r.period_to}，{format_hours(r.minutes_stated)} 小时。")
        print(f"出具方：{r.issuer_name}（签名有效）" if r.signed else f"出具方：{r.issuer_name}（旧格式验证码，本机核验）")
        if r.revoked:
            print(f"状态：已吊销（{r.revoked_on}）" + (f"，原因：{r.revoked_reason}" if r.revoked_reason else "") + "。")
        else:
            print("状态：有效。")
        if r.matches:
            print("与现有服务记录一致。")
        elif r.matches is False:
            print(f"与现有服务记录不一致：证明所载 {format_hours(r.minutes_stated)} 小时（{r.records_stated} 条），"
                  f"现有记录为 {format_hours(r.minutes_now or 0)} 小时（{r.records_now} 条）；出具后记录有更正。")
    return 1 if r.revoked or r.matches is False else 0


def cmd_import_roster(args) -> int:
    from wulian_desk.services.volunteering import roster_import

    if args.what == "template":
        if args.out is None:
            raise UsageError(translate("cli.volunteering", "生成模板需要 --out 文件名。"))
        path = roster_import.write_template(args.target, args.out)
        print(f"已生成模板 {path}")
        return 0
    if not Path(args.target).expanduser().is_file():  # refused before asking for a password
        from wulian_desk.core.errors import DataDirError

        raise DataDirError(translate("cli.volunteering", "找不到文件：{target}").format(target=args.target))
    with opened(args) as ctx:
        report = roster_import.import_roster(ctx, args.what, Path(args.target), dry_run=args.dry_run)
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


HANDLERS = {
    "certificate": cmd_certificate,
    "verify-certificate": cmd_verify_certificate,
    "import-roster": cmd_import_roster,
}
