"""志愿者 page: the volunteers list (lazy, with this year's and total hours and the star level), a
volunteer's record with the hours history (corrected versions shown), and certificate printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.clients import GENDERS
from wulian_desk.core.volunteers import format_hours
from wulian_desk.services.station.station import station_info
from wulian_desk.services.volunteering import (
    certificate_codes,
    certificates,
    service_hours,
    volunteers,
)
from wulian_desk.ui import message
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.groups.detail import fill, table
from wulian_desk.ui.i18n import listed
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.signals import emit
from wulian_desk.ui.volunteers.dialogs import (
    CertificatePeriodDialog,
    CorrectionDialog,
    VolunteerDialog,
)
from wulian_desk.ui.volunteers.people import PeopleView
from wulian_desk.ui.widgets.export_button import ExportButton
from wulian_desk.ui.widgets.record_page import RecordPage

VOLUNTEER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("VolunteersModel", "姓名"), "name", lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("VolunteersModel", "性别"), "gender", lambda r: str(GENDERS.get(r.gender, ""))),
    Column(QT_TRANSLATE_NOOP("VolunteersModel", "身份证件号码"), None, lambda r: r.id_number),
    Column(QT_TRANSLATE_NOOP("VolunteersModel", "联系方式"), None, lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("VolunteersModel", "居住区域"), "residence_area", lambda r: r.residence_area, stretch=True),
    Column(QT_TRANSLATE_NOOP("VolunteersModel", "本年时长"), "year_minutes", lambda r: format_hours(r.year_minutes), numeric=True),
    Column(QT_TRANSLATE_NOOP("VolunteersModel", "累计时长"), "total_minutes", lambda r: format_hours(r.total_minutes), numeric=True),
    Column(QT_TRANSLATE_NOOP("VolunteersModel", "星级"), "stars", lambda r: r.star_label),
)


def volunteers_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(
        columns=VOLUNTEER_COLUMNS, context="VolunteersModel", sort_column=0, kind="volunteer",
        depends_on=frozenset({"service_record", "volunteer_team"}),
        list_ids=lambda **query: volunteers.volunteer_ids(ctx, **query),
        fetch_rows=lambda ids: volunteers.volunteers_by_id(ctx, ids), parent=parent,
    )


def ask_certificate_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the certificate (None: cancelled). A function of its own so tests can answer."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("VolunteerDetail", "保存志愿服务记录证明"),
                                          suggested, QCoreApplication.translate("VolunteerDetail", "PDF 文件 (*.pdf)"))
    if not path:
        return None
    out = Path(path)
    return out if out.suffix.lower() == ".pdf" else out.with_name(out.name + ".pdf")


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """One line typed by the user (None: cancelled). A function of its own so tests can answer."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def verification_text(result) -> str:
    """What a verified code says, as the window shows it."""
    lines = [QCoreApplication.translate("VolunteerDetail", "证明 %1：%2 出具于 %3").replace("%1", result.number).replace("%2", result.issuer_name)
             .replace("%3", f"{result.issued_on:%Y-%m-%d}"),
             QCoreApplication.translate("VolunteerDetail", "志愿者 %1，%2 至 %3，%4 小时").replace("%1", result.masked_name)
             .replace("%2", f"{result.period_from:%Y-%m-%d}").replace("%3", f"{result.period_to:%Y-%m-%d}")
             .replace("%4", format_hours(result.minutes_stated))]
    if result.revoked:
        lines.append(QCoreApplication.translate("VolunteerDetail", "已吊销（%1）%2").replace("%1", result.revoked_on or "")
                     .replace("%2", result.revoked_reason and "：" + result.revoked_reason))
    else:
        lines.append(QCoreApplication.translate("VolunteerDetail", "签名有效，未吊销。"))
    if result.matches is False:
        lines.append(QCoreApplication.translate("VolunteerDetail", "与现有服务记录不一致：出具后记录有更正。"))
    return "\n".join(lines)


