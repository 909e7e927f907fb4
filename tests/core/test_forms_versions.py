"""Answers are stored with the form id and version and stay readable after the form changes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import (
    AnswerSet,
    form_versions,
    latest_form,
    load_forms,
    make_answer_set,
    readable_without_definition,
    render_readable,
    render_stored,
    validate_answers,
)

FIXTURES = Path(__file__).resolve().parent / "forms_fixtures"
TODAY = date(2024, 3, 6)


@pytest.fixture
def both_versions():
    texts = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.glob("visit.v*.toml")}
    forms, errors = load_forms(texts)
    assert errors == []
    return forms


@pytest.fixture
def stored_v1(both_versions) -> str:
    v1 = both_versions[("home_visit", 1)]
    answers = {"visit_date": "2024-03-01", "mood": "ok", "notes": "老人说最近睡得不好，女儿周末会来。"}
    return make_answer_set(v1, answers, today=TODAY).to_json()


def test_a_saved_answer_set_carries_its_form_id_and_version(stored_v1):
    data = json.loads(stored_v1)
    assert (data["form_id"], data["form_version"], data["format"]) == ("home_visit", 1, 1)
    assert "老人说最近睡得不好" in stored_v1  # Chinese kept readable in the stored text
    again = AnswerSet.from_json(stored_v1)
    assert again.to_json() == stored_v1
    assert again.answers["mood"] == "ok"


def test_new_answers_use_the_latest_version_while_old_ones_keep_theirs(both_versions, stored_v1):
    assert form_versions(both_versions, "home_visit") == [1, 2]
    assert latest_form(both_versions, "home_visit").version == 2
    assert latest_form(both_versions, "no_such_form") is None
    rows = dict(render_stored(both_versions, stored_v1))
    assert rows == {"家访日期": "2024年3月1日", "服务对象心情": "还好", "家访情况": "老人说最近睡得不好，女儿周末会来。"}


def test_old_answers_do_not_fit_the_new_version(both_versions, stored_v1):
    # Which is why the version is stored: v1 answers read against v2 would lose their meaning.
    with pytest.raises(ValidationError) as caught:
        validate_answers(both_versions[("home_visit", 2)], AnswerSet.from_json(stored_v1).answers, today=TODAY)
    assert caught.value.field == "mood"


def test_rendered_with_the_wrong_version_nothing_is_silently_lost(both_versions, stored_v1):
    answers = AnswerSet.from_json(stored_v1).answers
    rows = dict(render_readable(both_versions[("home_visit", 2)], answers))
    assert rows["家访日期"] == "2024年3月1日"
    assert rows["心情评分"] == "（未填）"
    assert rows["mood"] == "ok" and rows["notes"].startswith("老人说")


def test_answers_stay_readable_when_their_version_is_gone(both_versions, stored_v1):
    only_v2 = {key: form for key, form in both_versions.items() if key[1] == 2}
    rows = render_stored(only_v2, stored_v1)
    assert rows == readable_without_definition(stored_v1)
    assert rows[0] == ("表单", "home_visit 第 1 版（该版本的表单定义已不在，按原始字段显示）")
    assert ("mood", "ok") in rows
    assert ("visit_date", "2024-03-01") in rows


def test_readable_without_definition_shows_items_scores_and_yes_no():
    answer_set = AnswerSet(
        "old_form", 3,
        {"members": [{"name": "李建国", "lives_together": False}], "tags": ["a", "b"], "age": 72.0},
        {"ability": {"total": 66, "max_total": 90, "band": "mild"}, "total_score": 66},
    )
    rows = readable_without_definition(answer_set.to_json())
    assert ("members 第 1 项 · name", "李建国") in rows
    assert ("members 第 1 项 · lives_together", "否") in rows
    assert ("tags", "a、b") in rows
    assert ("age", "72") in rows
    assert ("ability 总分", "66 / 90") in rows
    assert ("ability 等级", "mild") in rows
    assert ("total_score", "66") in rows


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("not json", "已损坏"),
        ('{"form_id": "x", "form_version": "1", "answers": {}}', "已损坏"),
        ('{"form_id": "x", "form_version": 1}', "已损坏"),
        ('{"format": 99, "form_id": "x", "form_version": 1, "answers": {}}', "更新版本的软件"),
    ],
)
def test_a_damaged_or_newer_answer_set_is_refused_with_a_message(text, words):
    with pytest.raises(ValidationError) as caught:
        AnswerSet.from_json(text)
    assert words in str(caught.value)
