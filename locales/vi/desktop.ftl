## Lời của ứng dụng ngoài trang: tiêu đề hộp thoại của hệ thống, tên tài liệu.

desktop-dialog-save-kit = Lưu bộ khôi phục tài khoản
desktop-dialog-save-export = Lưu bản xuất của vụ việc { $case }
desktop-dialog-save-several = Lưu bản xuất của các vụ việc { $cases }
desktop-dialog-check-file = Chọn tệp để kiểm tra
desktop-dialog-save-attachment = Lưu một bản của { $name }

## App lock (tray menu)
desktop-tray-show = Hiện Steward
desktop-tray-lock = Khóa ngay

## Authenticator backups: the folder dialog (helper D)
desktop-dialog-backup-folder = Chọn thư mục để sao lưu trình xác thực

## Complaint letters: the Save dialog (issue 19, window)
desktop-dialog-save-letter = Lưu thư của vụ việc { $case }

## The exposure chain: the letter to a company at risk (issue 22, window)
desktop-dialog-save-exposure-letter = Lưu thư gửi { $service }
