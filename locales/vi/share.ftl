# Chia sẻ một vụ việc: bản tóm tắt, thư, các bản xuất (md, html, pdf, eml, ics), phiếu hỗ trợ,
# thông báo và việc kiểm tra tệp đã ký. Viết theo ngôn ngữ của bản xuất (`--lang`).
# Lời trích, thông báo lỗi, tên và mã tham chiếu là dữ liệu: không bao giờ ở đây.

## Ngày và số (src/share/dates.rs). Giờ theo UTC.

# $month là số của tháng (1–12). CLDR: "thg 3".
share-month-short = thg { $month }
# CLDR: "tháng 3".
share-month-long = tháng { $month }
# CLDR, ngày trung bình: "2 thg 3, 2026".
share-date-medium = { $day } { $month_name }, { $year }
# CLDR, ngày dài: "2 tháng 3, 2026".
share-date-long = { $day } { $month_name }, { $year }
share-date-time = { $time } UTC ngày { $day }/{ $month }/{ $year }
share-date-short = { $day }/{ $month } { $time }
# Dấu phân cách hàng nghìn: 48.213.
share-digit-grouping = .

## Bản tóm tắt (src/share/brief.rs)

share-tag-takeover = BẢO MẬT — có thể tài khoản bị chiếm: có một lần liên hệ mà tôi không hề thực hiện
share-tag-exposed = QUYỀN RIÊNG TƯ — tôi đã được cho xem dữ liệu của một khách hàng khác
share-tag-impostor = BẢO MẬT — có người liên hệ với tôi, tự xưng là bên bạn
share-situation-case = Vụ việc { $number }: { $title }
share-situation-access = { $access ->
    [app] trên ứng dụng
    [web] trên trang web
   *[both] trên ứng dụng và trên trang web
}
share-situation-still = Từ { $since }, vẫn còn xảy ra tính đến { $at }.
share-situation-stopped = Từ { $since }; không còn xảy ra tính đến { $at }.
share-situation-since = Từ { $since }.
share-situation-route = Xin chuyển cho: { $team }.
share-contact-not-me = (KHÔNG PHẢI TÔI)
share-contact-inbound = (bên họ liên hệ tôi)
share-contact-unsolicited = (bên họ liên hệ tôi, không do tôi yêu cầu)
share-contact-said = đã nói: "{ $quote }"
share-contact-error = lỗi: "{ $error }"
share-contact-result = kết quả: { $outcome }
share-contact-ref = mã { $refs }
share-contact-promise-by = trước { $date }
share-contact-promised = đã hứa "{ $promise }"{ $due } ({ $state })
share-promise-state = { $state ->
    [kept] đã giữ lời
    [missed] lỡ hẹn
   *[pending] đang chờ
}
share-key-error = { $date } ({ $channel }): "{ $error }"
share-assess-first-request = Chưa liên hệ bộ phận hỗ trợ lần nào: đây là yêu cầu đầu tiên của tôi.
share-assess-contacts = { $n } lần liên hệ bộ phận hỗ trợ; { $status ->
    [resolved] vụ việc đã được đánh dấu là đã giải quyết
   *[open] chưa ai giải quyết
}.
share-assess-contacts-teams = { $n } lần liên hệ bộ phận hỗ trợ, qua { $teams_count } nhóm ({ $teams }); { $status ->
    [resolved] vụ việc đã được đánh dấu là đã giải quyết
   *[open] chưa ai giải quyết
}.
share-assess-not-me = Không phải tôi: { $contacts } — có người khác mạo danh tôi; mọi thay đổi thực hiện ở đó cần coi là trái phép.
share-assess-loop = Vòng lặp: bị chuyển trở lại { $team } ở { $at } (lần đầu ở { $first }).
share-assess-lost-record = Mất hồ sơ: ở { $contacts } nhân viên không có ghi chép gì về những gì đã trao đổi trước đó.
share-assess-missed = Lời hứa không được giữ ({ $n }): { $promises }.
share-assess-still = Vẫn còn xảy ra tính đến { $at }.
share-assess-stopped = Không còn xảy ra tính đến { $at }.
share-request-by = { $request } — trước { $date }.
share-identity-verified-none = Đã xác minh tôi: chưa lần nào.
share-identity-verified = Đã xác minh tôi: { $contacts }.
share-identity-not-verified = Chưa xác minh: { $contacts }.
share-identity-contact-not-me = Lần liên hệ qua { $channel } ngày { $date } ({ $contact }) không phải là tôi.
share-identity-alert-not-me = Không phải tôi: { $summary } (đã báo ngày { $date }).
share-identity-anyone-else = Bất kỳ ai khác hỏi về tài khoản này đều không phải là tôi. Tôi có thể xác minh lại danh tính ngay bây giờ.
share-heading-request = Yêu cầu
share-earlier-contacts = …{ $n } lần liên hệ trước đó (dòng thời gian đầy đủ ở phía sau)
share-heading-background-service = Bối cảnh: các lần liên hệ với { $service }
share-heading-background = Bối cảnh: các lần liên hệ với bộ phận hỗ trợ
share-heading-own-attempts = Bối cảnh: những gì tôi đã tự thử
share-heading-assessment = Đánh giá
share-heading-references = Mã tham chiếu
share-heading-complaint = Khiếu nại chính thức
share-heading-identity = Danh tính
share-heading-attachments = Tệp đính kèm
share-chat-request = Yêu cầu: { $request }
share-chat-refs = Mã: { $refs }
share-chat-error = Lỗi: { $error }
share-chat-error-cut = Lỗi: { $error }… (toàn văn trong bản tóm tắt đính kèm)
share-chat-missed = Lời hứa không được giữ: { $promises }
share-chat-attachments = { $n } tệp đính kèm, xem trong phiếu.
share-chat-more-contacts = …và { $n } lần liên hệ khác

