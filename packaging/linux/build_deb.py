"""Wrap the one-folder Linux build (packaging/build.py) in a Debian package.

    python3 packaging/linux/build_deb.py [--app dist/wulian-desk] [--out dist]

The package installs the app in /opt/wulian-desk, the command `wulian-desk` in /usr/bin, a menu
entry, the icon, and the .wlb file type, which opens the import screen. Removing the package
leaves every station's data folder alone (it is in each user's home, or where they chose).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "wulian-desk"
# What Qt needs from the system to open a window (the rest is inside the build).
DEPENDS = ("libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3, "
           "libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-randr0, "
           "libxcb-render-util0, libxcb-xinerama0, libxcb-xkb1, libxcb-image0, libx11-xcb1")

DESKTOP = """[Desktop Entry]
Type=Application
Name=Wulian Desk
Name[zh_CN]=五社联动工作台
Comment=Records and reports for social work stations
Comment[zh_CN]=镇街社会工作服务站的记录与上报
Exec="/opt/wulian-desk/Wulian Desk" open %f
Icon=wulian-desk
Terminal=false
Categories=Office;
MimeType=application/x-wulian-bundle;
"""

MIME = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-wulian-bundle">
    <comment>Wulian Desk bundle</comment>
    <comment xml:lang="zh_CN">五社联动工作台数据包</comment>
    <magic priority="80"><match type="string" offset="0" value="WULIAN-BUNDLE/1"/></magic>
    <glob pattern="*.wlb"/>
  </mime-type>
</mime-info>
"""

POSTINST = """#!/bin/sh
set -e
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
"""


def version() -> str:
    return re.search(r'__version__ = "([^"]+)"', (ROOT / "wulian_desk" / "__init__.py").read_text())[1]


def control(size_kib: int) -> str:
    return (f"Package: {NAME}\nVersion: {version()}\nArchitecture: amd64\nSection: misc\nPriority: optional\n"
            f"Maintainer: Wulian Desk <wulian-desk@localhost>\nInstalled-Size: {size_kib}\nDepends: {DEPENDS}\n"
            "Description: 五社联动工作台 Wulian Desk\n"
            " Offline-first records and reports for township and community social work stations:\n"
            " casework, groups, activities, volunteers, organisations, charity and projects,\n"
            " reported to the county by signed, encrypted bundles on a USB stick.\n")


def build(app: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as scratch:
        stage = Path(scratch) / NAME
        shutil.copytree(app, stage / "opt" / NAME, symlinks=True)
        (stage / "usr" / "bin").mkdir(parents=True)
        os.symlink(f"/opt/{NAME}/{NAME}", stage / "usr" / "bin" / NAME)
        files = {
            f"usr/share/applications/{NAME}.desktop": DESKTOP,
            f"usr/share/mime/packages/{NAME}.xml": MIME,
            f"usr/share/doc/{NAME}/copyright": (ROOT / "LICENSE").read_text()
            + "\n\nWenQuanYi Micro Hei:\n" + (ROOT / "resources" / "fonts" / "wqy-microhei.COPYRIGHT").read_text(),
        }
        for rel, text in files.items():
            (stage / rel).parent.mkdir(parents=True, exist_ok=True)
            (stage / rel).write_text(text, encoding="utf-8")
        icon = stage / "usr/share/icons/hicolor/256x256/apps" / f"{NAME}.png"
        icon.parent.mkdir(parents=True)
        shutil.copy2(ROOT / "resources" / "icons" / f"{NAME}.png", icon)
        size = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        (stage / "DEBIAN").mkdir()
        (stage / "DEBIAN" / "control").write_text(control(size), encoding="utf-8")
        (stage / "DEBIAN" / "postinst").write_text(POSTINST)
        (stage / "DEBIAN" / "postinst").chmod(0o755)
        for path in stage.rglob("*"):  # a package's files belong to root and are readable by all
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{NAME}_{version()}_amd64.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(target)], check=True,
                       capture_output=True)
        return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / NAME)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    print(f"built {build(args.app.resolve(), args.out.resolve())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
