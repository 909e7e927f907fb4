"""The command line: every main job also runs headless, scriptable, with `--json` where it prints
data. A known error prints one line and exits non-zero; anything else is a bug, logged with its
traceback and reported in one line that names the log.

Each area's commands live in a module of their own (`register` adds its parsers, `HANDLERS`
maps its command names to functions); this module assembles them and runs one.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from wulian_desk import __version__
from wulian_desk.catalogue import english
from wulian_desk.cli import (
    accounts,
    activities,
    cases,
    casework,
    clients,
    parties,
    people,
    projects,
    reports,
    station,
    sync,
    volunteering,
)
from wulian_desk.cli.common import USER_ENV, ChineseParser, data_dir_of
from wulian_desk.core.errors import ValidationError, WulianError
from wulian_desk.core.io_errors import known_io_error
from wulian_desk.core.log_privacy import PrivateFormatter
from wulian_desk.core.texts import translate
from wulian_desk.paths import data_folder, keep_files_private, log_dir

log = logging.getLogger("wulian_desk.cli")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
AREAS = (station, accounts, clients, cases, casework, activities, volunteering, people, projects, parties, reports, sync)
COMMANDS = {name: handler for area in AREAS for name, handler in area.HANDLERS.items()}


class ShowVersion(argparse.Action):
    """`--version`: the program's version and the data folder it would open (after any
    `--data-dir` given before it), so a support call can start from both."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        folder = data_folder()
        given = getattr(namespace, "data_dir", None)
        where, why = (Path(given).expanduser(), "--data-dir") if given else (folder.path, folder.source)
        print(f"wulian-desk {__version__}\n数据文件夹 / data folder: {where}  ({why})")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseParser(prog="wulian-desk", description="五社联动工作台 Wulian Desk")
    parser.add_argument("--data-dir", type=Path, default=None, help="数据文件夹（默认：系统的应用数据目录）")
    parser.add_argument("--user", default=None, help=f"账号用户名（也可用环境变量 {USER_ENV}）")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None, help="界面语言")
    parser.add_argument("--version", action=ShowVersion, nargs=0, help="显示版本和在用的数据文件夹")
    sub = parser.add_subparsers(dest="command", parser_class=ChineseParser)
    for area in AREAS:
        area.register(sub)
    p = sub.add_parser("open", help="打开窗口；给出数据包文件则登录后导入它（双击 .wlb 文件即是这样打开的）")
    p.add_argument("file", type=Path, nargs="?", default=None)
    return parser


def open_window(args) -> int:
    """The window (`wulian-desk` with no command), or `open FILE`, the .wlb file association's
    command: the window, then the import screen offering the file after login."""
    from wulian_desk import app

    bundle = getattr(args, "file", None) if args.command == "open" else None
    if bundle is not None and not bundle.is_file():
        raise ValidationError(translate("cli.__init__", "找不到数据包文件：{bundle}").format(bundle=bundle))
    return app.run_window(data_dir_of(args), lang=args.lang, open_bundle=bundle.resolve() if bundle else None)


def setup_logging() -> Path | None:
    """Log to a file in the log folder; only messages and tracebacks, never record values."""
    # A log that cannot be written (a full disk) must not print its own traceback over the one
    # line the user is shown.
    logging.raiseExceptions = False
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "wulian-desk.log"
        logging.basicConfig(filename=path, encoding="utf-8", level=logging.INFO, format=LOG_FORMAT)
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.FileHandler) and handler.baseFilename == os.path.abspath(path):
                handler.setFormatter(PrivateFormatter(LOG_FORMAT))  # no record content in the log
        return path
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    keep_files_private()  # before the log or any other file is created
    log_path = setup_logging()
    try:
        args = build_parser().parse_args(argv)
        if args.command in (None, "open"):
            return open_window(args)
        return COMMANDS[args.command](args)
    except WulianError as exc:
        return _known(exc)
    except BrokenPipeError:
        # The reader (`| head`) went away: not an error. Point stdout at nothing so the
        # interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("已中断，未完成的操作没有保存。", file=sys.stderr)
        return 130
    except Exception as exc:
        known = known_io_error(exc)  # a full disk or a pulled stick is not a bug
        if known is not None:
            log.warning("%s: %s", type(exc).__name__, english(known.text))
            return _known(known)
        log.exception("unexpected error")
        where = f"，详情见 {log_path}" if log_path else ""
        print(f"程序内部错误，操作未完成，数据未受影响{where}。请把该文件发给技术支持。", file=sys.stderr)
        return 70


def _known(exc: WulianError) -> int:
    print(f"错误：{exc}", file=sys.stderr)
    return exc.exit_code