## Xem trước những gì sẽ được che (src/share/gate.rs): mỗi đoạn văn bản nằm ở đâu.

# used by pattern: the gate names the field ("title", "contact 2 summary").
share-field = { $field ->
    [title] tiêu đề
    [service] dịch vụ
    [desired-outcome] kết quả mong muốn
    [resolution] cách giải quyết
    [request] yêu cầu
    [owner-team] nhóm phụ trách
    [team] nhóm
    [agent] nhân viên
    [reference] mã tham chiếu
    [summary] tóm tắt
    [error] lỗi
    [quote] lời trích
    [promise] lời hứa
    [outcome] kết quả
    [identity-method] cách xác minh
    [name] tên
    [description] mô tả
   *[other] { $field }
}
share-field-alert = tóm tắt cảnh báo { $n }
share-field-contact = lần liên hệ { $n }, { $field }
share-field-attachment = tệp đính kèm { $n }, { $field }
share-field-case = vụ việc { $n }, { $field }
share-case-warning = Vụ việc { $n }: { $warning }
share-quotes-withheld = [{ $n } lời trích có thông tin của khách hàng khác, không chia sẻ]
share-warning-last-four-and-address = Bốn số cuối của thẻ hoặc tài khoản và địa chỉ bưu điện của bạn sẽ cùng được gửi đi: gộp lại, chúng thường đủ để vượt qua bước xác minh danh tính qua điện thoại. Bạn nên giữ địa chỉ ở dạng che.

## Thư khiếu nại (src/share/escalation.rs)

share-letter-subject = Khiếu nại và đề nghị chuyển cấp cao hơn: { $title }
share-letter-subject-refs = Khiếu nại và đề nghị chuyển cấp cao hơn: { $title } (mã { $refs })
share-letter-greeting = Kính gửi Bộ phận Chăm sóc khách hàng / Bộ phận Khiếu nại,
share-letter-opening-service = Tôi đề nghị chuyển vấn đề này lên người có thể giải quyết được. Từ { $since }, tôi đã liên hệ { $service } { $n } lần
share-letter-opening = Tôi đề nghị chuyển vấn đề này lên người có thể giải quyết được. Từ { $since }, tôi đã liên hệ quý công ty { $n } lần
share-letter-not-resolved = { $contacted }, nhưng vấn đề vẫn chưa được giải quyết.
share-letter-not-resolved-teams = { $contacted }, qua { $teams_count } nhóm ({ $teams }), nhưng vấn đề vẫn chưa được giải quyết.
share-letter-heading-happened = Những gì đã xảy ra
share-letter-ref = mã { $refs }
share-letter-error-shown = Thông báo lỗi hiện ra là: "{ $error }".
share-letter-and = { " " }và{ " " }
share-letter-bounce = Ngày { $date }, tôi bị chuyển trở lại { $team } sau khi { $via } đã chuyển tôi đi.
share-letter-due = hạn { $date }
share-letter-missed = Ngày { $date }, tôi được cho biết: "{ $promise }"{ $due }. Việc này đã không xảy ra.
share-letter-heading-missed = Những lời hứa không được giữ
share-letter-hold = Tổng cộng tôi đã phải chờ máy { $minutes } phút.
share-letter-heading-asking = Điều tôi đề nghị
share-letter-default-ask = Giải quyết vấn đề này, và có một người hoặc một nhóm phụ trách cho đến khi vấn đề được giải quyết.
share-letter-reply-by = Xin hãy trả lời, kèm tên người phụ trách và kế hoạch xử lý, trước { $date }. Nếu đến lúc đó tôi chưa nhận được phản hồi, tôi sẽ đưa vụ việc lên cấp cao hơn.
share-letter-record = { $identity } Tôi đã lưu lại mọi lần liên hệ, kèm ngày và mã tham chiếu, và có thể gửi khi được yêu cầu.
share-letter-closing = Trân trọng,

