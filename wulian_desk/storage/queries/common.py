"""What every area asks: rows that are not tombstones, one live row by id (or the one not-found
error, naming what was looked for), and the org unit a record belongs to."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, select
from sqlmodel.sql.expression import SelectOfScalar

from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import OrgUnit

Row = TypeVar("Row")

# What a user calls a row of each table, for "找不到该…" (Chinese, English).
NOUNS: dict[str, tuple[str, str]] = {
    "account": ("账号", "Account"),
    "activity": ("社区活动", "Activity"),
    "agency": ("社会工作服务机构", "Agency"),
    "allocation": ("分配记录", "Allocation"),
    "approval": ("审批记录", "Approval"),
    "asset": ("资产", "Asset"),
    "case_event": ("个案记录", "Case event"),
    "case_file": ("个案", "Case"),
    "client": ("服务对象", "Client"),
    "consent": ("知情同意记录", "Consent"),
    "donation": ("捐赠记录", "Donation"),
    "donor": ("捐赠方", "Donor"),
    "form_record": ("表格", "Form record"),
    "fund": ("基金或慈善超市", "Fund"),
    "group_session": ("小组活动", "Group session"),
    "group_work": ("小组", "Group"),
    "operating_fund": ("运营经费记录", "Operating fund"),
    "org_unit": ("站点", "Unit"),
    "organisation": ("社区社会组织", "Organisation"),
    "organisation_activity": ("组织活动记录", "Organisation activity"),
    "organisation_evaluation": ("组织评估记录", "Organisation evaluation"),
    "project": ("项目", "Project"),
    "project_event": ("项目记录", "Project event"),
    "project_indicator": ("绩效指标", "Project indicator"),
    "project_spending": ("项目支出", "Project spending"),
    "room": ("房间", "Room"),
    "service_record": ("服务记录", "Service record"),
    "service_session": ("服务记录", "Service session"),
    "staff": ("工作人员", "Staff member"),
    "staff_training": ("培训记录", "Training"),
    "supervision": ("督导记录", "Supervision"),
    "volunteer": ("志愿者", "Volunteer"),
    "volunteer_certificate": ("志愿服务证明", "Certificate"),
    "volunteer_evaluation": ("志愿者评价", "Volunteer evaluation"),
    "volunteer_team": ("志愿服务队", "Volunteer team"),
    "volunteer_training": ("志愿者培训记录", "Volunteer training"),
}


def live(model: type[Row]) -> SelectOfScalar[Row]:
    """`select(model)` without tombstones: add `.where(...)` for the rest."""
    return select(model).where(model.deleted == False)  # noqa: E712  (SQL, not Python)


def get_live(session: Session, model: type[Row], row_id: str | None, *, noun: tuple[str, str] | None = None) -> Row:
    """The row with this id unless it is missing or deleted; else the one NotFoundError, naming
    the kind of record (`noun` overrides the table's usual name)."""
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted:
        zh, en = noun or NOUNS.get(model.__tablename__, ("记录", "Record"))
        raise NotFoundError(f"找不到该{zh}。", f"{en} not found.")
    return row


def find_live(session: Session, model: type[Row], row_id: str | None) -> Row | None:
    """The row with this id, or None if missing or deleted."""
    row = session.get(model, row_id) if row_id else None
    return None if row is None or row.deleted else row


def require_unit(session: Session, org_unit_id: str | None, *, of: tuple[str, str] | None = None,
                 refusal: tuple[str, str] = ("请选择所属站点。", "Choose the unit."),
                 field: str = "org_unit_id") -> OrgUnit:
    """The station or community a record belongs to, which must exist. The refusal names what is
    being recorded (`of`: Chinese, English, e.g. ("员工", "the staff member")), or is said in the
    words of `refusal`."""
    unit = find_live(session, OrgUnit, org_unit_id)
    if unit is None:
        if of is not None:
            zh, en = of
            refusal = (f"请选择{zh}所在的社区。", f"Choose the community of {en}.")
        raise ValidationError(*refusal, field=field)
    return unit
