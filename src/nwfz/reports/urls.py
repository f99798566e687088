"""Language-neutral report URLs: the calendar feed."""

from django.urls import path

from nwfz.reports import views

urlpatterns = [
    path("calendar/<slug:slug>.ics", views.regime_calendar, name="regime-calendar"),
]
