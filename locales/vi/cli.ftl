## Lời của giao diện dòng lệnh.

unknown_language = Steward chưa có ngôn ngữ "{ $language }".
    .hint = Hãy dùng một trong các ngôn ngữ: { $known }.

## Dùng chung.

# Định dạng ngày giờ của chrono: "14:30 ngày 20/11/2026".
cli-date-format = %H:%M ngày %d/%m/%Y
cli-yes = có
cli-no = không
cli-warning = Cảnh báo: { $text }
cli-note = Lưu ý: { $text }

## steward status và cụm mật khẩu của hồ sơ.

cli-profile-ask-passphrase = Cụm mật khẩu Steward:
cli-profile-no-keyring = Máy này không có kho khóa hệ thống. Hãy chọn một cụm mật khẩu để bảo vệ dữ liệu Steward của bạn.
cli-profile-new-passphrase = Cụm mật khẩu mới:
cli-profile-repeat-passphrase = Nhập lại cụm mật khẩu:
cli-status-data-dir = Thư mục dữ liệu:
cli-status-protection = Bảo vệ:
cli-status-keyring = Kho khóa hệ thống:
cli-status-state-new = chưa có hồ sơ (sẽ tạo khi dùng lần đầu)
cli-status-state-keyring = đã mã hóa; khóa nằm trong kho khóa hệ thống
cli-status-state-passphrase = đã mã hóa; khóa lấy từ cụm mật khẩu của bạn
cli-status-keyring-available = có
cli-status-keyring-unavailable = không có

## Đọc từ cửa sổ dòng lệnh.

cli-input-paste = Hãy dán đoạn văn bản, rồi nhấn Ctrl+D ở một dòng mới.

## steward case …

cli-case-started = Đã mở vụ việc { $number }: { $title }
cli-case-saved = Đã lưu: lần liên hệ qua { $channel } lúc { $date }.
cli-case-alert-raised = ! Đã tạo cảnh báo { $number }: { $title }
cli-case-alert-checklist = Xem các bước cần làm: steward case alerts { $case }
cli-case-updated = Đã cập nhật vụ việc { $number }: { $title } ({ $status })
cli-case-resolved = Đã đóng vụ việc { $number } (đã giải quyết): { $title }
cli-case-letter-subject = Tiêu đề: { $subject }
cli-case-promise-set = Lời hứa { $number } ("{ $text }") giờ được ghi là { $status ->
        [kept] đã giữ lời
        [broken] không giữ lời
       *[pending] đang chờ
    }.
cli-case-list-none-open = Không có vụ việc nào đang mở. Mở một vụ việc: steward case new "Chuyện gì trục trặc" --service TÊN
cli-case-list-none = Không có vụ việc nào.
cli-case-list-contacts = { $n } lần liên hệ
cli-case-list-last-contact = lần cuối { $date }
cli-case-heading = Vụ việc { $number }: { $title }
cli-case-label-service = Dịch vụ:
cli-case-label-status = Trạng thái:
cli-case-label-wanted = Mong muốn:
cli-case-label-opened = Ngày mở:
cli-case-label-resolved = Đã giải quyết:
cli-case-no-contacts = Chưa ghi lần liên hệ nào. Ghi một lần: steward case log { $number } --summary "..."
cli-case-contact = Lần liên hệ { $n }
cli-case-agent = nhân viên { $agent }
cli-case-on-hold = Chờ máy: { $minutes } phút
cli-case-references = Mã tham chiếu: { $refs }
cli-case-error = Lỗi: "{ $text }"
cli-case-they-said = Họ nói: "{ $text }"
cli-case-promise = Lời hứa { $number }: { $text } ({ $state })
cli-case-promise-state = { $status ->
        [kept] đã giữ lời
        [broken] không giữ lời
        [overdue] QUÁ HẠN
       *[pending] đang chờ
    }
