"""Session 54, Vietnamese as a sales administrator's job search in Vietnam holds it: distributors' and banks' HR in formal
Vietnamese ("trân trọng mời anh tham dự buổi phỏng vấn", "phòng nhân sự đã nhận được xác nhận của anh"), portals' and
banks' statuses ("Trạng thái: Đóng hồ sơ - Không tiếp tục"), line managers typing on their phones without diacritics
("a qua cty phong van dc ko?", "a lui qua 2h chieu dc ko"), an old Outlook's decomposed tone marks and its old tone
placement ("huỷ"), and its Vietnamese quote header ("Từ: / Đã gửi: / Đến: / Chủ đề:"). Tested here in invented words,
with the look-alikes that share them: a dentist's follow-up visit moved, a shop's regret to its customer, a language
centre's placement test, a magazine's interview, a friend asking for a free evening."""

from __future__ import annotations

import unicodedata

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a distributor's receipt of the CV by mail, in a reply
    ("hr-received-the-cv", "application_ack", _m(
        "Phòng Nhân sự Hoà Phát Food <nhansu@hoaphatfood.example>", "Re: Ứng tuyển vị trí Sales Admin - Alex Morgan",
        "Chào anh Alex,\n\nPhòng nhân sự đã nhận được email và CV ứng tuyển vị trí Sales Admin của anh. Bộ phận kinh "
        "doanh sẽ liên hệ trực tiếp nếu hồ sơ phù hợp.\n\nTrân trọng,\nPhòng Nhân sự\n",
        quoted="Kính gửi Phòng Nhân sự,\nEm xin gửi CV ứng tuyển vị trí Sales Admin.\nAlex Morgan")),
    # formal HR's invitation, asked to be confirmed, sent with decomposed tone marks (NFD)
    ("a-formal-invitation-in-decomposed-marks", "interview_invitation", _m(
        "Tuyển dụng Minh Phát <tuyendung@minhphat.example>", "Thư mời phỏng vấn - Nhân viên Sales Admin",
        unicodedata.normalize("NFD", "Kính gửi anh Alex Morgan,\n\nCông ty trân trọng mời anh tham dự buổi phỏng vấn "
                              "vị trí Nhân viên Sales Admin:\n\n- Thời gian: 14h00, thứ ba, ngày 07/04/2026\n- Địa điểm: "
                              "tầng 3, 12 Lê Lợi, Quận 1\n\nVui lòng phản hồi email xác nhận tham dự trước ngày "
                              "06/04/2026.\n\nTrân trọng,\nPhòng Nhân sự\n"))),
    # a sales manager on her phone, without diacritics
    ("a-manager-without-diacritics", "interview_invitation", _m(
        "Le Thi Hoa <hoa.le@dongtamfood.example>", "phong van sales admin",
        "a alex oi, c la hoa truong phong kinh doanh. thu 3 tuan sau 10h a ghe cty phong van dc ko? nho mang cv nha\n\n"
        "hoa\n")),
    # the user's yes noted and the time set, above Vietnamese Outlook's quote header
    ("the-yes-noted-above-a-vietnamese-quote-header", "interview_confirmation", _m(
        "Phạm Thu Trang <trang.pt@minhphat.example>", "Trả lời: Thư mời phỏng vấn - Nhân viên Sales Admin",
        "Chào anh Alex,\n\nPhòng nhân sự ghi nhận xác nhận của anh. Hẹn anh 14h00 thứ ba (07/04) tại tầng 3.\n\n"
        "Thân mến,\nTrang\n\nTừ: Alex Morgan <alex.morgan@example.net>\nĐã gửi: 03 tháng tư 2026 21:05\nĐến: Phạm Thu "
        "Trang <trang.pt@minhphat.example>\nChủ đề: RE: Thư mời phỏng vấn - Nhân viên Sales Admin\n\nEm xác nhận sẽ "
        "tham dự. Em cảm ơn chị.\n")),
    # the manager moves it from her phone
    ("a-move-without-diacritics", "reschedule", _m(
        "Le Thi Hoa <hoa.le@dongtamfood.example>", "Re: phong van sales admin",
        "a alex oi, sang thu 3 c phai di thi truong dot xuat, a doi sang 15h thu 4 dc ko a? c xin loi nha\n\nhoa\n",
        quoted="Da em qua luc 10h thu 3 a.\nAlex")),
    # an interview called off in the old tone placement
    ("called-off-with-the-old-tone-placement", "cancellation", _m(
        "HR Sakura Trading <hr@sakuratrading.example>", "Thông báo huỷ lịch phỏng vấn ngày 09/04",
        "Kính gửi anh Alex Morgan,\n\nDo trưởng phòng có lịch công tác đột xuất, công ty xin huỷ lịch phỏng vấn lúc "
        "9h00 ngày 09/04/2026 và sẽ liên hệ lại với anh sau.\n\nTrân trọng,\nSakura Trading HR\n")),
    # a portal's status: not taken further
    ("a-portals-status-not-taken-further", "rejection", _m(
        "ViecNhanh <no-reply@viecnhanh.example>", "Cập nhật hồ sơ ứng tuyển: Sales Admin",
        "Xin chào Alex Morgan,\n\nCảm ơn bạn đã ứng tuyển vị trí Sales Admin tại Công ty Đông Tâm. Nhà tuyển dụng đã "
        "quyết định không tiếp tục với hồ sơ của bạn ở thời điểm này.\n\nViecNhanh\n")),
    # a small firm: the post already filled
    ("the-post-filled", "rejection", _m(
        "Ngọc Hân <hcns.anphu@gmail.com>", "Re: Mời phỏng vấn vị trí Sales Admin",
        "Chào anh Alex,\n\nEm là Hân bên An Phú ạ. Em xin lỗi anh vì hẹn báo lại lịch phỏng vấn mà giờ mới trả lời. "
        "Giám đốc đã nhận một bạn từng làm sales admin ngành thực phẩm, nên vị trí này bên em đã tuyển đủ người rồi ạ. "
        "Em cảm ơn anh đã quan tâm đến công ty.\n\nNgọc Hân\nHành chính nhân sự - Công ty An Phú\n",
        quoted="Chào em, anh vẫn chờ lịch phỏng vấn mới. Alex")),
    # a test sent for the post
    ("a-test-sent", "assessment", _m(
        "Phòng Nhân sự Đông Tâm <nhansu@dongtamfood.example>", "Bài kiểm tra vòng 2 - Sales Admin - Alex Morgan",
        "Chào anh Alex,\n\nPhòng nhân sự gửi anh bài kiểm tra Excel vòng 2 cho vị trí Sales Admin. Anh gửi lại bài làm "
        "trước 17h00 thứ sáu 10/04/2026.\n\nTrân trọng,\nPhòng Nhân sự\n")),
    # a bank's recruiter: still under review
    ("still-under-review", "company_reply", _m(
        "Ngô Thanh Vân <van.nt@sgbank.example>", "Re: Hỏi về hồ sơ ứng tuyển - Chuyên viên hỗ trợ kinh doanh",
        "Chào anh Alex,\n\nHồ sơ của anh vẫn đang trong quá trình xét duyệt, bộ phận tuyển dụng chưa thể sắp xếp lại "
        "lịch phỏng vấn. Chị sẽ báo anh khi có thông tin.\n\nTrân trọng,\nThanh Vân\n",
        quoted="Chào chị, em muốn hỏi về tình trạng hồ sơ của em. Alex")),
]

