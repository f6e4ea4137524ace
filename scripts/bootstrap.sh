# Sourced by ./run and ./test: finds Python >= 3.12, makes sure uv is there, syncs the venv.
# Needs nothing but a Python >= 3.12 somewhere (on PATH, or under pyenv).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

find_python() {
  local candidate
  for candidate in python3.13 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  if command -v pyenv >/dev/null 2>&1; then
    for candidate in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.(1[2-9])' | sort -rV); do
      local prefix; prefix=$(pyenv prefix "$candidate" 2>/dev/null) || continue
      [ -x "$prefix/bin/python3" ] && { echo "$prefix/bin/python3"; return 0; }
    done
  fi
  return 1
}

PYTHON=$(find_python) || { echo "error: Python >= 3.12 is needed (none found on PATH or in pyenv)" >&2; exit 1; }
export UV_PYTHON="$PYTHON"

if uv --version >/dev/null 2>&1; then
  UV=(uv)
elif "$PYTHON" -m uv --version >/dev/null 2>&1; then
  UV=("$PYTHON" -m uv)
else
  # A private copy of uv, installed once into .tools/ (ignored by git).
  if [ ! -x .tools/bin/uv ]; then
    echo "installing uv into .tools/ ..." >&2
    "$PYTHON" -m venv .tools
    .tools/bin/python -m pip install --quiet --disable-pip-version-check uv
  fi
  UV=(.tools/bin/uv)
fi

"${UV[@]}" sync --frozen --quiet
export PATH="$PWD/.venv/bin:$PATH"
