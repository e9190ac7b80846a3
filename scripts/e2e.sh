#!/usr/bin/env bash
# `npm run test:e2e [-- playwright args]`: find Chromium, build dist/, run Playwright.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh)
export CHROMIUM_PATH
# vite preview serves dist/: build it so the browser tests see the current source.
npx vite build --logLevel warn
exec npx playwright test "$@"
