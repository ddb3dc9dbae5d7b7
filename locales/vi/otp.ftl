## The authenticator (src/otp): what an import report says about other apps' exports — warnings,
## notes, why an entry was skipped, how an unnamed entry is called — what a damaged file is
## missing, backup codes running low, and the clock check. Rendered by the core with t!() in the
## reader's language. Product names (Aegis, 2FAS, Bitwarden, Base32, otpauth://) stay as they are.

## Warnings about one imported account

otp-warning-weak-secret = Khóa bí mật hơi ngắn ({ $bits } bit; nên có từ 128 bit trở lên). Mã vẫn dùng được, nhưng nếu dịch vụ cho phép, bạn hãy xin một khóa mới.
otp-warning-counter-missing = Liên kết không cho biết bộ đếm đang ở đâu nên Steward bắt đầu từ 0. Nếu mã bị từ chối, bạn hãy bấm "Lấy mã tiếp theo" vài lần.
otp-warning-issuer-mismatch = Liên kết ghi hai tên dịch vụ khác nhau ("{ $label_issuer }" và "{ $issuer }"); Steward dùng "{ $issuer }".
otp-warning-stale-counter = Tài khoản dùng bộ đếm (HOTP) này đến từ một ứng dụng không cập nhật bộ đếm; nếu mã bị từ chối, bạn hãy bấm "Lấy mã tiếp theo" vài lần.

## Notes about a file as a whole

otp-note-google-batches = Google Authenticator đã chia bản xuất này thành { $total } mã QR; mới đọc được { $n } mã ({ $have }). Bạn hãy nhập nốt các mã còn lại, nếu không sẽ thiếu một số tài khoản.
otp-note-bitwarden-hotp = Bitwarden chỉ giữ mã theo thời gian và mã Steam: tài khoản dùng bộ đếm (HOTP) không bao giờ có trong bản xuất của nó. Nếu bạn có tài khoản như vậy, hãy thêm lại từ dịch vụ.
otp-note-bitwarden-without-key = { $n } mục không có khóa xác thực nên đã được bỏ qua (mật khẩu không được nhập).
otp-note-twofas-schema = Bản sao lưu này dùng lược đồ 2FAS { $schema }, mới hơn phiên bản Steward biết ({ $known }); bạn hãy kiểm tra lại các tài khoản vừa nhập.
otp-note-same-key = { $label } dùng cùng khóa bí mật với tài khoản số { $number }, { $other }. Nếu đó là cùng một tài khoản, bạn hãy xóa bớt một cái.

## How an entry without a name is called in the report

otp-label-entry = mục { $n }
otp-label-token = mã { $n }
otp-label-service = dịch vụ { $n }
otp-label-item = mục { $n }
otp-label-row = hàng { $n }
otp-label-line = dòng { $n }
otp-label-account = tài khoản { $n }
otp-format-otpauth-list = danh sách liên kết otpauth
otp-format-google = chuyển tài khoản Google Authenticator

## Why an entry was skipped

otp-skip-no-link = không có liên kết otpauth
otp-skip-algorithm = dùng thuật toán { $algorithm }, Steward chưa hỗ trợ
otp-skip-digits = mã { $digits } chữ số thì Steward chưa hỗ trợ
otp-skip-digits-not-number = số chữ số của mã không phải là một con số
otp-skip-period = chu kỳ không phải là số giây nguyên lớn hơn 0
otp-skip-counter = bộ đếm không phải là số nguyên
otp-skip-yandex = Steward chưa hỗ trợ mã Yandex
otp-skip-motp = Steward không hỗ trợ mã mOTP
otp-skip-type = Steward không hỗ trợ loại mã "{ $kind }"
otp-skip-md5 = dùng MD5, Steward không hỗ trợ
otp-skip-unknown-algorithm = dùng một thuật toán băm không rõ
otp-skip-unknown-digits = có số chữ số không rõ
otp-skip-negative-counter = bộ đếm là số âm
otp-skip-unknown-type = thuộc một loại mã không rõ

## What is wrong with a secret, a link or a value (the $reason / $found of errors.ftl)

otp-reason-after-padding = có ký tự sau phần đệm (dấu =)
otp-reason-base32-digits = có chữ số 0, 1, 8 hoặc 9, mà Base32 không dùng
otp-reason-not-base32 = có ký tự không thuộc Base32
otp-reason-empty = đang trống
otp-reason-too-long = quá dài
otp-reason-not-bytes = chứa thứ không phải là byte
otp-reason-byte-range = chứa số nằm ngoài khoảng của một byte
otp-reason-period-min = phải từ 1 giây trở lên
otp-reason-period = phải là số giây nguyên lớn hơn 0
otp-reason-counter = phải là số nguyên từ 0 trở lên
otp-reason-no-migration-scheme = không bắt đầu bằng otpauth-migration://
otp-reason-no-data = thiếu phần data=
otp-found-no-scheme = không có phần mở đầu như otpauth://
otp-found-scheme = đây là liên kết { $scheme }://
otp-found-not-a-link = dòng này không phải là liên kết

