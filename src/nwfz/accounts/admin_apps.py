"""The admin app, with nwfz's admin site (admin_site.NwfzAdminSite) as its default."""

from django.contrib.admin.apps import AdminConfig


class NwfzAdminConfig(AdminConfig):
    default_site = "nwfz.accounts.admin_site.NwfzAdminSite"