cli-case-promise-due = hạn { $date }
cli-case-outcome = Kết quả: { $outcome }
cli-case-identity-yes-how = Đã xác minh danh tính: có ({ $how })
cli-case-identity-yes = Đã xác minh danh tính: có
cli-case-identity-no = Đã xác minh danh tính: không
cli-case-alerts-heading = Cảnh báo bảo mật:
cli-case-alert-line = Cảnh báo { $number } ({ $state }, xong { $done }/{ $total } bước): { $title }
cli-case-attachments-heading = Tệp đính kèm:
cli-insights-summary = Lần liên hệ: { $contacts }   Bộ phận: { $teams }   Chuyển tiếp: { $handoffs }   Số ngày mở: { $days }   Chờ máy: { $minutes } phút
cli-insights-promises = Lời hứa: { $made } đã hứa, { $kept } đã giữ, { $broken } không giữ, { $overdue } quá hạn
cli-insights-bounced = Bị đẩy qua lại: về lại { $team } qua { $via } lúc { $date }
cli-insights-repeated = Nói { $n } lần: "{ $text }"
cli-insights-unsolicited = Liên hệ bạn không yêu cầu: { $n } (hãy kiểm tra đó có thật là công ty không)
cli-insights-unverified = Không xác minh danh tính ở { $n } lần liên hệ ({ $checked } lần có xác minh)
cli-insights-no-escalation = Chưa có lý do để khiếu nại lên cấp trên.
cli-insights-escalate = Đến lúc khiếu nại lên cấp trên: { $reasons }.
cli-search-none = Không tìm thấy gì. Hãy thử ít từ hơn hoặc từ ngắn hơn.
cli-search-hit = Vụ việc { $number } ({ $title }) · { $date } · { $channel }

## Cảnh báo, tệp đính kèm, gợi ý, tài khoản.

cli-alert-open = ĐANG MỞ
cli-alert-resolved = đã xử lý
cli-alert-resolved-at = đã xử lý { $date }
cli-alert-heading = Cảnh báo { $number } ({ $state }) · vụ việc { $case }
cli-alert-resolution = Cách xử lý: { $text }
cli-alert-tick = Đánh dấu một bước: steward case alert-step { $number } BƯỚC --done
cli-alert-resolved-summary = Đã xử lý cảnh báo { $number } (xong { $done }/{ $total } bước).
cli-alerts-none-case = Vụ việc này không có cảnh báo nào.
cli-alerts-none-open = Không có cảnh báo nào đang mở.
cli-attachments-none = Chưa có tệp đính kèm. Thêm một tệp: steward case attach { $case } TỆP
cli-attachment-removed = Đã gỡ tệp đính kèm { $number }: { $name }
cli-attachment-wrote = Đã ghi { $name } ({ $size }, sha256 { $sha }) vào { $path }
cli-attachment-from = Người gửi: { $from }
cli-attachment-unknown-sender = không rõ
cli-attachment-subject = Tiêu đề: { $subject }
cli-attachment-date = Ngày: { $date }
cli-attachment-dkim-domain = DKIM-Signature: có (d={ $domain }), giữ nguyên
cli-attachment-dkim = DKIM-Signature: có, giữ nguyên
cli-attachment-dkim-none = DKIM-Signature: không có
cli-attachment-already = Tệp này đã đính kèm vào vụ việc { $case } (tệp { $number }); không lưu thêm gì.
cli-attachment-attached = Đã đính kèm vào vụ việc { $case }:
cli-attachment-read-heading = Đọc được từ văn bản:
cli-attachment-unlogged-hint = Nếu đúng vậy, hãy tạo cảnh báo:
cli-attachment-unlogged-command = steward case alert { $case } --kind contact-not-made --attachment { $number } --summary "Cuộc trò chuyện tôi chưa từng có"
cli-suggest-none = Không có gì để gợi ý: không thấy mã tham chiếu, nhân viên, thông báo lỗi hay lời hứa nào.
cli-suggest-agent = Nhân viên: { $agents }
cli-suggest-promise = Lời hứa: { $text }
cli-suggest-due-days = hạn trong { $days } ngày
cli-suggest-due-hours = hạn trong { $hours } giờ
cli-suggest-due-minutes = hạn trong { $minutes } phút
cli-suggest-identity = Cách xác minh danh tính: { $how }
cli-accounts-none = Chưa có tài khoản nào. Mở vụ việc với --service sẽ thêm một tài khoản.
cli-accounts-open-alerts = { $n } CẢNH BÁO ĐANG MỞ
cli-accounts-2fa-off = chưa bật 2FA
cli-accounts-2fa-on = đã bật 2FA: { $methods }
cli-accounts-cases = { $open_count }/{ $n } vụ việc đang mở
cli-accounts-attempts = { $n } lần thử bật xác minh hai bước

