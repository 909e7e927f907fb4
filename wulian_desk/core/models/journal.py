"""Journal heads exchanged in bundles: local to this installation, never synced."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class JournalHead(SQLModel, table=True):
    """One point of a peer's journal chain, or of ours as we sent it: the entry count and the
    hash of the entry at that count.

    `direction` "sent": a head we put in a bundle to `peer_id`; "seen": a point from a bundle
    `peer_id` sent us. `kind` "head": the bundle's chain head; "proof": the sender's hash, at the
    time of that bundle, at the count of a head it had sent before.
    """

    __tablename__ = "journal_head"

    id: int | None = Field(default=None, primary_key=True)
    peer_id: str = Field(index=True, max_length=36)
    direction: str = Field(max_length=8)
    kind: str = Field(max_length=8)
    count: int
    hash: str = Field(max_length=64)
    bundle_seq: int
    recorded_at: datetime
