#!/usr/bin/env bash
# Builds the demo event and opens the control window. On a machine with no display it runs
# on a virtual screen (Xvfb), writes a screenshot to out/control.png and exits; with a
# display the window stays open.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec $BIN/kiosk demo "$@"
fi

tools/system-deps.sh
echo "No display here: the kiosk runs on a virtual screen (Xvfb); screenshot in out/control.png."
# Our own Xvfb rather than xvfb-run: no xauth needed, and it is always cleaned up.
for n in $(seq 90 140); do
  [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || { display=$n; break; }
done
Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  [ -e "/tmp/.X11-unix/X$display" ] && break
  kill -0 $xvfb 2>/dev/null || { echo "Xvfb could not start on :$display" >&2; exit 1; }
  sleep 0.05
done
mkdir -p out
DISPLAY=":$display" QT_QPA_PLATFORM=xcb $BIN/kiosk demo --screenshot out/control.png "$@"