## steward phone …

cli-phone-number = Số:
cli-phone-e164 = E.164:
cli-phone-national = Trong nước:
cli-phone-country = Quốc gia:
cli-phone-type = Loại:
cli-phone-valid = Hợp lệ:
cli-phone-sms = SMS:
cli-phone-type-name = { $type ->
        [mobile] di động
        [fixed_line] cố định
        [fixed_line_or_mobile] cố định hoặc di động
        [voip] VoIP (điện thoại qua internet)
        [toll_free] miễn cước
        [premium_rate] dịch vụ giá cao
        [shared_cost] chia sẻ cước
        [personal_number] số cá nhân (chuyển tiếp)
        [pager] máy nhắn tin
        [uan] số chung của công ty (UAN)
        [voicemail] hộp thư thoại
       *[unknown] không rõ loại
    }
cli-phone-unreadable = Không đọc được đây là số điện thoại.
cli-phone-not-your-fault = Đây không phải lỗi của bạn.

## steward otp …

cli-otp-code-hotp = { $label }: { $code }  (bộ đếm { $counter }; dùng `--next` để lấy mã tiếp theo)
cli-otp-code-totp = { $label }: { $code }  (còn hiệu lực { $seconds } giây)
cli-otp-code-next = Mã tiếp theo: { $code }
cli-otp-kind-totp = TOTP { $digits } chữ số, { $period } giây
cli-otp-kind-hotp = HOTP { $digits } chữ số, bộ đếm { $counter }
cli-otp-kind-steam = Steam, { $period } giây
cli-otp-list-none = Chưa có tài khoản xác thực nào. Thêm một tài khoản: steward otp add 'otpauth://…' (hoặc --qr TỆP, --screen, --manual)
cli-otp-list-backup = · còn { $unused }/{ $total } mã dự phòng
cli-otp-read-as = Đọc theo định dạng: { $format }
cli-otp-added = { $n ->
        [0] Không thêm tài khoản mới nào.
       *[other] Đã thêm { $n } tài khoản:
    }
cli-otp-duplicates = Đã có sẵn, không thêm lại ({ $n }):
cli-otp-duplicate = { $label } (giống tài khoản { $number })
cli-otp-skipped = Đã bỏ qua ({ $n }):
cli-otp-backup-left = { $label }: còn { $unused }/{ $n } mã dự phòng
cli-otp-backup-used = (đã dùng { $date })
cli-otp-renamed = Đã đổi tên tài khoản { $number }: { $label }
cli-otp-removed = Đã xóa tài khoản { $number }: { $label }. Hãy chắc rằng dịch vụ không còn hỏi mã của tài khoản này.
cli-otp-fav-on = ★ Tài khoản { $number } đã là tài khoản yêu thích: { $label }. Tài khoản yêu thích được liệt kê trước.
cli-otp-fav-off = Tài khoản { $number } không còn là tài khoản yêu thích: { $label }
cli-otp-tags-now = Tài khoản { $number }, { $label }: { $tags }
cli-otp-tags-now-none = Tài khoản { $number }, { $label }, giờ không còn nhãn nào.
cli-otp-tags-none = Chưa có nhãn nào. Thêm nhãn bằng: steward otp tag TÀI_KHOẢN "Công việc"
cli-otp-tags-count = { $n ->
       *[other] { $n } tài khoản
    }
