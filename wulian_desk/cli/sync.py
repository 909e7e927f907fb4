"""Sync by USB bundle: keys, enrolment, export, import, the county's view of who reported,
conflicts and correction requests."""

from __future__ import annotations

import sys
from pathlib import Path

from wulian_desk.cli.common import ChineseParser, opened, print_json, print_table
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate


def register(sub) -> None:
    p = sub.add_parser("enrol", help="登记：站点申请、总站接受、站点导入回执")
    enrol = p.add_subparsers(dest="enrol_command", parser_class=ChineseParser, required=True)
    q = enrol.add_parser("request", help="写出本站的登记申请文件，交给县级总站")
    q.add_argument("--out", type=Path, required=True)
    q = enrol.add_parser("show", help="显示登记申请文件中的站点和指纹（总站核对用）")
    q.add_argument("file", type=Path)
    q.add_argument("--json", action="store_true")
    q = enrol.add_parser("accept", help="（总站）核对指纹后接受申请，写出登记回执")
    q.add_argument("file", type=Path)
    q.add_argument("--out", type=Path, required=True)
    q.add_argument("--fingerprint", default=None, help="电话中核对过的站点指纹（不给则提示输入）")
    q = enrol.add_parser("import", help="导入总站的登记回执")
    q.add_argument("file", type=Path)
    q.add_argument("--fingerprint", default=None, help="电话中核对过的总站指纹（不给则提示输入）")

    p = sub.add_parser("keys", help="本机的同步密钥")
    keys = p.add_subparsers(dest="keys_command", parser_class=ChineseParser, required=True)
    q = keys.add_parser("show", help="显示公钥（PEM 和 age 收件人）及指纹")
    q.add_argument("--json", action="store_true")
    q = keys.add_parser("backup", help="写出私钥备份（交县级总站保险柜保管）")
    q.add_argument("--out", type=Path, required=True)
    q.add_argument("--yes", action="store_true", help="不再询问，直接写出")

    p = sub.add_parser("export", help="导出数据包到 U 盘文件夹")
    p.add_argument("--to", type=Path, required=True, help="目标文件夹（U 盘）")
    p.add_argument("--peer", default=None, help="只导出给这个对象（设备编号）；默认给每个登记的对象")
    p.add_argument("--preview", action="store_true", help="只显示将要上报的内容，不写文件")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("import", help="导入一个或多个数据包")
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--dry-run", action="store_true", help="只检查，不导入")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("peers", help="登记的同步对象（总站：各站点）")
    p.add_argument("--json", action="store_true")
    p.add_argument("--revoke", default=None, metavar="DEVICE_ID", help="吊销这台电脑（丢失或更换时）")

    p = sub.add_parser("reporting", help="各站点该月的报送状态（未报送/已报送/已退回/已审核通过）、及时率、缺失的数据包；站点显示本站的")
    p.add_argument("--month", required=True, help="月份，如 2026-11")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("conflicts", help="同步冲突：列出，或保留当前版本 / 恢复另一版本")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="包括已处理的")
    p.add_argument("--keep", default=None, metavar="ID", help="保留当前版本")
    p.add_argument("--restore", default=None, metavar="ID", help="恢复落选的版本")

    p = sub.add_parser("corrections", help="更正请求：总站提出，站点答复")
    corr = p.add_subparsers(dest="corrections_command", parser_class=ChineseParser, required=True)
    q = corr.add_parser("list", help="列出更正请求")
    q.add_argument("--open", action="store_true", help="只看未答复的")
    q.add_argument("--json", action="store_true")
    q = corr.add_parser("request", help="（总站）请某站点更正一条记录")
    q.add_argument("--station", required=True, help="站点编号")
    q.add_argument("--table", required=True, help="记录类型（表名），如 case_file")
    q.add_argument("--record", required=True, help="记录编号")
    q.add_argument("--message", required=True)
    q = corr.add_parser("answer", help="（站点）答复更正请求")
    q.add_argument("request_id")
    q.add_argument("--status", required=True, choices=("corrected", "declined"))
    q.add_argument("--text", default="")

    p = sub.add_parser("sharing", help="共享策略：哪些字段上报、哪些留在站点")
    p.add_argument("--json", action="store_true")
    p.add_argument("--keep", nargs="*", default=None, metavar="TABLE.COLUMN",
                   help="（总站）放开这些默认不上报的字段（不给参数：恢复默认）")


