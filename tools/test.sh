#!/usr/bin/env bash
# The whole check: system packages, lint, the layers, the test suite (Qt headless + Xvfb end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/system-deps.sh
BIN=.venv/bin
$BIN/ruff check kiosk tests benchmarks tools
$BIN/lint-imports  # the layers: the contracts in pyproject.toml
$BIN/python -m pytest -n 2 --durations=10 "$@"
