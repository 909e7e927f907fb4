"""The newest Python the project claims runs the locked dependencies and the core of the suite:
rules, storage (SQLCipher, migrations, key slots), casework services and the sync loop. The rest
of the suite runs on the oldest (3.11), in the main run."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow
NEWEST = ("3.13", "3.12")


def newest_python() -> str | None:
    """A working interpreter of the newest claimed version (a pyenv shim that answers "command not
    found" does not count)."""
    for version in NEWEST:
        candidates = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}*/bin/python{version}")))
        candidates += [found] if (found := shutil.which(f"python{version}")) else []
        for candidate in candidates:
            if subprocess.run([candidate, "-c", "import venv"], capture_output=True).returncode == 0:
                return candidate
    return None


@pytest.mark.skipif(newest_python() is None, reason="no Python 3.12 or 3.13 on this machine")
def test_the_core_of_the_suite_passes_on_the_newest_python(tmp_path):
    env_dir = tmp_path / "venv"
    subprocess.run([newest_python(), "-m", "venv", str(env_dir)], check=True)
    python = str(env_dir / "bin" / "python")
    subprocess.run([python, "-m", "pip", "install", "-q", "--require-hashes", "-r", str(ROOT / "requirements" / "dev.lock")],
                   check=True, capture_output=True, timeout=1200)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "PYTHONPATH": str(ROOT)}
    version = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True,
                             text=True, check=True).stdout
    assert version.strip() in ("(3, 13)", "(3, 12)")
    done = subprocess.run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", "tests/core", "tests/storage",
                           "tests/services/test_cases.py", "tests/sync/test_loop.py"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
