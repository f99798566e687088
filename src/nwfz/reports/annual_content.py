"""What the chair's annual report says: a YearRecord turned into a ReportDocument.

Call inside `translation.override(lang)`: every heading and label goes through gettext,
dates through nwfz.reports.dates. State codes become names through `state_names`
(code -> localized name); a code missing there is shown as the code.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext as _

from nwfz.governance.records import (
    ActionInfo,
    ChairInfo,
    DeadlineInfo,
    DecisionInfo,
    ForumSessionInfo,
    MeetingInfo,
    YearRecord,
)
from nwfz.registry.languages import LangText
from nwfz.reports.dates import date_range, long_date, short_date, short_range
from nwfz.reports.document import Bullets, Facts, Paragraph, ReportDocument, Section, Table
from nwfz.reports.labels import label


class SourceNumbers:
    """Footnote numbers for source URLs, in order of first citation."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def refs(self, urls: list[str]) -> str:
        return " ".join(f"[{self.numbers.setdefault(u, len(self.numbers) + 1)}]" for u in urls)


class AnnualContent:
    def __init__(
        self,
        record: YearRecord,
        state_names: Mapping[str, str],
        copies: Mapping[str, str] | None = None,
    ):
        self.record = record
        self.names = dict(state_names)
        self.copies = dict(copies or {})
        self.sources = SourceNumbers()

    def document(self, lang: str) -> ReportDocument:
        r = self.record
        sections = [
            self.overview(),
            self.chair(),
            self.meetings(),
            self.actions(),
            self.events(),
            self.fora(),
            self.deadlines(),
            self.handover(),
        ]
        sections.append(self.source_list())  # last: numbers are assigned above
        title = _("Annual report of the chair")
        subtitle = _("%(regime)s, %(year)s") % {"regime": r.regime_name, "year": r.year}
        return ReportDocument(
            lang=lang,
            title=title,
            subtitle=subtitle,
            running_title=f"{r.regime_name} · {title} · {r.year}",
            sections=sections,
        )

    # -- helpers ---------------------------------------------------------------------

    def state(self, code: str | None) -> str:
        return self.names.get(code, code) if code else ""

    def states(self, codes: list[str]) -> str:
        return ", ".join(self.state(c) for c in codes)

    @staticmethod
    def none_recorded() -> Paragraph:
        return Paragraph(_("None recorded for this year."), style="note")

    # -- sections ----------------------------------------------------------------------

    def overview(self) -> Section:
        r = self.record
        decisions = sum(len(m.decisions) for m in r.meetings)
        not_met = sum(1 for d in r.deadlines if d.met_on is None)
        rows = [
            (_("Year under review"), str(r.year)),
            (_("Chair"), r.chair.state_name if r.chair else _("not recorded")),
            (_("Meetings"), str(len(r.meetings))),
            (_("Decisions"), str(decisions)),
            (_("Action items completed"), str(len(r.actions_done))),
            (_("Action items still open"), str(len(r.actions_open))),
            (_("Events"), str(len(r.events))),
            (_("Sessions of international fora"), str(len(r.fora))),
            (_("Deadlines not yet met"), str(not_met)),
        ]
        return Section(_("The year at a glance"), "overview", blocks=[Facts(rows)])

    def chair(self) -> Section:
        r = self.record
        if r.chair is None:
            return Section(_("The chair"), "chair", blocks=[self.none_recorded()])
        rows = self.chair_rows(r.chair)
        if r.next_chair:
            rows.append((_("Next chair"), self._next_chair_text(r.next_chair)))
        return Section(_("The chair"), "chair", blocks=[Facts(rows)])

    def chair_rows(self, chair: ChairInfo) -> list[tuple[str, str]]:
        term = (
            date_range(chair.start, chair.end)
            if chair.end
            else _("from %(day)s") % {"day": long_date(chair.start)}
        )
        rows = [(_("Chair"), chair.state_name), (_("Term"), term)]
        rows.append((_("Basis"), label("chair_basis", chair.basis)))
        if chair.inferred:  # the rule is kept in English
            rows.append((_("Dates inferred"), LangText(chair.inferred, "en")))
        if chair.sources:
            rows.append((_("Sources"), self.sources.refs(chair.sources)))
        return rows

    def _next_chair_text(self, chair: ChairInfo) -> str:
        text = _("%(state)s, from %(day)s") % {
            "state": chair.state_name,
            "day": long_date(chair.start),
        }
        if chair.basis == "predicted":
            text += f" ({label('chair_basis', 'predicted')})"
        return text

    def meetings(self) -> Section:
        meetings = self.record.meetings
        if not meetings:
            return Section(_("Meetings and decisions"), "meetings", blocks=[self.none_recorded()])
        overview = Table(
            _("Meetings held"),
            [_("Dates"), _("Meeting"), _("Place"), _("Format"), _("Decisions")],
            [
                [
                    short_range(m.start, m.end),
                    self.meeting_title(m),
                    m.place,
                    label("meeting_format", m.format),
                    str(len(m.decisions)),
                ]
                for m in meetings
            ],
            widths=[16, 38, 20, 14, 12],
        )
        subsections = [self.meeting(m) for m in meetings]
        return Section(
            _("Meetings and decisions"), "meetings", blocks=[overview], subsections=subsections
        )

    @staticmethod
    def meeting_title(m: MeetingInfo) -> str:
        return m.title or label("meeting_kind", m.kind).capitalize()

    def meeting(self, m: MeetingInfo) -> Section:
        rows = [
            (_("Dates"), date_range(m.start, m.end)),
            (_("Place"), m.place),
            (_("Format"), label("meeting_format", m.format)),
        ]
        if m.date_note:
            rows.append((_("Note on the date"), m.date_note))
        if m.chair:
            rows.append((_("Chaired by"), self.state(m.chair)))
        if m.participants:
            rows.append((_("Participants"), self.states(m.participants)))
        if m.observers:
            rows.append((_("Observers"), ", ".join(m.observers)))
        if m.sources:
            rows.append((_("Sources"), self.sources.refs(m.sources)))
        blocks: list = [Facts(rows)]
        if m.agenda:
            blocks.append(Bullets(_("Agenda"), list(m.agenda), numbered=True))
        if m.outcomes:
            blocks.append(
                Table(
                    _("Outcome documents"),
                    [_("Document"), _("Kind"), _("Date"), _("Adopted by"), _("Sources")],
                    [
                        [
                            o.title,
                            label("outcome_kind", o.kind),
                            short_date(o.date),
                            o.parties,
                            self.sources.refs(o.sources),
                        ]
                        for o in m.outcomes
                    ],
                    widths=[36, 16, 13, 25, 10],
                )
            )
        if m.decisions:
            blocks.append(self.decisions_table(m.decisions))
        name = self.meeting_title(m)
        title = LangText(f"{name} — {date_range(m.start, m.end)}", getattr(name, "lang", "") or "")
        return Section(title, f"meeting-{m.id}", level=3, blocks=blocks)

    def decisions_table(self, decisions: list[DecisionInfo]) -> Table:
        return Table(
            _("Decisions"),
            [_("No."), _("Date"), _("Kind"), _("Decision")],
            [
                [str(n), short_date(d.date), label("decision_kind", d.kind), self.decision_text(d)]
                for n, d in enumerate(decisions, start=1)
            ],
            widths=[5, 13, 15, 67],
        )

    def decision_text(self, d: DecisionInfo) -> str:
        if d.kind != "chair_handover" or not d.handover_to:
            return d.text
        passes = _("The chair passes to %(state)s") % {"state": self.state(d.handover_to)}
        if d.effective:
            passes += " " + _("from %(day)s") % {"day": long_date(d.effective)}
        return LangText(f"{d.text} ({passes})", getattr(d.text, "lang", "")) if d.text else passes

    def actions(self) -> Section:
        r = self.record
        done = self.actions_table(_("Completed during the year"), r.actions_done, done=True)
        still_open = self.actions_table(_("Still open on 31 December"), r.actions_open, done=False)
        blocks: list = [t for t in (done, still_open) if t.rows] or [self.none_recorded()]
        return Section(_("Action items"), "actions", blocks=blocks)

    def actions_table(self, title: str, actions: list[ActionInfo], *, done: bool) -> Table:
        last = _("Closed on") if done else _("Status")
        return Table(
            title,
            [_("Action"), _("Owners"), _("Due"), last, _("Decided at")],
            [
                [
                    a.title,
                    self.states(a.owners),
                    short_date(a.due),
                    short_date(a.closed_on) if done else label("action_status", a.status),
                    a.decided_at,
                ]
                for a in actions
            ],
            widths=[38, 22, 12, 12, 16],
        )

    def events(self) -> Section:
        events = self.record.events
        if not events:
            return Section(_("Events"), "events", blocks=[self.none_recorded()])
        table = Table(
            "",
            [_("Dates"), _("Event"), _("Kind"), _("Place"), _("Organisers"), _("Status")],
            [
                [
                    short_range(e.start, e.end),
                    e.title,
                    label("event_kind", e.kind),
                    e.place,
                    self.states(e.organisers),
                    label("event_status", e.status),
                ]
                for e in events
            ],
            widths=[15, 33, 14, 14, 14, 10],
        )
        return Section(_("Events"), "events", blocks=[table])

    def fora(self) -> Section:
        fora = self.record.fora
        if not fora:
            return Section(_("International fora"), "fora", blocks=[self.none_recorded()])
        return Section(
            _("International fora"), "fora", subsections=[self.forum_session(s) for s in fora]
        )

    def forum_session(self, s: ForumSessionInfo) -> Section:
        rows = [
            (_("Forum"), label("forum", s.forum)),
            (_("Dates"), date_range(s.start, s.end)),
            (_("Venue"), s.venue),
        ]
        if s.sources:
            rows.append((_("Sources"), self.sources.refs(s.sources)))
        blocks: list = [Facts(rows)]
        if s.items:
            blocks.append(
                Table(
                    _("What the parties coordinated"),
                    [_("Kind"), _("Title"), _("Status"), _("States"), _("Sources")],
                    [
                        [
                            label("coordination_kind", i.kind),
                            i.title,
                            label("coordination_status", i.status),
                            self.states(i.states),
                            self.sources.refs(i.sources),
                        ]
                        for i in s.items
                    ],
                    widths=[16, 34, 12, 26, 12],
                )
            )
        else:
            blocks.append(Paragraph(_("No coordinated items recorded."), style="note"))
        return Section(s.title or label("forum", s.forum), f"forum-{s.id}", 3, blocks)

    def deadlines(self) -> Section:
        deadlines = self.record.deadlines
        if not deadlines:
            return Section(_("Deadlines"), "deadlines", blocks=[self.none_recorded()])
        table = Table(
            _("Status on 31 December"),
            [_("Rule"), _("State"), _("Due"), _("Met on"), _("Days late"), _("Status")],
            [self.deadline_row(d) for d in deadlines],
            widths=[34, 16, 13, 13, 10, 14],
        )
        return Section(_("Deadlines"), "deadlines", blocks=[table])

    def deadline_row(self, d: DeadlineInfo) -> list[str]:
        return [
            label("deadline_rule", d.rule),
            self.state(d.state),
            short_date(d.due),
            short_date(d.met_on, d.met_on_precision),
            str(d.days_late) if d.days_late else "",
            label("deadline_status", deadline_status(d)),
        ]

    def handover(self) -> Section:
        r = self.record
        h = r.handover
        if h is None:
            blocks: list = [Paragraph(_("No handover was decided during the year."), style="note")]
            if r.next_chair:
                blocks.append(Facts([(_("Next chair"), self._next_chair_text(r.next_chair))]))
            return Section(_("The handover"), "handover", blocks=blocks)
        rows = [(_("Decided on"), long_date(h.date))]
        if h.handover_to:
            rows.append((_("The chair passes to"), self.state(h.handover_to)))
        if h.effective:
            rows.append((_("From"), long_date(h.effective)))
        blocks = [Facts(rows)]
        if h.text:
            blocks.append(Paragraph(h.text))
        return Section(_("The handover"), "handover", blocks=blocks)

    def source_list(self) -> Section:
        urls = list(self.sources.numbers)
        urls += [u for u in self.record.sources if u not in self.sources.numbers]
        if not urls:
            return Section(_("Sources"), "sources", blocks=[self.none_recorded()])
        copy_of = {u: self.copies[u] for u in urls if u in self.copies}
        return Section(
            _("Sources"),
            "sources",
            blocks=[Bullets("", urls, numbered=True, links=True, copy_of=copy_of)],
        )


def deadline_status(d: DeadlineInfo) -> str:
    """met, late (met after the due day), overdue (not met, past due) or pending."""
    if d.status == "late" and d.met_on is None:
        return "overdue"
    return d.status


def annual_document(
    record: YearRecord,
    *,
    lang: str,
    state_names: Mapping[str, str] | None = None,
    copies: Mapping[str, str] | None = None,
) -> ReportDocument:
    """Call inside translation.override(lang)."""
    names = dict(state_names or {})
    if record.chair:
        names.setdefault(record.chair.state, record.chair.state_name)
    if record.next_chair:
        names.setdefault(record.next_chair.state, record.next_chair.state_name)
    return AnnualContent(record, names, copies).document(lang)
