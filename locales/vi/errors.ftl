## Mọi lỗi người dùng có thể thấy, theo mã lỗi, kèm gợi ý nên làm gì tiếp.

## The keyring and the key (vault)

keyring_unavailable =
    { $variant ->
        [read] Không đọc được khóa bí mật của { $label } từ kho khóa của hệ thống: { $detail }
        [write] Không lưu được vào kho khóa của hệ thống: { $detail }
        [delete] Kho khóa của hệ thống không cho xóa khóa bí mật của { $label }: { $detail }
       *[other] Kho khóa của hệ thống hiện không dùng được: { $detail }
    }
    .hint =
        { $variant ->
            [read] Hãy mở khóa kho khóa (đăng nhập vào phiên làm việc trên máy, hoặc khởi động gnome-keyring) rồi thử lại. Chưa có gì bị thay đổi hay bị xóa.
            [write] Hãy mở khóa kho khóa (đăng nhập vào phiên làm việc trên máy, hoặc khởi động gnome-keyring) rồi thử lại. Chưa có gì bị thay đổi hay bị xóa.
            [delete] Hãy mở khóa kho khóa rồi thử lại. Chưa có gì bị xóa: tài khoản vẫn còn đó.
           *[other] Hãy mở khóa kho khóa (đăng nhập vào phiên làm việc trên máy, hoặc khởi động gnome-keyring) rồi thử lại. Chưa có gì bị thay đổi.
        }
key_missing =
    { $variant ->
        [entry] Kho khóa của hệ thống không có mục "{ $entry }".
       *[other] Khóa của hồ sơ này không có trong kho khóa của hệ thống (mục "{ $entry }").
    }
    .hint = Dữ liệu của bạn vẫn nguyên vẹn. Nếu bạn đã chuyển sang máy khác hoặc đặt lại kho khóa, hãy khôi phục kho khóa, hoặc khôi phục từ bản sao lưu đã mã hóa.
key_invalid = Mục "{ $entry }" trong kho khóa không chứa khóa hợp lệ.
kdf_failed = Không tạo được khóa từ cụm mật khẩu: { $value }
random_failed = Không lấy được số ngẫu nhiên từ hệ điều hành: { $value }

## The database

wrong_key = Không mở được cơ sở dữ liệu bằng khóa này.
database_too_new = Cơ sở dữ liệu tại { $path } được tạo bởi phiên bản Steward mới hơn (lược đồ { $found }, phiên bản này chỉ biết đến { $known }).
    .hint = Hãy cập nhật Steward để mở hồ sơ này.
database_error =
    { $variant ->
        [enrol] Không dùng được cơ sở dữ liệu: { $value }
       *[other] Lỗi cơ sở dữ liệu: { $value }
    }

## The profile

passphrase_required = Hồ sơ này được bảo vệ bằng cụm mật khẩu.
    .hint-cli =
        { $new_profile ->
            [true] Máy không có kho khóa của hệ thống, nên bạn hãy chọn một cụm mật khẩu để bảo vệ dữ liệu Steward. Hãy giữ nó cẩn thận: thiếu nó thì không mở được dữ liệu.
           *[other] Hãy nhập cụm mật khẩu Steward của bạn (CLI đọc nó từ tệp mà STEWARD_PASSPHRASE_FILE chỉ tới, hoặc hỏi bạn trên terminal).
        }
    .hint-window =
        { $new_profile ->
            [true] Máy không có kho khóa của hệ thống, nên bạn hãy chọn một cụm mật khẩu để bảo vệ dữ liệu Steward. Hãy giữ nó cẩn thận: thiếu nó thì không mở được dữ liệu.
           *[other] Hãy nhập cụm mật khẩu Steward của bạn.
        }
wrong_passphrase = Cụm mật khẩu này không mở được hồ sơ.
    .hint = Hãy kiểm tra cụm mật khẩu rồi thử lại. Dữ liệu của bạn vẫn nguyên vẹn.
passphrase_too_short = Cụm mật khẩu quá ngắn.
    .hint = Hãy chọn cụm mật khẩu dài ít nhất { $min } ký tự; vài từ dễ nhớ ghép lại là rất tốt.
keyring_key_wrong = Khóa trong kho khóa của hệ thống không mở được hồ sơ này.
    .hint = Dữ liệu của bạn vẫn nguyên vẹn. Nếu bạn đã chuyển sang máy khác hoặc đặt lại kho khóa, hãy khôi phục kho khóa, hoặc khôi phục từ bản sao lưu đã mã hóa.
profile_file_missing = { $dir } có cơ sở dữ liệu Steward nhưng thiếu profile.json; Steward không mở nó, nên không có gì bị ghi đè.
    .hint-cli = Hãy khôi phục tệp từ bản sao lưu, hoặc chọn thư mục dữ liệu khác bằng --data-dir. Steward sẽ không ghi đè dữ liệu đang có.
    .hint-window = Hãy khôi phục tệp từ bản sao lưu, hoặc mở Steward với một thư mục dữ liệu khác. Steward sẽ không ghi đè dữ liệu đang có.
profile_file_damaged = { $file } bị hỏng: { $detail }
    .hint-cli = Hãy khôi phục tệp từ bản sao lưu, hoặc chọn thư mục dữ liệu khác bằng --data-dir. Steward sẽ không ghi đè dữ liệu đang có.
    .hint-window = Hãy khôi phục tệp từ bản sao lưu, hoặc mở Steward với một thư mục dữ liệu khác. Steward sẽ không ghi đè dữ liệu đang có.
database_missing = Không tìm thấy steward.db bên cạnh profile.json.
data_dir_unusable = Không dùng được thư mục dữ liệu { $dir }: { $detail }

## Cases

case_not_found = Không có hồ sơ vụ việc nào khớp với "{ $value }".
    .hint-cli = Hãy dùng số vụ việc mà `steward case list` hiển thị (ví dụ 3).
    .hint-window = Hãy mở danh sách vụ việc và chọn ở đó, hoặc dùng số của vụ việc (ví dụ 3).
case_ambiguous = "{ $reference }" khớp với { $count } vụ việc.
    .hint = Hãy dùng số vụ việc thay thế.
field_required = Cần điền { $field }.
field_too_long = { $field } quá dài ({ $len } ký tự; tối đa { $max }).
ends_before_start = Thời điểm kết thúc của lần liên hệ sớm hơn lúc bắt đầu.
    .hint = Hãy kiểm tra giờ bắt đầu và giờ kết thúc.
contact_in_future = Lần liên hệ này bắt đầu ở thời điểm trong tương lai ({ $value }).
    .hint = Chỉ ghi lại lần liên hệ sau khi nó đã diễn ra; hãy kiểm tra ngày giờ (cả năm nữa).
promise_due_before_made = Hạn của lời hứa ({ $due }) lại sớm hơn lần liên hệ đưa ra lời hứa đó ({ $made }).
    .hint = Hãy nhập ngày họ hứa sẽ làm xong, sau lần liên hệ; kiểm tra cả năm.
promise_not_found =
    { $variant ->
        [id] Không có lời hứa nào khớp với "{ $value }"; có thể nó được ghi trên một hồ sơ khác.
       *[other] Vụ việc { $case } không có lời hứa số { $number }.
    }
    .hint-cli =
        { $variant ->
            [id] `steward case show N` liệt kê các lời hứa của một vụ việc; hãy kiểm tra bạn đang ở đúng hồ sơ đã ghi chúng.
           *[other] `steward case show { $case }` liệt kê các lời hứa của vụ việc, đánh số từ 1.
        }
    .hint-window =
        { $variant ->
            [id] Hãy mở vụ việc để xem các lời hứa; kiểm tra bạn đang ở đúng hồ sơ đã ghi chúng.
           *[other] Hãy mở vụ việc { $case } để xem các lời hứa, đánh số từ 1.
        }
