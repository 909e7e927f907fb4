"""Who is working on which station: the object every service call takes first."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlmodel import Session

from wulian_desk.core.models import SyncFields
from wulian_desk.storage.engine import known_db_errors
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
    def writing(self) -> Iterator[Session]:
        """A write transaction: commits when the block ends, rolls back on any error."""
        with known_db_errors(), self.store.session(write=True) as session:
            with session.begin():
                yield session

    def stamp(self, session: Session, row: SyncFields) -> SyncFields:
        return stamp(session, row, device_id=self.store.device_id, owner=self.store.station_id)

    def close(self) -> None:
        self.store.close()
