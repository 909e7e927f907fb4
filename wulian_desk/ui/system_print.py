"""Print a PDF the app produced through the system's print dialog.

PySide6-Essentials ships no QtPdf, so Qt cannot draw a PDF's pages onto a QPrinter. The print
dialog (QPrintDialog over a QPrinter) still chooses the printer and the copies, and the file goes
to that printer the way the system prints a PDF: CUPS (`lp`, which takes PDF as it is) on Linux
and macOS, the registered PDF program's "printto" verb on Windows. The PDF itself is the one
reportlab wrote, so paper and file are the same document."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from wulian_desk.core.errors import WulianError
from wulian_desk.core.texts import translate


class PrintFailed(WulianError):
    pass


@dataclass(frozen=True)
class PrintChoice:
    printer: str
    copies: int


def choose_printer(parent: QWidget | None) -> PrintChoice | None:
    """The system's print dialog; None when cancelled. A function of its own so tests can answer."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return PrintChoice(printer.printerName(), max(1, printer.copyCount()))


def send_to_printer(path: Path, choice: PrintChoice) -> None:
    """Hand the PDF to the chosen printer (in a worker: spooling may take a moment)."""
    path = Path(path)
    if sys.platform == "win32":
        import ctypes

        for _ in range(choice.copies):
            # > 32 is success (ShellExecute's convention); a PDF reader must be installed.
            if ctypes.windll.shell32.ShellExecuteW(None, "printto", str(path), f'"{choice.printer}"', None, 0) <= 32:
                raise PrintFailed(translate("ui.system_print", "没有能打印 PDF 的程序，请先安装 PDF 阅读器，或打开文件后从阅读器打印。"))
        return
    lp = shutil.which("lp")
    if lp is None:
        raise PrintFailed(translate("ui.system_print", "本机没有打印服务（CUPS），请打开文件后从阅读器打印。"))
    command = [lp, "-n", str(choice.copies)]
    if choice.printer:
        command += ["-d", choice.printer]
    done = subprocess.run([*command, "--", str(path)], capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise PrintFailed(translate("ui.system_print", "打印机没有接受这份文件：{strip}").format(strip=done.stderr.strip()))
