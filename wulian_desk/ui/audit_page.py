"""审计日志: the journal for the station head, newest first, filtered by date, user, record and
action, exported to .xlsx. The list holds sequence numbers and fetches entries a page at a time."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import WulianError
from wulian_desk.services.station import audit_log
from wulian_desk.ui import message
from wulian_desk.ui.i18n import error_text
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.table import RecordTable

FILTER_DELAY_MS = 300

# The journal's action labels (services.audit_log.ACTION_LABELS), so the catalogue translates them.
ACTION_TEXTS = (
    QT_TRANSLATE_NOOP("auditAction", "建立站点"), QT_TRANSLATE_NOOP("auditAction", "登录"),
    QT_TRANSLATE_NOOP("auditAction", "解锁"), QT_TRANSLATE_NOOP("auditAction", "登录失败"),
    QT_TRANSLATE_NOOP("auditAction", "新建"), QT_TRANSLATE_NOOP("auditAction", "修改"),
    QT_TRANSLATE_NOOP("auditAction", "删除"), QT_TRANSLATE_NOOP("auditAction", "撤销删除"),
    QT_TRANSLATE_NOOP("auditAction", "查看"), QT_TRANSLATE_NOOP("auditAction", "打印"),
    QT_TRANSLATE_NOOP("auditAction", "导出"), QT_TRANSLATE_NOOP("auditAction", "导入"),
    QT_TRANSLATE_NOOP("auditAction", "彻底清除"), QT_TRANSLATE_NOOP("auditAction", "查看完整号码"),
    QT_TRANSLATE_NOOP("auditAction", "备份"), QT_TRANSLATE_NOOP("auditAction", "修改设置"),
    QT_TRANSLATE_NOOP("auditAction", "新建账号"), QT_TRANSLATE_NOOP("auditAction", "停用账号"),
    QT_TRANSLATE_NOOP("auditAction", "重设密码"), QT_TRANSLATE_NOOP("auditAction", "修改密码"),
    QT_TRANSLATE_NOOP("auditAction", "修改角色"), QT_TRANSLATE_NOOP("auditAction", "重新生成恢复码"),
    QT_TRANSLATE_NOOP("auditAction", "审批"),
    QT_TRANSLATE_NOOP("auditAction", "结案"),
    QT_TRANSLATE_NOOP("auditAction", "导出数据包"),
    QT_TRANSLATE_NOOP("auditAction", "导入数据包"),
    QT_TRANSLATE_NOOP("auditAction", "处理冲突"),
    QT_TRANSLATE_NOOP("auditAction", "提出更正请求"),
    QT_TRANSLATE_NOOP("auditAction", "答复更正请求"),
    QT_TRANSLATE_NOOP("auditAction", "生成登记申请"),
    QT_TRANSLATE_NOOP("auditAction", "接受登记"),
    QT_TRANSLATE_NOOP("auditAction", "导入登记回执"),
    QT_TRANSLATE_NOOP("auditAction", "备份密钥"),
    QT_TRANSLATE_NOOP("auditAction", "吊销电脑"),
    QT_TRANSLATE_NOOP("auditAction", "修改共享策略"),
    QT_TRANSLATE_NOOP("auditAction", "撤回未建成的账号"),
    QT_TRANSLATE_NOOP("auditAction", "清除无主密钥槽"),
    QT_TRANSLATE_NOOP("auditAction", "建立账号签名密钥"),
    QT_TRANSLATE_NOOP("auditAction", "报送月份"),
    QT_TRANSLATE_NOOP("auditAction", "审核通过月份"),
    QT_TRANSLATE_NOOP("auditAction", "退回月份"),
    QT_TRANSLATE_NOOP("auditAction", "重新开放月份"),
    QT_TRANSLATE_NOOP("auditAction", "人员密钥（生成或收到并计算人员标识）"),
    QT_TRANSLATE_NOOP("auditAction", "关联为同一人"), QT_TRANSLATE_NOOP("auditAction", "取消同一人关联"),
    QT_TRANSLATE_NOOP("auditAction", "吊销志愿服务证明"),
    QT_TRANSLATE_NOOP("auditAction", "移动数据文件夹"),
)

# What kind of record an entry names; an unknown kind shows as stored.
KIND_TEXTS = {
    "station": QT_TRANSLATE_NOOP("auditKind", "站点"),
    "setting": QT_TRANSLATE_NOOP("auditKind", "设置"),
    "org_unit": QT_TRANSLATE_NOOP("auditKind", "下属站点"),
    "account": QT_TRANSLATE_NOOP("auditKind", "账号"),
    "audit": QT_TRANSLATE_NOOP("auditKind", "审计日志"),
    "room": QT_TRANSLATE_NOOP("auditKind", "房间"),
    "asset": QT_TRANSLATE_NOOP("auditKind", "资产"),
    "client": QT_TRANSLATE_NOOP("auditKind", "服务对象"),
    "consent": QT_TRANSLATE_NOOP("auditKind", "知情同意"),
    "case": QT_TRANSLATE_NOOP("auditKind", "个案"),
    "form_record": QT_TRANSLATE_NOOP("auditKind", "表单"),
    "service_session": QT_TRANSLATE_NOOP("auditKind", "服务记录"),
    "supervision": QT_TRANSLATE_NOOP("auditKind", "督导记录"),
    "demo": QT_TRANSLATE_NOOP("auditKind", "演示数据"),
    "volunteer": QT_TRANSLATE_NOOP("auditKind", "志愿者"),
    "volunteer_team": QT_TRANSLATE_NOOP("auditKind", "志愿服务队"),
    "volunteer_certificate": QT_TRANSLATE_NOOP("auditKind", "志愿服务证明"),
    "service_record": QT_TRANSLATE_NOOP("auditKind", "志愿服务记录"),
    "activity": QT_TRANSLATE_NOOP("auditKind", "社区活动"),
    "group": QT_TRANSLATE_NOOP("auditKind", "小组"),
    "group_session": QT_TRANSLATE_NOOP("auditKind", "小组活动"),
    "organisation": QT_TRANSLATE_NOOP("auditKind", "社会组织"),
    "organisation_evaluation": QT_TRANSLATE_NOOP("auditKind", "组织评议"),
    "project": QT_TRANSLATE_NOOP("auditKind", "项目"),
    "project_indicator": QT_TRANSLATE_NOOP("auditKind", "项目指标"),
    "project_spending": QT_TRANSLATE_NOOP("auditKind", "项目支出"),
    "project_event": QT_TRANSLATE_NOOP("auditKind", "项目进程"),
    "agency": QT_TRANSLATE_NOOP("auditKind", "社工机构"),
    "staff": QT_TRANSLATE_NOOP("auditKind", "社工人员"),
    "staff_training": QT_TRANSLATE_NOOP("auditKind", "培训记录"),
    "operating_fund": QT_TRANSLATE_NOOP("auditKind", "运营经费"),
    "fund": QT_TRANSLATE_NOOP("auditKind", "社区基金或慈善超市"),
    "donor": QT_TRANSLATE_NOOP("auditKind", "捐赠方"),
    "donation": QT_TRANSLATE_NOOP("auditKind", "捐赠"),
    "allocation": QT_TRANSLATE_NOOP("auditKind", "分配"),
    "sync_peer": QT_TRANSLATE_NOOP("auditKind", "同步对象"),
    "county_document": QT_TRANSLATE_NOOP("auditKind", "县级文件"),
    "monthly_report": QT_TRANSLATE_NOOP("auditKind", "月度报表"),
    "month_submission": QT_TRANSLATE_NOOP("auditKind", "月度报送"),
    "dashboard": QT_TRANSLATE_NOOP("auditKind", "工作台"),
}


def action_text(action: str) -> str:
    return QCoreApplication.translate("auditAction", audit_log.action_label(action))


def kind_text(kind: str) -> str:
    source = KIND_TEXTS.get(kind)
    return QCoreApplication.translate("auditKind", source) if source else kind


def local_time(at: str) -> str:
    """The journal keeps UTC; people read their own clock."""
    return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")


COL_SEQ, COL_TIME, COL_USER, COL_ACTION, COL_KIND, COL_RECORD, COL_DEVICE = range(7)

AUDIT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("AuditModel", "序号"), None, lambda e: str(e.seq), numeric=True),
    Column(QT_TRANSLATE_NOOP("AuditModel", "时间"), None, lambda e: local_time(e.at)),
    Column(QT_TRANSLATE_NOOP("AuditModel", "用户"), None, lambda e: e.username),
    Column(QT_TRANSLATE_NOOP("AuditModel", "操作"), None, lambda e: action_text(e.action)),
    Column(QT_TRANSLATE_NOOP("AuditModel", "记录类型"), None, lambda e: kind_text(e.record_kind)),
    # The record by name (resolved a page at a time by the service); its id when it has none.
    Column(QT_TRANSLATE_NOOP("AuditModel", "记录"), None, lambda e: e.record_name or e.record_id, stretch=True),
    Column(QT_TRANSLATE_NOOP("AuditModel", "设备"), None, lambda e: e.device_id),
)


def audit_model(ctx, parent=None) -> LazyTableModel:
    def entries(ids: list[str]) -> dict:
        return {str(seq): line for seq, line in audit_log.journal_lines(ctx, [int(i) for i in ids]).items()}

    return LazyTableModel(
        columns=AUDIT_COLUMNS,
        context="AuditModel",
        sort_column=COL_SEQ,  # journal_seqs gives the newest first
        descending=True,
        kind="audit",
        list_ids=lambda **query: [str(seq) for seq in audit_log.journal_seqs(ctx, **query)],
        fetch_rows=entries,
        parent=parent,
    )


def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the workbook (None: cancelled). A function of its own so tests can answer."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AuditPage", "导出审计日志"),
        suggested,
        QCoreApplication.translate("AuditPage", "Excel 工作簿 (*.xlsx)"),
    )
    if not path:
        return None
    out = Path(path)
    return out if out.suffix.lower() == ".xlsx" else out.with_name(out.name + ".xlsx")


class AuditPage(QWidget):
    changed = Signal(object)  # Changes (the export is itself journaled)

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_audit")
        self.ctx = ctx
        self.runner = runner
        title = QLabel(self.tr("审计日志"))
        title.setObjectName("pageTitle")
        self.model = audit_model(ctx, self)
        self._build_filters()
        self.table = RecordTable()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.count = QLabel()
        self.count.setObjectName("rowCount")
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setObjectName("exportAudit")
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(ctx.may("audit", "export"))
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setObjectName("auditError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        self.error.hide()
        self.apply_filters()

    def _build_filters(self) -> None:
        self.use_since = QCheckBox(self.tr("起始日期"))
        self.use_since.setObjectName("useSince")
        self.since = QDateEdit()
        self.since.setObjectName("since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addDays(-30))
        self.since.setEnabled(False)
        self.user = QLineEdit()
        self.user.setObjectName("userFilter")
        self.user.setPlaceholderText(self.tr("用户名"))
        self.user.setClearButtonEnabled(True)
        self.record = QLineEdit()
        self.record.setObjectName("recordFilter")
        self.record.setPlaceholderText(self.tr("记录编号"))
        self.record.setClearButtonEnabled(True)
        self.action = QComboBox()
        self.action.setObjectName("actionFilter")
        self.action.addItem(self.tr("全部操作"), None)
        for code in audit_log.ACTION_LABELS:
            self.action.addItem(action_text(code), code)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(FILTER_DELAY_MS)
        self.debounce.timeout.connect(self.apply_filters)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(self.apply_filters)
        self.since.dateChanged.connect(self.apply_filters)
        self.user.textChanged.connect(self.debounce.start)
        self.record.textChanged.connect(self.debounce.start)
        self.action.currentIndexChanged.connect(self.apply_filters)
        bar = QHBoxLayout()
        bar.addWidget(self.use_since)
        bar.addWidget(self.since)
        bar.addWidget(self.user, 1)
        bar.addWidget(self.record, 2)
        bar.addWidget(self.action, 1)
        self.filter_bar = bar

    def filters(self) -> dict:
        since = None
        if self.use_since.isChecked():
            midnight = datetime.combine(self.since.date().toPython(), time.min).astimezone()  # local midnight
            since = midnight.isoformat()
        return {
            "since": since,
            "username": self.user.text().strip() or None,
            "record_id": self.record.text().strip() or None,
            "action": self.action.currentData(),
        }

    def apply_filters(self, *_args) -> None:
        self.debounce.stop()
        try:
            self.model.set_query(**self.filters())
        except WulianError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return
        self.error.hide()
        self.count.setText(self.tr("共 %n 条", None, self.model.rowCount()))

    # -- export --------------------------------------------------------------------------------

    def export(self) -> None:
        suggested = f"审计日志-{datetime.now():%Y%m%d}.xlsx"
        out = ask_export_path(self, suggested)
        if out is None:
            return
        ctx, filters = self.ctx, self.filters()
        self.export_button.setEnabled(False)
        self.status.setText("")
        self.runner.run(lambda progress: audit_log.export_journal(ctx, out, progress=progress, **filters),
                        on_done=self._exported,
                        on_error=self._export_failed, label=self.tr("正在导出审计日志…"), parent=self)

    def _exported(self, path) -> None:
        self.export_button.setEnabled(True)
        message.saved(self, self.tr("已导出到 %1").replace("%1", str(path)), path)
        self.apply_filters()  # the export is in the journal now

    def _export_failed(self, err: WulianError) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(error_text(err))

    # -- refresh -------------------------------------------------------------------------------

    def apply_changes(self, _changes) -> None:
        # Nearly every write adds an entry: reload the (cheap) list of numbers when it is on screen.
        if self.isVisible():
            self.apply_filters()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.apply_filters()

    def drop_cache(self) -> None:
        self.model.drop_cache()
