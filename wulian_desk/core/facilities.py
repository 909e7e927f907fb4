"""Rules for rooms and assets: what a valid entry is, and whether a station meets its tier's minimums."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wulian_desk.core.dates import DateKind, check_optional_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.policy import FacilityMinimum
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import Text, translate
from wulian_desk.core.vocab import ASSET_CATEGORIES, ASSET_STATUSES, ROOM_TYPES

MAX_ROOM_AREA_M2 = 10_000.0
MAX_ASSET_VALUE_FEN = 100_000_000_00  # one hundred million yuan: anything above is a typing slip


def check_room_fields(*, name: str, room_type: str, area_m2: float, notes: str) -> dict:
    """Validate a room's fields and return them cleaned; raises ValidationError naming the field."""
    name = clean_text(name, field="name", label=translate("core.facilities", "房间名称"), max_len=60, required=True)
    if room_type not in ROOM_TYPES:
        raise ValidationError(translate("core.facilities", "请选择房间类型。"), field="room_type")
    try:
        area = float(area_m2)
    except (TypeError, ValueError):
        raise ValidationError(
            translate("core.facilities", "面积必须是数字（平方米）。"), field="area_m2"
        ) from None
    if not area > 0:  # also refuses NaN
        raise ValidationError(
            translate("core.facilities", "面积必须大于 0 平方米（输入的是 {area_m2}）。").format(area_m2=area_m2),
            field="area_m2",
        )
    if area > MAX_ROOM_AREA_M2:
        raise ValidationError(
            translate("core.facilities", "面积不能超过 {max_room_area_m2:.0f} 平方米，请检查是否多输了零。").format(max_room_area_m2=MAX_ROOM_AREA_M2),
            field="area_m2",
        )
    notes = clean_text(notes, field="notes", label=translate("core.facilities", "备注"), max_len=500, required=False)
    return {"name": name, "room_type": room_type, "area_m2": round(area, 2), "notes": notes}


def check_asset_fields(
    *,
    asset_tag: str,
    name: str,
    category: str,
    status: str,
    purchase_date: date | None,
    value_fen: int | None,
    today: date,
) -> dict:
    """Validate an asset's own fields (not its room: the service checks that it exists)."""
    tag = clean_text(asset_tag, field="asset_tag", label=translate("core.facilities", "资产编号"), max_len=40, required=True)
    name = clean_text(name, field="name", label=translate("core.facilities", "资产名称"), max_len=80, required=True)
    if category not in ASSET_CATEGORIES:
        raise ValidationError(translate("core.facilities", "请选择资产类别。"), field="category")
    if status not in ASSET_STATUSES:
        raise ValidationError(translate("core.facilities", "请选择资产状态。"), field="status")
    check_optional_date(purchase_date, DateKind.ESTABLISHED, today=today, field="purchase_date")
    if value_fen is not None and not 0 <= value_fen <= MAX_ASSET_VALUE_FEN:
        raise ValidationError(
            translate("core.facilities", "购置金额必须在 0 到 1 亿元之间。"),
            field="value_fen",
        )
    return {
        "asset_tag": tag,
        "name": name,
        "category": category,
        "status": status,
        "purchase_date": purchase_date,
        "value_fen": value_fen,
    }


@dataclass(frozen=True)
class ComplianceItem:
    """One requirement, whether it holds, and what was found."""

    key: str  # "area" or "room:<type>"
    requirement: Text
    met: bool
    found: Text

    @property
    def requirement_zh(self) -> str:
        return self.requirement.zh

    @property
    def found_zh(self) -> str:
        return self.found.zh


@dataclass(frozen=True)
class UnitCompliance:
    org_unit_id: str
    name: str
    tier: str
    items: tuple[ComplianceItem, ...]

    @property
    def met(self) -> bool:
        return all(item.met for item in self.items)

    @property
    def missing(self) -> tuple[ComplianceItem, ...]:
        return tuple(item for item in self.items if not item.met)


def assess_facilities(
    *,
    org_unit_id: str,
    name: str,
    tier: str,
    rooms: Iterable[tuple[str, float]],
    asset_categories: Iterable[str] = (),
    minimum: FacilityMinimum | None,
) -> UnitCompliance:
    """Hold a unit's live rooms, as (room_type, area) pairs, and the categories of its usable
    assets against its tier's minimum."""
    rooms = list(rooms)
    have_assets = set(asset_categories)
    if minimum is None:
        return UnitCompliance(org_unit_id, name, tier, ())
    total = sum(area for _, area in rooms)
    present = {room_type for room_type, _ in rooms}
    items = [
        ComplianceItem(
            key="area",
            requirement=translate("core.facilities", "用房面积不少于 {area:g} 平方米").format(area=minimum.min_area_m2),
            met=total >= minimum.min_area_m2,
            found=translate("core.facilities", "现有 {area:g} 平方米").format(area=total),
        )
    ]
    for room_type in minimum.required_rooms:
        choice = ROOM_TYPES[room_type]
        count = sum(1 for t, _ in rooms if t == room_type)
        items.append(
            ComplianceItem(
                key=f"room:{room_type}",
                requirement=translate("core.facilities", "配置{item}").format(item=choice.text),
                met=room_type in present,
                found=translate("core.facilities", "{count} 间").format(count=count) if count
                else translate("core.facilities", "缺少"),
            )
        )
    for category in minimum.required_assets:
        choice = ASSET_CATEGORIES[category]
        items.append(
            ComplianceItem(
                key=f"asset:{category}",
                requirement=translate("core.facilities", "配置{item}").format(item=choice.text),
                met=category in have_assets,
                found=translate("core.facilities", "已配置") if category in have_assets
                else translate("core.facilities", "缺少"),
            )
        )
    return UnitCompliance(org_unit_id, name, tier, tuple(items))
