"""A filled form, read-only, as the case file prints it (with the form version it was given on)."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wulian_desk.core.forms import AnswerSet, render_stored
from wulian_desk.services.casework import forms
from wulian_desk.ui.widgets.windows import settle_window


def record_html(record) -> str:
    stored = AnswerSet(record.form_id, record.form_version, json.loads(record.answers), json.loads(record.computed))
    rows = render_stored(forms.registry(), stored)
    cells = "".join(f"<tr><td style='padding-right:16px'><b>{escape(label)}</b></td><td>{escape(text)}</td></tr>" for label, text in rows)
    return f"<table>{cells}</table>"


class FormRecordDialog(QDialog):
    def __init__(self, record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formRecordDialog")
        self.setWindowTitle(self.tr("查看表格（第 %1 版）").replace("%1", str(record.form_version)))
        self.text = QTextBrowser()
        self.text.setHtml(record_html(record))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        settle_window(self, QSize(560, 480))
