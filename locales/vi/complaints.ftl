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
complaint-event-complained-of = sự việc bạn khiếu nại
complaint-event-transaction = giao dịch
complaint-event-body-lodged = đơn khiếu nại bạn gửi cơ quan
complaint-event-complete-file = hồ sơ khiếu nại đầy đủ
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
complaint-step-refer = Khiếu nại lên cơ quan thanh tra hoặc quản lý: { $body }
complaint-step-refer-adr = Khiếu nại lên cơ chế hòa giải mà nhà mạng của bạn tham gia
complaint-step-refer-by = Hạn cuối để khiếu nại lên { $body }
complaint-step-refer-adr-by = Hạn cuối để khiếu nại lên cơ chế hòa giải
complaint-step-feedback = Phản hồi về câu trả lời cho { $body }
complaint-step-progress-update = { $body } báo cho bạn tiến độ xử lý
complaint-step-adr-outcome = { $body } ra quyết định
complaint-step-support-negotiation = Đề nghị { $body } hỗ trợ thương lượng

## Việc bạn có thể làm tiếp

complaint-next-now = { $action } — bạn có thể làm ngay.
complaint-next-now-by = { $action } — bạn có thể làm ngay, trước hết ngày { $by } (còn { $days } ngày).
complaint-next-from = { $action } — từ ngày { $from }.
complaint-next-unknown = { $action } — Steward chưa biết từ khi nào.

## Một dòng cho trang vụ việc và CLI

complaint-headline-not-marked = Vụ việc này chưa có khiếu nại chính thức. Hãy đánh dấu lần liên hệ bạn đã khiếu nại, Steward sẽ tính thời hạn của doanh nghiệp.
complaint-headline-no-place = Steward cần biết quốc gia và lĩnh vực của khiếu nại để tìm quy định.
complaint-headline-no-rule = Chưa có quy định nào cho { $jurisdiction } { $sector }: Steward không đưa ra ngày. Bạn nên hỏi một tổ chức tư vấn người tiêu dùng.
complaint-headline-firm-has-time = Doanh nghiệp có hạn đến hết ngày { $date } (còn { $days } ngày). { $next }
complaint-headline-waiting = Doanh nghiệp vẫn còn thời gian. { $next }
complaint-headline-firm-late = Doanh nghiệp đã hết hạn vào ngày { $date } ({ $days } ngày trước). { $next }
complaint-headline-open = { $next }
complaint-headline-final-response = Đã nhận trả lời cuối cùng ngày { $date }. { $next }

## Lịch cho các thời hạn khiếu nại (.ics)

complaint-ics-category = Thời hạn khiếu nại
complaint-ics-deadline = { $what } — vụ việc { $number }
complaint-ics-by = Ngày cuối: { $what } — vụ việc { $number }
complaint-ics-opens = Từ hôm nay: { $what } — vụ việc { $number }
complaint-ics-reference = Mã khiếu nại: { $reference }
complaint-ics-check = Bạn nên kiểm tra lại ngày này: Steward tính theo cách hiểu của mình về quy định.

## Thông báo trên máy (src/share/notify.rs)

complaint-notice-due = Sắp đến hạn khiếu nại — vụ việc { $number }
complaint-notice-passed = Đã quá hạn khiếu nại — vụ việc { $number }
complaint-notice-opens = Từ hôm nay bạn có thể làm bước tiếp theo — vụ việc { $number }

## Thư khiếu nại (src/share/complaint_letter.rs). Lời trích và thông báo lỗi giữ nguyên văn.

