"""A notice on the cases screen listing the form files refused at load (a syntax error, a field
of an unknown type...), each with its file, line and reason, so a broken file is seen and fixed
rather than a form silently missing. The other forms still work; the notice says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from wulian_desk.services.casework import forms


class FormFileNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formFileNotice")
        self.setProperty("role", "error")  # red, as the app's style sheet draws errors
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy into a report
        self.refresh()

    def refresh(self) -> None:
        refused = forms.load_errors()
        self.setVisible(bool(refused))
        if not refused:
            self.clear()
            return
        lines = [self.tr("%1 个表单文件有错误，没有载入（其他表单照常可用），请交维护人员修改：")
                 .replace("%1", str(len(refused)))]
        lines += [self.tr("%1 第 %2 行：%3").replace("%1", Path(err.filename).name).replace("%2", str(err.line))
                  .replace("%3", str(err.reason)) for err in refused]
        self.setText("\n".join(lines))
        self.setToolTip("\n".join(err.filename for err in refused))
