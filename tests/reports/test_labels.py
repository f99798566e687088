"""Labels of record codes: taken from the models' choices, translated in every language."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.db import models
from django.utils import translation

from nwfz.reports.annual import render_annual_report
from nwfz.reports.labels import LABELS, MODEL_LABELS, label
from tests.reports.samples import STATE_NAMES, year_record

APPS = ("governance", "registry")


def choice_fields():
    """(model, field) for every field of the record's models that takes a set of codes."""
    for app in APPS:
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                if isinstance(field, models.Field) and field.choices:
                    yield model, field


@pytest.mark.parametrize("group", sorted(MODEL_LABELS))
def test_every_model_label_group_is_exactly_a_models_choices(group):
    codes = set(MODEL_LABELS[group])
    assert any(
        codes == {value for value, _label in field.choices if value}
        for _model, field in choice_fields()
    ), f"{group}: no model field has exactly these codes: {sorted(codes)}"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_model_choice_has_a_translated_label(lang):
    untranslated = []
    for model, field in choice_fields():
        for value, text in field.choices:
            with translation.override("en"):
                english = str(text)
            with translation.override(lang):
                if str(text) == english:
                    untranslated.append(f"{model.__name__}.{field.name}={value!r}: {english}")
    assert not untranslated, untranslated


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_label_is_translated(lang):
    for group, codes in LABELS.items():
        for code in codes:
            with translation.override("en"):
                english = label(group, code)
            with translation.override(lang):
                assert label(group, code) != english, (group, code)


def test_codes_no_model_has_are_not_labelled():
    assert "action" not in LABELS["decision_kind"]
    assert "work_plan" in LABELS["decision_kind"] and "cancelled" in LABELS["event_status"]


@pytest.mark.parametrize(
    ("lang", "work_plan", "cancelled"),
    [("ru", "план работы", "отменено"), ("kk", "жұмыс жоспары", "болдырылмады")],
)
def test_report_shows_work_plan_and_cancelled_in_its_language(lang, work_plan, cancelled):
    html = render_annual_report(
        year_record(lang), lang=lang, fmt="html", state_names=STATE_NAMES[lang]
    ).decode()
    assert work_plan in html and cancelled in html
    assert "work plan" not in html and ">cancelled<" not in html
