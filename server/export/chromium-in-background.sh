#!/bin/sh
# Starts the Chromium named by $EXPLORER_CHROMIUM at nice $EXPLORER_NICE, unable to raise itself
# again, in a session that Linux's autogroup ranks the same (Playwright makes it a session leader).
# Run as root, Chromium lifts its compositor, GPU and IO threads to nice -8; while it rasterised a
# large export those threads and its session's fair share kept the server's event loop waiting
# for a core for up to 0.7 s. `nice -n` adds to the niceness already inherited, so only the rest.
echo "$EXPLORER_NICE" > "/proc/$$/autogroup" 2>/dev/null || true
raise=$((EXPLORER_NICE - $(nice)))
[ "$raise" -gt 0 ] || raise=0
exec setpriv --inh-caps=-sys_nice --bounding-set=-sys_nice -- nice -n "$raise" "$EXPLORER_CHROMIUM" "$@"
