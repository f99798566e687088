from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "nwfz.intake"
    label = "intake"
