"""Search queries over the trigger-kept indexes (migration 0005).

Client names, pinyin initials and number tails come from a narrow table scanned per keystroke.
Session notes use the FTS5 trigram index for three characters or more; trigram cannot match one
or two characters, so shorter queries look at names and numbers only (a note search for "王"
would match half the notes anyway).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

LIMIT = 200
MAX_HITS = 20_000  # a search list longer than this helps nobody; it also bounds IN (...) lists


def client_matches(session: Session, query: str, *, limit: int = LIMIT) -> list[str]:
    q = query.strip()
    if not q:
        return []
    params = {"q": q, "initials": q.lower() + "%", "tail": "%" + q, "limit": limit}
    digits = q.isdigit() and len(q) >= 4
    sql = (
        "SELECT client_id FROM client_search WHERE live AND (instr(name, :q) > 0 OR initials LIKE :initials"
        + (" OR id_number LIKE :tail OR phone LIKE :tail" if digits else "")
        + ") ORDER BY initials, client_id LIMIT :limit"
    )
    return [row[0] for row in session.execute(text(sql), params)]


def session_note_matches(session: Session, query: str, *, limit: int = LIMIT) -> list[str]:
    """Case ids whose session notes contain `query` (3+ characters)."""
    q = query.strip()
    if len(q) < 3:
        return []
    phrase = '"' + q.replace('"', '""') + '"'
    sql = (
        "SELECT DISTINCT s.case_id FROM session_fts JOIN service_session s ON s.rowid = session_fts.rowid "
        "WHERE session_fts MATCH :phrase AND s.deleted = 0 LIMIT :limit"
    )
    return [row[0] for row in session.execute(text(sql), {"phrase": phrase, "limit": limit})]


def case_matches(session: Session, query: str, *, limit: int = MAX_HITS) -> list[str]:
    """Case ids matching by case number, title, the client's name/initials/number tail, or notes."""
    q = query.strip()
    if not q:
        return []
    digits = q.isdigit() and len(q) >= 4
    client_where = "instr(cs.name, :q) > 0 OR cs.initials LIKE :initials" + (
        " OR cs.id_number LIKE :tail OR cs.phone LIKE :tail" if digits else "")
    sql = (
        "SELECT c.id FROM case_file c JOIN client_search cs ON cs.client_id = c.client_id "
        f"WHERE c.deleted = 0 AND (instr(c.case_number, :q) > 0 OR instr(c.title, :q) > 0 OR {client_where}) "
        "LIMIT :limit"
    )
    params = {"q": q, "initials": q.lower() + "%", "tail": "%" + q, "limit": limit}
    found = [row[0] for row in session.execute(text(sql), params)]
    seen = set(found)
    found += [i for i in session_note_matches(session, q, limit=limit) if i not in seen]
    return found[:limit]


def clients_in_name_order(session: Session) -> list[str]:
    """Every live client's id in pinyin-initials order, from the covering index alone."""
    sql = "SELECT client_id FROM client_search WHERE live ORDER BY live, initials, client_id"
    return list(session.execute(text(sql)).scalars())
