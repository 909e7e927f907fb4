"""The version fields every synced table carries (DESIGN.md, "Records and sync")."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from wulian_desk.core.ids import new_id


class SyncFields(SQLModel):
    """Version fields written in the same transaction as the data.

    `device_id` and `counter` say which device wrote this version and where it stands in that
    device's sequence; `updated_at` (UTC) only breaks ties; `deleted` marks a tombstone; `base_version` names the version this one was written over.
    """

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    owner: str = Field(index=True, max_length=36)
    device_id: str = Field(max_length=36)
    counter: int = Field(index=True)
    updated_at: datetime
    deleted: bool = Field(default=False)
    # The version this one replaced ("device:counter"), None for a new row: sync tells an edit
    # made on top of another device's version from a concurrent one (sync/merge.py).
    base_version: str | None = Field(default=None, max_length=60)
