"""The public record as tables: one per kind of record, each row with its sources.

Each `Table` names its columns, their Table Schema types and its primary key. Columns are
read from the model: a foreign key becomes the related record's natural key (slug, code,
key), a relation to many becomes the natural keys separated by spaces, and `sources`
becomes the cited sources' URLs separated by spaces (as the API and the CLI give them, a
list of URLs, in the JSON). Dates are ISO 8601; a `*_precision` column says how much of
a date the sources give (day, month or year).

`status` is derived, not stored: each state's status in each instrument today, by the
same rules as the API's status table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from nwfz.accounts.permissions import require
from nwfz.languages import language_codes

TYPES = {
    models.DateField: "date",
    models.BooleanField: "boolean",
    models.IntegerField: "integer",
    models.PositiveIntegerField: "integer",
    models.PositiveSmallIntegerField: "integer",
    models.BigAutoField: "integer",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "string"
    multiple: bool = False  # several values, space-separated in CSV, a list in JSON


@dataclass(frozen=True)
class Table:
    name: str
    title: Any  # lazy translation
    columns: list[Column]
    primary_key: list[str]
    rows: Callable[[], Iterator[dict[str, Any]]]
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)  # col, table, col

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def natural_key(obj: models.Model | None) -> str:
    """The key a row is known by across tables: slug, code, key, else its id."""
    if obj is None:
        return ""
    for name in ("slug", "code", "key"):
        value = getattr(obj, name, None)
        if value:
            return str(value)
    return str(obj.pk)


def _model_field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a computed column
        return None


def _column_type(model, name: str) -> str:
    f = _model_field(model, name)
    if f is None or isinstance(f, (models.ForeignKey, models.ManyToManyField)):
        return "string"
    for cls, kind in TYPES.items():
        if isinstance(f, cls):
            return kind
    return "string"


def _value(obj, name: str, model) -> Any:
    if name == "ref":
        return natural_key(obj)
    if name == "sources":
        return " ".join(s.url for s in obj.sources.all())
    f = _model_field(model, name)
    if isinstance(f, models.ManyToManyField):
        return " ".join(sorted(natural_key(o) for o in getattr(obj, name).all()))
    if isinstance(f, models.ForeignKey):
        return natural_key(getattr(obj, name))
    value = getattr(obj, name)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return value


def model_table(
    name: str,
    title,
    model: type[models.Model],
    columns: list[str],
    key: list[str],
    *,
    foreign_keys: list[tuple[str, str, str]] = (),
    order: tuple[str, ...] = (),
) -> Table:
    require(None, "view_public", model)  # only what anyone may read becomes open data
    relations = [
        c
        for c in columns
        if isinstance(_model_field(model, c), models.ManyToManyField) or c == "sources"
    ]
    related = [c for c in columns if isinstance(_model_field(model, c), models.ForeignKey)]

    def rows() -> Iterator[dict[str, Any]]:
        query = model.objects.select_related(*related).prefetch_related(*relations)
        if order:
            query = query.order_by(*order)
        for obj in query:
            yield {c: _value(obj, c, model) for c in columns}

    cols = [
        Column(c, "string" if c == "ref" else _column_type(model, c), c in relations)
        for c in columns
    ]
    return Table(name, title, cols, key, rows, list(foreign_keys))


def _multilingual(*names: str) -> list[str]:
    return [f"{n}_{lang}" for n in names for lang in language_codes()]


def _status_rows() -> Iterator[dict[str, Any]]:
    from django.utils import timezone

    from nwfz.registry.models import Instrument
    from nwfz.registry.selectors import status_table

    today = timezone.localdate()
    for instrument in Instrument.objects.order_by("slug"):
        for row in status_table(instrument, today):
            yield {
                "instrument": instrument.slug,
                "state": row["state"],
                "on": today.isoformat(),
                "status": row["status"],
                "since": row["since"] or "",
                "since_precision": row["since_precision"] or "",
                "basis": row["basis"] or "",
                "as_of": row["as_of"] or "",
                "conflict": row["conflict"],
                "sources": " ".join(row["sources"]),
            }


def _statement_rows() -> Iterator[dict[str, Any]]:
    from nwfz.registry.models import EventStatement

    query = EventStatement.objects.select_related("event__instrument", "event__state")
    query = query.prefetch_related("sources").order_by(
        "event__instrument__slug", "event__state__code", "event__date", "position"
    )
    for st in query:
        yield {
            "instrument": st.event.instrument.slug,
            "state": st.event.state.code,
            "action": st.event.action,
            "date": st.event.date.isoformat(),
            "position": st.position,
            "kind": st.kind,
            **{f"summary_{lang}": getattr(st, f"summary_{lang}") for lang in language_codes()},
            "sources": " ".join(src.url for src in st.sources.all()),
        }


def _build_tables() -> list[Table]:
    from nwfz.governance import models as g
    from nwfz.registry import models as r

    source_columns = ["key", "url", "publisher", "title", "language", "published"]
    source_columns += ["published_precision", "accessed", "kind"]
    source_columns += ["original_url", "original_publisher"]
    return [
        model_table("sources", _("Sources"), r.Source, source_columns, ["key"]),
        model_table(
            "states",
            _("States"),
            r.State,
            ["code", "alpha3", *_multilingual("name"), "nuclear_status", "sources"],
            ["code"],
        ),
        model_table(
            "regimes",
            _("Regimes"),
            r.Regime,
            ["slug", *_multilingual("name", "short_name", "summary"), "treaty", "sources"],
            ["slug"],
            foreign_keys=[("treaty", "instruments", "slug")],
        ),
        model_table(
            "instruments",
            _("Instruments"),
            r.Instrument,
            [
                "slug",
                "kind",
                *_multilingual("title", "short_title"),
                "adopted_on",
                "adopted_precision",
                "adopted_inferred",
                "opened_for_signature_on",
                "opened_for_signature_precision",
                "opened_for_signature_inferred",
                "entry_into_force",
                "entry_into_force_precision",
                "entry_into_force_inferred",
                "later_parties_rule",
                "later_parties_days",
                *_multilingual("depositary"),
                "scope",
                "sources",
            ],
            ["slug"],
        ),
        model_table(
            "regime_instruments",
            _("Instruments of each regime"),
            r.RegimeInstrument,
            ["regime", "instrument", "role", "position"],
            ["regime", "instrument"],
            foreign_keys=[("regime", "regimes", "slug"), ("instrument", "instruments", "slug")],
        ),
        model_table(
            "articles",
            _("Articles"),
            r.Article,
            ["instrument", "number", "position", *_multilingual("title", "summary"), "verified"]
            + ["sources"],
            ["instrument", "number"],
            foreign_keys=[("instrument", "instruments", "slug")],
        ),
        model_table(
            "participation_events",
            _("Participation events"),
            r.ParticipationEvent,
            ["instrument", "state", "action", "date", "date_precision", *_multilingual("note")]
            + ["inferred", "sources"],
            ["instrument", "state", "action", "date"],
            foreign_keys=[("instrument", "instruments", "slug"), ("state", "states", "code")],
            order=("instrument__slug", "state__code", "date"),
        ),
        Table(
            "event_statements",
            _("Reservations, declarations and interpretive statements made with an event"),
            [
                Column("instrument"),
                Column("state"),
                Column("action"),
                Column("date", "date"),
                Column("position", "integer"),
                Column("kind"),
                *[Column(c) for c in _multilingual("summary")],
                Column("sources", multiple=True),
            ],
            ["instrument", "state", "action", "date", "position"],
            _statement_rows,
            [
                (
                    ["instrument", "state", "action", "date"],
                    "participation_events",
                    ["instrument", "state", "action", "date"],
                )
            ],
        ),
        model_table(
            "non_party_assertions",
            _("Sources saying a state was not a party as of a date"),
            r.NonPartyAssertion,
            ["instrument", "state", "as_of", *_multilingual("note"), "sources"],
            ["instrument", "state", "as_of"],
            foreign_keys=[("instrument", "instruments", "slug"), ("state", "states", "code")],
            order=("instrument__slug", "state__code", "as_of"),
        ),
        Table(
            "status",
            _("Status of each state in each instrument today (derived)"),
            [
                Column("instrument"),
                Column("state"),
                Column("on", "date"),
                Column("status"),
                Column("since", "date"),
                Column("since_precision"),
                Column("basis"),
                Column("as_of", "date"),
                Column("conflict", "boolean"),
                Column("sources", multiple=True),
            ],
            ["instrument", "state"],
            _status_rows,
            [("instrument", "instruments", "slug"), ("state", "states", "code")],
        ),
        model_table(
            "rotation_rules",
            _("Rotation rules"),
            g.RotationRule,
            ["regime", "order", "term_months", "effective_from", "first_state", "inferred"]
            + [*_multilingual("note"), "sources"],
            ["regime"],
        ),
        model_table(
            "chair_terms",
            _("Chair terms"),
            g.ChairTerm,
            ["regime", "start", "end", "state", "role", "precision", "inferred"]
            + [*_multilingual("note")]
            + ["sources"],
            ["regime", "start"],
            foreign_keys=[("regime", "regimes", "slug"), ("state", "states", "code")],
            order=("regime__slug", "start"),
        ),
        model_table(
            "organisations",
            _("Organisations"),
            g.Organisation,
            ["slug", "short_name", *_multilingual("name"), "url", "sources"],
            ["slug"],
        ),
        model_table(
            "meetings",
            _("Meetings"),
            g.Meeting,
            ["ref", "regime", "kind", *_multilingual("title"), "start", "end", "date_precision"]
            + ["reported_on", "date_known"]
            + [*_multilingual("date_note", "place"), "format", "chair", "participants"]
            + ["observers", "sources"],
            ["ref"],
            foreign_keys=[("regime", "regimes", "slug")],
            order=("start", "id"),
        ),
        model_table(
            "decisions",
            _("Decisions"),
            g.Decision,
            ["meeting", "position", "date", "kind", *_multilingual("text"), "handover_to"]
            + ["effective", "effective_precision", "effective_inferred", "sources"],
            ["meeting", "position"],
            foreign_keys=[("meeting", "meetings", "ref")],
            order=("meeting__start", "position"),
        ),
        model_table(
            "outcome_documents",
            _("Outcome documents"),
            g.OutcomeDocument,
            ["ref", "regime", "meeting", "kind", *_multilingual("title"), "date", "date_precision"]
            + ["parties", "organisations", "sources"],
            ["ref"],
            order=("date", "id"),
        ),
        model_table(
            "action_items",
            _("Action items"),
            g.ActionItem,
            [
                "ref",
                *_multilingual("title"),
                "owners",
                "due",
                "due_precision",
                "status",
                "closed_on",
                "sources",
            ],
            ["ref"],
            order=("due", "id"),
        ),
        model_table(
            "events",
            _("Events"),
            g.Event,
            ["ref", "regime", "kind", *_multilingual("title"), "start", "end", "date_precision"]
            + [*_multilingual("place"), "organiser_states", "organiser_organisations"]
            + ["marks_key", "status", "sources"],
            ["ref"],
            order=("start", "id"),
        ),
        model_table(
            "anniversary_dates",
            _("Anniversary dates"),
            g.AnniversaryDate,
            ["regime", "key", "kind", *_multilingual("title"), "date", "sources"],
            ["regime", "key"],
        ),
        model_table(
            "forum_sessions",
            _("Sessions of international fora"),
            g.ForumSession,
            ["ref", "forum", "regimes", *_multilingual("title"), "start", "end", "date_precision"]
            + [*_multilingual("venue"), "sources"],
            ["ref"],
            order=("start", "id"),
        ),
        model_table(
            "coordination_items",
            _("Coordination at international fora"),
            g.CoordinationItem,
            ["session", "position", "regime", "kind", *_multilingual("title"), "date", "status"]
            + ["states", "sources"],
            ["session", "position"],
            order=("session__start", "position"),
        ),
    ]


class _Tables:
    """The tables, built on first use (models must be loaded)."""

    _built: list[Table] | None = None

    def __iter__(self):
        if self._built is None:
            self._built = _build_tables()
        return iter(self._built)

    def by_name(self, name: str) -> Table | None:
        return next((t for t in self if t.name == name), None)


TABLES = _Tables()
