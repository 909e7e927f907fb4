"""Who is working on which station: the object every service call takes first."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlmodel import Session

from wulian_desk.core.models import SyncFields
from wulian_desk.core.permissions import allowed, require
from wulian_desk.storage import audit, journal_anchor
from wulian_desk.storage.engine import Connection, known_db_errors
from wulian_desk.storage.records import stamp
from wulian_desk.storage.store import Store


@dataclass(frozen=True)
class Changes:
    """What a write changed, so screens refresh just that instead of reloading everything."""

    kinds: frozenset[str] = frozenset()
    ids: tuple[str, ...] = ()

    @classmethod
    def of(cls, kind: str, *ids: str) -> Changes:
        return cls(frozenset({kind}), tuple(ids))


@dataclass
class Context:
    store: Store
    account_id: str | None = None  # None when unlocked with the recovery code
    username: str = ""
    display_name: str = ""
    role: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def station_id(self) -> str:
        return self.store.station_id

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with known_db_errors(), self.store.session() as session:
            yield session

    @contextmanager
    def plain_reading(self) -> Iterator[Connection]:
        """A read transaction for storage queries written in plain SQL (see Store.plain_reading)."""
        with known_db_errors(), self.store.plain_reading() as conn:
            yield conn

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction: commits when the block ends, rolls back on any error."""
        with known_db_errors(), self.store.session(write=True) as session:
            with session.begin():
                yield session
        # After the commit, never before: the anchor must not name a head that rolled back.
        journal_anchor.advance(self.store)

    def require(self, resource: str, action: str) -> None:
        """Refuse, with a message saying who may, unless this user's role allows it."""
        require(self.role, resource, action)

    def may(self, resource: str, action: str) -> bool:
        return allowed(self.role, resource, action)

    def audit(self, session: Session, action: str, record_kind: str, record_id: str, **detail) -> None:
        """Journal an action inside the caller's write transaction: both commit or neither."""
        audit.append(
            session,
            account_id=self.account_id,
            username=self.username,
            device_id=self.store.device_id,
            action=action,
            record_kind=record_kind,
            record_id=record_id,
            detail=detail,
        )

    def audit_now(self, action: str, record_kind: str, record_id: str, **detail) -> None:
        """Journal a read (a view, a print, an export) in a transaction of its own."""
        with self.writing() as session:
            self.audit(session, action, record_kind, record_id, **detail)

    def stamp(self, session: Session, row: SyncFields) -> SyncFields:
        return stamp(session, row, device_id=self.store.device_id, owner=self.store.station_id)

    def close(self) -> None:
        self.store.close()
