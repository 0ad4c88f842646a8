# shellcheck shell=bash
# Shared by scripts/setup-tests, scripts/test and scripts/start (sourced, not
# run): where the project's tools live, so that the scripts and the tests agree.
#
#   ROOT       the repository
#   TOOLS_BIN  $ROOT/.tools/bin: grpcurl, installed there by `go install`
#   PYTHON     the interpreter the project is installed into: python3, or the
#              repository's .venv when python3 is an "externally managed"
#              interpreter (PEP 668, e.g. Debian's /usr/bin/python3) that pip
#              must not install into
#
# use_tools puts TOOLS_BIN and the interpreter's scripts folder (ruff, mypy,
# buf, keyspace-server) at the front of PATH.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_BIN="$ROOT/.tools/bin"
VENV="$ROOT/.venv"
if [ -x "$VENV/bin/python" ]; then
  PYTHON="$VENV/bin/python"
else
  PYTHON=python3
fi

say() { echo "[$(basename "$0")] $*"; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "[$(basename "$0")] needs root (or sudo) to run: $*" >&2
    return 1
  fi
}

# Installs Debian packages; refreshes the package lists first.
apt_install() {
  say "apt-get install $*"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# True when pip may not install into python3 (PEP 668) and no venv is active.
python3_externally_managed() {
  python3 - <<'EOF'
import os, sys, sysconfig
marker = os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")
sys.exit(0 if os.path.exists(marker) and sys.prefix == sys.base_prefix else 1)
EOF
}

# Makes sure PYTHON can pip-install the project: installs python3 when it is
# missing and creates .venv when python3 is externally managed.
ensure_python() {
  if ! command -v python3 >/dev/null 2>&1; then
    apt_install python3 python3-venv
  fi
  if [ "$PYTHON" = python3 ] && python3_externally_managed; then
    if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
      apt_install python3-venv
    fi
    say "python3 is externally managed (PEP 668): using a virtualenv in .venv"
    python3 -m venv "$VENV"
    PYTHON="$VENV/bin/python"
  fi
}

use_tools() {
  local scripts
  scripts="$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"
  export PATH="$TOOLS_BIN:$scripts:$PATH"
}

# pip without the warnings that do not concern us (root user, old pip).
export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