## Markdown, HTML và PDF (src/share/markup.rs, pdf.rs)

share-case-title = Vụ việc { $number } — { $title }
share-warning-label = Cảnh báo:
share-heading-timeline = Toàn bộ dòng thời gian
share-heading-contents = Mục lục
# used by pattern: the labels of a contact in the full timeline.
share-label = { $label ->
    [channel] Kênh
    [team] Nhóm
    [agent] Nhân viên
    [waited] Thời gian chờ
    [references] Mã tham chiếu
    [summary] Tóm tắt
    [error] Lỗi (nguyên văn)
    [they-said] Họ đã nói
    [promise] Lời hứa
    [outcome] Kết quả
   *[identity] Danh tính
}
share-minutes = { $minutes } phút
share-due = hạn { $date }
share-promise-status = { $status ->
    [kept] đã giữ lời
    [broken] không giữ lời
   *[pending] đang chờ
}
share-identity-state = { $state ->
    [verified] đã xác minh
    [not-verified] chưa xác minh
   *[unknown] không rõ
}
share-footer-generated = Tạo bởi { $generator } lúc { $at }. Che thông tin: đã che { $n } chỗ.
share-footer-generated-unmasked = Tạo bởi { $generator } lúc { $at }. Che thông tin: đã che { $n } chỗ; gửi nguyên văn theo lựa chọn: { $kinds }.
share-footer-chain = Đầu chuỗi sự kiện: { $head } ({ $events_count } sự kiện, chuỗi { $state ->
    [intact] nguyên vẹn
   *[broken] BỊ HỎNG
}).
share-footer-attachment = Tệp đính kèm { $number } { $name }: SHA-256 { $sha256 }, { $size } byte.
share-case-status = { $status ->
    [open] đang mở
    [waiting_on_them] chờ bên họ
    [waiting_on_me] chờ tôi
    [escalated] đã chuyển cấp cao hơn
    [resolved] đã giải quyết
   *[other] { $status }
}
share-contents-line = { $title } ({ $status }, { $n } lần liên hệ)
share-several-intro = { $n } vụ việc, tạo bởi { $generator } lúc { $at }. Mỗi vụ việc mở đầu bằng bản tóm tắt, sau đó là toàn bộ dòng thời gian.
share-several-title = Bản xuất Steward — { $n } vụ việc
share-check-place-above = ở phía trên
share-check-place-page = ở trang { $page }
share-pdf-page = trang { $page } trên { $pages }
share-pdf-footer-case = Vụ việc { $number }
share-pdf-embedded = Bản xuất JSON đã ký dùng để tạo tệp PDF này

## Cách kiểm tra tệp (src/share/check.rs)

share-check-heading = Cách kiểm tra tệp này
share-check-pointer = Kiểm tra bằng ssh-keygen, không cần Steward: xem “{ $heading }” { $place }.
share-check-signed = Được ký bằng khóa Steward của khách hàng { $fingerprint } (principal { $principal }). Hãy giữ dấu vân tay này: các tệp sau này của khách hàng phải có đúng dấu vân tay đó.
share-check-allowed-signers = Dòng allowed_signers: { $line }
share-check-openssh = Kiểm tra bằng OpenSSH (Linux, macOS, Windows 10 trở lên): { $command }
share-check-steward = Hoặc, nếu có cài Steward: steward share verify { $file } --signer allowed_signers
share-check-pdf = Tệp PDF còn có chữ ký PDF (PAdES) mà các trình xem PDF và pdfsig của poppler kiểm tra được: chứng chỉ của nó tự ký, ghi cùng dấu vân tay và giống nhau trong mọi tệp của khách hàng này, nên trình xem sẽ báo chữ ký hợp lệ còn bên cấp chứng chỉ không rõ hoặc không được tin cậy — sự tin cậy đến từ dấu vân tay.

