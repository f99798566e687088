"""Rotation order as rows: RotationPosition (rule, position, state) and `first_state` as a
foreign key. The old text columns stay until 0006 has converted them (0007 drops them);
each step is its own migration so PostgreSQL never alters a table with pending triggers."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0004_reported_meetings_precision_inferred"),
        ("registry", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="RotationPosition",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("position", models.PositiveSmallIntegerField()),
                (
                    "rule",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="positions",
                        to="governance.rotationrule",
                    ),
                ),
                (
                    "state",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="registry.state",
                    ),
                ),
            ],
            options={
                "ordering": ["rule", "position"],
                "constraints": [
                    models.UniqueConstraint(fields=("rule", "position"), name="uniq_rotation_position"),
                    models.UniqueConstraint(fields=("rule", "state"), name="uniq_rotation_state"),
                ],
            },
        ),
        migrations.RenameField(model_name="rotationrule", old_name="first_state", new_name="first_state_code"),
        migrations.AddField(
            model_name="rotationrule",
            name="first_state",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="registry.state",
                help_text="who chairs the term starting on the first day; empty: the first in order",
            ),
        ),
    ]
