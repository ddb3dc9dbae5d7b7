## Lời của giao diện dòng lệnh.

unknown_language = Steward chưa có ngôn ngữ "{ $language }".
    .hint = Hãy dùng một trong các ngôn ngữ: { $known }.
