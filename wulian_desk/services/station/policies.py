"""Policy profiles shipped under resources/policies, and the one this station follows."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from wulian_desk.core.errors import PolicyError
from wulian_desk.core.models import Setting
from wulian_desk.core.policy import PolicyProfile, parse_policy
from wulian_desk.core.texts import translate
from wulian_desk.paths import policies_dir
from wulian_desk.services.context import Context
from wulian_desk.services.station import settings
from wulian_desk.services.sync.county_documents import county_profile_text
from wulian_desk.storage.queries import sync as sync_queries

if TYPE_CHECKING:
    from sqlmodel import Session


def available_profiles() -> list[str]:
    return sorted(p.stem for p in policies_dir().glob("*.toml"))


@lru_cache(maxsize=16)
def load_profile(code: str) -> PolicyProfile:
    path = policies_dir() / f"{code}.toml"
    if not path.is_file():
        raise PolicyError(
            translate("services.station.policies", "找不到政策配置 {code}（{path}）。可选：{join}").format(code=code, path=path, join='、'.join(available_profiles())),
        )
    return parse_policy(code, path.read_text(encoding="utf-8"), origin=str(path))


@lru_cache(maxsize=4)
def _sent_profile(code: str, text: str) -> PolicyProfile:
    return parse_policy(code, text, origin="县级总站下发")


def station_profile(ctx: Context, session: Session | None = None) -> PolicyProfile:
    """The policy profile in force here, the one function that decides it for every target and
    star level: the profile the county sent down once this station is enrolled (the county picks
    it, or edits a copy), never the station's own choice while a county's is in force; before
    that, the one chosen here. Read inside `session` when the caller has one open."""
    if session is None:
        with ctx.reading() as reading:
            return station_profile(ctx, reading)
    doc = sync_queries.newest_document(session, kind="policy_profile", not_owner=ctx.station_id)
    if doc is not None:
        return _sent_profile(doc.key, doc.content)
    row = session.get(Setting, "policy_profile")
    return load_profile(str(json.loads(row.value) if row else settings.SETTINGS_DEFAULTS["policy_profile"]))


def profile_in_force(ctx: Context, session: Session | None = None) -> PolicyProfile:
    """The same as `station_profile`, by the name the volunteer screens use."""
    return station_profile(ctx, session)


def choose_profile(ctx: Context, code: str):
    if county_profile_text(ctx) is not None:
        raise PolicyError(translate("services.station.policies", "本站的政策配置由县级总站下发，不能在本站更改。"))
    load_profile(code)  # refuses an unknown or broken profile before anything is stored
    return settings.set_setting(ctx, "policy_profile", code)
