"""WSGI entry point (what `nwfz serve` runs under granian)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nwfz.settings")
application = get_wsgi_application()