cli-otp-ask-setup-key = Khóa thiết lập (Base32):
cli-otp-ask-import-password = Mật khẩu của tệp xuất { $format }:
cli-otp-ask-export-password = Mật khẩu cho tệp xuất:
cli-otp-repeat-password = Nhập lại mật khẩu:
cli-otp-export-warning = Cảnh báo: { $path } chứa khóa bí mật xác thực của bạn ở dạng không mã hóa. Ai có tệp này cũng tạo được mã của bạn. Hãy xóa tệp sau khi dùng xong; để sao lưu, hãy dùng --format aegis.
cli-otp-exported = Đã ghi { $n } tài khoản vào { $path }
cli-otp-exported-encrypted = Đã ghi { $n } tài khoản vào { $path } (đã mã hóa; Aegis và Steward nhập được bằng mật khẩu)

## steward enrol …

cli-enrol-ask-password = Mật khẩu privacyIDEA:
cli-enrol-stuck = Mọi thứ đã thử đều nằm trong vụ việc { $case }. Hãy dán đoạn này cho bộ phận hỗ trợ (đã che thông tin riêng, { $count } ký tự):
cli-enrol-stuck-exports = Xuất đầy đủ: steward case export { $case } --format pdf --out brief.pdf
cli-enrol-kit-written = Đã ghi bộ khôi phục cho { $count } tài khoản vào { $path }. Hãy in ra, cất ở nơi an toàn, rồi xóa tệp.
cli-enrol-list-none = Chưa bật xác minh hai bước cho dịch vụ nào. Bắt đầu: steward enrol start DỊCH_VỤ
cli-enrol-status = { $status ->
        [done] xong
        [stopped] đã dừng
       *[in_progress] đang làm
    }
cli-enrol-list-step = { $step ->
        [ChooseMethod] chọn phương thức
        [EnterPhone] số điện thoại
        [EnterPhoneCode] mã từ điện thoại
        [AddAuthenticator] thêm vào trình xác thực
        [ConfirmAuthenticator] xác nhận trình xác thực
        [OnWebsite] trên trang web
        [TestSignIn] thử đăng nhập
        [BackupCodes] mã dự phòng
        [Summary] tóm tắt
       *[other] { $step }
    }
cli-enrol-list-case = (vụ việc { $n })
cli-enrol-step = { $service } — bước { $step }/{ $steps }: { $title }
cli-enrol-methods-heading = Các cách xác minh, mạnh nhất trước:
cli-enrol-not-now = chưa dùng được: { $reason }
cli-enrol-receipt = Kết quả: { $methods } cho { $service }{ $phone }; đã lưu { $count } mã dự phòng; { $tested ->
        [yes] đã thử đăng nhập
       *[no] chưa thử đăng nhập
    }.
cli-enrol-receipt-phone = số điện thoại { $phone }
cli-enrol-code-now = Mã hiện tại: { $code }
cli-enrol-backup-heading = Mã dự phòng (chỉ hiện một lần):
cli-enrol-if-fails = Nếu không được: { $text }
cli-enrol-recorded = Đã ghi vào vụ việc { $n }.
cli-enrol-rules-curated = quy tắc Steward đã xem xét cho { $service } (nguồn: { $url })
cli-enrol-rules-inferred = đọc từ ghi chú của danh bạ 2FA: "{ $note }"
cli-enrol-rules = Quy tắc: { $from }
cli-enrol-rules-unknown = Quy tắc: Steward chưa biết quy tắc riêng của dịch vụ này.
cli-enrol-plan-heading = Những cách có thể được, tốt nhất trước:
cli-enrol-after = sau { $time }

## steward case export, steward share …

