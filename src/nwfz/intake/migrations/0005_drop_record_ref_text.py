from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("intake", "0004_accepted_record_data")]

    operations = [migrations.RemoveField(model_name="proposal", name="record_ref")]
