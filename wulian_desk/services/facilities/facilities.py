"""Rooms and assets of the station and its units, and whether they meet the tier's minimums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from wulian_desk.catalogue import english
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.facilities import (
    UnitCompliance,
    assess_facilities,
    check_asset_fields,
    check_room_fields,
)
from wulian_desk.core.models import (
    Asset,
    AssetCreate,
    AssetUpdate,
    Room,
    RoomCreate,
    RoomUpdate,
)
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import ASSET_CATEGORIES, ROOM_TYPES
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.station.policies import station_profile
from wulian_desk.storage.queries import facilities as queries
from wulian_desk.storage.queries.common import find_live, require_unit

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class RoomRow:
    id: str
    org_unit_id: str
    unit_name: str
    name: str
    room_type: str
    area_m2: float
    notes: str
    asset_count: int


@dataclass(frozen=True)
class AssetRow:
    id: str
    org_unit_id: str
    unit_name: str
    asset_tag: str
    name: str
    category: str
    status: str
    room_id: str | None
    room_name: str
    purchase_date: date | None
    value_fen: int | None


def _codes_matching(vocab, text: str) -> list[str]:
    """Codes whose label holds `text`, in Chinese or in the English of the catalogue."""
    return [c.code for c in vocab.values() if text and (text in c.zh or text.lower() in english(c.text).lower())]


def _check_sort(sort: str, sorts: dict) -> None:
    if sort not in sorts:
        raise ValidationError(translate("services.facilities.facilities", "无法按 {sort} 排序。").format(sort=sort))


# -- rooms -------------------------------------------------------------------------------------


def room_ids(
    ctx: Context,
    *,
    search: str = "",
    sort: str = "name",
    descending: bool = False,
    org_unit_id: str | None = None,
    deleted: bool = False,
) -> list[str]:
    """Ids of the rooms that match, in order: a lazy list model fetches rows for what it shows."""
    ctx.require("facility", "view")
    _check_sort(sort, queries.ROOM_SORTS)
    text = search.strip()
    with ctx.reading() as session:
        return queries.room_ids(session, sort=sort, descending=descending, search=text,
                                type_codes=_codes_matching(ROOM_TYPES, text), org_unit_id=org_unit_id,
                                deleted=deleted)


def rooms_by_id(ctx: Context, ids: list[str]) -> dict[str, RoomRow]:
    if not ids:
        return {}
    with ctx.reading() as session:
        n_assets = queries.asset_counts(session, ids)
        rows = queries.rooms_with_units(session, ids)
    return {
        room.id: RoomRow(
            id=room.id,
            org_unit_id=room.org_unit_id,
            unit_name=unit_name,
            name=room.name,
            room_type=room.room_type,
            area_m2=room.area_m2,
            notes=room.notes,
            asset_count=n_assets.get(room.id, 0),
        )
        for room, unit_name in rows
    }


def get_room(ctx: Context, room_id: str) -> RoomRow:
    row = rooms_by_id(ctx, [room_id]).get(room_id)
    if row is None:
        raise NotFoundError(translate("services.facilities.facilities", "找不到该房间。"))
    return row


def create_room(ctx: Context, data: RoomCreate) -> Changes:
    ctx.require("facility", "create")
    fields = check_room_fields(name=data.name, room_type=data.room_type, area_m2=data.area_m2, notes=data.notes)
    with ctx.writing() as session:
        require_unit(session, data.org_unit_id)
        room = ctx.stamp(session, Room(org_unit_id=data.org_unit_id, **fields))
        session.add(room)
        ctx.audit(session, "create", "room", room.id)
    return Changes.of("room", room.id)


def update_room(ctx: Context, room_id: str, data: RoomUpdate) -> Changes:
    ctx.require("facility", "edit")
    with ctx.writing() as session:
        room = _get_live(session, Room, room_id, "房间")
        merged = room.model_dump() | data.model_dump(exclude_unset=True)
        fields = check_room_fields(
            name=merged["name"], room_type=merged["room_type"], area_m2=merged["area_m2"], notes=merged["notes"]
        )
        require_unit(session, merged["org_unit_id"])
        room.sqlmodel_update(fields | {"org_unit_id": merged["org_unit_id"]})
        session.add(ctx.stamp(session, room))
        ctx.audit(session, "edit", "room", room_id)
    return Changes.of("room", room_id)


def delete_room(ctx: Context, room_id: str) -> Changes:
    """Tombstone a room. A room that still holds assets is refused: move them first."""
    ctx.require("facility", "delete")
    with ctx.writing() as session:
        room = _get_live(session, Room, room_id, "房间")
        inside = queries.assets_in_room(session, room_id)
        if inside:
            raise ValidationError(
                translate("services.facilities.facilities", "房间“{name}”里还登记着 {inside} 件资产，请先把它们移到别的房间。").format(name=room.name, inside=inside),
            )
        room.deleted = True
        session.add(ctx.stamp(session, room))
        ctx.audit(session, "delete", "room", room_id)
    return Changes.of("room", room_id)


def restore_room(ctx: Context, room_id: str) -> Changes:
    """Undo a delete: the tombstone becomes a live row again, with a new version."""
    ctx.require("facility", "delete")
    with ctx.writing() as session:
        room = session.get(Room, room_id)
        if room is None:
            raise NotFoundError(translate("services.facilities.facilities", "找不到该房间。"))
        room.deleted = False
        session.add(ctx.stamp(session, room))
        ctx.audit(session, "restore", "room", room_id)
    return Changes.of("room", room_id)


# -- assets -----------------------------------------------------------------------------------


def asset_ids(
    ctx: Context,
    *,
    search: str = "",
    sort: str = "asset_tag",
    descending: bool = False,
    org_unit_id: str | None = None,
    room_id: str | None = None,
    category: str | None = None,
    deleted: bool = False,
) -> list[str]:
    ctx.require("facility", "view")
    filters = _asset_filters(search=search, sort=sort, descending=descending, org_unit_id=org_unit_id,
                             room_id=room_id, category=category, deleted=deleted)
    with ctx.reading() as session:
        return queries.asset_ids(session, **filters)


def asset_page(ctx: Context, *, limit: int, **filters) -> dict[str, AssetRow]:
    """The first `limit` rows of `asset_ids(**filters)`, in that order (one LIMIT query): what the
    register paints while the whole id list is read in the background."""
    ctx.require("facility", "view")
    with ctx.reading() as session:
        ids = queries.asset_ids(session, limit=limit, **_asset_filters(**filters))
    rows = assets_by_id(ctx, ids)
    return {i: rows[i] for i in ids if i in rows}


def _asset_filters(*, search: str = "", sort: str = "asset_tag", descending: bool = False,
                   org_unit_id: str | None = None, room_id: str | None = None, category: str | None = None,
                   deleted: bool = False) -> dict:
    _check_sort(sort, queries.ASSET_SORTS)
    text = search.strip()
    return {"sort": sort, "descending": descending, "search": text,
            "category_codes": _codes_matching(ASSET_CATEGORIES, text), "org_unit_id": org_unit_id,
            "room_id": room_id, "category": category, "deleted": deleted}


def assets_by_id(ctx: Context, ids: list[str]) -> dict[str, AssetRow]:
    if not ids:
        return {}
    with ctx.reading() as session:
        rows = queries.assets_with_names(session, ids)
    return {
        asset.id: AssetRow(
            id=asset.id,
            org_unit_id=asset.org_unit_id,
            unit_name=unit_name,
            asset_tag=asset.asset_tag,
            name=asset.name,
            category=asset.category,
            status=asset.status,
            room_id=asset.room_id,
            room_name=room_name or "",
            purchase_date=asset.purchase_date,
            value_fen=asset.value_fen,
        )
        for asset, unit_name, room_name in rows
    }


def get_asset(ctx: Context, asset_id: str) -> AssetRow:
    row = assets_by_id(ctx, [asset_id]).get(asset_id)
    if row is None:
        raise NotFoundError(translate("services.facilities.facilities", "找不到该资产。"))
    return row


def _check_asset(session: Session, merged: dict, *, asset_id: str | None) -> dict:
    fields = check_asset_fields(
        asset_tag=merged["asset_tag"],
        name=merged["name"],
        category=merged["category"],
        status=merged["status"],
        purchase_date=merged.get("purchase_date"),
        value_fen=merged.get("value_fen"),
        today=date.today(),
    )
    require_unit(session, merged["org_unit_id"])
    room_id = merged.get("room_id") or None
    if room_id is not None:
        room = find_live(session, Room, room_id)
        if room is None:
            raise ValidationError(translate("services.facilities.facilities", "所选房间不存在或已删除。"), field="room_id")
        if room.org_unit_id != merged["org_unit_id"]:
            raise ValidationError(translate("services.facilities.facilities", "所选房间不属于该站点。"), field="room_id")
    if queries.asset_tag_taken(session, fields["asset_tag"], other_than=asset_id):
        raise ValidationError(
            translate("services.facilities.facilities", "资产编号 {fields} 已被使用。").format(fields=fields['asset_tag']), field="asset_tag"
        )
    return fields | {"room_id": room_id, "org_unit_id": merged["org_unit_id"]}


def create_asset(ctx: Context, data: AssetCreate) -> Changes:
    ctx.require("facility", "create")
    with ctx.writing() as session:
        fields = _check_asset(session, data.model_dump(), asset_id=None)
        asset = ctx.stamp(session, Asset(**fields))
        session.add(asset)
        ctx.audit(session, "create", "asset", asset.id)
    return Changes.of("asset", asset.id)


def update_asset(ctx: Context, asset_id: str, data: AssetUpdate) -> Changes:
    ctx.require("facility", "edit")
    with ctx.writing() as session:
        asset = _get_live(session, Asset, asset_id, "资产")
        merged = asset.model_dump() | data.model_dump(exclude_unset=True)
        asset.sqlmodel_update(_check_asset(session, merged, asset_id=asset_id))
        session.add(ctx.stamp(session, asset))
        ctx.audit(session, "edit", "asset", asset_id)
    return Changes.of("asset", asset_id)


def delete_asset(ctx: Context, asset_id: str) -> Changes:
    ctx.require("facility", "delete")
    with ctx.writing() as session:
        asset = _get_live(session, Asset, asset_id, "资产")
        asset.deleted = True
        session.add(ctx.stamp(session, asset))
        ctx.audit(session, "delete", "asset", asset_id)
    return Changes.of("asset", asset_id)


def restore_asset(ctx: Context, asset_id: str) -> Changes:
    ctx.require("facility", "delete")
    with ctx.writing() as session:
        asset = session.get(Asset, asset_id)
        if asset is None:
            raise NotFoundError(translate("services.facilities.facilities", "找不到该资产。"))
        if asset.room_id is not None and find_live(session, Room, asset.room_id) is None:
            asset.room_id = None  # its room went away meanwhile: keep the asset, unplaced
        _check_asset(session, asset.model_dump() | {"deleted": False}, asset_id=asset_id)
        asset.deleted = False
        session.add(ctx.stamp(session, asset))
        ctx.audit(session, "restore", "asset", asset_id)
    return Changes.of("asset", asset_id)


def _get_live(session: Session, model, record_id: str, label: str):
    row = find_live(session, model, record_id)
    if row is None:
        raise NotFoundError(translate("services.facilities.facilities", "找不到该{label}，可能已被删除。").format(label=label))
    return row


# -- compliance ----------------------------------------------------------------------------------


def compliance(ctx: Context) -> list[UnitCompliance]:
    """Each live unit held against its tier's minimum in the station's policy profile."""
    profile = station_profile(ctx)
    with ctx.reading() as session:
        units, rooms, assets = queries.facility_holdings(session)
    by_unit: dict[str, list[tuple[str, float]]] = {}
    for unit_id, room_type, area in rooms:
        by_unit.setdefault(unit_id, []).append((room_type, area))
    categories: dict[str, set[str]] = {}
    for unit_id, category in assets:
        categories.setdefault(unit_id, set()).add(category)
    units = sorted(units, key=lambda u: (u.id != ctx.station_id, u.name))
    return [
        assess_facilities(
            org_unit_id=u.id,
            name=u.name,
            tier=u.tier,
            rooms=by_unit.get(u.id, []),
            asset_categories=categories.get(u.id, ()),
            minimum=profile.facility_minimum(u.tier),
        )
        for u in units
    ]
