#!/usr/bin/env bash
# Find a Chromium binary for Playwright and print its path (and nothing else) on stdout.
# Order: $CHROMIUM_PATH, /usr/bin/chromium, then (as root on Debian/Ubuntu) apt-get install chromium.
# Playwright cannot download its own browsers on this network, so we always drive the distro build.
set -euo pipefail

DEFAULT_PATH=/usr/bin/chromium

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    printf '%s\n' "$CHROMIUM_PATH"
    exit 0
  fi
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; trying $DEFAULT_PATH" >&2
fi

if [[ -x "$DEFAULT_PATH" ]]; then
  printf '%s\n' "$DEFAULT_PATH"
  exit 0
fi

is_debian_like() {
  [[ -r /etc/os-release ]] || return 1
  local id="" id_like=""
  # shellcheck disable=SC1091
  id=$(. /etc/os-release && printf '%s' "${ID:-}")
  # shellcheck disable=SC1091
  id_like=$(. /etc/os-release && printf '%s' "${ID_LIKE:-}")
  local word
  for word in $id $id_like; do
    case "$word" in
      debian | ubuntu) return 0 ;;
    esac
  done
  return 1
}

if [[ "$(id -u)" -eq 0 ]] && is_debian_like && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: Chromium not found; installing it with apt-get (about 30 s)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  # Quiet on success; apt's errors still go to stderr. All output is kept off stdout,
  # which must carry only the path.
  if ! apt-get update -qq >/dev/null; then
    echo "ensure-chromium: apt-get update failed" >&2
    exit 1
  fi
  if ! apt-get install -y -qq chromium >/dev/null; then
    echo "ensure-chromium: apt-get install chromium failed" >&2
    exit 1
  fi
  if [[ -x "$DEFAULT_PATH" ]]; then
    echo "ensure-chromium: installed $("$DEFAULT_PATH" --version 2>/dev/null || echo chromium)" >&2
    printf '%s\n' "$DEFAULT_PATH"
    exit 0
  fi
  echo "ensure-chromium: apt-get installed chromium but $DEFAULT_PATH is still missing" >&2
  exit 1
fi

cat >&2 <<MSG
ensure-chromium: no Chromium found for the browser tests.
  Install it:   sudo apt-get install -y chromium      (Debian/Ubuntu)
  or point to an existing binary:   export CHROMIUM_PATH=/path/to/chromium
(Playwright's own browser download is not used by this project.)
MSG
exit 1
