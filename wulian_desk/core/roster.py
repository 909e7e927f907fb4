"""The columns of the volunteer roster and service-hours workbooks, and how one cell is read.

One spec serves both the template the app writes and the import that reads it back, so a header
renamed here changes both. Cells arrive as Excel gives them: text, numbers or dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import Text, translate

EXAMPLE_MARK = "示例"  # a row whose first cell says this is the template's example, never imported


@dataclass(frozen=True)
class RosterColumn:
    key: str
    header: str
    required: bool
    note: str
    example: object
    width: int = 14
    as_text: bool = False  # formatted as text so Excel keeps the 18 digits of an ID number


VOLUNTEER_COLUMNS = (
    RosterColumn("seq", "序号", False, "可不填；填“示例”的行导入时忽略。", EXAMPLE_MARK, 8),
    RosterColumn("name", "姓名", True, "必填。", "张秀英", 10),
    RosterColumn("gender", "性别", False, "男或女；不填时按身份证号码判断。", "女", 8),
    RosterColumn("birth_date", "出生日期", False, "如 1958-03-12；不填时按身份证号码判断。", "1958-03-12", 12),
    RosterColumn("id_number", "身份证号码", True, "必填，18 位，最后一位可为 X；导入时核对校验位。同一号码只登记一次。",
                 "61032619580312002X", 22, True),
    RosterColumn("residence_area", "居住区域", False, "如 滨河社区3号楼。", "滨河社区", 14),
    RosterColumn("phone", "联系电话", False, "手机 11 位或座机。", "13900001234", 14, True),
    RosterColumn("skills", "专业技能", False, "如 医护、法律、书法。", "退休教师，书法", 16),
    RosterColumn("service_categories", "服务类别", False, "多个用顿号分隔：社区服务、助老助残、关爱儿童、扶贫济困、"
                 "环境保护、文化体育、法律服务、医疗卫生、平安建设、应急救援、其他。", "助老助残、文化体育", 20),
    RosterColumn("team", "所属志愿服务队", False, "须为本站已建立的服务队名称，可不填。", "余晖卫士服务队", 16),
    RosterColumn("consent_on", "同意登记日期", True, "必填：志愿者本人同意登记其个人信息的日期。", "2026-03-01", 14),
    RosterColumn("national_number", "志愿者统一编号", False, "选填：全国志愿服务信息系统的编号，字母和数字，最多 32 位。",
                 "", 16, True),
)

HOURS_COLUMNS = (
    RosterColumn("seq", "序号", False, "可不填；填“示例”的行导入时忽略。", EXAMPLE_MARK, 8),
    RosterColumn("id_number", "身份证号码", True, "必填：已登记志愿者的身份证号码。", "61032619580312002X", 22, True),
    RosterColumn("name", "姓名", True, "必填，须与登记的姓名一致。", "张秀英", 10),
    RosterColumn("activity", "活动编号或名称", True, "必填：活动编号（如 HD2026-0001），或当天活动的名称。",
                 "HD2026-0001", 18),
    RosterColumn("served_on", "服务日期", True, "必填，如 2026-03-08；须是活动当天。", "2026-03-08", 12),
    RosterColumn("hours", "服务时长（小时）", True, "必填，0.5 到 24 之间，可带一位小数。", 2.5, 10),
    RosterColumn("content", "服务内容", False, "不填时用活动名称。", "陪伴独居老人，整理房间", 24),
    RosterColumn("place", "服务地点", False, "不填时用活动地点。", "滨河社区活动室", 14),
)


def cell_text(value: object) -> str:
    """A cell as clean text: numbers without a trailing '.0', dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def cell_date(value: object, *, field: str, label: Text) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.match(cell_text(value))
    try:
        if match is None:
            raise ValueError
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        raise ValidationError(translate("core.roster", "{label}不是有效日期（应为 2026-03-08 这样的格式）：{value}").format(label=label, value=cell_text(value) or translate("core.roster", "空")), field=field) from None


def cell_id_number(value: object) -> str:
    """An ID number cell. A number cell has lost digits to Excel's floating point beyond 15."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 1e15:
        raise ValidationError(translate("core.roster", "身份证号码被 Excel 存成了数字，末几位已丢失；请把该列设为文本后重新填写。"), field="id_number")
    return cell_text(value).upper().replace(" ", "")


def split_list(value: object) -> list[str]:
    return [p.strip() for p in re.split(r"[、,，;；/]", cell_text(value)) if p.strip()]
