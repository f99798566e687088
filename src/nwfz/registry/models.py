"""Registry tables: sources, states, regimes, instruments, articles, participation events.

A state's status in an instrument is never stored: it is derived from its
participation events (see status.py). Rows loaded from a data package carry the
package's name in `package`; rows written in the workbench leave it empty.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from nwfz.registry.languages import LANGUAGE_CODES, LangText, pick_text

PRECISIONS = [("day", _("day")), ("month", _("month")), ("year", _("year"))]
INFERRED_HELP = _("the rule the date was inferred by; empty when a source gives it")


class Multilingual(models.Model):
    """Mixin helpers for columns stored as <field>_en / <field>_ru / <field>_kk."""

    class Meta:
        abstract = True

    def localized(self, field: str, lang: str = "en") -> LangText:
        """The text in `lang`, else in the first language that has it; it knows which."""
        return pick_text(
            {code: getattr(self, f"{field}_{code}", "") for code in LANGUAGE_CODES}, lang
        )


class Source(models.Model):
    class Kind(models.TextChoices):
        OFFICIAL = "official", _("official")
        DEPOSITARY = "depositary", _("depositary")
        LEGAL = "legal", _("legal database")
        NEWS = "news", _("news")
        SECONDARY = "secondary", _("secondary")
        INTAKE = "intake", _("intake item")
        COPY = "copy", _("copy")

    key = models.SlugField(max_length=120, unique=True)
    url = models.URLField(max_length=2000)
    publisher = models.CharField(max_length=300, blank=True)
    title = models.CharField(max_length=500, blank=True)
    language = models.CharField(max_length=8, blank=True)
    published = models.DateField(null=True, blank=True)
    published_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    accessed = models.DateField(null=True, blank=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default="secondary")
    # A copy (kind "copy") names the original it reproduces: its publisher always, its
    # address where one was found.
    original_url = models.URLField(max_length=2000, blank=True)
    original_publisher = models.CharField(max_length=300, blank=True)
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["key"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="copy") | ~models.Q(original_publisher=""),
                name="source_copy_names_original",
            )
        ]

    def __str__(self) -> str:
        return self.key


class State(Multilingual):
    NUCLEAR_STATUSES = [
        ("npt_nws", _("NPT nuclear-weapon state")),
        ("nuclear_armed", _("other nuclear-armed state")),
        ("nnws", _("non-nuclear-weapon state")),
    ]
    code = models.CharField(max_length=2, unique=True)
    alpha3 = models.CharField(max_length=3, blank=True)
    name_en = models.CharField(max_length=200)
    name_ru = models.CharField(max_length=200, blank=True)
    name_kk = models.CharField(max_length=200, blank=True)
    nuclear_status = models.CharField(max_length=16, choices=NUCLEAR_STATUSES, default="nnws")
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class Instrument(Multilingual):
    KINDS = [
        ("treaty", _("treaty")),
        ("protocol", _("protocol")),
        ("safeguards_agreement", _("safeguards agreement")),
        ("additional_protocol", _("additional protocol")),
    ]
    LATER_PARTY_RULES = [
        ("on_deposit", _("on deposit of the instrument")),
        ("days_after_deposit", _("a fixed number of days after deposit")),
        ("each_on_deposit", _("for each state on its own deposit")),
        ("bilateral", _("each state's own entry into force")),
    ]
    slug = models.SlugField(max_length=60, unique=True)
    kind = models.CharField(max_length=24, choices=KINDS)
    title_en = models.CharField(max_length=400)
    title_ru = models.CharField(max_length=400, blank=True)
    title_kk = models.CharField(max_length=400, blank=True)
    short_title_en = models.CharField(max_length=120, blank=True)
    short_title_ru = models.CharField(max_length=120, blank=True)
    short_title_kk = models.CharField(max_length=120, blank=True)
    adopted_on = models.DateField(null=True, blank=True)
    adopted_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    adopted_place_en = models.CharField(max_length=200, blank=True)
    adopted_place_ru = models.CharField(max_length=200, blank=True)
    adopted_place_kk = models.CharField(max_length=200, blank=True)
    adopted_sources = models.ManyToManyField(Source, blank=True, related_name="+")
    adopted_note_en = models.TextField(blank=True)
    adopted_note_ru = models.TextField(blank=True)
    adopted_note_kk = models.TextField(blank=True)
    adopted_inferred = models.TextField(blank=True, help_text=INFERRED_HELP)
    opened_for_signature_on = models.DateField(null=True, blank=True)
    opened_for_signature_precision = models.CharField(
        max_length=5, choices=PRECISIONS, default="day"
    )
    opened_for_signature_place_en = models.CharField(max_length=200, blank=True)
    opened_for_signature_place_ru = models.CharField(max_length=200, blank=True)
    opened_for_signature_place_kk = models.CharField(max_length=200, blank=True)
    opened_for_signature_sources = models.ManyToManyField(Source, blank=True, related_name="+")
    opened_for_signature_note_en = models.TextField(blank=True)
    opened_for_signature_note_ru = models.TextField(blank=True)
    opened_for_signature_note_kk = models.TextField(blank=True)
    opened_for_signature_inferred = models.TextField(blank=True, help_text=INFERRED_HELP)
    entry_into_force = models.DateField(null=True, blank=True)
    entry_into_force_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    entry_into_force_place_en = models.CharField(max_length=200, blank=True)
    entry_into_force_place_ru = models.CharField(max_length=200, blank=True)
    entry_into_force_place_kk = models.CharField(max_length=200, blank=True)
    entry_into_force_sources = models.ManyToManyField(Source, blank=True, related_name="+")
    entry_into_force_note_en = models.TextField(blank=True)
    entry_into_force_note_ru = models.TextField(blank=True)
    entry_into_force_note_kk = models.TextField(blank=True)
    entry_into_force_inferred = models.TextField(blank=True, help_text=INFERRED_HELP)
    later_parties_rule = models.CharField(
        max_length=20, choices=LATER_PARTY_RULES, default="on_deposit"
    )
    later_parties_days = models.PositiveIntegerField(default=0)
    depositary_en = models.CharField(max_length=300, blank=True)
    depositary_ru = models.CharField(max_length=300, blank=True)
    depositary_kk = models.CharField(max_length=300, blank=True)
    depositary_sources = models.ManyToManyField(Source, blank=True, related_name="+")
    scope = models.ManyToManyField(State, blank=True, related_name="+")
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug


class Regime(Multilingual):
    slug = models.SlugField(max_length=60, unique=True)
    name_en = models.CharField(max_length=400)
    name_ru = models.CharField(max_length=400, blank=True)
    name_kk = models.CharField(max_length=400, blank=True)
    short_name_en = models.CharField(max_length=60, blank=True)
    short_name_ru = models.CharField(max_length=60, blank=True)
    short_name_kk = models.CharField(max_length=60, blank=True)
    summary_en = models.TextField(blank=True)
    summary_ru = models.TextField(blank=True)
    summary_kk = models.TextField(blank=True)
    treaty = models.ForeignKey(
        Instrument, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug


class RegimeInstrument(models.Model):
    ROLES = [("treaty", _("treaty")), ("protocol", _("protocol")), ("related", _("related"))]
    regime = models.ForeignKey(Regime, on_delete=models.CASCADE, related_name="links")
    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=10, choices=ROLES)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["regime", "position"]
        constraints = [
            models.UniqueConstraint(fields=["regime", "instrument"], name="uniq_regime_instrument")
        ]

    def __str__(self) -> str:
        return f"{self.regime_id}:{self.instrument_id} ({self.role})"


class Article(Multilingual):
    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="articles")
    number = models.CharField(max_length=10)
    position = models.IntegerField(default=0)  # the preamble, if imported, sits at -1
    title_en = models.CharField(max_length=300, blank=True)
    title_ru = models.CharField(max_length=300, blank=True)
    title_kk = models.CharField(max_length=300, blank=True)
    summary_en = models.TextField(blank=True)
    summary_ru = models.TextField(blank=True)
    summary_kk = models.TextField(blank=True)
    verified = models.BooleanField(default=False)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["instrument", "position"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "number"], name="uniq_article_number")
        ]

    def __str__(self) -> str:
        return f"{self.instrument.slug} art. {self.number}"


class ArticleText(models.Model):
    """An official text of one article, imported by the user from a file (never bundled)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(max_length=8)
    heading = models.CharField(max_length=500, blank=True)
    text = models.TextField()
    imported_from = models.CharField(max_length=500, blank=True)
    sha256 = models.CharField(max_length=64)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="uniq_article_text")
        ]

    def __str__(self) -> str:
        return f"{self.article} [{self.language}]"


