"""Rooms and assets of the station and its units."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

from wulian_desk.core.models.base import SyncFields

# -- facilities ------------------------------------------------------------------------------


class RoomBase(SQLModel):
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    name: str = Field(max_length=60)
    room_type: str = Field(max_length=16)  # vocab.ROOM_TYPES
    area_m2: float
    notes: str = Field(default="", max_length=500)


class RoomCreate(RoomBase):
    pass


class RoomUpdate(SQLModel):
    name: str | None = None
    room_type: str | None = None
    area_m2: float | None = None
    notes: str | None = None
    org_unit_id: str | None = None


class Room(RoomBase, SyncFields, table=True):
    __tablename__ = "room"


class AssetBase(SQLModel):
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    asset_tag: str = Field(max_length=40, index=True)
    name: str = Field(max_length=80)
    category: str = Field(max_length=16)  # vocab.ASSET_CATEGORIES
    status: str = Field(default="in_use", max_length=16)  # vocab.ASSET_STATUSES
    room_id: str | None = Field(default=None, foreign_key="room.id", index=True, max_length=36)
    purchase_date: date | None = None
    value_fen: int | None = None  # money is kept in fen (0.01 yuan), never as a float


class AssetCreate(AssetBase):
    pass


class AssetUpdate(SQLModel):
    asset_tag: str | None = None
    name: str | None = None
    category: str | None = None
    status: str | None = None
    room_id: str | None = None
    purchase_date: date | None = None
    value_fen: int | None = None
    org_unit_id: str | None = None


class Asset(AssetBase, SyncFields, table=True):
    __tablename__ = "asset"
