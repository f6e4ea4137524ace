#!/usr/bin/env python
"""Django's command-line utility. From a shell, use `./manage COMMAND`: it runs this file in the
project's virtualenv (and creates that first if needed)."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    try:
        import django  # noqa: F401
    except ImportError:
        sys.exit(
            f"error: Django is not installed for {sys.executable}; "
            "run ./manage instead, which uses the project's virtualenv (.venv)"
        )
    from config.startup import settings_or_exit

    settings_or_exit()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
