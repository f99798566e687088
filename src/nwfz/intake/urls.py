"""Review of intake items in the portal (staff only), under /<lang>/intake/."""

from django.urls import path

from nwfz.intake import views

app_name = "intake"

urlpatterns = [
    path("", views.item_list, name="list"),
    path("upload/", views.item_upload, name="upload"),
    path("<int:item_id>/", views.item_review, name="item"),
    path("items/<int:item_id>/original", views.item_original, name="original"),
    path("proposals/<int:proposal_id>/accept/", views.proposal_accept_view, name="accept"),
    path("proposals/<int:proposal_id>/reject/", views.proposal_reject_view, name="reject"),
]
