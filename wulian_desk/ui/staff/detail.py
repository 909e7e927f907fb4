"""One member of staff: post, certificate, where they work, and every training with its hours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wulian_desk.services.parties import staffing
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.staff.dialogs import CertificateDialog, TrainingDialog
from wulian_desk.ui.widgets.detail_parts import facts_form, title_bar
from wulian_desk.ui.widgets.key_table import KeyTable


class StaffDetail(QWidget):
    back = Signal()
    changed = Signal(object)  # Changes

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDetail")
        self.ctx = ctx
        self.view = None
        back = QPushButton(self.tr("返回列表"))
        back.clicked.connect(lambda: emit(self.back))
        self.certificate_button = QPushButton(self.tr("变更职业资格证书"))
        self.certificate_button.setObjectName("certificateButton")
        self.certificate_button.clicked.connect(self.change_certificate)
        self.training_button = QPushButton(self.tr("登记培训"))
        self.training_button.setObjectName("trainingButton")
        self.training_button.clicked.connect(self.add_training)
        for button in (self.certificate_button, self.training_button):
            button.setVisible(ctx.may("staff", "edit"))
        bar, self.title = title_bar(back, (self.training_button, self.certificate_button))
        form, self.facts = facts_form(
            (("post", self.tr("岗位")), ("certificate", self.tr("职业资格证书")), ("unit", self.tr("工作站点")),
             ("agency", self.tr("所属机构")), ("phone", self.tr("联系电话")), ("hours", self.tr("培训课时"))),
            wrap=False)
        self.trainings = KeyTable([self.tr("培训日期"), self.tr("培训名称"), self.tr("课时"), self.tr("举办单位")])
        self.trainings.setObjectName("trainings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("培训记录")))
        layout.addWidget(self.trainings, 1)

    def show_staff(self, staff_id: str) -> None:
        self.view = view = staffing.view_staff(self.ctx, staff_id)
        s = view.staff
        self.title.setText(s.name)
        this_year = sum(t.hours for t in view.trainings if t.held_on.year == date.today().year)
        total = sum(t.hours for t in view.trainings)
        for key, text in (("post", s.post), ("certificate", vocab_label(staffing.CERTIFICATES, s.certificate)),
                          ("unit", view.unit_name), ("agency", view.agency_name or "—"), ("phone", s.phone or "—"),
                          ("hours", self.tr("本年 %1 课时，累计 %2 课时").replace("%1", f"{this_year:g}")
                           .replace("%2", f"{total:g}"))):
            self.facts[key].setText(text)
        self.trainings.fill([(t.id, [t.held_on, t.name, f"{t.hours:g}", t.organiser]) for t in view.trainings])

    def change_certificate(self) -> None:
        if self.view is not None:
            self._run(CertificateDialog(self.ctx, self.view.staff, parent=self))

    def add_training(self) -> None:
        if self.view is not None:
            self._run(TrainingDialog(self.ctx, [self.view.staff.id], [self.view.staff.name], parent=self))

    def _run(self, dialog) -> None:
        if dialog.exec():
            self.show_staff(self.view.staff.id)
            emit(self.changed, dialog.changes)

    def clear(self) -> None:
        self.view = None
        self.title.clear()
        for label in self.facts.values():
            label.clear()
        self.trainings.setRowCount(0)