## Bản nháp .eml và việc cần làm .ics (src/share/mail.rs)

share-eml-attached = Tệp { $file }.pdf đính kèm có toàn bộ dòng thời gian; { $file }.json là cùng hồ sơ đó, ở dạng máy đọc được. Mỗi tệp có chữ ký đi kèm ({ $file }.pdf.sig, { $file }.json.sig): hãy kiểm tra bằng lệnh ở trên.
share-eml-from = Tôi
share-ics-calendar = Vụ việc Steward { $number }
share-ics-support = Bộ phận hỗ trợ
share-ics-summary = { $who } đã hứa: { $promise } (vụ việc { $number })
share-ics-promised-in = Đã hứa trong lần liên hệ { $contact }.
share-ics-if-not = Nếu việc đó không xảy ra, hãy ghi lại trong Steward và chia sẻ bản tóm tắt vụ việc.
share-ics-category = Vụ việc hỗ trợ

## Ghi chú về tệp, cho khách hàng (src/share/render.rs)

share-note-not-archival = Tệp PDF là PDF thường, không phải PDF/A-3u để lưu trữ: vụ việc có ký tự mà phông Noto Sans đi kèm không có (ví dụ chữ Trung, Nhật, Hàn hoặc emoji), có thể hiện thành ô vuông.

## Thông báo (src/share/notify.rs)

share-notice-overdue = Quá hạn: vụ việc { $number }
share-notice-due-soon = Sắp đến hạn: vụ việc { $number }

## Chuyển cho bộ phận hỗ trợ (src/share/send.rs)

share-helpdesk-rt = Request Tracker (hàng đợi { $queue })
# same in every language: a product name.
share-helpdesk-zendesk = Zendesk
share-helpdesk-redmine = Redmine (dự án { $project })
share-update-nothing-new = Cập nhật vụ việc { $number } ({ $reference }): không có lần liên hệ mới nào kể từ lần cập nhật trước ngày { $date }. Bản tóm tắt hiện tại ở dưới.
share-update-new = Cập nhật vụ việc { $number } ({ $reference }): { $n } lần liên hệ mới kể từ lần cập nhật trước ngày { $date }:
share-update = Cập nhật vụ việc { $number } ({ $reference }). Bản tóm tắt hiện tại ở dưới.
share-sent-update = Đã gửi bản cập nhật kèm bản tóm tắt vụ việc tới { $system }: đã thêm vào phiếu { $reference }.
share-sent-opened = Đã chia sẻ bản tóm tắt vụ việc với { $system }; đã mở phiếu { $reference }.

## Kiểm tra tệp đã ký (src/share/sign.rs)

share-verify-unsigned = Không tìm thấy chữ ký Steward: không thể kiểm tra tệp này.
share-verify-several = Tệp chứa { $n } vụ việc, mỗi vụ việc có đầu chuỗi sự kiện riêng.
share-verify-intact-at = Nguyên vẹn: không thay đổi kể từ khi được ký lúc { $at } bằng { $whose ->
    [own] khóa của hồ sơ này
    [other] khóa của một hồ sơ khác
   *[unknown] khóa
} { $key_id }.
share-verify-tampered-by = Đã bị sửa: nội dung không khớp với chữ ký do { $whose ->
    [own] khóa của hồ sơ này
    [other] khóa của một hồ sơ khác
   *[unknown] khóa
} { $key_id } tạo ra.
share-verify-tampered-ssh = Đã bị sửa: tệp không khớp với chữ ký SSH của nó (FILE.sig).
share-verify-intact = Nguyên vẹn: không thay đổi kể từ khi được ký.
share-verify-pinned = { $verdict }, bằng khóa đã ghim { $fingerprint }.
share-verify-own = { $verdict }, bằng chính khóa của hồ sơ này { $fingerprint }.
share-verify-wrong-signer = Sai người ký: chữ ký hợp lệ nhưng do { $fingerprint } tạo ra, không phải khóa bạn đã ghim ({ $pinned }). Một người khác đã ký tệp này: đừng tin nội dung của nó.
share-verify-unpinned = Chữ ký hợp lệ của một khóa chưa ghim { $fingerprint }: hãy so dấu vân tay này với dấu vân tay khách hàng đã đưa bạn trước đây (hoặc kiểm tra bằng --signer KEY).
share-verify-damaged = Đã bị sửa: khối chữ ký bị hỏng và không đọc được.