class ParticipationEvent(Multilingual):
    class Action(models.TextChoices):
        SIGNED = "signed", _("signed")
        RATIFIED = "ratified", _("ratified")
        ACCEDED = "acceded", _("acceded")
        SUCCEEDED = "succeeded", _("succeeded")
        APPROVED = "approved", _("approved")
        DEPOSITED = "deposited", _("deposited")
        ENTERED_INTO_FORCE = "entered_into_force", _("entered into force")
        WITHDREW = "withdrew", _("withdrew")
        WITHDRAWAL_EFFECTIVE = "withdrawal_effective", _("withdrawal took effect")
        APPROVED_DOMESTICALLY = "approved_domestically", _("approved domestically")

    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="events")
    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=24, choices=Action.choices)
    date = models.DateField()
    date_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    inferred = models.TextField(blank=True, help_text=INFERRED_HELP)
    sources = models.ManyToManyField(Source, blank=True, related_name="events")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        # a state may repeat an action (a withdrawal, then a new accession): no unique key
        ordering = ["instrument", "state", "date"]

    def __str__(self) -> str:
        return f"{self.state.code} {self.action} {self.instrument.slug} {self.date}"


class EventStatement(Multilingual):
    """A reservation, declaration or interpretive statement a state made with an event."""

    class Kind(models.TextChoices):
        RESERVATION = "reservation", _("reservation")
        DECLARATION = "declaration", _("declaration")
        INTERPRETIVE_STATEMENT = "interpretive_statement", _("interpretive statement")

    event = models.ForeignKey(
        "ParticipationEvent", on_delete=models.CASCADE, related_name="statements"
    )
    kind = models.CharField(max_length=24, choices=Kind.choices)
    position = models.PositiveIntegerField(default=0)
    summary_en = models.TextField()
    summary_ru = models.TextField(blank=True)
    summary_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")

    class Meta:
        ordering = ["event", "position"]

    def __str__(self) -> str:
        return f"{self.event}: {self.kind}"


class EventAlternative(Multilingual):
    """What another source says about the same event: a conflict kept in view."""

    event = models.ForeignKey(
        ParticipationEvent, on_delete=models.CASCADE, related_name="alternatives"
    )
    date = models.DateField()
    date_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")

    class Meta:
        ordering = ["event", "date"]

    def __str__(self) -> str:
        return f"{self.event} — other sources: {self.date}"


class NonPartyAssertion(Multilingual):
    """A source saying the state was not a party to the instrument as of a date.

    Without one (and without events), the registry says the state's status is unknown."""

    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="+")
    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="+")
    as_of = models.DateField()
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["instrument", "state", "as_of"]
        constraints = [
            models.UniqueConstraint(
                fields=["state", "instrument", "as_of"], name="uniq_non_party_assertion"
            )
        ]

    def __str__(self) -> str:
        return f"{self.state.code} not a party to {self.instrument.slug} as of {self.as_of}"


class PackageLoad(models.Model):
    """The last loaded version of each data package (its content hash)."""

    name = models.CharField(max_length=100, unique=True)
    path = models.CharField(max_length=1000)
    sha256 = models.CharField(max_length=64)
    loaded_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.sha256[:12]})"
