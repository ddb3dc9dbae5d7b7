## Số điện thoại (src/phone): Steward nhận thấy gì về một số, mã SMS có đến được không, lời từ
## chối của dịch vụ nghĩa là gì và nên làm gì.

## Nơi chốn

phone-place-unknown = nước của số này
phone-region-non-geographic = Quốc tế (không thuộc nước nào)

## Khả năng nhận SMS

phone-outlook-likely = mã có thể đến được
phone-outlook-uncertain = mã có thể không đến
phone-outlook-unlikely = mã khó đến được
phone-outlook-impossible = không mã nào đến được số như đã nhập

## Loại số

phone-label-mobile = di động
phone-label-fixed-line = cố định
phone-label-fixed-line-or-mobile = di động hoặc cố định
phone-label-voip = VoIP (điện thoại qua internet)
phone-label-toll-free = miễn cước
phone-label-premium-rate = dịch vụ giá cao
phone-label-shared-cost = chia sẻ cước
phone-label-personal-number = cá nhân (chuyển tiếp)
phone-label-pager = nhắn tin (pager)
phone-label-uan = doanh nghiệp (UAN)
phone-label-voicemail = truy cập hộp thư thoại
phone-label-unknown = không rõ loại

## Cách đọc số đã nhập

phone-finding-digits-normalised = Steward đọc các chữ số là { $digits }.
phone-finding-digits-normalised-action = Một số dịch vụ chỉ nhận chữ số 0–9: bạn hãy nhập số bằng các chữ số đó.
phone-finding-not-valid-in-chosen = Số như đã nhập không hợp lệ ở { $place }.
phone-finding-ignored-characters = Steward đã bỏ các ký tự không thuộc số điện thoại và đọc thành { $national }.
phone-finding-ignored-characters-action = Bạn chỉ cần nhập chữ số; có dấu cách cũng được.
phone-finding-dropped-idd = 00 là mã gọi quốc tế, nên Steward đọc 00{ $cc } thành +{ $cc }: { $number }.
phone-finding-plus-form-action = Các dịch vụ cần dạng có dấu +: bạn hãy nhập { $number }.
phone-finding-added-plus = Steward đọc các chữ số đầu, { $cc }, là mã nước của { $place } (+{ $cc }): { $number }.
phone-finding-added-plus-action = Nếu đúng vậy, bạn hãy nhập { $number }; nếu không, hãy kiểm tra lại nước và các chữ số.
phone-finding-after-idd = Các chữ số trước { $cc } là mã gọi quốc tế: Steward đọc số này là { $number }.
phone-finding-without-plus = Steward đọc các chữ số đầu, { $cc }, là mã nước: { $number }.
phone-finding-trunk-zero = Có thêm số { $dropped } sau mã nước +{ $cc }. Ở { $place } bạn bấm { $dropped } trước số, nhưng sau +{ $cc } thì phải bỏ đi: số đúng là { $number }.
phone-finding-trunk-zero-action = Bạn hãy nhập { $number } (hoặc chọn { $place } rồi nhập { $national }). Nhiều dịch vụ từ chối số có thêm { $dropped }, hoặc gửi mã đi mà không đến đâu.
phone-finding-other-region = Đây là số của { $place }, không phải { $chosen }.
phone-finding-extension = Số máy lẻ { $ext } không thuộc số điện thoại: SMS sẽ gửi đến { $e164 }.
phone-finding-extension-action = Khi dịch vụ hỏi số để nhận mã, bạn đừng nhập số máy lẻ.
phone-finding-sender-id = { $country }: { $note }
phone-finding-sender-id-action = Nếu sau vài phút vẫn chưa có mã, đừng xin mã mới liên tục: hãy chọn cuộc gọi thoại hoặc ứng dụng xác thực nếu dịch vụ có, hoặc hỏi dịch vụ xem mã của họ đã được đăng ký cho nước này chưa.

## Không đọc được thành số