## Che thông tin: loại bị che, lý do bị gắn cờ, và chính các chỗ che (src/share/redact/)

share-redact-kind = { $kind ->
    [card] số thẻ
    [iban] số IBAN
    [phone] số điện thoại
    [email] địa chỉ e-mail
    [otp] mã dùng một lần
    [backup_code] mã dự phòng
    [password] mật khẩu
    [reset_link] liên kết đặt lại hoặc đăng nhập
    [address] địa chỉ bưu điện
    [private] văn bản đánh dấu riêng tư
   *[id_number] số giấy tờ tùy thân
}
share-flag-reason = { $reason ->
    [long_number] một dãy số dài
    [card_like] một dãy số vượt qua phép kiểm tra số thẻ
    [after_password_word] từ đứng sau chữ "mật khẩu"
    [link_token] một phần trông như ngẫu nhiên của liên kết
    [token_like] một mã trông như ngẫu nhiên
   *[code_like] một dãy số có thể là mã dùng một lần
}
share-mask-code = [mã]
share-mask-password = [mật khẩu]
share-mask-backup-codes = [đã bỏ mã dự phòng]
share-mask-email = [e-mail tại { $domain }]
share-mask-id = [số giấy tờ]
share-mask-card-security = [mã bảo mật thẻ]
share-mask-token = [mã truy cập]
share-mask-login = [đăng nhập]
share-mask-card = [thẻ đuôi { $last }]
share-mask-iban = [IBAN { $country }… đuôi { $last }]
share-mask-phone = [số điện thoại { $prefix }…{ $last }]
share-mask-address = [địa chỉ]
share-mask-private = [riêng tư]

## The PDF signature's reason, as PDF readers show it beside the signature (src/share/pdf_sign.rs)

share-pdf-sign-reason = Bản xuất vụ việc của Steward: chưa bị thay đổi từ khi được ký

## django-helpdesk (src/share/helpdesk/django_helpdesk.rs): how the contact logged on the case names it

share-helpdesk-django = django-helpdesk (hàng đợi { $queue })

## Signing key and time-stamping problems (details of share_key / timestamp errors)

share-key-not-a-key = mục "{ $entry }" trong kho khóa không chứa khóa ký
share-key-damaged = khóa ký đã lưu bị hỏng
share-tsa-unreachable = không kết nối được ({ $error })
share-tsa-answered = máy chủ trả lời { $status }
share-tsa-too-large = câu trả lời quá lớn để là một dấu thời gian
share-tsa-not-granted = máy chủ không cấp dấu thời gian

## Kẻ mạo danh quay lại và thư về thông tin bị lộ (issue 22; src/share/brief.rs, src/share/exposure_letter.rs)

share-situation-repeat = Đây là lần thứ { $nth ->
        [2] hai
        [3] ba
       *[other] { $nth }
    } { $who ->
        [me] có người giả danh tôi liên hệ với bên bạn
        [you] có người giả danh bên bạn liên hệ với tôi
       *[both] có người giả danh tôi hoặc giả danh bên bạn
    } ({ $dates }).
share-exposure-detail = { $detail ->
        [address] địa chỉ bưu điện của tôi
        [phone] số điện thoại của tôi
        [email] địa chỉ e-mail của tôi
        [card_last_four] bốn số cuối của một thẻ thanh toán
        [date_of_birth] ngày sinh của tôi
        [security_answers] câu trả lời cho các câu hỏi bảo mật của tôi
       *[support_pin] mã PIN hỗ trợ của tôi
    }
share-exposure-and = { " " }và{ " " }
share-exposure-greeting = Kính gửi Bộ phận hỗ trợ khách hàng của { $company },
share-exposure-note-subject = Đề nghị bảo vệ tài khoản của tôi: kẻ mạo danh đã lấy được thông tin cá nhân của tôi
share-exposure-note-subject-account = Đề nghị bảo vệ tài khoản { $account } của tôi: kẻ mạo danh đã lấy được thông tin cá nhân của tôi
share-exposure-note-leaked = Ngày { $date }, có người giả danh tôi đã lấy được { $details } từ bộ phận hỗ trợ của { $company }.
share-exposure-note-why = Bên bạn dùng { $details } để xác minh người liên hệ, nên người này có thể sẽ giả làm tôi với bên bạn.
share-exposure-note-why-any = Nhiều công ty dùng những thông tin này để xác minh người liên hệ, nên người này có thể sẽ giả làm tôi với bên bạn.
share-exposure-note-ask = Xin hãy ghi chú vào tài khoản{ $account } của tôi rằng bất kỳ ai liên hệ với danh nghĩa của tôi phải { $how ->
        [pin] đọc đúng mã PIN hỗ trợ của tôi
        [sign_in] đăng nhập vào tài khoản của tôi
       *[either] đọc đúng mã PIN hỗ trợ hoặc đăng nhập vào tài khoản của tôi
    } trước, và không được chấp nhận chỉ dựa vào những thông tin trên.
