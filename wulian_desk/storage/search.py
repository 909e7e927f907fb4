"""Search queries for lists over the trigger-kept search tables (migrations 0005, 0009, 0010); the
search box's own reads are in storage/search_box.py.

Lists that need every match scan the narrow client_search and case_search tables; the search box
reads index ranges that stop at a screenful. Session notes use the FTS5
trigram index for three characters or more; trigram cannot match one or two characters, so
shorter queries look at names and numbers only (a note search for "王" would match half the notes
anyway).
"""

from __future__ import annotations

import json

from sqlmodel import Session

from wulian_desk.storage.engine import Connection

LIMIT = 200
MAX_HITS = 20_000  # a search list longer than this helps nobody; it also bounds IN (...) lists


def client_where(query: str) -> tuple[str, dict] | None:
    """The filter on client_search for `query`, or None when no client can match it (names and
    initials hold no digits, and number tails need four)."""
    q = query.strip()
    digits = q.isdigit()
    if not q or (digits and len(q) < 4):
        return None
    where = "(id_number LIKE :tail OR phone LIKE :tail)" if digits else "(instr(name, :q) > 0 OR initials LIKE :initials)"
    return where, {"q": q, "initials": q.lower() + "%", "tail": "%" + q}


GRAM = 3  # the longest piece of a name, case number or title in client_gram / case_gram (0009)


def session_note_matches(session: Session | Connection, query: str, *, limit: int = LIMIT) -> list[str]:
    """Case ids whose session notes contain `query` (3+ characters), newest note first."""
    q = query.strip()
    if len(q) < 3:
        return []
    sql = ("SELECT DISTINCT s.case_id FROM session_fts JOIN service_session s ON s.rowid = session_fts.rowid "
           "WHERE session_fts MATCH :phrase AND s.deleted = 0 ORDER BY session_fts.rowid DESC LIMIT :limit")
    return [row[0] for row in driver_rows(session, sql, {"phrase": fts_phrase(q), "limit": limit})]


def fts_phrase(q: str) -> str:
    """`q` as one FTS5 phrase: the trigram index then matches it as a substring."""
    return '"' + q.replace('"', '""') + '"'


def case_matches(session: Session | Connection, query: str, *, limit: int = MAX_HITS) -> list[str]:
    """Case ids matching by case number, title, the client's name/initials/number tail, or notes,
    for a list: every match up to `limit`, from the narrow index tables, never the wide rows."""
    q = query.strip()
    if not q:
        return []
    params = {"q": q, "limit": limit}
    by_client = ""
    if (found := client_where(q)) is not None:
        where, client_params = found
        by_client = f" OR client_id IN (SELECT client_id FROM client_search WHERE live AND {where})"
        params |= client_params
    sql = (f"SELECT case_id FROM case_search WHERE live AND (instr(case_number, :q) > 0 OR instr(title, :q) > 0"
           f"{by_client}) LIMIT :limit")
    hits = [row[0] for row in driver_rows(session, sql, params)]
    seen = set(hits)
    hits += [i for i in session_note_matches(session, q, limit=limit) if i not in seen]
    return hits[:limit]


def driver_rows(source: Session | Connection, sql: str, params: dict | tuple = ()) -> list[tuple]:
    """Rows straight from the driver's cursor, inside the session's transaction or on a plain
    connection's (Context.plain_reading). For long id lists and list pages: SQLAlchemy's per-row
    processing would take longer than the query itself (100,000 ids: about 55 ms this way, 150 ms
    through a Result)."""
    return driver(source).execute(sql, params).fetchall()


def driver(source: Session | Connection) -> Connection:
    return source if isinstance(source, Connection) else source.connection().connection.driver_connection


# The orders a clients list can be in besides its own (pinyin initials, the stored pinyin key):
# what each sorts by, blanks last, then the id.
CLIENT_SORTS = {
    "name": "initials",
    "birth_date": "(SELECT c.birth_date FROM client c WHERE c.id = client_search.client_id)",
    "unit": "(SELECT u.name FROM client c JOIN org_unit u ON u.id = c.org_unit_id WHERE c.id = client_search.client_id)",
}


def _sorted_by(expression: str, descending: bool, tie: str) -> str:
    direction = "DESC" if descending else "ASC"
    return f"{expression} IS NULL, {expression} {direction}, {tie} {direction}"


