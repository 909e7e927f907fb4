"""同步对象 and, at a county, 各站点上报: who this computer exchanges bundles with, how far each
exchange has got, the bundles received from the one selected, and for a month which stations
reported and on time (as DHIS2 shows it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.services.context import Changes
from wulian_desk.services.reports import reporting
from wulian_desk.services.sync import sync
from wulian_desk.ui import message
from wulian_desk.ui.dashboard.month_approval import state_text
from wulian_desk.ui.signals import emit
from wulian_desk.ui.sync import labels
from wulian_desk.ui.sync.history import BundleHistory
from wulian_desk.ui.sync.transfer import note
from wulian_desk.ui.widgets.key_table import KeyTable

MONTHS_OFFERED = 24


def recent_months(today: date, count: int = MONTHS_OFFERED) -> list[str]:
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


class PeersTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner, *, county: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.county = county
        self.may_revoke = ctx.may("bundle", "enrol")
        self.peers: list = []
        self.table = KeyTable([self.tr("名称"), self.tr("关系"), self.tr("状态"), self.tr("指纹"), self.tr("已发出的包"),
                               self.tr("对方已确认收到"), self.tr("最近收到的包"), self.tr("最近导入时间")], "peersTable",
                              widest=360, tip_over=30)
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.history = BundleHistory(ctx, runner)
        self.revoke_button = QPushButton(self.tr("吊销选中的电脑…"))
        self.revoke_button.setObjectName("revokePeer")
        self.revoke_button.clicked.connect(self.revoke)
        if not self.may_revoke:
            self.revoke_button.hide()  # shown with its parent otherwise
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.history)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 2)  # the bundles of the peer selected get the room
        layout = QVBoxLayout(self)
        layout.addWidget(split, 3 if county else 1)
        row = QHBoxLayout()
        row.addWidget(note(self.tr("“已发出的包”是本机发给对方的最后一个包号，“对方已确认收到”是对方回传确认的包号；"
                                   "电脑丢失或更换时请吊销它，此后不再接受它的数据包。")), 1)
        row.addWidget(self.revoke_button)
        layout.addLayout(row)
        self.month = QComboBox()
        self.month.setObjectName("reportingMonth")
        self.reporting_summary = note("", "reportingSummary")
        self.reporting_table = KeyTable([self.tr("站点"), self.tr("本月"), self.tr("最新包号"), self.tr("最近数据包写于"),
                                         self.tr("最近导入"), self.tr("缺少的包")], "reportingTable", widest=360, tip_over=30)
        if county:
            for month in recent_months(date.today()):
                self.month.addItem(month, month)
            self.month.currentIndexChanged.connect(lambda _i: self.load_reporting())
            box = QGroupBox(self.tr("各站点上报情况"))
            column = QVBoxLayout(box)
            pick = QHBoxLayout()
            pick.addWidget(QLabel(self.tr("月份：")))
            pick.addWidget(self.month)
            pick.addStretch(1)
            column.addLayout(pick)
            column.addWidget(self.reporting_summary)
            column.addWidget(self.reporting_table, 1)
            column.addWidget(note(self.tr("站点在月份结束后报送该月即算已上报，按政策配置的截止日（默认下月 5 日）"
                                          "前报送的算按时；数据包的写出日期不算上报。")))
            layout.addWidget(box, 2)
        self._update_buttons()

    def load(self) -> None:
        ctx = self.ctx
        self.runner.run(lambda _p: sync.list_peers(ctx), on_done=self._show_peers, parent=self)
        if self.county:
            self.load_reporting()

    def _show_peers(self, peers: list) -> None:
        current = self.table.current_key()
        self.peers = peers
        self.table.blockSignals(True)  # one history load for the row selected below, not one per step
        self.table.fill([(p.id, [p.name, labels.relation(p.relation), labels.peer_state(p.status), p.fingerprint,
                                 p.out_seq or "—", p.acked_seq or "—", p.in_last_seq or "—",
                                 labels.local_time(p.in_last_at) or "—"]) for p in peers])
        if not (current and self.table.select_key(current)) and peers:
            self.table.selectRow(0)
        self.table.blockSignals(False)
        self.history.show_peer(self.selected())  # again: an import may have added bundles
        self._update_buttons()

    def load_reporting(self) -> None:
        month = self.month.currentData()
        if not month:
            return
        ctx = self.ctx
        self.runner.run(lambda _p: reporting.reporting(ctx, month), on_done=self._show_reporting, parent=self)

    def _show_reporting(self, result) -> None:
        if result.month != self.month.currentData():
            return  # an answer for a month no longer chosen
        rows = []
        for s in result.stations:
            state = labels.peer_state(s.status) if s.status != "active" else state_text(s.state, s.on_time)
            gaps = labels.tr(labels.LIST_SEPARATOR).join(str(n) for n in s.missing[:20])
            rows.append((s.peer_id, [s.name, state, s.last_seq or "—", labels.local_time(s.last_bundle_at) or "—",
                                     labels.local_time(s.last_import_at) or "—", gaps or "—"]))
        self.reporting_table.fill(rows)
        self.reporting_summary.setText(
            self.tr("上报率 %1，及时率 %2（应报 %3 个站点，已上报 %4 个，按时 %5 个）。")
            .replace("%1", f"{result.reporting_rate:.0%}").replace("%2", f"{result.timeliness:.0%}")
            .replace("%3", str(result.expected))
            .replace("%4", str(sum(1 for s in result.stations if s.status == "active" and s.reported)))
            .replace("%5", str(sum(1 for s in result.stations if s.status == "active" and s.on_time))))

    def clear(self) -> None:
        self.peers = []
        self.table.fill([])
        self.history.clear()
        self.reporting_table.fill([])
        self.reporting_summary.clear()

    def selected(self):
        key = self.table.current_key()
        return next((p for p in self.peers if p.id == key), None)

    def _selected_changed(self) -> None:
        peer = self.selected()
        if (peer.id if peer is not None else None) != self.history.peer_id:
            self.history.show_peer(peer)
        self._update_buttons()

    def _update_buttons(self) -> None:
        peer = self.selected()
        self.revoke_button.setEnabled(self.may_revoke and peer is not None and peer.status == "active")

    def revoke(self) -> None:
        peer = self.selected()
        if peer is None or not self.may_revoke:
            return
        text = self.tr("确定吊销 %1 的这台电脑（指纹 %2）吗？吊销后不再接受它的数据包，也不再向它导出；"
                       "该电脑须重新安装后重新登记。").replace("%1", peer.name).replace("%2", peer.fingerprint)
        if not message.confirm(self, text):
            return
        ctx = self.ctx
        self.runner.write(lambda _p: sync.revoke_peer(ctx, peer.id), on_done=self._revoked, parent=self)

    def _revoked(self, peer) -> None:
        emit(self.changed, Changes(frozenset({"sync_peer"}), (peer.id,)))
