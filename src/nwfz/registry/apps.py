from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "nwfz.registry"
    label = "registry"
    verbose_name = "Registry"
