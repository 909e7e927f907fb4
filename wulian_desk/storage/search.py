"""Search queries over the trigger-kept indexes (migrations 0005 and 0009).

The search box finds clients by a piece of the name (client_gram), a pinyin-initials prefix (a
range of the order index) or an ID/phone tail (indexes on the last four characters), and cases by
a piece of the number or title (case_gram): each a range read that stops at a screenful. Lists
that need every match scan the narrow client_search table instead. Session notes use the FTS5
trigram index for three characters or more; trigram cannot match one or two characters, so
shorter queries look at names and numbers only (a note search for "王" would match half the notes
anyway).
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


GRAM = 3  # the longest piece of a name, case number or title in client_gram / case_gram (0009)


def _scan_only(q: str) -> bool:
    """Whether `q` needs the scan: LIKE reads `%` and `_` as a pattern (the indexes cannot), and
    an initials prefix ending in the last code point before the surrogates, or the last of all,
    has no next one to end a range at."""
    return "%" in q or "_" in q or ord(q.lower()[-1]) in (0xD7FF, 0x10FFFF)


def _indexed_clients(q: str, limit: int) -> tuple[str, dict]:
    """SQL for the first `limit` live clients matching `q`, in (initials, client_id) order, from
    indexes only: the same hits as a scan with _client_where, each part stopping at `limit`."""
    if q.isdigit():  # four or more: candidates by their last four characters, checked in full
        part = ("SELECT * FROM (SELECT initials, client_id FROM client_search WHERE live AND "
                "substr({col}, -4) = :last4 AND {col} LIKE :tail ORDER BY initials, client_id LIMIT :limit)")
        sql = f"{part.format(col='id_number')} UNION {part.format(col='phone')}"
        params = {"last4": q[-4:], "tail": "%" + q}
    else:  # a piece of the name (a longer query: its first three characters, then checked in full)
        check = " AND instr(s.name, :q) > 0" if len(q) > GRAM else ""
        by_name = ("SELECT * FROM (SELECT g.initials, g.client_id FROM client_gram g "
                   f"{'JOIN client_search s ON s.client_id = g.client_id' if check else ''} "
                   f"WHERE g.gram = :gram{check} ORDER BY g.initials, g.client_id LIMIT :limit)")
        sql, params = by_name, {"q": q, "gram": q[:GRAM]}
        initials = q.lower()  # pinyin initials: a range of the order index
        sql += (" UNION SELECT * FROM (SELECT initials, client_id FROM client_search WHERE live = 1 AND "
                "initials >= :low AND initials < :high ORDER BY initials, client_id LIMIT :limit)")
        params |= {"low": initials, "high": initials[:-1] + chr(ord(initials[-1]) + 1)}
    return f"SELECT client_id FROM ({sql}) ORDER BY initials, client_id LIMIT :limit", params | {"limit": limit}


def client_matches(session: Session, query: str, *, limit: int = LIMIT) -> list[str]:
    found = _client_where(query)
    if found is None:
        return []
    q = query.strip()
    if _scan_only(q):
        where, params = found
        sql = f"SELECT client_id FROM client_search WHERE live AND {where} ORDER BY initials, client_id LIMIT :limit"
        params = params | {"limit": limit}
    else:
        sql, params = _indexed_clients(q, limit)
    return [row[0] for row in _driver_rows(session, sql, params)]


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
    if client_ids is not None:  # the search box: every part a range of an index, stopping at `limit`
        marks = ", ".join(f":c{i}" for i in range(len(client_ids)))
        params |= {f"c{i}": cid for i, cid in enumerate(client_ids)} | {"gram": q[:GRAM]}
        check = (" AND (instr(s.case_number, :q) > 0 OR instr(s.title, :q) > 0)" if len(q) > GRAM else "")
        sql = ("SELECT * FROM (SELECT g.case_id FROM case_gram g "
               f"{'JOIN case_search s ON s.case_id = g.case_id' if check else ''} "
               f"WHERE g.gram = :gram{check} ORDER BY g.case_id LIMIT :limit)")
        if client_ids:
            sql += (" UNION SELECT * FROM (SELECT case_id FROM case_search WHERE live AND client_id IN "
                    f"({marks}) ORDER BY case_id LIMIT :limit)")
        sql = f"SELECT case_id FROM ({sql}) ORDER BY case_id LIMIT :limit"
    else:
        by_client = ""
        if (found := _client_where(q)) is not None:
            where, client_params = found
            by_client = f" OR client_id IN (SELECT client_id FROM client_search WHERE live AND {where})"
            params |= client_params
        sql = (f"SELECT case_id FROM case_search WHERE live AND (instr(case_number, :q) > 0 OR instr(title, :q) > 0"
               f"{by_client}) LIMIT :limit")
    hits = [row[0] for row in _driver_rows(session, sql, params)]
    seen = set(hits)
    hits += [i for i in session_note_matches(session, q, limit=limit) if i not in seen]
    return hits[:limit]


def _driver_rows(session: Session, sql: str, params: dict | tuple = ()) -> list[tuple]:
    """Rows straight from the driver's cursor, inside the session's transaction. For long id lists
    and list pages: SQLAlchemy's per-row processing would take longer than the query itself
    (100,000 ids: about 55 ms this way, 150 ms through a Result)."""
    return session.connection().connection.driver_connection.execute(sql, params).fetchall()


def clients_in_name_order(session: Session) -> list[str]:
    """Every live client's id in pinyin-initials order, from the covering index alone."""
    sql = "SELECT client_id FROM client_search WHERE live ORDER BY live, initials, client_id"
    return [row[0] for row in _driver_rows(session, sql)]


