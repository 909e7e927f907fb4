"""Every string of the interface has an English translation, and English is what shows."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.ui.conftest import PASSWORD
from wulian_desk.core.errors import WrongPassphraseError
from wulian_desk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "wulian_desk_en.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_entry_is_translated():
    entries = messages(TS)
    assert len(entries) > 100
    unfinished = [key for key, tr in entries.items() if tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert unfinished == []
    assert (TS.with_suffix(".qm")).stat().st_mtime >= 0


def test_catalogue_has_every_string_in_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "wulian_desk" / "ui").rglob("*.py")) + [str(ROOT / "wulian_desk" / "app.py")]
    subprocess.run([str(lupdate if lupdate.exists() else shutil.which("pyside6-lupdate")), *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS)), "run resources/translations/update.sh and translate"


def test_english_interface(qapp, qtbot, runner, station_dir):
    from wulian_desk.ui.login import LoginWindow

    assert i18n.install(qapp, "en") == "en"
    window = LoginWindow(station_dir, runner)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Wulian Desk - Log in"
    assert window.form.submit_button.text() == "Log in"
    assert i18n.error_text(WrongPassphraseError("用户名或密码不正确。", "The user name or password is not correct.")) \
        == "The user name or password is not correct."
    from wulian_desk.core.vocab import TIERS

    assert i18n.vocab_label(TIERS, "township") == "Township/street station"
    assert PASSWORD  # the station fixture is the shared one


def test_chinese_interface_uses_qt_chinese_buttons(qapp):
    from PySide6.QtCore import QCoreApplication

    i18n.install(qapp, "zh_CN")
    assert not i18n.is_english()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") in ("取消", "Cancel")
