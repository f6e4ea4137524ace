"""Who may read the public timeline: anyone, unless TIMELINE_LOGIN_REQUIRED is set.

Two ways to apply it: `TimelineAccessMiddleware` (in settings.MIDDLEWARE) guards every page but
the admin (which has its own login), static files and the language switch; the
`timeline_access_required` decorator guards a single view. Both read the setting per request.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import reverse


def _login_needed(request: HttpRequest) -> bool:
    return bool(getattr(settings, "TIMELINE_LOGIN_REQUIRED", False)) and not (
        request.user.is_authenticated
    )


def timeline_access_required(
    view: Callable[..., HttpResponse],
) -> Callable[..., HttpResponse]:
    """Send anonymous readers to the login page when TIMELINE_LOGIN_REQUIRED is set."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if _login_needed(request):
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


class TimelineAccessMiddleware:
    """`timeline_access_required` for every non-admin, non-static path."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def _exempt(self, path: str) -> bool:
        prefixes = [
            reverse("admin:index"),
            "/" + settings.STATIC_URL.lstrip("/"),
            "/i18n/",
        ]
        return any(path.startswith(prefix) for prefix in prefixes)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _login_needed(request) and not self._exempt(request.path):
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)
