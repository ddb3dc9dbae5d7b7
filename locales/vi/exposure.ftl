## Chuỗi rò rỉ (src/exposure): thông tin cá nhân, điều bị đe dọa, kế hoạch khóa chặt.

exposure-detail-address = địa chỉ bưu chính
exposure-detail-phone = số điện thoại
exposure-detail-email = địa chỉ e-mail
exposure-detail-card-last-four = bốn số cuối của thẻ
exposure-detail-date-of-birth = ngày sinh
exposure-detail-security-answers = câu trả lời cho câu hỏi bảo mật
exposure-detail-support-pin = mã PIN hoặc mật mã hỗ trợ

exposure-stake-money = tiền: thanh toán và chuyển khoản
exposure-stake-email = e-mail: chìa khóa để đặt lại mọi mật khẩu khác
exposure-stake-phone = số điện thoại: mã qua tin nhắn và cuộc gọi
exposure-stake-shopping = mua sắm: thẻ đã lưu và địa chỉ của bạn
exposure-stake-other = khác

## Chuỗi rò rỉ (src/exposure/chain.rs): vì sao một tài khoản bị liệt kê hoặc không.
exposure-reason = { $service } chấp nhận { $detail } để xác minh người gọi — kẻ mạo danh đã lấy được thông tin này tại { $place } ({ $alerts }).
exposure-reason-rule = { $service } chấp nhận { $detail } để xác minh người gọi (theo ghi chú dịch vụ của Steward) — kẻ mạo danh đã lấy được thông tin này tại { $place } ({ $alerts }).
exposure-alert-numbers = { $count ->
   *[other] cảnh báo { $numbers }
}
exposure-where-unknown = một công ty khác
exposure-cleared-different-value = { $service } có { $detail } khác ({ $hint }), không phải thông tin đã bị lộ ({ $leaked }).
exposure-cleared-does-not-check = Theo những gì Steward biết, { $service } không dùng các thông tin này để xác minh người gọi: { $details }.
exposure-cleared-does-not-hold = { $service } không có các thông tin này của bạn: { $details }.

## Kế hoạch khóa chặt (src/exposure/plan.rs).
exposure-step-support-pin = Đặt mã PIN hoặc mật mã hỗ trợ tại { $service }.
exposure-step-support-pin-ask = Hỏi { $service } xem họ có mã PIN hoặc mật mã hỗ trợ không, rồi đặt một mã.
exposure-step-support-pin-why = Ai cũng có thể đọc lại thông tin đã bị lộ; còn mã PIN thì chỉ bạn biết.
exposure-step-verification-note = Đề nghị { $service } ghi chú vào tài khoản của bạn: ai hỏi về tài khoản này đều phải qua thêm bước kiểm tra.
exposure-step-verification-note-why = Bộ phận hỗ trợ đọc ghi chú trước, nên người gọi biết thông tin của bạn vẫn bị hỏi thêm.
exposure-step-two-step = Bật xác minh hai bước tại { $service } (trình hướng dẫn của Steward sẽ giúp bạn).
exposure-step-two-step-why = Dù có thông tin của bạn, người lạ vẫn cần điện thoại hoặc khóa của bạn mới vào được.
exposure-step-change-detail-why = Thông tin không còn khớp thì người đang giữ nó cũng không dùng được.
exposure-change-card = Xin ngân hàng cấp thẻ mới và dùng thẻ đó tại { $service }: bốn số cuối đã bị lộ sẽ không còn khớp.
exposure-change-address = Nếu { $service } cho phép, hãy dùng địa chỉ khác (địa chỉ chuyển tiếp thư hoặc điểm nhận hàng).
exposure-change-email = Dùng địa chỉ e-mail khác tại { $service } (một bí danh chỉ bạn biết).
exposure-change-security-answers = Đổi câu trả lời bảo mật tại { $service } (không cần là câu trả lời thật; hãy lưu trong trình quản lý mật khẩu).
exposure-change-support-pin = Đổi mã PIN hỗ trợ tại { $service }.
exposure-step-sign-in-before-chat = Bật cài đặt của { $service } để bộ phận hỗ trợ chỉ trao đổi sau khi bạn đã đăng nhập.
exposure-step-sign-in-before-chat-ask = Đề nghị { $service } chỉ trao đổi về tài khoản của bạn sau khi bạn đã đăng nhập.
exposure-step-sign-in-before-chat-why = Kẻ mạo danh không đăng nhập được thì không mở được cuộc trò chuyện.
exposure-step-number-lock = Bật khóa số (chặn chuyển mạng, đổi SIM) tại { $service }.
exposure-step-number-lock-ask = Đề nghị { $service } khóa số điện thoại của bạn (chặn chuyển mạng, đổi SIM).
exposure-step-number-lock-why = Việc này ngăn người khác chuyển số của bạn sang SIM của họ để nhận mã của bạn.
exposure-step-letter = Gửi { $service } một lá thư đề nghị họ bảo vệ tài khoản của bạn (Steward soạn sẵn).
exposure-step-letter-why = Yêu cầu bằng văn bản để lại bằng chứng, và công ty biết phải cẩn thận hơn.

