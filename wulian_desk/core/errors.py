"""Known errors: things a user can cause or fix, each with a message fit to show as is.

Anything that is not a `WulianError` is a bug and goes to the crash dialog (window) or the log
with a traceback (command line). A message is a `Text` (core/texts.py): a Chinese template
marked for the translation catalogue and its values, shown in the reader's language.
"""

from __future__ import annotations

from wulian_desk.core.texts import Text, translate


class WulianError(Exception):
    """A known error. `str(err)` is the message for the user."""

    exit_code = 1

    def __init__(self, message: Text | str) -> None:
        super().__init__(message)
        self.text = message

    @property
    def message(self) -> str:
        """The message in the language the process shows (Chinese unless the window is English)."""
        return str(self.text)

    def __str__(self) -> str:
        return self.message


class ValidationError(WulianError):
    """Input that breaks a rule; `field` names the input that is wrong, when there is one."""

    exit_code = 2

    def __init__(self, message: Text | str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(WulianError):
    exit_code = 3


class WrongPassphraseError(WulianError):
    exit_code = 4


class LockedOutError(WrongPassphraseError):
    """Too many failed logins: the account waits before it may try again."""

    exit_code = 13


class AccountDisabledError(WrongPassphraseError):
    exit_code = 14


class NotInitialisedError(WulianError):
    exit_code = 5


class AlreadyInitialisedError(WulianError):
    exit_code = 5


class DataDirError(WulianError):
    """The data folder is missing, not a folder, or cannot be written."""

    exit_code = 6


class NewerSchemaError(WulianError):
    exit_code = 7


class DatabaseLockedError(WulianError):
    exit_code = 8


class DiskFullError(WulianError):
    exit_code = 9


class CorruptDatabaseError(WulianError):
    exit_code = 10


class PolicyError(WulianError):
    """A policy profile file that cannot be used."""

    exit_code = 11


class PermissionDenied(WulianError):
    exit_code = 12


class Cancelled(WulianError):
    """The user cancelled a running task; nothing was changed."""

    exit_code = 130

    def __init__(self) -> None:
        super().__init__(translate("Errors", "操作已取消，未做任何更改。"))


class BundleError(WulianError):
    """A bundle or enrolment file refused; `reason` is a stable code for tests and logs (see
    docs/bundle-format.md), the message says it in words."""

    exit_code = 15

    def __init__(self, reason: str, message: Text | str) -> None:
        super().__init__(message)
        self.reason = reason


class KeyringLockedError(WulianError):
    """The OS keyring is there but locked (not unlocked at login, or refusing access): the
    station's device secret cannot be read or kept until the user unlocks it."""

    exit_code = 16
