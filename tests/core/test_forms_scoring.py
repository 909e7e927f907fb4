"""The shipped forms, and the scored scales: GB/T 42195 老年人能力评估 totals and grades above all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wulian_desk.core.forms import (
    compute,
    load_forms,
    make_answer_set,
    parse_form,
    render_readable,
    score_scale,
    validate_answers,
)
from wulian_desk.core.forms.loading import load_form_dir

FORMS = Path(__file__).resolve().parents[2] / "forms"
TODAY = date(2024, 3, 6)

SHIPPED = {
    "intake": "接案登记表",
    "needs_assessment": "需求评估表",
    "elder_ability": "老年人能力评估表",
    "child_needs": "儿童需求评估表",
    "service_plan": "服务计划表",
    "process_record": "个案服务过程记录表",
    "referral": "个案转介表",
    "closure": "结案评估表",
    "supervision": "个案督导记录表",
    "group_measure": "小组工作前后测问卷",
}


def _load(name: str):
    return parse_form((FORMS / f"{name}.v1.toml").read_text(encoding="utf-8"), filename=f"{name}.v1.toml")


ELDER = _load("elder_ability")
ABILITY = ELDER.scale("ability")


@pytest.mark.parametrize("form_id", sorted(SHIPPED))
def test_every_shipped_form_parses(form_id):
    form = _load(form_id)
    assert (form.id, form.version) == (form_id, 1)
    assert form.title_zh == SHIPPED[form_id]
    assert form.title_en
    assert all(e.label_zh and e.label_en for e in form.entries())


def test_the_forms_folder_loads_without_errors():
    forms, errors = load_form_dir(FORMS)
    assert errors == []
    assert set(forms) == {(form_id, 1) for form_id in SHIPPED}


def test_the_shipped_forms_have_their_required_parts():
    plan = _load("service_plan")
    assert plan.entry("goals").min_items == 1
    assert {f.key for f in plan.entry("tasks").fields} >= {"task", "who", "by_when"}
    assert plan.entry("review_date").required
    assert _load("group_measure").scale("group_outcome").items


def test_elder_ability_follows_gb_t_42195():
    domains = {d.zh: d.code for d in ABILITY.domains}
    assert list(domains) == ["自理能力", "基础运动能力", "精神状态", "感知觉与社会参与"]
    labels = {
        code: [ELDER.entry(k).label_zh for k in ABILITY.items if ELDER.entry(k).domain == code]
        for code in domains.values()
    }
    assert labels["self_care"] == ["进食", "修饰", "洗澡", "穿/脱上衣", "穿/脱裤子和鞋袜", "小便控制", "大便控制", "如厕"]
    assert labels["mobility"] == ["床上体位转移", "床椅转移", "平地行走", "上下楼梯"]
    assert labels["mental"] == ["时间定向", "空间定向", "人物定向", "记忆", "理解能力", "表达能力", "攻击行为", "抑郁症状", "意识水平"]
    assert labels["perception_social"] == ["视力", "听力", "执行日常事务", "使用交通工具外出", "社会交往能力"]
    best = {k: max(ELDER.entry(k).options, key=lambda o: o.score).code for k in ABILITY.items}
    subtotals = score_scale(ELDER, ABILITY, best).subtotals
    assert subtotals == {"self_care": 32, "mobility": 15, "mental": 28, "perception_social": 15}
    assert (ABILITY.min_total, ABILITY.max_total) == (0, 90)


def test_elder_bands_cover_0_to_90_without_gaps_or_overlaps():
    for total in range(0, 91):
        assert sum(1 for b in ABILITY.bands if b.min <= total <= b.max) == 1, total
    assert [(b.min, b.max, b.label_zh) for b in ABILITY.bands] == [
        (0, 29, "能力完全丧失（完全失能）"),
        (30, 45, "能力重度受损（重度失能）"),
        (46, 65, "能力中度受损（中度失能）"),
        (66, 89, "能力轻度受损（轻度失能）"),
        (90, 90, "能力完好"),
    ]


def _elder_answers(scores: dict[str, str] | None = None, **extra) -> dict:
    best = {k: max(ELDER.entry(k).options, key=lambda o: o.score).code for k in ABILITY.items}
    return {
        "assessment_date": "2024-03-05", "assessment_reason": "first", "elder_name": "张秀兰",
        "informant": "self", "assessor": "王芳", "dementia_or_mental_disorder": False,
        "risk_events_30d": False, **best, **(scores or {}), **extra,
    }


# A realistic older woman living alone: needs prompting for most self-care, walks with a stick,
# mildly forgetful, low mood, poor sight and hearing. Totals 24 + 11 + 23 + 8 = 66.
MID_CASE = {
    "eating": "independent", "grooming": "prompted", "bathing": "mostly_self", "dressing_upper": "prompted",
    "dressing_lower": "mostly_self", "bladder": "night_issues", "bowel": "normal", "toileting": "prompted",
    "bed_mobility": "independent", "bed_chair_transfer": "prompted", "walking": "supervised", "stairs": "mostly_self",
    "time_orientation": "slightly_reduced", "place_orientation": "knows_address", "person_orientation": "all",
    "memory": "mild", "understanding": "slower", "expression": "normal", "aggression": "not_seen",
    "depression": "seen", "consciousness": "alert",
    "vision": "limited", "hearing": "limited", "daily_affairs": "some_help", "transport": "accompanied",
    "social_contact": "simple",
}


def test_all_best_answers_give_90_and_intact():
    answer_set = make_answer_set(ELDER, _elder_answers(), today=TODAY)
    assert answer_set.computed["total_score"] == 90
    assert answer_set.computed["final_grade"] == "intact"
    rows = dict(render_readable(ELDER, answer_set.answers, answer_set.computed))
    assert rows["总分"] == "90 分（满分 90）"
    assert rows["老年人能力最终等级"] == "能力完好"
    assert rows["进食"] == "独立使用器具进食并咽下，无呛咳（4 分）"


def test_a_realistic_mid_case_is_mildly_impaired_at_the_boundary():
    computed = compute(ELDER, validate_answers(ELDER, _elder_answers(MID_CASE), today=TODAY))
    assert computed["ability"]["subtotals"] == {"self_care": 24, "mobility": 11, "mental": 23, "perception_social": 8}
    assert computed["total_score"] == 66
    assert computed["preliminary_grade"] == computed["final_grade"] == "mild"
    one_less = compute(ELDER, _elder_answers({**MID_CASE, "social_contact": "passive"}))
    assert one_less["total_score"] == 65
    assert one_less["final_grade"] == "moderate"


def test_a_diagnosis_raises_the_grade_one_level_and_two_reasons_still_one():
    raised = compute(ELDER, _elder_answers(MID_CASE, dementia_or_mental_disorder=True))
    assert (raised["preliminary_grade"], raised["final_grade"]) == ("mild", "moderate")
    both = compute(ELDER, _elder_answers(MID_CASE, dementia_or_mental_disorder=True, risk_events_30d=True, risk_event_kinds=["fall"]))
    assert both["final_grade"] == "moderate"
    assert len(both["ability"]["adjusted_by"]) == 2
    rows = dict(render_readable(ELDER, _elder_answers(MID_CASE, dementia_or_mental_disorder=True)))
    assert rows["老年人能力最终等级"].startswith("能力中度受损（中度失能）（依据：确诊为痴呆")
    assert rows["老年人能力初步等级"] == "能力轻度受损（轻度失能）"


def test_coma_is_complete_loss_whatever_the_total():
    computed = compute(ELDER, _elder_answers(consciousness="coma"))
    assert computed["total_score"] == 88
    assert computed["preliminary_grade"] == "mild"
    assert computed["final_grade"] == "complete_loss"


def test_the_lowest_grade_is_not_raised_further():
    worst = {k: min(ELDER.entry(k).options, key=lambda o: o.score).code for k in ABILITY.items}
    computed = compute(ELDER, _elder_answers(worst, dementia_or_mental_disorder=True))
    assert computed["total_score"] == 0
    assert computed["final_grade"] == "complete_loss"


def test_no_grade_until_every_item_is_answered():
    answers = _elder_answers()
    del answers["stairs"]
    computed = compute(ELDER, answers)
    assert computed["total_score"] == 87
    assert computed["final_grade"] is None
    assert computed["ability"]["complete"] is False
    rows = dict(render_readable(ELDER, answers))
    assert rows["总分"] == "87 分（已答 25/26 题，未答完）"
    assert rows["老年人能力最终等级"] == "（未答完，暂不分级）"


_ITEM_CHOICES = {k: st.sampled_from([o.code for o in ELDER.entry(k).options]) for k in ABILITY.items}


@settings(max_examples=300, deadline=None)
@given(items=st.fixed_dictionaries(_ITEM_CHOICES), dementia=st.booleans(), risk=st.booleans())
def test_any_elder_answers_give_a_total_in_0_90_and_exactly_one_grade(items, dementia, risk):
    answers = _elder_answers(items, dementia_or_mental_disorder=dementia, risk_events_30d=risk)
    if risk:
        answers["risk_event_kinds"] = ["fall", "wandering"]
    cleaned = validate_answers(ELDER, answers, today=TODAY)
    result = compute(ELDER, cleaned)["ability"]
    assert 0 <= result["total"] <= 90
    assert sum(result["subtotals"].values()) == result["total"]
    assert [b.code for b in ABILITY.bands if b.min <= result["total"] <= b.max] == [result["preliminary_band"]]
    assert result["band"] in {b.code for b in ABILITY.bands}
    codes = [b.code for b in ABILITY.bands]  # worst first
    assert codes.index(result["band"]) <= codes.index(result["preliminary_band"])  # never better
    if items["consciousness"] == "coma":
        assert result["band"] == "complete_loss"


def test_a_sign_of_harm_puts_a_child_in_priority_whatever_the_score():
    child = _load("child_needs")
    scale = child.scale("child_need")
    answers = {k: "none" for k in scale.items}
    assert compute(child, answers)["attention_level"] == "general"
    answers["harm_signs"] = True
    assert compute(child, answers)["attention_level"] == "priority"
    answers.update({k: "pressing" for k in scale.items})
    assert compute(child, answers)["need_total"] == 12


def test_group_measure_reverse_item_and_bands():
    group = _load("group_measure")
    scale = group.scale("group_outcome")
    assert (scale.min_total, scale.max_total) == (8, 40)
    agree_all = {k: "strongly_agree" for k in scale.items}
    computed = compute(group, agree_all)
    # "我经常感到孤单" is scored in reverse: strongly agreeing scores 1, not 5.
    assert computed["total"] == 7 * 5 + 1
    assert computed["level"] == "high"
    assert compute(group, {k: "unsure" for k in scale.items})["level"] == "medium"


@settings(max_examples=100, deadline=None)
@given(st.fixed_dictionaries({k: st.sampled_from(["strongly_disagree", "disagree", "unsure", "agree", "strongly_agree"])
                              for k in _load("group_measure").scale("group_outcome").items}))
def test_any_group_measure_answers_give_one_level(items):
    group = _load("group_measure")
    result = compute(group, items)["group_outcome"]
    assert 8 <= result["total"] <= 40
    assert result["band"] in {"low", "medium", "high"}


def test_hidden_scale_items_neither_count_nor_block_the_grade():
    text = (
        'id = "t"\nversion = 1\ntitle_zh = "测试"\n[[sections]]\ntitle = "一"\n'
        '[[sections.fields]]\nkey = "has_child"\ntype = "yes_no"\nlabel_zh = "有孩子"\n'
        '[[sections.fields]]\nkey = "q1"\ntype = "scale_item"\nlabel_zh = "一"\nscale = "s"\n'
        'options = [{ code = "a", zh = "甲", score = 0 }, { code = "b", zh = "乙", score = 2 }]\n'
        '[[sections.fields]]\nkey = "q2"\ntype = "scale_item"\nlabel_zh = "二"\nscale = "s"\n'
        'visible_if = { field = "has_child", equals = true }\n'
        'options = [{ code = "a", zh = "甲", score = 0 }, { code = "b", zh = "乙", score = 2 }]\n'
        '[[scales]]\nkey = "s"\nlabel_zh = "总分"\n'
        'bands = [{ min = 0, max = 1, code = "low", label_zh = "低" }, { min = 2, max = 4, code = "high", label_zh = "高" }]\n'
    )
    form = parse_form(text, filename="t.toml")
    result = compute(form, {"has_child": False, "q1": "b", "q2": "b"})["s"]
    assert (result["total"], result["items"], result["band"]) == (2, 1, "high")


def test_load_forms_keys_by_id_and_version():
    forms, errors = load_forms({"elder.toml": (FORMS / "elder_ability.v1.toml").read_text(encoding="utf-8")})
    assert errors == [] and list(forms) == [("elder_ability", 1)]
