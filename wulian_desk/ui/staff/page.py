"""人员与培训 page: three tabs, each a lazy list exported to Excel: the staff of the station and
rooms with certificates and training hours (a member of staff opens in place), the training
records, and the yearly operating funds against their minimums."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QWidget

from wulian_desk.services.parties import staffing
from wulian_desk.ui import message
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.facilities.units import UnitFilter
from wulian_desk.ui.staff.detail import StaffDetail
from wulian_desk.ui.staff.dialogs import StaffDialog, TrainingDialog
from wulian_desk.ui.staff.funds import OperatingFunds
from wulian_desk.ui.staff.lists import staff_model, trainings_model
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.export_button import ExportButton
from wulian_desk.ui.widgets.record_page import RecordPage


class StaffTabs(QTabWidget):
    """The three lists, answering the record page as one list does."""

    def __init__(self, staff: RecordList, trainings: RecordList, funds: OperatingFunds) -> None:
        super().__init__()
        self.staff, self.trainings, self.funds = staff, trainings, funds
        self.addTab(staff, self.tr("工作人员"))
        self.addTab(trainings, self.tr("培训记录"))
        self.addTab(funds, self.tr("运行经费"))

    def focus_search(self) -> None:
        current = self.currentWidget()
        (current.entries if current is self.funds else current).focus_search()

    def apply_changes(self, changes) -> None:
        for part in (self.staff, self.trainings, self.funds):
            part.apply_changes(changes)

    def drop_cache(self) -> None:
        for part in (self.staff, self.trainings, self.funds):
            part.drop_cache()


class StaffPage(RecordPage):
    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_staff")
        self.ctx = ctx
        self.runner = runner
        self.unit_filter = UnitFilter(ctx, lambda unit_id: self.staff.set_extra_query(org_unit_id=unit_id))
        self.add_button = QPushButton(self.tr("新增工作人员"))
        self.add_button.setObjectName("addButton")
        self.add_button.setVisible(ctx.may("staff", "create"))
        self.add_button.clicked.connect(self.add)
        self.training_button = QPushButton(self.tr("为选中人员登记培训"))
        self.training_button.setObjectName("trainingButton")
        self.training_button.setVisible(ctx.may("staff", "edit"))
        self.training_button.clicked.connect(self.add_training)
        self.tally = QLabel()
        self.tally.setObjectName("staffTally")
        self.staff = RecordList(staff_model(ctx), placeholder=self.tr("姓名、岗位或机构（Ctrl+F）"),
                                filters=[self.unit_filter, self.tally],
                                buttons=[ExportButton(ctx, runner, "staff"), self.training_button, self.add_button])
        self.staff.opened.connect(self.show_staff)
        self.staff.model.modelReset.connect(self.update_count)
        self.trainings = RecordList(trainings_model(ctx), placeholder=self.tr("培训名称、举办单位或姓名"),
                                    buttons=[ExportButton(ctx, runner, "trainings")])
        self.funds = OperatingFunds(ctx, runner)
        self.funds.changed.connect(self._changed)
        self.tabs = StaffTabs(self.staff, self.trainings, self.funds)
        self.detail = StaffDetail(ctx)
        self.detail.back.connect(self.show_list)
        self.detail.changed.connect(self._changed)
        self.assemble(self.tr("人员与培训"), self.tabs, self.detail, new_shortcut=self.add)
        self.staff.apply_filters()
        self.trainings.apply_filters()

    def update_count(self) -> None:
        total, professional = staffing.staff_tally(self.ctx, **self.staff.model.query)
        self.tally.setText(self.tr("共 %1 人，持证社工 %2 人").replace("%1", str(total)).replace("%2", str(professional)))

    def show_staff(self, staff_id: str) -> None:
        self.detail.show_staff(staff_id)
        self.show_detail()

    def add(self) -> None:
        if self.ctx.may("staff", "create"):
            dialog = StaffDialog(self.ctx, parent=self)
            if dialog.exec():
                self._changed(dialog.changes)

    def add_training(self) -> None:
        model = self.staff.model
        ids = [model.row_id(r) for r in self.staff.table.selected_rows()]
        if not ids:
            message.inform(self, self.tr("请先在列表中选中参训人员。"))
            return
        rows = staffing.staff_by_id(self.ctx, ids)
        dialog = TrainingDialog(self.ctx, ids, [rows[i].name for i in ids if i in rows], parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def apply_changes(self, changes) -> None:
        super().apply_changes(changes)
        if "org_unit" in changes.kinds:
            self.unit_filter.reload()