def _typed_fingerprint(given: str | None, whose: str) -> str:
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValidationError(translate("cli.sync", "请用 --fingerprint 给出电话中核对过的{whose}指纹。").format(whose=whose))
    return input(f"请输入电话中对方读出的{whose}指纹：")


def cmd_enrol(args) -> int:
    from wulian_desk.services.sync import enrolment

    if args.enrol_command == "show":
        req = enrolment.read_request(args.file)
        data = {"station_id": req.station_id, "station_name": req.station_name, "tier": req.tier,
                "division_code": req.division_code, "device_id": req.device_id, "fingerprint": req.fingerprint}
        if args.json:
            print_json(data)
        else:
            print(f"站点：{req.station_name}（{req.tier}，区划 {req.division_code or '—'}）")
            print(f"指纹：{req.fingerprint}")
            print("请打电话请站点读出其指纹，一致后再接受。")
        return 0
    with opened(args) as ctx:
        ctx.require("bundle", "enrol")  # before any file is read or a fingerprint asked for
        if args.enrol_command == "request":
            path = enrolment.write_request(ctx, args.out)
            print(f"已写出登记申请：{path}")
            print(f"本机指纹：{enrolment.keys_info(ctx).fingerprint}（总站会打电话核对）")
        elif args.enrol_command == "accept":
            req = enrolment.read_request(args.file)
            print(f"申请登记：{req.station_name}，文件中的指纹 {req.fingerprint}")
            peer = enrolment.accept_request(ctx, args.file, args.out, fingerprint=_typed_fingerprint(args.fingerprint, "站点"))
            print(f"已登记 {peer.name}，回执：{args.out}")
            print(f"本总站指纹：{enrolment.keys_info(ctx).fingerprint}（请告诉站点，导入回执时核对）")
        else:
            peer = enrolment.import_reply(ctx, args.file, fingerprint=_typed_fingerprint(args.fingerprint, "总站"))
            print(f"已登记到 {peer.name}。此后导出的数据包将发往该总站。")
    return 0


def cmd_keys(args) -> int:
    from wulian_desk.services.sync import enrolment

    with opened(args) as ctx:
        if args.keys_command == "show":
            info = enrolment.keys_info(ctx)
            data = {"station_id": info.station_id, "station_name": info.station_name, "device_id": info.device_id,
                    "fingerprint": info.fingerprint, "ed25519_public_pem": info.sign_pem,
                    "age_recipient": info.age_recipient}
            if args.json:
                print_json(data)
            else:
                print(f"站点：{info.station_name}\n设备：{info.device_id}\n指纹：{info.fingerprint}")
                print(f"age 收件人：{info.age_recipient}\nEd25519 签名公钥：\n{info.sign_pem.strip()}")
            return 0
        confirmed = args.yes
        if not confirmed:
            if not sys.stdin.isatty():
                raise ValidationError(translate("cli.sync", "写出私钥备份须确认：请加 --yes。"))
            confirmed = input("私钥备份只应交县级总站保险柜保管。确定写出吗？(y/N) ").strip().lower() in ("y", "yes", "是")
        if not confirmed:
            print("已取消，未写出任何文件。")
            return 1
        path = enrolment.backup_keys(ctx, args.out, confirmed=True)
        print(f"已写出私钥备份：{path}（请妥善保管，勿留在 U 盘上）")
    return 0


