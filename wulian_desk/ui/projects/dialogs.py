"""Project dialogs: a new project at 需求评估 (or its name, needs and budget edited), a move to
the next stage recorded with the current user as approver, and documents added to the stage it
is at. A skipped stage or a missing prerequisite is refused with the service's reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.money import format_yuan, parse_yuan
from wulian_desk.core.projects import ORDER, STAGES
from wulian_desk.services.context import Changes
from wulian_desk.services.parties import projects
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.widgets.record_dialog import RecordDialog


def fen_of(edit: QLineEdit, field: str) -> int:
    """The yuan typed in `edit` as fen (blank: 0); a bad amount names `field`."""
    try:
        return parse_yuan(edit.text()) or 0
    except ValidationError as err:
        raise ValidationError(err.text, field=field) from None


def yuan_text(fen: int) -> str:
    return format_yuan(fen).replace(",", "") if fen else ""


def text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * lines + 12)
    return box


def document_names(text: str) -> tuple[str, ...]:
    return tuple(d for d in text.replace("，", ",").replace("、", ",").split(","))


class ProjectDialog(RecordDialog):
    """A new project (需求评估), or, with `row`, its name, needs and budget while they may change."""

    REQUIRED = frozenset({"name"})

    def __init__(self, ctx, *, row=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectDialog")
        self.setWindowTitle(self.tr("编辑项目") if row else self.tr("新建项目（需求评估）"))
        self.ctx = ctx
        self.row = row  # the Project being edited
        self.name = QLineEdit(row.name if row else "")
        self.needs = text_box(row.needs if row else "", lines=4)
        self.budget = QLineEdit(yuan_text(row.budget_fen) if row else "")
        self.add_field("name", self.tr("项目名称"), self.name)
        self.add_field("needs", self.tr("社区征集到的服务需求"), self.needs)
        self.add_field("budget_fen", self.tr("预算（元）"), self.budget)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, fields = self.ctx, {"name": self.name.text(), "needs": self.needs.toPlainText(),
                                 "budget_fen": fen_of(self.budget, "budget_fen")}
        if self.row is not None:
            project_id = self.row.id
            return lambda: projects.update_project(ctx, project_id, **fields)
        return lambda: projects.create_project(ctx, **fields)


class MoveDialog(RecordDialog):
    """Move the project to a stage (the next one is offered); the approver is who is logged in."""

    def __init__(self, ctx, project_id: str, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("推进项目阶段"))
        self.ctx = ctx
        self.project_id = project_id
        self.stage = QComboBox()
        for code in ORDER:
            self.stage.addItem(vocab_label(STAGES, code), code)
        following = ORDER[min(ORDER.index(stage) + 1, len(ORDER) - 1)]
        self.stage.setCurrentIndex(ORDER.index(following))
        self.on = DateEdit(date.today())
        self.documents = QLineEdit()
        self.documents.setPlaceholderText(self.tr("文件名，用逗号分隔"))
        self.note = text_box()
        self.add_field("stage", self.tr("推进到"), self.stage)
        self.add_field("on", self.tr("日期"), self.on)
        self.add_field("documents", self.tr("附件"), self.documents)
        self.add_field("note", self.tr("说明"), self.note)
        self.finish_layout()

    def choose(self, stage: str) -> None:
        self.stage.setCurrentIndex(self.stage.findData(stage))

    def prepare(self) -> Callable[[], Changes]:
        ctx, project_id, stage, fields = self.ctx, self.project_id, self.stage.currentData(), {
            "on": self.on.date_value("on", self.tr("日期")), "documents": document_names(self.documents.text()),
            "note": self.note.toPlainText()}
        return lambda: projects.move_project(ctx, project_id, stage, **fields)


class DocumentsDialog(RecordDialog):
    """Documents that belong to the stage the project is at (the signed agreement, a report)."""

    REQUIRED = frozenset({"documents"})

    def __init__(self, ctx, project_id: str, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加附件到“%1”阶段").replace("%1", vocab_label(STAGES, stage)))
        self.ctx = ctx
        self.project_id = project_id
        self.documents = QLineEdit()
        self.documents.setPlaceholderText(self.tr("文件名，用逗号分隔"))
        self.add_field("documents", self.tr("附件"), self.documents)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, project_id, documents = self.ctx, self.project_id, document_names(self.documents.text())
        return lambda: projects.attach_documents(ctx, project_id, documents)
