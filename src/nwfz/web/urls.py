"""Portal pages (under /en/, /ru/, /kk/)."""

from django.urls import include, path

from nwfz.web import governance_views, views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("regimes/<slug:slug>/", views.regime_page, name="regime"),
    path("regimes/<slug:slug>/governance/", governance_views.governance_page, name="governance"),
    path("instruments/<slug:slug>/", views.instrument_page, name="instrument"),
    path("states/<str:code>/", views.state_page, name="state"),
    path("intake/", include("nwfz.intake.urls")),
]
