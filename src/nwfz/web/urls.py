"""Portal pages (under /en/, /ru/, /kk/)."""

from django.urls import include, path

from nwfz.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("regimes/<slug:slug>/", views.regime_page, name="regime"),
    path("instruments/<slug:slug>/", views.instrument_page, name="instrument"),
    path("states/<str:code>/", views.state_page, name="state"),
]

from nwfz.web import governance_views  # noqa: E402 - governance pages, appended

urlpatterns += [
    path("regimes/<slug:slug>/governance/", governance_views.governance_page, name="governance"),
]
urlpatterns += [path("intake/", include("nwfz.intake.urls"))]
