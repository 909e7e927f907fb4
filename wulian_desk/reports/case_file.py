"""The printed case file (个案档案): cover, client, consent, stage history, every form, approvals,
sessions and supervision. The service hands in data already masked as the print requires."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from wulian_desk.reports.pdf import build, esc, styles, table


@dataclass(frozen=True)
class FormSection:
    title: str
    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class PrintedForm:
    title: str
    filled_on: date
    filled_by: str
    version: int
    sections: list[FormSection]


@dataclass
class CaseFileDoc:
    station_name: str
    printed_by: str
    printed_at: datetime
    full_numbers: bool
    case_number: str
    title: str
    stage: str
    worker: str
    supervisor: str
    priority: str
    risk: str
    opened_on: date
    closed_on: date | None
    referral_to: str
    client: list[tuple[str, str]]  # label, value (numbers already masked unless full)
    consents: list[list[str]] = field(default_factory=list)
    events: list[list[str]] = field(default_factory=list)
    forms: list[PrintedForm] = field(default_factory=list)
    approvals: list[list[str]] = field(default_factory=list)
    sessions: list[list[str]] = field(default_factory=list)
    supervision: list[list[str]] = field(default_factory=list)


def write_case_file(out: Path, doc: CaseFileDoc) -> Path:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    st = styles()
    story = [
        Spacer(1, 40 * mm),
        Paragraph("个 案 档 案", st["title"]),
        Spacer(1, 10 * mm),
        table([
            ("个案编号", doc.case_number), ("服务对象", doc.client[0][1] if doc.client else ""),
            ("个案主题", doc.title), ("当前阶段", doc.stage), ("负责社工", doc.worker), ("督导", doc.supervisor or "—"),
            ("开案日期", f"{doc.opened_on:%Y-%m-%d}"), ("结案日期", f"{doc.closed_on:%Y-%m-%d}" if doc.closed_on else "—"),
            ("所属站点", doc.station_name),
        ], (40 * mm, 110 * mm), header=False),
        Spacer(1, 12 * mm),
        Paragraph(esc(f"打印人：{doc.printed_by}　　打印时间：{doc.printed_at:%Y-%m-%d %H:%M}"), st["note"]),
        Paragraph(
            "本档案含服务对象的个人信息，依法仅限本站工作使用，请妥善保管，不得外传。"
            + ("本份为完整号码打印件，已记入审计日志。" if doc.full_numbers else "身份证号码和电话已做遮挡处理。"),
            st["note"],
        ),
        PageBreak(),
        Paragraph("一、服务对象信息", st["h1"]),
        table([("项目", "内容"), *doc.client], (40 * mm, 134 * mm)),
        Paragraph("二、知情同意", st["h1"]),
    ]
    story.append(table([("同意日期", "用途", "单独同意", "监护人", "撤回日期"), *doc.consents],
                       (26 * mm, 48 * mm, 40 * mm, 32 * mm, 28 * mm)) if doc.consents
                 else Paragraph("无同意记录。", st["body"]))
    story += [
        Paragraph("三、阶段记录", st["h1"]),
        table([("日期", "从", "到", "经办人", "说明"), *doc.events], (24 * mm, 24 * mm, 24 * mm, 28 * mm, 74 * mm)),
        Paragraph("四、表格", st["h1"]),
    ]
    if not doc.forms:
        story.append(Paragraph("尚无表格。", st["body"]))
    for form in doc.forms:
        story.append(Paragraph(esc(f"{form.title}（{form.filled_on:%Y-%m-%d}，{form.filled_by}，第 {form.version} 版）"), st["h2"]))
        for section in form.sections:
            story.append(Paragraph(esc(section.title), st["body"]))
            story.append(table(section.rows or [("—", "—")], (58 * mm, 116 * mm), header=False))
    story += [Paragraph("五、督导审批", st["h1"])]
    story.append(table([("日期", "事项", "结果", "督导", "意见"), *doc.approvals], (24 * mm, 24 * mm, 20 * mm, 26 * mm, 80 * mm))
                 if doc.approvals else Paragraph("尚无审批。", st["body"]))
    story += [Paragraph("六、服务记录", st["h1"])]
    story.append(table([("日期", "方式", "时长(分钟)", "地点", "社工", "内容", "下一步"), *doc.sessions],
                       (21 * mm, 14 * mm, 14 * mm, 26 * mm, 18 * mm, 51 * mm, 30 * mm))
                 if doc.sessions else Paragraph("尚无服务记录。", st["body"]))
    story += [Paragraph("七、督导记录", st["h1"])]
    story.append(table([("日期", "督导", "内容"), *doc.supervision], (24 * mm, 26 * mm, 124 * mm))
                 if doc.supervision else Paragraph("尚无督导记录。", st["body"]))
    if doc.referral_to:
        story += [Paragraph("八、转介", st["h1"]), Paragraph(esc(f"已转介至：{doc.referral_to}"), st["body"])]
    return build(out, story, title=f"个案档案 {doc.case_number}", station_name=doc.station_name,
                 printed_at=doc.printed_at, author=doc.printed_by)
