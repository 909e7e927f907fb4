"""Two kinds of errors: a known `WulianError` is shown as a plain message; anything else is a bug
that gets the crash dialog, with details to copy, and a traceback in the log."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from wulian_desk import __version__
from wulian_desk.catalogue import english
from wulian_desk.core.errors import WulianError
from wulian_desk.ui.i18n import error_text

log = logging.getLogger("wulian_desk.ui")


# The dialogs are imported when first needed: creating their Qt classes (QStyle's enums above
# all) costs tens of milliseconds that the login window should not wait for.


def show_error(parent: QWidget | None, err: WulianError) -> None:
    from wulian_desk.ui import message

    message.warn(parent, error_text(err))


def crash_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return f"Wulian Desk {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the window: known errors as a message, bugs to the crash dialog."""
    if isinstance(exc, WulianError):
        log.info("known error shown to the user: %s", english(exc.text))
        show_error(QApplication.activeWindow(), exc)
        return
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    details = crash_details(exc_type, exc, tb)
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    from wulian_desk.ui.crash_dialog import CrashDialog

    CrashDialog(details, QApplication.activeWindow()).exec()


def report_exception(exc: BaseException) -> None:
    """Send an exception caught elsewhere (a worker thread) down the same path as an uncaught one."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def install_excepthook() -> None:
    sys.excepthook = handle_exception
