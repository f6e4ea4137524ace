"""The README documents what a new user meets: every setting, every command of the project,
one way to run commands, both Compose spellings; the Docker context leaves caches and local
settings out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _patterns(name: str) -> set[str]:
    lines = (ROOT / name).read_text().splitlines()
    return {line.strip().rstrip("/") for line in lines if line.strip() and line[0] != "#"}


def test_the_docker_context_leaves_out_what_git_ignores() -> None:
    missing = _patterns(".gitignore") - _patterns(".dockerignore")
    assert not missing, f".dockerignore lacks {sorted(missing)}"
    assert {".env", ".mypy_cache", ".ruff_cache", ".pytest_cache"} <= _patterns(".dockerignore")


def _settings_variables() -> set[str]:
    source = (ROOT / "config" / "settings.py").read_text()
    return set(re.findall(r'env_(?:str|bool|int|list)\(\s*"([A-Z_]+)"', source))


def _compose_variables() -> set[str]:
    return set(re.findall(r"\$\{([A-Z_]+)", (ROOT / "docker-compose.yml").read_text()))


def test_every_variable_the_settings_or_compose_read_is_documented() -> None:
    variables = _settings_variables() | _compose_variables() | {"PORT"}
    assert {"DEBUG", "SECRET_KEY", "WEB_PORT", "POSTGRES_PASSWORD"} <= variables
    missing = {name for name in variables if f"`{name}`" not in README}
    assert not missing, f"README does not mention {sorted(missing)}"


def _project_commands() -> set[str]:
    return {
        path.stem
        for app in ("articles", "timeline")
        for path in (ROOT / app / "management" / "commands").glob("*.py")
        if not path.name.startswith("_")
    }


def test_every_command_of_the_project_is_in_the_readme() -> None:
    commands = _project_commands()
    assert {"demo", "ingest", "setup_roles", "db_worker"} <= commands
    missing = {name for name in commands if not re.search(rf"\./manage {name}\b", README)}
    assert not missing, f"README shows no `./manage` for {sorted(missing)}"


@pytest.mark.parametrize(
    "needed",
    [
        "docker compose up -d",
        "docker-compose",
        "--password-from-env",
        "./manage changepassword",
        "PORT=8001 ./run",
        "Chromium",
        "./manage db_worker",
        "ingest --update",
    ],
)
def test_the_readme_explains(needed: str) -> None:
    assert needed in README


def test_commands_are_given_in_one_form() -> None:
    """`./manage …` (it works from a fresh shell); `python manage.py` only inside a container."""
    for line in README.splitlines():
        if "manage.py" in line and "docker" not in line:
            assert not re.search(r"(python|\.venv/bin/python) manage\.py", line), line
    assert ".venv/bin/python" not in README


def test_every_command_the_readme_names_exists() -> None:
    from django.core.management import get_commands

    named = set(re.findall(r"\./manage ([a-z_]+)", README))
    assert {"ingest", "createsuperuser", "changepassword", "extract"} <= named
    unknown = named - set(get_commands()) - {"help"}  # help: manage.py's own
    assert not unknown, f"README names commands that do not exist: {sorted(unknown)}"
