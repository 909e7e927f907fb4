"""Filling one form on a case: the form view in a scroll area, a draft kept every few seconds in
the encrypted database (offered back after a crash or a lock), and the save run as a task. Every
write (the save, keeping and dropping the draft) goes through the task runner's write lane."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import FormDefinition, answer_problems
from wulian_desk.core.forms.mapping import kept_masked
from wulian_desk.services.casework import drafts, form_fill
from wulian_desk.services.context import Changes
from wulian_desk.ui import message
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.forms.view import FormView
from wulian_desk.ui.i18n import pick
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.live_check import Debounce
from wulian_desk.ui.widgets.windows import FitScrollArea, settle_window

DRAFT_INTERVAL_MS = 3000


def _question_of(path: str | None) -> str:
    """"members[2].name" belongs to the question "members"."""
    return re.split(r"[\[.]", path or "", maxsplit=1)[0]


def draft_key(case_id: str, form_id: str) -> str:
    return f"form:{case_id}:{form_id}"


class FormDialog(QDialog):
    def __init__(self, ctx, runner: TaskRunner, case_id: str, form: FormDefinition,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formDialog")
        self.setWindowTitle(pick(form.title_zh, form.title_en))
        self.ctx = ctx
        self.runner = runner
        self.case_id = case_id
        self.form = form
        self.key = draft_key(case_id, form.id)
        self.changes: Changes | None = None
        self.shown: dict = {}  # what the form was prefilled with from the record (ui/forms/client_update.py)
        self.saved_answers: dict = {}
        self.dirty = False
        self.saving = False
        self.touched: set[str] = set()  # questions the user has answered or left
        self.tried = False  # Save was pressed: every question's problems are shown
        self.live = Debounce(self.check_now, self)
        self.view = FormView(form, on_edit=self._edited)
        scroll = FitScrollArea(self.view)  # up and down, never sideways
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.status = QLabel()
        self.status.setObjectName("draftStatus")
        self.save_button = QPushButton(self.tr("保存（Ctrl+S）"))
        self.save_button.setObjectName("saveButton")
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setObjectName("cancelButton")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a field never submits the form by accident
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(DRAFT_INTERVAL_MS)
        self.timer.timeout.connect(self.keep_draft)
        self.timer.start()
        settle_window(self, QSize(640, 0), preferred=QSize(760, 680))
        QApplication.instance().focusChanged.connect(self._focus_moved)

    # -- drafts ------------------------------------------------------------------------------------

    def offer_draft(self) -> bool:
        """Put back what was typed before a crash or a lock, if the user wants it."""
        draft = drafts.load_draft(self.ctx, self.key)
        if not draft or not isinstance(draft.get("answers"), dict):
            return False
        when = str(draft.get("saved_at", ""))
        text = self.tr("“%1”有一份未保存的草稿（%2），是否恢复？").replace("%1", self.windowTitle()).replace("%2", when)
        if message.confirm(self, text):
            self.shown = draft.get("shown") if isinstance(draft.get("shown"), dict) else {}
            self.view.set_answers(draft["answers"])
            self.dirty = True
            return True
        self.discard_draft()
        return False

    def _edited(self) -> None:
        self.dirty = True
        key = self.view.key_of(self.focusWidget())
        if key is not None:
            self.touched.add(key)
        self.live.poke()

    # -- checking as the user types ----------------------------------------------------------------

    def _focus_moved(self, old: QWidget | None, _new: QWidget | None) -> None:
        key = self.view.key_of(old)
        if key is not None and self.isVisible():
            self.touched.add(key)
            self.live.poke()

    def check_now(self) -> None:
        """The problems of the questions touched so far (all, once Save was pressed), by the rules
        the save uses; one fixed is gone at once."""
        if self.saving:
            return
        problems = answer_problems(self.form, self.view.answers())
        if not self.tried:
            problems = [p for p in problems if _question_of(p.field) in self.touched]
        self.view.show_problems(problems, focus=False)
        if self.tried:
            self.status.setText(self.tr("有 %1 处需要修改，见标红的说明。").replace("%1", str(len(problems)))
                                if problems else "")

    def keep_draft(self) -> None:
        if not self.dirty or self.saving:
            return
        saved_at = datetime.now().strftime("%Y-%m-%d %H:%M")
        ctx, key = self.ctx, self.key
        content = {"form_version": self.form.version, "saved_at": saved_at, "answers": self.view.answers(),
                   "shown": self.shown}
        self.runner.write(lambda _p: drafts.save_draft(ctx, key, content), on_done=lambda _none: self._kept(saved_at),
                          parent=self)
        self.dirty = False

    def _kept(self, saved_at: str) -> None:
        self.status.setText(self.tr("草稿已自动保存 %1").replace("%1", saved_at[-5:]))

    def discard_draft(self) -> None:
        ctx, key = self.ctx, self.key
        self.runner.write(lambda _p: drafts.discard_draft(ctx, key), parent=self)

    # -- save and close ----------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        self.tried = True
        self.live.stop()
        answers = self.view.answers()
        # A number left masked as the record showed it is checked by the service, against the record.
        masked = kept_masked(self.form, answers, self.shown)
        problems = [p for p in answer_problems(self.form, answers) if p.field not in masked]
        if problems:
            self.view.show_problems(problems)
            self.status.setText(self.tr("有 %n 处需要修改，见标红的说明。", None, len(problems)))
            return
        self.view.clear_problems()
        self.saving = True
        self.save_button.setEnabled(False)
        self.saved_answers = answers
        ctx, case_id, form_id, shown = self.ctx, self.case_id, self.form.id, self.shown
        self.runner.write(lambda _p: form_fill.save_case_form(ctx, case_id, form_id, answers, shown=shown),
                          on_done=self._saved, on_error=self._refused, label=self.tr("正在保存表格…"), parent=self)

    def _saved(self, changes: Changes) -> None:
        self.saving = False
        self.timer.stop()
        self.discard_draft()
        self.dirty = False
        self.changes = changes
        super().accept()

    def _refused(self, err) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(err, ValidationError) and err.field:
            self.view.show_problems([err])
        else:
            show_error(self, err)

    def cancel(self) -> None:
        if self.saving:
            return  # the save under way closes the dialog, or says why not
        if self.dirty or drafts.load_draft(self.ctx, self.key):
            if not message.confirm(self, self.tr("放弃这次填写的内容吗？草稿也将删除。")):
                return
        self.timer.stop()
        self.discard_draft()
        self.dirty = False
        super().reject()

    def reject(self) -> None:
        # Escape, closing the window, or the window locking: keep what was typed as a draft.
        if self.saving:
            return  # the save under way closes the dialog (the lock closes it with done())
        self.keep_draft()
        self.timer.stop()
        super().reject()

    def accept(self) -> None:
        self.save()  # only a finished save closes the dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()  # Enter moves on to the next field, as Tab does
            return
        super().keyPressEvent(event)
