"""Declarative forms: definitions in forms/*.toml, answers checked, scored, stored and printed.

The renderers (Qt screens, PDF pages) build from the model here; nothing in this package draws.
`load_form_dir` lives in `loading` because it is the one function here that reads files.
"""

from wulian_desk.core.forms.answer_set import AnswerSet, make_answer_set
from wulian_desk.core.forms.answers import answer_problems, validate_answers
from wulian_desk.core.forms.conditions import is_visible
from wulian_desk.core.forms.errors import FormDefinitionError
from wulian_desk.core.forms.masked import mask_answers
from wulian_desk.core.forms.model import (
    Adjustment,
    Band,
    Condition,
    Domain,
    Field,
    FormDefinition,
    Option,
    RepeatGroup,
    Scale,
    Section,
)
from wulian_desk.core.forms.parser import parse_form
from wulian_desk.core.forms.readable import (
    display_value,
    readable_without_definition,
    render_readable,
    render_sections,
    render_stored,
)
from wulian_desk.core.forms.registry import FormRegistry, form_versions, latest_form, load_forms
from wulian_desk.core.forms.scoring import ScaleResult, compute, score_scale

__all__ = [
    "Adjustment", "AnswerSet", "Band", "Condition", "Domain", "Field", "FormDefinition",
    "FormDefinitionError", "FormRegistry", "Option", "RepeatGroup", "Scale", "ScaleResult",
    "Section", "answer_problems", "compute", "display_value", "form_versions", "is_visible",
    "latest_form", "load_forms", "make_answer_set", "mask_answers", "parse_form", "readable_without_definition",
    "render_readable", "render_sections", "render_stored", "score_scale", "validate_answers",
]