## What is wrong with a damaged or unsupported file (the $detail of errors.ftl)

otp-detail-json = { $what ->
        [eof] tệp kết thúc quá sớm
        [syntax] JSON không hợp lệ
        [data] nội dung không như mong đợi
       *[io] lỗi khi đọc
    } (dòng { $line }, cột { $column })
otp-detail-not-utf8 = đây không phải văn bản UTF-8
otp-detail-no-links = không có liên kết nào
otp-detail-no-accounts = không có tài khoản nào
otp-detail-google-data = dữ liệu { $what ->
        [no-accounts] không có tài khoản nào
        [too-long] chứa một con số quá dài
        [not-payload] không phải dữ liệu chuyển tài khoản
       *[eof] kết thúc quá sớm
    }
otp-detail-google-base64 = dữ liệu không phải Base64 hợp lệ
otp-detail-password-protected = đây là bản xuất có đặt mật khẩu
otp-detail-password-protected-again = đây là bản xuất có đặt mật khẩu; bạn hãy xuất lại mà không đặt mật khẩu
otp-detail-no-entry-list = không có danh sách mục
otp-detail-no-item-list = không có danh sách mục
otp-detail-no-token-list = không có danh sách mã
otp-detail-csv-header = dòng đầu tiên không phải tiêu đề CSV
otp-detail-csv-column = thiếu cột login_totp
otp-detail-csv-line = không đọc được CSV ở dòng { $line }
otp-detail-aegis-version = kho phiên bản { $version } mới hơn phiên bản Steward biết
otp-detail-aegis-no-header = thiếu phần đầu (header)
otp-detail-aegis-no-contents = không có nội dung kho
otp-detail-aegis-hex = { $what ->
        [slot-salt] muối của khe khóa
        [wrapped-key] khóa được bọc
        [slot-nonce] nonce của khe khóa
        [slot-tag] thẻ của khe khóa
        [vault-nonce] nonce của kho
       *[vault-tag] thẻ của kho
    } bị thiếu hoặc không phải dạng hex
otp-detail-aegis-lengths = một nonce hoặc thẻ có độ dài sai (tệp đã bị sửa)
otp-detail-aegis-no-slots = phần đầu không có khe khóa nào
otp-detail-aegis-many-slots = có { $n } khe mật khẩu, trong khi Aegis chỉ ghi vài khe
otp-detail-aegis-biometric = kho này chỉ mở được bằng vân tay hoặc khuôn mặt trên điện thoại; bạn hãy xuất lại và đặt mật khẩu
otp-detail-aegis-slot-params = một khe khóa không có tham số
otp-detail-aegis-wrapped-length = khóa được bọc trong một khe có độ dài sai
otp-detail-aegis-scrypt-missing = khe khóa thiếu tham số scrypt { $key }
otp-detail-aegis-no-params = phần đầu không có tham số mã hóa
otp-detail-aegis-base64 = nội dung mã hóa không phải Base64 hợp lệ
otp-detail-aegis-mismatch = nội dung mã hóa không khớp với khóa (tệp đã bị sửa hoặc bị cắt ngắn)
otp-detail-aegis-no-entries = kho không có danh sách mục
otp-detail-twofas-not-object = đây không phải bản sao lưu 2FAS
otp-detail-twofas-no-schema = không có phiên bản lược đồ
otp-detail-twofas-no-services = không có dịch vụ nào
otp-detail-twofas-not-list = phần dịch vụ không phải là danh sách
otp-detail-twofas-form = { $what ->
        [services] danh sách dịch vụ
       *[reference] mẫu kiểm tra
    } đã mã hóa không ở dạng ciphertext:salt:iv
otp-detail-twofas-base64 = phần { $part ->
        [data] dữ liệu
        [salt] muối
       *[iv] IV
    } của { $what ->
        [services] danh sách dịch vụ
       *[reference] mẫu kiểm tra
    } đã mã hóa không phải Base64 hợp lệ
otp-detail-twofas-iv = IV có độ dài sai
otp-detail-twofas-no-salt = { $what ->
        [services] danh sách dịch vụ
       *[reference] mẫu kiểm tra
    } đã mã hóa không có muối
otp-detail-twofas-short = { $what ->
        [services] danh sách dịch vụ
       *[reference] mẫu kiểm tra
    } đã mã hóa quá ngắn (bị cắt mất)
