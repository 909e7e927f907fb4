"""Shared fixtures: a station made once per session and copied per test (fast and isolated)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Before anything imports Qt or keyring: offscreen, and never touch the developer's real keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import pytest  # noqa: E402

from wulian_desk.storage import keyslots  # noqa: E402

PASSWORD = "test-pass-2026"
USERNAME = "admin"

# Slots made in tests use a cheap Argon2id so hundreds of unlocks stay fast; the parameters are
# stored in each slot, so the code path is the production one. test_keyslots checks the defaults.
PRODUCTION_KDF = dict(keyslots.DEFAULT_KDF)
keyslots.DEFAULT_KDF.update({"memory_kib": 1024, "iterations": 1, "lanes": 1})


def _make_station(folder: Path, *, tier: str = "township", demo_scale: int | None = None) -> str:
    from wulian_desk.services import demo
    from wulian_desk.services.station import station

    result = station.setup_station(
        folder,
        name="首善街道社会工作服务站",
        tier=tier,
        division_code="610326001",
        admin_username=USERNAME,
        admin_display_name="王站长",
        admin_password=PASSWORD,
    )
    try:
        if demo_scale:
            demo.fill_demo(result.context, scale=demo_scale)
    finally:
        result.context.close()
    return result.recovery_code


@pytest.fixture(scope="session")
def station_template(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template") / "station"
    return folder, _make_station(folder)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("demo-template") / "station"
    return folder, _make_station(folder, demo_scale=1)


@pytest.fixture
def station_dir(station_template, tmp_path) -> Path:
    target = tmp_path / "station"
    shutil.copytree(station_template[0], target)
    return target


@pytest.fixture
def recovery_code(station_template) -> str:
    return station_template[1]


@pytest.fixture
def demo_dir(demo_template, tmp_path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_template[0], target)
    return target


@pytest.fixture
def ctx(station_dir):
    from wulian_desk.services.station import station

    context = station.open_station(station_dir, passphrase=PASSWORD, username=USERNAME)
    yield context
    context.close()


@pytest.fixture
def demo_ctx(demo_dir):
    from wulian_desk.services.station import station

    context = station.open_station(demo_dir, passphrase=PASSWORD, username=USERNAME)
    yield context
    context.close()
