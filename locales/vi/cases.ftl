## Hồ sơ (src/cases): cảnh báo bảo mật và danh sách việc cần làm, nhận xét về một hồ sơ, và mô tả
## ngắn cho tệp đính kèm.

## Cảnh báo bảo mật: tiêu đề và lý do

cases-alert-unsolicited-contact = Liên hệ bất ngờ: hãy kiểm tra có đúng là họ không
cases-alert-unsolicited-contact-why = Có người liên hệ với bạn khi bạn không hề yêu cầu. Kẻ mạo danh thường giả làm bộ phận hỗ trợ để lấy mã, mật khẩu hoặc thông tin cá nhân. Đừng đưa gì cả; hãy tự liên hệ với công ty qua trang web hoặc ứng dụng chính thức của họ.
cases-alert-contact-not-made = Có thể bị mạo danh: một cuộc liên hệ bạn chưa từng thực hiện
cases-alert-contact-not-made-why = Có ghi nhận về một cuộc liên hệ với bộ phận hỗ trợ mà bạn chưa từng có. Có thể ai đó đã giả làm bạn để lấy thông tin hoặc thay đổi tài khoản của bạn.
cases-alert-data-exposed = Bạn đã được cho xem dữ liệu tài khoản của người khác
cases-alert-data-exposed-why = Bộ phận hỗ trợ đã cho bạn xem dữ liệu của người khác. Các tài khoản có thể bị lẫn với nhau, nghĩa là dữ liệu của bạn cũng có thể bị lộ cho người khác.

cases-alert-unsolicited-summary = Liên hệ bất ngờ qua { $channel }: { $what }
cases-alert-unsolicited-summary-team = Liên hệ bất ngờ qua { $channel } từ "{ $team }": { $what }

## Danh sách việc cần làm của cảnh báo

cases-alert-step-change-password = Đổi mật khẩu
cases-alert-step-change-password-at = Đổi mật khẩu tại { $service }
cases-alert-step-change-password-why = Nếu ai đó đã giả làm bạn, hoặc các tài khoản bị lẫn với nhau, một mật khẩu mới mà bạn không dùng ở đâu khác sẽ chặn được họ.
cases-alert-step-review-activity = Xem lại các lần đăng nhập và thiết bị đang đăng nhập gần đây
cases-alert-step-review-activity-why = Đăng xuất mọi thiết bị hay phiên bạn không nhận ra, và kiểm tra xem địa chỉ e-mail, số điện thoại và địa chỉ nhà trên tài khoản vẫn là của bạn.
cases-alert-step-two-step = Bật xác minh hai bước
cases-alert-step-two-step-why = Khi đó chỉ có mật khẩu thôi thì không vào được. Ứng dụng xác thực khó bị chiếm hơn mã gửi qua SMS.
cases-alert-step-tell-support = Báo cho bộ phận hỗ trợ, kèm bằng chứng
cases-alert-step-tell-support-why = Gửi bản ghi cuộc trò chuyện, e-mail hoặc ảnh chụp màn hình đính kèm trong hồ sơ này, kèm ngày giờ, để họ tìm ra ai đã giả làm bạn và đã bị tiết lộ những gì.
cases-alert-step-tell-support-exposed-why = Nói rõ bạn đã được cho xem gì và lúc nào (ảnh chụp màn hình đính kèm trong hồ sơ này sẽ giúp ích), để họ tách các tài khoản ra và bảo vệ cả khách hàng kia.
cases-alert-step-verification-note = Đề nghị bộ phận hỗ trợ thêm ghi chú xác minh vào tài khoản của bạn
cases-alert-step-verification-note-why = Một ghi chú như "chỉ thay đổi sau khi kiểm tra mã từ ứng dụng xác thực của tôi" sẽ khiến kẻ mạo danh tiếp theo khó giả làm bạn hơn.

## Nhận xét: vì sao nên chuyển lên cấp cao hơn ngay

cases-escalate-contacts = { $n } lần liên hệ mà chưa được giải quyết
cases-escalate-bounced = bị chuyển lại về { $team } sau khi đã được chuyển đi
cases-escalate-handoffs = bị chuyển qua lại giữa các bộ phận { $n } lần
cases-escalate-promises = { $n } lời hứa không được giữ
cases-escalate-days = đã mở { $days } ngày

## Tệp đính kèm trong một dòng