share-exposure-account = { " " }{ $account }
share-exposure-note-pin = Nếu bên bạn có mã PIN hoặc mật mã hỗ trợ, xin hãy cài đặt cho tài khoản của tôi và hướng dẫn tôi cách chọn mã.
share-exposure-note-protections = Xin cho tôi biết bên bạn còn có những biện pháp bảo vệ nào trước người gọi đã biết thông tin của tôi, và xác nhận bằng văn bản khi đã ghi chú vào tài khoản.
share-exposure-no-values = Vì an toàn của tôi, xin đừng nhắc lại bất kỳ thông tin nào trong số này khi trả lời.
share-exposure-second-subject = Lần thứ { $nth ->
        [2] hai
        [3] ba
       *[other] { $nth }
    } có kẻ mạo danh liên hệ về tài khoản của tôi: đề nghị điều tra
share-exposure-second-subject-refs = Lần thứ { $nth ->
        [2] hai
        [3] ba
       *[other] { $nth }
    } có kẻ mạo danh liên hệ về tài khoản của tôi (mã { $refs }): đề nghị điều tra
share-exposure-second-opening = Đây là lần thứ { $nth ->
        [2] hai
        [3] ba
       *[other] { $nth }
    } { $who ->
        [me] có người giả danh tôi liên hệ với bộ phận hỗ trợ của bên bạn
        [you] có người giả danh bên bạn liên hệ với tôi
       *[both] có người giả danh tôi với bên bạn hoặc giả danh bên bạn với tôi
    } về tài khoản{ $account } của tôi: { $dates }.
share-exposure-second-obtained = Họ đã lấy được { $details }.
share-exposure-second-refs = Mã tham chiếu: { $refs }
share-exposure-second-investigate = Xin hãy điều tra vì sao những lần liên hệ này vượt qua được khâu xác minh của bên bạn, cho tôi biết thông tin nào đã bị tiết lộ hoặc thay đổi trên tài khoản, và hủy mọi thay đổi đã làm trong các lần đó.
share-exposure-second-sign-in = Xin hãy yêu cầu bất kỳ ai liên hệ về tài khoản của tôi phải đăng nhập vào tài khoản trước, trước mọi cuộc trò chuyện hay cuộc gọi, và ghi chú điều này vào tài khoản của tôi.
share-exposure-second-reply = Xin hãy trả lời bằng văn bản về những gì bên bạn tìm thấy và những gì đã thay đổi.

## Khiếu nại chính thức trong bản tóm tắt (src/share/brief.rs, `complaint`).

share-complaint-received = Công ty nhận được ngày { $date }.
share-complaint-received-contact = Công ty nhận được ngày { $date } (liên hệ #{ $contact }).
share-complaint-received-ref = Công ty nhận được ngày { $date }; mã tham chiếu của họ: { $reference }.
share-complaint-received-contact-ref = Công ty nhận được ngày { $date } (liên hệ #{ $contact }); mã tham chiếu của họ: { $reference }.
share-complaint-rule = Quy định: { $rule }.
share-complaint-rule-law = Quy định: { $rule } ({ $law }).
share-complaint-no-rule = Không rõ quy định nào áp dụng: Steward không tính thời hạn.
share-complaint-final-response = Đã nhận phản hồi cuối cùng ngày { $date }.
share-complaint-step = { $label }: hạn { $date }.
share-complaint-step-open = { $label }: có thể làm từ { $date }.
share-complaint-step-from = { $label }: từ { $date }.
share-complaint-step-passed = { $label }: { $date } (đã qua).
share-complaint-step-done = { $label }: { $date } (đã xong).
share-complaint-check = (Theo cách Steward hiểu quy định: hãy kiểm tra lại ngày này.)
share-chat-complaint = Khiếu nại chính thức được nhận ngày { $date }.
share-chat-complaint-due = Khiếu nại chính thức được nhận ngày { $date }. { $label }: { $due }{ $passed ->
    [yes] {" "}(đã qua).
   *[no] .
}
