"""WSGI entry point (what `nwfz serve` runs under granian).

Requests under /api/ go to a Django handler with a shorter middleware chain: the API
chooses its language with `?lang=` and keeps no flash messages, so the locale, messages and
CSRF-token middlewares are skipped there (django-ninja checks CSRF itself for
cookie-authenticated writes); the security headers (CSP, X-Frame-Options) stay, for
/api/docs is a page. Everything else gets the full chain.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nwfz.settings")

import django  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402

API_MIDDLEWARE = [
    "nwfz.middleware.RequestId",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "nwfz.middleware.RefuseControlCharacters",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]


class ApiWSGIHandler(WSGIHandler):
    def load_middleware(self, is_async: bool = False) -> None:
        from django.test.utils import override_settings

        with override_settings(MIDDLEWARE=API_MIDDLEWARE):
            super().load_middleware(is_async)


class PathDispatch:
    def __init__(self) -> None:
        django.setup(set_prefix=False)
        self.site = WSGIHandler()
        self.api = ApiWSGIHandler()

    def __call__(self, environ, start_response):
        handler = self.api if environ.get("PATH_INFO", "").startswith("/api/") else self.site
        return handler(environ, start_response)


application = PathDispatch()
