"""Converts each proposal's `record_ref` ("meeting:7", "regime:canwfz", "audit:12") into the
matching foreign key. A reference whose record no longer exists (nothing kept it before)
is not dropped silently: the proposal's `outcome` gains "(record meeting:7 no longer
exists)" and no key is set; a kind no field holds stops the migration."""

from django.db import migrations

FIELDS = {
    "meeting": ("accepted_meeting", "governance", "Meeting", "pk"),
    "agenda_item": ("accepted_agenda_item", "governance", "AgendaItem", "pk"),
    "chair_term": ("accepted_chair_term", "governance", "ChairTerm", "pk"),
    "decision": ("accepted_decision", "governance", "Decision", "pk"),
    "event": ("accepted_event", "governance", "Event", "pk"),
    "outcome_document": ("accepted_outcome_document", "governance", "OutcomeDocument", "pk"),
    "forum_session": ("accepted_forum_session", "governance", "ForumSession", "pk"),
    "action_item": ("accepted_action_item", "governance", "ActionItem", "pk"),
    "regime": ("accepted_regime", "registry", "Regime", "slug"),
    "audit": ("accepted_audit_entry", "accounts", "AuditEntry", "pk"),
}


def parse(ref: str):
    """("meeting", "7") for "meeting:7"; None for ""; ValueError for a kind no field holds."""
    if not ref.strip():
        return None
    kind, _, key = ref.strip().partition(":")
    if kind not in FIELDS or not key:
        raise ValueError(f"record {ref!r}: no field holds a record of kind {kind!r}")
    return kind, key


def forwards(apps, schema_editor):
    Proposal = apps.get_model("intake", "Proposal")
    for proposal in Proposal.objects.exclude(record_ref=""):
        try:
            kind, key = parse(proposal.record_ref)
        except ValueError as exc:
            raise ValueError(f"proposal {proposal.pk}: {exc}") from None
        field, app, model, by = FIELDS[kind]
        lookup = {by: int(key) if by == "pk" and key.isdigit() else key}
        record = None
        if by != "pk" or key.isdigit():
            record = apps.get_model(app, model).objects.filter(**lookup).first()
        if record is None:
            proposal.outcome = f"{proposal.outcome} (record {proposal.record_ref} no longer exists)"
            proposal.save(update_fields=["outcome"])
            continue
        setattr(proposal, field, record)
        proposal.save(update_fields=[field])


def backwards(apps, schema_editor):
    Proposal = apps.get_model("intake", "Proposal")
    for proposal in Proposal.objects.all():
        for kind, (field, _app, _model, by) in FIELDS.items():
            key = getattr(proposal, f"{field}_id")
            if key is not None:
                proposal.record_ref = f"{kind}:{key}"
                proposal.save(update_fields=["record_ref"])
                break


class Migration(migrations.Migration):
    dependencies = [("intake", "0003_accepted_record_fields")]

    operations = [migrations.RunPython(forwards, backwards)]
