"""Calendar items (meetings, events, forum sessions, anniversaries, deadlines) for the
feed, the pages and the annual report."""

from __future__ import annotations

from datetime import date

from django.utils import translation
from django.utils.translation import gettext as _

from nwfz.governance.models import CoordinationItem, DeadlineRule, Event
from nwfz.governance.records import CalendarItem
from nwfz.governance.selectors.commemorations import events_in, upcoming_anniversaries
from nwfz.governance.selectors.common import overlapping, regime_of
from nwfz.governance.selectors.deadlines import deadline_table
from nwfz.governance.selectors.fora import forum_sessions_in
from nwfz.governance.selectors.meetings import meeting_info, meetings_query
from nwfz.registry.languages import LangText
from nwfz.registry.models import Regime
from nwfz.registry.selectors import state_names


def _in_language_of(part, text: str, lang: str):
    """`text`, which quotes `part`: marked as in `part`'s language when that is not `lang`
    (a record's title kept only in English, quoted in a Russian sentence)."""
    other = getattr(part, "lang", "")
    return LangText(text, other) if other and other != lang else text


def _path(regime: Regime, lang: str, anchor: str) -> str:
    return f"/{lang}/regimes/{regime.slug}/governance/#{anchor}"


def calendar_items(
    regime: Regime | str, start: date, end: date, lang: str = "en"
) -> list[CalendarItem]:
    """Meetings, events, forum sessions, anniversaries and deadlines in [start, end]."""
    regime = regime_of(regime)
    with translation.override(lang):
        out = (
            _meeting_items(regime, start, end, lang)
            + _event_items(regime, start, end, lang)
            + _session_items(regime, start, end, lang)
            + _anniversary_items(regime, start, end, lang)
            + _deadline_items(regime, start, end, lang)
        )
    return sorted(out, key=lambda i: (i.start, i.kind, i.uid))


def _meeting_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    names = state_names(lang)
    out = []
    for m in overlapping(meetings_query(regime), start, end):
        info = meeting_info(m, lang)
        kind = str(m.get_kind_display()).capitalize()
        text = kind
        if info.chair:
            text = _("%(kind)s; chair: %(chair)s") % {
                "kind": kind,
                "chair": names.get(info.chair, info.chair),
            }
        if info.date_note:
            text += f". {info.date_note}"
        decisions = " ".join(d.text for d in info.decisions)
        out.append(
            CalendarItem(
                f"meeting-{m.id}@nwfz",
                "meeting",
                info.title or kind,
                m.start,
                m.end,
                info.place,
                f"{text}. {decisions}".strip(),
                f"/{lang}/meetings/{info.ref}/",
                info.sources,
            )
        )
    return out


def _event_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    kinds, statuses = dict(Event.Kind.choices), dict(Event.Status.choices)
    return [
        CalendarItem(
            f"event-{e.id}@nwfz",
            "event",
            e.title,
            e.start,
            e.end,
            e.place,
            _("%(kind)s event (%(status)s)")
            % {
                "kind": str(kinds.get(e.kind, e.kind)).capitalize(),
                "status": statuses.get(e.status, e.status),
            },
            _path(regime, lang, f"event-{e.id}"),
            e.sources,
        )
        for e in events_in(regime, start, end, lang)
    ]


def _session_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    statuses = dict(CoordinationItem.Status.choices)
    out = []
    for s in forum_sessions_in(regime, start, end, lang):
        items = "; ".join(f"{i.title} ({statuses.get(i.status, i.status)})" for i in s.items)
        out.append(
            CalendarItem(
                f"forum-session-{s.id}@nwfz",
                "forum_session",
                s.title,
                s.start,
                s.end,
                s.venue,
                items,
                _path(regime, lang, f"forum-session-{s.id}"),
                s.sources,
            )
        )
    return out


def _anniversary_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    out = []
    for a in upcoming_anniversaries(regime, start, end, lang):
        text = _("Date remembered: %(date)s.") % {"date": a.original.isoformat()}
        if a.round:
            text += " " + _("A round anniversary.")
        out.append(
            CalendarItem(
                f"anniversary-{regime.slug}-{a.key}-{a.date.year}@nwfz",
                "anniversary",
                a.label,
                a.date,
                None,
                "",
                text,
                _path(regime, lang, "anniversaries"),
                list(a.sources),
            )
        )
    return out


def _deadline_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    titles = {
        r.slug: r.localized("title", lang) for r in DeadlineRule.objects.filter(regime=regime)
    }
    statuses = {
        "met": _("met"),
        "late": _("late"),
        "pending": _("pending"),
        "undetermined": _("undetermined"),
    }
    names = state_names(lang)
    out = []
    for d in deadline_table(regime, end):
        if start <= d.due <= end:
            out.append(
                CalendarItem(
                    f"deadline-{d.rule}-{d.state}@nwfz",
                    "deadline",
                    _in_language_of(
                        titles.get(d.rule, ""),
                        _("Deadline for %(state)s: %(rule)s")
                        % {
                            "state": names.get(d.state, d.state),
                            "rule": titles.get(d.rule, d.rule),
                        },
                        lang,
                    ),
                    d.due,
                    None,
                    "",
                    _("Status on %(day)s: %(status)s")
                    % {"day": end.isoformat(), "status": statuses[d.status]},
                    _path(regime, lang, "deadlines"),
                    d.sources,
                )
            )
    return out
