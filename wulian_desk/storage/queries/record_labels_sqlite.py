"""How a person knows a record the county asks about, as SQL over the record's own row (SQLite's
dialect: `||`, printf): the county picks "GA2026-0012 独居老人照护" rather than typing an id, and
the station reads which of its records is meant; and which of a station's records a typed label
finds. (At the county, names are as the sharing policy sent them.)"""

from __future__ import annotations

from sqlmodel import Session

LABEL_SQL = {
    "case_file": "case_number || ' ' || title",
    "service_session": "\"on\" || ' ' || minutes || ' 分钟'",
    "client": "name",
    "group_work": "name",
    "group_session": "held_on || ' 第 ' || number || ' 次'",
    "activity": "activity_number || ' ' || title",
    "volunteer": "name",
    "service_record": "served_on || ' ' || place",
    "organisation": "name",
    "donation": "received_on || ' ' || coalesce(nullif(item, ''), printf('%.2f 元', amount_fen / 100.0))",
    "allocation": "allocated_on || ' ' || coalesce(nullif(item, ''), printf('%.2f 元', amount_fen / 100.0))",
    "project": "name",
    "staff": "name",
    "staff_training": "held_on || ' ' || name",
    "room": "name",
    "asset": "asset_tag || ' ' || name",
    "org_unit": "name",
    "operating_fund": "\"on\" || ' ' || printf('%.2f 元', amount_fen / 100.0)",
}


def record_label(session: Session, table: str, row_id: str) -> str:
    """The label of one record ("" for a kind without one, or a record not here)."""
    label = LABEL_SQL.get(table)
    if label is None:
        return ""
    found = session.connection().exec_driver_sql(f'SELECT {label} FROM "{table}" WHERE id = ?', (row_id,)).scalar()
    return found or ""


def labelled_records(session: Session, table: str, *, owner: str, text: str, limit: int) -> list[tuple[str, str | None]]:
    """(id, label) of one owner's live records of a kind with a label, those whose label holds
    `text`, in label order (instr: SQLite's substring test)."""
    sql = (f"SELECT id, {LABEL_SQL[table]} AS label FROM {table} WHERE owner = ? AND deleted = 0 "
           "AND instr(coalesce(label, ''), ?) > 0 ORDER BY label, id LIMIT ?")
    return [tuple(r) for r in session.connection().exec_driver_sql(sql, (owner, text, limit)).all()]