class VolunteerDetail(QWidget):
    changed = Signal(object)  # Changes
    back = Signal()

    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerDetail")
        self.ctx = ctx
        self.runner = runner
        self.view = None
        self.records: list = []
        self.issued = None  # the last certificate printed here
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.facts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in (("id_number", self.tr("身份证件号码")), ("national_number", self.tr("志愿者统一编号")),
                             ("phone", self.tr("联系方式")),
                             ("area", self.tr("居住区域")), ("skills", self.tr("专业技能")), ("teams", self.tr("志愿服务队")),
                             ("yearly", self.tr("各年服务时长"))):
            label = QLabel()
            label.setObjectName(f"fact_{key}")
            label.setWordWrap(True)
            self.facts[key] = label
            form.addRow(caption, label)
        self.history = table("hoursHistory", [self.tr("服务日期"), self.tr("时长（小时）"), self.tr("服务内容"),
                                              self.tr("地点"), self.tr("组织单位"), self.tr("状态")])
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot, allowed in (
            ("back", self.tr("返回列表"), lambda: emit(self.back), True),
            ("correct", self.tr("更正所选记录"), self.correct, ctx.may("volunteer", "edit")),
            ("certificate", self.tr("出具服务证明…"), self.print_certificate, ctx.may("volunteer", "print")),
            ("verify", self.tr("核验证明…"), self.verify_certificate, ctx.may("volunteer", "view")),
            ("revoke", self.tr("吊销证明…"), self.revoke_certificate, ctx.may("volunteer", "revoke")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            button.setVisible(allowed)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("服务记录（含更正前的记录）")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.status)

    def show_volunteer(self, volunteer_id: str) -> None:
        view = self.view = volunteers.view_volunteer(self.ctx, volunteer_id)
        v = view.volunteer
        self.title.setText(v.name)
        self.facts["id_number"].setText(v.id_number)
        self.facts["national_number"].setText(v.national_number or "—")
        self.facts["phone"].setText(v.phone)
        self.facts["area"].setText(v.residence_area)
        self.facts["skills"].setText(v.skills)
        self.facts["teams"].setText(listed(view.teams) or "—")
        total = sum(m for _y, m, _n in view.yearly)
        years = "；".join(self.tr("%1 年 %2 小时").replace("%1", str(y)).replace("%2", format_hours(m))
                         for y, m, _n in view.yearly)
        self.facts["yearly"].setText(self.tr("%1（累计 %2 小时）").replace("%1", years or "—")
                                     .replace("%2", format_hours(total)))
        self.records = service_hours.service_records(self.ctx, volunteer_id, include_superseded=True)
        fill(self.history, [(f"{r.served_on:%Y-%m-%d}", format_hours(r.minutes), r.content, r.place, r.organiser,
                             self.record_state(r)) for r in self.records])
        self.buttons["certificate"].setEnabled(bool(view.yearly))

    def record_state(self, record) -> str:
        if record.superseded_by:
            return self.tr("已更正（原记录）")
        parts = []
        if record.corrects_id:
            parts.append(self.tr("更正：%1").replace("%1", record.correction_reason))
        if record.late:
            parts.append(self.tr("补录"))
        return "；".join(parts)

    # -- actions -------------------------------------------------------------------------------------

    def correct(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            message.inform(self, self.tr("请先在服务记录中选中要更正的一条。"))
            return
        record = self.records[rows[0].row()]
        if record.superseded_by:
            message.inform(self, self.tr("这条记录已被更正过，请更正最新的那一条。"))
            return
        dialog = CorrectionDialog(self.ctx, record, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def print_certificate(self) -> None:
        period = CertificatePeriodDialog(parent=self)
        if not period.exec():
            return
        name = self.view.volunteer.name
        out = ask_certificate_path(self, f"志愿服务记录证明-{name}.pdf")
        if out is None:
            return
        ctx, volunteer_id, (start, end) = self.ctx, self.view.volunteer.id, period.period
        self.buttons["certificate"].setEnabled(False)
        self.runner.write(lambda _p: certificates.issue_certificate(ctx, volunteer_id, out, period_from=start, period_to=end),
                          on_done=self._printed, on_error=self._print_failed, label=self.tr("正在生成证明…"), parent=self)

    def _printed(self, issued) -> None:
        self.issued = issued
        self.buttons["certificate"].setEnabled(True)
        text = (self.tr("证明 %1 已保存到 %2（验证码 %3）").replace("%1", issued.number)
                .replace("%2", str(issued.path)).replace("%3", issued.code))
        self.status.setText(text)  # the code stays in sight to copy
        message.saved(self, text, issued.path)
        emit(self.changed, issued.changes)

    def _print_failed(self, err) -> None:
        from wulian_desk.ui.errors import show_error

        self.buttons["certificate"].setEnabled(True)
        show_error(self, err)

    def verify_certificate(self) -> None:
        code = ask_text(self, self.tr("核验志愿服务记录证明"), self.tr("验证码（证明上的编号与验证码）："))
        if not code or not code.strip():
            return
        ctx = self.ctx
        self.runner.write(lambda _p: certificates.verify_certificate(ctx, code), on_done=self._verified,
                          on_error=self._print_failed, label=self.tr("正在核验…"), parent=self)

    def _verified(self, result) -> None:
        self.status.setText(verification_text(result))

    def revoke_certificate(self) -> None:
        suggested = self.issued.number if self.issued is not None else ""
        number = ask_text(self, self.tr("吊销志愿服务记录证明"), self.tr("证明编号："), suggested)
        if not number or not number.strip():
            return
        reason = ask_text(self, self.tr("吊销志愿服务记录证明"), self.tr("吊销的原因："))
        if reason is None:
            return
        ctx = self.ctx
        self.runner.write(lambda _p: certificate_codes.revoke_certificate(ctx, number, reason=reason),
                          on_done=self._revoked, on_error=self._print_failed, label=self.tr("正在吊销…"), parent=self)

    def _revoked(self, changes) -> None:
        self.status.setText(self.tr("证明已吊销；下次导出数据包时告知县级总站。"))
        emit(self.changed, changes)

    def _changed(self, changes) -> None:
        self.show_volunteer(self.view.volunteer.id)
        emit(self.changed, changes)

    def clear(self) -> None:
        self.view = None
        self.records = []
        self.title.clear()
        self.status.clear()
        for label in self.facts.values():
            label.clear()
        self.history.setRowCount(0)


class VolunteersPage(RecordPage):

    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_volunteers")
        self.ctx = ctx
        self.add_button = QPushButton(self.tr("登记志愿者"))
        self.add_button.setObjectName("addButton")
        self.add_button.setEnabled(ctx.may("volunteer", "create"))
        self.add_button.clicked.connect(self.add)
        self.export_button = ExportButton(ctx, runner, "volunteers")
        self.people_button = QPushButton(self.tr("按人汇总"))
        self.people_button.setObjectName("peopleButton")
        self.people_button.clicked.connect(self.show_people)
        self.list = RecordList(volunteers_model(ctx), placeholder=self.tr("姓名、拼音首字母或身份证号（Ctrl+F）"),
                               buttons=[self.people_button, self.export_button, self.add_button])
        self.list.opened.connect(self.show_volunteer)
        self.detail = VolunteerDetail(ctx, runner)
        self.detail.back.connect(self.show_list)
        self.detail.changed.connect(self._changed)
        self.assemble(self.tr("志愿者"), self.list, self.detail, new_shortcut=self.add)
        self.people = PeopleView(ctx)
        self.people.back.connect(self.show_list)
        self.stack.addWidget(self.people)
        self.list.apply_filters()
        if station_info(ctx).tier == "county":  # the county sees people, each station's record beneath
            self.show_people()

    def show_people(self) -> None:
        self.people.refresh()
        self.stack.setCurrentWidget(self.people)

    def apply_changes(self, changes) -> None:
        super().apply_changes(changes)
        if self.stack.currentWidget() is self.people:
            self.people.refresh()

    def show_volunteer(self, volunteer_id: str) -> None:
        self.detail.show_volunteer(volunteer_id)
        self.stack.setCurrentWidget(self.detail)

    def add(self) -> None:
        self.add_with("volunteer", lambda: VolunteerDialog(self.ctx, parent=self), self.show_volunteer)
