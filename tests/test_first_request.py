"""The extractor is loaded when a web process starts, not on the first article page: under
gunicorn (as in production) the first article page after start-up takes well under 0.5 s.
(`./run`'s runserver is timed the same way in test_readme_commands.)"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.test_settings import PRODUCTION, ROOT

ARTICLE = """Gespräch in Wien

Der österreichische Bundeskanzler hat am Donnerstag in Wien den Ministerpräsidenten von Ungarn empfangen. Die beiden sprachen über Energiefragen.
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, process: subprocess.Popen[str], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {process.communicate()[1][-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1])), 0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"no server at {url} after {timeout} s")


def timed_get(url: str) -> tuple[float, str]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read().decode()
    return time.perf_counter() - started, body


@pytest.fixture
def site_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= PRODUCTION | {
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "STATICFILES_MANIFEST": "0",
        "SECURE_SSL_REDIRECT": "0",
        "TASKS_BACKEND": "immediate",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    (tmp_path / "artikel.txt").write_text(ARTICLE, encoding="utf-8")
    for command in (
        ["migrate", "--no-input", "-v", "0"],
        ["ingest", "--no-extract", str(tmp_path / "artikel.txt")],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=300,
            capture_output=True,
        )
    return env


def test_the_first_article_page_under_gunicorn_is_fast(site_env: dict[str, str]) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
        ],
        cwd=ROOT,
        env=site_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(url, server)
        # gunicorn binds before its worker has loaded the app: wait for the worker to answer.
        timed_get(f"{url}/artikel/")
        seconds, page = timed_get(f"{url}/artikel/1/")
        assert "Gespräch in Wien" in page
        assert 'class="hl hl-place"' in page  # marked by the extractor, not the fallback
        assert seconds < 0.5, f"the first article page took {seconds:.2f} s"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_web_process_starts_even_without_a_migrated_database(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= PRODUCTION | {"DATABASE_URL": f"sqlite:///{tmp_path / 'leer.sqlite3'}"}
    result = subprocess.run(
        [sys.executable, "-c", "import config.wsgi"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "extractor not preloaded (database not ready: no such table" in result.stderr
    assert "Traceback" not in result.stderr
