"""Start-up for every entry point (manage.py, WSGI, ASGI): a bad setting ends the process with
one line naming the variable instead of a traceback."""

from __future__ import annotations

import sys


def settings_or_exit() -> None:
    """Import the settings now; on ImproperlyConfigured print `error: …` and exit with 2."""
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018 (the first access imports the settings module)
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"error: {exc}\n")
        raise SystemExit(2) from None
