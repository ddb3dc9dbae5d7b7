## Times and durations as people type them (src/time.rs): why one could not be read. Rendered by
## the core with t!(). The examples ("2026-11-20 14:30", "now", "-2h", 45m) are what to type and
## stay as they are.

time-empty = the time is empty
time-not-a-time = "{ $input }" is not a time Steward understands; use e.g. "2026-11-20 14:30", "now", "-2h" or "+48h"
time-not-local = "{ $input }" does not exist in the local time zone
time-duration-empty = the duration is empty
time-not-a-duration = "{ $input }" is not a duration; use e.g. 45m, 2h, 1h30m or 3d
time-duration-unit = "{ $input }" is not a duration; give a unit after each number (m, h, d, w)
time-too-long = "{ $input }" is too long
