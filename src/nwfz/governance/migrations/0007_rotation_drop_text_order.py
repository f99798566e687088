from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("governance", "0006_rotation_positions_data")]

    operations = [
        migrations.RemoveField(model_name="rotationrule", name="order"),
        migrations.RemoveField(model_name="rotationrule", name="first_state_code"),
    ]
