"""The layering of DESIGN.md, checked: import-linter contracts from pyproject.toml, and ruff."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_import_contracts_hold():
    result = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower() or "0 broken" in result.stdout.lower()


def test_ruff_is_clean():
    result = subprocess.run([_tool("ruff"), "check", "wulian_desk", "tests", "bench", "dev.py"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_stdlib_sqlite3_is_never_used():
    """Two SQLite libraries in one process is a known way to corrupt a database."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "wulian_desk").rglob("*.py")
        if any(line.strip().startswith(("import sqlite3", "from sqlite3")) for line in p.read_text().splitlines())
    ]
    assert offenders == []
