"""Clients (服务对象) from the command line: `client add` and `client edit`, through the same
services, checks and journal as the client dialog."""

from __future__ import annotations

from wulian_desk.cli.common import ChineseParser, UsageError, opened
from wulian_desk.cli.entry import add_json, choice_arg, choices_arg, date_arg, say_saved, unit_of
from wulian_desk.core.texts import translate


def register(sub) -> None:
    p = sub.add_parser("client", help="服务对象：登记（add）或修改（edit）")
    client = p.add_subparsers(dest="client_command", parser_class=ChineseParser, required=True)
    q = client.add_parser("add", help="登记服务对象；性别和出生日期可由身份证号码得出")
    _fields(q, adding=True)
    q.add_argument("--consent-on", default=None, help="已签知情同意书的日期（不填表示尚未取得同意）")
    q.add_argument("--consent-scope", action="append", default=None,
                   help="同意的用途：service、referral、report（可重复或用逗号分隔；默认 service）")
    q.add_argument("--sensitive", action="append", default=None,
                   help="同意记录的敏感信息：health、financial、justice（可重复）")
    q.add_argument("--guardian-name", default="", help="代为签署的监护人姓名")
    q.add_argument("--guardian-relation", default="", help="监护人与服务对象的关系")
    add_json(q)
    q = client.add_parser("edit", help="修改服务对象：只改给出的项目")
    q.add_argument("client", help="服务对象的记录编号或身份证号码")
    _fields(q, adding=False)
    add_json(q)


def _fields(q, *, adding: bool) -> None:
    q.add_argument("--name", required=adding, default=None, help="姓名")
    q.add_argument("--id-number", default=None, help="身份证号码（18 位）")
    q.add_argument("--gender", default=None, help="性别：male/男 或 female/女（有身份证号码时可不填）")
    q.add_argument("--birth-date", default=None, help="出生日期，如 1950-03-01")
    q.add_argument("--phone", default=None, help="电话")
    q.add_argument("--unit", default=None, help="所在社区（村）的名称或编号（默认：本站）")
    q.add_argument("--address", default=None, help="住址")
    q.add_argument("--category", action="append", default=None, help="类别代码，如 empty_nest（可重复或用逗号分隔）")
    q.add_argument("--health-notes", default=None, help="健康与特殊情况")
    q.add_argument("--confirm-duplicate", action="store_true", help="可能与已登记的人重复时仍然保存")


def _input(args, ctx, current=None):
    """The dialog's ClientInput: what was given, else what the record holds (or the defaults)."""
    from wulian_desk.core.clients import GENDERS, ClientInput
    from wulian_desk.core.consent import CLIENT_CATEGORIES
    from wulian_desk.core.identity import parse_id_number

    def given(name: str, default):
        value = getattr(args, name)
        return default if value is None else value

    id_number = given("id_number", current.id_number if current else "") or None
    gender = choice_arg(args.gender, GENDERS, "性别")
    if gender is None:
        gender = current.gender if current else None
    if gender is None and id_number:  # the ID number says it (a wrong number is refused, saying why)
        gender = parse_id_number(id_number)[2]
    birth = date_arg(args.birth_date, "出生日期") or (current.birth_date if current else None)
    categories = choices_arg(args.category, CLIENT_CATEGORIES, "类别") if args.category is not None else \
        (list(current.categories) if current else [])
    return ClientInput(
        name=given("name", current.name if current else ""), gender=gender or "",
        org_unit_id=unit_of(ctx, args.unit) if args.unit is not None or current is None else current.org_unit_id,
        birth_date=birth, id_number=id_number, phone=given("phone", current.phone if current else ""),
        address=given("address", current.address if current else ""), categories=categories,
        household=list(current.household) if current else [],
        health_notes=given("health_notes", current.health_notes if current else ""))


def _consent(args):
    from wulian_desk.core.clients import ConsentInput
    from wulian_desk.core.consent import CONSENT_SCOPES, SENSITIVE_KINDS

    given_on = date_arg(args.consent_on, "知情同意")
    if given_on is None:
        if args.consent_scope or args.sensitive or args.guardian_name:
            raise UsageError(translate("cli.clients", "同意的用途、敏感信息或监护人须与 --consent-on 同意日期一起给出。"))
        return None
    return ConsentInput(given_on=given_on,
                        scopes=choices_arg(args.consent_scope, CONSENT_SCOPES, "同意的用途") or ["service"],
                        sensitive=choices_arg(args.sensitive, SENSITIVE_KINDS, "敏感信息"),
                        guardian_name=args.guardian_name, guardian_relation=args.guardian_relation)


def _record(client_id: str, data) -> dict:
    """What was saved as the service normalised it (the birth date read from the ID number); the
    ID number masked, as lists show it."""
    from datetime import date

    from wulian_desk.core.clients import check_client_fields
    from wulian_desk.core.masking import mask_id_number

    if "*" not in (data.id_number or ""):  # an edit sends the number back masked: nothing to read
        data = check_client_fields(data, today=date.today())
    masked = data.id_number if "*" in (data.id_number or "") else mask_id_number(data.id_number)
    return {"id": client_id, "name": data.name, "gender": data.gender, "birth_date": data.birth_date,
            "id_number": masked, "org_unit_id": data.org_unit_id, "categories": data.categories}


def cmd_client(args) -> int:
    from wulian_desk.services.casework import clients

    consent = _consent(args) if args.client_command == "add" else None
    with opened(args) as ctx:
        if args.client_command == "add":
            data = _input(args, ctx)
            changes = clients.create_client(ctx, data, consent=consent, confirm_duplicate=args.confirm_duplicate)
            client_id = changes.ids[0]
            record = _record(client_id, data) | {"consent": consent is not None}
            return say_saved(args, record, f"已登记服务对象 {data.name}，记录编号 {client_id}")
        client_id = clients.resolve_client(ctx, args.client)
        # The record as the edit dialog shows it: numbers masked, and sent back masked they stay as they are.
        data = _input(args, ctx, clients.view_client(ctx, client_id))
        clients.update_client(ctx, client_id, data, confirm_duplicate=args.confirm_duplicate)
    return say_saved(args, _record(client_id, data), f"已修改服务对象 {data.name}（{client_id}）")


HANDLERS = {"client": cmd_client}
