"""人员与培训 page: the staff of the station and rooms with their certificates and this year's and
all training hours; adding staff and recording a course attended by the chosen staff."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import ValidationError
from wulian_desk.services import staffing
from wulian_desk.services.context import Changes
from wulian_desk.ui.charity.simple_table import SimpleTable
from wulian_desk.ui.facilities.record_dialog import RecordDialog
from wulian_desk.ui.facilities.units import fill_unit_combo, load_units
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.organisations.dialog import vocab_combo
from wulian_desk.ui.signals import emit


class StaffDialog(RecordDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("新增工作人员"))
        self.ctx = ctx
        self.name, self.post, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.unit = QComboBox()
        fill_unit_combo(self.unit, load_units(ctx), with_all=False)
        self.certificate = vocab_combo(staffing.CERTIFICATES)
        for field, caption, widget in (("name", self.tr("姓名"), self.name), ("post", self.tr("岗位"), self.post),
                                       ("org_unit_id", self.tr("工作站点"), self.unit),
                                       ("certificate", self.tr("职业资格证书"), self.certificate),
                                       ("phone", self.tr("联系电话"), self.phone)):
            self.add_field(field, caption, widget)
        self.finish_layout()

    def save(self) -> Changes:
        return staffing.add_staff(self.ctx, name=self.name.text(), post=self.post.text(),
                                  org_unit_id=self.unit.currentData(), certificate=self.certificate.currentData(),
                                  phone=self.phone.text())


class TrainingDialog(RecordDialog):
    """One course, recorded for each of the staff chosen in the list."""

    def __init__(self, ctx, staff_ids: list[str], names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记培训"))
        self.ctx = ctx
        self.staff_ids = staff_ids
        who = QLabel(self.tr("、").join(names))
        who.setWordWrap(True)
        self.name, self.organiser = QLineEdit(), QLineEdit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 500)
        self.hours.setDecimals(1)
        self.held_on = DateEdit(date.today())
        for field, caption, widget in (("staff", self.tr("参训人员"), who), ("name", self.tr("培训名称"), self.name),
                                       ("hours", self.tr("课时"), self.hours), ("held_on", self.tr("培训日期"), self.held_on),
                                       ("organiser", self.tr("举办单位"), self.organiser)):
            self.add_field(field, caption, widget)
        self.finish_layout()

    def save(self) -> Changes:
        day = self.held_on.date_value("held_on", "培训日期")
        if day is None:
            raise ValidationError("请填写培训日期。", "Give the date.", field="held_on")
        return staffing.add_training(self.ctx, self.staff_ids, name=self.name.text(), hours=self.hours.value(),
                                     held_on=day, organiser=self.organiser.text())


class StaffPage(QWidget):
    changed = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_staff")
        self.ctx = ctx
        title = QLabel(self.tr("人员与培训"))
        title.setObjectName("pageTitle")
        self.add_button = QPushButton(self.tr("新增工作人员"))
        self.add_button.setObjectName("addButton")
        self.add_button.setVisible(ctx.may("staff", "create"))
        self.add_button.clicked.connect(self.add)
        self.training_button = QPushButton(self.tr("为选中人员登记培训"))
        self.training_button.setObjectName("trainingButton")
        self.training_button.setVisible(ctx.may("staff", "edit"))
        self.training_button.clicked.connect(self.add_training)
        self.table = SimpleTable([self.tr("姓名"), self.tr("岗位"), self.tr("职业资格证书"), self.tr("工作站点"),
                                  self.tr("所属机构"), self.tr("联系电话"), self.tr("培训课时")])
        self.table.setObjectName("table")
        self.table.setSelectionMode(SimpleTable.SelectionMode.ExtendedSelection)
        self.count = QLabel()
        self.count.setObjectName("rowCount")
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.training_button)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = staffing.staff_list(self.ctx)
        self.table.fill([(s["id"], [s["name"], s["post"], s["certificate_label"], s["unit_name"], s["agency"], s["phone"],
                                    f"{s['training_hours']:g}"]) for s in rows])
        professional = sum(1 for s in rows if s["certificate"] in staffing.PROFESSIONAL)
        self.count.setText(self.tr("共 %1 人，持证社工 %2 人").replace("%1", str(len(rows)))
                           .replace("%2", str(professional)))

    def add(self) -> None:
        self._run(StaffDialog(self.ctx, parent=self))

    def add_training(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            from wulian_desk.ui import message

            message.inform(self, self.tr("请先在列表中选中参训人员。"))
            return
        self._run(TrainingDialog(self.ctx, [self.table.row_id(r) for r in rows],
                                 [self.table.cell_text(r, 0) for r in rows], parent=self))

    def _run(self, dialog) -> None:
        if dialog.exec():
            emit(self.changed, dialog.changes)

    def apply_changes(self, changes) -> None:
        if changes.kinds & {"staff", "agency", "org_unit"}:
            self.refresh()

    def drop_cache(self) -> None:
        self.table.setRowCount(0)