def client_list(session: Session, *, search: str = "", org_unit_id: str | None = None,
                limit: int | None = None) -> list[str]:
    """Live clients' ids in the clients list's order (pinyin initials, then id), optionally only
    those a search matches (at most MAX_HITS) or those of one community. With `limit`, the first
    rows only: without a search that is a keyset page off the front of the order index, so a list
    can paint before the rest is read."""
    conditions, params = ["live"], {}
    # Unsearched, the order index serves the order; a search scans the narrow table instead and
    # sorts its hits (walking the index would look up each row's name: slower for rare words).
    order = "live, initials, client_id"
    if search.strip():
        found = _client_where(search)
        if found is None:
            return []
        where, params = found
        conditions.append(where)
        order = "initials, client_id"
        limit = MAX_HITS if limit is None else min(limit, MAX_HITS)
    if org_unit_id:
        conditions.append("client_id IN (SELECT id FROM client WHERE org_unit_id = :org_unit_id)")
        params["org_unit_id"] = org_unit_id
    sql = (f"SELECT client_id FROM client_search WHERE {' AND '.join(conditions)} ORDER BY {order} "
           "LIMIT :limit")
    return [row[0] for row in _driver_rows(session, sql, params | {"limit": -1 if limit is None else limit})]


# What a clients list shows, numbers in full (the service masks them): id, name, gender,
# birth_date, id_number, phone, the community's name, categories (JSON).
_CLIENT_ROW = ("SELECT c.id, c.name, c.gender, c.birth_date, c.id_number, c.phone, coalesce(u.name, ''), "
               "c.categories FROM client c LEFT JOIN org_unit u ON u.id = c.org_unit_id")


def client_rows(session: Session, ids: list[str]) -> list[tuple]:
    """List rows for up to a page of ids, in no particular order."""
    if not ids:
        return []
    return _driver_rows(session, f"{_CLIENT_ROW} WHERE c.id IN ({', '.join('?' * len(ids))})", tuple(ids))


def first_client_rows(session: Session, *, limit: int, org_unit_id: str | None = None) -> list[tuple]:
    """The first `limit` list rows in the list's order, unsearched: one keyset query down the
    initials index (client.name_initials is client_search.initials, kept by the same trigger)."""
    where, params = "c.deleted = 0", {"limit": limit}
    if org_unit_id:
        where += " AND c.org_unit_id = :org_unit_id"
        params["org_unit_id"] = org_unit_id
    return _driver_rows(session, f"{_CLIENT_ROW} WHERE {where} ORDER BY c.name_initials, c.id LIMIT :limit", params)
