"""Workbench pages, under /<lang>/workbench/."""

from django.urls import path

from nwfz.workbench import views

app_name = "workbench"

urlpatterns = [
    path("", views.home, name="home"),
    path("<slug:slug>/", views.dashboard, name="dashboard"),
    path("<slug:slug>/meetings/new/", views.convene, name="convene"),
    path("meetings/<int:meeting_id>/", views.meeting, name="meeting"),
    path("meetings/<int:meeting_id>/agenda/", views.agenda_add, name="agenda-add"),
    path(
        "meetings/<int:meeting_id>/agenda/<int:item_id>/remove/",
        views.agenda_remove,
        name="agenda-remove",
    ),
    path("meetings/<int:meeting_id>/proposals/", views.agenda_propose, name="agenda-propose"),
    path(
        "meetings/<int:meeting_id>/proposals/<int:proposal_id>/",
        views.agenda_decide,
        name="agenda-decide",
    ),
    path("meetings/<int:meeting_id>/decisions/", views.decision_add, name="decision-add"),
    path("meetings/<int:meeting_id>/outcomes/", views.outcome_add, name="outcome-add"),
    path(
        "meetings/<int:meeting_id>/decisions/<int:decision_id>/actions/",
        views.action_add,
        name="action-add",
    ),
    path("actions/<int:item_id>/status/", views.action_status, name="action-status"),
]
