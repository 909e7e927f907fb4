"""What every area asks: rows that are not tombstones, one live row by id (or the one not-found
error, naming what was looked for), and the org unit a record belongs to."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, select
from sqlmodel.sql.expression import SelectOfScalar

from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import OrgUnit
from wulian_desk.core.texts import Text, translate

Row = TypeVar("Row")

# What a user calls a row of each table, for "找不到该…".
NOUNS: dict[str, Text] = {
    "account": translate("storage.queries.common", "账号"),
    "activity": translate("storage.queries.common", "社区活动"),
    "agency": translate("storage.queries.common", "社会工作服务机构"),
    "allocation": translate("storage.queries.common", "分配记录"),
    "approval": translate("storage.queries.common", "审批记录"),
    "asset": translate("storage.queries.common", "资产"),
    "case_event": translate("storage.queries.common", "个案记录"),
    "case_file": translate("storage.queries.common", "个案"),
    "client": translate("storage.queries.common", "服务对象"),
    "consent": translate("storage.queries.common", "知情同意记录"),
    "donation": translate("storage.queries.common", "捐赠记录"),
    "donor": translate("storage.queries.common", "捐赠方"),
    "form_record": translate("storage.queries.common", "表格"),
    "fund": translate("storage.queries.common", "基金或慈善超市"),
    "group_session": translate("storage.queries.common", "小组活动"),
    "group_work": translate("storage.queries.common", "小组"),
    "operating_fund": translate("storage.queries.common", "运营经费记录"),
    "org_unit": translate("storage.queries.common", "站点"),
    "organisation": translate("storage.queries.common", "社区社会组织"),
    "organisation_activity": translate("storage.queries.common", "组织活动记录"),
    "organisation_evaluation": translate("storage.queries.common", "组织评估记录"),
    "project": translate("storage.queries.common", "项目"),
    "project_event": translate("storage.queries.common", "项目记录"),
    "project_indicator": translate("storage.queries.common", "绩效指标"),
    "project_spending": translate("storage.queries.common", "项目支出"),
    "room": translate("storage.queries.common", "房间"),
    "service_record": translate("storage.queries.common", "服务记录"),
    "service_session": translate("storage.queries.common", "服务记录"),
    "staff": translate("storage.queries.common", "工作人员"),
    "staff_training": translate("storage.queries.common", "培训记录"),
    "supervision": translate("storage.queries.common", "督导记录"),
    "volunteer": translate("storage.queries.common", "志愿者"),
    "volunteer_certificate": translate("storage.queries.common", "志愿服务证明"),
    "volunteer_evaluation": translate("storage.queries.common", "志愿者评价"),
    "volunteer_team": translate("storage.queries.common", "志愿服务队"),
    "volunteer_training": translate("storage.queries.common", "志愿者培训记录"),
}


def live(model: type[Row]) -> SelectOfScalar[Row]:
    """`select(model)` without tombstones: add `.where(...)` for the rest."""
    return select(model).where(model.deleted == False)  # noqa: E712  (SQL, not Python)


def get_live(session: Session, model: type[Row], row_id: str | None, *, noun: Text | None = None) -> Row:
    """The row with this id unless it is missing or deleted; else the one NotFoundError, naming
    the kind of record (`noun` overrides the table's usual name)."""
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted:
        what = noun or NOUNS.get(model.__tablename__, translate("storage.queries.common", "记录"))
        raise NotFoundError(translate("storage.queries.common", "找不到该{what}。").format(what=what))
    return row


def find_live(session: Session, model: type[Row], row_id: str | None) -> Row | None:
    """The row with this id, or None if missing or deleted."""
    row = session.get(model, row_id) if row_id else None
    return None if row is None or row.deleted else row


_CHOOSE_UNIT = translate("storage.queries.common", "请选择所属站点。")


def require_unit(session: Session, org_unit_id: str | None, *, of: Text | None = None,
                 refusal: Text = _CHOOSE_UNIT,
                 field: str = "org_unit_id") -> OrgUnit:
    """The station or community a record belongs to, which must exist. The refusal names what is
    being recorded (`of`, e.g. "员工"), or is said in the words of `refusal`."""
    unit = find_live(session, OrgUnit, org_unit_id)
    if unit is None:
        if of is not None:
            refusal = translate("storage.queries.common", "请选择{what}所在的社区。").format(what=of)
        raise ValidationError(refusal, field=field)
    return unit
