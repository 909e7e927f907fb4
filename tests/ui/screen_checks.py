"""Checks on a shown window: every visible widget inside the screen's work area (and inside its own
window, which a window smaller than its layout's minimum breaks), no form that scrolls sideways,
and the interface's own words all in the interface's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QTabBar,
    QTableView,
    QWidget,
)

# -- size ----------------------------------------------------------------------------------------


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def clipped_by_a_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie past the visible part, which scrolls to it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    text = ""
    for read in ("text", "title", "placeholderText"):
        value = getattr(widget, read, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if text:
                break
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:30]!r}" if text else name


def outside_the_screen(window: QWidget) -> list[str]:
    """Visible widgets of `window` that lie outside the work area of its screen or of the window."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    problems = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems.append(f"window {describe(window)} at {frame.getRect()} is outside the screen {area.getRect()}")
    inside = global_rect(window)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or clipped_by_a_scroll_area(widget, window):
            continue
        rect = global_rect(widget)
        if rect.isEmpty():
            continue
        if not inside.contains(rect):
            problems.append(f"{describe(widget)} at {rect.getRect()} lies outside its window {inside.getRect()}")
    return problems


def sideways_scrolling(window: QWidget) -> list[str]:
    """Forms (scroll areas holding widgets, not tables or lists) that need a horizontal scroll bar."""
    problems = []
    for area in window.findChildren(QScrollArea):
        if not area.isVisible() or area.widget() is None:
            continue
        needed = area.widget().minimumSizeHint().width()
        if needed > area.viewport().width() or area.horizontalScrollBar().isVisible():
            problems.append(f"{describe(area)} in {describe(window)} scrolls sideways "
                            f"({needed} px wide in {area.viewport().width()} px)")
    return problems


def cut_list_items(window: QWidget) -> list[str]:
    """Items of a visible list (the navigation, a day's activities) cut to "…" by its width."""
    problems = []
    for view in window.findChildren(QListView):
        model = view.model()
        if not view.isVisible() or model is None or isinstance(view.parentWidget(), QComboBox):
            continue
        room = view.viewport().width()
        for row in range(model.rowCount()):
            index = model.index(row, view.modelColumn())
            if view.isRowHidden(row) or not view.visualRect(index).intersects(view.viewport().rect()):
                continue
            if view.sizeHintForIndex(index).width() > room:
                problems.append(f"{describe(view)}: item {str(index.data())!r} is cut "
                                f"({view.sizeHintForIndex(index).width()} px in {room} px)")
    return problems


# -- language ------------------------------------------------------------------------------------

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")
# Latin words that belong in the Chinese window: formats, devices, keys, and the app's own name.
LATIN_ALLOWED = {
    "pdf", "excel", "xlsx", "xls", "png", "csv", "usb", "id", "wlb", "wer", "ctrl", "shift", "alt", "del",
    "enter", "esc", "tab", "pem", "age", "ok", "wulian", "desk", "sqlcipher", "qt", "ed", "utc", "url", "sha",
    "hmac", "uuid", "gb", "mb", "kb", "fn", "pc",
}
APP_NAME = {"wulian", "desk"}


def is_english_only(text: str) -> bool:
    """Words of English and no Chinese (formats, keys and the app's name aside)."""
    words = [w.lower() for w in WORD.findall(text)]
    return not CJK.search(text) and any(w not in LATIN_ALLOWED for w in words)


def is_chinese_only(text: str) -> bool:
    """Chinese with no English word beside it: untranslated (a translated template holding a
    Chinese name, "Current user: 王站长", has English words around the name)."""
    words = [w for w in WORD.findall(text) if w.lower() not in LATIN_ALLOWED - APP_NAME]
    return bool(CJK.search(text)) and not words


def caption_labels(window: QWidget) -> set[QLabel]:
    """Labels that are the interface's words: form captions, page and section titles, hints (a
    label with no objectName and no buddy in a form's field column may hold a record's data)."""
    captions: set[QLabel] = set()
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                captions.add(item.widget())
    for label in window.findChildren(QLabel):
        name = label.objectName()
        # Not "sectionTitle": a detail's heading is the record's name.
        hint = label.property("role") == "hint"  # a form's or a field's explanation
        if name in ("pageTitle", "hint", "heading") or hint or label.buddy() is not None:
            captions.add(label)
    return captions


def interface_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of the interface's own words in the visible part of `window`: its title,
    captions, buttons, group boxes, tabs, table headers, placeholders and tooltips; not the
    records' data (cells, what a field holds, combo boxes' items)."""
    texts = [(f"window {window.objectName()}", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = describe(widget)
        if widget.toolTip():
            texts.append((f"tooltip of {where}", widget.toolTip()))
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QComboBox):
            texts.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((where, widget.title()))
        elif isinstance(widget, QTabBar):
            texts.extend((f"tab of {where}", widget.tabText(i)) for i in range(widget.count()) if widget.isTabVisible(i))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            texts.append((f"placeholder of {where}", widget.placeholderText()))
        elif isinstance(widget, QTableView) and widget.model() is not None and widget.horizontalHeader().isVisible():
            model, header = widget.model(), widget.horizontalHeader()
            texts.extend((f"header of {where}", str(model.headerData(c, header.orientation()) or ""))
                         for c in range(model.columnCount()) if not widget.isColumnHidden(c))
    texts.extend((describe(label), label.text()) for label in caption_labels(window) if label.isVisible())
    return [(where, TAG.sub(" ", text).replace("&", "")) for where, text in texts if text]


def wrong_language(window: QWidget, *, english: bool) -> list[str]:
    """The interface's words in the other language than the window's."""
    wrong = is_chinese_only if english else is_english_only
    return [f"{where}: {text!r}" for where, text in interface_texts(window) if wrong(text)]
