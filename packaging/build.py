"""Build the frozen one-folder app from a clean environment holding only the locked runtime set.

    python3 packaging/build.py [--out DIR]

1. A new virtual environment in build/freeze-env gets requirements/build.lock (the runtime set and
   PyInstaller, each checked against its hash) and nothing else.
2. The app is built as a wheel and installed there, so the frozen app holds what a wheel holds.
3. PyInstaller runs packaging/wulian-desk.spec with a Windows version resource from the package
   version. The result is DIR/wulian-desk/ (default dist/), with the windowed "Wulian Desk" and the
   console "wulian-desk" executables, LICENSE and the font's licence beside them.
4. The build is refused if a test or lint tool slipped into it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
LOCK = ROOT / "requirements" / "build.lock"
DEV_ONLY = ("pytest", "pytestqt", "hypothesis", "importlinter", "ruff", "_pytest")


def run(cmd: list[str], **kw) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def version() -> str:
    text = (ROOT / "wulian_desk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text)[1]


def version_resource(path: Path) -> None:
    """The Windows version resource (file properties → Details), from the package version."""
    parts = tuple(int(p) for p in re.findall(r"\d+", version())[:3]) + (0,)
    strings = {
        "CompanyName": "Wulian Desk", "FileDescription": "五社联动工作台 Wulian Desk",
        "FileVersion": version(), "ProductName": "五社联动工作台 Wulian Desk",
        "ProductVersion": version(), "LegalCopyright": "Apache-2.0", "InternalName": "wulian-desk",
        "OriginalFilename": "wulian-desk.exe",
    }
    table = ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"VSVersionInfo(ffi=FixedFileInfo(filevers={parts}, prodvers={parts}, mask=0x3f, flags=0x0, "
        f"OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)), kids=[StringFileInfo([StringTable("
        f"'080404B0', [{table}])]), VarFileInfo([VarStruct('Translation', [2052, 1200])])])\n",
        encoding="utf-8")


def build(out: Path) -> Path:
    env_dir = BUILD / "freeze-env"
    shutil.rmtree(env_dir, ignore_errors=True)
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run([str(python), "-m", "pip", "install", "-q", "--require-hashes", "-r", str(LOCK)])
    wheels = BUILD / "freeze-wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    run([str(python), "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)])
    run([str(python), "-m", "pip", "install", "-q", "--no-deps", *map(str, wheels.glob("*.whl"))])
    work = BUILD / "pyinstaller"
    version_resource(work / "version_info.txt")
    # Run from outside the source tree, so the wheel's package is the one frozen.
    run([str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--workpath", str(work), "--distpath", str(out), str(ROOT / "packaging" / "wulian-desk.spec")],
        cwd=BUILD)
    app = out / "wulian-desk"
    for licence in (ROOT / "LICENSE", ROOT / "resources" / "fonts" / "wqy-microhei.COPYRIGHT"):
        shutil.copy2(licence, app / licence.name)  # beside the executables, where people look
    slipped = sorted({p.name for p in app.rglob("*") if p.name.split(".")[0] in DEV_ONLY})
    if slipped:
        sys.exit(f"the build holds development packages: {', '.join(slipped)}")
    return app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    print(f"built {build(args.out.resolve())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
