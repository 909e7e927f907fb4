"""A stored set of answers: always with the form id and version it was given against.

The JSON carries its own format number so the stored shape can change later without guessing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.answers import validate_answers
from wulian_desk.core.forms.scoring import compute
from wulian_desk.core.texts import translate

FORMAT = 1


@dataclass(frozen=True)
class AnswerSet:
    form_id: str
    form_version: int
    answers: dict[str, object]
    computed: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {"format": FORMAT, "form_id": self.form_id, "form_version": self.form_version,
             "answers": self.answers, "computed": self.computed},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> AnswerSet:
        try:
            data = json.loads(text)
        except (ValueError, TypeError):
            data = None
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("form_id"), str)
            or isinstance(data.get("form_version"), bool)
            or not isinstance(data.get("form_version"), int)
            or not isinstance(data.get("answers"), dict)
            or not isinstance(data.get("format", FORMAT), int)
        ):
            raise ValidationError(translate("core.forms.answer_set", "这份答卷的数据已损坏，无法读取。"))
        if data.get("format", FORMAT) > FORMAT:
            raise ValidationError(
                translate("core.forms.answer_set", "这份答卷由更新版本的软件保存，请升级后再打开。"),
            )
        computed = data.get("computed")
        return cls(data["form_id"], data["form_version"], data["answers"], computed if isinstance(computed, dict) else {})


def make_answer_set(
    form: m.FormDefinition, answers: Mapping[str, object], *, today: date | None = None
) -> AnswerSet:
    """Validate, compute and stamp with the form's id and version: what a save stores."""
    cleaned = validate_answers(form, answers, today=today)
    return AnswerSet(form.id, form.version, cleaned, compute(form, cleaned))
