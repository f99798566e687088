from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "nwfz.web"
    label = "web"
