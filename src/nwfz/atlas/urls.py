"""The atlas's portal pages (under the language prefixes)."""

from django.urls import path

from nwfz.atlas import views

app_name = "atlas"

urlpatterns = [
    path("", views.atlas_page, name="index"),
    path("<slug:slug>/", views.zone_page, name="regime"),
]
