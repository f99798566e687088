"""What each source supports: every record that cites it, with a label and the page that
shows the record. One flat query per relation to Source (no per-row queries)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from nwfz.registry.languages import LangText, text_language
from nwfz.registry.models import Source
from nwfz.reports.dates import short_date


@dataclass(frozen=True)
class Use:
    what: str  # e.g. "participation event", "meeting"
    label: str
    path: str


def _relations():
    """(model, field name) of every many-to-many relation to Source in registry and
    governance."""
    from django.apps import apps

    for app in ("registry", "governance"):
        for model in apps.get_app_config(app).get_models():
            for f in model._meta.get_fields():
                if isinstance(f, models.ManyToManyField) and f.related_model is Source:
                    yield model, f.name


def source_uses(lang: str) -> dict[int, list[Use]]:
    """Source id -> the records citing it."""
    uses: dict[int, list[Use]] = defaultdict(list)
    for model, name in _relations():
        describe = _DESCRIBERS.get(model.__name__)
        if describe is None:
            continue
        through = getattr(model, name).through
        own = f"{model.__name__.lower()}_id"
        links = list(through.objects.values_list("source_id", own))
        if not links:
            continue
        records = {r.pk: r for r in _query(model).filter(pk__in={o for _, o in links})}
        for source_id, record_id in links:
            record = records.get(record_id)
            if record is not None:
                uses[source_id].append(describe(record, lang))
    return uses


def _query(model):
    related = {
        "ParticipationEvent": ("state", "instrument"),
        "EventAlternative": ("event__state", "event__instrument"),
        "Article": ("instrument",),
        "ChairTerm": ("state", "regime"),
        "Meeting": ("regime",),
        "Decision": ("meeting__regime",),
        "OutcomeDocument": ("regime", "meeting"),
        "ActionItem": ("decision__meeting__regime",),
        "Event": ("regime",),
        "AnniversaryDate": ("regime",),
        "RotationRule": ("regime",),
        "ExtraordinaryMeetingRequest": ("regime",),
        "CoordinationItem": ("regime", "session"),
    }.get(model.__name__, ())
    return model.objects.select_related(*related)


def _gov(regime, anchor: str = "") -> str:
    return reverse("web:governance", args=[regime.slug]) + (f"#{anchor}" if anchor else "")


def _meeting_path(m) -> str:
    return reverse("web:meeting", args=[m.key or m.id])


RECORD_NOUNS = {
    "state": _lazy("state"),
    "regime": _lazy("regime"),
    "instrument": _lazy("instrument"),
    "article": _lazy("article"),
    "participationevent": _lazy("participation event"),
    "eventalternative": _lazy("date given by another source"),
    "chairterm": _lazy("chair term"),
    "rotationrule": _lazy("rotation rule"),
    "organisation": _lazy("organisation"),
    "meeting": _lazy("meeting"),
    "decision": _lazy("decision"),
    "outcomedocument": _lazy("outcome document"),
    "actionitem": _lazy("action item"),
    "event": _lazy("event"),
    "anniversarydate": _lazy("anniversary"),
    "forumsession": _lazy("forum session"),
    "coordinationitem": _lazy("coordination item"),
    "source": _lazy("source"),
    "data_package": _lazy("data package"),
}


def _short(instrument, lang: str) -> str:
    return instrument.localized("short_title", lang) or instrument.localized("title", lang)


def _clipped(text, n: int = 120):
    """The first n characters, still knowing its language."""
    return LangText(text[:n], text_language(text)) if len(text) > n else text


def _event_label(state, event, when, instrument, lang: str) -> str:
    """`when`: the row giving the date (the event, or another source's alternative)."""
    day = short_date(when.date, when.date_precision)
    name = state.localized("name", lang)
    return f"{name}: {event.get_action_display()} {day} ({_short(instrument, lang)})"


_DESCRIBERS = {
    "State": lambda r, lang: Use(
        _("state"), r.localized("name", lang), reverse("web:state", args=[r.code])
    ),
    "Regime": lambda r, lang: Use(
        _("regime"), r.localized("name", lang), reverse("web:regime", args=[r.slug])
    ),
    "Instrument": lambda r, lang: Use(
        _("instrument"), r.localized("title", lang), reverse("web:instrument", args=[r.slug])
    ),
    "Article": lambda r, lang: Use(
        _("article"),
        _("Article %(number)s of %(instrument)s")
        % {"number": r.number, "instrument": _short(r.instrument, lang)},
        reverse("web:instrument", args=[r.instrument.slug]) + f"#article-{r.number}",
    ),
    "ParticipationEvent": lambda r, lang: Use(
        _("participation event"),
        _event_label(r.state, r, r, r.instrument, lang),
        reverse("web:state", args=[r.state.code]),
    ),
    "EventAlternative": lambda r, lang: Use(
        _("date given by another source"),
        _event_label(r.event.state, r.event, r, r.event.instrument, lang),
        reverse("web:state", args=[r.event.state.code]),
    ),
    "ChairTerm": lambda r, lang: Use(
        _("chair term"),
        f"{r.state.localized('name', lang)} {r.start.year}",
        _gov(r.regime, "timeline"),
    ),
    "RotationRule": lambda r, lang: Use(
        _("rotation rule"), r.order.replace(",", ", "), _gov(r.regime, "timeline")
    ),
    "Organisation": lambda r, lang: Use(_("organisation"), r.short_name, reverse("web:sources")),
    "Meeting": lambda r, lang: Use(
        _("meeting"), r.localized("title", lang) or r.get_kind_display(), _meeting_path(r)
    ),
    "Decision": lambda r, lang: Use(
        _("decision"), _clipped(r.localized("text", lang)), _meeting_path(r.meeting)
    ),
    "OutcomeDocument": lambda r, lang: Use(
        _("outcome document"),
        r.localized("title", lang),
        _meeting_path(r.meeting) if r.meeting_id else _gov(r.regime, "meetings"),
    ),
    "ActionItem": lambda r, lang: Use(
        _("action item"),
        r.localized("title", lang),
        _gov(r.decision.meeting.regime, f"action-{r.id}"),
    ),
    "Event": lambda r, lang: Use(
        _("event"), r.localized("title", lang), _gov(r.regime, f"event-{r.id}")
    ),
    "AnniversaryDate": lambda r, lang: Use(
        _("anniversary"), r.localized("title", lang), _gov(r.regime, "anniversaries")
    ),
    "ForumSession": lambda r, lang: Use(
        _("forum session"), r.localized("title", lang), reverse("web:sources")
    ),
    "CoordinationItem": lambda r, lang: Use(
        _("coordination item"),
        r.localized("title", lang),
        _gov(r.regime, f"forum-session-{r.session_id}"),
    ),
}
