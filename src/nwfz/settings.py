"""Django settings for nwfz. Everything a deployment changes comes from NWFZ_* variables
(documented in docs/settings.md)."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

from nwfz.logs import log_file_path, logging_config
from nwfz.paths import PACKAGE_DIR, data_dir

DATA_DIR = data_dir()


def _private_file(path: Path) -> Path:
    """Create `path` readable and writable by its owner only (0600), or tighten it to that;
    never readable by others for an instant (it is created with that mode)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            try:
                path.chmod(0o600)
            except PermissionError:  # another user's file: leave it as its owner set it
                pass
    except FileNotFoundError:  # no such directory: the database says so when it connects
        pass
    return path


def _secret_key() -> str:
    configured = os.environ.get("NWFZ_SECRET_KEY")
    if configured:
        return configured
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        _private_file(key_file).write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


def _database() -> dict:
    url = os.environ.get("NWFZ_DATABASE_URL") or f"sqlite:///{DATA_DIR / 'nwfz.sqlite3'}"
    config = dj_database_url.parse(url, conn_max_age=int(os.environ.get("NWFZ_CONN_MAX_AGE", "60")))
    if config["ENGINE"] == "django.db.backends.sqlite3":
        if config["NAME"] and config["NAME"] != ":memory:":
            # SQLite gives its -wal and -shm files the database file's mode.
            _private_file(Path(config["NAME"]))
        config["CONN_MAX_AGE"] = 0 if config["NAME"] == ":memory:" else config["CONN_MAX_AGE"]
        config["OPTIONS"] = {
            # WAL lets readers go on during a write; the busy timeout makes writers wait
            # instead of failing with "database is locked".
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
        }
        config["TEST"] = {"NAME": None}
    else:
        config.setdefault("TEST", {})
        if os.environ.get("NWFZ_TEST_DATABASE_NAME"):
            config["TEST"]["NAME"] = os.environ["NWFZ_TEST_DATABASE_NAME"]
    return config


SECRET_KEY = _secret_key()
DEBUG = os.environ.get("NWFZ_DEBUG", "") in {"1", "true", "yes"}

# NWFZ_ENV=production: cookies only over HTTPS, HSTS, and plain HTTP redirected to HTTPS
# (`nwfz manage check --deploy` then reports no issues). Behind a proxy that terminates TLS,
# NWFZ_BEHIND_PROXY=1 trusts its X-Forwarded-Proto header.
NWFZ_ENV = os.environ.get("NWFZ_ENV", "development").strip().lower()
if NWFZ_ENV not in {"development", "production"}:
    raise ImproperlyConfigured(f"NWFZ_ENV={NWFZ_ENV!r}: write development or production")
PRODUCTION = NWFZ_ENV == "production"
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SECURE_SSL_REDIRECT = PRODUCTION
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # a load balancer's plain-HTTP health check
SECURE_HSTS_SECONDS = int(os.environ.get("NWFZ_HSTS_SECONDS", "31536000")) if PRODUCTION else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_HSTS_PRELOAD = PRODUCTION
if os.environ.get("NWFZ_BEHIND_PROXY", "") in {"1", "true", "yes"}:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("NWFZ_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("NWFZ_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "nwfz.accounts.admin_apps.NwfzAdminConfig",  # the admin: administrators with 2 factors
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "nwfz.accounts",
    "nwfz.registry",
    "nwfz.governance",
    "nwfz.intake",
    "nwfz.reports",
    "nwfz.atlas",
    "nwfz.workbench",
    "nwfz.web",
]

MIDDLEWARE = [
    "nwfz.middleware.RequestId",
    "django.middleware.security.SecurityMiddleware",
    # public pages: a hit is answered before the per-reader chain and with the headers the
    # miss was given (the CSP header too: building it was most of a hit's cost)
    "nwfz.web.page_cache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "nwfz.middleware.RefuseControlCharacters",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified(): the second factor
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # last: answers a locked-out sign-in with its page
]

# A Content-Security-Policy on every answer (django-csp 4: the CONTENT_SECURITY_POLICY dict;
# the 3.x CSP_* settings are gone). Pages load scripts, styles, fonts and images from nwfz
# itself only and may not be framed. Inline styles stay allowed (the reports set column
# widths with `style`; the admin and Swagger UI use them); inline scripts do not.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "nwfz.urls"
WSGI_APPLICATION = "nwfz.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nwfz.web.context.portal",
            ],
        },
    },
]

DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = os.environ.get("NWFZ_TIME_ZONE", "Asia/Almaty")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("NWFZ_STATIC_ROOT", DATA_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Sign-in for everyone on the portal's own pages (/en/account/login/ ...; the admin sends
# its sign-in there too). Sign-in attempts are counted by django-axes: after
# NWFZ_LOGIN_FAILURE_LIMIT failures for one user name from one address the pair is locked
# out for NWFZ_LOGIN_LOCKOUT_MINUTES (a successful sign-in resets the count).
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "web:home"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("NWFZ_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("NWFZ_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "nwfz.accounts.views.locked_out"
AXES_VERBOSE = False
# The second factor (django-otp, TOTP): optional for members, required for administrators
# (their powers hold only in a session verified with a one-time code; `nwfz user otp NAME`).
OTP_TOTP_ISSUER = os.environ.get("NWFZ_OTP_ISSUER", "nwfz")

# Mail (password reset): "console" prints messages to stderr, "file" writes each to
# NWFZ_EMAIL_FILE_PATH (default: the mail/ directory under the data directory), "smtp" sends
# through NWFZ_EMAIL_HOST:NWFZ_EMAIL_PORT.
_EMAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}
_email = os.environ.get("NWFZ_EMAIL_BACKEND", "console").strip().lower()
if _email not in _EMAIL_BACKENDS:
    raise ImproperlyConfigured(f"NWFZ_EMAIL_BACKEND={_email!r}: write console, file or smtp")
EMAIL_BACKEND = _EMAIL_BACKENDS[_email]
EMAIL_FILE_PATH = Path(os.environ.get("NWFZ_EMAIL_FILE_PATH", DATA_DIR / "mail"))
EMAIL_HOST = os.environ.get("NWFZ_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("NWFZ_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("NWFZ_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("NWFZ_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("NWFZ_EMAIL_USE_TLS", "") in {"1", "true", "yes"}
DEFAULT_FROM_EMAIL = os.environ.get("NWFZ_EMAIL_FROM", "nwfz@localhost")

# Logs go to stderr, and to a file when NWFZ_LOG_FILE names one (a relative name is under
# the data directory): one line per request error with the request's id, the traceback for
# a 5xx (nwfz/logs.py).
LOGGING = logging_config(
    level=os.environ.get("NWFZ_LOG_LEVEL", "INFO").upper(),
    log_file=log_file_path(DATA_DIR, os.environ.get("NWFZ_LOG_FILE", "")),
)

# Passwords: Argon2 (argon2-cffi) for new hashes; older PBKDF2 hashes still verify and are
# upgraded on the next login. Django's validators refuse short, common and numeric ones.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

NWFZ_INTAKE_MAX_BYTES = int(os.environ.get("NWFZ_INTAKE_MAX_BYTES", str(2 * 1024 * 1024)))
NWFZ_INTAKE_DRY_RUN_MAX_BYTES = int(
    os.environ.get("NWFZ_INTAKE_DRY_RUN_MAX_BYTES", str(256 * 1024))
)
NWFZ_INTAKE_DUPLICATE_THRESHOLD = float(os.environ.get("NWFZ_INTAKE_DUPLICATE_THRESHOLD", "0.6"))
NWFZ_PUBLIC_URL = os.environ.get("NWFZ_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
