"""URL map: the API (language-neutral), the admin, and the portal (with the sign-in pages)
under /en/, /ru/, /kk/."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from nwfz.api import api

urlpatterns = [
    path("api/", api.urls),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("nwfz.web.urls_neutral")),
    path("", include("nwfz.reports.urls")),
    path("", include("nwfz.opendata.urls")),
]
urlpatterns += i18n_patterns(
    path("account/", include("nwfz.accounts.urls")),
    path("", include("nwfz.web.urls")),
    path("atlas/", include("nwfz.atlas.urls")),
    prefix_default_language=True,
)