contact_not_found = Vụ việc { $case } không có lần liên hệ { $contact }.
    .hint-cli = `steward case show { $case }` đánh số các lần liên hệ của vụ việc từ 1.
    .hint-window = Hãy mở vụ việc { $case } để xem các lần liên hệ, đánh số từ 1.
alert_not_found = Không có cảnh báo nào khớp với "{ $value }".
    .hint-cli = `steward case alerts` liệt kê các cảnh báo đang mở kèm số của chúng.
    .hint-window = Hãy mở danh sách cảnh báo để xem các cảnh báo đang mở kèm số của chúng.
alert_already_resolved = Cảnh báo { $value } đã được xử lý rồi.
attachment_not_found = Không tìm thấy tệp đính kèm "{ $attachment }".
    .hint-cli =
        { $case ->
            [0] `steward case attachments N` liệt kê các tệp đính kèm của một vụ việc, đánh số từ 1.
           *[other] `steward case attachments { $case }` liệt kê các tệp đính kèm của vụ việc, đánh số từ 1.
        }
    .hint-window =
        { $case ->
            [0] Hãy mở vụ việc để xem các tệp đính kèm, đánh số từ 1.
           *[other] Hãy mở vụ việc { $case } để xem các tệp đính kèm, đánh số từ 1.
        }
empty_file =
    { $variant ->
        [otp] Tệp trống.
       *[other] { $value } trống: không có gì để đính kèm.
    }
    .hint =
        { $variant ->
            [otp] Hãy xuất lại từ ứng dụng kia rồi chọn tệp mới.
           *[other] Hãy kiểm tra bạn đã chọn đúng tệp và tệp đã được lưu đầy đủ.
        }
file_too_large =
    { $variant ->
        [otp] Tệp quá lớn ({ $size }; Steward chỉ đọc bản xuất tối đa { $max }).
        [text_file] { $path } chứa hơn { $max_kib } KiB, quá nhiều cho { $file ->
            [passphrase] tệp cụm mật khẩu
            [backup_codes] tệp mã dự phòng
            [token] tệp token
           *[other] tệp mật khẩu
        }. Hãy đưa tệp chỉ chứa đúng nội dung đó.
        [import] { $path } quá lớn: nó vượt quá { $max } (Steward chỉ đọc bản xuất tối đa cỡ đó).
       *[other] { $name } quá lớn ({ $size } MiB); Steward chỉ lưu tệp tối đa { $max } MiB.
    }
    .hint =
        { $variant ->
            [otp] Bản xuất của ứng dụng xác thực thường rất nhỏ; hãy kiểm tra bạn đã chọn đúng tệp.
            [text_file] Hãy kiểm tra bạn đã đưa đúng tệp.
            [import] Bản xuất của ứng dụng xác thực thường rất nhỏ; hãy kiểm tra bạn đã chọn đúng tệp.
           *[other] Hãy đính kèm tệp nhỏ hơn: cắt bớt ảnh chụp màn hình, hoặc chỉ lưu những trang cần thiết.
        }
malformed_email = Không đọc được { $name } như một email: { $detail }.
    .hint = Hãy lưu thư từ chương trình email bằng "Save as" hoặc "Download message" (.eml), hoặc đính kèm nó dưới tên khác như một tệp thường.
transcript_not_text = { $value } không phải văn bản: bản ghi lời phải là văn bản UTF-8.
    .hint = Hãy đính kèm nó như một tệp thay vì như bản ghi lời.
attachment_is_evidence = { $name } là bằng chứng cho cảnh báo đang mở { $alert }; tệp được giữ lại cho đến khi cảnh báo được xử lý.
    .hint-cli = Hãy xử lý cảnh báo trước: `steward case resolve-alert { $alert }`.
    .hint-window = Hãy xử lý cảnh báo { $alert } trước.
account_not_found = Không có tài khoản nào khớp với "{ $value }".
    .hint-cli = `steward accounts` liệt kê các tài khoản của bạn theo tên dịch vụ.
    .hint-window = Danh sách tài khoản hiển thị các tài khoản của bạn theo tên dịch vụ.
empty_search = Cần ít nhất một từ để tìm kiếm.
case_already_resolved = Vụ việc { $value } đã được giải quyết rồi.
    .hint-cli = Để mở lại, hãy đổi trạng thái: `steward case edit N --status open`.
    .hint-window = Để mở lại, hãy sửa vụ việc và đặt trạng thái là Đang mở.
case_data_corrupt = Dữ liệu vụ việc đã lưu bị hỏng: { $value }

## Sharing

export_write_failed = Không ghi được { $path }: { $detail }
file_unreadable =
    { $variant ->
        [open] Không mở được { $path }: { $detail }
        [named] Không đọc được { $what }: { $detail }
       *[other] Không đọc được { $path }: { $detail }
    }
signing_key_unavailable = Không dùng được khóa ký: { $value }
pdf_failed = Không tạo được tệp PDF: { $value }
unknown_format =
    { $variant ->
        [export] Không biết định dạng "{ $value }".
        [import] Không biết định dạng "{ $given }"; hãy dùng một trong: { $formats }.
       *[other] Steward không nhận ra tệp này là bản xuất của ứng dụng xác thực.
    }
    .hint =
        { $variant ->
            [export] Các định dạng: brief, brief-chat, md, html, pdf, json, eml, ics.
            [import] Hãy bỏ định dạng đi, Steward sẽ tự nhận ra tệp.
           *[other] Steward đọc được Aegis, 2FAS, andOTP, Bitwarden (JSON hoặc CSV), Ente, FreeOTP+, Proton Authenticator, liên kết chuyển tài khoản của Google Authenticator và danh sách otpauth:// thông thường. Nếu biết định dạng, hãy ghi rõ.
        }
unknown_redaction_field = Không có trường che thông tin nào tên "{ $value }".
    .hint = Các trường: { $fields } (mã dự phòng và mã dùng một lần không bao giờ được gửi đi).
never_unmasked =
    { $value ->
        [private] Văn bản được đánh dấu riêng tư luôn bị che: hãy bỏ đánh dấu nếu muốn gửi.
       *[other] Mã dự phòng và mã dùng một lần không bao giờ được xuất ra: mỗi mã đều tự mở được tài khoản của bạn.
    }
    .hint = Các trường: { $fields } (mã dự phòng và mã dùng một lần không bao giờ được gửi đi).
export_internal = Lỗi nội bộ khi xuất: { $value }
helpdesk_failed = Không chuyển được sang bộ phận hỗ trợ: { $value }.
helpdesk_ticket_unavailable = Không thêm được vào { $reference }: { $detail }. Chưa có gì được gửi và vụ việc vẫn như cũ.
    .hint-cli = Hãy kiểm tra số phiếu (--ticket ID), hoặc mở phiếu mới bằng --new.
    .hint-window = Hãy kiểm tra số phiếu, hoặc mở một phiếu mới.
bad_ticket_number = "{ $value }" không phải số phiếu hỗ trợ.
    .hint = Hãy nhập số phiếu, ví dụ 12, RT#12 hoặc "Zendesk #12".
