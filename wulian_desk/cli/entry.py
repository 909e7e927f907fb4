"""What the daily-entry commands share: reading dates, amounts, units and staff from the command
line the way the window's dialogs read them from their fields, and saying what was saved.

Anything a command can check without the database (a date's format, a choice's spelling) is
refused here, in Chinese, before a password is asked; the rules themselves stay in the services.
"""

from __future__ import annotations

from datetime import date, datetime

from wulian_desk.catalogue import english
from wulian_desk.cli.common import UsageError, print_json
from wulian_desk.core.texts import chinese, translate


def date_arg(text: str | None, label: str) -> date | None:
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(translate("cli.entry", "{label}的日期格式不对：{text}（应为 2026-01-01 这样的格式）。").format(label=label, text=text)) from None


def time_arg(day: date, text: str, label: str) -> datetime:
    """A time of day (09:00) on `day`."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return datetime.combine(day, datetime.min.time()).replace(hour=hours, minute=minutes)
    except ValueError:
        raise UsageError(translate("cli.entry", "{label}的时间格式不对：{text}（应为 09:30 这样的格式）。").format(label=label, text=text)) from None


def number_arg(text: str | None, label: str) -> float | None:
    if text is None:
        return None
    try:
        return float(text.strip())
    except ValueError:
        raise UsageError(translate("cli.entry", "{label}应为数字：{text}").format(label=label, text=text)) from None


def fen_arg(text: str | None, label: str) -> int | None:
    """An amount in yuan as typed (3500, 3500.50, ¥3,500) in fen, as the dialogs read it."""
    from wulian_desk.core.money import parse_yuan

    if text is None or not text.strip():
        return None
    return parse_yuan(text)


def choice_arg(text: str | None, choices: dict, label: str) -> str | None:
    """A vocabulary code, given as the code (male) or its Chinese or English name (男, Male)."""
    if text is None:
        return None
    wanted = text.strip()
    for code, choice in choices.items():
        names = (choice.zh, english(choice.text)) if hasattr(choice, "text") else (chinese(choice), english(choice))
        if wanted == code or wanted in names or wanted.lower() == str(names[-1]).lower():
            return code
    known = "、".join(f"{code}（{c.zh if hasattr(c, 'zh') else chinese(c)}）" for code, c in choices.items())
    raise UsageError(translate("cli.entry", "{label}不能是“{text}”，可选：{known}。").format(label=label, text=text, known=known))


def choices_arg(values: list[str] | None, choices: dict, label: str) -> list[str]:
    """Several codes, each given on its own or together separated by commas or 、."""
    parts = [p for v in values or () for p in v.replace("，", ",").replace("、", ",").split(",") if p.strip()]
    return [choice_arg(p, choices, label) for p in parts]


def unit_of(ctx, reference: str | None) -> str:
    """A unit (站点 or 社区/村) by id or name; the station itself when none is given, as the
    dialogs preselect it."""
    from wulian_desk.core.errors import NotFoundError
    from wulian_desk.services.station.station import list_org_units

    if reference is None or not reference.strip():
        return ctx.station_id
    wanted = reference.strip()
    for unit in list_org_units(ctx):
        if wanted in (unit.id, unit.name):
            return unit.id
    raise NotFoundError(translate("cli.entry", "找不到站点或社区（村）：{reference}。").format(reference=reference))


def account_of(ctx, username: str | None) -> str | None:
    """A staff member's account id by user name (None when not given)."""
    from wulian_desk.services.station import accounts

    if username is None or not username.strip():
        return None
    return accounts.find_account(ctx, username.strip()).id


def say_saved(args, record: dict, line: str) -> int:
    """The saved record as JSON with --json, else one line in Chinese."""
    if getattr(args, "json", False):
        print_json(record)
    else:
        print(line)
    return 0


def add_json(parser) -> None:
    parser.add_argument("--json", action="store_true", help="以 JSON 输出保存的记录")
