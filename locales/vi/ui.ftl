## The window's own words (Tiếng Việt). Ids are the UI's message keys with '.' written as '-'.
## Placeholders are { $name }; a plural picks its form by { $n }.


## direction

direction-unsolicited = Liên hệ không mong muốn
direction-inbound = Họ liên hệ tôi
direction-outbound = Tôi liên hệ họ

## status

status-waiting_on_them = Đang chờ họ
status-waiting_on_me = Đang chờ tôi
status-escalated = Đã chuyển cấp trên
status-resolved = Đã giải quyết
status-open = Đang mở

## channel

channel-social = Mạng xã hội
channel-portal = Cổng web
channel-in_person = Gặp trực tiếp
channel-email = Email
channel-letter = Thư
channel-phone = Điện thoại
channel-chat = Trò chuyện trực tuyến

## format

format-daysAgo = { $n } ngày trước
format-yesterday = hôm qua
format-today = hôm nay

## app

app-failedTitle = Steward không mở được hồ sơ của bạn
app-nothingDeleted = { "." } Không có gì bị xóa.
app-keptIn = Hồ sơ của bạn được lưu tại
app-opening = Đang mở hồ sơ của bạn…

## common

common-tryAgain = Thử lại
common-contacts =
    { $n ->
        [one] { $n } lần liên hệ
       *[other] { $n } lần liên hệ
    }
common-closeCase = Đóng vụ việc
common-cancel = Hủy
common-overdue = Quá hạn
common-close = Đóng
common-loading = Đang tải…

## profile

profile-newKeyring = Sẽ được mã hóa; khóa sẽ được giữ trong kho khóa của hệ thống.
profile-keyring = Đã mã hóa; khóa được giữ trong kho khóa của hệ thống.
profile-newPassphrase = Sẽ được mã hóa bằng cụm mật khẩu do bạn chọn.
profile-passphrase = Đã mã hóa bằng cụm mật khẩu của bạn.

## settings

settings-system = Theo hệ thống
settings-languageSystem = Theo hệ thống
settings-appearance = Giao diện
settings-language = Ngôn ngữ
settings-light = Sáng
settings-dark = Tối

## caseList

caseList-emptyResolved = Chưa có vụ việc nào đã giải quyết. Khi một vấn đề được giải quyết, hãy đóng vụ việc và nó sẽ hiện ở đây.
caseList-emptyActive = Chưa có vụ việc nào đang mở. Hãy tạo một vụ việc khi bạn liên hệ bộ phận hỗ trợ lần đầu về một vấn đề.
caseList-emptyAll = Chưa có vụ việc nào. Hãy tạo một vụ việc khi bạn liên hệ bộ phận hỗ trợ lần đầu về một vấn đề.
caseList-overdueTitle = Một lời hứa của họ đã quá hạn
caseList-last = lần cuối { $when }
caseList-overdue = Quá hạn
caseList-cases = Vụ việc

## main

