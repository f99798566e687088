"""Test-wide fixtures: the bundled data is loaded once into the test database."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from nwfz.datapackage.loading import load_directory

    with django_db_blocker.unblock():
        load_directory()


@pytest.fixture
def api_client():
    from django.test import Client

    return Client()
