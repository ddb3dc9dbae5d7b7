## Khiếu nại ra ngoài doanh nghiệp (src/complaints): quy định, thời hạn, việc cần làm tiếp. Tên cơ
## quan (thanh tra, cơ quan quản lý) là tên riêng lấy từ rules.toml, không nằm ở đây.

## Tên quy định

# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-financial-services-title = Dịch vụ tài chính ở Anh (ngân hàng, cho vay, bảo hiểm): 8 tuần, sau đó đến Thanh tra Tài chính (FOS)
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-payment-services-title = Thanh toán và tiền điện tử ở Anh: 15 ngày làm việc, sau đó đến Thanh tra Tài chính (FOS)
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-energy-title = Điện và khí đốt ở Anh: 8 tuần, sau đó đến Thanh tra Năng lượng
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-telecoms-8-weeks-title = Điện thoại và internet ở Anh, khiếu nại trước 8/4/2026: 8 tuần, sau đó đến cơ chế hòa giải (ADR)
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-telecoms-6-weeks-title = Điện thoại và internet ở Anh, khiếu nại từ 8/4/2026: 6 tuần, sau đó đến cơ chế hòa giải (ADR)
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-data-access-title = Yêu cầu truy cập dữ liệu ở Anh: một tháng (tối đa ba nếu phức tạp), sau đó đến ICO
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-data-complaint-title = Khiếu nại về dữ liệu cá nhân với tổ chức ở Anh: xác nhận trong 30 ngày, sau đó đến ICO
# used by pattern: complaint-rule-{id}-title
complaint-rule-eu-data-access-title = Yêu cầu về dữ liệu ở EU (GDPR): một tháng (tối đa ba), sau đó đến cơ quan bảo vệ dữ liệu
# used by pattern: complaint-rule-{id}-title
complaint-rule-eu-consumer-adr-title = Tranh chấp tiêu dùng ở EU: tổ chức hòa giải được công nhận (EU không đặt thời hạn chung cho người bán)
# used by pattern: complaint-rule-{id}-title
complaint-rule-us-cfpb-title = Tài chính tiêu dùng ở Mỹ qua CFPB: công ty trả lời trong 15 ngày, phần lớn đóng trong 60 ngày
# used by pattern: complaint-rule-{id}-title
complaint-rule-vn-consumer-title = Yêu cầu thương lượng của người tiêu dùng ở Việt Nam: 7 ngày làm việc, sau đó đến cơ quan bảo vệ người tiêu dùng
# used by pattern: complaint-rule-{id}-title
complaint-rule-vn-banking-payment-account-title = Khiếu nại về tài khoản thanh toán ngân hàng ở Việt Nam (chưa xác nhận thời hạn)
# used by pattern: complaint-rule-{id}-title
complaint-rule-vn-banking-card-title = Khiếu nại về thẻ ngân hàng ở Việt Nam (chưa xác nhận thời hạn)

## Loại liên hệ

complaint-contact-kind-ordinary = Liên hệ thường
complaint-contact-kind-complaint_made = Đã gửi khiếu nại chính thức
complaint-contact-kind-final_response = Đã nhận trả lời cuối cùng

## Thời hạn và mốc tính

complaint-unit-calendar_days = { $n } ngày
complaint-unit-weeks = { $n } tuần
complaint-unit-months = { $n } tháng
complaint-unit-years = { $n } năm
complaint-unit-business_days = { $n } ngày làm việc (Anh)
complaint-unit-working_days = { $n } ngày làm việc
complaint-event-received = nhận ngày
complaint-event-sent-to-company = chuyển cho công ty ngày
complaint-event-final-response = trả lời cuối cùng ngày
complaint-event-last-contact = liên hệ gần nhất ngày
complaint-event-firm-deadline = hết hạn của doanh nghiệp ngày
complaint-event-other = từ ngày
complaint-arithmetic = { $event } { $start }; { $period } → { $end }

## Các bước

complaint-step-acknowledge = Doanh nghiệp xác nhận đã nhận khiếu nại
complaint-step-summary-resolution = Doanh nghiệp giải quyết nhanh (trả lời tóm tắt)
complaint-step-final-response = Doanh nghiệp gửi trả lời cuối cùng
complaint-step-response = Doanh nghiệp trả lời
complaint-step-extension-notice = Doanh nghiệp báo nếu cần thêm thời gian
complaint-step-negotiate = Doanh nghiệp tiếp nhận và thương lượng với bạn
complaint-step-follow-up = Nhắc lại với tổ chức
complaint-step-complain-to-firm = Khiếu nại với doanh nghiệp
complaint-step-refer = Gửi vụ việc đến { $body }
complaint-step-refer-adr = Gửi vụ việc đến cơ chế hòa giải mà nhà mạng của bạn tham gia
complaint-step-feedback = Phản hồi về câu trả lời cho { $body }
complaint-step-progress-update = { $body } báo cho bạn tiến độ xử lý
complaint-step-adr-outcome = { $body } ra quyết định
complaint-step-support-negotiation = Đề nghị { $body } hỗ trợ thương lượng

## Việc bạn có thể làm tiếp

complaint-next-now = { $action }: bạn có thể làm ngay.
complaint-next-now-by = { $action }: bạn có thể làm ngay, trước hết ngày { $by } (còn { $days } ngày).
complaint-next-from = { $action }: từ ngày { $from }.
complaint-next-unknown = { $action }: Steward chưa biết từ khi nào.

## Một dòng cho trang vụ việc và CLI

complaint-headline-not-marked = Vụ việc này chưa có khiếu nại chính thức. Hãy đánh dấu lần liên hệ bạn đã khiếu nại, Steward sẽ tính thời hạn của doanh nghiệp.
complaint-headline-no-place = Steward cần biết quốc gia và lĩnh vực của khiếu nại để tìm quy định.
complaint-headline-no-rule = Chưa có quy định nào cho { $jurisdiction } { $sector }: Steward không đưa ra ngày. Bạn nên hỏi một tổ chức tư vấn người tiêu dùng.
complaint-headline-firm-has-time = Doanh nghiệp có hạn đến hết ngày { $date } (còn { $days } ngày). { $next }
complaint-headline-waiting = Doanh nghiệp vẫn còn thời gian. { $next }
complaint-headline-firm-late = Doanh nghiệp đã hết hạn vào ngày { $date } ({ $days } ngày trước). { $next }
complaint-headline-open = { $next }
complaint-headline-final-response = Đã nhận trả lời cuối cùng ngày { $date }. { $next }
