"""What `check` asks of an SQLite database: its own integrity and foreign-key checks (pragmas),
the write counters, and the journal's length; and, when restoring over a damaged station, the
account row a backup holds."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session


def integrity_problems(session: Session) -> list[str]:
    """SQLite's integrity check: ["ok"] for a sound file."""
    return [r[0] for r in session.execute(text("PRAGMA integrity_check")).all()]


def broken_references(session: Session) -> list[tuple]:
    """(table, rowid, parent table, key index) of every row whose foreign key points nowhere."""
    return [tuple(r) for r in session.execute(text("PRAGMA foreign_key_check")).all()]


def device_counter(session: Session) -> int:
    return session.execute(text("SELECT counter FROM local_state WHERE id = 1")).scalar_one()


def highest_counter(session: Session, *, tables: list[str], device_id: str) -> int:
    """The highest version counter this device wrote into any of these tables."""
    return max((session.execute(text(f'SELECT coalesce(max(counter), 0) FROM "{table}" WHERE device_id = :d'),
                                {"d": device_id}).scalar_one() for table in tables), default=0)


def journal_length(session: Session) -> int:
    return session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()


def account_in_backup(conn, account_id: str, *, with_seal: bool) -> tuple | None:
    """(id, owner, username, role, disabled, deleted[, seal]) of an account in a backup opened
    on a raw connection; backups from before account seals have no seal column."""
    sealed = ", seal" if with_seal else ""
    return conn.execute(f"SELECT id, owner, username, role, disabled, deleted{sealed} FROM account WHERE id = ?",
                        (account_id,)).fetchone()
