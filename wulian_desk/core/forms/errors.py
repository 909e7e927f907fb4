"""The one error a form file can cause: it names the file, the line and the reason."""

from __future__ import annotations

from wulian_desk.core.errors import WulianError


class FormDefinitionError(WulianError):
    """A form file that cannot be used. The other form files still load (see `load_forms`)."""

    def __init__(self, filename: str, line: int, reason_zh: str, reason_en: str = "") -> None:
        super().__init__(
            f"表单文件 {filename} 第 {line} 行：{reason_zh}",
            f"Form file {filename}, line {line}: {reason_en or reason_zh}",
        )
        self.filename = filename
        self.line = line
        self.reason = reason_zh
        self.reason_en = reason_en
