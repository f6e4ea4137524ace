"""The local set-up's `.env`: written by `./run` on first start, read by the settings.

`python -m config.localenv` makes sure the file holds what a development server needs
(development mode, a generated secret, tasks run at once because no worker runs) and says
what it added. What the file already sets is never changed. `--check-port ADDRESS` says
whether a server can listen there, before `./run` spends time on migrations and demo data.
"""

from __future__ import annotations

import errno
import secrets
import socket
import sys
from pathlib import Path

from config.env import env_file_read

BASE_DIR = Path(__file__).resolve().parent.parent

HEADER = (
    "# Local development settings, written by ./run (git-ignored; never use them in production).\n"
    "# The environment wins over this file. Delete it to get a fresh one.\n"
)


def local_defaults() -> dict[str, str]:
    return {
        "DEBUG": "1",
        "SECRET_KEY": secrets.token_urlsafe(50),
        # No worker runs in a local set-up: tasks (extraction) run where they are queued.
        "TASKS_BACKEND": "immediate",
    }


def local_env_ensure(path: Path) -> list[str]:
    """Add to `path` (created if missing) each local default it does not set; returns the
    names added."""
    existing = env_file_read(path) if path.exists() else {}
    missing = {k: v for k, v in local_defaults().items() if k not in existing}
    if not missing:
        return []
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if text and not text.endswith("\n"):
        text += "\n"
    text += "".join(f"{name}={value}\n" for name, value in missing.items())
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return list(missing)


def port_problem(address: str) -> str | None:
    """Why a server cannot listen on `address` ("8000", "0.0.0.0:8001", "[::1]:8001"), or
    None when it can (the port is bound and released at once)."""
    host, _, port_text = address.rpartition(":")
    host = host or "127.0.0.1"
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        return f"PORT must be a port (1-65535) or ADDRESS:PORT, got {address!r}"
    family = socket.AF_INET
    if host.startswith("["):
        host, family = host.strip("[]"), socket.AF_INET6
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As the development server does: a port in TIME_WAIT is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, int(port_text)))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return (
                    f"port {port_text} on {host} is in use (another server?); choose another "
                    f"with PORT, e.g. PORT={int(port_text) + 1} ./run"
                )
            return f"cannot listen on {address} ({exc.strerror or exc}); set PORT to another"
    return None


def main(argv: list[str]) -> int:
    if argv[:1] == ["--check-port"] and len(argv) == 2:
        problem = port_problem(argv[1])
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 1
        return 0
    path = BASE_DIR / ".env"
    added = local_env_ensure(path)
    if added:
        print(
            f"{path.name}: set {', '.join(added)} for local development "
            "(DEBUG=1, a generated SECRET_KEY, TASKS_BACKEND=immediate)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
