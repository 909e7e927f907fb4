"""The one search box (Ctrl+F anywhere): clients and cases as you type, a screenful at a time.

Each keystroke asks for at most `limit` hits of each kind from the search indexes (see
storage/search.py), so the answer takes milliseconds whatever the size of the station; lists that
need every match use clients.client_ids / cases.case_ids instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from wulian_desk.services import cases, clients
from wulian_desk.services.cases import CaseRow
from wulian_desk.services.clients import ClientRow
from wulian_desk.services.context import Context
from wulian_desk.storage import search as search_index


@dataclass(frozen=True)
class SearchHits:
    clients: list[ClientRow]
    cases: list[CaseRow]


def quick_search(ctx: Context, query: str, *, limit: int = 20) -> SearchHits:
    """Clients and cases matching by name, pinyin initials, ID or phone tail, case number or title,
    or words in session notes, in that order of display; only what this user may see."""
    if not query.strip():
        return SearchHits([], [])
    client_ids: list[str] = []
    case_ids: list[str] = []
    with ctx.reading() as session:
        if ctx.may("client", "view") or ctx.may("case", "view"):
            # One scan of the clients serves both lists: the cases shown are those of the clients
            # shown, plus any matched by number, title or notes.
            client_ids = search_index.client_matches(session, query, limit=limit)
        if ctx.may("case", "view"):
            # A worker sees only their own cases: ask for more than we show, then keep theirs.
            wanted = limit if ctx.role in ("supervisor", "head") else limit * 10
            case_ids = search_index.case_matches(session, query, limit=wanted, client_ids=client_ids)
    found_clients = clients.clients_by_id(ctx, client_ids) if client_ids and ctx.may("client", "view") else {}
    found_cases = cases.cases_by_id(ctx, case_ids) if case_ids else {}
    return SearchHits(
        clients=[found_clients[i] for i in client_ids if i in found_clients],
        cases=[found_cases[i] for i in case_ids if i in found_cases][:limit],
    )
