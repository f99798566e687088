"""Test-wide fixtures: the bundled data is loaded once into the test database."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester", "tests.system_packages"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from nwfz.datapackage.loading import load_directory

    with django_db_blocker.unblock():
        load_directory()


@pytest.fixture
def api_client():
    from django.test import Client

    return Client()


@pytest.fixture(autouse=True)
def _files_in_a_temporary_data_dir(request, tmp_path):
    """Generated files (stored reports) go to a fresh directory in every test."""
    if "settings" in request.fixturenames or request.config.pluginmanager.has_plugin("django"):
        request.getfixturevalue("settings").DATA_DIR = tmp_path


@pytest.fixture(autouse=True)
def _default_language(request):
    """Each test starts in the default language (a request to /ru/ leaves Russian active)."""
    if request.config.pluginmanager.has_plugin("django"):
        from django.utils import translation

        translation.deactivate()
