"""Governance tables: rotation, chair terms, meetings and decisions, action items, events,
fora and coordination, deadline rules, anniversary dates.

Writes go through services.py (one transaction, one audit entry). Rows loaded from a data
package carry the package's name in `package` and a natural `key` where the package needs
one to update them in place; rows written in the workbench leave `package` empty.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from nwfz.registry.models import (
    INFERRED_HELP,
    PRECISIONS,
    Instrument,
    Multilingual,
    Regime,
    Source,
    State,
)


class RotationRule(Multilingual):
    """How the chair passes between parties: order, term length, handover day."""

    regime = models.OneToOneField(Regime, on_delete=models.CASCADE, related_name="rotation_rule")
    term_months = models.PositiveSmallIntegerField(default=12)
    effective_from = models.DateField(help_text=_("start of the first term under the rule"))
    first_state = models.ForeignKey(
        State,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("who chairs the term starting on the first day; empty: the first in order"),
    )
    inferred = models.BooleanField(
        default=False, help_text=_("true when sources do not state the rule in full")
    )
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    @property
    def order_codes(self) -> tuple[str, ...]:
        """The states' codes in rotation order (from the rule's positions)."""
        return tuple(p.state.code for p in self.positions.select_related("state"))

    @property
    def order(self) -> str:
        """The order as one text, e.g. "KG,TJ,TM,UZ,KZ" (open data, lists)."""
        return ",".join(self.order_codes)

    @property
    def first_state_code(self) -> str:
        return self.first_state.code if self.first_state_id else ""

    def __str__(self) -> str:
        return f"{self.regime.slug}: {self.order} from {self.effective_from}"


class RotationPosition(models.Model):
    """One state's place in a rotation rule's order (0 = first)."""

    rule = models.ForeignKey(RotationRule, on_delete=models.CASCADE, related_name="positions")
    position = models.PositiveSmallIntegerField()
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["rule", "position"]
        constraints = [
            models.UniqueConstraint(fields=["rule", "position"], name="uniq_rotation_position"),
            models.UniqueConstraint(fields=["rule", "state"], name="uniq_rotation_state"),
        ]

    def __str__(self) -> str:
        return f"{self.position + 1}. {self.state_id and self.state.code}"


class ChairTerm(Multilingual):
    ROLES = [("chair", _("chair")), ("coordinator", _("coordinator"))]
    regime = models.ForeignKey(Regime, on_delete=models.CASCADE, related_name="chair_terms")
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(max_length=12, choices=ROLES, default="chair")
    start = models.DateField()
    end = models.DateField()
    precision = models.CharField(
        max_length=5,
        choices=PRECISIONS,
        default="day",
        help_text=_("'year' when sources attest the chair in a year without its exact term"),
    )
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    inferred = models.TextField(blank=True, help_text=INFERRED_HELP)
    created_by_decision = models.ForeignKey(
        "Decision", null=True, blank=True, on_delete=models.SET_NULL, related_name="chair_terms"
    )
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["regime", "start"]
        constraints = [
            models.UniqueConstraint(fields=["regime", "start"], name="uniq_chair_term_start"),
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="chair_term_end_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.state_id and self.state.code} {self.start}–{self.end}"


class Organisation(Multilingual):
    """An observer or partner: UNRCCA, IAEA, CTBTO, OPANAL, AFCONE, UNODA, ..."""

    slug = models.SlugField(max_length=60, unique=True)
    short_name = models.CharField(max_length=40)
    name_en = models.CharField(max_length=300)
    name_ru = models.CharField(max_length=300, blank=True)
    name_kk = models.CharField(max_length=300, blank=True)
    url = models.URLField(max_length=500, blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["short_name"]

    def __str__(self) -> str:
        return self.short_name


class Meeting(Multilingual):
    class Kind(models.TextChoices):
        ANNUAL_CONSULTATIVE = "annual_consultative", _("annual consultative meeting")
        EXTRAORDINARY = "extraordinary", _("extraordinary meeting")
        THEMATIC = "thematic", _("thematic meeting")
        ANNIVERSARY = "anniversary", _("anniversary meeting")

    class Format(models.TextChoices):
        NOT_STATED = "", _("not stated")
        IN_PERSON = "in_person", _("in person")
        VIDEOCONFERENCE = "videoconference", _("videoconference")
        HYBRID = "hybrid", _("hybrid")

    regime = models.ForeignKey(Regime, on_delete=models.CASCADE, related_name="meetings")
    key = models.SlugField(max_length=120, unique=True, null=True, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title_en = models.CharField(max_length=400, blank=True)
    title_ru = models.CharField(max_length=400, blank=True)
    title_kk = models.CharField(max_length=400, blank=True)
    start = models.DateField()
    end = models.DateField(null=True, blank=True, help_text=_("inclusive; empty for one day"))
    date_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    reported_on = models.DateField(
        null=True, blank=True, help_text=_("the day a source reported the meeting")
    )
    date_known = models.BooleanField(
        default=True, help_text=_("false when only the day it was reported is known")
    )
    date_note_en = models.CharField(max_length=400, blank=True)
    date_note_ru = models.CharField(max_length=400, blank=True)
    date_note_kk = models.CharField(max_length=400, blank=True)
    place_en = models.CharField(max_length=200, blank=True)
    place_ru = models.CharField(max_length=200, blank=True)
    place_kk = models.CharField(max_length=200, blank=True)
    format = models.CharField(max_length=16, choices=Format.choices, blank=True, default="")
    chair = models.ForeignKey(
        State, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    participants = models.ManyToManyField(State, blank=True, related_name="+")
    observers = models.ManyToManyField(Organisation, blank=True, related_name="meetings")
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["regime", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="meeting_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.regime.slug} {self.kind} {self.start}"


class AgendaItem(Multilingual):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda")
    position = models.PositiveIntegerField(default=0)
    text_en = models.TextField()
    text_ru = models.TextField(blank=True)
    text_kk = models.TextField(blank=True)

    class Meta:
        ordering = ["meeting", "position"]


class OutcomeDocument(Multilingual):
    class Kind(models.TextChoices):
        FINAL_DOCUMENT = "final_document", _("final document")
        JOINT_STATEMENT = "joint_statement", _("joint statement")
        MEMORANDUM = "memorandum", _("memorandum")
        COMMUNIQUE = "communique", _("communiqué")
        REPORT = "report", _("report")

    regime = models.ForeignKey(Regime, on_delete=models.CASCADE, related_name="outcomes")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="outcomes"
    )
    key = models.SlugField(max_length=120, unique=True, null=True, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title_en = models.CharField(max_length=400)
    title_ru = models.CharField(max_length=400, blank=True)
    title_kk = models.CharField(max_length=400, blank=True)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    parties = models.CharField(max_length=400, blank=True, help_text=_("who adopted or signed it"))
    organisations = models.ManyToManyField(Organisation, blank=True, related_name="outcomes")
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["regime", "date"]

    def __str__(self) -> str:
        return self.title_en


class Decision(Multilingual):
    class Kind(models.TextChoices):
        CHAIR_HANDOVER = "chair_handover", _("chair handover")
        WORK_PLAN = "work_plan", _("work plan")
        INSTITUTIONAL = "institutional", _("institutional")
        STATEMENT = "statement", _("statement")
        OTHER = "other", _("other")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="decisions")
    position = models.PositiveIntegerField(default=0)
    date = models.DateField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text_en = models.TextField()
    text_ru = models.TextField(blank=True)
    text_kk = models.TextField(blank=True)
    handover_to = models.ForeignKey(
        State, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    effective = models.DateField(null=True, blank=True)
    effective_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    effective_inferred = models.TextField(blank=True, help_text=INFERRED_HELP)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")

    class Meta:
        ordering = ["meeting", "position"]

    def __str__(self) -> str:
        return f"{self.kind} {self.date}"


class ActionItem(Multilingual):
    class Status(models.TextChoices):
        OPEN = "open", _("open")
        IN_PROGRESS = "in_progress", _("in progress")
        DONE = "done", _("done")
        DROPPED = "dropped", _("dropped")

    OPEN_STATUSES = ("open", "in_progress")
    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="action_items")
    key = models.SlugField(max_length=120, unique=True, null=True, blank=True)
    title_en = models.CharField(max_length=400)
    title_ru = models.CharField(max_length=400, blank=True)
    title_kk = models.CharField(max_length=400, blank=True)
    owners = models.ManyToManyField(State, related_name="+")
    due = models.DateField(null=True, blank=True)
    due_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    status = models.CharField(max_length=12, choices=Status.choices, default="open")
    closed_on = models.DateField(null=True, blank=True)
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["due", "id"]
        constraints = [
            # an open item has no closing day; a closed one (done, dropped) has one
            models.CheckConstraint(
                condition=(
                    models.Q(status__in=("open", "in_progress"), closed_on__isnull=True)
                    | models.Q(status__in=("done", "dropped"), closed_on__isnull=False)
                ),
                name="action_item_closed_on_matches_status",
            ),
        ]

    def __str__(self) -> str:
        return self.title_en


class ExtraordinaryMeetingRequest(Multilingual):
    OUTCOMES = [
        ("pending", _("pending")),
        ("held", _("meeting held")),
        ("declined", _("declined")),
        ("withdrawn", _("withdrawn")),
    ]
    regime = models.ForeignKey(Regime, on_delete=models.CASCADE, related_name="+")
    key = models.SlugField(max_length=120, unique=True, null=True, blank=True)
    requesting_state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="+")
    date = models.DateField()
    subject_en = models.CharField(max_length=400)
    subject_ru = models.CharField(max_length=400, blank=True)
    subject_kk = models.CharField(max_length=400, blank=True)
    outcome = models.CharField(max_length=10, choices=OUTCOMES, default="pending")
    outcome_note_en = models.TextField(blank=True)
    outcome_note_ru = models.TextField(blank=True)
    outcome_note_kk = models.TextField(blank=True)
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="requests"
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["regime", "date"]


class Event(Multilingual):
    class Kind(models.TextChoices):
        COMMEMORATIVE = "commemorative", _("commemorative")
        THEMATIC = "thematic", _("thematic")

    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        HELD = "held", _("held")
        CANCELLED = "cancelled", _("cancelled")

    regime = models.ForeignKey(Regime, on_delete=models.CASCADE, related_name="governance_events")
    key = models.SlugField(max_length=120, unique=True, null=True, blank=True)
    kind = models.CharField(max_length=14, choices=Kind.choices)
    title_en = models.CharField(max_length=400)
    title_ru = models.CharField(max_length=400, blank=True)
    title_kk = models.CharField(max_length=400, blank=True)
    start = models.DateField()
    end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    place_en = models.CharField(max_length=200, blank=True)
    place_ru = models.CharField(max_length=200, blank=True)
    place_kk = models.CharField(max_length=200, blank=True)
    description_en = models.TextField(blank=True)
    description_ru = models.TextField(blank=True)
    description_kk = models.TextField(blank=True)
    organiser_states = models.ManyToManyField(State, blank=True, related_name="+")
    organiser_organisations = models.ManyToManyField(Organisation, blank=True, related_name="+")
    marks_key = models.CharField(
        max_length=60, blank=True, help_text=_("the anniversary it marks, e.g. signature")
    )
    marks_ordinal = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default="planned")
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["regime", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="event_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title_en


class AnniversaryDate(Multilingual):
    """A date a regime remembers every year, beyond the treaty's own signature and entry
    into force (which come from the registry)."""

    KINDS = [
        ("test_site_closure", _("test site closure")),
        ("observance", _("observance")),
        ("other", _("other")),
    ]
    regime = models.ForeignKey(Regime, on_delete=models.CASCADE, related_name="+")
    key = models.SlugField(max_length=60)
    kind = models.CharField(max_length=20, choices=KINDS)
    title_en = models.CharField(max_length=300)
    title_ru = models.CharField(max_length=300, blank=True)
    title_kk = models.CharField(max_length=300, blank=True)
    date = models.DateField(help_text=_("the original day; for an observance its first year"))
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["regime", "date"]
        constraints = [
            models.UniqueConstraint(fields=["regime", "key"], name="uniq_anniversary_key")
        ]


class Forum(Multilingual):
    slug = models.SlugField(max_length=60, unique=True)
    name_en = models.CharField(max_length=300)
    name_ru = models.CharField(max_length=300, blank=True)
    name_kk = models.CharField(max_length=300, blank=True)
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug


class ForumSession(Multilingual):
    forum = models.ForeignKey(Forum, on_delete=models.PROTECT, related_name="sessions")
    key = models.SlugField(max_length=120, unique=True, null=True, blank=True)
    regimes = models.ManyToManyField(Regime, blank=True, related_name="forum_sessions")
    title_en = models.CharField(max_length=400)
    title_ru = models.CharField(max_length=400, blank=True)
    title_kk = models.CharField(max_length=400, blank=True)
    start = models.DateField()
    end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, choices=PRECISIONS, default="day")
    venue_en = models.CharField(max_length=200, blank=True)
    venue_ru = models.CharField(max_length=200, blank=True)
    venue_kk = models.CharField(max_length=200, blank=True)
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="forum_session_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title_en


class CoordinationItem(Multilingual):
    class Kind(models.TextChoices):
        JOINT_STATEMENT = "joint_statement", _("joint statement")
        WORKING_PAPER = "working_paper", _("working paper")
        CO_SPONSORSHIP = "co_sponsorship", _("co-sponsorship")
        SIDE_EVENT = "side_event", _("side event")
        RESOLUTION = "resolution", _("resolution")

    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        DELIVERED = "delivered", _("delivered")
        ADOPTED = "adopted", _("adopted")
        DROPPED = "dropped", _("dropped")

    session = models.ForeignKey(ForumSession, on_delete=models.CASCADE, related_name="items")
    regime = models.ForeignKey(Regime, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    title_en = models.CharField(max_length=400)
    title_ru = models.CharField(max_length=400, blank=True)
    title_kk = models.CharField(max_length=400, blank=True)
    date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default="planned")
    states = models.ManyToManyField(State, blank=True, related_name="+")
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")

    class Meta:
        ordering = ["session", "position"]

    def __str__(self) -> str:
        return self.title_en


class DeadlineRule(Multilingual):
    ACTIONS = [("entered_into_force", _("entered into force"))]
    regime = models.ForeignKey(Regime, on_delete=models.CASCADE, related_name="deadline_rules")
    slug = models.SlugField(max_length=60)
    article = models.CharField(max_length=10, blank=True)
    title_en = models.CharField(max_length=300)
    title_ru = models.CharField(max_length=300, blank=True)
    title_kk = models.CharField(max_length=300, blank=True)
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=24, choices=ACTIONS, default="entered_into_force")
    months_after = models.PositiveSmallIntegerField()
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["regime", "slug"]
        constraints = [
            models.UniqueConstraint(fields=["regime", "slug"], name="uniq_deadline_rule_slug")
        ]

    def __str__(self) -> str:
        return self.slug
