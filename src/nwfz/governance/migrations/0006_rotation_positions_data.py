"""Converts each rotation rule's comma-separated `order` and its two-letter `first_state`
into RotationPosition rows and the `first_state` foreign key. A code with no State row
stops the migration with the rule and the code named (nothing is dropped silently)."""

from django.db import migrations


def positions_of(order: str, first_state: str, state_ids: dict[str, int]):
    """[(position, state id)] for the order text, and the first state's id (or None).
    Raises ValueError naming an unknown or repeated code."""
    codes = [c.strip().upper() for c in order.split(",") if c.strip()]
    unknown = [c for c in codes + [first_state.strip().upper()] if c and c not in state_ids]
    if unknown:
        raise ValueError(f"unknown state code(s) {', '.join(unknown)} in order {order!r}")
    if len(set(codes)) != len(codes):
        raise ValueError(f"order {order!r} lists a state twice")
    first = first_state.strip().upper()
    return [(i, state_ids[c]) for i, c in enumerate(codes)], (state_ids[first] if first else None)


def forwards(apps, schema_editor):
    RotationRule = apps.get_model("governance", "RotationRule")
    RotationPosition = apps.get_model("governance", "RotationPosition")
    State = apps.get_model("registry", "State")
    state_ids = dict(State.objects.values_list("code", "id"))
    for rule in RotationRule.objects.all():
        try:
            positions, first = positions_of(rule.order, rule.first_state_code, state_ids)
        except ValueError as exc:
            raise ValueError(f"rotation rule {rule.pk}: {exc}") from None
        RotationPosition.objects.filter(rule=rule).delete()
        RotationPosition.objects.bulk_create(
            RotationPosition(rule=rule, position=p, state_id=s) for p, s in positions
        )
        rule.first_state_id = first
        rule.save(update_fields=["first_state"])


def backwards(apps, schema_editor):
    RotationRule = apps.get_model("governance", "RotationRule")
    for rule in RotationRule.objects.all():
        codes = rule.positions.order_by("position").values_list("state__code", flat=True)
        rule.order = ",".join(codes)
        rule.first_state_code = rule.first_state.code if rule.first_state_id else ""
        rule.save(update_fields=["order", "first_state_code"])


class Migration(migrations.Migration):
    dependencies = [("governance", "0005_rotation_positions")]

    operations = [migrations.RunPython(forwards, backwards)]
