"""What every command shares: the parser that fails in Chinese, passphrases from the environment or
a prompt, the data folder, an opened station that always closes, and output as JSON or a table."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.paths import default_data_dir

PASSPHRASE_ENV = "WULIAN_DESK_PASSPHRASE"
NEW_PASSWORD_ENV = "WULIAN_DESK_NEW_PASSWORD"
USER_ENV = "WULIAN_DESK_USER"


class UsageError(ValidationError):
    exit_code = 2


class ChineseParser(argparse.ArgumentParser):
    """argparse, but a usage error is a known error with a Chinese message, not exit(2) + English."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(translate("cli.common", "命令行参数有误：{message}（用 --help 查看用法）").format(message=message))


def read_passphrase(prompt: str = "密码或恢复码：") -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise ValidationError(
            translate("cli.common", "需要密码：请在终端中运行，或设置环境变量 {passphrase_env}。").format(passphrase_env=PASSPHRASE_ENV),
        )
    return getpass.getpass(prompt)


def read_new_password(env: str = PASSPHRASE_ENV, prompt: str = "为站长账号设置密码：") -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise ValidationError(
            translate("cli.common", "需要新密码：请在终端中运行，或设置环境变量 {env}。").format(env=env),
        )
    first = getpass.getpass(prompt)
    if getpass.getpass("再输入一次：") != first:
        raise ValidationError(translate("cli.common", "两次输入的密码不一致。"))
    return first


def user_of(args) -> str | None:
    return args.user or os.environ.get(USER_ENV) or None


def data_dir_of(args) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


@contextmanager
def opened(args, passphrase: str | None = None) -> Iterator:
    """The station unlocked for this command, closed however the command ends."""
    from wulian_desk.services.station import station

    ctx = station.open_station(data_dir_of(args), passphrase=passphrase or read_passphrase(), username=user_of(args))
    try:
        yield ctx
    finally:
        ctx.close()


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
