"""Reading the audit journal: for the station head's audit screen and `wulian-desk audit`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.masking import mask_person_name
from wulian_desk.core.tasks import NO_PROGRESS, Progress, reported
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Context
from wulian_desk.storage import audit
from wulian_desk.storage.audit import AuditEntry
from wulian_desk.storage.queries import audit_names_sqlite as audit_names

ACTION_LABELS = {
    "station_setup": "建立站点",
    "login": "登录",
    "unlock": "解锁",
    "login_failed": "登录失败",
    "create": "新建",
    "edit": "修改",
    "delete": "删除",
    "restore": "撤销删除",
    "view": "查看",
    "print": "打印",
    "export": "导出",
    "import": "导入",
    "purge": "彻底清除",
    "full_copy": "查看完整号码",
    "backup": "备份",
    "setting": "修改设置",
    "account_create": "新建账号",
    "account_disable": "停用账号",
    "account_password_reset": "重设密码",
    "account_password_change": "修改密码",
    "account_role": "修改角色",
    "recovery_code_regenerate": "重新生成恢复码",
    "approve": "审批",
    "close": "结案",
    "bundle_export": "导出数据包",
    "bundle_import": "导入数据包",
    "conflict_resolve": "处理冲突",
    "correction_request": "提出更正请求",
    "correction_answer": "答复更正请求",
    "enrol_request": "生成登记申请",
    "enrol_accept": "接受登记",
    "enrol_reply": "导入登记回执",
    "keys_backup": "备份密钥",
    "peer_revoke": "吊销电脑",
    "certificate_revoke": "吊销志愿服务证明",
    "sharing_policy": "修改共享策略",
    "account_create_undone": "撤回未建成的账号",
    "keyslot_removed": "清除无主密钥槽",
    "accounts_key_created": "建立账号签名密钥",
    "data_folder_move": "移动数据文件夹",
    "month_submit": "报送月份",
    "month_approve": "审核通过月份",
    "month_return": "退回月份",
    "month_reopen": "重新开放月份",
    "person_secret": "人员密钥（生成或收到并计算人员标识）",
    "person_link": "关联为同一人",
    "person_unlink": "取消同一人关联",
}


def parse_since(text: str | None) -> str | None:
    if not text:
        return None
    if "T" in text:  # a moment with its offset (the window sends local midnight): compare in UTC
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            return moment.astimezone(UTC).isoformat(timespec="microseconds")
    try:
        return datetime.combine(date.fromisoformat(text), datetime.min.time()).isoformat()
    except ValueError:
        raise ValidationError(
            translate("services.station.audit_log", "日期格式不对：{text}（应为 2026-11-01 这样的格式）。").format(text=text),
            field="since",
        ) from None


def journal(
    ctx: Context,
    *,
    since: str | None = None,
    username: str | None = None,
    record_id: str | None = None,
    action: str | None = None,
    limit: int | None = None,
) -> list[AuditEntry]:
    """Entries, newest first. Only the roles the permission table allows may read it."""
    ctx.require("audit", "view")
    with ctx.reading() as session:
        return audit.query(
            session, since=parse_since(since), username=username, record_id=record_id, action=action, limit=limit
        )


def journal_seqs(
    ctx: Context,
    *,
    since: str | None = None,
    username: str | None = None,
    record_id: str | None = None,
    action: str | None = None,
) -> list[int]:
    """The sequence numbers of the matching entries, newest first: the audit screen's list holds
    these and fetches the entries a page at a time with `journal_entries`."""
    ctx.require("audit", "view")
    with ctx.reading() as session:
        return audit.query_seqs(session, since=parse_since(since), username=username, record_id=record_id,
                                action=action)


def journal_entries(ctx: Context, seqs: list[int]) -> dict[int, AuditEntry]:
    ctx.require("audit", "view")
    with ctx.reading() as session:
        return audit.entries_by_seq(session, list(seqs))


@dataclass(frozen=True)
class JournalLine:
    """An entry as the audit screen lists it, with the name of the record it names: a client's
    masked name, a case's number, a volunteer's or an account's name, an activity's number and
    title ("" when the kind has none or the record was purged)."""

    seq: int
    at: str
    username: str
    device_id: str
    action: str
    record_kind: str
    record_id: str
    record_name: str


def journal_lines(ctx: Context, seqs: list[int]) -> dict[int, JournalLine]:
    """A page of the journal with the records' names: two queries, whatever the page holds."""
    ctx.require("audit", "view")
    with ctx.reading() as session:
        entries = audit.entries_by_seq(session, list(seqs))
        wanted: dict[str, list[str]] = {}
        for entry in entries.values():
            if entry.record_id:
                wanted.setdefault(entry.record_kind, []).append(entry.record_id)
        names = {(kind, record_id): mask_person_name(name) if kind == "client" else name
                 for kind, record_id, name in audit_names.record_names(session, wanted)}
    return {seq: JournalLine(e.seq, e.at, e.username, e.device_id, e.action, e.record_kind, e.record_id,
                             names.get((e.record_kind, e.record_id), ""))
            for seq, e in entries.items()}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def export_journal(ctx: Context, out, *, progress: Progress = NO_PROGRESS, **filters) -> object:
    """The (filtered) journal as an .xlsx workbook; the export itself is journaled. `progress`
    hears a step per batch of entries written."""
    from datetime import datetime as _dt

    from wulian_desk.reports.workbook import write_workbook

    ctx.require("audit", "export")
    entries = journal(ctx, **filters)
    rows = (
        (e.seq, _dt.fromisoformat(e.at).replace(tzinfo=None), e.username, action_label(e.action), e.record_kind,
         e.record_id, e.device_id)
        for e in reported(entries, progress)
    )
    path = write_workbook(
        out, title="审计日志", sheet="审计日志",
        headers=("序号", "时间(UTC)", "用户", "操作", "记录类型", "记录编号", "设备"), rows=rows,
    )
    ctx.audit_now("export", "audit", ctx.station_id, rows=len(entries))
    return path
