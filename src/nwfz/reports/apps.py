from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "nwfz.reports"
    label = "reports"