cases-attachment-email = một e-mail
cases-attachment-unknown-sender = người gửi không rõ
cases-attachment-email-from = e-mail từ { $from }
cases-attachment-date-format = %d/%m/%Y %H:%M UTC
cases-attachment-subject = tiêu đề "{ $subject }"
cases-attachment-dkim = có chữ ký DKIM
cases-attachment-transcript = một bản ghi cuộc trò chuyện
cases-attachment-transcript-digest = một bản ghi cuộc trò chuyện: { $digest }
cases-attachment-image = một ảnh chụp màn hình hoặc ảnh
cases-attachment-pdf = một tài liệu PDF
cases-attachment-file = một tệp

## Cuộc trò chuyện cho thấy gì: loại thông tin cá nhân (không bao giờ là giá trị)

cases-chat-asked = nhân viên đã hỏi { $details }
cases-chat-given = người trong cuộc trò chuyện đã cung cấp { $details }
cases-chat-disclosed = nhân viên đã tiết lộ { $details }
cases-chat-references = mã tham chiếu { $refs }
cases-detail-date-of-birth = ngày sinh
cases-detail-address = địa chỉ
cases-detail-card-last-four = 4 số cuối của thẻ
cases-detail-card-number = số thẻ
cases-detail-phone-number = số điện thoại
cases-detail-email = địa chỉ e-mail
cases-detail-password = mật khẩu hoặc mã PIN
cases-detail-one-time-code = mã dùng một lần
cases-detail-security-answer = câu trả lời bảo mật

## What a case's field is called in an error ({ $field } of field_required / field_too_long):
## the field's English name made into an id by CaseError::args.

# used by pattern: cases-field-{field}
cases-field-agent = Nhân viên
# used by pattern: cases-field-{field}
cases-field-desired-outcome = Kết quả mong muốn
# used by pattern: cases-field-{field}
cases-field-domain = Tên miền
# used by pattern: cases-field-{field}
cases-field-error-text = Nội dung lỗi
# used by pattern: cases-field-{field}
cases-field-identifier = Thông tin định danh
# used by pattern: cases-field-{field}
cases-field-identity-check = Cách xác minh danh tính
# used by pattern: cases-field-{field}
cases-field-outcome = Kết quả
# used by pattern: cases-field-{field}
cases-field-promise = Lời hứa
# used by pattern: cases-field-{field}
cases-field-quote = Câu trích dẫn
# used by pattern: cases-field-{field}
cases-field-reference-number = Số tham chiếu
# used by pattern: cases-field-{field}
cases-field-request = Yêu cầu
# used by pattern: cases-field-{field}
cases-field-resolution = Cách giải quyết
# used by pattern: cases-field-{field}
cases-field-service = Dịch vụ
# used by pattern: cases-field-{field}
cases-field-summary = Tóm tắt
# used by pattern: cases-field-{field}
cases-field-team = Bộ phận
# used by pattern: cases-field-{field}
cases-field-title = Tiêu đề
# used by pattern: cases-field-{field}
cases-field-alert = Cảnh báo
# used by pattern: cases-field-{field}
cases-field-case = Vụ việc

## Why an event breaks the case history's hash chain (src/cases/events.rs)

cases-chain-wrong-link = trỏ tới một sự kiện không phải sự kiện liền trước
cases-chain-wrong-hash = nội dung không khớp với mã băm của nó

## What is wrong with an attached e-mail or a saved attachment (details of malformed_email, case_data_corrupt)

cases-email-no-headers = không tìm thấy tiêu đề e-mail nào
cases-email-no-from-date = thư không có tiêu đề From lẫn Date
cases-attachment-bytes-missing = thiếu nội dung của { $name }
cases-attachment-bytes-changed = nội dung của { $name } không khớp với mã SHA-256 của nó

## Cảnh báo mạo danh lặp lại (issue 22, thư về thông tin bị lộ): cảnh báo không phải lần đầu trên tài khoản.
## $nth là lần thứ mấy (2 = lần thứ hai); $earlier là số của các cảnh báo trước.

cases-alert-repeat = Đây là lần thứ { $nth ->
        [2] hai
        [3] ba
       *[other] { $nth }
    } việc này xảy ra ở { $service } (trước đó: cảnh báo { $earlier }). Kẻ mạo danh thường quay lại khi lần đầu trót lọt: hãy đề nghị { $service } điều tra và yêu cầu đăng nhập trước mọi cuộc trò chuyện về tài khoản của bạn.
cases-alert-step-tell-support-repeat = Báo cho bộ phận hỗ trợ biết đây là lần thứ { $nth ->
        [2] hai
        [3] ba
       *[other] { $nth }
    }, kèm bằng chứng, và đề nghị họ điều tra
