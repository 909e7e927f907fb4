"""What the facility services ask: rooms and assets filtered, searched and sorted for the lazy
lists, the rows of a page with their unit and room names, what a room still holds, whether an
asset tag is taken, and what each unit has for the compliance check."""

from __future__ import annotations

from sqlmodel import Session, col, func, or_, select

from wulian_desk.core.models import Asset, OrgUnit, Room
from wulian_desk.storage.queries.common import live

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


def room_ids(session: Session, *, sort: str, descending: bool, search: str, type_codes: list[str],
             org_unit_id: str | None, deleted: bool) -> list[str]:
    """Ids of the rooms that match, in order (`sort` a key of ROOM_SORTS)."""
    query = select(Room.id).join(OrgUnit, OrgUnit.id == Room.org_unit_id).where(Room.deleted == deleted)
    if org_unit_id:
        query = query.where(Room.org_unit_id == org_unit_id)
    if search:
        like = f"%{search}%"
        conditions = [col(Room.name).like(like), col(Room.notes).like(like), col(OrgUnit.name).like(like)]
        if type_codes:
            conditions.append(col(Room.room_type).in_(type_codes))
        query = query.where(or_(*conditions))
    column = col(ROOM_SORTS[sort])
    return list(session.exec(query.order_by(column.desc() if descending else column.asc(), Room.id)))


def rooms_with_units(session: Session, ids: list[str]) -> list[tuple[Room, str]]:
    query = select(Room, OrgUnit.name).join(OrgUnit, OrgUnit.id == Room.org_unit_id).where(col(Room.id).in_(ids))
    return list(session.exec(query))


def asset_counts(session: Session, room_ids: list[str]) -> dict[str, int]:
    """Live assets per room, for these rooms."""
    return dict(session.exec(select(Asset.room_id, func.count()).where(col(Asset.room_id).in_(room_ids),
                                                                       Asset.deleted == False)  # noqa: E712
                             .group_by(Asset.room_id)).all())


def asset_ids_query(*, sort: str, descending: bool, search: str, category_codes: list[str],
                    org_unit_id: str | None, room_id: str | None, category: str | None, deleted: bool):
    """The select of matching asset ids, in order (`sort` a key of ASSET_SORTS); callers add a
    LIMIT for a first page."""
    query = (select(Asset.id).join(OrgUnit, OrgUnit.id == Asset.org_unit_id)
             .outerjoin(Room, Room.id == Asset.room_id).where(Asset.deleted == deleted))
    if org_unit_id:
        query = query.where(Asset.org_unit_id == org_unit_id)
    if room_id:
        query = query.where(Asset.room_id == room_id)
    if category:
        query = query.where(Asset.category == category)
    if search:
        like = f"%{search}%"
        conditions = [col(Asset.asset_tag).like(like), col(Asset.name).like(like), col(Room.name).like(like),
                      col(OrgUnit.name).like(like)]
        if category_codes:
            conditions.append(col(Asset.category).in_(category_codes))
        query = query.where(or_(*conditions))
    column = col(ASSET_SORTS[sort])
    return query.order_by(column.desc() if descending else column.asc(), Asset.id)


def asset_ids(session: Session, *, limit: int | None = None, **filters) -> list[str]:
    query = asset_ids_query(**filters)
    return list(session.exec(query.limit(limit) if limit is not None else query))


def assets_with_names(session: Session, ids: list[str]) -> list[tuple[Asset, str, str | None]]:
    """(asset, unit name, room name or None) for these assets."""
    return list(session.exec(select(Asset, OrgUnit.name, Room.name).join(OrgUnit, OrgUnit.id == Asset.org_unit_id)
                             .outerjoin(Room, Room.id == Asset.room_id).where(col(Asset.id).in_(ids))))


def assets_in_room(session: Session, room_id: str) -> int:
    return session.exec(select(func.count()).select_from(Asset)
                        .where(Asset.room_id == room_id, Asset.deleted == False)).one()  # noqa: E712


def asset_tag_taken(session: Session, asset_tag: str, *, other_than: str | None) -> bool:
    """Whether another live asset has this tag."""
    return session.exec(live(Asset).where(Asset.asset_tag == asset_tag, Asset.id != (other_than or ""))
                        .with_only_columns(Asset.id)).first() is not None


def facility_holdings(session: Session) -> tuple[list[OrgUnit], list[tuple], list[tuple]]:
    """Every live unit; (unit id, room type, area) of every live room; the distinct (unit id,
    category) of assets in use: what the compliance check weighs."""
    units = list(session.exec(live(OrgUnit)))
    rooms = [tuple(r) for r in session.execute(live(Room).with_only_columns(Room.org_unit_id, Room.room_type,
                                                                            Room.area_m2))]
    assets = [tuple(r) for r in session.execute(live(Asset).where(Asset.status != "scrapped")
                                                .with_only_columns(Asset.org_unit_id, Asset.category).distinct())]
    return units, rooms, assets