def cmd_export(args) -> int:
    from wulian_desk.services.sync import sync

    with opened(args) as ctx:
        peers = [p for p in sync.list_peers(ctx) if p.status == "active" and (args.peer in (None, p.id))]
        if args.peer and not peers:
            raise ValidationError(translate("cli.sync", "没有登记过的同步对象：{peer}").format(peer=args.peer))
        if args.preview:
            data = {p.id: {"name": p.name, "tables": sync.preview(ctx, p.id)} for p in peers}
            if args.json:
                print_json(data)
            else:
                for p in peers:
                    tables = data[p.id]["tables"]
                    print(f"发往 {p.name}：{sum(t['rows'] for t in tables.values())} 条记录")
                    for name, t in tables.items():
                        kept = f"；留在本站或化名：{', '.join(t['withheld'])}" if t["withheld"] else ""
                        print(f"  {name}: {t['rows']}{kept}")
            return 0
        results = [sync.export_bundle(ctx, p.id, args.to) for p in peers] if args.peer else sync.export_all(ctx, args.to)
    if args.json:
        print_json([{"file": str(r.path), "peer": r.peer_id, "peer_name": r.peer_name, "seq": r.seq,
                     "records": r.records, "counts": r.counts, "size": r.size} for r in results])
    else:
        for r in results:
            print(f"已写出并校验：{r.path}（发往 {r.peer_name}，第 {r.seq} 号，{r.records} 条记录）")
        print("文件已写入并读回校验，可以安全拔出 U 盘。")
    return 0


def cmd_import(args) -> int:
    from wulian_desk.services.sync import sync

    with opened(args) as ctx:
        results = sync.import_bundles(ctx, args.files, dry_run=args.dry_run)
    if args.json:
        print_json([{"file": str(r.path), "status": r.status, "reason": r.reason, "message": r.message,
                     "sender": r.sender, "seq": r.seq, "records": r.records, "counts": r.counts,
                     "missing": r.missing, "conflicts": r.conflicts} for r in results])
    else:
        for r in results:
            print(f"{r.path.name}：{r.message}")
    return 0 if all(r.status != "rejected" for r in results) else 15


def cmd_peers(args) -> int:
    from wulian_desk.services.sync import sync

    with opened(args) as ctx:
        if args.revoke:
            peer = sync.revoke_peer(ctx, args.revoke)
            print(f"已吊销 {peer.name} 的这台电脑（{peer.id}），此后不再接受它的数据包。")
            return 0
        peers = sync.list_peers(ctx)
    rows = [{"id": p.id, "station_id": p.station_id, "name": p.name, "relation": p.relation, "status": p.status,
             "fingerprint": p.fingerprint, "out_seq": p.out_seq, "acked_seq": p.acked_seq, "in_last_seq": p.in_last_seq,
             "in_last_at": p.in_last_at.isoformat() if p.in_last_at else None} for p in peers]
    if args.json:
        print_json(rows)
    else:
        print_table([("name", "名称"), ("relation", "关系"), ("status", "状态"), ("fingerprint", "指纹"),
                     ("out_seq", "已发"), ("acked_seq", "对方已收"), ("in_last_seq", "已收")], rows)
    return 0


def cmd_reporting(args) -> int:
    from wulian_desk.core.month_lock import STATE_ZH
    from wulian_desk.services.reports import reporting

    with opened(args) as ctx:
        result = reporting.reporting(ctx, args.month)
    rows = [{"station_id": s.station_id, "name": s.name, "state": s.state, "on_time": s.on_time,
             "reason": s.reason, "reported": s.reported, "received": s.received, "last_seq": s.last_seq,
             "last_bundle_at": s.last_bundle_at.isoformat() if s.last_bundle_at else None,
             "missing": list(s.missing), "tier": s.tier, "parent_id": s.parent_id} for s in result.stations]
    own = None
    if result.own is not None:
        state = result.own.state
        own = {"station_id": result.own.station_id, "name": result.own.name, "state": state.state,
               "on_time": state.on_time,
               "reason": state.decision.reason if state.decision and state.state == "returned" else "",
               "submitted_at": state.submission.submitted_at.isoformat() if state.submission else None}
    if args.json:
        print_json({"month": result.month, "expected": result.expected, "reporting_rate": result.reporting_rate,
                    "timeliness": result.timeliness, "stations": rows, "own": own})
        return 0
    if own is not None:
        late = {True: "（按时）", False: "（逾期）"}.get(own["on_time"], "") if own["state"] == "submitted" else ""
        reason = f"：{own['reason']}" if own["reason"] else ""
        print(f"本站 {result.month}：{STATE_ZH[own['state']]}{late}{reason}")
    if rows or own is None:
        for row, station in zip(rows, result.stations, strict=True):
            row["name"] = "  └ " * station.depth + row["name"]  # a room beneath its township
            late = ("（按时）" if row["on_time"] else "（逾期）") if row["state"] == "submitted" else ""
            row["state_zh"] = STATE_ZH[row["state"]] + late
            row["gaps"] = "、".join(map(str, row["missing"])) or "—"
        print_table([("name", "站点"), ("state_zh", "本月"), ("reason", "退回原因"), ("last_seq", "最新包号"),
                     ("gaps", "缺失包号")], rows)
        print(f"上报率 {result.reporting_rate:.0%}，及时率 {result.timeliness:.0%}（应报 {result.expected} 个站点）")
    return 0


