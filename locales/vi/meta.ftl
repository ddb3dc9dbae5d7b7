## Về chính ngôn ngữ này.

# Tên của ngôn ngữ, bằng chính ngôn ngữ đó, hiện trong ô chọn ngôn ngữ.
language-name = Tiếng Việt
