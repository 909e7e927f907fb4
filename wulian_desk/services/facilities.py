"""Rooms and assets of the station and its units, and whether they meet the tier's minimums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

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
    OrgUnit,
    Room,
    RoomCreate,
    RoomUpdate,
)
from wulian_desk.core.vocab import ASSET_CATEGORIES, ROOM_TYPES
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.policies import station_profile


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


ROOM_SORTS = {
    "name": Room.name,
    "room_type": Room.room_type,
    "area_m2": Room.area_m2,
    "unit": OrgUnit.name,
    "created": Room.id,
}
ASSET_SORTS = {
    "asset_tag": Asset.asset_tag,
    "name": Asset.name,
    "category": Asset.category,
    "status": Asset.status,
    "room": Room.name,
    "unit": OrgUnit.name,
    "purchase_date": Asset.purchase_date,
    "value_fen": Asset.value_fen,
    "created": Asset.id,
}


def _codes_matching(vocab, text: str) -> list[str]:
    return [c.code for c in vocab.values() if text and (text in c.zh or text.lower() in c.en.lower())]


def _live_unit(session: Session, org_unit_id: str) -> OrgUnit:
    unit = session.get(OrgUnit, org_unit_id)
    if unit is None or unit.deleted:
        raise ValidationError("请选择所属站点。", "Choose the unit.", field="org_unit_id")
    return unit


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
    column = ROOM_SORTS.get(sort)
    if column is None:
        raise ValidationError(f"无法按 {sort} 排序。", f"Cannot sort by {sort}.")
    query = select(Room.id).join(OrgUnit, OrgUnit.id == Room.org_unit_id).where(Room.deleted == deleted)
    if org_unit_id:
        query = query.where(Room.org_unit_id == org_unit_id)
    text = search.strip()
    if text:
        like = f"%{text}%"
        conditions = [col(Room.name).like(like), col(Room.notes).like(like), col(OrgUnit.name).like(like)]
        if codes := _codes_matching(ROOM_TYPES, text):
            conditions.append(col(Room.room_type).in_(codes))
        query = query.where(or_(*conditions))
    order = col(column).desc() if descending else col(column).asc()
    query = query.order_by(order, Room.id)
    with ctx.reading() as session:
        return list(session.exec(query).all())


def rooms_by_id(ctx: Context, ids: list[str]) -> dict[str, RoomRow]:
    if not ids:
        return {}
    counts = (
        select(Asset.room_id, func.count().label("n"))
        .where(col(Asset.room_id).in_(ids), Asset.deleted == False)  # noqa: E712
        .group_by(Asset.room_id)
    )
    query = select(Room, OrgUnit.name).join(OrgUnit, OrgUnit.id == Room.org_unit_id).where(col(Room.id).in_(ids))
    with ctx.reading() as session:
        n_assets = dict(session.exec(counts).all())
        rows = session.exec(query).all()
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
        raise NotFoundError("找不到该房间。", "Room not found.")
    return row


def create_room(ctx: Context, data: RoomCreate) -> Changes:
    ctx.require("facility", "create")
    fields = check_room_fields(name=data.name, room_type=data.room_type, area_m2=data.area_m2, notes=data.notes)
    with ctx.writing() as session:
        _live_unit(session, data.org_unit_id)
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
        _live_unit(session, merged["org_unit_id"])
        room.sqlmodel_update(fields | {"org_unit_id": merged["org_unit_id"]})
        session.add(ctx.stamp(session, room))
        ctx.audit(session, "edit", "room", room_id)
    return Changes.of("room", room_id)


def delete_room(ctx: Context, room_id: str) -> Changes:
    """Tombstone a room. A room that still holds assets is refused: move them first."""
    ctx.require("facility", "delete")
    with ctx.writing() as session:
        room = _get_live(session, Room, room_id, "房间")
        inside = session.exec(
            select(func.count()).select_from(Asset).where(Asset.room_id == room_id, Asset.deleted == False)  # noqa: E712
        ).one()
        if inside:
            raise ValidationError(
                f"房间“{room.name}”里还登记着 {inside} 件资产，请先把它们移到别的房间。",
                f"Room {room.name} still holds {inside} assets; move them first.",
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
            raise NotFoundError("找不到该房间。", "Room not found.")
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
    query = _asset_query(search=search, sort=sort, descending=descending, org_unit_id=org_unit_id, room_id=room_id,
                         category=category, deleted=deleted)
    with ctx.reading() as session:
        return list(session.exec(query).all())


def asset_page(ctx: Context, *, limit: int, **filters) -> dict[str, AssetRow]:
    """The first `limit` rows of `asset_ids(**filters)`, in that order (one LIMIT query): what the
    register paints while the whole id list is read in the background."""
    ctx.require("facility", "view")
    with ctx.reading() as session:
        ids = list(session.exec(_asset_query(**filters).limit(limit)).all())
    rows = assets_by_id(ctx, ids)
    return {i: rows[i] for i in ids if i in rows}


def _asset_query(*, search: str = "", sort: str = "asset_tag", descending: bool = False,
                 org_unit_id: str | None = None, room_id: str | None = None, category: str | None = None,
                 deleted: bool = False):
    column = ASSET_SORTS.get(sort)
    if column is None:
        raise ValidationError(f"无法按 {sort} 排序。", f"Cannot sort by {sort}.")
    query = (
        select(Asset.id)
        .join(OrgUnit, OrgUnit.id == Asset.org_unit_id)
        .outerjoin(Room, Room.id == Asset.room_id)
        .where(Asset.deleted == deleted)
    )
    if org_unit_id:
        query = query.where(Asset.org_unit_id == org_unit_id)
    if room_id:
        query = query.where(Asset.room_id == room_id)
    if category:
        query = query.where(Asset.category == category)
    text = search.strip()
    if text:
        like = f"%{text}%"
        conditions = [
            col(Asset.asset_tag).like(like),
            col(Asset.name).like(like),
            col(Room.name).like(like),
            col(OrgUnit.name).like(like),
        ]
        if codes := _codes_matching(ASSET_CATEGORIES, text):
            conditions.append(col(Asset.category).in_(codes))
        query = query.where(or_(*conditions))
    order = col(column).desc() if descending else col(column).asc()
    return query.order_by(order, Asset.id)


def assets_by_id(ctx: Context, ids: list[str]) -> dict[str, AssetRow]:
    if not ids:
        return {}
    query = (
        select(Asset, OrgUnit.name, Room.name)
        .join(OrgUnit, OrgUnit.id == Asset.org_unit_id)
        .outerjoin(Room, Room.id == Asset.room_id)
        .where(col(Asset.id).in_(ids))
    )
    with ctx.reading() as session:
        rows = session.exec(query).all()
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
        raise NotFoundError("找不到该资产。", "Asset not found.")
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
    _live_unit(session, merged["org_unit_id"])
    room_id = merged.get("room_id") or None
    if room_id is not None:
        room = session.get(Room, room_id)
        if room is None or room.deleted:
            raise ValidationError("所选房间不存在或已删除。", "The chosen room does not exist.", field="room_id")
        if room.org_unit_id != merged["org_unit_id"]:
            raise ValidationError("所选房间不属于该站点。", "The room belongs to another unit.", field="room_id")
    clash = session.exec(
        select(Asset.id).where(
            Asset.asset_tag == fields["asset_tag"], Asset.deleted == False, Asset.id != (asset_id or "")  # noqa: E712
        )
    ).first()
    if clash:
        raise ValidationError(
            f"资产编号 {fields['asset_tag']} 已被使用。", f"Asset tag {fields['asset_tag']} is in use.", field="asset_tag"
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
            raise NotFoundError("找不到该资产。", "Asset not found.")
        if asset.room_id is not None:
            room = session.get(Room, asset.room_id)
            if room is None or room.deleted:
                asset.room_id = None  # its room went away meanwhile: keep the asset, unplaced
        _check_asset(session, asset.model_dump() | {"deleted": False}, asset_id=asset_id)
        asset.deleted = False
        session.add(ctx.stamp(session, asset))
        ctx.audit(session, "restore", "asset", asset_id)
    return Changes.of("asset", asset_id)


def _get_live(session: Session, model, record_id: str, label: str):
    row = session.get(model, record_id)
    if row is None or row.deleted:
        raise NotFoundError(f"找不到该{label}，可能已被删除。", "Not found; it may have been deleted.")
    return row


# -- compliance ----------------------------------------------------------------------------------


def compliance(ctx: Context) -> list[UnitCompliance]:
    """Each live unit held against its tier's minimum in the station's policy profile."""
    profile = station_profile(ctx)
    with ctx.reading() as session:
        units = session.exec(select(OrgUnit).where(OrgUnit.deleted == False)).all()  # noqa: E712
        rooms = session.exec(
            select(Room.org_unit_id, Room.room_type, Room.area_m2).where(Room.deleted == False)  # noqa: E712
        ).all()
        assets = session.exec(
            select(Asset.org_unit_id, Asset.category)
            .where(Asset.deleted == False, Asset.status != "scrapped")  # noqa: E712
            .distinct()
        ).all()
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
