"""Atlas tables: nuclear test sites, published figures to check the geometry against, and
zone boundaries that treaties draw by coordinates. All loaded from data packages."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from nwfz.registry.models import Multilingual, Source


class TestSite(Multilingual):
    __test__ = False  # not a pytest test class
    key = models.SlugField(max_length=80, unique=True)
    name_en = models.CharField(max_length=200)
    name_ru = models.CharField(max_length=200, blank=True)
    name_kk = models.CharField(max_length=200, blank=True)
    latitude = models.FloatField()
    longitude = models.FloatField()
    tested_by = models.JSONField(default=list)  # state codes
    tests = models.PositiveIntegerField(null=True, blank=True)
    first_test = models.CharField(max_length=10, blank=True)
    last_test = models.CharField(max_length=10, blank=True)
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    # other counts other sources give: [{"tests": n, "sources": [url], "note": {...}}]
    alternatives = models.JSONField(default=list)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key


class PublishedFigure(Multilingual):
    KINDS = [("border_length", _("land border length")), ("area", _("area"))]
    key = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=16, choices=KINDS)
    states = models.JSONField(default=list)  # two codes for a border, one for an area
    zone = models.CharField(max_length=60, blank=True)  # a treaty slug, for a zone's area
    value = models.FloatField()
    unit = models.CharField(max_length=8)
    as_of = models.CharField(max_length=10, blank=True)
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key


class TreatyBoundary(Multilingual):
    TERRITORY = [
        ("parties", _("the parties' territories")),
        ("land_in_area", _("the land inside the area")),
    ]
    key = models.SlugField(max_length=80, unique=True)
    instrument = models.CharField(max_length=60)  # the treaty's slug
    provision_en = models.CharField(max_length=200)
    provision_ru = models.CharField(max_length=200, blank=True)
    provision_kk = models.CharField(max_length=200, blank=True)
    territory = models.CharField(max_length=16, choices=TERRITORY, default="parties")
    # the vertices and legs, as written in the package (see atlas/boundaries.py)
    vertices = models.JSONField(default=list)
    exclude = models.JSONField(default=list)  # state codes whose land the area leaves out
    include = models.JSONField(default=list)  # state codes whose land it takes in whole
    note_en = models.TextField(blank=True)
    note_ru = models.TextField(blank=True)
    note_kk = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    package = models.CharField(max_length=100, blank=True, db_index=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key
