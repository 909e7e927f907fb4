"""The lock files agree with pyproject.toml and with each other: every dependency is pinned with
hashes at a version its specifier allows, the runtime set holds no test tool, and the dev set pins
the runtime packages at the same versions."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)")


def pins(name: str) -> dict[str, str]:
    text = (ROOT / "requirements" / name).read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.strip())
    found = {}
    for block in blocks:
        match = PIN.match(block)
        assert match, block[:80]
        assert "--hash=sha256:" in block, f"{match[1]} has no hash in {name}"
        found[canonicalize_name(match[1])] = match[2]
    return found


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_every_runtime_dependency_is_pinned_within_its_bounds():
    runtime = pins("runtime.lock")
    for spec in project()["dependencies"]:
        req = Requirement(spec)
        version = runtime.get(canonicalize_name(req.name))
        assert version, f"{req.name} is not in runtime.lock"
        assert req.specifier.contains(version, prereleases=True), f"{req.name}=={version} outside {req.specifier}"


def test_the_dev_lock_adds_the_tools_and_keeps_the_runtime_versions():
    runtime, dev = pins("runtime.lock"), pins("dev.lock")
    tools = {canonicalize_name(Requirement(s).name) for s in project()["optional-dependencies"]["dev"]}
    assert not tools & runtime.keys(), "a test or lint tool is in the runtime set"
    assert tools <= dev.keys()
    assert {k: dev.get(k) for k in runtime} == runtime
