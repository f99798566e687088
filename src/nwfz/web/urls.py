"""Portal pages (under /en/, /ru/, /kk/)."""

from django.urls import include, path

from nwfz.reports import views as report_views
from nwfz.web import governance_views, portal_views, views
from nwfz.web.feeds import ChangesFeed
from nwfz.web.page_cache import public_page

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("regimes/<slug:slug>/", views.regime_page, name="regime"),
    path("regimes/<slug:slug>/governance/", governance_views.governance_page, name="governance"),
    path("regimes/<slug:slug>/calendar/", governance_views.calendar_page, name="calendar"),
    path(
        "regimes/<slug:slug>/calendar/<int:year>/",
        governance_views.calendar_page,
        name="calendar-year",
    ),
    path(
        "regimes/<slug:slug>/calendar.ics",
        report_views.regime_calendar_in_language,
        name="regime-calendar-ics",
    ),
    path(
        "regimes/<slug:slug>/reports/<int:year>.<str:fmt>",
        report_views.regime_annual_report_in_language,
        name="annual-report",
    ),
    path("meetings/<str:ref>/", governance_views.meeting_page, name="meeting"),
    path("instruments/<slug:slug>/", views.instrument_page, name="instrument"),
    path("states/<str:code>/", views.state_page, name="state"),
    path("sources/", portal_views.sources_page, name="sources"),
    path("changes/", portal_views.changes_page, name="changes"),
    path("changes/feed.atom", public_page(ChangesFeed()), name="feed"),
    path("changes/<int:entry_id>/", portal_views.change_page, name="change"),
    path("data/", portal_views.data_page, name="data"),
    path("intake/", include("nwfz.intake.urls")),
    path("workbench/", include("nwfz.workbench.urls")),
]
