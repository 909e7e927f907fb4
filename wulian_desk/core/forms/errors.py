"""The one error a form file can cause: it names the file, the line and the reason."""

from __future__ import annotations

from wulian_desk.core.errors import WulianError
from wulian_desk.core.texts import Text, translate


class FormDefinitionError(WulianError):
    """A form file that cannot be used. The other form files still load (see `load_forms`)."""

    def __init__(self, filename: str, line: int, reason: Text | str) -> None:
        super().__init__(
            translate("core.forms.errors", "表单文件 {filename} 第 {line} 行：{reason}").format(
                filename=filename, line=line, reason=reason),
        )
        self.filename = filename
        self.line = line
        self._reason = reason

    @property
    def reason(self) -> str:
        """The reason alone, in the language the process shows."""
        return str(self._reason)
