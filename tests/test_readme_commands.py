"""Every command in the README's code blocks, run as a new user would: in a fresh copy of the
project (the files git would commit; no .venv, .env or database), from a fresh shell (no
virtualenv, no Django settings in the environment), exactly as written and in order.

A command fails the test when it exits non-zero or prints a traceback. Some cannot run as
written here, and are checked as far as they can be: `./test` is what runs this test; `./run`
serves until stopped, so it runs until the demo site answers (and its first article page is
timed); `docker compose` needs an engine, so the compose file is validated instead; commands
with placeholders for a corpus (`PATH`) and the benchmark of a million events in PostgreSQL
show their `--help` (the corpora are not part of the project); a `FILE` is the example article. This runs once per CI run, on the SQLite pass: the
commands use the copy's own SQLite database whatever the suite's `DATABASE_URL`.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_FILE = "articles/demo/examples/treffen.txt"
# What a command needs from outside, as the README says beside it.
ENVIRONMENT = {"--password-from-env EDITOR_PASSWORD": {"EDITOR_PASSWORD": "ein-langes-passwort"}}
# Interactive commands get their answers on stdin.
ANSWERS = {"changepassword": "ein-langes-passwort-42\nein-langes-passwort-42\n"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith(("postgres", "pgsql")),
        reason="runs once per CI run, on the SQLite pass (the commands use their own SQLite)",
    ),
]


def readme_commands(text: str) -> list[str]:
    """The shell lines of the README's ```sh blocks, comments removed, in order."""
    commands: list[str] = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, flags=re.S | re.M):
        for line in block.splitlines():
            command = re.sub(r"\s+#.*$", "", line).strip()
            if command and not command.startswith("#"):
                commands.append(command)
    return commands


def fresh_copy(target: Path) -> Path:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def fresh_shell_env() -> dict[str, str]:
    """A login shell's environment: no virtualenv, nothing the suite or Django set; machine
    configuration of package tools (pip, uv, proxies) kept."""
    keep = ("HOME", "USER", "LANG", "LC_ALL", "TERM", "TMPDIR", "PYENV_ROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env |= {
        k: v
        for k, v in os.environ.items()
        if k.startswith(("PIP_", "UV_")) or k.lower() in ("http_proxy", "https_proxy", "no_proxy")
    }
    venv = str(Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")))
    env["PATH"] = os.pathsep.join(
        p
        for p in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep)
        if p and not p.startswith((venv, str(ROOT)))
    )
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def check_output(command: str, result: subprocess.CompletedProcess[str]) -> None:
    output = f"{result.stdout}\n{result.stderr}"
    assert result.returncode == 0, f"{command!r} exited {result.returncode}:\n{output[-3000:]}"
    assert "Traceback" not in output, f"{command!r} printed a traceback:\n{output[-3000:]}"


def run_server(project: Path, env: dict[str, str]) -> None:
    """`./run` until the demo site answers; its first article page must be fast."""
    port = free_port()
    log = project / "run.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            ["bash", "-c", "./run"],
            cwd=project,
            env={**env, "PORT": str(port)},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 240
        while True:
            assert server.poll() is None, f"./run stopped:\n{log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"./run did not serve:\n{log.read_text()[-3000:]}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:
                    assert "Ereignischronik" in page.read().decode()
                break
            except OSError:
                time.sleep(0.3)
        started = time.perf_counter()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/artikel/1/", timeout=30) as page:
            assert 'class="hl hl-actor"' in page.read().decode()
        seconds = time.perf_counter() - started
        assert seconds < 0.5, f"the first article page took {seconds:.2f} s"
        assert "Traceback" not in log.read_text()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def run_command(project: Path, env: dict[str, str], command: str) -> None:
    extra = next((v for k, v in ENVIRONMENT.items() if k in command), {})
    answers = next((v for k, v in ANSWERS.items() if f"./manage {k}" in command), None)
    result = subprocess.run(
        ["bash", "-c", command],
        cwd=project,
        env={**env, **extra},
        input=answers,
        stdin=None if answers else subprocess.DEVNULL,
        capture_output=True,
        # No controlling terminal: a password prompt reads stdin, as in CI.
        start_new_session=True,
        text=True,
        timeout=300,
    )
    check_output(command, result)


def compose_check(project: Path, env: dict[str, str]) -> None:
    """What can be checked of `docker compose …` without an engine: the compose file."""
    compose = shutil.which("docker-compose", path=env["PATH"])
    if compose is None:
        return
    result = subprocess.run(
        [compose, "-f", "docker-compose.yml", "config", "-q"],
        cwd=project,
        env={**env, "SECRET_KEY": "readme-test"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    check_output("docker-compose config", result)


def test_every_readme_command_works_from_a_fresh_clone(tmp_path: Path) -> None:
    project = fresh_copy(tmp_path / "ereignischronik")
    env = fresh_shell_env()
    commands = readme_commands((project / "README.md").read_text(encoding="utf-8"))
    assert commands[:2] == ["./run", "./test"]
    in_order: list[str] = []  # as written, one after the other
    on_the_side: list[str] = []  # --help only: they need nothing the others do
    for command in commands[2:]:
        if "docker compose" in command or "docker-compose" in command:
            continue  # checked once below
        words = shlex.split(command)
        if (
            "PATH" in words
            or "/path/to/python" in words
            or {"bench_timeline", "bench_pipeline"} & set(words)
        ):
            # A corpus that is not part of the project, or a PostgreSQL benchmark database
            # (a million events; thousands of articles extracted): the command and its
            # options exist.
            manage = words.index("./manage")
            on_the_side.append(" ".join([*words[: manage + 2], "--help"]))
            continue
        in_order.append(command.replace(" FILE", f" {EXAMPLE_FILE}"))
    assert any("docker compose up" in c for c in commands)
    assert any(c.startswith("./manage ingest --update") for c in in_order)
    assert len(in_order) + len(on_the_side) >= 12

    run_server(project, env)  # also sets up .venv and .env, as for a new user
    with ThreadPoolExecutor(max_workers=2) as pool:
        side = [pool.submit(run_command, project, env, c) for c in on_the_side]
        side.append(pool.submit(compose_check, project, env))
        for command in in_order:
            run_command(project, env, command)
        for future in side:
            future.result()