OTHER_MAIL = [
    # a dentist's follow-up visit moved, with its regret
    ("a-dentists-follow-up-moved", _m(
        "Nha khoa Bình An <cskh@nhakhoabinhan.example>", "Thay đổi lịch hẹn tái khám",
        "Kính gửi Quý khách Alex Morgan,\n\nNha khoa Bình An rất tiếc phải thông báo lịch hẹn tái khám của Quý khách "
        "được dời sang 17h00 thứ hai 13/04/2026.\n\nNha khoa Bình An\n")),
    # a shop's regret to its customer
    ("a-shops-regret", _m(
        "Shop Nhà Xinh <cskh@nhaxinh.example>", "Đơn hàng NX-2231 bị huỷ",
        "Kính gửi Quý khách,\n\nChúng tôi rất tiếc phải thông báo đơn hàng NX-2231 của Quý khách đã bị huỷ do hết "
        "hàng.\n\nShop Nhà Xinh\n")),
    # a language centre's placement test
    ("a-language-centres-placement-test", _m(
        "Anh ngữ Sao Mai <tuvan@saomai.example>", "Bài kiểm tra đầu vào khóa IELTS",
        "Chào bạn Alex,\n\nTrung tâm gửi bạn bài kiểm tra đầu vào để xếp lớp khóa IELTS tối 2-4-6. Bạn làm trước "
        "thứ bảy nhé.\n\nAnh ngữ Sao Mai\n")),
    # a magazine's interview
    ("a-magazines-interview", _m(
        "Thu Hằng <hang@tapchibanhang.example>", "Mời phỏng vấn cho chuyên mục Nghề bán hàng",
        "Chào anh Alex,\n\nEm là phóng viên. Bên em muốn mời anh tham gia phỏng vấn cho tạp chí Bán Hàng số tháng 5 về "
        "nghề sales admin.\n\nThu Hằng\n")),
    # a friend asking for a free evening
    ("a-friends-free-evening", _m(
        "Minh Tuấn <tuan.minh@gmail.com>", "cafe cuoi tuan",
        "Alex oi, cho minh xin lich ranh tuan sau di cafe nhe, lau roi khong gap.\n\nTuan\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
