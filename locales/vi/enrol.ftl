## Bật xác minh hai bước bằng trình hướng dẫn (src/enrol/). Tiếng Anh là bản gốc.

## Phương thức: tên và độ an toàn

enrol-method-passkey = Khóa truy cập (passkey)
enrol-method-security-key = Khóa bảo mật
enrol-method-totp = Ứng dụng xác thực (mã)
enrol-method-custom-hardware = Thiết bị tạo mã
enrol-method-custom-software = Ứng dụng riêng của dịch vụ
enrol-method-call = Cuộc gọi điện thoại
enrol-method-sms = Tin nhắn (SMS)
enrol-method-email = Thư điện tử (e-mail)
enrol-method-passkey-advice = Cách mạnh nhất: khóa truy cập nằm trên điện thoại, máy tính hoặc trình quản lý mật khẩu của bạn và chỉ trả lời đúng trang web thật, nên không thể bị lừa lấy, đoán ra hay chặn giữa đường.
enrol-method-security-key-advice = Cách mạnh nhất: khóa bảo mật (hoặc khóa truy cập) chỉ trả lời đúng trang web thật, nên không thể bị lừa lấy hay chặn giữa đường.
enrol-method-totp-advice = Cách mạnh: ứng dụng xác thực (Steward là một ứng dụng như vậy) tạo mã ngay trên thiết bị của bạn, nên không ai chặn được mã trên đường đi; hãy giữ mã dự phòng phòng khi mất thiết bị.
enrol-method-custom-hardware-advice = Cách mạnh: thiết bị tạo mã của dịch vụ tạo mã ngoại tuyến, không ai chặn được; hãy giữ nó cẩn thận và biết cách khôi phục nếu làm mất.
enrol-method-custom-software-advice = Cách khá mạnh: ứng dụng riêng của dịch vụ xác nhận đăng nhập trên điện thoại của bạn, nhưng chỉ dùng được với ứng dụng đó, nên hãy có thêm một cách dự phòng cho lúc đổi điện thoại.
enrol-method-call-advice = Loại yếu nhất: NIST SP 800-63B xếp mã gửi tới điện thoại vào loại "hạn chế" vì số điện thoại có thể bị chiếm (đổi SIM, chuyển sang nhà mạng khác), nên chỉ dùng cuộc gọi khi không có cách nào mạnh hơn.
enrol-method-sms-advice = Loại yếu nhất: NIST SP 800-63B xếp mã gửi tới điện thoại vào loại "hạn chế" vì số điện thoại có thể bị chiếm (đổi SIM, chuyển sang nhà mạng khác), nên chỉ dùng tin nhắn khi không có cách nào mạnh hơn.
enrol-method-email-advice = Cách yếu: ai vào được hộp thư của bạn cũng nhận được các mã này, nên chỉ dùng khi không có cách nào mạnh hơn, và hãy bật xác minh hai bước cho tài khoản e-mail trước.

## Các bước của trình hướng dẫn, như hồ sơ vụ việc ghi lại

enrol-step-choose-method = chọn phương thức
enrol-step-enter-phone = số điện thoại
enrol-step-enter-phone-code = mã từ điện thoại
enrol-step-add-authenticator = thêm vào trình xác thực
enrol-step-confirm-authenticator = xác nhận trình xác thực
enrol-step-on-website = trên trang web
enrol-step-test-sign-in = thử đăng nhập
enrol-step-backup-codes = mã dự phòng
enrol-step-summary = tóm tắt

## Hướng dẫn: việc cần làm ở mỗi bước, và cách xử lý nếu không được

