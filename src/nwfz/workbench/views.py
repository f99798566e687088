"""Workbench pages (members only, in en/ru/kk). Thin: every page asks `can()` through
`require`, reads through workbench.selectors, and writes through a service; a refusal is
shown on the page (422), a stale form is refused with what changed since (409)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nwfz.accounts.permissions import require
from nwfz.accounts.records import StaleVersion
from nwfz.governance import services
from nwfz.governance.models import ActionItem, AgendaItem, Decision, Meeting
from nwfz.governance.selectors import chair_on
from nwfz.governance.validation import GovernanceRefused
from nwfz.languages import active_language
from nwfz.registry.selectors import NotFound, regime_by_slug
from nwfz.workbench import forms, selectors
from nwfz.workbench.models import AgendaProposal
from nwfz.workbench.selectors import meeting_or_404
from nwfz.workbench.services import agenda_proposal_decide, agenda_proposal_submit


def _see_other(url: str) -> HttpResponseRedirect:
    """After a POST: go (GET) to `url` (303 See Other)."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _regime(slug: str):
    try:
        return regime_by_slug(slug)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@login_required
def home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    require(request.user, "use_workbench", None, today)
    slugs = selectors.user_regimes(request.user, today)
    if not slugs:
        return render(request, "workbench/no_regime.html", status=403)
    return redirect("web:workbench:dashboard", slug=slugs[0])


@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    regime = _regime(slug)
    today = timezone.localdate()
    verdict = require(request.user, "use_workbench", regime, today)
    board = selectors.dashboard(request.user, regime, today, active_language())
    return render(
        request,
        "workbench/dashboard.html",
        {"board": board, "regime": regime, "because": verdict.because, "form": forms.ConveneForm()},
    )


@login_required
def convene(request: HttpRequest, slug: str) -> HttpResponse:
    regime = _regime(slug)
    today = timezone.localdate()
    verdict = require(request.user, "convene_meeting", regime, today)
    form = forms.ConveneForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        data, lang = form.cleaned_data, active_language()
        chair = chair_on(regime, data["start"])
        try:
            meeting = services.meeting_record(
                regime=regime,
                kind=data["kind"],
                start=data["start"],
                end=data["end"],
                chair=chair.state if chair else None,
                title={lang: data["title"]},
                place={lang: data["place"]},
                format=data["format"] or "",
                agenda=[{lang: line} for line in form.agenda_lines()],
                acting_user=request.user,
            )
        except GovernanceRefused as exc:
            form.add_error(None, str(exc))
            status = 422
        else:
            messages.success(request, _("The meeting is convened."))
            return redirect("web:workbench:meeting", meeting_id=meeting.id)
    elif request.method == "POST":
        status = 422
    return render(
        request,
        "workbench/convene.html",
        {"regime": regime, "form": form, "because": verdict.because},
        status=status,
    )


def _desk(request: HttpRequest, meeting: Meeting, status: int = 200, **forms_given: Any):
    desk = selectors.meeting_desk(request.user, meeting, timezone.localdate())
    context = {
        "desk": desk,
        "regime": meeting.regime,
        "agenda_form": forms.AgendaItemForm(initial={"version": desk.version}),
        "proposal_form": forms.AgendaProposalForm(),
        "decision_form": forms.DecisionForm(initial={"date": meeting.start}),
        "outcome_form": forms.OutcomeForm(initial={"date": meeting.start}),
        "action_form": forms.ActionItemForm(),
        **forms_given,
    }
    return render(request, "workbench/meeting.html", context, status=status)


@login_required
def meeting(request: HttpRequest, meeting_id: int) -> HttpResponse:
    found = get_object_or_404(Meeting.objects.select_related("regime"), pk=meeting_id)
    require(request.user, "use_workbench", found.regime, timezone.localdate())
    return _desk(request, found)


def _write(
    request: HttpRequest,
    meeting: Meeting,
    action: str,
    form,
    do: Callable[[dict[str, Any]], Any],
    done: str,
    form_name: str,
) -> HttpResponse:
    """Run `do` with the form's data; success → back to the meeting (303), a refusal →
    the meeting page with the message (422), a stale version → 409. `can(action)` is
    asked first: a user it refuses gets a 403, never the page with their form's errors."""
    require(request.user, action, meeting, timezone.localdate())
    if not form.is_valid():
        return _desk(request, meeting, 422, **{form_name: form})
    try:
        do(form.cleaned_data)
    except StaleVersion as exc:
        form.add_error(None, str(exc))
        return _desk(request, meeting, 409, **{form_name: form})
    except GovernanceRefused as exc:
        form.add_error(None, str(exc))
        return _desk(request, meeting, 422, **{form_name: form})
    messages.success(request, done)
    return _see_other(reverse("web:workbench:meeting", args=[meeting.id]))


