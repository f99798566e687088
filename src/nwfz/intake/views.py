"""Web review of intake items: a party's delegates take files in (`submit_intake`); the
chair's delegates list, review, accept (with edits) and reject (`review_intake`, for the
regime of each proposal). Thin: they call selectors and services."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nwfz.accounts.access import requires
from nwfz.accounts.permissions import can, require
from nwfz.intake import selectors
from nwfz.intake.acceptance import IntakeRefused
from nwfz.intake.extract import IntakeInputError
from nwfz.intake.field_edits import FieldEditError, edits_from_texts, field_value_text
from nwfz.intake.forms import UploadForm
from nwfz.intake.highlight import FLAG_NOTES, highlighted_html, reading_notes, shown_text
from nwfz.intake.models import Proposal
from nwfz.intake.services import intake_item_receive, proposal_accept, proposal_reject

FIELD_PREFIX = "field-"


def _item_or_404(item_id: int):
    try:
        return selectors.intake_item(item_id)
    except selectors.ItemNotFound as exc:
        raise Http404(str(exc)) from None


@requires("review_intake")
@require_GET
@ensure_csrf_cookie  # the desk's scripts post to the API with this cookie's token
def item_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status") or None
    items = selectors.intake_items(status if status in ("pending", "reviewed") else None)
    return render(request, "intake/list.html", {"items": items[:200], "status": status})


@requires("submit_intake")
@require_http_methods(["GET", "POST"])
def item_upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        limit = settings.NWFZ_INTAKE_MAX_BYTES
        try:
            if upload.size > limit:
                raise IntakeInputError(
                    _("%(name)s: the file is too large (%(size)s bytes; the limit is %(limit)s)")
                    % {"name": upload.name, "size": upload.size, "limit": limit}
                )
            receipt = intake_item_receive(
                raw=upload.read(),
                filename=upload.name,
                published=form.cleaned_data["published"],
                source_url=form.cleaned_data["source_url"] or "",
                acting_user=request.user,
                max_bytes=limit,
            )
        except IntakeInputError as exc:
            form.add_error("file", str(exc))
        else:
            messages.info(request, receipt.message)
            if not can(request.user, "review_intake"):
                messages.info(request, _("The chair's delegates will review it."))
                return redirect("web:intake:upload")
            return redirect("web:intake:item", item_id=receipt.item.id)
    return render(request, "intake/upload.html", {"form": form})


def _cards(item, proposals: list[Proposal]) -> list[dict]:
    return [
        {
            "proposal": p,
            "fields": [(name, field_value_text(value)) for name, value in p.current_fields.items()],
            "evidence": [shown_text(words) for words in selectors.proposal_evidence(item, p)],
            "flags": [FLAG_NOTES.get(kind, kind) for kind in p.flags],
        }
        for p in proposals
    ]


@requires("review_intake")
@require_GET
def item_review(request: HttpRequest, item_id: int) -> HttpResponse:
    item = _item_or_404(item_id)
    proposals = selectors.item_proposals(item)
    marks = [(p.id, (s, e)) for p in proposals for s, e in p.spans]
    context = {
        "item": item,
        "highlighted": highlighted_html(item.text, marks),
        "cards": _cards(item, proposals),
        "near_duplicates": item.near_duplicates.all(),
        "reading_notes": reading_notes(item.text_flags, item.transliteration),
    }
    return render(request, "intake/item.html", context)


@requires("review_intake")
@require_GET
def item_original(request: HttpRequest, item_id: int) -> HttpResponse:
    """The original as received, always as plain text (never rendered as HTML)."""
    item = _item_or_404(item_id)
    charset = item.encoding.removesuffix("-sig") or "utf-8"
    response = HttpResponse(bytes(item.original), content_type=f"text/plain; charset={charset}")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@requires("review_intake")
@require_POST
def proposal_accept_view(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _proposal_for_review(request, proposal_id)
    texts = {
        key.removeprefix(FIELD_PREFIX): value
        for key, value in request.POST.items()
        if key.startswith(FIELD_PREFIX)
    }
    try:
        edits = edits_from_texts(proposal.current_fields, texts)
        proposal = proposal_accept(proposal=proposal, edited_fields=edits, acting_user=request.user)
    except (FieldEditError, IntakeRefused) as exc:
        messages.error(request, _("Not accepted: %(reason)s") % {"reason": exc})
    else:
        messages.success(request, _("Accepted: %(outcome)s") % {"outcome": proposal.outcome})
    return redirect(f"{_item_url(proposal)}#proposal-{proposal.id}")


@requires("review_intake")
@require_POST
def proposal_reject_view(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _proposal_for_review(request, proposal_id)
    try:
        reason = request.POST.get("reason", "")
        proposal = proposal_reject(proposal=proposal, reason=reason, acting_user=request.user)
    except IntakeRefused as exc:
        messages.error(request, _("Not rejected: %(reason)s") % {"reason": exc})
    else:
        messages.success(request, _("Rejected."))
    return redirect(f"{_item_url(proposal)}#proposal-{proposal.id}")


def _proposal_for_review(request: HttpRequest, proposal_id: int) -> Proposal:
    """The proposal, if the user may review proposals of its regime (else a 403)."""
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    require(request.user, "review_intake", proposal)
    return proposal


def _item_url(proposal: Proposal) -> str:
    from django.urls import reverse

    return reverse("web:intake:item", args=[proposal.item_id])
