#!/usr/bin/env python3
"""Set up and run Wulian Desk from a source checkout, on a machine that has only python3.

    python3 dev.py demo    open the app on a demo station (made on first use in .demo-station/)
    python3 dev.py test    run the whole test suite (offscreen)
    python3 dev.py screenshots   regenerate docs/screenshots/ (every screen, Chinese and English, 1366x768)

It makes a virtual environment in .venv, installs the app with its test tools, and on Debian or
Ubuntu installs the system libraries Qt needs to start (with apt-get as root, or sudo).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEV_LOCK = ROOT / "requirements" / "dev.lock"  # runtime and test tools, pinned with hashes
DEMO_DIR = ROOT / ".demo-station"
DEMO_USER = "admin"
DEMO_PASSWORD = "demo-pass-2026"  # public on purpose: the demo station holds only made-up data

# Qt's runtime libraries (xcb for a real window, EGL/GL, fonts), and the tools the tests drive:
# the standard `age` and `openssl` (bundle checks), poppler (reading PDFs back), NSIS (compiling
# the Windows installer).
DEBIAN_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libfreetype6",
    "libdbus-1-3", "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-shape0", "libxcb-randr0", "libxcb-render-util0", "libxcb-xinerama0", "libxcb-xkb1",
    "libxcb-image0", "libx11-xcb1",
    "age", "openssl", "poppler-utils", "nsis",
]


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(cmd: list[str], **kw) -> None:
    subprocess.run(cmd, check=True, **kw)


def missing_debian_packages() -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for pkg in DEBIAN_PACKAGES:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
        if "install ok installed" not in out.stdout:
            missing.append(pkg)
    return missing


def install_system_packages(extra: list[str] = ()) -> None:
    missing = missing_debian_packages() + [p for p in extra if p not in DEBIAN_PACKAGES]
    if not missing or not shutil.which("apt-get"):
        return
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None:
        say("请先以 root 身份安装这些系统软件包 / install these packages as root first:")
        say("apt-get install -y " + " ".join(missing))
        sys.exit(1)
    say("安装系统软件包 / installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(prefix + ["apt-get", "update", "-q"], env=env)
    run(prefix + ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], env=env)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    python = venv_python()
    if not python.exists():
        say("建立虚拟环境 / creating .venv")
        try:
            run([sys.executable, "-m", "venv", str(VENV)])
        except subprocess.CalledProcessError:
            # Debian ships venv without ensurepip until python3-venv is installed.
            shutil.rmtree(VENV, ignore_errors=True)
            version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
            install_system_packages(["python3-venv", version])
            run([sys.executable, "-m", "venv", str(VENV)])
    stamp = VENV / ".installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + DEV_LOCK.read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != wanted:
        say("安装依赖 / installing dependencies (first run takes a few minutes)")
        run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        # Exactly the versions the tests pass on, each checked against its hash; then the app itself.
        run([str(python), "-m", "pip", "install", "-q", "--require-hashes", "-r", str(DEV_LOCK)])
        run([str(python), "-m", "pip", "install", "-q", "--no-deps", "-e", str(ROOT)])
        stamp.write_text(wanted)
    return python


def ensure_demo_station(python: Path) -> None:
    if (DEMO_DIR / "station.db").exists():
        return
    say("建立演示站点 / creating the demo station in .demo-station/")
    env = dict(os.environ, WULIAN_DESK_PASSPHRASE=DEMO_PASSWORD)
    cli = [str(python), "-m", "wulian_desk", "--data-dir", str(DEMO_DIR)]
    run(cli + ["init", "--tier", "township", "--name", "首善街道社会工作服务站", "--code", "610326001",
               "--admin", DEMO_USER, "--admin-name", "王站长"], env=env, stdout=subprocess.DEVNULL)
    run(cli + ["demo", "--scale", "5"], env=env)
    (DEMO_DIR / "demo.json").write_text(json.dumps({"username": DEMO_USER, "password": DEMO_PASSWORD}))


def has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_demo(args: list[str]) -> int:
    install_system_packages()
    python = ensure_venv()
    ensure_demo_station(python)
    say(f"演示站点账号 {DEMO_USER}，密码 {DEMO_PASSWORD} / demo user {DEMO_USER}, password {DEMO_PASSWORD}")
    cli = [str(python), "-m", "wulian_desk", "--data-dir", str(DEMO_DIR), *args]
    if not has_display():
        out = ROOT / "demo-overview.png"
        say("这台机器没有图形显示，改为离屏渲染总览界面 / no display here: rendering the overview offscreen")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WULIAN_DESK_PASSPHRASE=DEMO_PASSWORD)
        run(cli + ["--user", DEMO_USER, "screenshot", "overview", "--out", str(out)], env=env)
        return 0
    return subprocess.call(cli)


def cmd_screenshots(args: list[str]) -> int:
    install_system_packages()
    python = ensure_venv()
    ensure_demo_station(python)
    out = ROOT / "docs" / "screenshots"
    env = dict(os.environ, WULIAN_DESK_PASSPHRASE=DEMO_PASSWORD, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.pop("QT_QPA_PLATFORM", None)  # the command renders offscreen on a 1366 x 768 screen
    cli = [str(python), "-m", "wulian_desk", "--data-dir", str(DEMO_DIR), "--user", DEMO_USER]
    return subprocess.call(cli + ["screenshot", "--all", "--out", str(out), *args], env=env)


def cmd_test(args: list[str]) -> int:
    install_system_packages()
    python = ensure_venv()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)


def main() -> int:
    commands = {"demo": cmd_demo, "test": cmd_test, "screenshots": cmd_screenshots}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
