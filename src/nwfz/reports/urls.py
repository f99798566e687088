"""Language-neutral report URLs: the calendar feed and the annual report."""

from django.urls import path

from nwfz.reports import views

urlpatterns = [
    path("calendar/<slug:slug>.ics", views.regime_calendar, name="regime-calendar"),
    path(
        "reports/<slug:slug>/<int:year>.<str:fmt>",
        views.regime_annual_report,
        name="regime-annual-report",
    ),
]
