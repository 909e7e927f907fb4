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


def _client_where(query: str) -> tuple[str, dict] | None:
    """The filter on client_search for `query`, or None when no client can match it (names and
    initials hold no digits, and number tails need four)."""
    q = query.strip()
    digits = q.isdigit()
    if not q or (digits and len(q) < 4):
        return None
    where = "(id_number LIKE :tail OR phone LIKE :tail)" if digits else "(instr(name, :q) > 0 OR initials LIKE :initials)"
    return where, {"q": q, "initials": q.lower() + "%", "tail": "%" + q}


def client_matches(session: Session, query: str, *, limit: int = LIMIT) -> list[str]:
    found = _client_where(query)
    if found is None:
        return []
    where, params = found
    sql = f"SELECT client_id FROM client_search WHERE live AND {where} ORDER BY initials, client_id LIMIT :limit"
    return [row[0] for row in session.execute(text(sql), params | {"limit": limit})]


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


def case_matches(
    session: Session, query: str, *, limit: int = MAX_HITS, client_ids: list[str] | None = None
) -> list[str]:
    """Case ids matching by case number, title, the client's name/initials/number tail, or notes.
    Every part reads a narrow index table, never the wide case or client rows. With `client_ids`
    (the clients a search box already found) their cases are taken instead of scanning for more."""
    q = query.strip()
    if not q:
        return []
    params = {"q": q, "limit": limit}
    by_client = ""
    if client_ids is not None:
        marks = ", ".join(f":c{i}" for i in range(len(client_ids)))
        by_client = f" OR client_id IN ({marks})" if client_ids else ""
        params |= {f"c{i}": cid for i, cid in enumerate(client_ids)}
    elif (found := _client_where(q)) is not None:
        where, client_params = found
        by_client = f" OR client_id IN (SELECT client_id FROM client_search WHERE live AND {where})"
        params |= client_params
    sql = (f"SELECT case_id FROM case_search WHERE live AND (instr(case_number, :q) > 0 OR instr(title, :q) > 0"
           f"{by_client}) LIMIT :limit")
    hits = [row[0] for row in session.execute(text(sql), params)]
    seen = set(hits)
    hits += [i for i in session_note_matches(session, q, limit=limit) if i not in seen]
    return hits[:limit]


def clients_in_name_order(session: Session) -> list[str]:
    """Every live client's id in pinyin-initials order, from the covering index alone."""
    sql = "SELECT client_id FROM client_search WHERE live ORDER BY live, initials, client_id"
    return list(session.execute(text(sql)).scalars())