format_takes_one_case = Bản xuất { $value } chỉ chứa một vụ việc; nhiều vụ việc thì gộp vào một tệp md, html hoặc json.
    .hint = Định dạng cho nhiều vụ việc: md, html, json. Hãy xuất pdf, eml, ics hoặc bản tóm tắt từng vụ việc một.
bad_signer = "{ $value }" không phải khóa để đối chiếu.
    .hint = Hãy đưa khóa của khách hàng dưới dạng tệp allowed_signers, một dòng `ssh-ed25519 AAAA…` hoặc dấu vân tay `SHA256:…` của nó.
timestamp_failed = Không lấy được dấu thời gian từ { $url }: { $detail }. Chưa có gì được ghi.
    .hint = Hãy kiểm tra địa chỉ dịch vụ dấu thời gian và kết nối mạng, hoặc tắt dấu thời gian rồi xuất lại.
timestamp_url_invalid = Không dùng được "{ $url }" để lấy dấu thời gian: { $detail }.
    .hint = Hãy nhập địa chỉ mà đơn vị cấp dấu thời gian công bố, ví dụ http://timestamp.example/tsr.
export_tampered = Tệp không khớp với chữ ký: nó đã bị sửa sau khi Steward tạo ra.
export_unsigned = Tệp không có chữ ký Steward (hãy để FILE.sig cạnh nó).
export_wrong_signer = Tệp được ký bằng một khóa khác với khóa bạn đã ghim.
signer_not_pinned =
    Chữ ký hợp lệ, nhưng do một khóa bạn chưa ghim: hãy kiểm tra bằng --signer.
    .hint-window = Hãy so dấu vân tay của khóa với dấu vân tay khách hàng đã đưa, hoặc đối chiếu tệp với khóa của họ.

## Enrolment

enrolment_not_found = Không có lượt thiết lập nào khớp với "{ $reference }".
    .hint-cli = `steward enrol status` liệt kê các lượt thiết lập của bạn.
    .hint-window = Danh sách lượt thiết lập hiển thị những lượt bạn đã bắt đầu.
enrol_wrong_step =
    Thông tin này không hợp với bước hiện tại ({ $step_key ->
        [choose_method] chọn phương thức
        [enter_phone] số điện thoại
        [enter_phone_code] mã gửi đến điện thoại
        [add_authenticator] thêm vào ứng dụng xác thực
        [confirm_authenticator] xác nhận ứng dụng xác thực
        [on_website] trên trang web
        [test_sign_in] thử đăng nhập
        [backup_codes] mã dự phòng
        [summary] tóm tắt
       *[other] { $step }
    }).
    .hint = { $hint }
enrolment_finished = Lượt thiết lập này đã xong.
    .hint = Hãy bắt đầu lượt thiết lập mới để thêm phương thức khác.
enrol_method_not_offered = { $service } không có phương thức đó.
    .hint = Hãy chọn một trong các phương thức mà trình hướng dẫn liệt kê.
enrol_method_blocked = { $reason }
    .hint = Hãy chọn phương thức được đề xuất.
enrol_needs_another_method_first = { $why }
    .hint = Hãy đi theo lộ trình được đề xuất: nó bắt đầu bằng phương thức cần có trước.
enrol_number_refused = { $service } đã từ chối số { $number }: { $reason }
    .hint = Hãy dùng số di động khác (tốt nhất là của nhà mạng khác), hoặc nhờ bộ phận hỗ trợ kèm bản tóm tắt ("Tôi bị kẹt").
enrol_back_off = Hãy đợi đến { $until } rồi thử lại.
    .hint = { $why }
enrol_phone_invalid = "{ $input }" chưa phải số điện thoại đầy đủ: { $problem }
    .hint = Hãy nhập số kèm mã quốc gia (+84 912 345 678), hoặc chọn quốc gia trước.
enrol_password_needed = Cần mật khẩu privacyIDEA để tiếp tục.
    .hint = Hãy nhập lại mật khẩu privacyIDEA (không lưu được nó vào kho khóa của hệ thống).
enrol_provider_unavailable = { $value }
enrol_no_service = Tên dịch vụ đang trống.
    .hint = Hãy nhập tên dịch vụ, ví dụ Amazon.
enrol_invalid_input = { $value }
enrolment_corrupt = Lượt thiết lập đã lưu bị hỏng: { $value }

## The sign-in server (privacyIDEA)

pi_unreachable = Steward không kết nối được máy chủ đăng nhập tại { $url }: { $detail }.
    .hint = Hãy kiểm tra kết nối internet rồi thử lại. Nếu vẫn bị, có thể dịch vụ đang tạm ngừng: hãy thử lại sau.
pi_login_failed = Tên người dùng hoặc mật khẩu không được chấp nhận.
    .hint = Hãy kiểm tra lỗi gõ ở tên người dùng và mật khẩu (cả phím Caps Lock) rồi thử lại. Nếu quên mật khẩu, hãy đặt lại trên trang web của dịch vụ trước.
pi_not_allowed = Dịch vụ không cho phép việc này: { $message }
    .hint = Có thể tài khoản của bạn không được phép thiết lập việc này, hoặc đã có đủ số phương thức đăng nhập cho phép: hãy gỡ bớt một phương thức không dùng nữa, hoặc hỏi bộ phận hỗ trợ của dịch vụ.
pi_wrong_code = Mã đó không được chấp nhận (dịch vụ báo: { $message }).
    .hint = Hãy nhập mã đang hiển thị ngay lúc này (mã đổi sau mỗi 30 giây), hoặc mã mới nhất trong tin nhắn, rồi thử lại.
pi_rate_limited =
    { $wait_unit ->
        [second] Bạn đã thử quá nhiều lần trong thời gian ngắn, nên dịch vụ tạm thời từ chối mã (tối đa một giây).
        [seconds] Bạn đã thử quá nhiều lần trong thời gian ngắn, nên dịch vụ tạm thời từ chối mã (tối đa { $wait_n } giây).
        [minutes] Bạn đã thử quá nhiều lần trong thời gian ngắn, nên dịch vụ tạm thời từ chối mã (tối đa { $wait_n } phút).
        [hours] Bạn đã thử quá nhiều lần trong thời gian ngắn, nên dịch vụ tạm thời từ chối mã (tối đa { $wait_n } giờ).
       *[other] Bạn đã thử quá nhiều lần trong thời gian ngắn, nên dịch vụ tạm thời từ chối mã.
    }
    .hint =
        { $wait_unit ->
            [second] Hãy đợi một giây rồi thử lại, và dùng mã mới nhất.
            [seconds] Hãy đợi { $wait_n } giây rồi thử lại, và dùng mã mới nhất.
            [minutes] Hãy đợi { $wait_n } phút rồi thử lại, và dùng mã mới nhất.
            [hours] Hãy đợi { $wait_n } giờ rồi thử lại, và dùng mã mới nhất.
           *[other] Hãy đợi vài phút rồi thử lại, và dùng mã mới nhất.
        }
pi_locked = Phương thức đăng nhập này đã bị khóa vì nhập sai mã quá nhiều lần.
    .hint = Hãy đăng nhập bằng cách khác (ví dụ mã dự phòng), đặt lại phương thức này trong phần cài đặt tài khoản, hoặc nhờ bộ phận hỗ trợ của dịch vụ mở khóa.
pi_sms_not_sent = Dịch vụ không gửi được tin nhắn chứa mã ({ $message }).
    .hint = Hãy kiểm tra số điện thoại, kể cả mã quốc gia (ví dụ +84 cho Việt Nam), rồi thử lại. Steward đã gỡ phần thiết lập dở dang, nên bạn có thể làm lại từ đầu.
