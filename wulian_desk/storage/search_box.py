"""What the search box (Ctrl+F) shows for a query: a screenful of client lines and case lines,
read from the narrow search tables (0005, 0010) and their piece indexes (0009) alone.

A line is what the box lists, numbers in full (the service masks them):
- a client: client_id, name, id_number, phone, the community's name; in the clients list's order
  (pinyin initials, then id);
- a case: case_id, case_number, the client's name, title, stage; newest first (by number, title or
  client), then by notes.

Every read is an index range that stops at a screenful, so a keystroke costs the same on a
station of a hundred clients or a hundred thousand. The reads run as separate statements merged
here: as one UNION with an ORDER BY, SQLite builds temporary b-trees for them, which cost more
(about 50 µs a keystroke) than the reads, and even a UNION ALL of them ran slower than apart.
CROSS JOIN keeps the index range outermost, so it is read in order and the LIMIT stops it.

Who sees which case is the service's decision; it passes `worker_id` for a worker, whose search
reads their own caseload (dozens of cases) instead of the station's indexes.
"""

from __future__ import annotations

import json

from sqlmodel import Session

from wulian_desk.storage.engine import Connection
from wulian_desk.storage.search import GRAM, MAX_HITS, client_where, driver, driver_rows, fts_phrase

_CLIENT_LINE = "s.initials, s.client_id, s.name, s.id_number, s.phone, coalesce(u.name, '')"
_UNIT = "LEFT JOIN org_unit u ON u.id = s.org_unit_id"
_CASE_LINE = "k.case_id, k.case_number, s.name, k.title, k.stage"
_CLIENT_OF_CASE = "CROSS JOIN client_search s ON s.client_id = k.client_id"


def client_lines(conn: Session | Connection, query: str, *, limit: int) -> list[tuple]:
    """The first `limit` live clients matching `query` by a piece of the name, a pinyin-initials
    prefix, or (four digits or more) the tail of an ID or phone number."""
    q = query.strip()
    found = client_where(q)
    if found is None:
        return []
    if "%" in q or "_" in q:  # LIKE reads these as a pattern, which the indexes cannot: a scan
        where, params = found
        sql = (f"SELECT {_CLIENT_LINE} FROM (SELECT * FROM client_search WHERE live AND {where} "
               f"ORDER BY initials, client_id LIMIT :limit) s {_UNIT}")
        parts = [(sql, params | {"limit": limit})]
    elif q.isdigit():
        # Clients whose ID or phone ends in the same four digits (a handful: tails spread evenly),
        # checked in full and ordered here.
        part = (f"SELECT {_CLIENT_LINE} FROM client_search s {_UNIT} WHERE s.live AND substr(s.{{col}}, -4) = :last4 "
                "AND s.{col} LIKE :tail LIMIT :most")
        params = {"last4": q[-4:], "tail": "%" + q, "most": MAX_HITS}
        parts = [(part.format(col="id_number"), params), (part.format(col="phone"), params)]
    else:
        # A piece of the name (a longer query: its first three characters, then checked in full)
        # and a range of pinyin initials, each read in order.
        check = " AND instr(s.name, :q) > 0" if len(q) > GRAM else ""
        by_name = (f"SELECT {_CLIENT_LINE} FROM client_gram g CROSS JOIN client_search s ON s.client_id = g.client_id "
                   f"{_UNIT} WHERE g.gram = :gram{check} ORDER BY g.initials, g.client_id LIMIT :limit")
        parts = [(by_name, {"q": q, "gram": q[:GRAM], "limit": limit})]
        if q.isascii() and q.isalpha():  # initials are pinyin first letters (services.names): a-z only
            initials = q.lower()
            by_initials = (f"SELECT {_CLIENT_LINE} FROM client_search s {_UNIT} WHERE s.live = 1 AND s.initials >= :low "
                           "AND s.initials < :high ORDER BY s.initials, s.client_id LIMIT :limit")
            parts.append((by_initials, {"low": initials, "high": initials[:-1] + chr(ord(initials[-1]) + 1),
                                        "limit": limit}))
    lines = {line for sql, params in parts for line in driver_rows(conn, sql, params)}
    return [line[1:] for line in sorted(lines)[:limit]]


