#!/usr/bin/env bash
# Takes the operators' guide screenshots: the demo window on a virtual X screen, driven by
# xdotool as a person and a keyboard-wedge scanner would.  Needs (Debian):
#   apt-get install -y xvfb xauth xdotool imagemagick libxcb-cursor0 libxcb-icccm4 \
#     libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 \
#     libxkbcommon-x11-0 libx11-xcb1
# Run from the repository:  docs/screenshots/make.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d)"
DISPLAY_NO=":$((90 + RANDOM % 9))"
Xvfb "$DISPLAY_NO" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $APP $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT
export DISPLAY="$DISPLAY_NO"
sleep 1
SHOP="127.0.0.1:$((20000 + RANDOM % 20000))"  # the demo shop (sandbox upstream), to make it fail
export RECEIVING_STATION_DEMO_UPSTREAM_LISTEN="$SHOP"
start_app() {  # a fresh data directory each time: recordings, photos and labels go there
    export HOME="$WORK/$1"
    mkdir -p "$HOME"
    "$ROOT/.venv/bin/receiving-station" --demo --database "$HOME/demo.sqlite3" --no-sound \
        >"$HOME/app.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 300); do  # a fresh demo makes five weeks of history first (~10 s)
        WINDOW=$(xdotool search --name "Receiving Station" 2>/dev/null | tail -1 || true)
        [ -n "$WINDOW" ] && break
        sleep 0.2
    done
    sleep 2
    xdotool windowfocus --sync "$WINDOW" 2>/dev/null || true
}
start_app bench
shot() { sleep "${2:-0.8}"; import -window root "$HERE/$1.png"; echo "  $1.png"; }
scan() { xdotool type --delay 5 "$1"$'\n'; }
keys() { for k in "$@"; do xdotool key "$k"; sleep 0.25; done; }
# a lead or supervisor: the badge, then the PIN typed by hand on the sign-in screen
badge_and_pin() { scan "$1"; sleep 1.5; xdotool type --delay 80 "1234"; xdotool key Return; sleep 1.5; }

shot 01-sign-in
scan "B-1001"; shot 02-ready
keys F5; shot 03-parcel-open            # the demo scanner reads the first demo parcel
keys F6; shot 04-weighed 1.5            # the demo scale gets the parcel's weight
keys F7; shot 05-checklist              # the first item
keys y y n n; shot 06-grade-keys
keys 4; shot 07-photo-needed
keys p; shot 08-decision 1.5            # the simulated camera takes the photo
keys Escape; keys 2; shot 09-decision-grade-b
keys Return; shot 10-confirmed 1.5
keys F7; keys y y n n 2 Return; keys F9; shot 11-parcel-closed 1.5
keys F5; shot 12-outside-window         # the second demo return: late
keys F5 F5 F5 F5 F5; keys F6; shot 13-weight-mismatch 1.5   # the light parcel
keys F5 F5; shot 14-blind-return 1.5
keys F9; scan "4006381333931"; shot 15-item-without-parcel
kill $APP; wait $APP 2>/dev/null || true

# A shift lead, while the shop's system does not answer (the demo shop says 503 to everything).
start_app lead
curl -s -X POST "http://$SHOP/_sandbox/faults" -d '{"error_rate": 1.0, "retry_after": 30}' >/dev/null
badge_and_pin "B-2001"; keys F5 F6; sleep 3; shot 16-upstream-failing-status 1
keys alt+u; keys Down Up; shot 17-upstream-lead 2
kill $APP; wait $APP 2>/dev/null || true

# The shift lead on the bench's database: the exceptions the parcels above raised.
start_app bench
badge_and_pin "B-2001"; keys alt+e; sleep 1.5; keys Down; shot 18-exceptions-queue 1.5
keys c; shot 19-exception-claimed 1.5

# The supervisor on the same database: the label job log, a reprint, the figures.
keys alt+b F12; sleep 1
badge_and_pin "B-3001"; keys alt+l; sleep 1.5; keys w; shot 20-labels-job-log 1.5
keys r; sleep 1; xdotool type --delay 60 "torn on the conveyor"; keys Return; shot 21-label-reprinted 2  # typed by a person
keys alt+i; shot 22-figures 3
kill $APP; wait $APP 2>/dev/null || true

# Languages: Svenska chosen on the sign-in screen (Alt+L, the arrow key), then the bench; a
# lead's queue and a supervisor's figures in Swedish on the same database.
start_app languages
keys alt+l Down; shot 24-sign-in-language 1
scan "B-1001"; keys F5; sleep 1; keys F6; sleep 2; keys F7; sleep 1; keys y y
shot 23-bench-in-swedish 1.5
keys Escape Escape Escape F12; sleep 1; keys alt+l Down
badge_and_pin "B-2001"; keys alt+e; sleep 2; keys Down; shot 26-exceptions-in-swedish 1.5
# approve in part, with a scan into the window refused there
keys alt+b F12; sleep 1
badge_and_pin "B-2002"; keys alt+e; sleep 2; keys Down
keys shift+a; sleep 1.5; xdotool type --delay 80 "300"; keys Tab
xdotool type --delay 60 "missing its belt"; scan "LPN0000000001"; shot 28-approve-in-part 1.5
keys Escape; keys alt+b F12; sleep 1; keys alt+l Down
badge_and_pin "B-3001"; keys alt+i; shot 27-figures-in-swedish 3
kill $APP; wait $APP 2>/dev/null || true

# A bench set up for large text and high contrast, in Dutch.
mkdir -p "$WORK/dutch/.config/receiving-station"
printf '[display]\ntheme = "high-contrast"\nfont_size = 26\n' \
    >"$WORK/dutch/.config/receiving-station/station.toml"
start_app dutch
keys alt+l Down Down Down Down; scan "B-1001"; keys F5; sleep 1; keys F6; sleep 2; keys F7
sleep 1; keys y y n; shot 25-high-contrast-dutch 1.5
echo "screenshots in $HERE"
