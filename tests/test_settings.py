"""Configuration from the environment: bad values stop start-up with the variable's name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import database_from_url, env_bool, env_int

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SECURE_"))}
    clean.update({"DJANGO_SETTINGS_MODULE": "config.settings", **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnop",
    "ALLOWED_HOSTS": "chronik.example.org",
    "STATICFILES_MANIFEST": "1",
    "DATABASE_URL": "",
}


def test_check_deploy_reports_nothing_with_production_settings() -> None:
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DEBUG", "vielleicht"),
        ("DATABASE_URL", "mysql://db/x"),
        ("SECURE_HSTS_SECONDS", "ein Jahr"),
        ("TASKS_BACKEND", "celery"),
        ("ARTICLE_MAX_BYTES", "-5"),
    ],
)
def test_a_bad_value_fails_at_start_up_naming_the_variable(variable: str, value: str) -> None:
    result = run_manage("check", **{**PRODUCTION, variable: value})
    assert result.returncode != 0
    assert variable in result.stderr
    # One line naming the variable, not Django's traceback.
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_missing_secret_key_fails_outside_debug() -> None:
    env = {**PRODUCTION, "SECRET_KEY": ""}
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize("command", [("createsuperuser",), ("ingest", "--help"), ("--help",)])
def test_without_a_secret_key_every_command_says_so_in_one_line(command: tuple[str, ...]) -> None:
    result = run_manage(*command, **{**PRODUCTION, "SECRET_KEY": ""})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: SECRET_KEY must be set when DEBUG is off (a random string of 50+ characters); "
        "for a local set-up, ./run writes one into .env (with DEBUG=1) on first start"
    ]


def test_env_bool_and_int(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLAG", "yes")
    assert env_bool("FLAG", False) is True
    monkeypatch.setenv("FLAG", "0")
    assert env_bool("FLAG", True) is False
    monkeypatch.setenv("COUNT", "12")
    assert env_int("COUNT", 0) == 12
    monkeypatch.setenv("COUNT", "zwölf")
    with pytest.raises(ImproperlyConfigured, match="COUNT"):
        env_int("COUNT", 0)


def test_database_urls() -> None:
    pg = database_from_url("postgres://user:p%40ss@db.example:5433/chronik", base_dir=ROOT)
    assert pg["ENGINE"] == "django.db.backends.postgresql"
    assert (pg["NAME"], pg["USER"], pg["PASSWORD"], pg["HOST"], pg["PORT"]) == (
        "chronik",
        "user",
        "p@ss",
        "db.example",
        "5433",
    )
    lite = database_from_url("sqlite:///data/app.db", base_dir=ROOT)
    assert lite["NAME"] == str(ROOT / "data" / "app.db")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        database_from_url("postgres://host:port/", base_dir=ROOT)
