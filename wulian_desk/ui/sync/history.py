"""The bundles received from one peer, from the import ledger: number, when it was written and
imported, how many records and of what kinds, conflicts; and which numbers never arrived."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from wulian_desk.services.sync import sync
from wulian_desk.ui.sync import labels
from wulian_desk.ui.sync.transfer import note
from wulian_desk.ui.widgets.key_table import KeyTable

KINDS_SHOWN = 3  # the largest record kinds named per bundle; the rest are counted in the total


def record_counts(text: str) -> dict[str, int]:
    """A ledger row's counts (JSON {table: rows}), without empty tables; {} if unreadable."""
    try:
        counts = json.loads(text)
    except (TypeError, ValueError):
        return {}
    if not isinstance(counts, dict):
        return {}
    return {str(k): v for k, v in counts.items() if isinstance(v, int) and v > 0}


def missing_numbers(seqs: set[int]) -> list[int]:
    return sorted(set(range(1, max(seqs, default=0) + 1)) - seqs)


class BundleHistory(QGroupBox):
    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("收到的数据包"), parent)
        self.setObjectName("bundleHistory")
        self.ctx = ctx
        self.runner = runner
        self.peer_id: str | None = None
        self.rows: list = []
        self.table = KeyTable([self.tr("包号"), self.tr("写出时间"), self.tr("导入时间"), self.tr("记录数"),
                               self.tr("冲突"), self.tr("主要内容")], "historyTable", widest=360, tip_over=30)
        self.summary = note("", "historySummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.show_peer(None)

    def show_peer(self, peer) -> None:
        """The bundles imported from `peer` (a SyncPeer), or nothing when none is selected."""
        self.peer_id = peer.id if peer is not None else None
        self.rows = []
        self.table.fill([])
        if peer is None:
            self.setTitle(self.tr("收到的数据包"))
            self.summary.setText(self.tr("在上表中选中一个同步对象，这里列出从它收到并导入的数据包。"))
            return
        self.setTitle(self.tr("从 %1 收到的数据包").replace("%1", peer.name))
        self.summary.setText(self.tr("正在读取…"))
        ctx, peer_id = self.ctx, peer.id
        self.runner.run(lambda _p: sync.ledger(ctx, peer_id), on_done=lambda rows: self._show(peer_id, rows),
                        parent=self)

    def _show(self, peer_id: str, rows: list) -> None:
        if peer_id != self.peer_id:
            return  # the answer for a peer no longer selected
        self.rows = sorted(rows, key=lambda b: b.seq, reverse=True)
        cells = []
        total = 0
        for b in self.rows:
            counts = record_counts(b.counts)
            total += sum(counts.values())
            kinds = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            shown = [labels.tr(labels.PAIR).replace("%1", labels.table(k)).replace("%2", str(n))
                     for k, n in kinds[:KINDS_SHOWN]]
            text = labels.tr(labels.LIST_SEPARATOR).join(shown) + ("…" if len(kinds) > KINDS_SHOWN else "")
            cells.append((b.id, [b.seq, labels.local_time(b.created_at), labels.local_time(b.imported_at),
                                 sum(counts.values()), b.conflicts or "", text or "—"]))
        self.table.fill(cells)
        if not self.rows:
            self.summary.setText(self.tr("还没有导入过它的数据包。"))
            return
        text = self.tr("%1，%2。").replace("%1", self.tr("已导入 %n 个数据包", None, len(self.rows))).replace(
            "%2", self.tr("共 %n 条记录", None, total))
        gaps = missing_numbers({b.seq for b in self.rows})
        if gaps:
            shown = labels.tr(labels.LIST_SEPARATOR).join(str(n) for n in gaps[:20]) + ("…" if len(gaps) > 20 else "")
            text += self.tr("缺少第 %1 号数据包：请对方找到这些文件补拷，或再导出一次（新的包带有全部数据）。").replace("%1", shown)
        self.summary.setText(text)

    def clear(self) -> None:
        self.peer_id = None
        self.rows = []
        self.table.fill([])
        self.summary.clear()