cli-share-ask-request = Nhân viên hỗ trợ cần làm gì? (một việc cụ thể, ví dụ "Gỡ chặn số điện thoại của tôi"; Enter để bỏ qua)
cli-share-ask-still-happening = Hôm nay sự cố vẫn còn chứ? [có/không, Enter để bỏ qua]
cli-share-preview-flagged = Trông như thông tin riêng nhưng sẽ gửi nguyên văn (che bằng --mask VĂN_BẢN):
cli-share-preview-nothing = Vụ việc này không có gì cần che.
cli-share-preview-heading = Những chỗ sẽ được che (⟦…⟧ đánh dấu từng chỗ):
cli-share-preview-masks = Số chỗ che: { $counts }.
cli-share-preview-clear = Gửi không che theo lựa chọn của bạn: { $kinds }.
cli-share-wrote = Đã ghi { $path } ({ $bytes } byte, che { $masks } chỗ), ký bằng khóa { $key }.
cli-share-wrote-several = Đã ghi { $path } ({ $n } vụ việc, { $bytes } byte, che { $masks } chỗ), ký bằng khóa { $key }.
cli-share-signature = Chữ ký: { $path } (hãy giữ cạnh tệp).
cli-share-verify-chain = Vụ việc { $case }, đầu chuỗi sự kiện { $head }.
cli-share-key = Khóa ký { $fingerprint } (mã khóa { $id }).
cli-share-key-openssh = Khóa công khai OpenSSH: { $key }
cli-share-key-allowed = Dòng allowed_signers (gửi cho bộ phận hỗ trợ cùng tệp đầu tiên):
cli-share-appended = Đã thêm bản tóm tắt cùng tệp PDF và JSON đã ký vào { $reference } ("{ $subject }", trạng thái { $status }); { $n } lần liên hệ mới kể từ lần cập nhật trước. Đã ghi vào vụ việc.
cli-share-opened = Đã mở { $reference } ("{ $subject }", trạng thái { $status }). Giờ đây nó là một mã tham chiếu của vụ việc.
cli-share-timestamps-on = Dấu thời gian: bật. Mỗi tệp đã ký nhận bằng chứng thời điểm từ { $url } (chỉ gửi mã băm của tệp).
cli-share-timestamps-turn-off = Tắt: steward share timestamp --off
cli-share-timestamps-off = Dấu thời gian: tắt. Tệp được ký mà không có bằng chứng thời điểm.
cli-share-timestamps-turn-on = Bật: steward share timestamp URL (một đơn vị cấp dấu thời gian bạn tin cậy)

## steward directory …

cli-directory-unknown-time = một lúc không rõ
cli-directory-up-to-date = Danh bạ 2FA đã mới nhất: { $n } dịch vụ (tải lúc { $when }).
cli-directory-downloaded = Đã tải danh bạ 2FA: { $n } dịch vụ từ { $url }.
cli-directory-passkeys-count = Danh bạ passkey: { $domains } tên miền có passkey, { $n } trong số các dịch vụ này.
cli-directory-saved-copy = Đang dùng bản đã lưu lúc { $when }; không làm mới được: { $error }
cli-directory-older-copy = Đang dùng một bản đã lưu cũ hơn; không làm mới được: { $error }
cli-directory-passkeys-unknown = Hiện chưa biết dịch vụ có hỗ trợ passkey không: { $error }
cli-directory-passkeys-saved-copy = Dữ liệu passkey: đang dùng bản đã lưu lúc { $when }; không làm mới được: { $error }
cli-directory-passkeys-older-copy = Dữ liệu passkey: đang dùng một bản đã lưu cũ hơn; không làm mới được: { $error }
cli-directory-passkeys-note = Lưu ý (dữ liệu passkey): { $error }
cli-directory-unavailable = Hiện chưa dùng được danh bạ 2FA.
cli-directory-no-match = Không có dịch vụ nào trong danh bạ 2FA khớp với "{ $query }".
cli-directory-no-2fa = không có 2FA
cli-directory-has-passkeys = có passkey
cli-directory-also-at = Cũng có tại: { $domains }
cli-directory-methods-heading = Các cách 2FA, mạnh nhất trước:
cli-directory-no-2fa-service = Theo 2fa.directory, { $name } không có đăng nhập hai bước.
cli-directory-notes = Ghi chú: { $notes }
cli-directory-passkeys-heading = Passkey (nguồn: { $credit }):
cli-directory-passkey-setup = Cách thiết lập:
cli-directory-passkey-recovery = Khôi phục tài khoản:
cli-directory-setup = Cách thiết lập: { $url }
cli-directory-recovery = Khôi phục tài khoản: { $url }
cli-directory-contact-email = thư điện tử { $email }
cli-directory-contact-form = biểu mẫu { $url }
cli-directory-contact = Liên hệ: { $ways }
cli-not-utf8 = đây không phải văn bản UTF-8

