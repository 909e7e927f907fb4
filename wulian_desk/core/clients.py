"""Rules for a client's own fields (服务对象): what a valid record is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from wulian_desk.core.consent import CLIENT_CATEGORIES
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.facilities import clean_text
from wulian_desk.core.identity import parse_id_number

GENDERS = {"male": ("男", "Male"), "female": ("女", "Female")}
_PHONE = re.compile(r"^(1\d{10}|0\d{2,3}-?\d{7,8})$")


@dataclass
class ClientInput:
    name: str
    gender: str
    org_unit_id: str
    birth_date: date | None = None
    id_number: str | None = None
    phone: str = ""
    address: str = ""
    categories: list[str] = field(default_factory=list)
    household: list[dict] = field(default_factory=list)
    health_notes: str = ""


@dataclass
class ConsentInput:
    given_on: date
    scopes: list[str] = field(default_factory=lambda: ["service"])
    sensitive: list[str] = field(default_factory=list)
    guardian_name: str = ""
    guardian_relation: str = ""


def check_client_fields(data: ClientInput, *, today: date) -> ClientInput:
    """Validate and normalise; the ID number's birth date and gender must agree with the form's."""
    name = clean_text(data.name, field="name", label="姓名", max_len=40, required=True)
    if data.gender not in GENDERS:
        raise ValidationError("请选择性别。", "Choose a gender.", field="gender")
    birth, gender, id_number = data.birth_date, data.gender, None
    if data.id_number and data.id_number.strip():
        id_number, id_birth, id_gender = parse_id_number(data.id_number)
        if birth is not None and birth != id_birth:
            raise ValidationError(
                f"出生日期 {birth:%Y-%m-%d} 与身份证号码中的 {id_birth:%Y-%m-%d} 不一致。",
                "The birth date does not match the ID number.",
                field="birth_date",
            )
        if gender != id_gender:
            raise ValidationError(
                f"性别与身份证号码不一致（号码显示为{GENDERS[id_gender][0]}）。",
                "The gender does not match the ID number.",
                field="gender",
            )
        birth = id_birth
    if birth is not None and not date(1900, 1, 1) <= birth <= today:
        raise ValidationError("出生日期不在合理范围内。", "The birth date is out of range.", field="birth_date")
    phone = (data.phone or "").strip().replace(" ", "")
    if phone and not _PHONE.match(phone):
        raise ValidationError(
            "电话号码格式不对（手机 11 位，座机如 0917-5512345）。", "Not a phone number.", field="phone"
        )
    unknown = [c for c in data.categories if c not in CLIENT_CATEGORIES]
    if unknown:
        raise ValidationError(f"未知的服务对象类别：{'、'.join(unknown)}", "Unknown category.", field="categories")
    if not data.org_unit_id:
        raise ValidationError("请选择所在社区（村）。", "Choose the community.", field="org_unit_id")
    return ClientInput(
        name=name,
        gender=gender,
        org_unit_id=data.org_unit_id,
        birth_date=birth,
        id_number=id_number,
        phone=phone,
        address=clean_text(data.address, field="address", label="住址", max_len=120, required=False),
        categories=sorted(set(data.categories), key=list(CLIENT_CATEGORIES).index),
        household=list(data.household),
        health_notes=clean_text(data.health_notes, field="health_notes", label="健康与特殊情况", max_len=2000, required=False),
    )
