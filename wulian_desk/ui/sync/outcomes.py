"""What became of each bundle imported, in words of the interface language.

The service's `ImportResult.message` is Chinese; in Chinese it is shown as it is. In English the
text is put together here from the result's fields (status, sender, number, records, missing
numbers, conflicts, reason). A refusal's reason code (docs/bundle-format.md) has a short label in
both languages. Chinese source text, translated in "SyncOutcomes"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wulian_desk.ui import i18n
from wulian_desk.ui.sync import labels

CONTEXT = "SyncOutcomes"
MISSING_SHOWN = 10

REASONS = {  # why a bundle was refused: the codes of docs/bundle-format.md, and "unreadable"
    "not_a_bundle": QT_TRANSLATE_NOOP("SyncOutcomes", "不是数据包"),
    "truncated": QT_TRANSLATE_NOOP("SyncOutcomes", "文件不完整"),
    "unknown_sender": QT_TRANSLATE_NOOP("SyncOutcomes", "发送方未登记"),
    "revoked_sender": QT_TRANSLATE_NOOP("SyncOutcomes", "发送方已吊销"),
    "bad_signature": QT_TRANSLATE_NOOP("SyncOutcomes", "签名不符"),
    "wrong_recipient": QT_TRANSLATE_NOOP("SyncOutcomes", "不是发给本机的"),
    "newer_schema": QT_TRANSLATE_NOOP("SyncOutcomes", "来自更新版本的程序"),
    "tampered": QT_TRANSLATE_NOOP("SyncOutcomes", "内容被改动"),
    "malformed": QT_TRANSLATE_NOOP("SyncOutcomes", "内容格式不对"),
    "foreign_record": QT_TRANSLATE_NOOP("SyncOutcomes", "含有不属于发送方的记录"),
    "broken_reference": QT_TRANSLATE_NOOP("SyncOutcomes", "引用了不存在的记录"),
    "too_large": QT_TRANSLATE_NOOP("SyncOutcomes", "解压后大小不符"),
    "secret_changed": QT_TRANSLATE_NOOP("SyncOutcomes", "总站人员密钥与本站已有的不同"),
    "unreadable": QT_TRANSLATE_NOOP("SyncOutcomes", "无法读取文件"),
}
OTHER_REASON = QT_TRANSLATE_NOOP("SyncOutcomes", "其他原因")

IMPORTED = QT_TRANSLATE_NOOP("SyncOutcomes", "已导入：来自 %1 的第 %2 号数据包，%3 条记录")
CHECKED = QT_TRANSLATE_NOOP("SyncOutcomes", "可以导入：来自 %1 的第 %2 号数据包，%3 条记录")
CONFLICTS = QT_TRANSLATE_NOOP("SyncOutcomes", "，%1 处冲突待处理")
MISSING = QT_TRANSLATE_NOOP("SyncOutcomes", "。注意：还缺第 %1 号数据包，请补拷（本包带有完整数据，照常导入）")
END = QT_TRANSLATE_NOOP("SyncOutcomes", "。")
DUPLICATE = QT_TRANSLATE_NOOP("SyncOutcomes", "第 %1 号数据包已经导入过，未做任何更改。")
REFUSED_FROM = QT_TRANSLATE_NOOP("SyncOutcomes", "来自 %1 的第 %2 号数据包被拒绝：%3。数据库未做任何更改。")
REFUSED = QT_TRANSLATE_NOOP("SyncOutcomes", "数据包被拒绝：%1。数据库未做任何更改。")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason(code: str) -> str:
    """A refusal's reason as a short label; a code not in the format's table is named as it is."""
    text = REASONS.get(code)
    if text:
        return tr(text)
    return labels.tr(labels.PAIR).replace("%1", tr(OTHER_REASON)).replace("%2", code) if code else tr(OTHER_REASON)


def state(result) -> str:
    """The result column: 已导入, or 被拒绝（签名不符）."""
    text = labels.import_state(result.status)
    if result.status == "rejected":
        return labels.tr(labels.PAIR).replace("%1", text).replace("%2", reason(result.reason))
    return text


def message(result) -> str:
    """The result in a sentence: the service's own in Chinese, put together from its fields in English."""
    if not i18n.is_english() and result.message:
        return result.message
    if result.status == "duplicate":
        return tr(DUPLICATE).replace("%1", str(result.seq))
    if result.status == "rejected":
        if result.sender and result.seq:
            return (tr(REFUSED_FROM).replace("%1", result.sender).replace("%2", str(result.seq))
                    .replace("%3", reason(result.reason)))
        return tr(REFUSED).replace("%1", reason(result.reason))
    text = (tr(IMPORTED if result.status == "imported" else CHECKED).replace("%1", result.sender)
            .replace("%2", str(result.seq)).replace("%3", str(result.records)))
    if result.conflicts:
        text += tr(CONFLICTS).replace("%1", str(result.conflicts))
    if result.missing:
        shown = labels.tr(labels.LIST_SEPARATOR).join(str(s) for s in result.missing[:MISSING_SHOWN])
        text += tr(MISSING).replace("%1", shown + ("…" if len(result.missing) > MISSING_SHOWN else ""))
    return text + tr(END)