phone-finding-empty = Bạn chưa nhập số nào.
phone-finding-empty-action = Hãy nhập số điện thoại kèm mã nước (ví dụ { $example }), hoặc chọn nước trước rồi nhập.
phone-check-digits-action = Bạn hãy kiểm tra xem có thiếu hay thừa chữ số, hoặc số bị nhập hai lần không.
phone-finding-no-digits-after-plus = Không có chữ số nào sau dấu +.
phone-finding-no-digits = "{ $text }" không có chữ số nào: đây không phải số điện thoại.
phone-finding-no-digits-action = Hãy nhập các chữ số của số điện thoại, ví dụ { $example }.
phone-finding-too-long = Quá dài so với một số điện thoại ({ $n } chữ số): không số nào có hơn 15 chữ số kể cả mã nước.
phone-finding-too-short = Quá ngắn so với một số điện thoại ({ $n } chữ số).
phone-finding-too-short-action = Hãy nhập đủ cả số, kèm mã vùng hoặc đầu số di động.
phone-finding-unknown-country-code = Các chữ số sau dấu + không phải mã nước đang dùng.
phone-finding-unknown-country-code-action = Bạn hãy kiểm tra mã nước (ví dụ +84 là Việt Nam, +44 là Vương quốc Anh), hoặc chọn nước rồi nhập số như khi gọi trong nước đó.
phone-finding-not-in-chosen = Đây không phải số điện thoại ở { $place }.
phone-finding-region-needed = Steward không biết số này của nước nào.
phone-finding-region-needed-action = Bạn hãy chọn nước, hoặc nhập số với dấu + và mã nước (ví dụ +84 cho Việt Nam).
phone-finding-letters = "{ $text }" không phải số điện thoại: trong đó có chữ cái.
phone-finding-not-a-number = "{ $text }" không phải số điện thoại.
phone-finding-not-a-number-action = Chỉ nhập chữ số, dấu cách và dấu + phía trước mã nước.

## Đọc được số nhưng số không hợp lệ

phone-check-number-action = Bạn hãy kiểm tra xem có thiếu, thừa hay gõ nhầm chữ số nào không, và nước đã chọn đúng chưa.
phone-finding-too-short-for = Quá ngắn so với một số ở { $place } ({ $n } chữ số sau +{ $cc }).
phone-finding-too-long-for = Quá dài so với một số ở { $place } ({ $n } chữ số sau +{ $cc }).
phone-finding-no-such-length = Ở { $place } không có số nào có { $n } chữ số sau +{ $cc }.
phone-finding-invalid = Đây không phải số hợp lệ ở { $place }: các chữ số không khớp với dải số nào đang dùng ở đó.

## Loại số

phone-other-channel-action = Hãy dùng số di động, hoặc chọn cuộc gọi thoại hay ứng dụng xác thực nếu dịch vụ có.
phone-finding-mobile = { $number } là số di động hợp lệ ở { $place }: số này nhận được mã SMS.
phone-finding-fixed-line-or-mobile = { $number } là số hợp lệ ở { $place }, nơi số di động và số cố định trông giống nhau: nếu đây là số cố định thì mã SMS sẽ không đến.
phone-finding-fixed-line-or-mobile-action = Nếu đây là số cố định, hãy chọn cuộc gọi thoại hoặc ứng dụng xác thực thay cho SMS.
phone-finding-fixed-line = { $number } là số cố định ở { $place }. Hầu hết dịch vụ không gửi được mã SMS đến số cố định, và nhiều nơi từ chối loại số này.
phone-finding-voip = { $number } là số VoIP (điện thoại qua internet) ở { $place }. Nhiều dịch vụ không nhận số VoIP để xác minh, và mã gửi đến thường không tới.
phone-finding-voip-action = Hãy dùng số di động của SIM thông thường, hoặc ứng dụng xác thực nếu dịch vụ có.
phone-finding-personal = { $number } là số cá nhân (chuyển tiếp) ở { $place }: số này chuyển cuộc gọi sang máy khác, và SMS gửi đến thường không tới.
phone-finding-personal-action = Hãy đưa cho dịch vụ số di động mà số này chuyển tiếp đến.
phone-finding-toll-free = { $number } là số miễn cước ở { $place }: số này không nhận được mã SMS.
phone-finding-premium-rate = { $number } là số dịch vụ giá cao ở { $place }: số này không nhận được mã SMS.
phone-finding-shared-cost = { $number } là số chia sẻ cước ở { $place }: số này không nhận được mã SMS.
phone-finding-uan = { $number } là số doanh nghiệp (một số chung cho nhiều văn phòng) ở { $place }: số này không nhận được mã SMS.
phone-finding-pager = { $number } là số máy nhắn tin ở { $place }: số này không nhận được mã SMS.
phone-finding-voicemail = { $number } là số truy cập hộp thư thoại ở { $place }: số này không nhận được mã SMS.
phone-finding-unknown-type = { $number } là số hợp lệ ở { $place } nhưng Steward không biết thuộc loại nào: số này không nhận được mã SMS.

