"""The English window shows English, and the Chinese one Chinese (tests/test_translations.py checks the catalogue)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from tests.ui.conftest import PASSWORD
from wulian_desk.core.errors import WrongPassphraseError
from wulian_desk.core.texts import translate
from wulian_desk.ui import i18n


def test_english_interface(qapp, qtbot, runner, station_dir):
    from wulian_desk.ui.login import LoginWindow

    assert i18n.install(qapp, "en") == "en"
    window = LoginWindow(station_dir, runner)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Wulian Desk - Log in"
    assert window.form.submit_button.text() == "Log in"
    assert i18n.error_text(WrongPassphraseError(translate("storage.keyslots", "用户名或密码不正确。"))) \
        == "The user name or password is not correct."
    from wulian_desk.core.vocab import TIERS

    assert i18n.vocab_label(TIERS, "township") == "Township/street station"
    assert PASSWORD  # the station fixture is the shared one


ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Names that are the same in a Chinese window: paper sizes, formats, colour notation.
NOT_WORDS = re.compile(r"^(HTML\(&H\)：|#[0-9a-f]{6}|(ANSI|JIS|ISO) ?[A-Z]?\d*|.*\((Envelope|Letter|Legal|Folio|Quarto|Tabloid|"
                       r"Ledger|Executive|Fan-fold|Architect|Super|Note|Statement|Postcard|Double Postcard)\b.*)$")


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a person can read in a widget tree: labels, buttons, titles, combo items,
    tabs, header sections and calendar cells."""
    out = []
    for w in [widget, *widget.findChildren(QWidget)]:
        for getter in ("text", "windowTitle", "title", "placeholderText"):
            value = getattr(w, getter, None)
            if callable(value):
                try:
                    text = value()
                except TypeError:
                    continue
                if isinstance(text, str) and text:
                    out.append(text)
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
            # The first rows: the calendar's day names, a file list's types (file names are not ours).
            out += [str(model.index(r, c).data() or "") for r in range(min(model.rowCount(), 2))
                    for c in range(model.columnCount()) if c or not isinstance(model, QFileSystemModel)]
    return [t for t in out if t]


def english_in(widget: QWidget) -> list[str]:
    return sorted({t for t in visible_texts(widget)
                   if ENGLISH_WORD.search(t) and not t.startswith(("/", "\\")) and not NOT_WORDS.match(t)})


def _file_dialog(folder: Path, mode=None, accept=None) -> QFileDialog:
    # Opened on a folder named in Chinese: the names of files and folders are the user's, not ours.
    dialog = QFileDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(folder))])
    if mode is not None:
        dialog.setFileMode(mode)
    if accept is not None:
        dialog.setAcceptMode(accept)
    return dialog


def test_qt_own_dialogs_and_the_calendar_speak_chinese_in_the_chinese_window(qapp, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    i18n.install(qapp, i18n.CHINESE)
    folder = tmp_path / "服务记录"
    (folder / "月报").mkdir(parents=True)
    buttons = QMessageBox(QMessageBox.Icon.Question, "标题", "正文")
    for button in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Open, QMessageBox.StandardButton.Cancel,
                   QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Close,
                   QMessageBox.StandardButton.Discard):
        buttons.addButton(button)
    dialogs = {
        "open": _file_dialog(folder, QFileDialog.FileMode.ExistingFile),
        "save": _file_dialog(folder, accept=QFileDialog.AcceptMode.AcceptSave),
        "folder": _file_dialog(folder, QFileDialog.FileMode.Directory),
        "colour": QColorDialog(),
        "print": QPrintDialog(),
        "preview": QPrintPreviewDialog(),
        "buttons": buttons,
        "calendar": QCalendarWidget(),
    }
    for widget in dialogs.values():
        qtbot.addWidget(widget)
    assert {name: english_in(w) for name, w in dialogs.items()} == {name: [] for name in dialogs}
    seen = " ".join(t for w in dialogs.values() for t in visible_texts(w))
    for word in ("Cancel", "Open", "Save", "Look in", "Monday", "Mon", "Print", "Colo"):
        assert word not in seen
    assert "取消" in seen and "查找范围" in seen and "打印" in seen
    calendar = dialogs["calendar"]
    assert calendar.locale().language() == QLocale.Language.Chinese
    assert QLocale().dayName(1, QLocale.FormatType.ShortFormat) in visible_texts(calendar)


def test_the_english_window_has_english_qt_dialogs_and_calendar(qapp, qtbot, tmp_path):
    i18n.install(qapp, i18n.ENGLISH)
    try:
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        assert "Mon" in visible_texts(calendar)
        dialog = _file_dialog(tmp_path)
        qtbot.addWidget(dialog)
        assert "Cancel" in visible_texts(dialog)
    finally:
        i18n.install(qapp, i18n.CHINESE)


def test_qt_chinese_catalogues_ship_with_the_app():
    """Ours is committed; Qt's is copied in by the frozen build's spec and found in Qt's folder otherwise."""
    assert (i18n.translations_dir() / "qt_extra_zh_CN.qm").is_file()
    spec = (Path(__file__).resolve().parents[2] / "packaging" / "wulian-desk.spec").read_text(encoding="utf-8")
    assert "qtbase_zh_CN.qm" in spec


def test_the_english_window_counts_in_singular_and_plural(qapp):
    from PySide6.QtCore import QCoreApplication

    i18n.install(qapp, i18n.ENGLISH)
    try:
        def say(n):
            return QCoreApplication.translate("CaseloadBox", "在办个案 %n 个", None, n)

        assert (say(1), say(2), say(0)) == ("1 open case", "2 open cases", "0 open cases")
        assert QCoreApplication.translate("AssetsTab", "%n 件资产", None, 1) == "1 asset"
    finally:
        i18n.install(qapp, i18n.CHINESE)
    assert QCoreApplication.translate("CaseloadBox", "在办个案 %n 个", None, 1) == "在办个案 1 个"
