"""Versions that lost a concurrent edit (sync/merge.py decides), until a person decides: keep the
current version, or restore the losing one as a new edit. Only the owning station may restore;
elsewhere a conflict can only be seen and set aside. A decision travels as a record of its own
(ConflictDecision), so the same conflict found on the station's other computers, and at the
county, is set aside there too."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from wulian_desk.core.errors import NotFoundError, PermissionDenied, ValidationError
from wulian_desk.core.models import ConflictDecision, SyncConflict
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes, Context
from wulian_desk.storage.queries import sync as queries
from wulian_desk.storage.records import reserve_counters, utc_now
from wulian_desk.sync.changes import specs

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class ConflictRow:
    id: str
    table_name: str
    row_id: str
    owner: str
    loser_version: str
    winner_version: str
    found_at: datetime
    resolved: bool
    resolution: str | None
    differences: dict[str, tuple[object, object]]  # column: (current value, losing value)


def list_conflicts(ctx: Context, *, include_resolved: bool = False) -> list[ConflictRow]:
    ctx.require("conflict", "view")
    with ctx.reading() as session:
        return [_row(session, c) for c in queries.conflicts(session, include_resolved=include_resolved)]


def open_count(ctx: Context) -> int:
    with ctx.reading() as session:
        return queries.open_conflict_count(session)


def _row(session: Session, conflict: SyncConflict) -> ConflictRow:
    loser = json.loads(conflict.loser_row)
    current = queries.stored_row(session, conflict.table_name, conflict.row_id)
    skip = {"device_id", "counter", "updated_at", "base_version"}
    differences = {k: (current.get(k), v) for k, v in loser.items() if k not in skip and current.get(k) != v}
    return ConflictRow(conflict.id, conflict.table_name, conflict.row_id, conflict.owner, conflict.loser_version,
                       conflict.winner_version, conflict.found_at, conflict.resolved_at is not None,
                       conflict.resolution, differences)


def resolve(ctx: Context, conflict_id: str, *, restore: bool) -> Changes:
    """`restore=False`: keep the current version. `restore=True`: the losing version's values
    become a new edit by this device (it then wins everywhere, as any later edit does)."""
    ctx.require("conflict", "resolve")
    with ctx.writing() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFoundError(translate("services.sync.conflicts", "找不到冲突记录 {conflict_id}。").format(conflict_id=conflict_id))
        if conflict.resolved_at is not None:
            raise ValidationError(translate("services.sync.conflicts", "这处冲突已经处理过了。"))
        if restore:
            if conflict.owner != ctx.station_id:
                raise PermissionDenied(translate("services.sync.conflicts", "这条记录属于另一个站点，只能由该站点选择版本。"))
            _restore(ctx, session, conflict)
        conflict.resolved_at = datetime.now(UTC)
        conflict.resolved_by = ctx.username
        conflict.resolution = "restored" if restore else "kept"
        session.add(conflict)
        # The decision travels, so the station's other computers (and the county) set it aside too.
        session.add(ctx.stamp(session, ConflictDecision(conflict_id=conflict.id, resolution=conflict.resolution,
                                                        decided_on=date.today())))
        ctx.audit(session, "conflict_resolve", conflict.table_name, conflict.row_id, resolution=conflict.resolution)
    return Changes.of(conflict.table_name, conflict.row_id)


def apply_decisions(session: Session) -> int:
    """Set aside every open conflict a decision made on another computer names (run after every
    import: the decision may arrive before or after the conflict is found here)."""
    return queries.set_aside_decided_conflicts(session, now=datetime.now(UTC))


def _restore(ctx: Context, session: Session, conflict: SyncConflict) -> None:
    spec = specs()[conflict.table_name]
    loser = json.loads(conflict.loser_row)
    base_version = queries.row_version(session, spec.name, conflict.row_id)  # the edit this one follows
    values = {c: loser[c] for c in spec.columns if c in loser and c not in ("id", "owner")}
    values.update(device_id=ctx.store.device_id, counter=reserve_counters(session),
                  updated_at=utc_now().strftime("%Y-%m-%d %H:%M:%S.%f"), base_version=base_version)
    queries.overwrite_row(session, spec.name, conflict.row_id, values)
