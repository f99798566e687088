"""Language-neutral URLs: the root redirect and a health check."""

from django.urls import path

from nwfz.web import views

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
]
