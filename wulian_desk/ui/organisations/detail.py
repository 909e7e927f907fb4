"""One organisation's record: its facts, the activities it took part in, its yearly evaluations."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wulian_desk.core.organisations import EVALUATION_RESULTS, ORG_TYPES, STATUSES
from wulian_desk.services.parties import organisations
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.organisations.dialog import EvaluationDialog, OrganisationDialog
from wulian_desk.ui.signals import emit
from wulian_desk.ui.widgets.detail_parts import facts_form, title_bar
from wulian_desk.ui.widgets.key_table import KeyTable


class OrganisationDetail(QWidget):
    back = Signal()
    changed = Signal(object)  # Changes

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = None
        back = QPushButton(self.tr("返回列表"))
        back.clicked.connect(lambda: emit(self.back))
        self.edit_button = QPushButton(self.tr("编辑"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.clicked.connect(self.edit)
        self.evaluate_button = QPushButton(self.tr("年度评估评议"))
        self.evaluate_button.setObjectName("evaluateButton")
        self.evaluate_button.clicked.connect(self.add_evaluation)
        for button in (self.edit_button, self.evaluate_button):
            button.setVisible(ctx.may("organisation", "edit"))
        bar, self.title = title_bar(back, (self.evaluate_button, self.edit_button))
        form, self.facts = facts_form(
            (("unit", self.tr("所在社区")), ("type", self.tr("类型")), ("status", self.tr("登记或备案")),
             ("leader", self.tr("负责人")), ("members", self.tr("成员人数")), ("brand", self.tr("品牌")),
             ("federation", self.tr("联合会")), ("charter", self.tr("简易章程"))))
        self.evaluations = KeyTable([self.tr("年度"), self.tr("结果"), self.tr("日期"), self.tr("意见")])
        self.evaluations.setObjectName("evaluations")
        self.activities = KeyTable([self.tr("活动"), self.tr("开始时间")])
        self.activities.setObjectName("activities")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("评估评议")))
        layout.addWidget(self.evaluations, 1)
        layout.addWidget(QLabel(self.tr("参与的社区活动")))
        layout.addWidget(self.activities, 1)

    def show_organisation(self, organisation_id: str) -> None:
        self.view = view = organisations.view_organisation(self.ctx, organisation_id)
        o = view.organisation
        self.title.setText(o.name)
        status = f"{vocab_label(STATUSES, o.status)} {o.registration_number or o.filed_on or ''}".strip()
        brand = [self.tr("品牌社区社会组织")] if o.brand_organisation else []
        brand += [self.tr("品牌项目：%1").replace("%1", o.brand_project)] if o.brand_project else []
        for key, text in (("unit", view.unit_name), ("type", vocab_label(ORG_TYPES, o.org_type)), ("status", status),
                          ("leader", f"{o.leader}  {o.phone}".strip()), ("members", str(o.members)),
                          ("brand", self.tr("、").join(brand)), ("charter", o.charter),
                          ("federation", self.tr("是") if o.federation_member else self.tr("否"))):
            self.facts[key].setText(text)
        self.evaluations.fill([(e.id, [e.year, vocab_label(EVALUATION_RESULTS, e.result), e.evaluated_on, e.comments])
                               for e in view.evaluations])
        self.activities.fill([(a.id, [a.title, f"{a.starts_at:%Y-%m-%d %H:%M}"])
                              for a in view.activities])

    def edit(self) -> None:
        if self.view is None:
            return
        dialog = OrganisationDialog(self.ctx, row=self.view.organisation, parent=self)
        self._after(dialog.changes if dialog.exec() else None)

    def add_evaluation(self) -> None:
        if self.view is None:
            return
        dialog = EvaluationDialog(self.ctx, self.view.organisation.id, parent=self)
        self._after(dialog.changes if dialog.exec() else None)

    def _after(self, changes) -> None:
        if changes is None:
            return
        self.show_organisation(self.view.organisation.id)
        emit(self.changed, changes)

    def clear(self) -> None:
        self.view = None
        self.title.clear()
        for label in self.facts.values():
            label.clear()
        self.evaluations.setRowCount(0)
        self.activities.setRowCount(0)
