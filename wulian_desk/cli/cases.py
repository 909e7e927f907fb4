"""Cases (个案) from the command line: open one, fill a stage's form, have a supervisor approve the
plan or closure, move it through its stages and add session notes, each through the service the
case screen calls, so the same stage gates, approvals, visibility and journal apply."""

from __future__ import annotations

import json
from pathlib import Path

from wulian_desk.cli.common import ChineseParser, UsageError, opened
from wulian_desk.cli.entry import account_of, add_json, choice_arg, date_arg, say_saved
from wulian_desk.core.texts import translate


def register(sub) -> None:
    p = sub.add_parser("case", help="个案：开案、填表、审批、推进阶段、服务记录")
    case = p.add_subparsers(dest="case_command", parser_class=ChineseParser, required=True)
    q = case.add_parser("open", help="为服务对象开案（从“接案”阶段开始）")
    q.add_argument("client", help="服务对象的记录编号或身份证号码")
    q.add_argument("--title", required=True, help="个案主题")
    q.add_argument("--worker", default=None, help="负责社工的用户名（默认：当前账号）")
    q.add_argument("--supervisor", default=None, help="督导的用户名")
    q.add_argument("--priority", default="normal", help="优先级：low、normal、high、urgent")
    q.add_argument("--risk", default="low", help="风险等级：low、medium、high")
    q.add_argument("--next-review", default=None, help="下次复查日期")
    q.add_argument("--on", default=None, help="开案日期（默认：今天）")
    add_json(q)

    q = case.add_parser("move", help="把个案转到另一阶段（按阶段规则，缺表或未审批时拒绝并说明原因）")
    q.add_argument("case", help="个案编号（如 GA2026-00001）或记录编号")
    q.add_argument("stage", help="目标阶段：assessment、planning、service、evaluation、closed、referred、paused")
    q.add_argument("--note", default="", help="说明（重新开案时为原因）")
    q.add_argument("--referral-to", default="", help="转介到的机构")
    q.add_argument("--on", default=None, help="阶段变更日期（默认：今天）")
    add_json(q)

    q = case.add_parser("note", help="添加一条服务记录")
    q.add_argument("case", help="个案编号或记录编号")
    q.add_argument("--text", required=True, help="服务内容")
    q.add_argument("--on", default=None, help="服务日期（默认：今天）")
    q.add_argument("--minutes", type=int, default=60, help="时长（分钟，默认 60）")
    q.add_argument("--type", dest="session_type", default="interview",
                   help="服务方式：interview、phone、home_visit、group、referral_followup")
    q.add_argument("--next-steps", default="", help="下一步计划")
    q.add_argument("--room", default=None, help="站内房间的记录编号")
    q.add_argument("--place", default="", help="站外地点（家访默认为服务对象家中）")
    add_json(q)

    q = case.add_parser("form", help="填写个案的表格（如 intake、needs_assessment、service_plan、closure）")
    q.add_argument("case", help="个案编号或记录编号")
    q.add_argument("form_id", help="表格编号，如 intake")
    q.add_argument("--set", dest="values", action="append", default=[], metavar="字段=值",
                   help="一项答案；多选用逗号分隔，列表（如 goals）写成 JSON 数组")
    q.add_argument("--answers", type=Path, default=None, help="整张表的答案（JSON 文件，--set 覆盖其中的项）")
    q.add_argument("--on", default=None, help="填表日期（默认：今天）")
    add_json(q)

    q = case.add_parser("approve", help="（督导）审批同意服务计划或结案评估表；--return 退回修改")
    q.add_argument("case", help="个案编号或记录编号")
    q.add_argument("--form", required=True, choices=("service_plan", "closure"), help="要审批的表格")
    q.add_argument("--return", dest="send_back", action="store_true", help="退回修改（须写 --comments）")
    q.add_argument("--comments", default="", help="审批意见")
    add_json(q)


def _answers(args) -> dict:
    """The answers of --answers and --set, read before the password is asked."""
    answers: dict = {}
    if args.answers is not None:
        try:
            answers = json.loads(Path(args.answers).expanduser().read_text(encoding="utf-8"))
        except OSError:
            raise UsageError(translate("cli.cases", "读不到答案文件：{answers}").format(answers=args.answers)) from None
        except ValueError:
            raise UsageError(translate("cli.cases", "答案文件不是有效的 JSON：{answers}").format(answers=args.answers)) from None
        if not isinstance(answers, dict):
            raise UsageError(translate("cli.cases", "答案文件应为“字段: 答案”的 JSON 对象。"))
    for item in args.values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(translate("cli.cases", "--set 应写成 字段=值：{item}").format(item=item))
        answers[key.strip()] = value
    return answers


