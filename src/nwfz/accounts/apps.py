from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "nwfz.accounts"
    label = "accounts"
    verbose_name = "Accounts and audit"