@login_required
@require_POST
def agenda_add(request: HttpRequest, meeting_id: int) -> HttpResponse:
    found = meeting_or_404(meeting_id)
    lang = active_language()
    return _write(
        request,
        found,
        "edit_agenda",
        forms.AgendaItemForm(request.POST),
        lambda d: services.agenda_item_add(
            meeting=found, text={lang: d["text"]}, version=d["version"], acting_user=request.user
        ),
        _("The item is on the draft agenda."),
        "agenda_form",
    )


@login_required
@require_POST
def agenda_remove(request: HttpRequest, meeting_id: int, item_id: int) -> HttpResponse:
    found = meeting_or_404(meeting_id)
    item = get_object_or_404(AgendaItem, pk=item_id, meeting=found)
    return _write(
        request,
        found,
        "edit_agenda",
        forms.VersionForm(request.POST),
        lambda d: services.agenda_item_remove(
            item=item, version=d["version"], acting_user=request.user
        ),
        _("The item is off the agenda."),
        "version_form",
    )


@login_required
@require_POST
def agenda_propose(request: HttpRequest, meeting_id: int) -> HttpResponse:
    found = meeting_or_404(meeting_id)
    return _write(
        request,
        found,
        "propose_agenda_item",
        forms.AgendaProposalForm(request.POST),
        lambda d: agenda_proposal_submit(
            meeting=found, text=d["text"], language=active_language(), acting_user=request.user
        ),
        _("Your proposal is with the chair."),
        "proposal_form",
    )


@login_required
@require_POST
def agenda_decide(request: HttpRequest, meeting_id: int, proposal_id: int) -> HttpResponse:
    found = meeting_or_404(meeting_id)
    proposal = get_object_or_404(AgendaProposal, pk=proposal_id, meeting=found)
    accept = request.POST.get("decision") == "accept"
    return _write(
        request,
        found,
        "edit_agenda",
        forms.VersionForm(request.POST),
        lambda d: agenda_proposal_decide(
            proposal=proposal, accept=accept, version=d["version"], acting_user=request.user
        ),
        _("The proposal is taken onto the agenda.") if accept else _("The proposal is declined."),
        "version_form",
    )


@login_required
@require_POST
def decision_add(request: HttpRequest, meeting_id: int) -> HttpResponse:
    found = meeting_or_404(meeting_id)
    lang = active_language()
    return _write(
        request,
        found,
        "record_decision",
        forms.DecisionForm(request.POST),
        lambda d: services.decision_record(
            meeting=found,
            date=d["date"],
            kind=d["kind"],
            text={lang: d["text"]},
            handover_to=d["handover_to"] or None,
            effective=d["effective"],
            acting_user=request.user,
        ),
        _("The decision is recorded."),
        "decision_form",
    )


@login_required
@require_POST
def outcome_add(request: HttpRequest, meeting_id: int) -> HttpResponse:
    found = meeting_or_404(meeting_id)
    lang = active_language()
    return _write(
        request,
        found,
        "record_outcome",
        forms.OutcomeForm(request.POST),
        lambda d: services.outcome_document_record(
            regime=found.regime,
            meeting=found,
            kind=d["kind"],
            title={lang: d["title"]},
            date=d["date"],
            acting_user=request.user,
        ),
        _("The outcome document is recorded."),
        "outcome_form",
    )


@login_required
@require_POST
def action_add(request: HttpRequest, meeting_id: int, decision_id: int) -> HttpResponse:
    found = meeting_or_404(meeting_id)
    decision = get_object_or_404(Decision, pk=decision_id, meeting=found)
    lang = active_language()
    form = forms.ActionItemForm(request.POST)
    return _write(
        request,
        found,
        "manage_action_items",
        form,
        lambda d: services.action_item_create(
            decision=decision,
            title={lang: d["title"]},
            owners=form.owner_codes(),
            due=d["due"],
            acting_user=request.user,
        ),
        _("The action item is open."),
        "action_form",
    )


@login_required
@require_POST
def action_status(request: HttpRequest, item_id: int) -> HttpResponse:
    item = get_object_or_404(ActionItem.objects.select_related("decision__meeting"), pk=item_id)
    form = forms.ActionStatusForm(request.POST)
    meeting = item.decision.meeting
    back = request.POST.get("next") == "dashboard"
    response = _write(
        request,
        meeting,
        "manage_action_items",
        form,
        lambda d: services.action_item_update_status(
            item=item,
            status=d["status"],
            on=timezone.localdate(),
            version=d["version"],
            acting_user=request.user,
        ),
        _("The action item's status is changed."),
        "status_form",
    )
    if back and response.status_code == 303:
        return _see_other(reverse("web:workbench:dashboard", args=[meeting.regime.slug]))
    return response
