"""Startup figures for the window, next to a floor measured in the same run.

    python bench/bench_startup.py [--runs 5] [--scale 20]

(a) launch -> a bare PySide6 QWidget on screen (the floor: what any Qt program costs here);
(b) launch -> the login window of `python -m wulian_desk --data-dir DIR`;
(c) on a demo station of `--scale` (200 x scale assets): pressing Enter on the login window ->
    the main window shown, and -> its overview loaded.
Everything runs offscreen (QT_QPA_PLATFORM=offscreen), each figure is the median of --runs fresh
processes. The app reports its moments through the WULIAN_DESK_BENCH_EXIT hook in wulian_desk/app.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PREFIX = "WULIAN_DESK_BENCH"  # wulian_desk.app.BENCH_PREFIX, repeated so this file imports nothing of the app
DEMO_PASSWORD = "bench-pass-2026"  # a throwaway demo station: made-up data only

FLOOR = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(440, 480)
window.show()
QTimer.singleShot(0, lambda: (print("WULIAN_DESK_BENCH floor_shown", time.time(), flush=True), app.exit(0)))
app.exec()
"""


def offscreen_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    return env


def launch(cmd: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """Run one process; return its launch time and the moments it printed."""
    started = time.time()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    moments = {}
    for line in result.stdout.splitlines():
        if line.startswith(PREFIX):
            _, name, stamp = line.split()[:3]
            moments[name] = float(stamp)
    return started, moments


def make_demo_station(folder: Path, scale: int) -> None:
    cli = [sys.executable, "-m", "wulian_desk", "--data-dir", str(folder)]
    env = offscreen_env(WULIAN_DESK_PASSPHRASE=DEMO_PASSWORD)
    subprocess.run(cli + ["init", "--tier", "township", "--name", "基准测试街道社会工作服务站", "--admin", "admin"],
                   env=env, check=True, capture_output=True)
    subprocess.run(cli + ["demo", "--scale", str(scale)], env=env, check=True, capture_output=True)
    (folder / "demo.json").write_text(json.dumps({"username": "admin", "password": DEMO_PASSWORD}))


def measure(runs: int, scale: int, workdir: Path) -> dict[str, list[float]]:
    demo = workdir / "demo-station"
    made = time.perf_counter()
    make_demo_station(demo, scale)
    print(f"demo station at scale {scale} ({200 * scale} assets) made in {time.perf_counter() - made:.1f} s\n")
    app = [sys.executable, "-m", "wulian_desk", "--data-dir", str(demo)]
    figures: dict[str, list[float]] = {k: [] for k in ("floor", "login", "preload", "main", "ready")}
    for _ in range(runs):
        # Interleaved, so a slow moment of the machine touches every figure alike.
        start, seen = launch([sys.executable, "-c", FLOOR], offscreen_env())
        figures["floor"].append(seen["floor_shown"] - start)
        start, seen = launch(app, offscreen_env(WULIAN_DESK_BENCH_EXIT="login"))
        figures["login"].append(seen["login_shown"] - start)
        start, seen = launch(app, offscreen_env(WULIAN_DESK_BENCH_EXIT="main"))
        figures["preload"].append(seen["login_submit"] - start)
        figures["main"].append(seen["main_shown"] - seen["login_submit"])
        figures["ready"].append(seen["main_ready"] - seen["login_submit"])
    return figures


def report(figures: dict[str, list[float]], runs: int, scale: int) -> None:
    floor = statistics.median(figures["floor"])
    rows = [
        ("floor", "(a) launch -> bare QWidget shown", floor),
        ("login", "(b) launch -> login window shown", None),
        ("preload", "    launch -> database stack imported (background)", None),
        ("main", f"(c) login -> main window shown (scale {scale})", None),
        ("ready", "    login -> overview loaded", None),
    ]
    print(f"medians of {runs} runs, offscreen, Python {sys.version.split()[0]}")
    print(f"{'':52} {'seconds':>8} {'x floor':>8} {'min':>7} {'max':>7}")
    for key, label, _ in rows:
        values = figures[key]
        median = statistics.median(values)
        print(f"{label:52} {median:8.3f} {median / floor:8.2f} {min(values):7.3f} {max(values):7.3f}")
    goal = 1.5 * floor
    login = statistics.median(figures["login"])
    print(f"\nlogin window goal: within 1.5 x floor = {goal:.3f} s -> {'met' if login <= goal else 'NOT met'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wulian-bench-") as tmp:
        figures = measure(args.runs, args.scale, Path(tmp))
    report(figures, args.runs, args.scale)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