complaint-letter-the-firm = công ty
complaint-letter-greeting-firm = Kính gửi Bộ phận giải quyết khiếu nại,
complaint-letter-greeting-body = Kính gửi Quý cơ quan,
complaint-letter-to-body = Cơ quan thanh tra hoặc quản lý
complaint-letter-to = Gửi: { $to }
complaint-letter-to-url = Gửi: { $to } ({ $url })
complaint-letter-references = Mã tham chiếu: { $refs }
complaint-letter-rule = Quy định áp dụng: { $law }.
complaint-letter-answer-final = trả lời cuối cùng
complaint-letter-answer-other = trả lời
complaint-letter-deadline = Hạn { $answer } của quý công ty là hết ngày { $date } ({ $arithmetic }).
complaint-letter-check = (Tôi tự tính các ngày này; nếu quý công ty tính khác, xin cho tôi biết.)
complaint-letter-received = Tôi đã gửi khiếu nại chính thức ngày { $date }.
complaint-letter-received-contact = Tôi đã gửi khiếu nại chính thức ngày { $date } (lần liên hệ { $contact } bên dưới).
complaint-letter-acknowledge = Xin quý công ty xác nhận bằng văn bản đã nhận khiếu nại này và cho tôi mã khiếu nại.
complaint-letter-complaint-subject = Khiếu nại chính thức: { $title }
complaint-letter-complaint-subject-refs = Khiếu nại chính thức: { $title } (mã { $refs })
complaint-letter-complaint-opening = Tôi gửi khiếu nại chính thức đến { $firm } về việc: { $title }.
complaint-letter-complaint-then = Nếu đến hạn đó tôi chưa nhận được { $answer }, từ ngày { $date } tôi có thể khiếu nại lên cơ quan thanh tra hoặc quản lý ({ $body }).
complaint-letter-chaser-subject = Khiếu nại: đã quá hạn trả lời — { $title }
complaint-letter-chaser-subject-refs = Khiếu nại: đã quá hạn trả lời — { $title } (mã { $refs })
complaint-letter-chaser-passed = Hạn { $answer } của quý công ty là hết ngày { $date } ({ $arithmetic }). Tôi vẫn chưa nhận được.
complaint-letter-chaser-no-date = Tôi vẫn chưa nhận được { $answer } của quý công ty.
complaint-letter-chaser-ask = Xin quý công ty gửi ngay { $answer } bằng văn bản.
complaint-letter-chaser-next = Giờ đây tôi có quyền khiếu nại lên cơ quan thanh tra hoặc quản lý ({ $body }, từ ngày { $date }) và tôi sẽ làm như vậy.
complaint-letter-referral-subject = Khiếu nại về { $title }: đề nghị xem xét
complaint-letter-referral-subject-refs = Khiếu nại về { $title }: đề nghị xem xét (mã { $refs })
complaint-letter-referral-opening = Tôi đề nghị Quý cơ quan xem xét khiếu nại của tôi đối với { $firm } về việc: { $title }.
complaint-letter-referral-final = Họ đã gửi trả lời cuối cùng ngày { $date }{ $contact }, nhưng không giải quyết được khiếu nại của tôi.
complaint-letter-referral-no-answer = Hạn gửi { $answer } của họ đã hết vào ngày { $date } ({ $arithmetic }), và tôi chưa nhận được.
complaint-letter-referral-open = Thời điểm tôi được gửi đến Quý cơ quan: { $arithmetic }.
complaint-letter-referral-by = Tôi gửi thư này trong thời hạn, hạn cuối là ngày { $date }.
complaint-letter-evidence = Tôi có { $n } tài liệu làm bằng chứng và có thể gửi cho Quý cơ quan.

## Dòng lệnh (cli/src/complaints.rs)

complaint-cli-cleared = Vụ việc { $number }: đã bỏ đánh dấu khiếu nại.
complaint-cli-kind-set = Lần liên hệ { $contact } giờ là: { $kind }.
complaint-cli-letter-written = Đã ghi thư vào { $path }.
complaint-cli-reference = Mã khiếu nại: { $reference }
complaint-cli-days = { $days ->
    [0] hôm nay
   *[other] còn { $days } ngày
}
complaint-cli-days-ago = { $days } ngày trước
complaint-cli-check = nên kiểm tra lại ngày này
complaint-cli-unconfirmed = chưa xác nhận: Steward không đưa ra ngày
complaint-cli-no-event = chưa có ngày: thời hạn tính từ { $event }
complaint-cli-no-number = không có số ngày cố định
complaint-cli-extended = Nếu họ gia hạn (họ phải báo cho bạn và nêu lý do): { $arithmetic }
complaint-cli-next = Việc bạn có thể làm:
complaint-cli-letters = Thư: steward share letter CASE --kind { $kinds }
complaint-cli-rules-footer = Mỗi quy định đều ghi nguồn: steward complaint rules --json

## Cơ quan thanh tra, hòa giải và quản lý (complaint-body-<id>)

# used by pattern: complaint-body-{id}
# same in every language
complaint-body-fos = Financial Ombudsman Service
# used by pattern: complaint-body-{id}
# same in every language
complaint-body-energy-ombudsman = Energy Ombudsman
# used by pattern: complaint-body-{id}
# same in every language
complaint-body-communications-ombudsman = Communications Ombudsman
# used by pattern: complaint-body-{id}
complaint-body-cisas = CISAS (cơ chế hòa giải viễn thông và internet của Anh)
# used by pattern: complaint-body-{id}
complaint-body-ico = Văn phòng Ủy viên Thông tin Anh (ICO)
# used by pattern: complaint-body-{id}
complaint-body-eu-dpa = cơ quan bảo vệ dữ liệu của nước EU nơi bạn sống
# used by pattern: complaint-body-{id}
complaint-body-eu-adr-entity = một tổ chức hòa giải tiêu dùng được công nhận ở nước của người bán
# used by pattern: complaint-body-{id}
complaint-body-cfpb = Cục Bảo vệ Tài chính Người tiêu dùng Mỹ (CFPB)
# used by pattern: complaint-body-{id}
complaint-body-vn-consumer-authority = cơ quan quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng (Sở Công Thương tỉnh, thành phố nơi bạn sống)
