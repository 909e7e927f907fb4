"""The 台账 of community social organisations per community, printable: the community keeps it for
organisations filed at the township [seed 000], with status, leader, members and evaluation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from wulian_desk.core.masking import mask_numbers_deep
from wulian_desk.reports.pdf import build, esc, styles, table


def write_ledger(out: Path, communities: Sequence[tuple[str, Sequence[Sequence[object]]]], *, station_name: str,
                 printed_at: datetime) -> Path:
    """`communities`: (community name, rows of 名称/类型/登记或备案/负责人/电话/成员/品牌/联合会/评议),
    phones already masked; numbers typed into the other columns are masked here."""
    from reportlab.platypus import PageBreak, Paragraph

    st = styles()
    head = ["组织名称", "类型", "登记/备案", "负责人", "联系电话", "成员", "品牌", "联合会", "最近评议"]
    story: list = []
    for n, (name, rows) in enumerate(communities):
        if n:
            story.append(PageBreak())
        story.append(Paragraph(esc(f"{name} 社区社会组织台账（共 {len(rows)} 个）"), st["h1"]))
        story.append(table([head, *mask_numbers_deep([list(r) for r in rows])], (80, 50, 80, 40, 60, 30, 50, 35, 50)))
    if not communities:
        story.append(Paragraph("没有社区社会组织记录。", st["body"]))
    return build(out, story, title="社区社会组织台账", station_name=station_name, printed_at=printed_at)