def client_list(session: Session, *, search: str = "", org_unit_id: str | None = None,
                limit: int | None = None, sort: str = "name", descending: bool = False) -> list[str]:
    """Live clients' ids in the clients list's order (pinyin initials, then id) or that of `sort`
    (a key of CLIENT_SORTS), optionally only those a search matches (at most MAX_HITS) or those
    of one community. With `limit`, the first rows only: without a search that is a keyset page
    off the front of the order index, so a list can paint before the rest is read."""
    conditions, params = ["live"], {}
    # Unsearched, the order index serves the order; a search scans the narrow table instead and
    # sorts its hits (walking the index would look up each row's name: slower for rare words).
    order = "live, initials, client_id"
    if sort != "name" or descending:
        order = _sorted_by(CLIENT_SORTS[sort], descending, "client_id")
    if search.strip():
        found = client_where(search)
        if found is None:
            return []
        where, params = found
        conditions.append(where)
        if sort == "name" and not descending:
            order = "initials, client_id"
        limit = MAX_HITS if limit is None else min(limit, MAX_HITS)
    if org_unit_id:
        conditions.append("org_unit_id = :org_unit_id")
        params["org_unit_id"] = org_unit_id
    sql = (f"SELECT client_id FROM client_search WHERE {' AND '.join(conditions)} ORDER BY {order} "
           "LIMIT :limit")
    return [row[0] for row in driver_rows(session, sql, params | {"limit": -1 if limit is None else limit})]


# What a clients list shows, numbers in full (the service masks them): id, name, gender,
# birth_date, id_number, phone, the community's name, categories (JSON).
_CLIENT_ROW = ("SELECT c.id, c.name, c.gender, c.birth_date, c.id_number, c.phone, coalesce(u.name, ''), "
               "c.categories FROM client c LEFT JOIN org_unit u ON u.id = c.org_unit_id")


def client_rows(source: Session | Connection, ids: list[str]) -> list[tuple]:
    """List rows for up to a page of ids, in no particular order."""
    if not ids:
        return []
    return driver_rows(source, f"{_CLIENT_ROW} WHERE c.id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))


def first_client_rows(session: Session, *, limit: int, org_unit_id: str | None = None) -> list[tuple]:
    """The first `limit` list rows in the list's order, unsearched: one keyset query down the
    initials index (client.name_initials is client_search.initials, kept by the same trigger)."""
    where, params = "c.deleted = 0", {"limit": limit}
    if org_unit_id:
        where += " AND c.org_unit_id = :org_unit_id"
        params["org_unit_id"] = org_unit_id
    return driver_rows(session, f"{_CLIENT_ROW} WHERE {where} ORDER BY c.name_initials, c.id LIMIT :limit", params)


# The orders a cases list can be in (its own: "opened_on" descending, down the order index):
# what each sorts by, blanks last, then the id; the client by the stored pinyin initials.
CASE_SORTS = {
    "opened_on": "opened_on", "case_number": "case_number", "next_review_on": "next_review_on",
    "client": "(SELECT cl.name_initials FROM client cl WHERE cl.id = case_file.client_id)",
}


def case_list(source: Session | Connection, *, worker_id: str | None = None, stage: str | None = None,
              involving: str | None = None, client_id: str | None = None, among: list[str] | None = None,
              limit: int | None = None, sort: str = "opened_on", descending: bool = True) -> list[str]:
    """Live cases' ids in the cases list's order (newest opened first, down the order index of
    0010) or that of `sort` (a key of CASE_SORTS): those of `worker_id` only, at `stage`, with
    `involving` as worker or supervisor, of `client_id`, among the ids `among` (a search's
    matches), as many as `limit`."""
    conditions, params = ["deleted = 0"], {"limit": -1 if limit is None else limit}
    for condition, name, value in (("worker_id = :worker", "worker", worker_id), ("stage = :stage", "stage", stage),
                                   ("(worker_id = :me OR supervisor_id = :me)", "me", involving),
                                   ("client_id = :client", "client", client_id)):
        if value is not None:
            conditions.append(condition)
            params[name] = value
    if among is not None:
        conditions.append("id IN (SELECT value FROM json_each(:among))")
        params["among"] = json.dumps(among)
    order = "opened_on DESC, id DESC"
    if (sort, descending) != ("opened_on", True):
        order = _sorted_by(CASE_SORTS[sort], descending, "id")
    sql = f"SELECT id FROM case_file WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT :limit"
    return [row[0] for row in driver_rows(source, sql, params)]


# What a cases list shows: id, case_number, client_id, the client's name, title, stage, priority,
# risk, worker_id, opened_on, next_review_on (dates as stored, ISO text).
_CASE_ROW = ("SELECT c.id, c.case_number, c.client_id, cl.name, c.title, c.stage, c.priority, c.risk, c.worker_id, "
             "c.opened_on, c.next_review_on FROM case_file c JOIN client cl ON cl.id = c.client_id")


def case_rows(source: Session | Connection, ids: list[str], *, worker_id: str | None = None) -> list[tuple]:
    """List rows for `ids`, in no particular order; with `worker_id`, only that worker's cases."""
    if not ids:
        return []
    sql = f"{_CASE_ROW} WHERE c.id IN (SELECT value FROM json_each(:ids))"
    if worker_id is not None:
        sql += " AND c.worker_id = :worker"
    return driver_rows(source, sql, {"ids": json.dumps(ids), "worker": worker_id})
