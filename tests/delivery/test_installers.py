"""The installers around the frozen app: the Windows installer script compiles with NSIS (which
runs on Linux too), and the Debian package installs the command, the menu entry, the icon and
the .wlb file type, runs, and uninstalls leaving no program file behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wulian_desk import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def test_the_windows_installer_script_compiles(frozen_app, tmp_path):
    makensis = shutil.which("makensis")
    assert makensis, "NSIS is not installed: python3 dev.py installs it (package nsis)"
    out = tmp_path / f"wulian-desk-{__version__}-setup.exe"  # as shipped (NSIS warns of a bare "setup.exe")
    done = subprocess.run([makensis, "-V2", f"-DVERSION={__version__}", f"-DAPPDIR={frozen_app}", f"-DOUTFILE={out}",
                           str(ROOT / "packaging" / "windows" / "wulian-desk.nsi")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning" not in (done.stdout + done.stderr).lower()
    assert out.read_bytes()[:2] == b"MZ" and out.stat().st_size > 10 * 2**20


@pytest.fixture
def deb(frozen_app, tmp_path) -> Path:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "linux" / "build_deb.py"), "--app", str(frozen_app),
                    "--out", str(tmp_path)], check=True, capture_output=True, timeout=900)
    [built] = tmp_path.glob("wulian-desk_*_amd64.deb")
    return built


def test_the_debian_package_holds_the_app_and_its_desktop_files(deb):
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {__version__}" in info and "libxcb-cursor0" in info
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/wulian-desk/wulian-desk", "./opt/wulian-desk/Wulian Desk", "./usr/bin/wulian-desk -> ",
                 "./usr/share/applications/wulian-desk.desktop", "./usr/share/mime/packages/wulian-desk.xml",
                 "./usr/share/icons/hicolor/256x256/apps/wulian-desk.png", "./usr/share/doc/wulian-desk/copyright"):
        assert path in listing, path
    assert "root/root" in listing and "/home/" not in listing


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0 or not shutil.which("dpkg"),
                    reason="installing a package needs root and dpkg; the package's content is checked above")
def test_the_debian_package_installs_runs_and_uninstalls(deb, tmp_path):
    already = subprocess.run(["dpkg-query", "-W", "wulian-desk"], capture_output=True).returncode == 0
    if already:
        pytest.skip("wulian-desk is installed on this machine; not replacing it")
    subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True)
    try:
        done = subprocess.run(["/usr/bin/wulian-desk", "--version"], capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0 and __version__ in done.stdout
        mime = Path("/usr/share/mime/packages/wulian-desk.xml").read_text()
        assert "*.wlb" in mime
    finally:
        subprocess.run(["dpkg", "-r", "wulian-desk"], check=True, capture_output=True)
    assert not Path("/opt/wulian-desk").exists() and not Path("/usr/bin/wulian-desk").exists()