# share helpdesk set|show|test|forget (the helpdesk saved in the profile).
cli-helpdesk-saved = Đã lưu bộ phận hỗ trợ.
cli-helpdesk-show = Bộ phận hỗ trợ: { $system } tại { $address }
cli-helpdesk-show-rt = Hàng đợi: { $queue }; bạn là { $requestor } ở đó
cli-helpdesk-token = Token: { $token }, đã lưu { $home ->
        [keyring] trong kho khóa của hệ thống
       *[database] trong cơ sở dữ liệu hồ sơ đã mã hóa
    }
cli-helpdesk-no-token = Token: chưa lưu (steward share helpdesk set --token-file FILE)
cli-helpdesk-none = Chưa lưu bộ phận hỗ trợ nào.
cli-helpdesk-how = Lưu bằng: steward share helpdesk set --to rt --url URL --queue General --requestor EMAIL --token-file FILE
cli-helpdesk-ok-rt = Đã kết nối: Request Tracker { $version } tại { $address } chấp nhận token của bạn, và bạn được mở phiếu trong hàng đợi { $queue }.
cli-helpdesk-ok-zendesk = Đã kết nối: Zendesk tại { $address } chấp nhận token của bạn (đăng nhập là { $account }).
cli-helpdesk-forgotten = Đã xóa bộ phận hỗ trợ và token của nó.
# Redmine: steward share helpdesk show|test (cli/src/helpdesk.rs)
cli-helpdesk-show-project = Dự án: { $project }
cli-helpdesk-ok-redmine = Đã kết nối: Redmine tại { $address } chấp nhận khóa của bạn (đăng nhập là { $account }), và bạn được mở vấn đề trong dự án { $project }.

## steward otp backup …, and the import report (cli/src/otp/backup.rs, render.rs) — helper D.

cli-otp-backup-ask-password = Mật khẩu sao lưu (cần để mở các bản sao lưu):
cli-otp-backup-ask-found-password = Mật khẩu của bản sao lưu { $file }:
cli-otp-backup-on = Tự động sao lưu: bật (sau mỗi thay đổi)
cli-otp-backup-off = Tự động sao lưu: tắt
cli-otp-backup-folder = Thư mục: { $folder } (giữ { $keep } bản sao lưu mới nhất của Steward)
cli-otp-backup-no-folder = Thư mục: chưa chọn (steward otp backup set --folder DIR)
cli-otp-backup-password-keyring = Mật khẩu: đã đặt, giữ trong kho khóa của hệ thống
cli-otp-backup-password-database = Mật khẩu: đã đặt, niêm phong trong hồ sơ đã mã hóa của bạn (máy này không có kho khóa)
cli-otp-backup-password-none = Mật khẩu: chưa đặt
cli-otp-backup-last = Lần sao lưu gần nhất: { $date } ({ $file })
cli-otp-backup-last-never = Lần sao lưu gần nhất: chưa có
cli-otp-backup-pending = { $n } thay đổi chưa có trong bản sao lưu nào (từ { $date }).
cli-otp-backup-all-saved = Mọi thay đổi đều đã có trong bản sao lưu gần nhất.
cli-otp-backup-failed = Lần tự động sao lưu gần nhất bị lỗi: { $detail }
cli-otp-backup-reminder = Bạn hãy sao lưu trình xác thực: các thay đổi đã chờ từ { $days } ngày trở lên. Chạy: steward otp backup now
cli-otp-backup-written = Đã sao lưu { $n } tài khoản vào { $path } (đã mã hóa; Aegis và Steward nhập được bằng mật khẩu)
cli-otp-backup-pruned = Đã xóa các bản sao lưu cũ của Steward: { $files }
cli-otp-backup-found = Có một bản sao lưu mới hơn: { $file } ({ $date }, { $app ->
        [steward] do Steward trên thiết bị khác ghi
       *[other] do ứng dụng khác, như Aegis, ghi
    }). Nhập bằng: steward otp backup check --import
