"""Search indexes, kept by triggers so every write path (forms, imports, sync, bulk demo) updates
them: a narrow client table scanned per keystroke, and an FTS5 trigram index of session notes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

STATEMENTS = [
    # A few dozen bytes a client instead of the whole row: a scan of 100,000 stays a few ms.
    """CREATE TABLE client_search (
        client_id TEXT PRIMARY KEY, name TEXT NOT NULL, initials TEXT NOT NULL,
        id_number TEXT NOT NULL, phone TEXT NOT NULL, live INTEGER NOT NULL
    ) WITHOUT ROWID""",
    # The clients list in name order reads this covering index only: 100,000 ids in a few ms.
    "CREATE INDEX client_search_order ON client_search (live, initials, client_id)",
    """CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN
        INSERT INTO client_search VALUES (new.id, new.name, new.name_initials, coalesce(new.id_number, ''),
                                          new.phone, NOT new.deleted);
    END""",
    """CREATE TRIGGER client_search_update AFTER UPDATE ON client BEGIN
        UPDATE client_search SET name = new.name, initials = new.name_initials,
            id_number = coalesce(new.id_number, ''), phone = new.phone, live = NOT new.deleted
        WHERE client_id = new.id;
    END""",
    """CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN
        DELETE FROM client_search WHERE client_id = old.id;
    END""",
    """INSERT INTO client_search SELECT id, name, name_initials, coalesce(id_number, ''), phone, NOT deleted
       FROM client""",
    # Cases by number and title, as narrow rows too, with the client each belongs to.
    """CREATE TABLE case_search (
        case_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, case_number TEXT NOT NULL, title TEXT NOT NULL,
        live INTEGER NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX case_search_client ON case_search (client_id)",
    """CREATE TRIGGER case_search_insert AFTER INSERT ON case_file BEGIN
        INSERT INTO case_search VALUES (new.id, new.client_id, new.case_number, new.title, NOT new.deleted);
    END""",
    """CREATE TRIGGER case_search_update AFTER UPDATE ON case_file BEGIN
        UPDATE case_search SET client_id = new.client_id, case_number = new.case_number, title = new.title,
            live = NOT new.deleted WHERE case_id = new.id;
    END""",
    """CREATE TRIGGER case_search_delete AFTER DELETE ON case_file BEGIN
        DELETE FROM case_search WHERE case_id = old.id;
    END""",
    "INSERT INTO case_search SELECT id, client_id, case_number, title, NOT deleted FROM case_file",
    # Session notes: trigram FTS5 over the service_session rows (external content, no copy).
    """CREATE VIRTUAL TABLE session_fts USING fts5(
        content, content='service_session', content_rowid='rowid', tokenize='trigram')""",
    """CREATE TRIGGER session_fts_insert AFTER INSERT ON service_session BEGIN
        INSERT INTO session_fts(rowid, content) VALUES (new.rowid, new.content);
    END""",
    """CREATE TRIGGER session_fts_delete AFTER DELETE ON service_session BEGIN
        INSERT INTO session_fts(session_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
    END""",
    """CREATE TRIGGER session_fts_update AFTER UPDATE OF content ON service_session BEGIN
        INSERT INTO session_fts(session_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
        INSERT INTO session_fts(rowid, content) VALUES (new.rowid, new.content);
    END""",
    "INSERT INTO session_fts(session_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
