"""What a person calls the record an audit entry names, for a page of the journal in one query
(SQLite's dialect, as record_labels_sqlite): the journal keeps only a kind and an id."""

from __future__ import annotations

import json

from sqlmodel import Session

from wulian_desk.storage.queries.record_labels_sqlite import LABEL_SQL

# The journal's record kind -> (table, SQL of the name over its row). A case is known by its
# number (its title may say more than the journal's reader should see); a client by a name the
# service masks.
RECORD_NAMES: dict[str, tuple[str, str]] = {
    kind: (kind, sql) for kind, sql in LABEL_SQL.items() if kind not in {"case_file", "group_work"}
} | {
    "case": ("case_file", "case_number"),
    "group": ("group_work", "name"),
    "account": ("account", "display_name || '（' || username || '）'"),
    "donor": ("donor", "name"),
    "fund": ("fund", "name"),
    "agency": ("agency", "name"),
    "volunteer_team": ("volunteer_team", "name"),
}


def record_names(session: Session, wanted: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """(kind, id, name) of the records named, deleted ones too (the journal tells of deletions);
    kinds without a name, and records purged since, are left out."""
    parts, params = [], []
    for kind, ids in sorted(wanted.items()):
        if kind not in RECORD_NAMES or not ids:
            continue
        table, name = RECORD_NAMES[kind]
        parts.append(f"SELECT ?, id, {name} FROM \"{table}\" WHERE id IN (SELECT value FROM json_each(?))")
        params += [kind, json.dumps(sorted(set(ids)))]
    if not parts:
        return []
    rows = session.connection().exec_driver_sql(" UNION ALL ".join(parts), tuple(params)).all()
    return [(kind, record_id, name) for kind, record_id, name in rows if name]