enrol-guide-the-method = phương thức này
enrol-guide-stopped-title = Đã dừng bật xác minh hai bước tại { $service }
enrol-guide-stopped-do = Bạn có thể bắt đầu lại bất cứ lúc nào; mọi thứ đã thử vẫn được lưu trong vụ việc.
enrol-guide-stopped-fails = Chọn "Tôi bị kẹt" để gửi cho bộ phận hỗ trợ mọi thứ đã thử.
enrol-guide-choose-title = Bật xác minh hai bước tại { $service }
enrol-guide-choose-pick = Chọn cách { $service } kiểm tra đúng là bạn. Các cách mạnh nhất được xếp trước.
enrol-guide-choose-sms-weak = Mã qua tin nhắn là lựa chọn yếu nhất (NIST SP 800-63B): số điện thoại có thể bị chuyển sang SIM khác. Nếu có ứng dụng xác thực, hãy ưu tiên nó.
enrol-guide-service-says = { $service } cho biết: { $notes }
enrol-guide-choose-inferred = Những gì Steward biết về quy định của { $service } được đọc từ ghi chú của danh bạ 2FA, chưa được người kiểm tra.
enrol-guide-choose-unknown-rules = Steward chưa biết quy định riêng của { $service } (ví dụ phương thức nào phải bật trước): nếu trang web yêu cầu một phương thức khác trước, hãy làm cái đó rồi báo cho Steward.
enrol-guide-choose-fails = Nếu một phương thức bị từ chối, Steward sẽ ghi lại thông báo và gợi ý cách tốt nhất tiếp theo.
enrol-guide-phone-title = Số điện thoại của bạn
enrol-guide-phone-type = Nhập số di động như khi bạn đưa cho dịch vụ; Steward sẽ kiểm tra và hiển thị kèm mã quốc gia.
enrol-guide-phone-server-texts = Sau đó Steward nhờ máy chủ nhắn mã cho bạn.
enrol-guide-phone-on-site = Trên trang cài đặt bảo mật của { $service }, chọn { $method } và nhập số đúng như Steward hiển thị (có dấu + và mã quốc gia).
enrol-guide-phone-fails = Nếu dịch vụ từ chối số này, hãy dán nguyên văn thông báo: Steward sẽ giải thích và giúp bạn không thử lại mù quáng.
enrol-guide-code-your-phone = điện thoại của bạn
enrol-guide-code-title = Nhập mã bạn nhận được
enrol-guide-code-sent = Mã đã được gửi tới { $to }. Hãy nhập mã ở đây.
enrol-guide-code-site-sends = { $service } sẽ gửi mã tới { $to }. Hãy nhập mã trên trang web.
enrol-guide-tell-how-refused = Sau đó cho Steward biết kết quả: "Đã thành công", hoặc dán thông báo của trang web nếu bị từ chối.
enrol-guide-code-fails = Sau hai phút vẫn chưa có mã? Hãy xin mã mới (Steward bắt bạn chờ một chút giữa các lần xin, để số không bị chặn). Nếu có thông báo từ chối: hãy dán nguyên văn.
enrol-guide-add-title = Thêm dịch vụ vào trình xác thực
enrol-guide-add-choose = Trên trang cài đặt bảo mật của { $service }, chọn ứng dụng xác thực. Trang sẽ hiện một mã QR.
enrol-guide-add-scan = Quét mã đó bằng Steward (từ màn hình, ảnh chụp màn hình hoặc tệp), hoặc dán liên kết của nó (otpauth://…).
enrol-guide-add-fails = Nếu trang web chỉ hiện khóa thiết lập, hãy thêm nó trong Trình xác thực bằng "Nhập khóa", rồi quay lại đây.
enrol-guide-confirm-title = Xác nhận bằng một mã
enrol-guide-confirm-server = Steward gửi cho máy chủ mã mà trình xác thực đang hiện.
enrol-guide-confirm-type = Nhập mã Steward hiển thị vào trang của { $service }.
enrol-guide-tell-worked = Sau đó cho Steward biết: "Đã thành công", hoặc dán thông báo của trang web.
enrol-guide-confirm-fails = Mã bị từ chối? Hãy chờ mã tiếp theo (mỗi 30 giây) và thử thêm một lần; nếu vẫn không được, hãy kiểm tra đồng hồ máy tính trong Trình xác thực.
enrol-guide-passkey-title = Tạo khóa truy cập cho { $service }
enrol-guide-passkey-create = Trên trang đăng nhập và bảo mật của { $service }, chọn tạo khóa truy cập (passkey). Điện thoại, máy tính hoặc trình quản lý mật khẩu của bạn sẽ tạo và giữ nó; Steward không bao giờ giữ khóa này.
enrol-guide-tell-how = Sau đó cho Steward biết kết quả: "Đã thành công", hoặc dán thông báo của trang web.
enrol-guide-passkey-fails = Nếu thiết bị của bạn không tạo được, hãy dùng trình quản lý mật khẩu có hỗ trợ khóa truy cập, hoặc chọn phương thức tiếp theo.
enrol-guide-site-title = Thiết lập { $method } trên trang web của { $service }
enrol-guide-site-follow = Steward không làm bước này thay bạn được: hãy làm theo hướng dẫn của { $service }.
enrol-guide-site-fails = Nếu bị từ chối, hãy dán nguyên văn thông báo; Steward sẽ ghi lại và gợi ý phương thức khác.
enrol-guide-test-title = Kiểm tra việc đăng nhập
enrol-guide-test-server = Steward đăng nhập thử một lần bằng mã từ phương thức mới, để bạn biết nó hoạt động trước khi dựa vào nó.
enrol-guide-test-server-fails = Nếu máy chủ bảo chờ, Steward sẽ chờ; thử sớm hơn chỉ làm thời gian chờ dài thêm.
enrol-guide-test-sign-out = Đăng xuất khỏi { $service }, rồi đăng nhập lại bằng { $method }, để biết nó hoạt động trước khi bạn dựa vào nó.
enrol-guide-test-tell = Sau đó cho Steward biết: "Đã thành công", hoặc dán thông báo của trang web. Bạn có thể bỏ qua bước thử; khi đó biên nhận sẽ ghi "chưa thử".
enrol-guide-test-fails = Nếu đăng nhập không được, hãy dán nguyên văn thông báo: có thể cần thiết lập lại phương thức này.
enrol-guide-backup-title = Giữ mã dự phòng
enrol-guide-backup-server = Steward xin máy chủ một bộ mã dự phòng dùng một lần và lưu chúng, đã mã hóa, cùng tài khoản trong trình xác thực.
enrol-guide-backup-offers = { $service } có mã dự phòng (mã khôi phục) cho lúc bạn mất điện thoại. Hãy mở chúng trên trang web.
enrol-guide-backup-paste = Dán chúng vào đây: Steward sẽ lưu chúng, đã mã hóa, cùng tài khoản trong trình xác thực.
enrol-guide-backup-fails = Không có mã dự phòng? Hãy bỏ qua bước này và ghi lại hướng dẫn khôi phục tài khoản của dịch vụ.
enrol-guide-summary-title = Xác minh hai bước đã bật
enrol-guide-summary-item = { $method } ({ $detail })
enrol-guide-summary-nothing = Chưa bật được gì.
enrol-guide-summary-on = Đã bật tại { $service }: { $methods }.
enrol-guide-summary-codes = Steward đang giữ { $n } mã dự phòng.
enrol-guide-summary-export = Hãy tạo bản sao lưu mã hóa của Trình xác thực (Xuất) và cất ở nơi khác ngoài máy tính này.
enrol-guide-summary-fails = Sau này mất điện thoại? Hãy dùng một mã dự phòng, rồi vào trang khôi phục tài khoản của dịch vụ.

## Trình hướng dẫn: kết quả của mỗi thao tác, việc cần làm trước, và những gì ghi vào vụ việc

enrol-wizard-case-title = Bật xác minh hai bước tại { $service }
enrol-wizard-case-outcome = Bật được xác minh hai bước cho tài khoản { $service } của tôi
enrol-wizard-team-website = trang web của { $service }
enrol-wizard-team-privacyidea = { $service } (privacyIDEA tại { $url })
enrol-wizard-paste-link = Hãy dán liên kết từ mã QR (otpauth://…), hoặc quét mã QR trong Trình xác thực rồi quay lại đây.
enrol-wizard-no-account-in-link = Không tìm thấy tài khoản xác thực nào trong liên kết đó.
enrol-wizard-add-key-first = Hãy thêm khóa của dịch vụ vào trình xác thực trước.
enrol-wizard-service-asked-pause = Dịch vụ yêu cầu tạm dừng; thử sớm hơn chỉ làm thời gian chờ dài thêm.
enrol-wizard-back-to-choice = Hãy quay lại bước chọn phương thức trước.
enrol-wizard-server-gave-key = Máy chủ đã cấp cho Steward một khóa mới; khóa đã có trong trình xác thực của bạn.
enrol-wizard-choose-phone-first = Hãy chọn tin nhắn hoặc cuộc gọi trước.
enrol-wizard-not-a-number = Steward không đọc được đây là số điện thoại.
enrol-wizard-code-sent-to = Mã đã được gửi tới { $number }.
enrol-wizard-type-number-on-site = Trên trang web, hãy nhập số dưới dạng { $number } rồi xin mã.
enrol-wizard-with-note = { $message } Lưu ý: { $warnings }
enrol-wizard-no-code-here = Ở bước này không có mã nào để nhập.
enrol-wizard-type-code-on-site = Hãy nhập mã trên trang web. Sau đó chọn "Đã thành công", hoặc dán thông báo của trang web nếu bị từ chối.
enrol-wizard-code-digits = Mã là các chữ số trong tin nhắn, ví dụ 123456.
enrol-wizard-new-code-after-sent = Chỉ xin được mã mới sau khi đã có một mã được gửi.
enrol-wizard-codes-take-time = Mã có thể mất một hai phút mới tới, và xin đi xin lại có thể khiến số bị chặn.
enrol-wizard-new-code-sent = Đã gửi mã mới.
enrol-wizard-ask-site-new-code = Bây giờ hãy xin trang web gửi mã mới.
enrol-wizard-choose-method-first = Hãy chọn một phương thức trước.
enrol-wizard-signed-in-with = Đã đăng nhập bằng { $method }: hoạt động tốt.
enrol-wizard-signed-in-new-code = Đã đăng nhập bằng mã mới: hoạt động tốt.
enrol-wizard-nothing-to-confirm = Hãy làm theo hướng dẫn của bước này; chưa có gì để xác nhận.
enrol-wizard-backup-after-method = Mã dự phòng đến sau khi phương thức đã được bật.
enrol-wizard-paste-backup-codes = Hãy dán các mã dự phòng trang web hiển thị (mỗi mã một dòng), hoặc bỏ qua bước này.
enrol-wizard-backup-codes-kept = Đã lưu { $n } mã dự phòng, được mã hóa, cùng tài khoản trong trình xác thực.
enrol-wizard-write-codes-down = Hãy chép lại hoặc in các mã này và cất ở nơi an toàn: chúng chỉ hiện lần này thôi.
enrol-wizard-choose-authenticator-first = Hãy chọn ứng dụng xác thực trước.
enrol-wizard-added-to-authenticator = Đã thêm vào trình xác thực của Steward. Hãy nhập mã bên dưới vào trang web.
enrol-wizard-using-account = Dùng tài khoản xác thực "{ $label }". Hãy nhập mã bên dưới vào trang web.
enrol-wizard-paste-refusal = Hãy dán nguyên văn thông báo của dịch vụ.
enrol-wizard-finish-from-choice = Hãy hoàn tất từ bước chọn phương thức.
enrol-wizard-nothing-on-yet = Chưa bật được gì: hãy thiết lập một phương thức trước (phương thức được gợi ý).
enrol-wizard-no-test-to-skip = Ở đây không có bước thử nào để bỏ qua.
enrol-wizard-not-tested = Chưa thử. Hãy sớm đăng nhập thử một lần, khi bạn vẫn còn thay đổi được.
enrol-wizard-first-step = Đây là bước đầu tiên.
enrol-wizard-stopped = Đã dừng. Steward không thay đổi gì trên dịch vụ.
enrol-wizard-asking-support = Nhờ bộ phận hỗ trợ giúp đỡ
enrol-wizard-stuck-at = Bị kẹt khi bật xác minh hai bước ở bước "{ $step }".
enrol-wizard-stuck-at-method = Bị kẹt khi bật xác minh hai bước ở bước "{ $step }" ({ $method }).
enrol-wizard-authenticator-detail = Tài khoản xác thực "{ $service }" trong Steward
enrol-wizard-method-on = Đã bật { $method }.
enrol-wizard-method-on-next = Đã bật { $method }. Tiếp theo: { $next }.
enrol-wizard-done-summary = Xác minh hai bước đã bật: { $methods }.
enrol-wizard-done = Đã xong.
enrol-wizard-tried-refused = Đã thử bật xác minh hai bước ({ $method }) ở bước "{ $step }"; dịch vụ đã từ chối.
enrol-wizard-tried-refused-to = Đã thử bật xác minh hai bước ({ $method } tới { $number }) ở bước "{ $step }"; dịch vụ đã từ chối.
enrol-wizard-wrong-codes = Đã nhập sai { $n } mã liên tiếp. Hãy chờ một phút, kiểm tra bạn đang đọc mã mới nhất, rồi thử lại.
enrol-wizard-check-code = { $title } Hãy kiểm tra mã và thử lại.
enrol-wizard-rate-limited = { $title } Steward sẽ không thử lại trước { $time }.
enrol-wizard-dont-retry = Đừng thử lại nhiều lần: câu trả lời sẽ không thay đổi.
enrol-wizard-next-because = { $why } Tiếp theo: { $next }.
enrol-wizard-next-best = Cách tốt nhất tiếp theo: { $next }.
enrol-wizard-no-other-method = Ở đây không còn phương thức nào khác để thử; hãy chọn "Tôi bị kẹt" để nhờ hỗ trợ với mọi thứ đã ghi lại.

## Kế hoạch: những cách vẫn có thể thành công, và điều gì loại trừ một số cách

enrol-plan-not-first = { $service } không cho { $method } là phương thức đầu tiên; cần bật một phương thức khác trước.
enrol-plan-your-number = số của bạn
enrol-plan-refused-gated = { $why } { $service } đã từ chối số { $number }, nên cách này cần một số điện thoại mà { $service } chấp nhận trước.
enrol-plan-refused = { $service } đã từ chối dùng số { $number } để nhận mã qua điện thoại.
enrol-plan-wait-title = Chờ một thời gian, rồi thử lại cùng số đó
enrol-plan-wait-detail = { $service } yêu cầu chờ một thời gian rồi mới thử lại sau lần từ chối này. Steward sẽ nhắc bạn khi hết thời gian chờ.
enrol-plan-nothing-can = Từ đây không thể thiết lập phương thức nào mà { $service } có: hãy nhờ bộ phận hỗ trợ, kèm mọi thứ đã ghi lại.
enrol-plan-once-phone-verified = số điện thoại đã được xác minh
enrol-plan-once-on = { $method } đã được bật
enrol-plan-then-stronger = Sau đó thêm { $method }: cách này mạnh hơn, và { $service } cho phép khi { $once }.
enrol-plan-then-backup = Sau đó thêm một phương thức dự phòng: { $why }
enrol-plan-another-number-title = { $method } tới một số khác
enrol-plan-another-number-detail = { $service } đã từ chối { $numbers }. Hãy dùng một số di động khác đứng tên bạn, tốt nhất là của nhà mạng khác; không dùng số internet (VoIP) hay số ảo, vì nhiều dịch vụ từ chối loại số này.
enrol-plan-another-number-detail-voip = { $service } đã từ chối { $numbers }. Hãy dùng một số di động khác đứng tên bạn, tốt nhất là của nhà mạng khác; không dùng số internet (VoIP) hay số ảo, vì { $service } từ chối loại số này.
enrol-plan-then-passkey-2fa = Sau đó hãy bật cả xác minh hai bước: khóa truy cập giúp bạn đăng nhập không cần mật khẩu, nhưng { $service } vẫn có thể cho người khác vào bằng cách khác cho tới khi có bước thứ hai.
enrol-plan-sms-or-call = Tin nhắn (SMS) hoặc cuộc gọi
enrol-plan-support-title = Nhờ bộ phận hỗ trợ của { $service }, kèm bản tóm tắt
enrol-plan-support-contact = Liên hệ { $team }. { $ask } Steward chuẩn bị bản tóm tắt với mọi lần bị từ chối và nguyên văn thông báo.
enrol-plan-support-contact-page = Liên hệ { $team } ({ $page }). { $ask } Steward chuẩn bị bản tóm tắt với mọi lần bị từ chối và nguyên văn thông báo.
enrol-plan-support-ask = Hãy nhờ bộ phận hỗ trợ của { $service } cùng bạn bật xác minh hai bước hoặc gỡ chặn. Steward chuẩn bị bản tóm tắt với mọi lần bị từ chối và nguyên văn thông báo.
enrol-plan-support-ask-page = Hãy nhờ bộ phận hỗ trợ của { $service } cùng bạn bật xác minh hai bước hoặc gỡ chặn. Bắt đầu từ { $page }. Steward chuẩn bị bản tóm tắt với mọi lần bị từ chối và nguyên văn thông báo.
enrol-plan-support-then = Khi họ báo đã xử lý xong, hãy quay lại và tiếp tục từ đây.

## Quy định đã kiểm tra của từng dịch vụ (src/enrol/rules/service-rules.json)

## Amazon

enrol-rule-amazon-totp-needs = Amazon chỉ cho thêm ứng dụng xác thực sau khi một số điện thoại đã được xác minh cho Xác minh hai bước.
enrol-rule-amazon-covers = Bật tại Amazon.com cũng bật cho các trang Amazon ở nước khác (Anh, Đức, …) và cho mọi nơi bạn đăng nhập bằng cùng tài khoản Amazon, như Kindle Direct Publishing (KDP) và Amazon Pay.
enrol-rule-amazon-refusal-1 = Bộ kiểm tra rủi ro của Amazon đã từ chối số điện thoại này cho Xác minh hai bước. Lý do nằm ở chính số này (thường là số mới, trả trước, số nước ngoài hoặc số internet), không phải do gõ nhầm, và thử lại ngay cùng số đó cũng không đổi được kết quả.
enrol-rule-amazon-support-team = Bộ phận Chăm sóc khách hàng của Amazon (bảo mật tài khoản)
enrol-rule-amazon-support-ask = Hãy nhờ họ gỡ chặn số điện thoại của bạn cho Xác minh hai bước (hoặc cùng bạn xác minh số đó), và dán bản tóm tắt để họ thấy bạn đã thử những gì.

## Google

enrol-rule-google-covers = Xác minh 2 bước là một cài đặt của Tài khoản Google, nên bật một lần là áp dụng cho Gmail, YouTube, Google Drive, Google Play, Google Pay và mọi dịch vụ Google khác bạn đăng nhập bằng tài khoản đó.

## Apple Account (iCloud)

enrol-rule-apple-security-key-needs = Apple chỉ cho thêm khóa bảo mật khi xác thực hai yếu tố đã bật cho Tài khoản Apple của bạn, và khi đó cần ít nhất hai khóa có chứng nhận FIDO.
enrol-rule-apple-covers = Xác thực hai yếu tố là một cài đặt của Tài khoản Apple, nên nó cũng bảo vệ iCloud (icloud.com) và mọi thứ khác bạn đăng nhập bằng Tài khoản Apple đó.

## Microsoft account

enrol-rule-microsoft-covers = Xác minh hai bước là một cài đặt của tài khoản Microsoft cá nhân, nên nó áp dụng cho Outlook.com, OneDrive, Xbox, Skype và các dịch vụ Microsoft khác bạn đăng nhập bằng tài khoản đó.

## Instagram

enrol-rule-instagram-covers = Threads đăng nhập bằng tài khoản Instagram của bạn, nên bật xác thực hai yếu tố cho Instagram cũng bảo vệ luôn Threads.

## WhatsApp

enrol-rule-whatsapp-email-needs = Xác minh hai bước của WhatsApp là một mã PIN sáu chữ số do bạn chọn, sau khi số điện thoại đã được đăng ký bằng mã gửi qua SMS hoặc cuộc gọi; địa chỉ email là phần thêm tùy chọn, bạn thêm khi bật (hoặc sau này) trên tài khoản đã đăng ký như vậy.

## PayPal

enrol-rule-paypal-security-key-needs = PayPal cần một phương thức xác minh 2 bước khác (tin nhắn hoặc ứng dụng xác thực) làm dự phòng trước khi cho bạn thêm khóa bảo mật.

## Vietcombank

enrol-rule-vietcombank-custom-software-needs = Vietcombank chỉ chuyển bạn sang Smart OTP (trong ứng dụng VCB Digibank) sau khi bạn đã xác nhận 2 giao dịch bằng mã OTP gửi qua SMS tới số điện thoại đã đăng ký.

## VPBank

enrol-rule-vpbank-custom-software-needs = VPBank yêu cầu một mã OTP từ phương thức bạn đang dùng (tin nhắn hoặc email) trước khi chuyển bạn sang VPBank Smart OTP.

## Barclays (UK)

enrol-rule-barclays-custom-software-needs = Barclays chỉ cho dùng Mobile PINsentry trong ứng dụng Barclays sau khi bạn đã dùng đầu đọc thẻ PINsentry ít nhất một lần, và có thể mất tới 10 ngày sau khi đăng ký ứng dụng thì Mobile PINsentry mới hiện ra.
enrol-rule-barclays-support-team = Tổng đài Ngân hàng trực tuyến Barclays (0345 600 2323; +44 247 684 2063 khi gọi từ ngoài Vương quốc Anh) hoặc một chi nhánh Barclays
enrol-rule-barclays-support-ask = Hãy xin một đầu đọc thẻ PINsentry (hoặc cái thay thế): bạn cần dùng đầu đọc thẻ một lần trước khi dùng được Mobile PINsentry trong ứng dụng Barclays.

## Lloyds Bank

enrol-rule-lloyds-custom-software-needs = Lloyds dùng số di động họ đang lưu của bạn để kiểm tra đúng là bạn khi bạn đăng ký ứng dụng Mobile Banking trên thiết bị mới; số vừa mới đổi có thể chưa dùng được ngay.

## Chase

enrol-rule-chase-support-team = Bộ phận hỗ trợ khách hàng của Chase
enrol-rule-chase-support-ask = Nếu bạn muốn thiết bị RSA SecurID thay cho mã qua tin nhắn, cuộc gọi hay ứng dụng Chase, hãy xin bộ phận hỗ trợ của Chase; 2fa.directory ghi rằng Chase cấp thiết bị này cho tài khoản có rủi ro cao.

## Bank of America

enrol-rule-bank-of-america-security-key-needs = Bank of America gửi cho bạn mã xác nhận qua tin nhắn hoặc cuộc gọi, và hỏi mã PIN thẻ ghi nợ, trước khi đăng ký khóa bảo mật USB.
enrol-rule-bank-of-america-refusal-1 = Bank of America đã từ chối số di động này vì số đã được đăng ký; họ đề nghị bạn thử một số khác.

## Quy định đọc từ ghi chú của danh bạ 2fa.directory

enrol-rule-inferred-source-title = { $service }: cách bật xác minh hai bước (liên kết từ 2fa.directory)
enrol-rule-inferred-phone-first = { $service } yêu cầu một số điện thoại đã xác minh trước mọi phương thức khác (theo ghi chú của 2fa.directory).
enrol-rule-inferred-phone-backup = { $service } muốn có số điện thoại làm phương thức dự phòng (theo ghi chú của 2fa.directory).
enrol-rule-inferred-totp-before-hardware = { $service } cần bật ứng dụng xác thực trước khi dùng thiết bị tạo mã (theo ghi chú của 2fa.directory).
enrol-rule-inferred-other-before-key = { $service } cần bật một phương thức khác trước khi dùng khóa bảo mật (theo ghi chú của 2fa.directory).
enrol-rule-inferred-totp-before-sms = { $service } cần bật ứng dụng xác thực trước khi dùng tin nhắn (theo ghi chú của 2fa.directory).

## Bộ khôi phục tài khoản

enrol-kit-where-totp = Trình xác thực của Steward trên máy tính này (hãy cất một bản xuất đã mã hóa ở nơi khác)
enrol-kit-where-phone = số điện thoại của bạn
enrol-kit-where-phone-masked = số điện thoại của bạn { $phone }
enrol-kit-where-passkey = điện thoại, máy tính hoặc trình quản lý mật khẩu của bạn (nơi bạn đã tạo khóa truy cập)
enrol-kit-where-security-key = khóa bảo mật của bạn
enrol-kit-where-email = hộp thư e-mail của bạn
enrol-kit-where-own-app = ứng dụng riêng của { $service }
enrol-kit-where-token = thiết bị tạo mã của { $service }
enrol-kit-title = Bộ khôi phục tài khoản
enrol-kit-how-title = Cách dùng bộ khôi phục này
enrol-kit-how-keep = Hãy in ra và cất ở nơi an toàn trong nhà — đừng chỉ để trong e-mail hay trên máy tính này.
enrol-kit-how-with-codes = Bản này có mã dự phòng: ai có tờ giấy này và mật khẩu của bạn đều đăng nhập được. Dùng mã nào thì gạch mã đó đi.
enrol-kit-how-codes-counted = Mã dự phòng chỉ được đếm, không được in: chúng được lưu mã hóa trong Steward. Chỉ in bộ khôi phục kèm mã nếu bạn không có chỗ nào khác để cất.
enrol-kit-how-lost = Mất điện thoại? Hãy dùng một mã dự phòng, rồi thiết lập lại phương thức trên điện thoại mới. Hết mã? Hãy dùng trang khôi phục hoặc đường hỗ trợ bên dưới.
enrol-kit-none-title = Chưa có tài khoản nào
enrol-kit-none = Hãy bật xong xác minh hai bước cho một tài khoản bằng trình hướng dẫn của Steward; tài khoản đó sẽ hiện ở đây.
enrol-kit-method-line = { $method }: { $place }
enrol-kit-since-tested = Đã bật từ { $date }; đã thử: đăng nhập được.
enrol-kit-since-untested = Đã bật từ { $date }; chưa thử: hãy đăng nhập bằng nó một lần.
enrol-kit-codes-none = Mã dự phòng: Steward không giữ mã nào.
enrol-kit-codes-left = Mã dự phòng: còn { $n } mã chưa dùng, lưu trong Steward.
enrol-kit-recovery-page = Trang khôi phục: { $page }
enrol-kit-support = Hỗ trợ: { $support }

## Thực hiện các bước qua privacyIDEA

enrol-provider-nothing-pending = Không có yêu cầu mã nào đang chờ trả lời.
enrol-provider-nothing-pending-hint = Hãy xin mã trước.
enrol-provider-token-phone = Điện thoại (Steward)
enrol-provider-token-authenticator = Trình xác thực Steward
enrol-provider-token-backup-codes = Mã dự phòng (Steward)
enrol-pi-not-customer-account = đây là tài khoản { $role }; hãy đăng nhập bằng tài khoản khách hàng của chính bạn
enrol-pi-international-only = Steward chỉ gửi số điện thoại theo dạng quốc tế, ví dụ +84912345678
enrol-pi-still-waiting = thiết bị xác thực vẫn đang chờ mã

## The Passkeys Directory: how a service takes passkeys (src/directory/passkeys.rs)

enrol-passkey-passwordless = Đăng nhập bằng khóa truy cập thay cho mật khẩu ({ $level ->
        [required] bắt buộc
       *[optional] không bắt buộc
    })
enrol-passkey-mfa = Khóa truy cập làm bước xác minh thứ hai ({ $level ->
        [required] bắt buộc
       *[optional] không bắt buộc
    })

## What is wrong with a privacyIDEA server's answer (the $detail of its errors)

enrol-pi-bad-answer = { $what ->
        [sign-in] câu trả lời đăng nhập
        [check] kết quả kiểm tra mã
        [token] mã thông báo mới
        [confirmation] lời xác nhận
        [backup-codes] các mã dự phòng
       *[token-list] danh sách mã thông báo
    }: { $problem ->
        [fields] thiếu trường hoặc trường sai kiểu
       *[json] không phải JSON hợp lệ
    }
enrol-pi-no-session = câu trả lời đăng nhập không có phiên
enrol-pi-no-transaction = yêu cầu xác minh không có mã giao dịch
enrol-pi-no-verdict = kết quả kiểm tra mã không cho biết đúng hay sai
enrol-pi-bad-session = phiên máy chủ cấp không dùng được
enrol-pi-no-request = không tạo được yêu cầu
enrol-pi-cut-off = câu trả lời bị cắt ngang ({ $error })
enrol-pi-http = HTTP { $status }, { $what ->
        [json] JSON không hợp lệ
        [page] không phải JSON, có lẽ là một trang báo lỗi
       *[no-result] không có kết quả
    }
enrol-pi-no-link = mã thông báo mới không có liên kết otpauth://
enrol-pi-codes-unnumbered = các mã dự phòng không được đánh số
enrol-pi-no-codes = máy chủ không gửi mã dự phòng nào

## privacyIDEA: when it refuses for too many requests without saying more

enrol-pi-too-many-requests = quá nhiều yêu cầu

## The curated identity checks (issue 22, the exposure chain): what each service's support
## accepts to check who is calling and what it offers against impostors.

enrol-identity-amazon-note = Năm 2012, một kẻ gian gọi cho Amazon, đưa tên, địa chỉ e-mail và địa chỉ thanh toán của một người khác để thêm thẻ vào tài khoản của anh ấy, rồi gọi lại và vào được tài khoản nhờ chính thẻ đó — và thấy bốn số cuối thẻ thật của anh ấy. Amazon cho biết đã chặn cách này và không còn cho đổi các thiết lập như địa chỉ e-mail hay thẻ qua điện thoại. Trong một vụ khác được báo chí nêu, kẻ mạo danh trong khung chat hỗ trợ của Amazon đưa tên của một khách hàng và một địa chỉ bịa ra, và nhân viên đã để lộ địa chỉ thật của anh ấy; anh ấy chỉ biết chuyện nhờ bản ghi cuộc chat Amazon gửi qua e-mail. Năm 2023, nhân viên Amazon nói với một khách hàng rằng khi đã bật xác minh hai bước thì không ai ở Amazon vượt qua được. Steward chưa có trang nào nói bộ phận hỗ trợ của Amazon hiện kiểm tra những gì.
enrol-identity-google-note = Trang trợ giúp của Google nói họ chỉ trả lại tài khoản khi chắc chắn đúng là chủ tài khoản, và vì họ hỏi rất ít thông tin cá nhân lúc đăng ký nên có ít cách để kiểm tra bạn là ai: muốn vào lại phải qua số điện thoại và e-mail khôi phục trên tài khoản và biểu mẫu khôi phục tài khoản của Google. Google cho biết họ không hỗ trợ Gmail qua điện thoại và không nhắn tin bắt bạn trả lời hay nghe điện thoại để chứng minh bạn là ai, nên người gọi xưng là Google thì không phải Google.
enrol-identity-apple-note = Bộ phận hỗ trợ của Apple có thể nhờ bạn tạo một mã PIN hỗ trợ bốn chữ số, dùng một lần, trên trang Tài khoản Apple để chứng minh đó là bạn. Năm 2012, bộ phận hỗ trợ qua điện thoại của Apple đã giao tài khoản của một nhà báo cho người gọi chỉ với địa chỉ e-mail, địa chỉ thanh toán và bốn số cuối thẻ của anh ấy (những số mà Amazon đã để lộ cho người đó); sau vụ này, Apple ngừng đặt lại mật khẩu qua điện thoại.
enrol-identity-microsoft-note = Trang trợ giúp của Microsoft nói nhân viên hỗ trợ không xem được thông tin tài khoản của bạn và không mở khoá tài khoản: chỉ bạn mới khôi phục được tài khoản, bằng thông tin bảo mật của bạn hoặc biểu mẫu khôi phục tài khoản.
enrol-identity-paypal-note = PayPal hỏi người gọi mã dùng một lần hiện trong mục Trợ giúp & Liên hệ sau khi bạn đăng nhập (có hiệu lực một giờ); nếu bạn thường gọi từ cùng một số, bạn có thể dùng mã PIN Chăm sóc khách hàng thay thế.
enrol-identity-t-mobile-note = T-Mobile hỏi mã PIN tài khoản (6 đến 15 chữ số) khi bạn gọi tổng đài hoặc đến cửa hàng, và nhà mạng khác phải có mã này mới chuyển được số của bạn. SIM Protection chặn việc đổi SIM và Port Out Protection chặn việc chuyển số cho đến khi bạn tắt chúng trong ứng dụng T-Life hoặc trên T-Mobile.com. Trong một nghiên cứu năm 2019 của Đại học Princeton trên các tài khoản trả trước ở AT&T, T-Mobile, Verizon và hai nhà mạng khác, khi người gọi đưa sai mã PIN, nhân viên chuyển sang hỏi thông tin khác như địa chỉ thanh toán, ngày sinh hoặc các cuộc gọi gần đây, và chỉ cần trả lời đúng một câu là số điện thoại được chuyển sang SIM mới.
enrol-identity-verizon-note = Mã PIN tài khoản 4 chữ số là cách chính để tổng đài Verizon kiểm tra chủ tài khoản, qua điện thoại hoặc chat (mã này không được là bốn số cuối số An sinh xã hội của bạn). Number Lock chặn việc chuyển số của bạn sang nhà mạng khác cho đến khi bạn tắt nó. Trong một nghiên cứu năm 2019 của Đại học Princeton trên các tài khoản trả trước ở AT&T, T-Mobile, Verizon và hai nhà mạng khác, khi người gọi đưa sai mã PIN, nhân viên chuyển sang hỏi thông tin khác như địa chỉ thanh toán, ngày sinh hoặc các cuộc gọi gần đây, và chỉ cần trả lời đúng một câu là số điện thoại được chuyển sang SIM mới.
enrol-identity-att-note = AT&T hỏi mã bảo mật tài khoản di động (4 đến 8 chữ số) khi bạn gọi tổng đài và ở một số cửa hàng; khi bật Bảo mật bổ sung, mã này còn được hỏi ở mọi cửa hàng và khi bạn đăng nhập trực tuyến. Từ tháng 7/2025, tính năng Wireless Account Lock trong ứng dụng myAT&T chặn việc đổi SIM và chuyển số cho đến khi bạn tắt nó trong ứng dụng. Trong một nghiên cứu năm 2019 của Đại học Princeton trên các tài khoản trả trước ở AT&T, T-Mobile, Verizon và hai nhà mạng khác, khi người gọi đưa sai mã PIN, nhân viên chuyển sang hỏi thông tin khác như địa chỉ thanh toán, ngày sinh hoặc các cuộc gọi gần đây, và chỉ cần trả lời đúng một câu là số điện thoại được chuyển sang SIM mới.
enrol-identity-barclays-note = Khi bạn gọi cho Barclays, họ có thể xác nhận đúng là bạn bằng app ID: một thông báo trong ứng dụng Barclays, bạn đăng nhập, thấy tên người đang nói chuyện với mình và bấm xác nhận, thay vì đọc thông tin Telephone Banking. Nếu Barclays gọi cho bạn, hãy đề nghị họ dùng app ID. Barclays cho biết họ không bao giờ hỏi mã PIN, mã PINsentry hay các thông tin thành viên khác của bạn.
enrol-identity-vietcombank-note = Vietcombank nêu năm cách khoá ngay thẻ khi thấy có gì bất thường: trong VCB Digibank, nhắn tin tới 6167 (VCB KT TOANBO khoá mọi thẻ), gọi tổng đài tự động 1900545413, nhờ trung tâm hỗ trợ khách hàng 24/7, hoặc tại quầy giao dịch. Steward chưa có trang nào của Vietcombank nói tổng đài hỏi gì để kiểm tra người gọi.
enrol-identity-lloyds-note = Dịch vụ Telephone Banking của Lloyds dùng một mã số bảo mật cá nhân (PSN). Lloyds cho biết họ không bao giờ hỏi PSN, mật khẩu hay thông tin ghi nhớ của bạn, hoặc mã PIN, ngày hết hạn hay mã CVV của thẻ; cuộc gọi tự động của họ chỉ nhờ bạn bấm mã 4 chữ số hiện trên màn hình Internet Banking, còn người thật hỏi bạn mã thì đó là lừa đảo.
enrol-identity-vpbank-note = VPBank cho biết họ không bao giờ hỏi tên đăng nhập hay mật khẩu VPBank NEO, mã OTP, mã PIN hay CVV của thẻ, hoặc thông tin cá nhân khác của bạn. Ngân hàng khuyên đặt hạn mức giao dịch trong ứng dụng và tắt thanh toán trực tuyến của thẻ tín dụng khi bạn không dùng. Steward chưa có trang nào của VPBank nói tổng đài hỏi gì để kiểm tra người gọi.
enrol-identity-hsbc-note = Tổng đài ngân hàng qua điện thoại của HSBC UK kiểm tra người gọi bằng Voice ID hoặc mã số bảo mật điện thoại; nếu Voice ID không nhận ra bạn, nhân viên sẽ hỏi bạn các câu hỏi bảo mật. HSBC cho biết họ không bao giờ gọi để hỏi mã Secure Key hay mã PIN của bạn, và lưu ý rằng kẻ gọi có thể đã biết tên, địa chỉ và thông tin tài khoản của bạn.