pi_server_error =
    { $has_code ->
        [yes] Máy chủ đăng nhập báo có sự cố (HTTP { $status }, lỗi { $code }): { $message }
       *[other] Máy chủ đăng nhập báo có sự cố (HTTP { $status }): { $message }
    }
    .hint =
        { $status ->
            [401] Có lẽ phiên đăng nhập của bạn đã hết hạn: hãy đăng nhập lại.
           *[other] Hãy thử lại sau vài phút. Nếu vẫn bị, hãy liên hệ bộ phận hỗ trợ của dịch vụ và nêu thông báo này.
        }
pi_bad_response = Máy chủ đăng nhập gửi về câu trả lời mà Steward không hiểu ({ $detail }).
    .hint = Hãy kiểm tra địa chỉ máy chủ. Nếu địa chỉ đúng, hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ của dịch vụ.

## Phone numbers

unknown_region = Steward không biết quốc gia "{ $value }".
    .hint-cli = Hãy dùng mã quốc gia hai chữ cái, ví dụ VN cho Việt Nam, GB cho Vương quốc Anh (`steward phone regions` liệt kê tất cả).
    .hint-window = Hãy chọn quốc gia trong danh sách, hoặc dùng mã hai chữ cái, ví dụ VN cho Việt Nam, GB cho Vương quốc Anh.
phone_data_damaged = Tệp { $file } có sẵn trong Steward bị hỏng: { $message }
    .hint = Hãy cài lại Steward; đây là lỗi của chương trình.

## Authenticator links, files and exports

not_otpauth = Đây không phải liên kết otpauth:// ({ $found }).
    .hint = Hãy sao chép toàn bộ liên kết từ mã QR hoặc trang thiết lập của dịch vụ; nó bắt đầu bằng otpauth://.
is_migration_link = Đây là liên kết chuyển tài khoản của Google Authenticator, không phải liên kết của một tài khoản.
    .hint-cli = Hãy nhập nó bằng lệnh nhập: nó có thể chứa nhiều tài khoản (`steward otp import`).
    .hint-window = Hãy dùng chức năng Nhập: nó có thể chứa nhiều tài khoản.
unknown_otp_type = Không biết loại mã "{ $value }" (cần là totp, hotp hoặc steam).
unknown_algorithm = Không biết thuật toán băm "{ $value }" (cần là SHA1, SHA256 hoặc SHA512).
missing_secret = Liên kết không có khóa bí mật.
    .hint = Hãy kiểm tra khóa thiết lập đã được sao chép đầy đủ: chữ cái A-Z và chữ số 2-7.
invalid_secret = Khóa bí mật không hợp lệ: { $reason }.
    .hint = Hãy kiểm tra khóa thiết lập đã được sao chép đầy đủ: chữ cái A-Z và chữ số 2-7.
invalid_digits = Không hỗ trợ mã { $digits } chữ số (mã có từ 6 đến 10 chữ số; mã Steam có 5).
invalid_parameter = Giá trị { $name } không hợp lệ: { $reason }.
not_migration_link = Đây không phải liên kết chuyển tài khoản của Google Authenticator: { $reason }.
    .hint = Hãy dùng đúng liên kết đọc được từ mã QR "Chuyển tài khoản" (Transfer accounts) của Google Authenticator; nó bắt đầu bằng otpauth-migration://offline?data=.
password_required =
    { $variant ->
        [export] Bản xuất được mã hóa cần có mật khẩu: hãy dùng --password-file FILE.
       *[other] Tệp { $format } này đã được mã hóa và cần mật khẩu.
    }
    .hint =
        { $variant ->
            [export] Hãy chọn một mật khẩu để bảo vệ bản xuất và ghi nó vào một tệp chỉ bạn đọc được.
           *[other] Hãy nhập mật khẩu bạn đã chọn khi xuất tệp.
        }
wrong_password =
    { $variant ->
        [or_damaged] Mật khẩu sai, hoặc tệp { $format } này bị hỏng hay không đầy đủ.
       *[other] Mật khẩu không đúng với tệp { $format } này (hoặc tệp đã bị thay đổi).
    }
    .hint =
        { $variant ->
            [or_damaged] Hãy kiểm tra mật khẩu (chữ hoa, kiểu bàn phím) rồi thử lại. Nếu mật khẩu đúng, hãy xuất lại tệp từ ứng dụng kia: có thể tệp bị cắt ngắn khi sao chép. Chưa có gì được nhập.
           *[other] Hãy kiểm tra mật khẩu (chữ hoa, kiểu bàn phím) rồi thử lại. Chưa có gì được nhập.
        }
malformed = Tệp { $format } này bị hỏng hoặc không đầy đủ: { $detail }.
    .hint = Hãy xuất lại từ ứng dụng kia; có thể tệp bị cắt ngắn khi sao chép. Chưa có gì được nhập.
unsupported_file = Chưa hỗ trợ tệp { $format } này: { $detail }.
    .hint = Hãy xuất lại từ ứng dụng kia mà không mã hóa, hoặc theo định dạng khác.
unsafe_kdf_parameters = Tệp { $format } này yêu cầu thông số tạo khóa mà Steward từ chối ({ $detail }).
    .hint = Mở khóa tệp này sẽ tốn quá nhiều thời gian hoặc bộ nhớ; có lẽ đây không phải bản xuất thật.
empty_password = Mật khẩu cho bản xuất không được để trống.
    .hint = Hãy chọn một mật khẩu để bảo vệ bản xuất.
nothing_to_export = Không có gì để xuất.
crypto_failed = Mã hóa không thành công: { $value }

## The clock check

bad_time_server = "{ $value }" không phải địa chỉ máy chủ mà Steward dùng được để kiểm tra đồng hồ.
    .hint = Hãy dùng địa chỉ đầy đủ như { $default_server }, hoặc bỏ trống để dùng máy chủ mặc định.
time_server_not_https = Việc kiểm tra đồng hồ cần máy chủ https:// (http:// thường chỉ dùng được với chính máy này).
    .hint = Hãy dùng địa chỉ đầy đủ như { $default_server }, hoặc bỏ trống để dùng máy chủ mặc định.

## QR codes, the clipboard and the screen

not_an_image = Tệp này không phải ảnh PNG hay JPEG.
    .hint = Hãy lưu mã QR thành ảnh PNG hoặc JPEG rồi chọn tệp đó.
image_damaged = Ảnh bị hỏng hoặc không đầy đủ: { $detail }.
    .hint = Hãy chụp lại màn hình rồi chọn tệp mới.
image_too_large =
    { $variant ->
        [bytes] Tệp quá lớn ({ $size } byte) để là ảnh chụp màn hình hay ảnh chụp mã QR.
       *[other] Ảnh này quá lớn ({ $width } × { $height } điểm ảnh; Steward đọc ảnh tối đa 40 megapixel). Hãy cắt ảnh chỉ còn mã QR rồi thử lại.
    }
    .hint = Hãy cắt ảnh chỉ còn mã QR, hoặc chụp màn hình riêng phần đó.
no_qr_found = Không tìm thấy mã QR nào trong ảnh.
    .hint = Hãy phóng to mã QR trên màn hình hoặc chụp ảnh rõ nét hơn, thấy trọn cả mã, rồi thử lại.
qr_unreadable = Đã thấy mã QR nhưng không đọc được.
    .hint = Hãy phóng to mã QR trên màn hình hoặc chụp ảnh rõ nét hơn, thấy trọn cả mã, rồi thử lại.
