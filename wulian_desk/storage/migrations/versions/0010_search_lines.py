"""The search box's lines from the narrow search tables alone: client_search gains the client's
community, case_search the case's stage and assigned worker. A keystroke then reads a found
client's or case's line from these small tables (one short lookup each) instead of the wide
client and case rows, and a worker's search reads their own caseload by an index on the worker.
Case numbers and titles also get a trigram index, for queries of three characters or more, and
the cases list an index in its order, so it paints its first page from a LIMIT query. Kept by the
same triggers as before (0005), rewritten with the new columns.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

STATEMENTS = [
    "ALTER TABLE client_search ADD COLUMN org_unit_id TEXT NOT NULL DEFAULT ''",
    "UPDATE client_search SET org_unit_id = (SELECT org_unit_id FROM client WHERE client.id = client_search.client_id)",
    "DROP TRIGGER client_search_insert",
    """CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN
        INSERT INTO client_search (client_id, name, initials, id_number, phone, live, org_unit_id)
        VALUES (new.id, new.name, new.name_initials, coalesce(new.id_number, ''), new.phone, NOT new.deleted,
                new.org_unit_id);
    END""",
    "DROP TRIGGER client_search_update",
    """CREATE TRIGGER client_search_update AFTER UPDATE ON client BEGIN
        UPDATE client_search SET name = new.name, initials = new.name_initials,
            id_number = coalesce(new.id_number, ''), phone = new.phone, live = NOT new.deleted,
            org_unit_id = new.org_unit_id
        WHERE client_id = new.id;
    END""",
    "ALTER TABLE case_search ADD COLUMN stage TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE case_search ADD COLUMN worker_id TEXT NOT NULL DEFAULT ''",
    # A worker's search reads their own caseload, newest case first.
    "CREATE INDEX case_search_worker ON case_search (worker_id, case_id)",
    """UPDATE case_search SET
        stage = (SELECT stage FROM case_file WHERE case_file.id = case_search.case_id),
        worker_id = (SELECT worker_id FROM case_file WHERE case_file.id = case_search.case_id)""",
    "DROP TRIGGER case_search_insert",
    """CREATE TRIGGER case_search_insert AFTER INSERT ON case_file BEGIN
        INSERT INTO case_search (case_id, client_id, case_number, title, live, stage, worker_id)
        VALUES (new.id, new.client_id, new.case_number, new.title, NOT new.deleted, new.stage, new.worker_id);
    END""",
    "DROP TRIGGER case_search_update",
    """CREATE TRIGGER case_search_update AFTER UPDATE ON case_file BEGIN
        UPDATE case_search SET client_id = new.client_id, case_number = new.case_number, title = new.title,
            live = NOT new.deleted, stage = new.stage, worker_id = new.worker_id
        WHERE case_id = new.id;
    END""",
    # The cases list's order (newest opened first), read from the index alone for every case.
    "CREATE INDEX case_file_list_order ON case_file (deleted, opened_on, id)",
    # Case numbers and titles for queries of three characters or more: trigram FTS5, as for the
    # notes (0005). FTS5 intersects the pieces' lists itself; walking one piece's cases and
    # checking each, as 0009's pieces must, read a hundred rows for "1234".
    """CREATE VIRTUAL TABLE case_fts USING fts5(
        case_number, title, content='case_file', content_rowid='rowid', tokenize='trigram')""",
    """CREATE TRIGGER case_fts_insert AFTER INSERT ON case_file BEGIN
        INSERT INTO case_fts(rowid, case_number, title) VALUES (new.rowid, new.case_number, new.title);
    END""",
    """CREATE TRIGGER case_fts_delete AFTER DELETE ON case_file BEGIN
        INSERT INTO case_fts(case_fts, rowid, case_number, title) VALUES ('delete', old.rowid, old.case_number, old.title);
    END""",
    """CREATE TRIGGER case_fts_update AFTER UPDATE OF case_number, title ON case_file BEGIN
        INSERT INTO case_fts(case_fts, rowid, case_number, title) VALUES ('delete', old.rowid, old.case_number, old.title);
        INSERT INTO case_fts(rowid, case_number, title) VALUES (new.rowid, new.case_number, new.title);
    END""",
    "INSERT INTO case_fts(case_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
