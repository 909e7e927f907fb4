"""Checking a whole draft record: every problem at once, one per field, for a window that marks
them all while the user types. The services still stop at the first problem (`raise_first`), so a
record is checked by the same rules whichever way it arrives."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import Text, translate


def missing(field: str, label: Text) -> ValidationError:
    """The one wording of "this must be filled in"."""
    return ValidationError(translate("core.text", "请填写{label}。").format(label=label), field=field)


def collect_errors(checks: Iterable[Callable[[], object]]) -> list[ValidationError]:
    """Run independent checks, each of which raises on its first problem, and keep each one's
    error; a field already refused keeps its first message."""
    errors: list[ValidationError] = []
    seen: set[str | None] = set()
    for check in checks:
        try:
            check()
        except ValidationError as err:
            if err.field is None or err.field not in seen:
                errors.append(err)
                seen.add(err.field)
    return errors


def raise_first(errors: list[ValidationError]) -> None:
    if errors:
        raise errors[0]
