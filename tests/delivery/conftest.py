from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory) -> Path:
    """The one-folder Linux app, built once per run as packaging/build.py builds it for a station."""
    if sys.platform != "linux":
        pytest.skip("the frozen Linux build is made on Linux")
    out = tmp_path_factory.mktemp("frozen")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--out", str(out)],
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out / "wulian-desk"
