"""Rules for community social organisations (社区社会组织): the types, the two statuses and what
each needs, and the yearly evaluation results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wulian_desk.core.dates import DateKind, check_optional_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import Choice

ORG_TYPES = {c.code: c for c in (
    Choice("life_service", translate("core.organisations", "生活服务类")),
    Choice("charity", translate("core.organisations", "公益慈善类")),
    Choice("mutual_aid", translate("core.organisations", "居民互助类")),
    Choice("governance", translate("core.organisations", "社区治理类")),
    Choice("culture_sports", translate("core.organisations", "文体类")),
)}
# The documents' "服务性、公益性、互助性" organisations, whose share some cities set a floor for.
SERVICE_TYPES = frozenset({"life_service", "charity", "mutual_aid"})

STATUSES = {c.code: c for c in (
    Choice("registered", translate("core.organisations", "登记")),
    Choice("filed", translate("core.organisations", "备案")),
)}
EVALUATION_RESULTS = {c.code: c for c in (
    Choice("excellent", translate("core.organisations", "优秀")), Choice("good", translate("core.organisations", "良好")),
    Choice("pass", translate("core.organisations", "合格")), Choice("fail", translate("core.organisations", "不合格")),
)}


@dataclass(frozen=True)
class OrganisationInput:
    name: str
    org_unit_id: str
    org_type: str
    status: str
    leader: str
    registration_number: str = ""
    filed_on: date | None = None
    phone: str = ""
    members: int = 0
    charter: str = ""
    brand_organisation: bool = False
    brand_project: str = ""
    federation_member: bool = False
    founded_on: date | None = None


def check_organisation_fields(data: OrganisationInput, *, today: date) -> dict:
    """The stored columns of a valid organisation; a ValidationError names the field that is wrong."""
    if not (data.org_unit_id or "").strip():
        # Organisations are counted per community against the targets: one without a community
        # would be in no figure at all.
        raise ValidationError(translate("core.organisations", "请选择组织所在的社区。"), field="org_unit_id")
    if data.org_type not in ORG_TYPES:
        raise ValidationError(translate("core.organisations", "请选择组织类型。"), field="org_type")
    if data.status not in STATUSES:
        raise ValidationError(translate("core.organisations", "请选择登记或备案。"), field="status")
    number = (data.registration_number or "").strip()
    if data.status == "registered" and not number:
        raise ValidationError(translate("core.organisations", "已登记的组织请填写登记证号。"), field="registration_number")
    if data.status == "filed" and data.filed_on is None:
        raise ValidationError(translate("core.organisations", "备案的组织请填写备案日期。"), field="filed_on")
    # Filing with the sub-district (备案) is a record of this century; founding may be older.
    check_optional_date(data.filed_on, DateKind.HAPPENED, today=today, field="filed_on")
    check_optional_date(data.founded_on, DateKind.ESTABLISHED, today=today, field="founded_on")
    if isinstance(data.members, bool) or not isinstance(data.members, int) or not 0 <= data.members <= 100_000:
        raise ValidationError(translate("core.organisations", "成员人数须为 0 或正整数。"), field="members")
    return {
        "name": clean_text(data.name, field="name", label=translate("core.organisations", "组织名称"), max_len=80, required=True),
        "org_unit_id": data.org_unit_id, "org_type": data.org_type, "status": data.status,
        "registration_number": number if data.status == "registered" else "",
        "filed_on": data.filed_on if data.status == "filed" else None,
        "leader": clean_text(data.leader, field="leader", label=translate("core.organisations", "负责人"), max_len=40, required=True),
        "phone": clean_text(data.phone, field="phone", label=translate("core.organisations", "联系电话"), max_len=20, required=False),
        "members": data.members,
        "charter": clean_text(data.charter, field="charter", label=translate("core.organisations", "简易章程"), max_len=8000, required=False),
        "brand_organisation": bool(data.brand_organisation),
        "brand_project": clean_text(data.brand_project, field="brand_project", label=translate("core.organisations", "品牌项目"), max_len=80, required=False),
        "federation_member": bool(data.federation_member), "founded_on": data.founded_on,
    }
