#!/bin/sh
# Starts the Chromium named by $EXPLORER_CHROMIUM at nice 10, unable to raise itself again, in a
# session that Linux's autogroup also ranks at nice 10 (Playwright makes it a session leader).
# Run as root, Chromium lifts its compositor, GPU and IO threads to nice -8; while it rasterised a
# large export those threads and its session's fair share kept the server's event loop waiting
# for a core for up to 0.7 s.
echo 10 > "/proc/$$/autogroup" 2>/dev/null || true
exec setpriv --inh-caps=-sys_nice --bounding-set=-sys_nice -- nice -n 10 "$EXPLORER_CHROMIUM" "$@"
