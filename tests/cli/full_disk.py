"""Run a command on a real, nearly full file system: a small tmpfs mounted in a private mount
namespace (`unshare --user --map-root-user --mount`), so it needs no root on the host, leaves no
mount behind, and vanishes when the command ends.

The test side calls `on_full_disk`; this module's `__main__` runs inside the namespace: it mounts
the tmpfs, copies the given folders onto it, fills it to leave only `free` bytes, runs the
command, and reports as JSON what the command printed and which files it left on the tmpfs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FILLER = ".filler"


def on_full_disk(mount: Path, *, copy: dict[str, Path], command: list[str], env: dict[str, str],
                 free: int, after: tuple[list[str], ...] = (), size_mib: int = 96) -> dict:
    """`copy` maps names on the tmpfs to folders to copy there; in `command`, `after` and `env`,
    "{disk}" stands for the tmpfs. `after` are commands run once the space is freed again.
    Returns {"returncode", "stderr", "stdout", "files": {name: size}, "after": [{...}]}."""
    unshare = shutil.which("unshare")
    assert unshare, "the full-disk tests need util-linux's unshare (Debian: util-linux)"
    spec = {"mount": str(mount), "copy": {k: str(v) for k, v in copy.items()}, "command": command, "env": env,
            "free": free, "after": list(after), "size_mib": size_mib}
    mount.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([unshare, "--user", "--map-root-user", "--mount", sys.executable, "-m", "tests.cli.full_disk",
                           json.dumps(spec)], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, f"could not run on a tmpfs:\n{done.stderr}"
    return json.loads(done.stdout)


def _inside(spec: dict) -> dict:
    disk = Path(spec["mount"])
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={spec['size_mib']}m,mode=0700", "tmpfs", str(disk)],
                   check=True)
    for name, source in spec["copy"].items():
        shutil.copytree(source, disk / name)
    _fill(disk, spec["free"])
    env = {**os.environ, **{k: v.replace("{disk}", str(disk)) for k, v in spec["env"].items()}}

    def wulian(command: list[str]) -> dict:
        run = subprocess.run([sys.executable, "-m", "wulian_desk", *[p.replace("{disk}", str(disk)) for p in command]],
                             capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=240)
        return {"returncode": run.returncode, "stdout": run.stdout, "stderr": run.stderr}

    result = wulian(spec["command"])
    result["files"] = {str(p.relative_to(disk)): p.stat().st_size for p in sorted(disk.rglob("*"))
                       if p.is_file() and p.name != FILLER}
    (disk / FILLER).unlink(missing_ok=True)
    result["after"] = [wulian(command) for command in spec["after"]]
    return result


def _fill(disk: Path, free: int) -> None:
    stats = os.statvfs(disk)
    spare = stats.f_bavail * stats.f_frsize - free
    if spare > 0:
        with open(disk / FILLER, "wb") as fh:
            os.posix_fallocate(fh.fileno(), 0, spare)


if __name__ == "__main__":
    print(json.dumps(_inside(json.loads(sys.argv[1]))))
