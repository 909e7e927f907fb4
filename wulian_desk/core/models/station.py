"""The station itself: its org units, staff accounts, and what never leaves this device."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from wulian_desk.core.models.base import SyncFields

# -- org units ---------------------------------------------------------------------------------


class OrgUnitBase(SQLModel):
    name: str = Field(max_length=80)
    tier: str = Field(max_length=16)  # vocab.TIERS
    parent_id: str | None = Field(default=None, foreign_key="org_unit.id", max_length=36)
    division_code: str | None = Field(default=None, max_length=12)
    area_kind: str | None = Field(default=None, max_length=8)  # vocab.AREA_KINDS, communities only


class OrgUnit(OrgUnitBase, SyncFields, table=True):
    __tablename__ = "org_unit"


# -- accounts --------------------------------------------------------------------------------


class AccountBase(SQLModel):
    username: str = Field(max_length=40, index=True)
    display_name: str = Field(max_length=40)
    role: str = Field(max_length=16)  # vocab.ROLES
    disabled: bool = False


class Account(AccountBase, SyncFields, table=True):
    __tablename__ = "account"

    # The station head's signature over who this is and what they may do (storage/account_seals.py).
    seal: str = Field(default="", max_length=100)


# -- local, never synced -----------------------------------------------------------------------


class LocalState(SQLModel, table=True):
    """This installation's identity and write counter: one row, never leaves the device."""

    __tablename__ = "local_state"

    id: int = Field(default=1, primary_key=True)
    station_id: str = Field(max_length=36)
    device_id: str = Field(max_length=36)
    counter: int = 0


class Setting(SQLModel, table=True):
    """Station settings (idle lock minutes, policy profile, language...), as JSON text."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=60)
    value: str


class Draft(SQLModel, table=True):
    """Unsaved input of an open dialog, per account: kept when the screen locks or the app
    crashes, offered back when the dialog opens again, dropped when it is saved or cancelled."""

    __tablename__ = "draft"

    account_id: str = Field(primary_key=True, max_length=36)
    key: str = Field(primary_key=True, max_length=120)
    content: str
    saved_at: str = Field(max_length=32)
