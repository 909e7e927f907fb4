"""The walker (tests/ui/walk_screens.py) on a 1366 x 768 screen, at 100% and at 150% scaling (a
logical screen of about 910 x 512): each in a child pytest, since the screen of Qt's offscreen
platform is configured once, before the application starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
          "dpr": 1}


def walker_env(tmp_path: Path, scale: str) -> dict[str, str]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale,
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_screen_and_dialog_fits_a_1366_by_768_laptop(scale, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(ROOT / "tests" / "ui" / "walk_screens.py"), "-q", "-p", "no:cacheprovider",
         "--basetemp", str(tmp_path / "walk"), "-o", "addopts=--strict-markers"],
        cwd=ROOT, env=walker_env(tmp_path, scale), capture_output=True, text=True, timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-20_000:] + result.stderr[-5_000:]
