"""A local set-up works from a fresh clone: `./run` writes `.env` (development mode, a
generated secret), the settings read it, entry points fail in one line, `./run` checks its
port before anything slow."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from config.localenv import local_env_ensure, port_problem
from tests.test_settings import PRODUCTION, ROOT, run_manage

SHOW_SETTINGS = (
    "shell",
    "-v",
    "0",
    "-c",
    "from django.conf import settings; "
    "print(settings.DEBUG, settings.SECRET_KEY, settings.TASKS['default']['BACKEND'])",
)


def test_it_writes_a_local_env_with_a_generated_secret(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    assert local_env_ensure(path) == ["DEBUG", "SECRET_KEY", "TASKS_BACKEND"]
    text = path.read_text()
    assert "DEBUG=1\n" in text
    assert "TASKS_BACKEND=immediate\n" in text
    secret = next(line for line in text.splitlines() if line.startswith("SECRET_KEY="))
    assert len(secret.removeprefix("SECRET_KEY=")) >= 50
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # Written once: a second start keeps the secret (sessions survive restarts).
    assert local_env_ensure(path) == []
    assert path.read_text() == text
    other = tmp_path / "other.env"
    local_env_ensure(other)
    assert secret not in other.read_text()


def test_it_adds_only_what_an_existing_env_lacks(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text("POSTGRES_PASSWORD=geheim\nDEBUG=0")
    assert local_env_ensure(path) == ["SECRET_KEY", "TASKS_BACKEND"]
    lines = path.read_text().splitlines()
    assert lines[:2] == ["POSTGRES_PASSWORD=geheim", "DEBUG=0"]
    assert "DEBUG=1" not in lines


def test_the_settings_read_the_env_file_and_the_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# comment\nexport DEBUG=1\nSECRET_KEY='aus-der-datei-0123456789'\nTASKS_BACKEND=dummy\n"
    )
    clean = {"DEBUG", "SECRET_KEY", "TASKS_BACKEND", "ENV_FILE"}
    env = {k: v for k, v in os.environ.items() if k not in clean}
    result = subprocess.run(
        [sys.executable, "manage.py", *SHOW_SETTINGS],
        cwd=ROOT,
        env={**env, "ENV_FILE": str(env_file), "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "aus-der-datei-0123456789",
        "django.tasks.backends.dummy.DummyBackend",
    ]
    overridden = run_manage(*SHOW_SETTINGS, ENV_FILE=str(env_file), TASKS_BACKEND="immediate")
    assert overridden.stdout.split()[2] == "django.tasks.backends.immediate.ImmediateBackend"


def test_a_broken_env_file_is_one_line_naming_it(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DEBUG=1\ndas ist keine Zuweisung\n")
    result = run_manage("check", **{**PRODUCTION, "ENV_FILE": str(env_file)})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: ENV_FILE: .env line 2 is not NAME=value: 'das ist keine Zuweisung'"
    ]
    missing = run_manage("check", **{**PRODUCTION, "ENV_FILE": str(tmp_path / "fehlt.env")})
    assert missing.returncode == 2
    assert "ENV_FILE" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_the_wsgi_entry_point_fails_in_one_line_too() -> None:
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "-c", "import config.wsgi"],
        cwd=ROOT,
        env={**env, **PRODUCTION, "SECRET_KEY": "", "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "SECRET_KEY" in result.stderr


def test_manage_py_without_django_points_to_the_wrapper() -> None:
    # -S: no site-packages, as a system Python without Django.
    result = subprocess.run(
        [sys.executable, "-S", "manage.py", "help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("error: Django is not installed")
    assert "./manage" in result.stderr


def test_the_manage_wrapper_runs_commands_from_another_folder(tmp_path: Path) -> None:
    """`./manage` sets up the virtualenv and takes relative paths from where it is called."""
    (tmp_path / "artikel.txt").write_text("x")
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    result = subprocess.run(
        [str(ROOT / "manage"), "shell", "-v", "0", "-c", "import os; print(os.getcwd())"],
        cwd=tmp_path,
        env={**env, **PRODUCTION},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path)


def test_a_port_in_use_is_named_with_the_way_out() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        problem = port_problem(f"127.0.0.1:{port}")
        assert problem == (
            f"port {port} on 127.0.0.1 is in use (another server?); choose another with PORT, "
            f"e.g. PORT={port + 1} ./run"
        )
    assert port_problem(f"127.0.0.1:{port}") is None
    assert port_problem("127.0.0.1:achtzig") == (
        "PORT must be a port (1-65535) or ADDRESS:PORT, got '127.0.0.1:achtzig'"
    )


@pytest.mark.parametrize("address", ["{port}", "127.0.0.1:{port}"])
def test_run_stops_at_once_when_its_port_is_taken(address: str) -> None:
    """Before migrations and demo data: `./run` checks the port and says how to choose another."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
        result = subprocess.run(
            [str(ROOT / "run")],
            cwd=ROOT,
            env={**env, **PRODUCTION, "PORT": address.format(port=port)},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: port {port} on 127.0.0.1")
    assert "PORT=" in result.stderr
    assert "Ereignischronik:" not in result.stdout
