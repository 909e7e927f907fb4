"""The one search box (Ctrl+F anywhere): clients and cases as you type, a screenful at a time.

Each keystroke reads at most `limit` lines of each kind from the search indexes (see
storage/search_box.py), in one read transaction, so the answer takes well under a millisecond
whatever the size of the station; lists that need every match use clients.client_ids /
cases.case_ids instead. Who sees which case is decided here, by core.permissions: a worker's
search reads their own caseload.
"""

from __future__ import annotations

from typing import NamedTuple

from wulian_desk.core.masking import mask_id_number, mask_phone
from wulian_desk.core.permissions import case_worker_scope
from wulian_desk.services.context import Context
from wulian_desk.storage import search_box


class ClientHit(NamedTuple):
    """A client as the search box lists it: numbers masked."""

    id: str
    name: str
    id_number: str
    phone: str
    unit_name: str


class CaseHit(NamedTuple):
    id: str
    case_number: str
    client_name: str
    title: str
    stage: str


class SearchHits(NamedTuple):
    clients: list[ClientHit]
    cases: list[CaseHit]


def quick_search(ctx: Context, query: str, *, limit: int = 20) -> SearchHits:
    """Clients (in the clients list's order) and cases (newest first) matching by name, pinyin
    initials, ID or phone tail, case number or title, or words in session notes; only what this
    user may see."""
    see_clients, see_cases = ctx.may("client", "view"), ctx.may("case", "view")
    if not query.strip() or not (see_clients or see_cases):
        return SearchHits([], [])
    with ctx.plain_reading() as conn:
        # One lookup of the clients serves both lists: the cases shown include those of the
        # clients shown, besides any matched by number, title or notes.
        clients = search_box.client_lines(conn, query, limit=limit)
        cases = search_box.case_lines(
            conn, query, client_ids=[line[0] for line in clients], limit=limit,
            worker_id=case_worker_scope(ctx.role, ctx.account_id)) if see_cases else []
    return SearchHits(
        clients=[ClientHit(client_id, name, mask_id_number(id_number), mask_phone(phone), unit)
                 for client_id, name, id_number, phone, unit in clients] if see_clients else [],
        cases=[CaseHit(*line) for line in cases],
    )