main-job1 = : bạn đã nói chuyện với ai, họ nói gì và hứa gì, các số tham chiếu và nguyên văn thông báo lỗi, để bạn không bao giờ phải giải thích lại từ đầu.
main-job3 = : bị chuyển qua chuyển lại, lời hứa không được giữ, những lần liên hệ bạn chưa từng thực hiện — và cho bạn biết khi nào nên khiếu nại lên cấp trên.
main-job2a = : kiểm tra số điện thoại của bạn theo cách các dịch vụ đọc nó và giải thích vì sao mã có thể không bao giờ đến (
main-job2b = ), và là ứng dụng xác thực cho mã đăng nhập của bạn, giữ an toàn các mã dự phòng (
main-intro = Steward đứng về phía bạn khi bạn làm việc với các công ty. Steward làm ba việc:
main-startCase = Hãy tạo một vụ việc khi bạn liên hệ bộ phận hỗ trợ lần đầu về một vấn đề.
main-nothingSent = Không có gì được gửi đi đâu trừ khi bạn xuất hoặc chia sẻ.
main-chooseCase = Chọn một vụ việc bên trái, hoặc tạo vụ việc mới.
main-job1Title = Lưu hồ sơ riêng của bạn về mọi lần liên hệ hỗ trợ
main-stayHere = Hồ sơ của bạn nằm trên máy tính này, tại
main-job3Title = Nhận ra những gì vòng lặp hỗ trợ che giấu
main-job2Title = Giúp bạn bảo vệ tài khoản
main-yourCases = Các vụ việc hỗ trợ của bạn
main-welcome = Chào mừng bạn đến với Steward
main-newCaseTitle = Vụ việc mới (Ctrl+N)
main-sidebar = Vụ việc và tìm kiếm
main-startNew = Tạo vụ việc mới
main-recordsKeptIn = Hồ sơ lưu tại
main-loading = Đang tải vụ việc…
main-authenticator = Trình xác thực
main-phoneCheck = Kiểm tra số điện thoại
main-turnOn2fa = Bật xác minh hai bước
main-showCases = Hiện vụ việc
main-filterResolved = Đã xong
main-newCase = Vụ việc mới
main-accounts = Tài khoản
main-filterActive = Chưa xong
main-filterAll = Tất cả

## caseView

caseView-empty = Chưa ghi lại lần liên hệ nào. Mỗi lần bạn gọi điện, trò chuyện hoặc viết cho bộ phận hỗ trợ — hoặc họ liên hệ bạn — hãy chọn “Ghi lại lần liên hệ” và ghi chú những gì đã xảy ra.
caseView-securityTitle = Báo cáo sự cố bảo mật: một lần liên hệ bạn chưa từng thực hiện, hoặc dữ liệu của người khác hiện ra cho bạn
caseView-shareTitle = Chia sẻ vụ việc này: bản tóm tắt cho bộ phận hỗ trợ, bản xuất đã che thông tin nhạy cảm và có chữ ký
caseView-alertRaised = Đã tạo cảnh báo. Hãy lần lượt làm theo danh sách việc cần làm bên dưới khi bạn có thể.
caseView-timelineCount =
    { $n ->
        [one] { $n } lần liên hệ, cũ nhất trước
       *[other] { $n } lần liên hệ, cũ nhất trước
    }
caseView-earlierHidden =
    { $n ->
        [one] { $n } lần liên hệ trước đó chưa hiển thị.
       *[other] { $n } lần liên hệ trước đó chưa hiển thị.
    }
caseView-showEarlier =
    { $n ->
        [one] Hiện thêm { $n } lần liên hệ trước đó
       *[other] Hiện thêm { $n } lần liên hệ trước đó
    }
caseView-logTitle = Ghi lại một lần liên hệ (Ctrl+L)
caseView-saved = Đã lưu lần liên hệ. { $note }
caseView-resolvedOn = Đã giải quyết ngày { $date }.
caseView-opened = · mở ngày { $date }
caseView-security = Cảnh báo bảo mật…
caseView-savedPlain = Đã lưu lần liên hệ.
caseView-loading = Đang tải vụ việc…
caseView-log = Ghi lại lần liên hệ
caseView-whatIWant = Điều tôi muốn:
caseView-caseNo = Vụ việc #{ $n }
caseView-resolved = Đã giải quyết.
caseView-timeline = Dòng thời gian
caseView-status = Trạng thái
caseView-share = Chia sẻ…

## newCase

newCase-intro = Một vụ việc là một vấn đề bạn muốn được giải quyết, dù bạn phải liên hệ bộ phận hỗ trợ bao nhiêu lần.
newCase-titleError = Hãy đặt cho vụ việc một tiêu đề ngắn để bạn tìm lại được.
newCase-problemPh = vd: Không đăng nhập được sau khi đổi số điện thoại
newCase-outcome = Bạn muốn kết quả thế nào? (không bắt buộc)
newCase-servicePh = vd: Amazon, Kindle Direct Publishing
newCase-service = Công ty hoặc dịch vụ nào? (không bắt buộc)
newCase-outcomePh = vd: Được hoàn tiền, tài khoản được mở khóa
newCase-problem = Vấn đề là gì?
newCase-create = Tạo vụ việc
newCase-creating = Đang tạo…
newCase-title = Vụ việc mới

## closeCase

closeCase-intro = Đóng vụ việc nghĩa là đánh dấu nó đã được giải quyết. Lịch sử vẫn được giữ lại, và bạn vẫn tìm thấy nó trong mục “Đã xong”.
closeCase-howPh = vd: Đã nhận tiền hoàn vào ngày 3 tháng 3
closeCase-how = Vụ việc kết thúc thế nào? (không bắt buộc)
closeCase-title = Đóng vụ việc này
closeCase-closing = Đang đóng…

## unlock

unlock-help = Ít nhất { $n } ký tự. Vài từ không liên quan đến nhau dễ nhớ hơn và khó đoán hơn một mật khẩu ngắn.
unlock-noKeyring = Máy tính này không có kho khóa hệ thống, vì vậy một cụm mật khẩu sẽ bảo vệ hồ sơ này.
unlock-remember = Hãy chọn cụm bạn sẽ nhớ: không có nó, hồ sơ không thể mở được.
unlock-wrong = Cụm mật khẩu không đúng. Hãy thử lại — không có gì bị mất.
unlock-willCreate = Steward sẽ tạo một hồ sơ mới, được mã hóa, để lưu các ghi chép của bạn.
unlock-notSame = Hai cụm mật khẩu không giống nhau. Hãy nhập lại.
unlock-enterToOpen = Nhập cụm mật khẩu để mở hồ sơ của bạn.
unlock-minLength = Hãy dùng ít nhất { $n } ký tự.
unlock-where = Nơi lưu hồ sơ của bạn
unlock-protects = Một cụm mật khẩu sẽ bảo vệ hồ sơ này.
unlock-again = Nhập lại cụm mật khẩu
unlock-enter = Hãy nhập cụm mật khẩu của bạn.
unlock-how = Cách hồ sơ được bảo vệ
unlock-choose = Hãy chọn một cụm mật khẩu.
unlock-unlockTitle = Mở khóa hồ sơ của bạn
unlock-show = Hiện cụm mật khẩu
unlock-setUp = Thiết lập Steward
unlock-newPassphrase = Cụm mật khẩu mới
unlock-createProfile = Tạo hồ sơ
unlock-passphrase = Cụm mật khẩu
unlock-unlocking = Đang mở khóa…
unlock-creating = Đang tạo…
unlock-unlock = Mở khóa

## search

search-nothing = Không tìm thấy gì cho “{ $q }”. Hãy thử ít từ hơn hoặc từ khác, một số tham chiếu, hoặc một phần thông báo lỗi.
search-hint = Nhập một từ, một số tham chiếu hoặc một phần thông báo lỗi.
search-placeholder = Tìm lần liên hệ, lỗi, số tham chiếu…
search-found =
    { $n ->
        [one] Tìm thấy { $n } lần liên hệ
       *[other] Tìm thấy { $n } lần liên hệ
    }
search-label = Tìm trong các lần liên hệ
search-results = Kết quả tìm kiếm
search-searching = Đang tìm…

## card

card-errors = Thông báo lỗi, đúng nguyên văn
card-markPending = Đánh dấu lại là đang chờ: { $text }
card-minutes =
    { $n ->
        [one] { $n } phút
       *[other] { $n } phút
    }
card-references =
    { $n ->
        [one] Số tham chiếu
       *[other] Số tham chiếu
    }
card-markBroken = Đánh dấu thất hứa: { $text }
card-promised = Những gì họ hứa
card-markKept = Đánh dấu đã giữ lời: { $text }
card-identity = Kiểm tra danh tính
card-said = Những gì họ nói
card-dontKnow = Không rõ
card-outcome = Kết quả:
card-waited = Thời gian chờ
card-broken = Thất hứa
card-agent = Nhân viên
card-ended = Kết thúc
card-team = Bộ phận
card-kept = Đã giữ lời
card-undo = Hoàn tác
card-yes = Có
card-no = Không
card-by = trước

## log

log-help = Hãy ghi lại khi bạn còn nhớ. Chỉ cần phần tóm tắt; thêm bất cứ thông tin nào khác bạn có.
log-summaryError = Hãy viết tóm tắt ngắn về những gì đã xảy ra. Một câu là đủ.
log-errorTexts = Thông báo lỗi bạn thấy, đúng nguyên văn (mỗi dòng một thông báo)
log-promisesError = Hãy ghi rõ điều được hứa cho mỗi ngày bạn đã nhập.
log-quotes = Những gì họ nói, đúng từng chữ (mỗi dòng một câu)
log-waitError = Hãy nhập thời gian chờ bằng số phút (số nguyên).
log-referencesHelp = Nếu có nhiều số, hãy phân cách bằng dấu phẩy hoặc xuống dòng.
log-dueError = Một trong các hạn không phải là ngày hợp lệ.
log-transcriptFailed = Không lưu được bản ghi cuộc trò chuyện: { $error }
log-identityHowPh = vd: Mã gửi qua SMS, câu hỏi bảo mật
log-whenError = Hãy nhập ngày và giờ của lần liên hệ.
log-wait = Số phút chờ (giữ máy, xếp hàng)
log-outcomePh = vd: Đã chuyển lên bộ phận tài khoản
log-identity = Họ có kiểm tra đúng là bạn không?
log-transcriptKept = Bản ghi cuộc trò chuyện được lưu kèm theo.
log-references = Số tham chiếu hoặc số phiếu hỗ trợ
log-promisePh = vd: Chúng tôi sẽ gọi lại cho bạn
log-ctrlEnter = Nhấn Ctrl+Enter để lưu.
log-teamPh = vd: Hỗ trợ bán lẻ
log-addPromise = Thêm lời hứa khác
log-team = Bộ phận hoặc phòng ban
log-agent = Tên hoặc mã số nhân viên
log-promised = Những gì họ hứa
log-removePromise = Xóa lời hứa { $n }
log-identityHow = Bằng cách nào? (không bắt buộc)
log-who = Ai bắt đầu
log-summary = Chuyện gì đã xảy ra?
log-title = Ghi lại lần liên hệ
log-by = Hạn (không bắt buộc)
log-save = Lưu lần liên hệ
log-dontKnow = Không rõ
log-promise = Lời hứa
log-outcome = Kết quả
log-saving = Đang lưu…
log-remove = Xóa
log-when = Khi nào
log-how = Hình thức

## transcript

transcript-nothing = Không tìm thấy gì để gợi ý: không có số tham chiếu, tên nhân viên, thông báo lỗi hay lời hứa nào.
transcript-keep = Lưu bản ghi kèm lần liên hệ này (dưới dạng tệp đính kèm)
transcript-added = Đã thêm vào biểu mẫu bên dưới. Hãy kiểm tra trước khi lưu.
transcript-found = Tìm thấy trong văn bản — hãy đánh dấu những mục đúng
transcript-label = Bản ghi trò chuyện hoặc nội dung e-mail
transcript-summary = Dán bản ghi cuộc trò chuyện (không bắt buộc)
transcript-use = Dùng các gợi ý đã đánh dấu
transcript-suggest = Gợi ý từ bản ghi
transcript-dueMinutes = (hạn trong { $n } phút)
transcript-identityBy = Danh tính được kiểm tra bằng
transcript-dueHours = (hạn trong { $n } giờ)
transcript-dueDays = (hạn trong { $n } ngày)
transcript-errorText = Thông báo lỗi
transcript-reference = Số tham chiếu
transcript-reading = Đang đọc…
transcript-promise = Lời hứa
transcript-agent = Nhân viên

## attach

attach-empty = Lưu ảnh chụp màn hình, tệp PDF, e-mail (.eml) và bản ghi trò chuyện ở đây. Chúng được lưu mã hóa cùng hồ sơ của bạn, mỗi tệp kèm một mã kiểm tra SHA-256.
attach-dkimTitle = Tiêu đề DKIM-Signature được giữ nguyên, nên có thể kiểm tra chữ ký của người gửi.
attach-already = { $name } đã được đính kèm trước đó (số { $no }); không lưu thêm gì mới.
attach-pick = Thêm tệp, e-mail (.eml) hoặc ảnh chụp màn hình
attach-neverHad = { $subject }: một cuộc trò chuyện tôi chưa từng thực hiện.
attach-raise = Không — báo cảnh báo mạo danh
attach-title = Tệp đính kèm và bằng chứng
attach-dkimBy = Có chữ ký DKIM của { $domain }
attach-hadChat = Bạn có thực hiện cuộc trò chuyện này không?
attach-add = Thêm tệp hoặc e-mail…
attach-noDkim = Không có chữ ký DKIM
attach-attached = Đã đính kèm { $name }.
attach-unknownSender = người gửi không rõ
attach-itWasMe = Có, đúng là tôi
attach-removeName = Xóa { $name }
attach-from = Từ { $from }
attach-dkim = Có chữ ký DKIM
attach-kindTranscript = Bản ghi trò chuyện
attach-adding = Đang thêm…
attach-remove = Xóa
attach-save = Lưu một bản…
attach-saveName = Lưu một bản của { $name }
attach-saved = Đã lưu một bản của { $name } vào { $path }. Bản này giống hệt tệp gốc.
attach-kindImage = Hình ảnh
attach-kindFile = Tệp
attach-keep = Giữ lại
attach-kindPdf = PDF

## insights

insights-unverified =
    { $n ->
        [one] Không ai kiểm tra bạn là ai trong { $n } lần liên hệ: bất kỳ ai đưa ra thông tin của bạn cũng có thể nhận được câu trả lời tương tự.
       *[other] Không ai kiểm tra bạn là ai trong { $n } lần liên hệ: bất kỳ ai đưa ra thông tin của bạn cũng có thể nhận được câu trả lời tương tự.
    }
insights-askSupervisor = Hãy yêu cầu gặp người quản lý hoặc xin số tham chiếu khiếu nại chính thức. Nêu các số tham chiếu và những lời hứa họ chưa giữ, và nói rõ bạn muốn gì, trước khi nào.
insights-unsolicited =
    { $n ->
        [one] { $n } lần liên hệ không mong muốn: hãy kiểm tra xem họ có thật sự là công ty không.
       *[other] { $n } lần liên hệ không mong muốn: hãy kiểm tra xem họ có thật sự là công ty không.
    }
insights-drafted = Được soạn từ dòng thời gian của bạn. Hãy đọc, sửa những gì bạn muốn, rồi sao chép vào e-mail hoặc biểu mẫu khiếu nại của công ty.
insights-draft = Soạn thư khiếu nại lên cấp trên
insights-told = Được dặn { $n } lần: “{ $text }”
insights-teamsInvolved = Các bộ phận liên quan: { $teams }
insights-letterTitle = Thư khiếu nại lên cấp trên
insights-escalate = Đã đến lúc khiếu nại lên cấp trên
insights-keptOf = { $kept } trên { $made }
insights-missed = Lời hứa bị lỡ
insights-hMin = { $h } giờ { $m } phút
insights-kept = Lời hứa đã giữ
insights-hold = Thời gian chờ máy
insights-overdue = { $n } quá hạn
insights-handoffs = Lần bị chuyển
insights-daysOpen = Số ngày đã mở
insights-on = ngày { $date }
insights-title = Tổng quan
insights-contacts = Lần liên hệ
insights-bounced = Bị chuyển vòng:
insights-min = { $m } phút
insights-subject = Tiêu đề
insights-letter = Nội dung thư
insights-h = { $h } giờ
insights-teams = Bộ phận

## alerts

alerts-notMadeHelp = Bản ghi, e-mail hoặc xác nhận về một cuộc gọi hay cuộc trò chuyện bạn không hề có.
alerts-exposedHelp = Đơn hàng, địa chỉ hoặc thông tin tài khoản không phải của bạn.
alerts-exposed = Bộ phận hỗ trợ cho tôi xem dữ liệu của người khác
alerts-notMade = Có ghi nhận về một lần liên hệ tôi chưa từng thực hiện
alerts-howDealt = Đã xử lý thế nào? (không bắt buộc)
alerts-which = Về lần liên hệ nào? (không bắt buộc)
alerts-resolvedAlerts = Cảnh báo bảo mật đã giải quyết ({ $n })
alerts-dialogTitle = Báo cáo sự cố bảo mật
alerts-stepsDone = Đã xong { $done }/{ $n } bước
alerts-evidence = Bằng chứng (không bắt buộc)
alerts-dealt = Đã xử lý xong…
alerts-resolvedAt = đã giải quyết lúc { $date }
alerts-whatNow = Việc cần làm ngay
alerts-what = Chuyện gì đã xảy ra?
alerts-raised = tạo lúc { $date }
alerts-markResolved = Đánh dấu đã giải quyết
alerts-words = Theo lời của bạn
alerts-raise = Tạo cảnh báo
alerts-alertNo = Cảnh báo { $n }
alerts-saving = Đang lưu…
alerts-none = Không có

## phone

phone-searchPh = Tên hoặc mã quốc gia, vd: Việt Nam hoặc +84
phone-sms-unlikely = Mã SMS khó có thể đến số này
phone-sms-impossible = Không mã SMS nào đến được số này như đã nhập
phone-looksLike = { $name }: số di động có dạng
phone-sms-uncertain = Mã SMS có thể không đến được số này
phone-numberPh = + mã quốc gia và số
phone-countryLabel = Quốc gia: { $name }, +{ $code }
phone-sms-likely = Mã SMS có thể đến số này
phone-type-voip = VoIP (điện thoại qua internet)
phone-type-personal_number = Cá nhân (chuyển tiếp)
phone-type-uan = Số doanh nghiệp (UAN)
phone-noMatch = Không có quốc gia nào khớp.
phone-type-fixed_line_or_mobile = Di động hoặc cố định
phone-choose = Chọn quốc gia
phone-type-voicemail = Truy cập hộp thư thoại
phone-search = Tìm quốc gia
phone-type-premium_rate = Cước cao
phone-type-unknown = Không rõ loại
phone-type-shared_cost = Chia sẻ cước
phone-use = Dùng { $value }
phone-type-toll_free = Miễn cước
phone-countries = Các quốc gia
phone-type-fixed_line = Cố định
phone-sev-problem = Vấn đề
phone-sev-warning = Cảnh báo
phone-country = Quốc gia
phone-type-mobile = Di động
phone-type-pager = Máy nhắn tin
phone-sev-info = Ghi chú
phone-sev-ok = Tốt
phone-or = hoặc

## phoneCheck

phoneCheck-intro = Hãy nhập số theo cách bạn sẽ cung cấp cho một dịch vụ. Steward cho biết số đó có đúng không, nên viết thế nào, và mã SMS có đến được không. Không có gì được gửi đi đâu cả.
phoneCheck-refusalPh = vd: We detected unusual activity and are unable to verify your mobile number at this time
phoneCheck-refusal = Dịch vụ có từ chối số này không? Hãy dán nguyên văn thông báo (không bắt buộc)
phoneCheck-notYou = Đây không phải lỗi của bạn.
phoneCheck-title = Kiểm tra số điện thoại
phoneCheck-number = Số điện thoại

## accounts

accounts-intro = Mỗi dịch vụ mà bạn có vụ việc hoặc đã thêm ở đây. Thông tin định danh của bạn ở đó được che bớt, nên có thể chia sẻ màn hình này an toàn.
accounts-empty = Chưa có tài khoản nào. Hãy thêm ở trên, tạo vụ việc có tên dịch vụ, hoặc bật xác minh hai bước.
accounts-twoStep = Xác minh hai bước
accounts-openAlerts = Cảnh báo bảo mật đang mở
accounts-attempts = Số lần thử bật
accounts-m-totp = Ứng dụng xác thực
accounts-loading = Đang tải tài khoản…
accounts-identifier = Định danh của bạn
accounts-alerts = Cảnh báo bảo mật
accounts-m-custom_hardware = Thiết bị tạo mã
accounts-m-custom_software = Ứng dụng của dịch vụ
accounts-title = Tài khoản của bạn
accounts-back = Quay lại danh sách vụ việc
accounts-m-security_key = Khóa bảo mật
accounts-m-sms = Tin nhắn SMS
accounts-lastContact = Lần liên hệ cuối
accounts-m-call = Cuộc gọi điện thoại
accounts-openCases = Vụ việc đang mở
accounts-caseNo = vụ việc #{ $n }
accounts-nOpen = { $n } đang mở
accounts-service = Dịch vụ
accounts-notSet = chưa đặt
accountEdit-open = Sửa
accountEdit-title = Sửa { $service }
accountEdit-domain = Địa chỉ web của dịch vụ
accountEdit-domainHint = Ví dụ paypal.com. Để trống: không có.
accountEdit-identifier = Thông tin định danh của bạn ở đó
accountEdit-identifierHint = Địa chỉ email, số điện thoại hoặc mã khách hàng bạn dùng với dịch vụ này. Thông tin được mã hóa và chỉ hiện một phần.
accountEdit-identifierKept = Hiện là { $masked }. Để trống để giữ nguyên, hoặc nhập thông tin mới.
accountEdit-identifierClear = Xóa thông tin định danh
accountEdit-save = Lưu
editCase-open = Sửa
editCase-title = Sửa vụ việc { $n }
editCase-save = Lưu thay đổi
enrol-stop = Dừng lần đăng ký này…
enrol-stopTitle = Dừng bật xác minh hai bước cho { $service }?
enrol-stopKeeps = Lần đăng ký này sẽ không còn trong danh sách để tiếp tục. Những gì bạn đã thử vẫn được lưu trong vụ việc { $n }, và bạn có thể bắt đầu lại bất cứ lúc nào.
enrol-stopNothing = Lần đăng ký này sẽ không còn trong danh sách để tiếp tục. Bạn có thể bắt đầu lại bất cứ lúc nào.
enrol-stopCancel = Tiếp tục
enrol-stopYes = Dừng lại
accounts-ofTotal = trên { $n }
accounts-notOn = chưa bật
accounts-none = không có
accounts-m-passkey = Khóa truy cập

## otp

otp-emptyHelp = Khi một dịch vụ cho phép dùng "ứng dụng xác thực" để xác minh hai bước, Steward có thể là ứng dụng đó. Hãy thêm tài khoản từ mã QR hoặc khóa thiết lập, hoặc nhập các tài khoản bạn đã có trong ứng dụng khác.
otp-noMatch = Không có tài khoản nào khớp với “{ $query }”.
otp-list = Các tài khoản và mã của chúng
otp-importOther = Nhập từ ứng dụng khác
otp-findPh = Tìm tài khoản…
otp-find = Tìm tài khoản
otp-noAccounts = Chưa có tài khoản nào
otp-addAn = Thêm một tài khoản
otp-add = Thêm tài khoản
otp-checkAgain = Kiểm tra lại
otp-backUp = Sao lưu
otp-import = Nhập

## otpItem

otpItem-newCode = Đã có mã mới. Chỉ dùng một lần; chỉ xin mã khác nếu mã này bị từ chối.
otpItem-copied = Đã sao chép. Bộ nhớ tạm sẽ được xóa sau 30 giây.
otpItem-backupLeft =
    { $n ->
        [one] Còn { $n } mã dự phòng
       *[other] Còn { $n } mã dự phòng
    }
otpItem-copyFor = Sao chép mã cho { $who }
otpItem-codeFor = Mã cho { $who }: { $code }
otpItem-qr = Chuyển sang điện thoại (QR)
otpItem-secondsLeft = còn { $n } giây
otpItem-moreFor = Tùy chọn cho { $who }
otpItem-getNext = Lấy mã tiếp theo
otpItem-loading = Đang tải mã
otpItem-backupCodes = Mã dự phòng
otpItem-counter = Bộ đếm { $n }
otpItem-rename = Đổi tên
otpItem-remove = Xóa
otpItem-next = Tiếp theo:
otpItem-copy = Sao chép
otpItem-more = Tùy chọn

## otpText

otpText-totp = { $digits } chữ số, mỗi { $period } giây
otpText-hotp = { $digits } chữ số, theo bộ đếm

## otpDialogs

otpDialogs-removeText = Steward sẽ không tạo mã cho tài khoản này nữa, và các mã dự phòng của nó cũng bị xóa. Trước khi xóa, hãy tắt xác minh hai bước tại { $service } hoặc thiết lập một cách đăng nhập khác — nếu không bạn có thể bị khóa ngoài tài khoản.
otpDialogs-scan = Mở ứng dụng xác thực trên điện thoại, chọn thêm tài khoản bằng cách quét mã, rồi hướng camera vào đây.
otpDialogs-anyone = Bất kỳ ai nhìn thấy mã này đều có thể sao chép tài khoản. Hãy đóng lại khi bạn xong.
otpDialogs-addLabel = Thêm các mã dịch vụ đã cấp cho bạn (mỗi dòng một mã)
otpDialogs-left = Còn { $unused }/{ $total } mã.
otpDialogs-noneKept = Chưa lưu mã dự phòng nào.
otpDialogs-moveTitle = Chuyển { $label } sang điện thoại
otpDialogs-backupTitle = Mã dự phòng: { $label }
otpDialogs-yourAccount = Tài khoản của bạn ở đó
otpDialogs-iUsed = Tôi đã dùng mã này
otpDialogs-removeTitle = Xóa { $label }?
otpDialogs-renameTitle = Đổi tên tài khoản
otpDialogs-show = Hiện các mã
otpDialogs-theService = dịch vụ
otpDialogs-markUsed = Đánh dấu đã dùng
otpDialogs-add = Thêm mã
otpDialogs-keepIt = Giữ lại
otpDialogs-save = Lưu
otpDialogs-used = đã dùng

## otpAdd

otpAdd-screenHelp = Hiển thị mã QR trên màn hình (ví dụ trên trang bảo mật của dịch vụ), rồi nhấn Quét. Steward sẽ tạm ẩn đi một lát để đọc mã. Trên Wayland, Steward nhờ máy chụp màn hình, và máy có thể hỏi bạn trước.
otpAdd-linkHelp = Liên kết ẩn sau mã QR của dịch vụ (bắt đầu bằng otpauth://), hoặc liên kết chuyển tài khoản của Google Authenticator.
otpAdd-clipHelp = Nhấp chuột phải vào mã QR và chọn "Sao chép hình ảnh", hoặc chụp màn hình vào bộ nhớ tạm, rồi nhấn Đọc.
otpAdd-pictureHelp = Ảnh chụp màn hình hoặc ảnh chụp; phải thấy được toàn bộ mã.
otpAdd-tooLarge = Tệp này quá lớn để là hình của một mã QR.
otpAdd-keyHelp = Chữ cái A–Z và chữ số 2–7; khoảng trắng không quan trọng.
otpAdd-crop = Hãy cắt hình cho vừa mã QR rồi thử lại.
otpAdd-advanced = Nâng cao (chỉ khi dịch vụ yêu cầu)
otpAdd-picture = Hình của mã QR (PNG hoặc JPEG)
otpAdd-timeBased = Theo thời gian (hầu hết dịch vụ)
otpAdd-chooseFirst = Hãy chọn một hình trước.
otpAdd-namePh = vd: ban@example.com
otpAdd-seconds = Số giây mỗi mã
otpAdd-wayScreen = Quét màn hình
otpAdd-wayClipboard = Hình đã sao chép
otpAdd-title = Thêm một tài khoản
otpAdd-how = Cách thêm
otpAdd-counterBased = Theo bộ đếm
otpAdd-wayLink = Dán liên kết
otpAdd-wayImage = Tệp hình ảnh
otpAdd-wayManual = Nhập khóa
otpAdd-another = Thêm tài khoản khác
otpAdd-issuerPh = vd: GitHub
otpAdd-link = Liên kết thiết lập
otpAdd-key = Khóa thiết lập
otpAdd-algorithm = Thuật toán
otpAdd-working = Đang xử lý…
otpAdd-counter = Bộ đếm
otpAdd-digits = Số chữ số
otpAdd-done = Xong
otpAdd-type = Loại
otpAdd-scan = Quét
otpAdd-read = Đọc
otpAdd-add = Thêm

## otpReport

otpReport-addedN =
    { $n ->
        [one] Đã thêm { $n } tài khoản.
       *[other] Đã thêm { $n } tài khoản.
    }
otpReport-alreadyIn = Đã có trong Steward (không thêm lại)
otpReport-googleMigration = bản chuyển từ Google Authenticator
otpReport-noneAdded = Không có tài khoản mới nào được thêm.
otpReport-otpauthList = một danh sách liên kết otpauth
otpReport-already = { $n } đã có sẵn.
otpReport-readAs = Đã đọc dưới dạng { $format }.
otpReport-skippedN = { $n } bị bỏ qua.
otpReport-skipped = Bị bỏ qua
otpReport-added = Đã thêm

## otpImport

otpImport-help = Aegis, 2FAS, andOTP, Bitwarden, Ente Auth, FreeOTP+, Proton Authenticator, Google Authenticator (liên kết chuyển tài khoản hoặc ảnh chụp màn hình mã QR của nó), hoặc một danh sách liên kết otpauth.
otpImport-encrypted = Tệp này đã được mã hóa. Hãy nhập mật khẩu bạn đã chọn khi xuất.
otpImport-unknown = Steward không nhận ra { $name }. Hãy chọn ứng dụng đã tạo ra tệp này.
otpImport-tooLarge = Tệp này quá lớn để là bản xuất của ứng dụng xác thực.
otpImport-isPicture = { $name } là một hình ảnh: các mã QR trong đó sẽ được đọc.
otpImport-checkFile = Hãy kiểm tra xem bạn đã chọn đúng tệp chưa.
otpImport-googleLinks = Liên kết chuyển tài khoản của Google Authenticator
otpImport-enteList = Ente Auth / danh sách liên kết otpauth
otpImport-looksLike = { $name } có vẻ là bản xuất từ { $app }.
otpImport-auto = Tự động nhận diện
otpImport-title = Nhập từ ứng dụng khác
otpImport-chooseFile = Chọn tệp đã xuất
otpImport-password = Mật khẩu của bản xuất
otpImport-importing = Đang nhập…
otpImport-format = Định dạng
otpImport-bitwarden = Bitwarden (JSON hoặc CSV)

## otpExport

otpExport-keepSafe = Hãy giữ tệp này và mật khẩu của nó ở nơi an toàn (không chỉ trên máy tính này). Aegis và Steward có thể nhập tệp bằng mật khẩu đó.
otpExport-count =
    { $n ->
        [one] { $n } tài khoản. Tệp sẽ được lưu trong thư mục Tải về.
       *[other] { $n } tài khoản. Tệp sẽ được lưu trong thư mục Tải về.
    }
otpExport-atLeast = Ít nhất 8 ký tự. Không có mật khẩu này, bản sao lưu không thể mở được.
otpExport-encBackupHelp = (khuyên dùng) — định dạng Aegis, mở bằng mật khẩu
otpExport-anyone = Bất kỳ ai có tệp này đều có thể tạo ra tất cả mã của bạn.
otpExport-plainHelp = — không mã hóa, cho các ứng dụng không đọc được định dạng nào khác
otpExport-importDelete = Hãy nhập tệp vào nơi bạn cần, rồi xóa nó đi.
otpExport-savedTo =
    { $n ->
        [one] Đã lưu { $n } tài khoản vào
       *[other] Đã lưu { $n } tài khoản vào
    }
otpExport-understand = Tôi hiểu; tôi sẽ xóa tệp sau khi dùng.
otpExport-notEncrypted = Tệp này không được mã hóa.
otpExport-title = Sao lưu trình xác thực
otpExport-differ = Hai mật khẩu không khớp.
otpExport-plain = Danh sách liên kết thường
otpExport-repeat = Nhập lại mật khẩu
otpExport-encBackup = Bản sao lưu mã hóa
otpExport-savedTitle = Đã lưu bản xuất
otpExport-password = Mật khẩu
otpExport-saving = Đang lưu…
otpExport-importFormat = Định dạng

## otpLink

otpLink-introGoogle = Một liên kết thiết lập đã được mở bằng Steward. Chỉ thêm nếu chính bạn đang thiết lập xác minh hai bước hoặc đang chuyển tài khoản từ Google Authenticator.
otpLink-intro = Một liên kết thiết lập đã được mở bằng Steward. Chỉ thêm nếu chính bạn đang thiết lập xác minh hai bước.
otpLink-invalid = Một liên kết đã được mở bằng Steward, nhưng đó không phải liên kết thiết lập mà Steward đọc được. Không có gì được thêm.
otpLink-totp = Theo thời gian, { $digits } chữ số mỗi { $period } giây
otpLink-addMany = Thêm { $n } tài khoản này vào Steward?
otpLink-hotp = Theo bộ đếm, { $digits } chữ số
otpLink-addOne = Thêm tài khoản này vào Steward?
otpLink-invalidTitle = Không thể thêm liên kết này
otpLink-cannot = Không thể thêm những mục sau:
otpLink-doneTitle = Đã thêm từ liên kết
otpLink-notNamed = (chưa đặt tên)
otpLink-dontAdd = Không thêm
otpLink-addThem = Thêm tất cả
otpLink-account = Tài khoản

## enrol

enrol-stuckTitle = Mở vụ việc với mọi thứ đã thử, sẵn sàng gửi cho bộ phận hỗ trợ
enrol-password = Mật khẩu của bạn trên máy chủ privacyIDEA
enrol-recorded = Đã ghi vào vụ việc { $n }
enrol-signIn = Đăng nhập và tiếp tục
enrol-stepOf = Bước { $n }/{ $total }
enrol-whereStand = Tình hình hiện tại
enrol-ifFails = Nếu không được
enrol-startAnother = Bắt đầu dịch vụ khác
enrol-openCase = Mở vụ việc { $n }
enrol-stuck = Tôi bị kẹt
enrol-back = ← Quay lại
enrol-pause = Tạm dừng
enrol-goodToKnow = Điều nên biết

## step

step-confirm_authenticator = Xác nhận trình xác thực
step-add_authenticator = Thêm vào trình xác thực
step-enter_phone_code = Mã từ điện thoại
step-choose_method = Chọn phương thức
step-on_website = Trên trang web
step-enter_phone = Số điện thoại
step-test_sign_in = Thử đăng nhập
step-backup_codes = Mã dự phòng
step-summary = Hoàn tất

## method

## enrolText

enrolText-minS = { $m } phút { $s } giây
enrolText-min = { $m } phút
enrolText-s = { $s } giây

## enrolStart

enrolStart-intro = Xác minh hai bước (2FA) yêu cầu thêm một bằng chứng thứ hai, chẳng hạn một mã, khi bạn đăng nhập. Steward hướng dẫn bạn từng bước một, đề xuất phương thức mạnh nhất mà dịch vụ hỗ trợ, và ghi lại mọi lần bị từ chối để bộ phận hỗ trợ thấy chính xác chuyện gì đã xảy ra.
enrolStart-piHelp = Khi đó Steward thiết lập bước thứ hai trực tiếp trên máy chủ của công ty bạn. Hãy để trống các ô này nếu là trang web như Amazon.
enrolStart-pick = Chọn một gợi ý bằng phím mũi tên và Enter, hoặc nhấn Enter để bắt đầu với những gì bạn đã nhập.
enrolStart-nothing = Không có việc nào đang dở dang. Mọi thứ bạn bắt đầu sẽ được giữ ở đây cho đến khi hoàn tất.
enrolStart-kept = Được giữ trong kho khóa của máy tính, không bao giờ nằm trong hồ sơ của Steward.
enrolStart-typeFirst = Hãy nhập tên hoặc địa chỉ web của dịch vụ trước.
enrolStart-which = Dịch vụ nào? Nhập tên hoặc địa chỉ web của dịch vụ
enrolStart-pi = Công ty tôi dùng máy chủ privacyIDEA
enrolStart-forExample = Ví dụ: Amazon, hoặc amazon.com.
enrolStart-title = Bật xác minh hai bước
enrolStart-carryOn = Tiếp tục từ chỗ bạn đã dừng
enrolStart-placeholder = vd: Amazon hoặc amazon.com
enrolStart-user = Tên người dùng của bạn ở đó
enrolStart-password = Mật khẩu của bạn ở đó
enrolStart-server = Địa chỉ máy chủ
enrolStart-starting = Đang bắt đầu…
enrolStart-services = Dịch vụ
enrolStart-case = vụ việc { $n }
enrolStart-resume = Tiếp tục →
enrolStart-start = Bắt đầu

## enrolSteps

enrolSteps-scanned = Đã quét mã QR bằng Trình xác thực rồi (từ màn hình hoặc ảnh chụp màn hình)? Hãy chọn ở đây.
enrolSteps-mostSites = Hầu hết các trang web hiển thị mã QR; bên dưới thường có mục "Can't scan it?" (Không quét được?) kèm liên kết hoặc khóa.
enrolSteps-copyWord = Hãy sao chép đúng từng chữ: Steward sẽ giải thích và lưu nguyên văn thông báo trong vụ việc.
enrolSteps-onlyOnce = Steward chỉ hiển thị các mã này một lần. Hãy cất giữ ở nơi an toàn, tách khỏi máy tính này.
enrolSteps-changes = Mã thay đổi mỗi 30 giây; Steward tự hiển thị mã mới.
enrolSteps-serverWait = Máy chủ yêu cầu chờ: bạn có thể thử lại sau { $wait }.
enrolSteps-backupPaste = Mã dự phòng (dán tất cả, mỗi dòng một mã)
enrolSteps-setupLink = Liên kết thiết lập của dịch vụ (otpauth://…)
enrolSteps-refused = Bị từ chối — hãy dán nguyên văn thông báo
enrolSteps-writeDown = Hãy ghi lại các mã dự phòng này ngay
enrolSteps-askNewIn = Xin mã mới (sau { $wait })
enrolSteps-codeFromSms = Mã trong tin nhắn
enrolSteps-orPick = Hoặc chọn từ Trình xác thực của tôi
enrolSteps-typeCode = Nhập mã này trên trang web
enrolSteps-nothingOn = Chưa có gì được bật.
enrolSteps-report = Báo cáo thông báo này
enrolSteps-yourMobile = Số di động của bạn
enrolSteps-askNew = Xin mã mới
enrolSteps-chooseAccount = Chọn một tài khoản
enrolSteps-readingCode = Đang đọc mã…
enrolSteps-useAccount = Dùng tài khoản này
enrolSteps-getBackup = Lấy mã dự phòng
enrolSteps-until = (đến { $when })
enrolSteps-checkCode = Kiểm tra mã
enrolSteps-tried = Những gì đã thử
enrolSteps-signInNow = Đăng nhập ngay
enrolSteps-recommended = Khuyên dùng
enrolSteps-saveCodes = Lưu mã
enrolSteps-whatIsOn = Những gì đã bật
enrolSteps-checkNow = Kiểm tra ngay
enrolSteps-worked = Đã thành công
enrolSteps-continue = Tiếp tục
enrolSteps-notNow = Chưa dùng được lúc này
enrolSteps-refusedBadge = Bị từ chối
enrolSteps-workedBadge = Thành công
enrolSteps-skip = Bỏ qua
enrolSteps-on = Đã bật
enrolSteps-skipTest = Bỏ qua bước thử

## share

share-refused = Không sao chép được: hãy chọn đoạn văn bản bên dưới rồi nhấn Ctrl+C.
share-fmt-ics = Việc cần làm trên lịch cho các cuộc gọi lại đã hứa (.ics)
share-addresses = Địa chỉ bưu chính cần che (mỗi dòng một địa chỉ)
share-fmt-pdf = PDF (tóm tắt trước, toàn bộ dòng thời gian sau)
share-clear = Cố ý gửi một thông tin không che
share-saveBtn = Lưu…
share-notSaved = Chưa lưu tệp nào.
share-copied = Đã sao chép bản tóm tắt ({ $n } ký tự).
share-nothing = Vụ việc này không có gì cần che.
share-fmt-eml = Bản nháp e-mail (.eml, kèm PDF)
share-quick = Nhanh: dán vào cuộc trò chuyện với bộ phận hỗ trợ
share-never = Mã dự phòng và mã dùng một lần không bao giờ được gửi.
share-keepNext = — hãy giữ nó cạnh tệp)
share-fmt-json = JSON (cho máy đọc)
share-signedWith = , được ký bằng khóa { $key }
share-unmask-reset_link = Liên kết đặt lại / đăng nhập
share-fmt-brief = Bản tóm tắt dạng văn bản thường
share-unmask-address = Địa chỉ bưu chính của tôi
share-whatMasked = Những gì sẽ được che
share-checkHint = Steward kiểm tra xem bản xuất có bị thay đổi kể từ khi được ký hay không, và được ký bằng khóa của ai. Hãy giữ tệp .sig của nó ở cùng thư mục.
share-unmask-email = Địa chỉ e-mail
share-fmt-html = Trang web (HTML)
share-copy = Sao chép bản tóm tắt
share-kind-email = địa chỉ e-mail
share-kind-address = địa chỉ bưu chính
share-title = Chia sẻ vụ việc { $n }
share-unmask-phone = Số điện thoại
share-kind-otp = mã dùng một lần
share-masked = đã che { $what }
share-language = Ngôn ngữ của tệp
share-languageHelp = Bộ phận hỗ trợ có thể đọc ngôn ngữ khác với bạn. Lời trích dẫn và thông báo lỗi bạn đã thấy được giữ nguyên văn.
share-export = Xuất tệp
share-sigIn = (chữ ký nằm trong
share-unmask-card = Số thẻ
share-kind-phone = số điện thoại
share-check = Kiểm tra tệp
share-kind-card = số thẻ
share-kind-backup_code = mã dự phòng
share-kind-reset_link = liên kết đặt lại
share-brief = Bản tóm tắt
share-exporting = Đang xuất…
share-unmask-password = Mật khẩu
share-checking = Đang kiểm tra…
share-fmt-md = Markdown
share-kind-password = mật khẩu
share-unmaskLegend = Bỏ che
share-checkBtn = Kiểm tra một tệp…
share-key-title = Khóa ký của bạn
share-key-explain = Mọi tệp Steward lưu hoặc gửi đều được ký bằng khóa này. Hãy đưa khóa cho nhân viên hỗ trợ một lần, trước khi gửi bất cứ thứ gì (đọc dấu vân tay khóa trong cuộc gọi, hoặc dán khóa vào cuộc trò chuyện do bạn bắt đầu): khi đó, một tệp bị người khác sửa rồi ký lại bằng khóa khác sẽ không qua được bước kiểm tra của họ.
share-key-fingerprint = Dấu vân tay khóa
share-key-openssh = Khóa công khai (OpenSSH)
share-key-allowed = Một dòng cho tệp allowed_signers của họ
share-key-copy = Sao chép
share-key-copied = Đã sao chép. Đây là khóa công khai của bạn: chia sẻ khóa này là an toàn.
share-notChecked = Chưa kiểm tra tệp nào.
share-unmask-iban = Số IBAN
share-saved = Đã lưu
share-kind-iban = số IBAN
share-kind-id_number = số giấy tờ tùy thân
share-unmask-id_number = Số giấy tờ tùy thân (hộ chiếu, CCCD, SSN)
share-kind-private = văn bản bạn đánh dấu là riêng tư
share-flag-long_number = một dãy số dài: số tài khoản hay số giấy tờ?
share-flag-card_like = hợp lệ theo phép kiểm tra số thẻ
share-flag-after_password_word = đứng ngay sau từ “mật khẩu”
share-flag-link_token = một phần trông ngẫu nhiên của liên kết
share-flag-token_like = một chuỗi mã trông ngẫu nhiên
share-flag-code_like = có thể là mã dùng một lần
share-flags-title = Có vẻ riêng tư nhưng sẽ được gửi nguyên văn
share-flags-hint = Steward không chắc những mục này có riêng tư hay không. Hãy che những mục riêng tư.
share-flags-mask = Che đi
share-flags-maskLabel = Che đi: { $text }
share-private-title = Bạn đã đánh dấu là riêng tư (luôn được che)
share-private-undo = Hoàn tác
share-private-undoLabel = Hoàn tác: gửi { $text } nguyên văn
share-private-added = { $text } sẽ được che thành [private].
share-private-removed = { $text } sẽ được gửi nguyên văn.
share-ask-title = Trước khi chia sẻ: bộ phận hỗ trợ cần bạn cho biết
share-ask-intro = Chỉ bạn mới biết những điều này. Chúng được đặt ở đầu bản tóm tắt để nhân viên hỗ trợ biết cần làm gì mà không phải hỏi lại.
share-ask-request = Nhân viên hỗ trợ cần làm gì?
share-ask-requestPh = Ví dụ: Gỡ chặn số điện thoại của tôi để tôi bật được xác minh 2 bước
share-ask-requestHint = Hãy viết thành một việc cụ thể nhân viên có thể làm (“Gỡ chặn…”, “Hoàn tiền…”, “Đặt lại…”), đừng chỉ mô tả sự cố.
share-ask-by = Cần xong trước ngày nào?
share-ask-optional = Không bắt buộc.
share-ask-still = Sự cố có còn đang xảy ra không?
share-ask-yes = Có
share-ask-no = Không
share-ask-stillHint = Cho biết hôm nay sự cố còn xảy ra hay không: bản tóm tắt sẽ báo cho nhân viên hỗ trợ.
share-ask-stillWasYes = Lần trước ({ $date }) bạn trả lời là có. Hãy trả lời lại cho hôm nay.
share-ask-stillWasNo = Lần trước ({ $date }) bạn trả lời là không. Hãy trả lời lại cho hôm nay.
share-ask-access = Sự cố xảy ra ở đâu?
share-ask-accessUnsaid = Chưa cho biết
share-ask-accessApp = Trong ứng dụng
share-ask-accessWeb = Trên trang web
share-ask-accessBoth = Cả hai (ứng dụng và trang web)
share-ask-team = Bộ phận nào nên xử lý?
share-ask-teamPh = Ví dụ: Bảo mật tài khoản
share-ask-save = Lưu
share-ask-saving = Đang lưu…
share-ask-saved = Đã lưu vào vụ việc.
share-ask-nothing = Không có gì thay đổi.
share-ask-needsRequest = Trước tiên, hãy điền mục “Nhân viên hỗ trợ cần làm gì?” ở phía trên: thiếu mục này, nhân viên sẽ phải đoán.
share-ask-fill = Điền ngay
share-when-title = Bằng chứng thời điểm
share-when-on = Bật
share-when-off = Tắt
share-when-explain = Bằng chứng thời điểm: nhờ một tổ chức cấp dấu thời gian do bạn chọn ký xác nhận ngày của mỗi tệp. Chỉ dấu vân tay (mã băm) của tệp được gửi đi, không bao giờ gửi nội dung.
share-when-switch = Đóng dấu thời gian cho mọi tệp tôi lưu
share-when-address = Địa chỉ của tổ chức cấp dấu thời gian
share-when-help = Một tổ chức theo chuẩn RFC 3161 mà bạn tin tưởng, ví dụ của công ty bạn. Địa chỉ http:// thường gặp và không sao: câu trả lời của họ có chữ ký.
share-when-save = Lưu
share-when-turnOff = Tắt
share-when-isOn = Đang bật: mỗi tệp bạn lưu được đóng dấu bởi
share-when-isOff = Đang tắt: tệp chỉ có chữ ký của bạn, không có bằng chứng thời điểm.

## api

api-unexpected = Đã xảy ra lỗi.
api-unexpectedHint = Những gì bạn đã lưu không bị mất. Nếu lỗi này cứ lặp lại, hãy khởi động lại Steward.
api-noBackend = Trang này không được kết nối với lõi của Steward.
api-noBackendHint = Hãy mở Steward dưới dạng ứng dụng máy tính; trình duyệt thông thường không truy cập được hồ sơ của bạn.

## plan

plan-refusedTitle = { $service } đã từ chối số { $numbers }
plan-blockedTitle = Đường vào đang bị chặn
plan-earlier = Trước đó:
plan-stillWorks = Những cách vẫn có thể làm được, tốt nhất trước
plan-paths = Các cách để bật, tốt nhất trước
plan-others = Cũng có thể chọn
plan-finishHint = Đã bật: { $methods }. Bạn có thể dừng ở đây và thêm sau.
plan-finish = Hoàn tất với những gì đã bật
plan-ruledOut = Chưa thể dùng
plan-rules-unknown = Steward không biết quy định riêng của { $service } (ví dụ: phương thức nào phải bật trước). Nếu trang web yêu cầu một phương thức khác trước, hãy làm phương thức đó rồi báo cho Steward.
plan-rules-inferred = Quy định của { $service }, đọc từ ghi chú của danh bạ 2FA (chưa được kiểm tra thủ công):
plan-rules-curated = Quy định của { $service }, đã được kiểm tra thủ công, theo
plan-rules-checked = (đọc ngày { $date })
plan-go-method = Thiết lập { $method }
plan-go-anotherNumber = Dùng một số khác
plan-go-support = Tôi bị kẹt: chuẩn bị bản tóm tắt
plan-waitUntil = Bạn có thể thử lại sau { $when }.
plan-notAgain = Steward sẽ không nhận lại số { $numbers }: số này đã bị từ chối.
plan-needsFirst = { $service } chỉ cho thêm { $method } sau khi đã bật { $needs }.
plan-or = { " " }hoặc{ " " }
plan-more =
    { $n ->
        [one] Thêm { $n } lựa chọn khác
       *[other] Thêm { $n } lựa chọn khác
    }

## receipt

receipt-title = Biên nhận: xác minh hai bước tại { $service }
receipt-methods = Những gì đã bật
receipt-phone = Số điện thoại nhận mã
receipt-backupCodes = Mã dự phòng
receipt-codesKept =
    { $n ->
        [one] { $n } mã dự phòng được lưu trong Steward
       *[other] { $n } mã dự phòng được lưu trong Steward
    }
receipt-noCodes = Không có mã nào được lưu trong Steward
receipt-date = Ngày bật
receipt-test = Thử đăng nhập
receipt-testedYes = Đã thử: đăng nhập thành công
receipt-testedNo = Chưa thử: hãy sớm đăng nhập thử một lần
receipt-since = Bật từ { $date }
receipt-phoneShort = điện thoại { $phone }
receipt-codesShort =
    { $n ->
        [one] { $n } mã dự phòng
       *[other] { $n } mã dự phòng
    }

## kit

kit-title = Bộ khôi phục tài khoản
kit-intro = Mỗi tài khoản đã bật xác minh hai bước có một trang: những gì đã bật, nằm ở đâu, và cách vào lại nếu bạn mất điện thoại. Hãy in ra và cất ở nhà.
kit-withCodes = Kèm các mã dự phòng chưa dùng của tôi
kit-codesWarning = Khi có kèm mã, bất kỳ ai có tờ giấy này và mật khẩu của bạn đều đăng nhập được: hãy cất thật kỹ.
kit-save = In bộ khôi phục…
kit-saving = Đang lưu…
kit-saved =
    { $n ->
        [one] Đã lưu bộ khôi phục cho { $n } tài khoản tại
       *[other] Đã lưu bộ khôi phục cho { $n } tài khoản tại
    }
kit-printIt = Hãy in ra, cất ở nơi an toàn, rồi xóa tệp.

# Several cases in one file (the case list)
main-exportSeveral = Xuất nhiều vụ việc vào một tệp…
shareSeveral-title = Xuất nhiều vụ việc vào một tệp
shareSeveral-intro = Hãy đánh dấu các vụ việc bạn muốn gộp vào một tệp có chữ ký, chẳng hạn để gửi bộ phận hỗ trợ toàn bộ câu chuyện một lần.
shareSeveral-cases = Các vụ việc
shareSeveral-count =
    { $n ->
        [one] Đã chọn { $n } vụ việc: hãy chọn ít nhất hai.
       *[other] Đã chọn { $n } vụ việc.
    }
shareSeveral-needsRequest = Vụ việc { $n } chưa nói rõ nhân viên hỗ trợ cần làm gì.
shareSeveral-openShare = Điền mục này trong hộp thoại Chia sẻ của vụ việc { $n }
shareSeveral-masked = Số thẻ, số điện thoại, mật khẩu và các thông tin riêng tư khác đều được che trong mọi vụ việc, giống như trong hộp thoại Chia sẻ.
shareSeveral-formatsHint = Một tệp chứa được nhiều vụ việc ở dạng Markdown, trang web hoặc JSON. Nếu cần PDF, hãy chia sẻ từng vụ việc riêng.

# Favourites and tags (groups) in the authenticator
otp-fav = Thêm vào yêu thích
otp-fav-off = Bỏ khỏi yêu thích
otp-fav-for = Yêu thích: { $who }
otp-tags-edit = Nhãn…
otp-tags-title = Nhãn của { $label }
otp-tags-none = Chưa có nhãn nào. Nhãn như "Công việc" hay "Ngân hàng" giúp bạn lọc danh sách.
otp-tags-list = Nhãn
otp-tags-remove = Xoá nhãn { $tag }
otp-tags-new = Nhãn mới
otp-tags-newPh = Công việc, Ngân hàng, Gia đình…
otp-tags-help = Tối đa 32 ký tự và 20 nhãn cho mỗi tài khoản; chữ hoa hay thường đều như nhau.
otp-tags-add = Thêm nhãn
otp-tags-filter = Hiển thị
otp-tags-all = Tất cả
otp-tags-favourites = ★ Yêu thích ({ $n })
otp-tags-chip = { $tag } ({ $n })
otp-tags-noneInFilter = Chưa có tài khoản nào ở đây.

## App lock (lock screen, Settings)
lock-title = Steward đang khóa
lock-reason-idle = Steward tự khóa sau một lúc không dùng. Hồ sơ và mã của bạn được ẩn cho đến khi bạn mở khóa.
lock-reason-session = Steward khóa cùng máy tính của bạn. Hồ sơ và mã của bạn được ẩn cho đến khi bạn mở khóa.
lock-reason-minimised = Steward khóa khi cửa sổ được thu nhỏ. Hồ sơ và mã của bạn được ẩn cho đến khi bạn mở khóa.
lock-reason-manual = Hồ sơ và mã của bạn được ẩn cho đến khi bạn mở khóa.
lock-keyringNote = Khóa nằm trong kho khóa của máy tính. Khi có thể, máy tính sẽ hỏi để xác nhận đúng là bạn; nếu máy để mở, ai ngồi vào cũng mở được Steward, vì vậy bạn hãy khóa máy khi rời đi.
lock-failedCount =
    { $n ->
       *[other] Đã nhập sai { $n } lần từ khi Steward khóa. Không có gì bị chặn hay bị mất.
    }
lock-settings-idle = Khóa khi không dùng trong
lock-settings-never = Không bao giờ
lock-settings-minutes =
    { $n ->
       *[other] { $n } phút
    }
lock-settings-session = Khóa khi máy tính khóa
lock-settings-minimise = Khóa khi thu nhỏ cửa sổ
lock-now = Khóa ngay
lock-now-title = Khóa Steward ngay (Ctrl+Shift+L)

## Authenticator: automatic backups, "a newer backup was found", the import report (helper D)
otpBackup-button = Sao lưu tự động
otpBackup-title = Tự động sao lưu
otpBackup-intro = Sau mỗi thay đổi, Steward ghi một bản sao lưu đã mã hóa các tài khoản của bạn vào thư mục bạn chọn (kho Aegis: Aegis và Steward nhập được bằng mật khẩu). Bạn nên chọn thư mục đồng bộ để có thêm một bản ngoài máy này.
otpBackup-folder = Thư mục
otpBackup-noFolder = Chưa chọn thư mục.
otpBackup-chooseFolder = Chọn thư mục…
otpBackup-keep = Số bản sao lưu giữ lại (bản cũ của Steward sẽ bị xóa; không xóa gì khác)
otpBackup-remindDays = Nhắc tôi khi các thay đổi đã chờ chừng này ngày mà chưa được sao lưu
otpBackup-password = Mật khẩu sao lưu
otpBackup-newPassword = Mật khẩu sao lưu mới (không bắt buộc)
otpBackup-passwordKept = Đã đặt. Để trống để giữ nguyên.
otpBackup-repeat = Nhập lại mật khẩu
otpBackup-differ = Hai mật khẩu không giống nhau.
otpBackup-auto = Tự động sao lưu sau mỗi thay đổi
otpBackup-inKeyring = Mật khẩu được giữ trong kho khóa của hệ thống.
otpBackup-inProfile = Mật khẩu được niêm phong trong hồ sơ đã mã hóa của bạn (máy này không có kho khóa).
otpBackup-save = Lưu
otpBackup-now = Sao lưu ngay
otpBackup-savedOn = Đã lưu. Sao lưu đang bật.
otpBackup-savedOff = Đã lưu. Tự động sao lưu đang tắt.
otpBackup-written = Đã sao lưu { $n } tài khoản vào { $file }.
otpBackup-last = Lần sao lưu gần nhất: { $date } ({ $file }).
otpBackup-never = Chưa có bản sao lưu nào.
otpBackup-pending = { $n } thay đổi chưa có trong bản sao lưu nào.
otpBackup-allSaved = Mọi thay đổi đều đã có trong bản sao lưu gần nhất.
otpBackup-reminder = Bạn hãy sao lưu trình xác thực: { $n } thay đổi đang chờ mà chưa được sao lưu.
otpBackup-reminderFailing = Tự động sao lưu đang bị lỗi: các thay đổi mới nhất của bạn chưa có trong bản sao lưu nào.
otpBackup-open = Mở phần sao lưu
otpBackup-found = Có một bản sao lưu mới hơn: { $file } ({ $date }, { $app ->
        [steward] từ Steward trên thiết bị khác
       *[other] từ ứng dụng khác, như Aegis
    }).
otpBackup-importIt = Nhập bản này
otpBackup-notThis = Không phải bản này
otpBackup-passwordTitle = Mật khẩu của bản sao lưu
otpBackup-passwordHelp = { $file } được mã hóa bằng mật khẩu khác với mật khẩu sao lưu của bạn. Bạn hãy gõ mật khẩu đã dùng khi tạo nó.
otpBackup-reportTitle = Nội dung bản sao lưu
otpBackup-compareTitle = So các mã trước khi xóa bất cứ thứ gì
otpBackup-compareHelp = Mã hiện tại của từng tài khoản. Nếu ứng dụng cũ hiện đúng mã này, tài khoản đã dùng được ở đây.
otpBackup-colAccount = Tài khoản
otpBackup-colWhat = Kết quả
otpBackup-colCode = Mã hiện tại
otpBackup-outcomeAdded = Đã thêm (số { $number })
otpBackup-outcomeHere = Đã có sẵn (số { $number })
otpBackup-outcomeSkipped = Bỏ qua: { $reason }
otpBackup-hotpNote = bộ đếm { $counter }, chưa tăng
otpBackup-atImport = lúc nhập

# Send to helpdesk (the Share dialog's section, components/share/SendToHelpdesk.tsx) and the
# case header's ticket.
helpdeskSend-title = Gửi cho bộ phận hỗ trợ
helpdeskSend-intro = Mở phiếu hỗ trợ: bản tóm tắt là nội dung phiếu, kèm tệp PDF và JSON đã ký. Chỉ cần thiết lập một lần; thông tin được lưu trong hồ sơ của bạn.
helpdeskSend-kind = Hệ thống hỗ trợ
helpdeskSend-address = Địa chỉ
helpdeskSend-queue = Hàng đợi
helpdeskSend-requestor = Địa chỉ e-mail của bạn trong hệ thống hỗ trợ
helpdeskSend-token = Mã token
helpdeskSend-tokenHelp = Steward giữ token trong kho khóa của hệ thống, hoặc trong hồ sơ đã mã hóa của bạn khi không có kho khóa. Token sẽ không bao giờ được hiện lại.
helpdeskSend-tokenKeep = Để trống để giữ token đã lưu ({ $token })
helpdeskSend-test = Kiểm tra kết nối
helpdeskSend-testing = Đang kiểm tra…
helpdeskSend-save = Lưu
helpdeskSend-cancel = Hủy
helpdeskSend-change = Thay đổi
helpdeskSend-forget = Xóa
helpdeskSend-forgotten = Đã xóa bộ phận hỗ trợ và token khỏi hồ sơ này.
helpdeskSend-ok-rt = Đã kết nối: Request Tracker { $version } chấp nhận token của bạn, và bạn được mở phiếu trong hàng đợi { $queue }.
helpdeskSend-ok-zendesk = Đã kết nối: Zendesk chấp nhận token của bạn (đăng nhập là { $account }).
# Redmine in Send to helpdesk (ui/src/components/share/SendToHelpdesk.tsx)
helpdeskSend-project = Dự án (mã định danh, như trong …/projects/support)
helpdeskSend-apiKey = Khóa API (trong Redmine: Tài khoản của tôi → Khóa truy cập API)
helpdeskSend-ok-redmine = Đã kết nối: Redmine chấp nhận khóa của bạn (đăng nhập là { $account }), và bạn được mở vấn đề trong dự án { $project }.
helpdeskSend-savedProject = dự án { $project }
helpdeskSend-savedSummary = { $system } tại { $address }
helpdeskSend-savedQueue = hàng đợi { $queue }, với tư cách { $requestor }
helpdeskSend-tokenSaved = Token { $token }, đã lưu { $home ->
        [keyring] trong kho khóa của hệ thống
       *[database] trong hồ sơ đã mã hóa của bạn
    }
helpdeskSend-noToken = Chưa lưu token: hãy chọn Thay đổi rồi dán token vào.
helpdeskSend-ticket = Phiếu
helpdeskSend-ticketNew = Mở phiếu mới
helpdeskSend-ticketUpdate = Thêm cập nhật vào { $reference }
helpdeskSend-language = Ngôn ngữ của phiếu
helpdeskSend-preview = Nội dung sẽ gửi
helpdeskSend-previewHelp = Đúng nội dung này sẽ rời khỏi máy của bạn, với các thông tin riêng tư được che như ở trên.
helpdeskSend-subject = Tiêu đề: { $subject }
helpdeskSend-files = Tệp đính kèm: { $files }
helpdeskSend-send = Gửi
helpdeskSend-sending = Đang gửi…
helpdeskSend-opened = Đã gửi. Phiếu { $reference } đã được mở ({ $status }).
helpdeskSend-appended = Đã gửi. Cập nhật của bạn đã được thêm vào phiếu { $reference } ({ $status }).
helpdeskSend-needsRequest = Trước tiên hãy cho biết bạn muốn bộ phận hỗ trợ làm gì (ở đầu hộp thoại này).
caseView-ticket = Phiếu { $reference }

## Authenticator: the QR dialog's picture description (issue 17 leftovers)
otpDialogs-qrAlt = Mã QR của { $label }

# Complaints in the window (issue 19): the Complaint panel on the case page, its Mark dialog, the
# Log form's "What was this contact?" and the timeline badge (ui/src/components/complaints/).

complaintPanel-title = Khiếu nại chính thức
complaintPanel-titleTo = Khiếu nại chính thức gửi { $firm }
complaintPanel-theCompany = công ty
complaintPanel-noneYet = Chưa có. Nếu bộ phận hỗ trợ cứ đẩy bạn qua lại, một khiếu nại chính thức sẽ bắt đầu tính hạn mà công ty phải trả lời; hãy đánh dấu lần liên hệ bạn đã khiếu nại, Steward sẽ đếm ngày giúp bạn.
complaintPanel-mark = Đánh dấu khiếu nại chính thức…
complaintPanel-received = Nhận ngày { $date }
complaintPanel-theirRef = mã của họ { $reference }
complaintPanel-daysLeft = { $n ->
    [one] Còn 1 ngày
   *[other] Còn { $n } ngày
}
complaintPanel-daysOver = { $n ->
    [one] Quá hạn 1 ngày
   *[other] Quá hạn { $n } ngày
}
complaintPanel-lastDayToday = Hôm nay là ngày cuối
complaintPanel-firmHasUntil = { $firm } phải trả lời dứt điểm cho bạn trước hết ngày { $date }.
complaintPanel-firmRanOut = { $firm } đã hết hạn trả lời từ ngày { $date }.
complaintPanel-deadlineUnknown = Steward chưa biết { $firm } có bao lâu: quy định chưa cho con số được xác nhận. Hãy hỏi họ bằng văn bản khi nào họ sẽ trả lời.
complaintPanel-answered = { $firm } đã gửi trả lời cuối cùng ngày { $date }.
complaintPanel-nextNow = Việc bạn có thể làm ngay
complaintPanel-nextFrom = Việc bạn có thể làm từ ngày { $date }
complaintPanel-nextLater = Việc bạn có thể làm sau
complaintPanel-where = { $body }:
complaintPanel-lastDay = { $n ->
    [one] Hạn chót: { $date } (còn 1 ngày)
   *[other] Hạn chót: { $date } (còn { $n } ngày)
}
complaintPanel-noLastDayYet = Chưa có hạn chót: thời hạn bắt đầu khi công ty gửi trả lời cuối cùng.
complaintPanel-noLastDay = Steward không biết hạn chót cho việc này.
complaintPanel-check = cần kiểm tra
complaintPanel-checkTitle = Đây là cách Steward tự hiểu quy định, hoặc chỉ đọc được ở nguồn thứ cấp: hãy kiểm tra trước khi dựa vào, và làm sớm hơn nếu được.
complaintPanel-unknown = Chưa rõ
complaintPanel-missingUnconfirmed = Chưa xác nhận: nguồn của Steward chưa rõ ràng nên không đưa ra ngày.
complaintPanel-missingNoNumber = Quy định không nêu số ngày cụ thể (ví dụ "kịp thời").
complaintPanel-missingFinalResponse = Bắt đầu tính khi công ty gửi trả lời cuối cùng.
complaintPanel-missingEvent = Bắt đầu tính từ một việc chưa được ghi trong vụ việc này.
complaintPanel-missingProblemDate = Tính từ lúc sự việc xảy ra, mà vụ việc này chưa ghi lại (đây là thời hạn dài nhất; hãy làm sớm hơn nhiều).
complaintPanel-missingHolidays = Tính chưa trừ ngày lễ: ngày thật có thể muộn hơn một chút.
complaintPanel-stepFrom = Từ ngày này: { $what }
complaintPanel-stepDone = đã xong
complaintPanel-steps = Tất cả các mốc, từng bước
complaintPanel-source = Theo { $law }; nguồn được đọc ngày { $date }.
complaintPanel-noRuleTitle = Chưa biết quy định nào cho { $where }.
complaintPanel-noRule = Steward không đưa ra ngày thay vì đoán. Hãy hỏi { $firm } bằng văn bản họ có bao lâu để trả lời, và hỏi thêm một nơi tư vấn người tiêu dùng.
complaintPanel-place = { $country }, { $sector }
complaintPanel-edit = Sửa hoặc bỏ…
complaintPanel-finalArrived = Họ đã gửi trả lời cuối cùng…
complaintPanel-finalUndo = Đó không phải trả lời cuối cùng của họ
complaintFinal-title = Trả lời cuối cùng của họ
complaintFinal-help = Lần liên hệ nào là câu trả lời cuối cùng của công ty cho khiếu nại của bạn (hoặc thư nói họ giữ nguyên quan điểm)? Thời hạn để bạn đi tiếp được tính từ ngày đó.
complaintFinal-contact = Lần liên hệ có trả lời cuối cùng của họ
complaintFinal-none = Chưa có lần liên hệ nào khác. Hãy ghi lại câu trả lời của họ bằng mục "Trả lời cuối cùng của họ" trong biểu mẫu ghi liên hệ.
complaintFinal-save = Đây là trả lời cuối cùng của họ
complaintPanel-letterComplaint = Soạn thư khiếu nại chính thức
complaintPanel-letterChaser = Soạn thư nhắc: đã quá hạn
complaintPanel-letterReferral = Soạn thư chuyển vụ việc lên cấp trên

complaintMark-title = Đánh dấu khiếu nại chính thức
complaintMark-titleChange = Sửa khiếu nại chính thức
complaintMark-help = Lần liên hệ nào là khiếu nại chính thức của bạn, và công ty ở đâu? Steward tra quy định của quốc gia và loại công ty đó rồi tính các mốc ngày.
complaintMark-contact = Lần liên hệ bạn đã khiếu nại
complaintMark-country = Công ty ở nước nào
complaintMark-sector = Loại công ty
complaintMark-choose = Chọn…
complaintMark-knownCountries = Steward biết quy định của
complaintMark-otherCountries = Nước khác (chưa có quy định)
complaintMark-noCountry = chưa rõ nước
complaintMark-ruleFound = Quy định:
complaintMark-noRuleTitle = Chưa biết quy định nào.
complaintMark-noRule = Bạn vẫn có thể đánh dấu: Steward giữ ngày và mã tham chiếu, và nói rõ là chưa biết thời hạn.
complaintMark-received = Công ty nhận được vào ngày
complaintMark-receivedHelp = Nếu không rõ, hãy chọn ngày bạn gửi.
complaintMark-reference = Mã khiếu nại của họ (nếu có)
complaintMark-save = Đánh dấu là khiếu nại chính thức
complaintMark-saveChange = Lưu thay đổi
complaintMark-clear = Bỏ đánh dấu
complaintMark-region = Bạn ở vùng nào của Vương quốc Anh
complaintMark-regionHelp = Ngày nghỉ lễ mỗi vùng một khác, và một số thời hạn được tính theo ngày làm việc.
complaintMark-region-england = Anh và xứ Wales
# same in every language (a name)
complaintMark-region-scotland = Scotland
complaintMark-region-ni = Bắc Ireland

# used by pattern: complaintSector-{sector}
complaintSector-financial-services = Ngân hàng, công ty cho vay hoặc bảo hiểm
# used by pattern: complaintSector-{sector}
complaintSector-payment-services = Thanh toán hoặc ví điện tử
# used by pattern: complaintSector-{sector}
complaintSector-energy = Gas hoặc điện
# used by pattern: complaintSector-{sector}
complaintSector-telecoms = Điện thoại hoặc internet
# used by pattern: complaintSector-{sector}
complaintSector-data-protection-access = Yêu cầu xem dữ liệu cá nhân của tôi
# used by pattern: complaintSector-{sector}
complaintSector-data-protection-complaint = Cách họ xử lý dữ liệu cá nhân của tôi
# used by pattern: complaintSector-{sector}
complaintSector-consumer-general = Hàng hóa hoặc dịch vụ
# used by pattern: complaintSector-{sector}
complaintSector-consumer-finance = Khoản vay, thẻ hoặc tài khoản (tài chính tiêu dùng)
# used by pattern: complaintSector-{sector}
complaintSector-banking-payment-account = Tài khoản ngân hàng hoặc thanh toán
# used by pattern: complaintSector-{sector}
complaintSector-banking-card = Thẻ ngân hàng
complaintSector-other = Loại khác

logKind-legend = Lần liên hệ này là gì?
logKind-ordinary = Liên hệ thông thường
logKind-complaint = Tôi đã khiếu nại chính thức
logKind-final = Trả lời cuối cùng của họ
logKind-complaintHelp = Công ty ở đâu và làm gì? Steward sẽ tính họ có bao lâu để trả lời.
logKind-finalHelp = Câu trả lời cuối cùng của họ cho khiếu nại của bạn (hoặc thư nói họ giữ nguyên quan điểm). Thời hạn để bạn đi tiếp được tính từ đây.
logKind-whereError = Hãy chọn công ty ở nước nào và là loại công ty gì.
logKind-marked = Đã đánh dấu là khiếu nại chính thức của bạn.
logKind-notMarked = Đã lưu, nhưng chưa đánh dấu là khiếu nại chính thức: { $error }
logKind-badgeComplaint = Khiếu nại chính thức
logKind-badgeFinal = Trả lời cuối cùng
complaintLetter-drafting = Đang soạn thư…
complaintLetter-to = Gửi:
complaintLetter-subject = Tiêu đề
complaintLetter-body = Nội dung thư
complaintLetter-masked = Thư được soạn từ dòng thời gian của bạn: có các mã tham chiếu, các mốc ngày và cách tính, còn thông tin riêng tư (số thẻ, mã…) được che như mọi bản xuất. Hãy đọc lại trước khi gửi.
complaintLetter-copy = Sao chép thư
complaintLetter-copied = Đã sao chép. Hãy dán vào e-mail hoặc mẫu khiếu nại của công ty.
complaintLetter-copyRefused = Hệ thống từ chối sao chép: hãy chọn nội dung thư rồi bấm Ctrl+C.
complaintLetter-save = Lưu thành tệp…
complaintLetter-saving = Đang lưu…
complaintLetter-saved = Đã lưu vào { $path }
complaintLetter-notSaved = Chưa lưu: hộp thoại Lưu đã bị đóng.

## django-helpdesk in the Share dialog's "Send to helpdesk" (ui/src/components/share/SendToHelpdesk.tsx)

helpdeskSend-queueNumber = Số hàng đợi (bộ phận hỗ trợ sẽ cho bạn biết)
helpdeskSend-djangoToken = Token API (hoặc tên đăng nhập:mật khẩu, nếu bộ phận hỗ trợ dùng mật khẩu)
helpdeskSend-ok-django = Đã kết nối: django-helpdesk chấp nhận token của bạn, và hàng đợi { $queue } dùng được; phiếu hỗ trợ được mở cho { $requestor }.

# Ghi nhanh (phím tắt toàn cục), cạnh phần cài đặt: phím tắt làm được gì trên màn hình này.
quickCapture-on = Nhấn Ctrl+Alt+L ở bất kỳ đâu trên màn hình để ghi lại một lần liên hệ.
quickCapture-wayland = Trên Wayland, Steward không nhận được Ctrl+Alt+L khi bạn ở ngoài cửa sổ của nó: hãy nhấn Ctrl+L trong cửa sổ để ghi lại một lần liên hệ.
quickCapture-noDisplay = Màn hình này không cho Steward dùng phím tắt ngoài cửa sổ của nó: hãy nhấn Ctrl+L trong cửa sổ để ghi lại một lần liên hệ.
quickCapture-taken = Một ứng dụng khác đang dùng Ctrl+Alt+L nên phím tắt không đến được Steward: hãy nhấn Ctrl+L trong cửa sổ để ghi lại một lần liên hệ.

## The exposure chain in the window (issue 22): the At risk screen, what an account checks, what an impostor got (ui/src/components/exposure/)

main-atRisk = Có nguy cơ
main-atRiskCount = { $n } tài khoản có nguy cơ
atRisk-title = Tài khoản có nguy cơ
atRisk-back = Quay lại
atRisk-intro = Khi có người mạo danh bạn lấy được thông tin cá nhân ở một công ty, mọi công ty dùng chính những thông tin đó để xác minh người gọi cũng bị hở theo. Đây là những gì đã lộ, những tài khoản nào vì thế có nguy cơ, và việc bạn nên làm.
atRisk-loading = Đang đọc những gì Steward biết…
atRisk-first = Việc cần làm trước
atRisk-showPlan = Xem kế hoạch
atRisk-leaked = Những gì đã lộ
atRisk-leakedAt = tại { $service }, { $date }
atRisk-leakedOn = ngày { $date }
atRisk-accounts = Tài khoản vì thế có nguy cơ
atRisk-accountsNone = Chưa thấy tài khoản nào khác của bạn dùng những thông tin đã lộ. Hãy cho Steward biết các tài khoản bên dưới kiểm tra gì để chắc chắn.
atRisk-stake = Có thể mất: { $stake }
atRisk-stakeUnknown = Có thể mất: chưa rõ
atRisk-repeat = Không phải lần đầu ở công ty này
atRisk-why = Vì sao có trong danh sách
atRisk-source = Nguồn:
atRisk-note = Ghi chép của Steward về bộ phận hỗ trợ của { $service }
atRisk-plan = Khóa chặt tài khoản
atRisk-notOffered = Theo ghi chép của Steward, { $service } không có cách này.
atRisk-askOffered = Hỏi { $service } xem họ có cách này không.
atRisk-openWizard = Bật xác minh hai bước…
atRisk-openLetter = Viết thư…
atRisk-editAnswers = { $service } kiểm tra gì…
atRisk-notAtRisk = Không có nguy cơ
atRisk-unknown = Chưa rõ: các công ty này có chấp nhận những gì đã lộ không?
atRisk-unknownHelp = Steward chưa biết các công ty này có dùng những thông tin đã lộ để xác minh bạn hay không. Hãy trả lời vài câu cho từng tài khoản (hoặc hỏi họ), Steward sẽ biết tài khoản đó có nguy cơ không.
atRisk-tell = Cho Steward biết họ kiểm tra gì
atRisk-nothing = Steward chưa thấy thông tin nào của bạn bị lộ.
atRisk-nothingHelp = Nếu có người mạo danh bạn lấy được thông tin từ một công ty — một đoạn chat bạn chưa từng có, một e-mail về thay đổi bạn không yêu cầu — hãy mở vụ việc đó, tạo cảnh báo và trả lời "Họ đã lấy được gì?". Steward sẽ hiện ở đây những tài khoản khác của bạn dùng các thông tin đó.
atRisk-noAccounts = Steward chưa biết tài khoản nào của bạn. Hãy thêm trong mục Tài khoản những nơi mà kẻ mạo danh có thể gọi đến để giả làm bạn — ngân hàng, e-mail, nhà mạng (công ty của mỗi vụ việc đã là một tài khoản).
knowledge-title = { $service } biết gì về bạn
knowledge-intro = Vài câu hỏi, đều không bắt buộc. Steward chỉ dùng câu trả lời để xem người lạ có thể vào tài khoản nào bằng thông tin bị lộ ở nơi khác. Steward không giữ số thẻ: nhiều nhất là 4 số cuối, luôn được che.
knowledge-loading = Đang đọc…
knowledge-stake = Người khác có thể làm gì với tài khoản này?
knowledge-stakeUnsure = Không chắc
knowledge-details = Thông tin của bạn ở { $service }
knowledge-detail = Thông tin
knowledge-holds = Họ có
knowledge-checks = Tổng đài hỏi để xác minh
knowledge-checksHelp = "Tổng đài hỏi để xác minh": họ hỏi điều này để biết đúng là bạn khi bạn gọi hoặc chat.
knowledge-cardLastFour = 4 số cuối của thẻ họ lưu
knowledge-cardHint = Chỉ 4 số cuối. Số sẽ được che sau khi nhập.
knowledge-cardKept = Đang lưu: { $hint }. Nhập 4 số để đổi.
knowledge-fromRules = Theo ghi chép của Steward, tổng đài { $service } chấp nhận thông tin này.
knowledge-forget = Xóa
knowledge-forgetLabel = Xóa câu trả lời của bạn về { $detail }
knowledge-sources = Ghi chép của Steward lấy từ:
knowledge-skip = Để sau
knowledge-save = Lưu
knowledge-saving = Đang lưu…
accounts-whatTheyCheck = Họ kiểm tra gì…
accounts-whatTheyCheckLabel = Họ kiểm tra gì… ({ $service })
disclosed-ask = Họ đã lấy được gì?
disclosed-askHelp = Cho Steward biết kẻ mạo danh đã lấy được thông tin nào của bạn: Steward sẽ tìm các tài khoản khác dùng chính thông tin đó.
disclosed-got = Họ đã lấy được: { $details }
disclosed-askedOnly = Họ đã hỏi: { $details }
disclosed-change = Sửa
disclosed-seeAtRisk = Xem tài khoản nào có nguy cơ
disclosed-title = Họ đã lấy được gì? (cảnh báo { $n })
disclosed-intro = Đánh dấu những gì kẻ mạo danh đã hỏi và đã được cho biết. Steward đã đọc đoạn chat và đánh dấu sẵn những gì tìm thấy; bạn hãy xem lại từng dòng — bạn biết rõ nhất điều gì đã được nói.
disclosed-noEvidence = Báo động này không có đoạn chat nào để Steward đọc: hãy đánh dấu những gì bạn biết.
disclosed-noneFound = Steward không thấy thông tin nào của bạn trong đoạn chat: hãy đánh dấu những gì bạn biết.
disclosed-askedFor = Họ đã hỏi
disclosed-gotIt = Họ đã lấy được
disclosed-inTranscript = Trong đoạn chat:
disclosed-cardValue = 4 số cuối họ lấy được (không bắt buộc)
disclosed-cardFound = Trong đoạn chat: { $hint }
disclosed-confirm = Xác nhận
disclosed-saving = Đang lưu…
disclosed-secondTimeLetter = Viết cho { $service }: đây là lần thứ hai…
exposureLetter-title = Thư gửi { $service }
exposureLetter-masked = Thư chỉ nêu loại thông tin đã lộ, không bao giờ nêu giá trị: số thẻ, địa chỉ và số điện thoại của bạn đều được bỏ đi hoặc che. Hãy đọc lại trước khi gửi.

## How this profile is unlocked (issue 18; ui/src/components/frame/UnlockSettings.tsx)

unlockSettings-title = Mở bằng:
unlockSettings-nowKeyring = kho khóa của hệ thống
unlockSettings-nowPassphrase = cụm mật khẩu của bạn
unlockSettings-change = Đổi cách mở…
unlockSettings-dialogTitle = Cách mở hồ sơ này
unlockSettings-intro = Dữ liệu của bạn sẽ được mã hóa lại bằng khóa mới, và khóa bí mật của ứng dụng xác thực cũng được chuyển theo. Nếu có trục trặc giữa chừng, sẽ không có gì thay đổi: hồ sơ vẫn mở được như hiện nay.
unlockSettings-choose = Mở bằng
unlockSettings-toNewPassphrase = Một cụm mật khẩu mới
unlockSettings-toKeyring = Kho khóa của hệ thống (không cần gõ cụm mật khẩu)
unlockSettings-noKeyring = Máy này không có kho khóa của hệ thống.
unlockSettings-current = Cụm mật khẩu hiện tại
unlockSettings-wrongCurrent = Đây không phải cụm mật khẩu đang mở hồ sơ này. Chưa có gì thay đổi.
unlockSettings-rememberNew = Bạn hãy chọn cụm mật khẩu mình nhớ được: thiếu nó thì không mở được dữ liệu. Steward sẽ hỏi nó mỗi khi bạn mở khóa.
unlockSettings-keyringNote = Khóa sẽ được cất vào kho khóa của hệ thống; Steward sẽ không hỏi cụm mật khẩu nữa.
unlockSettings-confirm = Đổi
unlockSettings-changing = Đang đổi…
unlockSettings-donePassphrase = Xong: từ giờ hồ sơ này được mở bằng cụm mật khẩu của bạn. { $n } tài khoản xác thực đã được chuyển theo.
unlockSettings-doneKeyring = Xong: từ giờ hồ sơ này được mở bằng kho khóa của hệ thống. { $n } tài khoản xác thực đã được chuyển theo.

## Tài khoản: thêm tài khoản chưa có vụ việc (issue 22)
accounts-addLabel = Thêm tài khoản theo tên dịch vụ
accounts-addPlaceholder = ví dụ: ngân hàng, nhà cung cấp e-mail của bạn
accounts-add = Thêm
accounts-addHelp = Hãy thêm những dịch vụ mà kẻ mạo danh có thể gọi đến để giả làm bạn — ngân hàng, e-mail, nhà mạng — rồi cho Steward biết mỗi nơi kiểm tra những gì.
