## Times and durations as people type them (src/time.rs): why one could not be read. Rendered by
## the core with t!(). The examples ("2026-11-20 14:30", "now", "-2h", 45m) are what to type and
## stay as they are.

time-empty = chưa có thời điểm
time-not-a-time = Steward không hiểu thời điểm "{ $input }"; bạn hãy ghi ví dụ "2026-11-20 14:30", "now", "-2h" hoặc "+48h"
time-not-local = "{ $input }" không có trong múi giờ ở đây
time-duration-empty = chưa có khoảng thời gian
time-not-a-duration = "{ $input }" không phải khoảng thời gian; bạn hãy ghi ví dụ 45m, 2h, 1h30m hoặc 3d
time-duration-unit = "{ $input }" không phải khoảng thời gian; bạn hãy ghi đơn vị sau mỗi con số (m: phút, h: giờ, d: ngày, w: tuần)
time-too-long = "{ $input }" quá dài
