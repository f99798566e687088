from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "nwfz.governance"
    label = "governance"