def _typed(form, answers: dict) -> dict:
    """Text from --set as the form's field wants it: several picks as a list, a list of items as
    JSON; the rest the form's own rules read from text (numbers, dates, 是/否). A date the form
    dates today by default is dated today, as the form on screen fills it in."""
    from datetime import date

    from wulian_desk.core.forms import model as m

    typed = dict(answers)
    for entry in form.entries():
        raw = typed.get(entry.key)
        if raw is None:
            if entry.type == m.DATE and entry.default == "today":
                typed[entry.key] = date.today().isoformat()
            continue
        if not isinstance(raw, str):
            continue
        if entry.type == m.MULTI_CHOICE:
            typed[entry.key] = [p.strip() for p in raw.replace("，", ",").replace("、", ",").split(",") if p.strip()]
        elif entry.type == m.REPEAT:
            try:
                typed[entry.key] = json.loads(raw) if raw.strip() else []
            except ValueError:
                raise UsageError(translate("cli.cases", "「{entry}」是列表，请写成 JSON 数组，如 [{{\"goal\": \"…\"}}]。").format(entry=entry.label, key=entry.key)) from None
    return typed


def cmd_case(args) -> int:
    from wulian_desk.core.cases import PRIORITIES, RISKS, SESSION_TYPES
    from wulian_desk.services.casework import cases, clients, forms

    command = args.case_command
    answers = _answers(args) if command == "form" else None
    with opened(args) as ctx:
        if command == "open":
            client_id = clients.resolve_client(ctx, args.client)
            changes = cases.open_case(
                ctx, client_id=client_id, title=args.title, worker_id=account_of(ctx, args.worker),
                supervisor_id=account_of(ctx, args.supervisor),
                priority=choice_arg(args.priority, PRIORITIES, "优先级"), risk=choice_arg(args.risk, RISKS, "风险等级"),
                next_review_on=date_arg(args.next_review, "下次复查"), opened_on=date_arg(args.on, "开案"))
            row = cases.cases_by_id(ctx, [changes.ids[0]])[changes.ids[0]]
            return say_saved(args, _case(row), f"已开案 {row.case_number}（{row.client_name}），记录编号 {row.id}")
        if command == "approve":
            # Refused by role before the case is looked up, as the window shows the button to supervisors only.
            ctx.require("case", "approve")
        case_id = cases.resolve_case(ctx, args.case)
        before = cases.cases_by_id(ctx, [case_id])[case_id]
        if command == "move":
            reopen_reason = args.note if before.stage == "closed" else ""
            cases.move_case(ctx, case_id, args.stage.strip(), note=args.note, referral_to=args.referral_to,
                            reopen_reason=reopen_reason, on=date_arg(args.on, "阶段变更"))
            row = cases.cases_by_id(ctx, [case_id])[case_id]
            return say_saved(args, _case(row) | {"from_stage": before.stage},
                             f"个案 {row.case_number} 已从“{_stage(before.stage)}”转到“{_stage(row.stage)}”")
        if command == "note":
            from datetime import date

            kind = choice_arg(args.session_type, SESSION_TYPES, "服务方式")
            # A home visit is at the client's home unless another place is given, as the dialog starts it.
            place = args.place or ("服务对象家中" if kind == "home_visit" and args.room is None else "")
            changes = cases.add_session(
                ctx, case_id, on=date_arg(args.on, "服务") or date.today(), minutes=args.minutes,
                session_type=kind, content=args.text, next_steps=args.next_steps, room_id=args.room, place=place)
            return say_saved(args, {"id": changes.ids[0], "case_id": case_id, "case_number": before.case_number,
                                    "minutes": args.minutes},
                             f"已为个案 {before.case_number} 添加服务记录，记录编号 {changes.ids[0]}")
        if command == "form":
            form = forms.get_form(args.form_id.strip())
            changes = forms.fill_case_form(ctx, case_id, form.id, _typed(form, answers),
                                           filled_on=date_arg(args.on, "填表"))
            return say_saved(args, {"id": changes.ids[0], "case_id": case_id, "case_number": before.case_number,
                                    "form_id": form.id, "form_version": form.version},
                             f"已为个案 {before.case_number} 填写“{form.title_zh}”，记录编号 {changes.ids[0]}")
        return _approve(args, ctx, case_id, before)


def _approve(args, ctx, case_id: str, before) -> int:
    """The supervisor's decision on the newest plan or closure form of the case, as the case
    screen offers it."""
    from wulian_desk.core.errors import NotFoundError
    from wulian_desk.services.casework import cases

    file = cases.view_case(ctx, case_id)
    records = [r for r in file.forms if r.form_id == args.form]
    if not records:
        raise NotFoundError(translate("cli.cases", "个案 {case_number} 还没有填写这张表，无可审批。").format(case_number=before.case_number))
    record = records[-1]  # the newest, as the case screen selects it for the supervisor
    changes = cases.decide(ctx, record.id, approve=not args.send_back, comments=args.comments)
    decision = "returned" if args.send_back else "approved"
    verdict = "退回修改" if args.send_back else "审批同意"
    return say_saved(args, {"id": changes.ids[0], "case_id": case_id, "case_number": before.case_number,
                            "form_record_id": record.id, "form_id": args.form, "decision": decision},
                     f"已{verdict}个案 {before.case_number} 的表格（{record.id}）")


def _stage(code: str) -> str:
    from wulian_desk.core.cases import STAGES

    return STAGES[code].zh if code in STAGES else code


def _case(row) -> dict:
    return {"id": row.id, "case_number": row.case_number, "client_id": row.client_id, "title": row.title,
            "stage": row.stage, "stage_label": _stage(row.stage), "worker_id": row.worker_id,
            "opened_on": row.opened_on}


HANDLERS = {"case": cmd_case}