## Dịch vụ từ chối số

phone-finding-refused-invalid = { $title } Và số này đúng là không hợp lệ: bạn hãy sửa số trước (xem ở trên).
phone-finding-refused-said-invalid = Dịch vụ nói số không hợp lệ, nhưng { $number } là số { $kind } hợp lệ ở { $place }. Nếu dịch vụ vẫn từ chối thì lỗi nằm ở phía họ — do kiểm tra rủi ro, chống gian lận, hoặc quy định về nước hay dải số này — chứ không phải do bạn nhập sai.
phone-finding-refused-number-right = Số này đúng: { $number } là số { $kind } hợp lệ ở { $place }. Nếu dịch vụ vẫn từ chối thì lỗi nằm ở phía họ — do kiểm tra rủi ro, chống gian lận, hoặc quy định về nước hay dải số này — chứ không phải do bạn nhập sai.

## Quy định đăng ký tên người gửi SMS

phone-sender-id-vn = Nhà mạng chỉ chuyển SMS từ tên người gửi ("brandname") đã đăng ký với từng mạng; mã từ người gửi chưa đăng ký hoặc ở nước ngoài thường bị chặn.
phone-sender-id-in = Mọi người gửi là doanh nghiệp và mọi mẫu tin nhắn phải đăng ký trên nền tảng DLT của nhà mạng (quy định TRAI); mã chưa đăng ký sẽ bị bỏ.
phone-sender-id-cn = Người gửi cần chữ ký đã đăng ký và mẫu tin được duyệt; tin nhắn từ nước ngoài bị lọc rất chặt.
phone-sender-id-id = Tên người gửi phải đăng ký với nhà mạng; tin quốc tế chưa đăng ký thường bị chặn hoặc đến chậm.
phone-sender-id-sg = Tên người gửi phải có trong Sổ đăng ký SMS Sender ID; tin từ tên chưa đăng ký có thể bị chặn hoặc gắn nhãn "Likely-SCAM".
phone-sender-id-ae = Tên người gửi phải đăng ký với cơ quan quản lý viễn thông (TDRA) và nhà mạng; tên khác sẽ bị chặn.
phone-sender-id-regulator = Tên người gửi phải đăng ký với cơ quan quản lý và nhà mạng; tin từ người gửi chưa đăng ký sẽ bị chặn.
phone-sender-id-filtered = Tên người gửi phải đăng ký với nhà mạng; người gửi chưa đăng ký sẽ bị lọc.
phone-sender-id-often-blocked = Tên người gửi phải đăng ký với nhà mạng; tin từ người gửi chưa đăng ký thường bị chặn.
phone-sender-id-tr = Tên người gửi (header) phải được đăng ký; tin từ người gửi quốc tế chưa đăng ký thường bị chặn.
phone-sender-id-ru = Tên người gửi phải đăng ký với từng mạng di động, và tin quốc tế bị lọc; mã từ người gửi chưa đăng ký thường không bao giờ đến.
phone-sender-id-international-blocked = Tên người gửi phải đăng ký với nhà mạng; tin quốc tế chưa đăng ký thường bị chặn.
phone-sender-id-ng = Tên người gửi phải đăng ký với nhà mạng, và số nằm trong danh sách không làm phiền có thể không nhận được tin từ người gửi chưa đăng ký.
phone-sender-id-ph = Nhà mạng lọc tin từ tên người gửi chưa đăng ký và từ đường quốc tế; mã có thể đến chậm hoặc bị bỏ.

## Lời từ chối: nghĩa là gì (tiêu đề, rồi lý do) và lời khuyên

