"""What the window needs beside the use-case services: whether a station is here and whether it
is a demo station (answered before the database stack has loaded: nothing at module level
imports SQLAlchemy, so the login window appears in a tenth of a second), the interface language
to start in, and unlocking a locked window."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from wulian_desk.core.texts import translate

# The files `storage.store.is_initialised` looks for (storage.engine.DB_FILE and
# storage.keyslots.SLOTS_FILE). Named again here because importing storage pulls in SQLAlchemy
# and SQLCipher (0.7 s); tests/ui/test_ui_support.py holds the two definitions together.
STATION_FILES = ("station.db", "keyslots.json")
DEMO_FILE = "demo.json"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str


def station_present(folder: Path) -> bool:
    folder = Path(folder).expanduser()
    return all((folder / name).is_file() for name in STATION_FILES)


def demo_login(folder: Path) -> DemoLogin | None:
    """The published account of a demo station (made-up data only), or None for a real one."""
    path = Path(folder).expanduser() / DEMO_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    username, password = data.get("username"), data.get("password")
    if not isinstance(username, str) or not isinstance(password, str) or not username:
        return None
    return DemoLogin(username, password)


# The interface language is a station setting inside the encrypted database, but the login
# window appears before anything is unlocked; this plain copy beside the database lets it start
# in the right language. It holds nothing secret.
LANGUAGE_FILE = "ui-language.json"
LANGUAGES = ("zh_CN", "en")


def saved_language(folder: Path) -> str | None:
    try:
        data = json.loads((Path(folder).expanduser() / LANGUAGE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    lang = data.get("language") if isinstance(data, dict) else None
    return lang if lang in LANGUAGES else None


def remember_language(folder: Path, lang: str) -> None:
    if lang not in LANGUAGES:
        return
    try:
        (Path(folder).expanduser() / LANGUAGE_FILE).write_text(json.dumps({"language": lang}), encoding="utf-8")
    except OSError:
        pass  # only a convenience: the setting itself is in the database


def unlock_session(ctx, passphrase: str) -> None:
    """Unlock a locked window: the session's own password (or the recovery code) must open its
    key slot again. Same delays after failures as a login; journalled as an unlock."""
    from wulian_desk.core.errors import WrongPassphraseError
    from wulian_desk.services.station.station import account_that_may_log_in, journal_login

    opened = ctx.store.verify_password(username=ctx.username, password=passphrase)
    if opened is not None and opened != ctx.account_id:  # pragma: no cover - the slot is per user
        raise WrongPassphraseError(translate("services.station.ui_support", "用户名或密码不正确。"))
    if opened is not None:
        account_that_may_log_in(ctx, opened)  # disabled while the window was locked: stays locked
    journal_login(ctx, "unlock")
