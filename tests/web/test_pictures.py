"""Server-rendered SVG pictures: status spans from the rules, chair strip styles, text
alternatives."""

from datetime import date

import pytest

from nwfz.registry.status import Event, InstrumentTerms
from nwfz.registry.status_history import StatusSpan, status_spans
from nwfz.web import pictures


def test_status_spans_follow_signature_ratification_and_entry_into_force():
    terms = InstrumentTerms(entry_into_force=date(2009, 3, 21))
    events = [Event("signed", date(2006, 9, 8)), Event("ratified", date(2008, 12, 11))]
    assert status_spans(events, terms, date(2010, 1, 1)) == [
        StatusSpan("signed", date(2006, 9, 8), date(2008, 12, 11)),
        StatusSpan("ratified", date(2008, 12, 11), date(2009, 3, 21)),
        StatusSpan("in_force", date(2009, 3, 21), date(2010, 1, 1)),
    ]


def test_no_events_no_spans():
    assert status_spans([], InstrumentTerms(entry_into_force=None), date(2010, 1, 1)) == []


def test_chair_strip_draws_recorded_inferred_and_predicted_terms_differently():
    terms = [
        {"state": "KG", "start": "2022-01-01", "end": "2022-12-31", "basis": "recorded"},
        {"state": "TJ", "start": "2023-01-01", "end": "2023-12-31", "basis": "recorded"},
        {"state": "UZ", "start": "2025-01-01", "end": "2025-12-31", "basis": "predicted"},
    ]
    terms[1]["precision"] = "year"
    svg = pictures.chair_strip("s", terms, title="Chairs")
    assert 'fill="#5fb38c"' in svg and 'fill="url(#s-hatch)"' in svg
    assert 'stroke-dasharray="5 3"' in svg
    assert 'role="img"' in svg and 'aria-labelledby="s-title s-desc"' in svg
    assert '<title id="s-title">Chairs</title>' in svg
    assert [pictures.term_kind(t) for t in terms] == ["recorded", "inferred", "predicted"]


@pytest.mark.django_db
def test_pages_carry_their_pictures_with_text_alternatives(client):
    for url in ("/en/instruments/canwfz/", "/en/states/KZ/", "/en/regimes/canwfz/governance/"):
        html = client.get(url).content.decode()
        assert "<svg" in html and "<desc" in html and "<figcaption>" in html, url
    calendar = client.get("/en/regimes/canwfz/calendar/2026/").content.decode()
    assert 'id="calendar-strip-title"' in calendar and "Eleventh NPT Review Conference" in calendar
    assert "<script" not in calendar


def test_chair_strip_labels_stay_inside_the_picture():
    """A year's label at the right edge was cut off: it turns to the left of its line."""
    import re

    terms = [
        {"state": "KZ", "start": "2026-01-01", "end": "2026-12-31", "basis": "recorded"},
        {"state": "KG", "start": "2027-01-01", "end": "2031-12-31", "basis": "predicted"},
    ]
    svg = pictures.chair_strip("s", terms, title="Chairs", today=date(2031, 12, 30))
    for attrs, text in re.findall(r"<text ([^>]*)>([^<]*)</text>", svg):
        x = float(re.search(r'x="([\d.]+)"', attrs).group(1))
        if "text-anchor" not in attrs:
            assert x + 8 * len(text) <= pictures.WIDTH, (text, x)
        else:
            assert x - 8 * len(text) >= 0, (text, x)
    assert ">2032</text>" in svg


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_status_legend_lists_unknown_in_each_language_inside_the_picture(lang):
    import re

    from django.utils import translation

    row = pictures.TimelineRow(
        "Turkmenistan",
        spans=[
            pictures.Span("unknown", date(2000, 1, 1), date(2010, 1, 1)),
            pictures.Span("in_force", date(2010, 1, 1), date(2020, 1, 1)),
        ],
    )
    with translation.override(lang):
        svg = pictures.participation_timeline(
            "p", [row], first=date(2000, 1, 1), last=date(2020, 1, 1), title="T"
        )
        label = str(pictures.status_label("unknown"))
    assert label != "unknown" and (lang == "en" or label != "not known")
    legend = svg.split('fill="url(#p-unknown)"')
    assert len(legend) == 3, "the span and its legend swatch share the grey hatch"
    assert f">{label}</text>" in legend[2] and '<pattern id="p-unknown"' in svg
    legend_part = svg[svg.index('<rect x="4" ') :]
    legend_texts = re.findall(r'<text ([^>]*font-size="12")>([^<]*)</text>', legend_part)
    assert len(legend_texts) == 6  # five statuses and the event mark
    for attrs, text in legend_texts:
        x = float(re.search(r'x="([\d.]+)"', attrs).group(1))
        assert x + 6.5 * len(text) <= pictures.WIDTH, (text, x)


@pytest.mark.django_db
def test_a_state_page_draws_and_explains_an_unknown_status(client):
    html = client.get("/en/states/TM/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert "not known" in svg and "url(#" in svg and "-unknown)" in svg