def matching_client_ids(conn: Session | Connection, query: str, *, limit: int) -> list[str]:
    return [line[0] for line in client_lines(conn, query, limit=limit)]


def case_lines(conn: Session | Connection, query: str, *, client_ids: list[str], limit: int,
               worker_id: str | None = None) -> list[tuple]:
    """Up to `limit` live cases: those whose number or title holds `query`, or that belong to
    `client_ids` (the clients the box found), newest first; then those whose notes hold it
    (three characters or more: the trigram index cannot match fewer). With `worker_id`, only that
    worker's, and those whose client matches `query` in place of those of `client_ids`."""
    q = query.strip()
    if not q:
        return []
    if worker_id is None:
        found = _station_cases(conn, q, client_ids, limit)
    else:
        found = _caseload_cases(conn, q, worker_id, limit)
    lines = [found[case_id] for case_id in sorted(found, reverse=True)[:limit]]  # UUIDv7: newest first
    if len(q) >= 3 and len(lines) < limit:
        lines += _by_notes(conn, q, wanted=limit - len(lines), seen=set(found), worker_id=worker_id)
    return lines


def _station_cases(conn: Session | Connection, q: str, client_ids: list[str], limit: int) -> dict[str, tuple]:
    if len(q) >= 3:  # the trigram index (0010), most recently recorded first
        by_text = (f"SELECT {_CASE_LINE} FROM case_fts CROSS JOIN case_file f ON f.rowid = case_fts.rowid "
                   f"CROSS JOIN case_search k ON k.case_id = f.id {_CLIENT_OF_CASE} "
                   "WHERE case_fts MATCH :phrase AND k.live ORDER BY case_fts.rowid DESC LIMIT :limit")
        params = {"phrase": fts_phrase(q), "limit": limit}
        found = {line[0]: line for line in driver_rows(conn, by_text, params)}
    else:  # one or two characters: the pieces (0009), which hold live cases only
        by_text = (f"SELECT {_CASE_LINE} FROM case_gram g CROSS JOIN case_search k ON k.case_id = g.case_id "
                   f"{_CLIENT_OF_CASE} WHERE g.gram = :gram ORDER BY g.case_id DESC LIMIT :limit")
        # The pieces keep letter case; the trigram index above does not, nor should this ("ga").
        found = {line[0]: line for gram in dict.fromkeys((q, q.upper(), q.lower()))
                 for line in driver_rows(conn, by_text, {"gram": gram, "limit": limit})}
    if client_ids:  # a client has a case or two: all of theirs, ordered by the caller
        by_client = (f"SELECT {_CASE_LINE} FROM case_search k {_CLIENT_OF_CASE} "
                     "WHERE k.live AND k.client_id IN (SELECT value FROM json_each(:clients))")
        found |= {line[0]: line for line in driver_rows(conn, by_client, {"clients": json.dumps(client_ids)})}
    return found


def _caseload_cases(conn: Session | Connection, q: str, worker_id: str, limit: int) -> dict[str, tuple]:
    # The worker's own cases whose number, title or client matches, newest first: their caseload
    # rather than the station's first matches, which may hold none of theirs.
    matches = "instr(lower(k.case_number), lower(:q)) > 0 OR instr(lower(k.title), lower(:q)) > 0"  # as FTS5 folds
    params = {"q": q, "worker": worker_id, "limit": limit}
    if (by_client := client_where(q)) is not None:
        where, client_params = by_client  # its columns are client_search's alone
        matches += f" OR {where}"
        params |= client_params
    sql = (f"SELECT {_CASE_LINE} FROM case_search k {_CLIENT_OF_CASE} WHERE k.worker_id = :worker AND k.live "
           f"AND ({matches}) ORDER BY k.case_id DESC LIMIT :limit")
    return {line[0]: line for line in driver_rows(conn, sql, params)}


