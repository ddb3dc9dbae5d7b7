## The service directories (src/directory): what is wrong with a downloaded copy of the 2FA
## directory or the Passkeys Directory. Rendered by the core with t!(). The data sets' names
## ($data) and the JSON reader's own words ($error) are not translated.

directory-nothing-two-factor = bản tải về không có dịch vụ nào
directory-nothing-passkeys = bản tải về không có tên miền nào hỗ trợ khóa truy cập
directory-the-server = máy chủ
directory-download-stopped = việc tải về bị dừng bất ngờ
directory-download-too-large = bản tải về lớn hơn mức { $data } có thể có (quá { $max } byte)
directory-download-broke-off = việc tải về bị ngắt giữa chừng ({ $error })
directory-passkeys-stopped = việc đọc dữ liệu khóa truy cập bị dừng bất ngờ
directory-not-downloaded = dữ liệu chưa được tải về
directory-entry-not-pair = không phải một cặp [tên, chi tiết]
directory-entry-no-name = không có tên
directory-entry-details = phần chi tiết không phải một đối tượng
directory-entry-no-domain = không có tên miền
directory-expected-list = cần một danh sách các mục [tên, chi tiết], nhưng lại là { $found }
directory-no-usable-entry = không mục nào trong { $n } mục là cặp [tên, chi tiết] có tên miền (mục đầu tiên: { $why })
directory-too-large = tệp nặng { $size } byte, lớn hơn nhiều so với mức { $data } nên có (tối đa { $max })
directory-not-json = đây không phải JSON hợp lệ ({ $error }; { $size } byte)
directory-json-kind = { $kind ->
        [null] giá trị rỗng (null)
        [bool] giá trị đúng/sai
        [number] một con số
        [string] một chuỗi chữ
        [list] một danh sách
       *[object] một đối tượng
    }
directory-expected-object = cần một đối tượng gồm các tên miền, nhưng lại là { $found }
directory-listed-twice = { $domain } có mặt hai lần
directory-no-usable-domain = không mục nào trong { $n } mục là tên miền có thông tin chi tiết (lỗi đầu tiên: { $why })
directory-not-a-domain = { $key } không phải là tên miền
directory-details-not-object = thông tin chi tiết của { $domain } không phải một đối tượng
