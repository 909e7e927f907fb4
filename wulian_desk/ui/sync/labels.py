"""Words for what sync shows: record kinds (table names), the columns the sharing policy withholds,
peers' relations and states, import results. Chinese source text, translated in "SyncLabels"."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SyncLabels"

TABLES = {
    "account": QT_TRANSLATE_NOOP("SyncLabels", "账号"),
    "conflict_decision": QT_TRANSLATE_NOOP("SyncLabels", "冲突处理决定"),
    "installation_key": QT_TRANSLATE_NOOP("SyncLabels", "电脑签名公钥"),
    "correction_answer": QT_TRANSLATE_NOOP("SyncLabels", "更正答复"),
    "erasure": QT_TRANSLATE_NOOP("SyncLabels", "清除记录"),
    "correction_request": QT_TRANSLATE_NOOP("SyncLabels", "更正请求"),
    "county_document": QT_TRANSLATE_NOOP("SyncLabels", "总站文件"),
    "donor": QT_TRANSLATE_NOOP("SyncLabels", "捐赠方"),
    "org_unit": QT_TRANSLATE_NOOP("SyncLabels", "站点与社区"),
    "agency": QT_TRANSLATE_NOOP("SyncLabels", "社会工作服务机构"),
    "client": QT_TRANSLATE_NOOP("SyncLabels", "服务对象"),
    "fund": QT_TRANSLATE_NOOP("SyncLabels", "社区基金与慈善超市"),
    "group_work": QT_TRANSLATE_NOOP("SyncLabels", "小组"),
    "operating_fund": QT_TRANSLATE_NOOP("SyncLabels", "运行经费"),
    "organisation": QT_TRANSLATE_NOOP("SyncLabels", "社区社会组织"),
    "room": QT_TRANSLATE_NOOP("SyncLabels", "房间"),
    "volunteer": QT_TRANSLATE_NOOP("SyncLabels", "志愿者"),
    "volunteer_team": QT_TRANSLATE_NOOP("SyncLabels", "志愿服务队"),
    "activity": QT_TRANSLATE_NOOP("SyncLabels", "社区活动"),
    "allocation": QT_TRANSLATE_NOOP("SyncLabels", "慈善资源分配"),
    "asset": QT_TRANSLATE_NOOP("SyncLabels", "资产"),
    "case_file": QT_TRANSLATE_NOOP("SyncLabels", "个案"),
    "consent": QT_TRANSLATE_NOOP("SyncLabels", "知情同意"),
    "donation": QT_TRANSLATE_NOOP("SyncLabels", "捐赠"),
    "group_member": QT_TRANSLATE_NOOP("SyncLabels", "小组组员"),
    "group_session": QT_TRANSLATE_NOOP("SyncLabels", "小组活动节次"),
    "organisation_evaluation": QT_TRANSLATE_NOOP("SyncLabels", "社会组织评议"),
    "project": QT_TRANSLATE_NOOP("SyncLabels", "项目"),
    "staff": QT_TRANSLATE_NOOP("SyncLabels", "工作人员"),
    "team_member": QT_TRANSLATE_NOOP("SyncLabels", "服务队队员"),
    "volunteer_award": QT_TRANSLATE_NOOP("SyncLabels", "志愿者表彰"),
    "volunteer_certificate": QT_TRANSLATE_NOOP("SyncLabels", "志愿服务证明"),
    "volunteer_evaluation": QT_TRANSLATE_NOOP("SyncLabels", "志愿者评价"),
    "volunteer_training": QT_TRANSLATE_NOOP("SyncLabels", "志愿者培训"),
    "activity_participant": QT_TRANSLATE_NOOP("SyncLabels", "活动参与者"),
    "activity_volunteer": QT_TRANSLATE_NOOP("SyncLabels", "活动志愿者"),
    "case_event": QT_TRANSLATE_NOOP("SyncLabels", "个案阶段记录"),
    "form_record": QT_TRANSLATE_NOOP("SyncLabels", "表单记录"),
    "group_attendance": QT_TRANSLATE_NOOP("SyncLabels", "小组出勤"),
    "organisation_activity": QT_TRANSLATE_NOOP("SyncLabels", "社会组织活动"),
    "project_event": QT_TRANSLATE_NOOP("SyncLabels", "项目阶段记录"),
    "project_indicator": QT_TRANSLATE_NOOP("SyncLabels", "项目指标"),
    "project_spending": QT_TRANSLATE_NOOP("SyncLabels", "项目支出"),
    "service_record": QT_TRANSLATE_NOOP("SyncLabels", "志愿服务记录"),
    "service_session": QT_TRANSLATE_NOOP("SyncLabels", "个案服务记录"),
    "staff_training": QT_TRANSLATE_NOOP("SyncLabels", "人员培训"),
    "approval": QT_TRANSLATE_NOOP("SyncLabels", "审批"),
    "group_measure": QT_TRANSLATE_NOOP("SyncLabels", "小组前后测"),
    "supervision": QT_TRANSLATE_NOOP("SyncLabels", "督导记录"),
}

COLUMNS = {
    "name": QT_TRANSLATE_NOOP("SyncLabels", "姓名或名称"),
    "name_initials": QT_TRANSLATE_NOOP("SyncLabels", "姓名拼音首字母"),
    "id_number": QT_TRANSLATE_NOOP("SyncLabels", "身份证号"),
    "phone": QT_TRANSLATE_NOOP("SyncLabels", "电话"),
    "address": QT_TRANSLATE_NOOP("SyncLabels", "住址"),
    "birth_date": QT_TRANSLATE_NOOP("SyncLabels", "出生日期"),
    "household": QT_TRANSLATE_NOOP("SyncLabels", "家庭成员"),
    "health_notes": QT_TRANSLATE_NOOP("SyncLabels", "健康状况"),
    "guardian_name": QT_TRANSLATE_NOOP("SyncLabels", "监护人姓名"),
    "title": QT_TRANSLATE_NOOP("SyncLabels", "标题"),
    "note": QT_TRANSLATE_NOOP("SyncLabels", "说明"),
    "notes": QT_TRANSLATE_NOOP("SyncLabels", "记录"),
    "content": QT_TRANSLATE_NOOP("SyncLabels", "内容"),
    "next_steps": QT_TRANSLATE_NOOP("SyncLabels", "下一步计划"),
    "comments": QT_TRANSLATE_NOOP("SyncLabels", "意见"),
    "answers": QT_TRANSLATE_NOOP("SyncLabels", "表单填写内容"),
    "stage": QT_TRANSLATE_NOOP("SyncLabels", "阶段"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "状态"),
    "deleted": QT_TRANSLATE_NOOP("SyncLabels", "已删除"),
    "area_m2": QT_TRANSLATE_NOOP("SyncLabels", "面积"),
    "room_type": QT_TRANSLATE_NOOP("SyncLabels", "房间类型"),
    "gender": QT_TRANSLATE_NOOP("SyncLabels", "性别"),
    "categories": QT_TRANSLATE_NOOP("SyncLabels", "类别"),
    "leader": QT_TRANSLATE_NOOP("SyncLabels", "负责人"),
    "members": QT_TRANSLATE_NOOP("SyncLabels", "成员人数"),
    "minutes": QT_TRANSLATE_NOOP("SyncLabels", "时长（分钟）"),
    "place": QT_TRANSLATE_NOOP("SyncLabels", "地点"),
    "description": QT_TRANSLATE_NOOP("SyncLabels", "说明"),
}

HOW = {  # how a withheld column goes up (core/sharing.py)
    "pseudonym": QT_TRANSLATE_NOOP("SyncLabels", "化名"),
    "year_only": QT_TRANSLATE_NOOP("SyncLabels", "只报年份"),
}
STAYS = QT_TRANSLATE_NOOP("SyncLabels", "不上报")  # every other replacement: the column stays at the station

RELATIONS = {
    "county": QT_TRANSLATE_NOOP("SyncLabels", "县级总站"),
    "station": QT_TRANSLATE_NOOP("SyncLabels", "站点"),
    "device": QT_TRANSLATE_NOOP("SyncLabels", "本站其他电脑"),
    "relayed": QT_TRANSLATE_NOOP("SyncLabels", "经乡镇（街道）站转报"),
}

PEER_STATES = {
    "active": QT_TRANSLATE_NOOP("SyncLabels", "正常"),
    "revoked": QT_TRANSLATE_NOOP("SyncLabels", "已吊销"),
}

IMPORT_STATES = {
    "imported": QT_TRANSLATE_NOOP("SyncLabels", "已导入"),
    "checked": QT_TRANSLATE_NOOP("SyncLabels", "检查通过（未导入）"),
    "duplicate": QT_TRANSLATE_NOOP("SyncLabels", "已导入过"),
    "rejected": QT_TRANSLATE_NOOP("SyncLabels", "被拒绝"),
}

CORRECTION_STATES = {
    None: QT_TRANSLATE_NOOP("SyncLabels", "待答复"),
    "corrected": QT_TRANSLATE_NOOP("SyncLabels", "已更正"),
    "declined": QT_TRANSLATE_NOOP("SyncLabels", "不予更正"),
}


PAIR = QT_TRANSLATE_NOOP("SyncLabels", "%1（%2）")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("SyncLabels", "、")
EMPTY_VALUE = QT_TRANSLATE_NOOP("SyncLabels", "（空）")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _lookup(words: dict, key) -> str:
    text = words.get(key)
    return tr(text) if text else ("" if key is None else str(key))


def table(name: str) -> str:
    return _lookup(TABLES, name)


def column(name: str) -> str:
    return _lookup(COLUMNS, name)


def relation(code: str) -> str:
    return _lookup(RELATIONS, code)


def peer_state(code: str) -> str:
    return _lookup(PEER_STATES, code)


def how(code: str) -> str:
    """How a withheld column goes up: 化名 / 只报年份 / 不上报."""
    return tr(HOW.get(code, STAYS))


def import_state(code: str) -> str:
    return _lookup(IMPORT_STATES, code)


def correction_state(code: str | None) -> str:
    return tr(CORRECTION_STATES.get(code, CORRECTION_STATES[None])) if code in CORRECTION_STATES else str(code)


def withheld_text(withheld: dict[str, str]) -> tuple[str, str]:
    """(columns that stay at the station, columns that go up changed: "姓名或名称（化名）")."""
    stay, changed = [], []
    for col, how in withheld.items():
        if how in HOW:
            changed.append(tr(PAIR).replace("%1", column(col)).replace("%2", tr(HOW[how])))
        else:
            stay.append(column(col))
    return tr(LIST_SEPARATOR).join(stay), tr(LIST_SEPARATOR).join(changed)


def local_time(moment: datetime | None) -> str:
    """A stored time (UTC, with or without its zone) as the local wall clock, to the minute."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def value_text(value: object) -> str:
    if value is None:
        return tr(EMPTY_VALUE)
    text = str(value)
    return text if len(text) <= 200 else text[:200] + "…"