# A caseload up to this many cases has its notes read directly for a word; a larger one (a worker
# who has carried hundreds of cases over the years) first walks the station's trigram index, as
# far as WALK_AT_MOST matching notes, and reads its own notes only if that found too few.
CASELOAD_READ_DIRECTLY = 300
WALK_AT_MOST = 5_000


def _by_notes(conn: Session | Connection, q: str, *, wanted: int, seen: set[str], worker_id: str | None) -> list[tuple]:
    """Up to `wanted` live cases not in `seen` whose notes hold `q`: the station's newest note
    first, or that worker's. Read row by row until enough are found (DISTINCT would need a
    temporary b-tree). A worker's own notes are read directly while their caseload is small:
    walking the station's matches for theirs could read every note holding a common word, and
    asking the trigram index about each of their notes in turn costs more than reading them. A
    large caseload is a good share of the station's notes, so a walk finds theirs soon; a walk
    that does not (a word common elsewhere and rare in theirs) stops and reads theirs after all."""
    phrase = fts_phrase(q)
    walk = ("SELECT {columns} FROM session_fts CROSS JOIN service_session n ON n.rowid = session_fts.rowid "
            f"CROSS JOIN case_search k ON k.case_id = n.case_id {_CLIENT_OF_CASE} "
            "WHERE session_fts MATCH :phrase AND n.deleted = 0 AND k.live ORDER BY session_fts.rowid DESC")
    if worker_id is None:
        return _take(driver(conn).execute(walk.format(columns=_CASE_LINE), {"phrase": phrase}), wanted, seen)[0]
    lines: list[tuple] = []
    if _caseload_size(conn, worker_id) > CASELOAD_READ_DIRECTLY:
        # Whose each note is, is checked here rather than in SQL, so that WALK_AT_MOST counts
        # every match read, not only the worker's.
        cursor = driver(conn).execute(walk.format(columns=f"{_CASE_LINE}, k.worker_id"), {"phrase": phrase})
        found, stopped = _take(cursor, wanted, seen, at_most=WALK_AT_MOST, keep=lambda row: row[-1] == worker_id)
        lines = [line[:-1] for line in found]
        if len(lines) == wanted or not stopped:  # enough, or every match was read
            return lines
    # LIKE folds ASCII case as the trigram index does; its wildcards in `q` are escaped as data.
    own = (f"SELECT {_CASE_LINE} FROM case_search k CROSS JOIN service_session n ON n.case_id = k.case_id "
           f"{_CLIENT_OF_CASE} WHERE k.worker_id = :worker AND k.live AND n.deleted = 0 "
           "AND n.content LIKE :pattern ESCAPE '\\' ORDER BY k.case_id DESC")
    pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return lines + _take(driver(conn).execute(own, {"worker": worker_id, "pattern": pattern}),
                         wanted - len(lines), seen)[0]


def _take(cursor, wanted: int, seen: set[str], *, at_most: int | None = None,
          keep=None) -> tuple[list[tuple], bool]:
    """Lines of cases not in `seen` (and that `keep`, if given, keeps) from `cursor`, until
    `wanted` or `at_most` rows were read; and whether it stopped before the cursor ran out."""
    lines: list[tuple] = []
    try:
        for read, line in enumerate(cursor, 1):
            if line[0] not in seen and (keep is None or keep(line)):
                seen.add(line[0])
                lines.append(line)
                if len(lines) == wanted:
                    return lines, True
            if at_most is not None and read >= at_most:
                return lines, True
        return lines, False
    finally:
        cursor.close()


def _caseload_size(conn: Session | Connection, worker_id: str) -> int:
    """How many cases the worker carries, counted no further than it matters (an index range)."""
    sql = "SELECT count(*) FROM (SELECT 1 FROM case_search WHERE worker_id = ? LIMIT ?)"
    return driver_rows(conn, sql, (worker_id, CASELOAD_READ_DIRECTLY + 1))[0][0]