## Dòng lệnh (cli/src/exposure.rs): steward accounts exposure|details|lockdown, steward case disclosed.
exposure-cli-nothing-leaked = Steward chưa biết thông tin nào của bạn bị lộ. Khi kẻ mạo danh lấy được thông tin của bạn tại một công ty, hãy ghi lại: steward case disclosed <cảnh báo> --got address,card_last_four
exposure-cli-leaked-heading = Thông tin đã bị lộ
exposure-cli-leak = { $detail } — tại { $place }, cảnh báo { $number } ({ $date })
exposure-cli-first = Việc cần làm trước tiên: { $text }
exposure-cli-at-risk-heading = Có nguy cơ: { $n } tài khoản
exposure-cli-none-at-risk = Chưa thấy tài khoản nào khác của bạn dùng thông tin đã bị lộ để xác minh.
exposure-cli-repeat = Không phải lần đầu: kẻ mạo danh đã từng liên hệ với công ty này.
exposure-cli-why = Lý do: { $text }
exposure-cli-plan = Kế hoạch:
exposure-cli-wizard = Bắt đầu bằng: steward enrol start "{ $service }"
exposure-cli-tick = Làm xong thì đánh dấu: steward accounts lockdown "{ $service }" { $step }
exposure-cli-not-at-risk-heading = Không có nguy cơ
exposure-cli-unknown-heading = Steward chưa biết các tài khoản này kiểm tra gì
exposure-cli-tell = { $service }: hãy cho Steward biết nơi này có thông tin gì của bạn và dùng gì để xác minh — steward accounts details "{ $service }" --holds … --checks …
exposure-cli-step-done = Xong — đã đánh dấu.
exposure-cli-step-undone = Đã bỏ đánh dấu.
exposure-cli-questions-not-started = Bạn chưa trả lời.
exposure-cli-questions-answered = Câu trả lời của bạn:
exposure-cli-questions-skipped = Bạn đã tạm bỏ qua các câu hỏi.
exposure-cli-stake = Điều bị đe dọa: { $stake }
exposure-cli-stake-unknown = Điều bị đe dọa: chưa nói
exposure-cli-basis-customer = bạn cho biết
exposure-cli-basis-rule = theo ghi chú dịch vụ của Steward
exposure-cli-detail-checks = { $detail }: nơi này có, và bộ phận hỗ trợ dùng nó để xác minh người gọi
exposure-cli-detail-holds = { $detail }: nơi này có, nhưng không dùng để xác minh người gọi
exposure-cli-detail-lacks = { $detail }: nơi này không có
exposure-cli-offers = Có cung cấp: { $protections }
exposure-cli-source = Nguồn: { $title } — { $url }
exposure-cli-note = Ghi chép của Steward về bộ phận hỗ trợ của họ: { $text }
exposure-cli-alert = Cảnh báo { $number }
exposure-cli-alert-at = Cảnh báo { $number } · { $service }
exposure-cli-disclosures-saved = Đã lưu.
exposure-cli-disclosures-none = Chưa ghi nhận thông tin nào bị hỏi hay bị lộ.
exposure-cli-got = Họ đã lấy được: { $details }
exposure-cli-asked-only = Họ đã hỏi nhưng không lấy được: { $details }
exposure-cli-suggestions = Đọc từ bằng chứng của cảnh báo:
exposure-cli-suggest-got = họ đã lấy được { $detail }
exposure-cli-suggest-asked = họ đã hỏi { $detail }
exposure-cli-suggest-accept = Nếu đúng như vậy: steward case disclosed { $number } --accept
exposure-cli-disclosed-how = Ghi lại những gì họ đã lấy được: steward case disclosed { $number } --got address,card_last_four --value card_last_four=1234
exposure-cli-see-exposure = Xem tài khoản nào của bạn bị ảnh hưởng: steward accounts exposure

## Các biện pháp bảo vệ một dịch vụ cung cấp (src/exposure/detail.rs, Protection::title).
exposure-protection-support-pin = mã PIN hoặc mật mã hỗ trợ
exposure-protection-verification-note = ghi chú trên tài khoản của bạn
exposure-protection-sign-in-before-chat = chỉ hỗ trợ sau khi bạn đăng nhập
exposure-protection-number-lock = khóa chặn chuyển số điện thoại
