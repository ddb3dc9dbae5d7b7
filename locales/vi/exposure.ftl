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
