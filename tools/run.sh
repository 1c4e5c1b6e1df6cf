#!/usr/bin/env bash
# Builds the demo event and opens the control window; on a machine with no display,
# on a virtual one (Xvfb), with a screenshot written to out/control.png.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  tools/system-deps.sh
  echo "No display here: the kiosk runs on a virtual screen (Xvfb)."
  exec xvfb-run -a -s "-screen 0 1920x1080x24" $BIN/kiosk demo --screenshot out/control.png "$@"
fi
exec $BIN/kiosk demo "$@"
