from django.apps import AppConfig


class AtlasConfig(AppConfig):
    name = "nwfz.atlas"
    label = "atlas"
    verbose_name = "Atlas"
