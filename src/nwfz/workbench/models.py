"""What a delegate proposes for a meeting's agenda, until the chair's delegates take it
onto the agenda or decline it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AgendaProposal(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        ACCEPTED = "accepted", _("taken onto the agenda")
        DECLINED = "declined", _("declined")

    meeting = models.ForeignKey(
        "governance.Meeting", on_delete=models.CASCADE, related_name="agenda_proposals"
    )
    text = models.TextField()
    language = models.CharField(max_length=5)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    delegation = models.CharField(max_length=40, blank=True)
    proposed_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    agenda_item = models.ForeignKey(
        "governance.AgendaItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["meeting", "proposed_at"]

    def __str__(self) -> str:
        return f"{self.delegation}: {self.text[:60]}"
