"""Growing delays after failed logins, kept in a small file beside the database.

Failed attempts happen before the database can be opened, so they cannot go into it; this file
counts them per account (by the same keyed hash of the user name the key slots use, never the
name itself) and keeps the times of recent failures until the next successful login copies them
into the audit journal. Argon2id already makes each guess slow; the delay makes guessing a
password at the keyboard of a shared PC slower still.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from wulian_desk.core.errors import LockedOutError
from wulian_desk.core.texts import translate
from wulian_desk.storage.atomic import write_atomic
from wulian_desk.storage.file_lock import exclusive

GUARD_FILE = "login-guard.json"
FREE_ATTEMPTS = 3
FIRST_DELAY_S = 15
MAX_DELAY_S = 15 * 60
MAX_PENDING = 200


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` consecutive failures: 0, 0, 0, 15, 30, 60 ... 900."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S)


class LoginGuard:
    def __init__(self, folder: Path, *, clock=None) -> None:
        self.path = Path(folder) / GUARD_FILE
        self._clock = clock

    def clock(self) -> float:
        return self._clock() if self._clock else time.time()

    def _load(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save(self, data: dict) -> None:
        try:
            write_atomic(self.path, json.dumps(data).encode())
        except OSError:
            pass  # a read-only folder must not stop a correct login

    def check(self, tag: str) -> None:
        """Refuse at once, without trying the password, while the account's delay runs."""
        entry = self._load().get("accounts", {}).get(tag)
        if not entry:
            return
        wait = entry["last"] + delay_after(entry["failures"]) - self.clock()
        if wait > 0:
            minutes, seconds = divmod(int(wait + 0.999), 60)
            when = translate("storage.login_guard", "{minutes} 分 {seconds} 秒").format(minutes=minutes, seconds=seconds) \
                if minutes else translate("storage.login_guard", "{seconds} 秒").format(seconds=seconds)
            raise LockedOutError(
                translate("storage.login_guard", "登录失败次数过多（连续 {entry} 次），该账号已暂时锁定，请 {when}后再试；忘记密码请找站长重设。").format(entry=entry['failures'], when=when),
            )

    def failed(self, tag: str) -> None:
        try:
            with exclusive(self.path.with_name(self.path.name + ".lock")):
                self._count_failure(tag)
        except OSError:
            pass  # a read-only folder: the delay cannot be kept, the login is still refused

    def _count_failure(self, tag: str) -> None:
        data = self._load()
        accounts = data.setdefault("accounts", {})
        entry = accounts.setdefault(tag, {"failures": 0, "last": 0})
        entry["failures"] += 1
        entry["last"] = self.clock()
        pending = data.setdefault("pending", [])
        pending.append({"tag": tag, "at": entry["last"]})
        data["pending"] = pending[-MAX_PENDING:]
        self._save(data)

    def succeeded(self, *tags: str) -> list[dict]:
        """Clear the counts of `tags` (what was typed, the slot that matched); return (and
        forget) the failures awaiting the journal."""
        try:
            with exclusive(self.path.with_name(self.path.name + ".lock")):
                return self._clear(tags)
        except OSError:
            return []

    def _clear(self, tags: tuple[str, ...]) -> list[dict]:
        data = self._load()
        for tag in tags:
            data.get("accounts", {}).pop(tag, None)
        pending = data.pop("pending", [])
        self._save(data)
        return pending
