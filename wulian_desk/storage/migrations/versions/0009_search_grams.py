"""Indexed search for the search box: every 1-3 character piece of a live client's name, and of a
live case's number and title, in B-tree tables ordered as the results are shown, so a keystroke
reads the first screenful of a range instead of scanning client_search and case_search. Pinyin
initials are a range of the existing order index; ID and phone tails an index on their last four
characters. Kept by triggers on the narrow tables of 0005, so every write path (forms, imports,
sync, bulk demo) keeps them too.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

GRAM = 3  # longest piece kept; a longer query looks up its first three characters, then checks
SEQ = 128  # positions a piece may start at: names hold 40 characters, case numbers 24, titles 80


def grams(value: str, *, also: str = "", rows: str = "") -> str:
    """The distinct 1-3 character pieces of the text expression `value`, as column g, with the
    columns `also` from the tables `rows` (no CTE or lateral join: neither works in a trigger)."""
    return (f"SELECT DISTINCT substr({value}, a.n, b.n) AS g{also} FROM {rows}search_seq a, search_seq b "
            f"WHERE b.n <= {GRAM} AND a.n <= length({value}) - b.n + 1")


def client_insert(n: str) -> str:
    return f"INSERT OR IGNORE INTO client_gram SELECT g, {n}.initials, {n}.client_id FROM ({grams(f'{n}.name')})"


def client_delete(n: str) -> str:
    return (f"DELETE FROM client_gram WHERE initials = {n}.initials AND client_id = {n}.client_id "
            f"AND gram IN ({grams(f'{n}.name')})")


def case_pieces(n: str) -> str:
    return f"{grams(f'{n}.title')} UNION {grams(f'{n}.case_number')}"


def case_insert(n: str) -> str:
    return f"INSERT OR IGNORE INTO case_gram SELECT g, {n}.case_id FROM ({case_pieces(n)})"


def case_delete(n: str) -> str:
    return f"DELETE FROM case_gram WHERE case_id = {n}.case_id AND gram IN ({case_pieces(n)})"


STATEMENTS = [
    "CREATE TABLE search_seq (n INTEGER PRIMARY KEY)",
    f"INSERT INTO search_seq (n) SELECT value FROM json_each('[{','.join(str(i) for i in range(1, SEQ + 1))}]')",
    # Live clients only, in the order the search box lists them: a range read stops at a screenful.
    """CREATE TABLE client_gram (
        gram TEXT NOT NULL, initials TEXT NOT NULL, client_id TEXT NOT NULL,
        PRIMARY KEY (gram, initials, client_id)
    ) WITHOUT ROWID""",
    f"""CREATE TRIGGER client_gram_insert AFTER INSERT ON client_search WHEN new.live BEGIN
        {client_insert('new')};
    END""",
    f"""CREATE TRIGGER client_gram_update AFTER UPDATE ON client_search
        WHEN old.name IS NOT new.name OR old.initials IS NOT new.initials OR old.live IS NOT new.live BEGIN
        {client_delete('old')};
        {client_insert('new')} WHERE new.live;
    END""",
    f"""CREATE TRIGGER client_gram_delete AFTER DELETE ON client_search BEGIN
        {client_delete('old')};
    END""",
    # Existing clients and cases, by the same pieces the triggers take.
    f"INSERT INTO client_gram {grams('s.name', also=', s.initials, s.client_id', rows='client_search s, ')} "
    "AND s.live",
    # ID and phone number tails: candidates by their last four characters, then checked in full.
    "CREATE INDEX client_search_id_tail ON client_search (substr(id_number, -4))",
    "CREATE INDEX client_search_phone_tail ON client_search (substr(phone, -4))",
    # Live cases by pieces of their number and title, in case id order (the order of case_search).
    """CREATE TABLE case_gram (
        gram TEXT NOT NULL, case_id TEXT NOT NULL, PRIMARY KEY (gram, case_id)
    ) WITHOUT ROWID""",
    f"""CREATE TRIGGER case_gram_insert AFTER INSERT ON case_search WHEN new.live BEGIN
        {case_insert('new')};
    END""",
    f"""CREATE TRIGGER case_gram_update AFTER UPDATE ON case_search
        WHEN old.case_number IS NOT new.case_number OR old.title IS NOT new.title OR old.live IS NOT new.live BEGIN
        {case_delete('old')};
        {case_insert('new')} WHERE new.live;
    END""",
    f"""CREATE TRIGGER case_gram_delete AFTER DELETE ON case_search BEGIN
        {case_delete('old')};
    END""",
    f"INSERT OR IGNORE INTO case_gram SELECT g, case_id FROM ({grams('s.title', also=', s.case_id', rows='case_search s, ')} "
    f"AND s.live UNION {grams('s.case_number', also=', s.case_id', rows='case_search s, ')} AND s.live)",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
