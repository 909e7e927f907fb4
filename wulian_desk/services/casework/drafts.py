"""Drafts: what a user typed into a dialog and has not saved yet, kept in the encrypted database
(never a temp file) so a lock, a crash or a power cut loses little."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from wulian_desk.core.models import Draft
from wulian_desk.services.context import Context

MAX_DRAFT_BYTES = 256 * 1024


def _owner(ctx: Context) -> str:
    return ctx.account_id or "recovery"


def save_draft(ctx: Context, key: str, content: dict) -> None:
    text = json.dumps(content, ensure_ascii=False)
    if len(text.encode()) > MAX_DRAFT_BYTES:
        return  # a runaway draft is not worth failing the dialog over; the last good one stays
    with ctx.writing() as session:
        row = session.get(Draft, (_owner(ctx), key)) or Draft(account_id=_owner(ctx), key=key, content="", saved_at="")
        row.content = text
        row.saved_at = datetime.now(UTC).isoformat(timespec="seconds")
        session.add(row)


def load_draft(ctx: Context, key: str) -> dict | None:
    with ctx.reading() as session:
        row = session.get(Draft, (_owner(ctx), key))
    return json.loads(row.content) if row is not None else None


def discard_draft(ctx: Context, key: str) -> None:
    with ctx.writing() as session:
        row = session.get(Draft, (_owner(ctx), key))
        if row is not None:
            session.delete(row)