cli-otp-backup-none-found = Thư mục sao lưu không có bản nào mới hơn.
cli-otp-backup-skipped = Bỏ qua { $file }: { $reason }
cli-otp-backup-dismissed = Sẽ không đề xuất { $file } nữa.
cli-otp-report-title = Bạn hãy so các mã này với ứng dụng cũ trước khi xóa bất cứ thứ gì ở đó:
cli-otp-report-added = mới, số { $number }
cli-otp-report-here = đã có, số { $number }
cli-otp-report-code = { $label }  { $code }  ({ $state }; còn { $seconds } giây)
cli-otp-report-hotp = { $label }  { $code }  ({ $state }; bộ đếm { $counter }, chưa tăng)
cli-otp-report-skipped = { $label }  bỏ qua: { $reason }

## django-helpdesk: steward share helpdesk test (cli/src/helpdesk.rs)

cli-helpdesk-ok-django = Đã kết nối: django-helpdesk tại { $address } chấp nhận token của bạn, và hàng đợi { $queue } dùng được; phiếu hỗ trợ được mở cho { $requestor }.

# Những gì clap từ chối trên dòng lệnh (tiếng Anh giữ nguyên lời của clap).
cli-refused-command = Không có lệnh '{ $name }'.
cli-refused-option = Ở đây không có tùy chọn '{ $name }'.
cli-refused-missing = Còn thiếu: { $names }.
cli-refused-no-command = Bạn hãy chọn một lệnh: nhóm này có nhiều lệnh.
cli-refused-value = '{ $value }' không phải là giá trị mà { $name } nhận.{ $valid ->
        [none] { "" }
       *[other] { " " }Các giá trị dùng được: { $valid }.
    }
cli-refused-conflict = Không thể dùng { $name } cùng với { $other }.
cli-refused-utf8 = Một phần của dòng lệnh không phải là văn bản hợp lệ (UTF-8).
cli-refused-other = Steward không hiểu dòng lệnh này.
cli-refused-suggested = Có phải bạn muốn '{ $name }'?
# Nhãn trước lỗi và gợi ý trên cửa sổ dòng lệnh.
cli-error-label = lỗi
cli-hint-label = gợi ý

## Cảnh báo mạo danh lặp lại (issue 22, thư về thông tin bị lộ; cli/src/evidence.rs)

cli-alert-repeat-letter = Đề nghị { $service } điều tra: steward share letter --account "{ $service }" --second-time

## steward profile unlock-with (issue 18: changing how the profile is unlocked)

cli-profile-unlock-now-passphrase = Từ giờ hồ sơ này được mở bằng cụm mật khẩu của bạn. Khóa bí mật của { $accounts } tài khoản xác thực đã được chuyển theo.
cli-profile-unlock-now-keyring = Từ giờ hồ sơ này được mở bằng kho khóa của hệ thống, không cần cụm mật khẩu. Khóa bí mật của { $accounts } tài khoản xác thực đã được chuyển vào kho khóa.