def cmd_conflicts(args) -> int:
    from wulian_desk.services.sync import conflicts

    with opened(args) as ctx:
        if args.keep or args.restore:
            conflicts.resolve(ctx, args.keep or args.restore, restore=bool(args.restore))
            print("已处理。")
            return 0
        rows = conflicts.list_conflicts(ctx, include_resolved=args.all)
    data = [{"id": c.id, "table": c.table_name, "record": c.row_id, "current_version": c.winner_version,
             "losing_version": c.loser_version, "resolution": c.resolution,
             "differences": {k: {"current": a, "losing": b} for k, (a, b) in c.differences.items()}} for c in rows]
    if args.json:
        print_json(data)
    else:
        for c in data:
            diff = "；".join(f"{k}：{v['current']} ↔ {v['losing']}" for k, v in c["differences"].items())
            print(f"{c['id'][:12]}  {c['table']} {c['record']}  {diff or '（内容相同）'}")
        if not data:
            print("没有待处理的冲突。")
    return 0


def cmd_corrections(args) -> int:
    from wulian_desk.services.sync import corrections

    with opened(args) as ctx:
        if args.corrections_command == "request":
            corrections.request(ctx, station_id=args.station, record_table=args.table, record_id=args.record,
                                message=args.message)
            print("已记录更正请求，将随下一个发往该站点的数据包送达。")
            return 0
        if args.corrections_command == "answer":
            corrections.answer(ctx, args.request_id, status=args.status, text=args.text)
            print("已答复，将随下一个上报数据包送达总站。")
            return 0
        rows = corrections.list_requests(ctx, open_only=args.open)
    data = [{"id": r.id, "station_id": r.station_id, "station": r.station_name, "table": r.record_table,
             "record": r.record_id, "record_label": r.record_label, "message": r.message,
             "requested_on": r.requested_on.isoformat(),
             "status": r.status, "answer": r.answer} for r in rows]
    if args.json:
        print_json(data)
    else:
        for row in data:
            row["state"] = corrections.STATUSES.get(row["status"], "待答复")
        print_table([("id", "编号"), ("station", "站点"), ("table", "记录类型"), ("record_label", "记录"), ("message", "说明"),
                     ("state", "状态")], data)
    return 0


def cmd_sharing(args) -> int:
    from wulian_desk.core.sharing import widenable
    from wulian_desk.services.sync import county_documents

    with opened(args) as ctx:
        if args.keep is not None:
            county_documents.set_sharing_policy(ctx, args.keep)
        policy = county_documents.sharing_policy(ctx)
    withheld = {col: how for col in widenable() for how in [policy.withheld(col.split(".")[0]).get(col.split(".")[1])] if how}
    if args.json:
        print_json({"kept_by_county": sorted(policy.keep), "withheld": withheld})
    else:
        print("以下字段留在站点或以化名上报：")
        for col, how in withheld.items():
            print(f"  {col}: {how}")
        if policy.keep:
            print(f"总站放开的字段：{', '.join(sorted(policy.keep))}")
    return 0


HANDLERS = {"enrol": cmd_enrol, "keys": cmd_keys, "export": cmd_export, "import": cmd_import, "peers": cmd_peers,
            "reporting": cmd_reporting, "conflicts": cmd_conflicts, "corrections": cmd_corrections,
            "sharing": cmd_sharing}