otp-detail-twofas-checksum = mật khẩu đúng, nhưng danh sách dịch vụ đã mã hóa không khớp với mã kiểm tra (tệp bị cắt ngắn hoặc bị sửa sau khi xuất)
otp-detail-andotp-short = quá ngắn để là một bản sao lưu đã mã hóa
otp-detail-andotp-checksum = mật khẩu đúng, nhưng tệp không khớp với mã kiểm tra (tệp bị cắt ngắn hoặc bị sửa sau khi xuất)
otp-detail-andotp-not-list = đây không phải danh sách tài khoản
otp-detail-pbkdf2 = { $iterations } vòng PBKDF2; tối đa là { $max }
otp-detail-scrypt-n = scrypt N = 2^{ $log_n }; tối đa là 2^{ $max }
otp-detail-scrypt-memory = scrypt sẽ cần { $mib } MiB bộ nhớ
otp-detail-scrypt-not-power = tham số N của scrypt không phải lũy thừa của 2
otp-detail-scrypt-rp-min = tham số r và p của scrypt phải từ 1 trở lên
otp-detail-scrypt-invalid = tham số scrypt không hợp lệ
otp-detail-pbkdf2-zero = số vòng PBKDF2 bằng 0
otp-detail-picture-pixels = ảnh có ít điểm ảnh hơn kích thước nó ghi
otp-detail-picture-undecodable = không giải mã được ảnh

## Accounts and backup codes: what is wrong with a value (the $field and $reason of invalid_input)

otp-field-issuer = Tên dịch vụ
otp-field-account-name = Tên tài khoản
otp-field-account = Tài khoản
otp-field-counter = Bộ đếm
otp-field-backup-code = Một mã dự phòng
otp-field-backup-list = Danh sách mã dự phòng này
otp-invalid-too-long = dài quá { $max } ký tự
otp-invalid-control = có ký tự điều khiển
otp-invalid-nameless = bạn hãy ghi ít nhất tên dịch vụ hoặc tên tài khoản
otp-invalid-counter-max = không thể tăng thêm được nữa
otp-invalid-counter-large = quá lớn
otp-invalid-code-length = mỗi mã dài tối đa { $max } ký tự, nằm trên một dòng
otp-invalid-no-new-codes = không có mã mới nào trong đó
otp-invalid-too-many-codes = mỗi tài khoản giữ tối đa { $max } mã
otp-backup-codes-low = { $n ->
        [0] Không còn mã dự phòng nào
       *[other] Chỉ còn { $n } mã dự phòng
    } cho { $label }. Bạn hãy xin dịch vụ mã mới (thường ở phần cài đặt bảo mật, mục "mã dự phòng" hoặc "mã khôi phục") rồi thêm vào đây.

## The clock check

otp-clock-unchecked = Steward không kiểm tra được đồng hồ: { $host }: { $detail }.
otp-clock-unchecked-hint = Nếu đồng hồ của bạn đúng thì mã vẫn dùng được. Bạn hãy kiểm tra kết nối mạng rồi thử lại sau.
otp-clock-drift = Đồng hồ máy tính này { $offset } (so với { $host }). Mã tạo ra lúc này có thể bị từ chối.
otp-clock-drift-hint = Bạn hãy bật "Đặt giờ tự động" trong phần cài đặt ngày giờ của hệ thống (trên Linux: timedatectl set-ntp true), rồi kiểm tra lại.
otp-clock-right = Đồng hồ đúng (so với { $host }).
otp-clock-right-offset = Đồng hồ đúng: { $offset } so với { $host }, mức mà mã vẫn chấp nhận.
otp-clock-the-server = máy chủ
otp-clock-stopped = việc kiểm tra bị dừng bất ngờ

## A link's parameter by name (the $name of invalid_parameter)

# used by pattern: otp-param-{name}
otp-param-period = chu kỳ (period)
# used by pattern: otp-param-{name}
otp-param-counter = bộ đếm (counter)

## Secrets and the backup folder: what Steward says beside the keyring's own words, and why a
## file in the backup folder was passed over

otp-keyring-not-kept = kho khóa không giữ lại được thứ vừa lưu
# Issue 21: a locked KeePassXC database hides its items
otp-keyring-locked = kho khóa đang bị khóa
otp-secret-no-keyring = hồ sơ này không dùng kho khóa của hệ thống
otp-secret-backup-codes-of = { $label } (mã dự phòng)
otp-secret-backup-password = mật khẩu sao lưu
otp-backup-file-too-large = tệp lớn hơn { $mib } MB
otp-backup-damaged-cut = tệp bị đứt giữa chừng (bị cắt ngắn khi sao chép?)
otp-backup-damaged-json = tệp không phải JSON hợp lệ (bị hỏng)
otp-backup-damaged-no-slots = phần đầu của tệp không có khe khóa nào
otp-backup-damaged-no-contents = tệp không có nội dung kho
otp-backup-folder-not-folder = đây không phải là thư mục
otp-backup-folder-name = tên thư mục không phải văn bản hợp lệ
otp-backup-folder-gone = thư mục không còn ở đó (đã rút ổ hoặc bị chuyển đi?)

## The clock check: what was wrong with the time server's answer

otp-clock-no-date = máy chủ không cho biết bây giờ là mấy giờ (thiếu tiêu đề Date)
otp-clock-date-unreadable = không đọc được tiêu đề Date của máy chủ
otp-clock-date-invalid = tiêu đề Date của máy chủ không phải ngày giờ hợp lệ
