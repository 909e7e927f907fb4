"""Policy profiles shipped under resources/policies, and the one this station follows."""

from __future__ import annotations

from functools import lru_cache

from wulian_desk.core.errors import PolicyError
from wulian_desk.core.policy import PolicyProfile, parse_policy
from wulian_desk.paths import policies_dir
from wulian_desk.services import station
from wulian_desk.services.context import Context


def available_profiles() -> list[str]:
    return sorted(p.stem for p in policies_dir().glob("*.toml"))


@lru_cache(maxsize=16)
def load_profile(code: str) -> PolicyProfile:
    path = policies_dir() / f"{code}.toml"
    if not path.is_file():
        raise PolicyError(
            f"找不到政策配置 {code}（{path}）。可选：{'、'.join(available_profiles())}",
            f"No policy profile {code} ({path}).",
        )
    return parse_policy(code, path.read_text(encoding="utf-8"), origin=str(path))


def station_profile(ctx: Context) -> PolicyProfile:
    return load_profile(str(station.get_setting(ctx, "policy_profile")))


def choose_profile(ctx: Context, code: str):
    load_profile(code)  # refuses an unknown or broken profile before anything is stored
    return station.set_setting(ctx, "policy_profile", code)
