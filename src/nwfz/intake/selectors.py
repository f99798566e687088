"""Reads shared by the CLI, the web review and the API."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from nwfz.intake.models import IntakeItem, Proposal


class ItemNotFound(LookupError):
    pass


def intake_items(status: str | None = None) -> QuerySet[IntakeItem]:
    """Items, newest first, with their count of proposals still to review."""
    items = IntakeItem.objects.defer("original", "text").annotate(
        open_count=Count("proposals", filter=Q(proposals__status="proposed")),
        proposal_count=Count("proposals"),
    )
    if status:
        items = items.filter(status=status)
    return items.order_by("-received_at", "-id")


def intake_item(item_id: int) -> IntakeItem:
    item = IntakeItem.objects.select_related("duplicate_of", "source").filter(pk=item_id).first()
    if item is None:
        raise ItemNotFound(f"no intake item {item_id} (see `nwfz intake list`)")
    return item


def item_proposals(item: IntakeItem, status: str | None = None) -> list[Proposal]:
    rows = item.proposals.order_by("position")
    if status:
        rows = rows.filter(status=status)
    return list(rows)


def proposal_evidence(item: IntakeItem, proposal: Proposal) -> list[str]:
    """The text each span covers, in order."""
    return [item.text[s:e] for s, e in sorted({(s, e) for s, e in proposal.spans})]


def open_items() -> QuerySet[IntakeItem]:
    return intake_items().filter(open_count__gt=0).order_by("received_at", "id")
