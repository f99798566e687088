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


@pytest.fixture
def verified_login(db):
    """verified_login(client, user): sign `user` in on `client` as after a one-time code
    (administrators' powers hold only in such a session)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def login(client, user):
        device = TOTPDevice.objects.filter(user=user).first() or TOTPDevice.objects.create(
            user=user, name="test", confirmed=True
        )
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return login


@pytest.fixture(autouse=True)
def _fresh_read_caches(request):
    """Answers and values kept until the data changes are forgotten after each test: a test
    that changed rows without an audit entry leaves nothing stale for the next."""
    yield
    if request.config.pluginmanager.has_plugin("django"):
        from nwfz import read_cache
        from nwfz.web import page_cache

        read_cache.clear()
        page_cache.clear()
