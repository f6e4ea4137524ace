"""Create or update the groups "Redaktion" and "Analyse", and optionally a first editor."""

from __future__ import annotations

import os
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from timeline.editorial import ANALYST_GROUP, EDITOR_GROUP, editor_ensure, roles_setup


class Command(BaseCommand):
    help = (
        'Create or update the groups "Redaktion" (edit events, actors, places, sources; view '
        'articles) and "Analyse" (view only); with --editor also a staff user in "Redaktion". '
        "Idempotent."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--editor", metavar="USERNAME", help="create or update this editor")
        parser.add_argument("--email", default="", help="the editor's e-mail address")
        parser.add_argument(
            "--password-from-env",
            metavar="VAR",
            help="set the editor's password from this environment variable",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        editors, analysts = roles_setup()
        self.stdout.write(
            f"{EDITOR_GROUP}: {editors.permissions.count()} Rechte, "
            f"{ANALYST_GROUP}: {analysts.permissions.count()} Rechte"
        )
        username: str | None = options["editor"]
        if not username:
            if options["password_from_env"] or options["email"]:
                raise CommandError("--email and --password-from-env need --editor")
            return
        password: str | None = None
        variable: str | None = options["password_from_env"]
        if variable:
            password = os.environ.get(variable, "")
            if not password:
                raise CommandError(f"environment variable {variable} is empty or not set")
        user = editor_ensure(username=username, email=options["email"], password=password)
        note = "" if user.has_usable_password() else " (ohne Passwort: setzen mit changepassword)"
        self.stdout.write(f"Redakteur {user.get_username()} bereit{note}")