qr_without_otp = Mã QR này không chứa liên kết của ứng dụng xác thực (otpauth://).
    .hint = Mã QR này dùng cho việc khác. Trên trang bảo mật của dịch vụ, hãy tìm mã hiện ra khi bạn bật "ứng dụng xác thực".
clipboard_no_image = Bộ nhớ tạm không có ảnh nào.
    .hint = Hãy sao chép mã QR dưới dạng ảnh trước (nhấp chuột phải và chọn "Sao chép hình ảnh", hoặc chụp màn hình vào bộ nhớ tạm), rồi thử lại.
clipboard_unavailable =
    { $variant ->
        [copy_brief] Không sao chép được bản tóm tắt: { $detail }
        [copy_code] Không sao chép được mã: { $detail }
       *[other] Không đọc được bộ nhớ tạm: { $detail }
    }
    .hint =
        { $variant ->
            [copy_brief] Hãy bôi đen văn bản rồi tự sao chép (Ctrl+C).
            [copy_code] Hãy bôi đen mã rồi tự sao chép (Ctrl+C).
           *[other] Hãy lưu ảnh thành tệp rồi thêm từ tệp.
        }
screen_unavailable = Không đọc được màn hình: { $detail }
    .hint = Máy của bạn không cho ứng dụng đọc màn hình (thường gặp trên Wayland). Hãy chụp màn hình bằng phím Print Screen rồi thêm từ tệp, hoặc sao chép ảnh vào bộ nhớ tạm.
screen_blank = Steward không thấy được nội dung trên màn hình (ảnh chụp về bị trống).
    .hint = Máy của bạn không cho ứng dụng đọc màn hình (thường gặp trên Wayland). Hãy chụp màn hình bằng phím Print Screen rồi thêm từ tệp, hoặc sao chép ảnh vào bộ nhớ tạm.
# Screen scan through the portal (issue 21): src/otp/screen/
screen_portal_missing = Máy của bạn không có dịch vụ chụp màn hình nên Steward không xem được màn hình ({ $detail }).
    .hint = Trên Wayland, ứng dụng xem màn hình qua cổng chụp màn hình (portal) của máy: hãy cài xdg-desktop-portal và gói dành cho môi trường của bạn (xdg-desktop-portal-gnome, -kde hoặc -wlr). Hoặc chụp màn hình bằng phím Print Screen rồi thêm từ tệp hay bộ nhớ tạm.
screen_portal_refused = Máy của bạn không chụp màn hình cho Steward: { $detail }
    .hint = Hãy cho phép Steward chụp màn hình trong phần cài đặt của máy (quyền riêng tư hoặc quyền ứng dụng) rồi thử lại, hoặc chụp màn hình bằng phím Print Screen rồi thêm từ tệp hay bộ nhớ tạm.
screen_cancelled = Bạn đã huỷ chụp màn hình; chưa thêm gì cả.
    .hint = Hãy thử lại và xác nhận hộp thoại chụp màn hình, hoặc thêm mã QR từ tệp hay bộ nhớ tạm.
too_long_for_qr = Liên kết này quá dài để đưa vào mã QR.
    .hint = Hãy xuất nó ra tệp.

## The authenticator's accounts

otp_account_not_found = Không có tài khoản xác thực nào khớp với "{ $value }".
    .hint-cli = Hãy dùng số của tài khoản trong `steward otp list`, hoặc một phần tên của nó.
    .hint-window = Hãy chọn tài khoản trong danh sách xác thực, hoặc tìm theo một phần tên của nó.
otp_account_ambiguous = "{ $reference }" khớp với nhiều tài khoản: { $candidates }.
    .hint = Hãy dùng số của tài khoản thay thế.
confirmation_required = Cần bạn xác nhận để gỡ { $label }.
    .hint-cli = Sẽ không tạo lại được mã của nó, trừ khi bạn thêm lại từ dịch vụ. Hãy xác nhận bằng --yes (CLI) hoặc nút Gỡ.
    .hint-window = Sẽ không tạo lại được mã của nó, trừ khi bạn thêm lại từ dịch vụ. Hãy xác nhận bằng nút Gỡ.
otp_secret_missing = Kho khóa của hệ thống không còn khóa bí mật của { $label }.
    .hint-cli = Chưa có gì bị xóa. Nếu bạn đã đặt lại hoặc chuyển kho khóa, hãy khôi phục nó, hoặc thêm lại tài khoản từ bản sao lưu đã mã hóa (steward otp import).
    .hint-window = Chưa có gì bị xóa. Nếu bạn đã đặt lại hoặc chuyển kho khóa, hãy khôi phục nó, hoặc thêm lại tài khoản từ bản sao lưu đã mã hóa (Nhập).
otp_secret_damaged = Khóa bí mật đã lưu của { $label } bị hỏng.
    .hint-cli = Chưa có gì bị xóa. Hãy thêm lại tài khoản từ bản sao lưu đã mã hóa (steward otp import), rồi gỡ tài khoản bị hỏng.
    .hint-window = Chưa có gì bị xóa. Hãy thêm lại tài khoản từ bản sao lưu đã mã hóa (Nhập), rồi gỡ tài khoản bị hỏng.
not_hotp = { $label } không phải tài khoản dùng bộ đếm (HOTP).
    .hint = Mã theo thời gian tự thay đổi; mã kế tiếp hiện ra gần cuối mỗi chu kỳ.
no_backup_codes = { $label } không có mã dự phòng.
    .hint = Hãy thêm các mã dịch vụ đã đưa cho bạn khi bạn bật xác minh hai bước.
backup_code_not_found = Đó không phải một trong các mã dự phòng của { $label }.
    .hint = Hãy kiểm tra lại mã; dấu cách và gạch ngang không quan trọng.
backup_code_used = Mã dự phòng đó của { $label } đã được dùng vào { $used_at }.
    .hint = Mỗi mã dự phòng chỉ dùng được một lần. Hãy dùng mã khác, hoặc xin dịch vụ cấp mã mới.
otp_tag_empty = Nhãn không được để trống.
    .hint = Hãy gõ một từ ngắn, ví dụ "Công việc" hoặc "Ngân hàng".
otp_tag_control = Nhãn không được chứa ký tự điều khiển.
    .hint = Hãy dùng chữ, số, dấu cách và dấu câu.
otp_tag_too_long = Nhãn "{ $tag }" quá dài: tối đa { $max } ký tự.
    .hint = Hãy dùng nhãn ngắn hơn.
otp_tag_too_many = { $label } không thể có quá { $max } nhãn.
    .hint = Hãy xoá bớt một nhãn bạn không còn dùng trước.
otp_tag_duplicate = { $label } đã có nhãn "{ $tag }".
    .hint = Nhãn viết hoa hay thường đều như nhau ("work" là "Work").
otp_tag_not_found = { $label } không có nhãn "{ $tag }".
    .hint-cli = `steward otp list` cho thấy nhãn của từng tài khoản.
    .hint-window = Nhãn của tài khoản hiện ngay dưới tên của nó.
invalid_input = { $field } không hợp lệ: { $reason }.
write_failed = Không ghi được { $path }: { $detail }

## The 2FA directory

directory_unavailable = Danh bạ 2FA hiện không dùng được: { $why }
    .hint-cli = Hãy kết nối internet rồi chạy `steward directory refresh`. Bạn vẫn có thể thiết lập 2FA: hãy làm theo hướng dẫn của chính dịch vụ.
    .hint-window = Hãy kết nối internet rồi làm mới danh bạ. Bạn vẫn có thể thiết lập 2FA: hãy làm theo hướng dẫn của chính dịch vụ.
directory_service_not_found = Danh bạ 2FA không có "{ $name }" theo tên hay địa chỉ đó.
    .hint-cli =
        { $n_close ->
            [0] Hãy thử `steward directory search` với một phần tên hoặc địa chỉ trang web. Không phải dịch vụ nào cũng có trong danh bạ; trang trợ giúp của dịch vụ sẽ cho biết nó có những phương thức 2FA nào.
           *[other] Có phải ý bạn là: { $close }?
        }
    .hint-window =
        { $n_close ->
            [0] Hãy tìm trong danh bạ bằng một phần tên hoặc địa chỉ trang web. Không phải dịch vụ nào cũng có trong danh bạ; trang trợ giúp của dịch vụ sẽ cho biết nó có những phương thức 2FA nào.
           *[other] Có phải ý bạn là: { $close }?
        }
directory_malformed =
    Dữ liệu { $data ->
        [passkeys] Passkeys Directory
       *[other] danh bạ 2FA
    } không đúng định dạng mong đợi: { $detail }.
    .hint =
        Bản tải về không được dùng; bản đã lưu (nếu có) vẫn như cũ. Hãy thử lại sau, hoặc kiểm tra { $url_env } có trỏ tới { $data ->
            [passkeys] một tệp all.json v1 của Passkeys Directory
           *[other] một tệp all.json v3 của 2fa.directory
        } không.
directory_bad_url =
    Steward không tải được { $data ->
        [passkeys] Passkeys Directory
       *[other] danh bạ 2FA
    } từ địa chỉ "{ $url }".
    .hint = Hãy dùng địa chỉ https:// như { $default_url }, hoặc bỏ đặt { $url_env } để dùng địa chỉ đó.
directory_unreachable =
    Steward không kết nối được { $data ->
        [passkeys] Passkeys Directory
       *[other] danh bạ 2FA
    } tại { $host }: { $detail }.
    .hint = Hãy kiểm tra kết nối internet rồi thử lại. Không có nó bạn vẫn thiết lập được 2FA: hãy tự nhập tên dịch vụ.
directory_http_status =
    { $data ->
        [passkeys] Passkeys Directory
       *[other] Danh bạ 2FA
    } tại { $host } trả về mã HTTP { $status } thay vì dữ liệu.
    .hint = Có thể dịch vụ đang tạm ngừng; hãy thử lại sau. Bản đã lưu (nếu có) vẫn được dùng.
directory_io =
    Steward không { $action ->
        [create] tạo
        [read] đọc
       *[other] ghi
    } được bản lưu của { $data ->
        [passkeys] Passkeys Directory
       *[other] danh bạ 2FA
    } ({ $path }): { $detail }.
    .hint = Hãy kiểm tra thư mục dữ liệu có tồn tại, ghi được và ổ đĩa chưa đầy.

## The command line (steward)

invalid_arguments = { $message }
    .hint = Hãy chạy lệnh với --help để xem lệnh cần những gì.
nothing_to_change = Không có gì để thay đổi: hãy đưa { $give }.
invalid_time = { $option }: { $detail }
unknown_step = "{ $given }" không phải một bước trong danh sách kiểm tra; hãy dùng một trong: { $steps } (hoặc 1–5).
unknown_method = "{ $given }" không phải phương thức; hãy dùng passkey, security_key, totp, sms, call, email, custom_software hoặc custom_hardware
bad_date = "{ $given }" không phải ngày dạng 2026-12-31.
bad_yes_no = --still-happening chỉ nhận yes hoặc no.
bad_access = --access chỉ nhận app, web hoặc both.
case_required = Hãy nêu ít nhất một vụ việc.
out_required = Hãy cho biết nơi ghi tệp { $format } bằng --out FILE.
option_required = Hãy đưa { $option }.
token_file_required = Hãy đưa tệp token.
account_required = Một mã QR chỉ chứa một tài khoản: hãy chọn bằng --account NUMBER.
passphrase_file_unreadable = Không đọc được tệp cụm mật khẩu { $path }: { $detail }
password_file_unreadable =
    { $variant ->
        [too_large] Không đọc được tệp mật khẩu { $path }: tệp lớn hơn { $max_kib } KiB, quá lớn để là tệp mật khẩu
       *[other] Không đọc được tệp mật khẩu { $path }: { $detail }
    }
codes_file_unreadable = Không đọc được tệp mã dự phòng { $path }: { $detail }
token_file_unreadable = Không đọc được tệp token { $path }: { $detail }
image_unreadable = Không đọc được { $path }: { $detail }
stdin_unreadable = Không đọc được { $what ->
        [link] liên kết
        [setup_key] khóa thiết lập
       *[backup_codes] mã dự phòng
    } từ đầu vào chuẩn: { $detail }
stdin_too_large = Đầu vào chuẩn chứa hơn { $max } — quá nhiều cho { $what ->
        [link] liên kết
        [setup_key] khóa thiết lập
       *[backup_codes] mã dự phòng
    }, vốn chỉ vài kilobyte. Hãy chỉ chuyển vào liên kết hoặc khóa.
file_unwritable =
    { $variant ->
        [create] Không tạo được { $path }: { $detail }
       *[other] Không ghi được { $path }: { $detail }
    }
passphrase_prompt_failed = Không đọc được cụm mật khẩu: { $detail }
passphrases_differ = Hai cụm mật khẩu không giống nhau; chưa có gì được tạo. Hãy thử lại.
prompt_failed = Không đọc được câu trả lời: { $detail }
passwords_differ = Hai mật khẩu không giống nhau; chưa có gì được ghi. Hãy thử lại.
password_needed = Cần mật khẩu privacyIDEA: { $detail }. Hãy dùng --password-file.
json_failed = { $detail }
output_failed =
    { $variant ->
        [stdout] Không ghi được: { $detail }
       *[other] Không ghi được kết quả: { $detail }
    }

## The window (errors the shell raises itself)

locked = Steward đang khóa.
    .hint = Hãy mở khóa hồ sơ của bạn trước.
bad_request =
    { $variant ->
        [no_case] Chưa chọn vụ việc nào.
        [bad_contact] Mã lần liên hệ không hợp lệ.
        [file_bytes_not_raw] Dữ liệu của tệp không được gửi ở dạng thô.
        [picture_not_raw] Ảnh không được gửi ở dạng thô.
        [file_not_raw] Tệp không được gửi ở dạng thô.
        [one_link] Mỗi lần chỉ mở một liên kết.
        [unknown_format] Không biết định dạng này.
       *[other] Yêu cầu không hợp lệ: { $detail }
    }
    .hint =
        { $variant ->
            [one_link] Hãy dán một liên kết duy nhất; nhiều tài khoản thì dùng chức năng Nhập.
           *[other] Đây là lỗi trong cửa sổ của Steward; chưa có gì được lưu.
        }
preference_too_large = Tùy chọn { $key } có { $size } byte; mỗi tùy chọn tối đa { $max } byte.
unknown_preference = Không có tùy chọn nào tên { $key }.
    .hint = Các tùy chọn: { $keys }.
preferences_unavailable = Không đọc hay lưu được các tùy chọn: { $detail }

## Chi tiết nằm trong thông báo khác: vì sao một địa chỉ hay kết nối không dùng được, đồng hồ lệch bao nhiêu.

net-not-an-address = đó không phải là địa chỉ web
net-has-login = địa chỉ không được chứa tên đăng nhập hay mật khẩu
net-not-https = Steward chỉ đăng nhập qua kết nối an toàn (https://)
net-not-http = địa chỉ phải bắt đầu bằng http:// hoặc https://
net-timeout = máy chủ không trả lời kịp
net-no-connection = không kết nối được (mất mạng, máy chủ ngừng hoạt động, hoặc tường lửa chặn)
clock-minutes = { $n } phút
clock-seconds = { $n } giây
clock-behind = chậm { $amount }
clock-ahead = nhanh { $amount }

# Helpdesk connection saved in the profile (share helpdesk set|show|test|forget, the Share
# dialog's "Send to helpdesk").
helpdesk_token_refused = { $system } từ chối đăng nhập: mã token bị từ chối (sai, hết hạn hoặc đã bị thu hồi). Chưa có gì được gửi và vụ việc vẫn như cũ.
    .hint-cli = Hãy tạo token mới trong { $system } rồi lưu lại: steward share helpdesk set --token-file FILE.
    .hint-window = Hãy tạo token mới trong { $system }, dán vào ô token rồi lưu.
helpdesk_unreachable = Không kết nối được tới { $system } tại { $address }: { $detail }. Chưa có gì được gửi và vụ việc vẫn như cũ.
    .hint = Hãy kiểm tra địa chỉ và kết nối mạng, rồi thử lại.
helpdesk_not_this_kind = Địa chỉ { $address } không phải là { $system }. Chưa có gì được gửi.
    .hint = Hãy kiểm tra địa chỉ: đó là địa chỉ web của bộ phận hỗ trợ, ví dụ https://rt.example.com hoặc https://example.zendesk.com.
helpdesk_queue_unavailable = { $system } không có hàng đợi "{ $queue }" mà bạn được mở phiếu.
    .hint = { $system ->
        [django-helpdesk] Hãy hỏi bộ phận hỗ trợ số của hàng đợi, và kiểm tra rằng tài khoản API của bạn được dùng hàng đợi đó.
       *[other] Hãy hỏi bộ phận hỗ trợ tên hàng đợi (thường là "General").
    }
# Redmine (src/share/helpdesk/redmine.rs)
helpdesk_project_unavailable = { $system } không có dự án "{ $project }" mà bạn được mở vấn đề. Chưa có gì được gửi đi.
    .hint = Hãy nhập mã định danh của dự án (tên ngắn trong địa chỉ, ví dụ support trong https://redmine.example.com/projects/support) và kiểm tra rằng bạn là thành viên của dự án.
helpdesk_not_set = Hồ sơ này chưa lưu bộ phận hỗ trợ nào.
    .hint-cli = Hãy lưu bằng: steward share helpdesk set --to rt --url URL --queue General --requestor EMAIL --token-file FILE (hoặc dùng --to và các tùy chọn của nó).
    .hint-window = Hãy điền địa chỉ bộ phận hỗ trợ và token của bạn, rồi lưu.
helpdesk_setting_missing =
    { $value ->
        [address] Thiếu địa chỉ bộ phận hỗ trợ.
        [queue] Thiếu hàng đợi Request Tracker.
        [requestor] Thiếu địa chỉ e-mail của bạn trong hệ thống hỗ trợ.
        [project] Thiếu dự án Redmine.
       *[token] Thiếu token.
    }
    .hint = Hãy điền vào rồi lưu lại.
helpdesk_address_invalid = Không dùng được "{ $address }" làm địa chỉ bộ phận hỗ trợ: { $detail }.
    .hint = Hãy nhập địa chỉ web, ví dụ https://rt.example.com hoặc https://example.zendesk.com.
helpdesk_token_unavailable = Không lưu hoặc đọc được token của bộ phận hỗ trợ: { $value }.
    .hint = Hãy kiểm tra kho khóa của hệ thống đã mở khóa chưa, rồi lưu lại token.

## Automatic authenticator backups (helper D: otp backup)

otp_backup_not_configured = Chưa thiết lập sao lưu tự động: bạn hãy chọn thư mục và mật khẩu sao lưu trước.
    .hint-cli = Thiết lập bằng: steward otp backup set --folder DIR --keep 10
    .hint-window = Mở mục Sao lưu, chọn thư mục và mật khẩu, rồi lưu.
otp_backup_folder_unusable = Không ghi được bản sao lưu vào { $folder }: { $detail }.
    .hint = Bạn hãy chọn một thư mục có sẵn và ghi được (thư mục đồng bộ như Nextcloud hay Syncthing giữ thêm một bản ngoài máy này).
otp_backup_keep_invalid = Hãy giữ từ { $min } đến { $max } bản sao lưu.
    .hint = 10 là con số hợp lý: đủ cho vài tuần thay đổi.
otp_backup_password_empty = Mật khẩu sao lưu không được để trống.
    .hint = Bạn hãy chọn mật khẩu mình nhớ được: không có nó thì không ai mở được bản sao lưu, kể cả Steward và Aegis.
otp_backup_found_gone = Bản sao lưu đó ({ $file }) không còn trong thư mục sao lưu, hoặc đã bị thay đổi.
    .hint = Bạn hãy kiểm tra lại thư mục để tìm bản sao lưu mới hơn.

## App lock
unlock_refused = Máy tính chưa xác nhận đúng là bạn, nên Steward vẫn khóa.
    .hint = Bạn hãy thử lại và nhập mật khẩu máy tính khi được hỏi. Không có gì bị mất.

## Khiếu nại (src/complaints)
complaint_rule_unknown = Không có quy định khiếu nại nào tên là "{ $value }".
    .hint-cli = Lệnh `steward complaint rules` liệt kê các quy định.
    .hint-window = Bạn hãy chọn một quy định trong danh sách.
complaint_rule_does_not_fit = Quy định { $rule } không dành cho { $jurisdiction } { $sector }.
    .hint = Bạn hãy chọn quy định cho quốc gia và lĩnh vực đó, hoặc để trống để Steward tự chọn.
complaint_bad_jurisdiction = "{ $value }" không phải mã quốc gia.
    .hint = Bạn hãy dùng mã hai chữ cái (GB, VN, US) hoặc EU.
complaint_bad_sector = "{ $value }" không phải tên lĩnh vực.
    .hint-cli = Bạn hãy dùng một lĩnh vực trong `steward complaint rules`, ví dụ financial-services.
    .hint-window = Bạn hãy chọn một lĩnh vực trong danh sách.
complaint_bad_time_zone = Steward không biết múi giờ "{ $value }".
    .hint = Bạn hãy dùng tên như Europe/London hoặc Asia/Ho_Chi_Minh.
complaint_not_marked = Vụ việc { $value } chưa đánh dấu khiếu nại chính thức.
    .hint-cli = Bạn có thể đánh dấu bằng `steward case complaint mark { $value } --contact N`.
    .hint-window = Bạn hãy đánh dấu lần liên hệ đã khiếu nại là khiếu nại chính thức.
complaint_contact_not_on_case = Lần liên hệ đó không thuộc vụ việc { $case }.
    .hint = Bạn hãy chọn một lần liên hệ của chính vụ việc này.
complaint_date_out_of_range = { $value } không thể là ngày nhận khiếu nại.
    .hint = Bạn hãy kiểm tra lại năm: trong khoảng 1970 đến 2200.

# Helpdesk hand-off problems (src/share/error.rs HelpdeskProblem): helpdesk_failed's $value.
# $system is the helpdesk's product name; $said is the helpdesk's own words, verbatim.
helpdesk-problem = { $problem ->
    [answered] { $said_given ->
        [yes] { $system } báo lỗi HTTP { $status }: { $said }
       *[other] { $system } báo lỗi HTTP { $status }
    }
    [api_forbidden] { $system } từ chối (HTTP 403): khóa API có thể không được làm việc này, hoặc REST API của { $system } đang bị tắt (Administration → Settings → API){ $said_given ->
        [yes] : { $said }
       *[other] {""}
    }
    [not_staff] { $system } đã đăng nhập tài khoản này nhưng không cho dùng API{ $said_given ->
        [yes] {" "}({ $said })
       *[other] {""}
    }: chỉ tài khoản nhân viên mới được dùng; bạn hãy xin bộ phận hỗ trợ một tài khoản API
    [not_json] câu trả lời của { $system } không đúng dạng JSON mà Steward cần
    [unreadable] không đọc được câu trả lời
    [too_large] câu trả lời quá lớn, không giống của một bộ phận hỗ trợ
    [no_ticket_id] { $system } không cho biết { $system ->
        [Redmine] vấn đề
        [Zendesk] yêu cầu
       *[other] phiếu
    } vừa mở là số mấy
    [no_upload_token] { $system } không trả về mã tải tệp lên
    [empty_text] { $system ->
        [Redmine] ghi chú
        [Zendesk] bình luận
       *[other] tin nhắn
    } cần thêm đang để trống
    [bad_address] { $address }: { $detail }
    [no_client] không khởi động được kết nối HTTP
    [file_answered] { $system } báo lỗi HTTP { $status } với tệp { $file }
    [file_unreadable] không đọc lại được tệp { $file } từ { $system }
    [file_too_large] tệp { $file } quá lớn
    [file_refused] { $system } từ chối tệp { $file }{ $said_given ->
        [yes] : { $said }
       *[other] {""}
    }
    [not_added] { $system } đã không thêm { $system ->
        [Redmine] ghi chú
        [Zendesk] bình luận
       *[other] tin nhắn
    } vào { $reference }{ $said_given ->
        [yes] : { $said }
       *[other] {""}
    }
    [not_kept] { $system } đã thêm vào { $reference } nhưng không giữ lại { $files } (nó chỉ giữ những loại tệp mà người quản trị cho phép: HELPDESK_VALID_EXTENSIONS cần có .pdf, .json và .sig)
    [files_not_added] { $system } đã mở { $reference } nhưng không thêm được hết các tệp: { $detail }
   *[other] { $problem }
}
# Why a ticket cannot be added to (ShareError::TicketUnavailable): helpdesk_ticket_unavailable's $detail.
helpdesk-ticket-refusal = { $why ->
    [may_not_add] { $system ->
        [Redmine] { $system } không cho bạn thêm ghi chú vào vấn đề này
        [django-helpdesk] { $system } không cho tài khoản này thêm vào phiếu này
       *[other] { $system } không cho bạn trả lời trong phiếu này
    }
   *[other] { $system ->
        [Redmine] { $system } không có vấn đề nào như vậy mà bạn xem được (vấn đề không tồn tại, hoặc thuộc một dự án mà bạn không phải thành viên)
        [Zendesk] { $system } không có yêu cầu nào như vậy mà bạn xem được (yêu cầu không tồn tại, hoặc không phải của bạn)
        [django-helpdesk] { $system } không có phiếu nào như vậy mà tài khoản này xem được (phiếu không tồn tại, hoặc thuộc một hàng đợi khác)
       *[other] { $system } không có phiếu nào như vậy mà bạn xem được (phiếu không tồn tại, hoặc không phải của bạn)
    }
}

## Chuỗi rò rỉ (src/exposure/error.rs)
exposure_card_not_four_digits = Bốn số cuối của thẻ phải đúng 4 chữ số.
    .hint = Bạn chỉ cần nhập bốn số cuối, ví dụ 4821 — Steward không bao giờ cần số thẻ đầy đủ.
exposure_bad_phone = Đây không phải số điện thoại: Steward cần ít nhất 4 số cuối.
    .hint = Bạn hãy nhập số điện thoại hoặc chỉ 4 số cuối, ví dụ 5678.
exposure_bad_email = Đây không phải địa chỉ e-mail.
    .hint = Bạn hãy nhập theo dạng ten@example.com; Steward chỉ lưu dạng đã che.
exposure_duplicate_detail = { $detail } bị ghi hai lần.
    .hint = Mỗi thông tin chỉ ghi một lần.
exposure_unknown_detail = Steward không biết thông tin "{ $value }".
    .hint = Bạn hãy dùng một trong các mục: address, phone, email, card_last_four, date_of_birth, security_answers, support_pin.
exposure_unknown_stake = Steward không biết mức độ "{ $value }".
    .hint = Bạn hãy dùng một trong các mục: money, email, phone, shopping, other.
exposure_unknown_step = Steward không biết bước "{ $value }".
    .hint = Bạn hãy dùng một trong các bước: support_pin, verification_note, two_step, change_detail, sign_in_before_chat, number_lock, letter.
exposure_value_without_detail = Bạn hãy cho biết giá trị này thuộc thông tin nào.
    .hint = Viết theo dạng thông-tin=giá-trị, ví dụ card_last_four=4821.
exposure_step_not_in_plan = Bước { $step } không có trong kế hoạch cho { $service }.
    .hint-cli = `steward accounts exposure` cho biết kế hoạch của từng tài khoản.
    .hint-window = Bạn hãy đánh dấu một bước hiện dưới tài khoản.

## Changing how the profile is unlocked (issue 18: keyring ↔ passphrase, a new passphrase)

unlock_unchanged = Hồ sơ này đã được mở bằng kho khóa của hệ thống rồi.
    .hint = Chưa có gì thay đổi. Nếu bạn muốn dùng cụm mật khẩu thay thế, hãy chọn cụm mật khẩu.
database_in_use = Dữ liệu Steward đang được mở ở nơi khác (một cửa sổ hoặc lệnh Steward khác).
    .hint = Bạn hãy đóng các cửa sổ và lệnh Steward khác rồi thử lại. Chưa có gì thay đổi.

## steward profile unlock-with (issue 18)

new_passphrases_differ = Hai cụm mật khẩu mới không giống nhau; chưa có gì thay đổi. Bạn hãy thử lại.
new_passphrase_needed = Cần có cụm mật khẩu mới.
    .hint-cli = Bạn hãy đưa nó qua --new-passphrase-file TỆP, hoặc chạy lệnh trong cửa sổ dòng lệnh để gõ vào.

## Thư về thông tin bị lộ (issue 22; src/share/exposure_letter.rs)

exposure_letter_not_at_risk = Những gì bị lộ không khiến { $service } gặp rủi ro, nên không cần viết thư cho bên đó.
    .hint-cli = `steward accounts exposure` liệt kê các tài khoản gặp rủi ro; `steward accounts details "{ $service }"` cho biết Steward biết gì về tài khoản này.
    .hint-window = Bạn hãy xem { $service } lưu và kiểm tra những gì trong bảng câu hỏi của tài khoản.
exposure_letter_not_repeat = { $service } chưa có đủ hai cảnh báo mạo danh, nên chưa có thư "lần thứ hai".
    .hint-cli = `steward case alerts` liệt kê các cảnh báo; không có --second-time, bạn sẽ nhận thư đề nghị ghi chú vào tài khoản.
    .hint-window = Khi việc này lặp lại, bạn hãy tạo một cảnh báo trong vụ việc.
