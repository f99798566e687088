"""Open data URLs (language-neutral)."""

from django.urls import path

from nwfz.opendata import views

urlpatterns = [
    path("data/datapackage.json", views.descriptor, name="data-descriptor"),
    path("data/nwfz-public-record.zip", views.package_zip, name="data-zip"),
    path("data/<slug:name>.<str:fmt>", views.table_file, name="data-table"),
]