phone-refusal-risk-block = Bộ kiểm tra rủi ro của dịch vụ đã chặn số này.
phone-refusal-risk-block-why = Dịch vụ kiểm tra gian lận trước khi gửi mã. Khi bị từ chối, họ chỉ báo chung chung như "hoạt động bất thường": đó là quyết định của họ, không phải lỗi của số hay điều bạn đã nhập, và thử lại cũng không thay đổi được.
phone-refusal-rate-limited = Thử quá nhiều lần: dịch vụ đã tạm ngừng gửi mã cho số hoặc tài khoản này.
phone-refusal-rate-limited-why = Dịch vụ giới hạn số mã gửi trong một khoảng thời gian. Giới hạn sẽ tự hết sau một lúc; mỗi lần thử mới có thể khiến thời gian chờ tính lại từ đầu.
phone-refusal-invalid-number = Dịch vụ nói số này không hợp lệ.
phone-refusal-invalid-number-why = Có thể số được nhập ở dạng dịch vụ không đọc được (thừa số 0 sau mã nước, thiếu mã nước), hoặc chính dịch vụ không nhận số của nước hay dải số này.
phone-refusal-unsupported-country = Dịch vụ không gửi mã đến nước này.
phone-refusal-unsupported-country-why = Một số dịch vụ chỉ gửi SMS đến vài nước, thường vì chi phí hoặc quy định đăng ký người gửi ở đó. Số của bạn không có vấn đề; thử lại cũng không giúp được.
phone-refusal-number-type = Dịch vụ không nhận loại số này.
phone-refusal-number-type-why = Nhiều dịch vụ không nhận số cố định, VoIP (điện thoại qua internet), số ảo hoặc số trả trước để xác minh.
phone-refusal-number-in-use = Số này đã gắn với một tài khoản khác, hoặc đã được dùng quá nhiều lần.
phone-refusal-number-in-use-why = Dịch vụ chỉ cho một số điện thoại dùng với một số ít tài khoản. Nếu bạn không có tài khoản nào khác ở đó, có thể ai đó đã dùng số của bạn.
phone-refusal-delivery-failed = Dịch vụ không gửi được SMS.
phone-refusal-delivery-failed-why = Dịch vụ đã thử, nhưng tin nhắn không đi hoặc không đến nơi. Lỗi thường ở phía dịch vụ hoặc nhà mạng, không phải ở số.
phone-refusal-opted-out = Số này đã từ chối nhận tin nhắn của dịch vụ.
phone-refusal-opted-out-why = Trước đây có người đã trả lời STOP cho tin nhắn của dịch vụ từ số này, nên hệ thống SMS của họ không gửi đến số này nữa cho tới khi số đăng ký nhận lại.
phone-refusal-wrong-code = Mã sai hoặc đã hết hạn.
phone-refusal-wrong-code-why = SMS đã đến; nhưng mã được nhập không phải mã mới nhất, bị gõ nhầm, hoặc nhập quá muộn.
phone-refusal-unrecognised = Steward chưa hiểu thông báo này.
phone-refusal-unrecognised-why = Có thể đây vẫn là một lệnh chặn từ phía dịch vụ. Bạn hãy giữ nguyên văn thông báo: bộ phận hỗ trợ sẽ cần đến.

phone-advice-stop-retrying = Tạm thời đừng xin mã mới. Bộ kiểm tra rủi ro của dịch vụ đếm chính những lần thử lặp lại, và chúng có thể khiến lệnh chặn kéo dài hơn.
phone-advice-wait = Hãy chờ { $wait } rồi thử lại, và chỉ thử một lần.
phone-advice-voice-call = Nếu dịch vụ có, hãy chọn cuộc gọi thoại ("Gọi cho tôi") thay vì SMS: cuộc gọi không bị lọc như tin nhắn.
phone-advice-authenticator-app = Nếu dịch vụ có, hãy chọn ứng dụng xác thực thay cho SMS: Steward có thể làm ứng dụng đó, và nó không phụ thuộc vào mạng điện thoại.
phone-advice-contact-support = Liên hệ bộ phận hỗ trợ của dịch vụ với bản tóm tắt Steward chuẩn bị: nguyên văn thông báo, lúc bạn thấy nó, và rằng bản thân số điện thoại là hợp lệ.
phone-advice-check-number = Kiểm tra lại số: đúng nước, không thừa số 0 sau mã nước, không thiếu hay thừa chữ số. Phần kiểm tra số của Steward cho biết dạng cần nhập.
phone-advice-use-another-number = Dùng một số khác: số di động của SIM thông thường, không phải số VoIP, số ảo hay số cố định.
phone-advice-request-new-code = Xin một mã mới và nhập trong vài phút; chỉ mã mới nhất là dùng được.
phone-advice-check-phone = Kiểm tra điện thoại: có sóng, không chặn người gửi lạ hay đầu số ngắn, hộp tin nhắn chưa đầy; khởi động lại máy nếu không chắc.
phone-advice-reply-start = Nhắn START (hoặc UNSTOP) đến số gửi mã, rồi xin mã mới.

## Thời gian chờ

phone-wait-a-few-hours = vài giờ
phone-wait-minutes = { $n } phút
phone-wait-hours = { $n } giờ
phone-wait-days = { $n } ngày
