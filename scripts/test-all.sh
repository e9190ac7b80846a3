#!/usr/bin/env bash
# `npm test`: unit tests (Vitest), then browser tests (Playwright against a fresh `vite build`),
# then one closing line from scripts/summarise-tests.mjs: "N passed, N failed[, N skipped]".
# That line is the last thing printed. Exit status is non-zero if any runner failed, any test
# failed, or no test ran at all.
# No `set -e`: every step runs and its status is recorded, so the summary always appears.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

mkdir -p reports
# Stale reports from an earlier run must never be counted.
rm -f reports/vitest.json reports/playwright.json

echo "== Unit tests (Vitest)"
NO_COLOR=1 npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
vitest_exit=$?

echo
echo "== Browser tests (Playwright)"
playwright_exit=1
if CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh); then
  export CHROMIUM_PATH
  echo "Chromium: $CHROMIUM_PATH"
  # vite preview serves dist/ (404s without it), so build first. Warnings and errors only.
  if npx vite build --logLevel warn; then
    npx playwright test
    playwright_exit=$?
  else
    echo "test-all: vite build failed; browser tests not run" >&2
  fi
else
  echo "test-all: no Chromium available; browser tests not run" >&2
fi

echo
node scripts/summarise-tests.mjs --vitest-exit "$vitest_exit" --playwright-exit "$playwright_exit"
summary_exit=$?

if [[ $vitest_exit -ne 0 || $playwright_exit -ne 0 || $summary_exit -ne 0 ]]; then
  exit 1
fi
exit 0
