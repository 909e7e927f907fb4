"""Bring a database to the current schema: forward only, after an automatic backup, and never on a
database written by a newer version of the app.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from wulian_desk.core.errors import NewerSchemaError
from wulian_desk.core.texts import translate

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions; a test holds this equal to Alembic's head, so the
# common case (already current) is decided without importing Alembic at start-up.
HEAD_REVISION = "0017"


def current_revision(conn: Connection) -> str | None:
    has_table = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not has_table:
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def _alembic_config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)  # type: ignore[arg-type]
    return [rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()]


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head()  # type: ignore[arg-type]


def upgrade(engine: Engine, *, before: Callable[[str | None], None] | None = None) -> bool:
    """Migrate to head; returns whether anything ran. `before(revision)` runs first (the backup)."""
    with engine.connect() as conn:
        revision = current_revision(conn)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            translate("storage.migrate", "这个数据库由更新版本的五社联动工作台写入（结构版本 {revision}），本程序无法打开。请先升级本程序。数据库未被改动。").format(revision=revision),
        )
    if before is not None and revision is not None:
        before(revision)
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    return True
