"""Session 42, Vietnamese: how outsourcing firms, a fintech, a Japanese offshore centre and headhunters in Ho Chi Minh City
write each step (with and without diacritics, teencode's "pv" for phỏng vấn), each tested here in invented words, with the
look-alikes that share them: a school's admission, a hotel room cancelled beside a new interview time, a friend's visit."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a manager asks the user to come by the office for a coffee and a talk
    ("vi-come-by-our-office-for-a-coffee", "interview_invitation", _m(
        "Trần Minh Quân <quan.tran@saoviet-soft.example>", "QA Lead - Sao Viet Soft",
        "Chào Alex,\n\nAnh là Quân, Engineering Manager bên Sao Việt Soft. Bên anh đang tuyển QA Lead cho dự án ngân hàng."
        "\nTuần sau em ghé văn phòng anh ở Quận 3 uống cà phê nói chuyện chút được không? Chiều thứ 4 hoặc thứ 5 đều "
        "được.\n\nAnh Quân\n")),
    # ... and without diacritics, in teencode
    ("vi-no-diacritics-invited-to-a-pv", "interview_invitation", _m(
        "Le Thu Trang <trang.le@mekong-outsourcing.example>", "Mekong Outsourcing - Automation Tester",
        "Hi anh Alex,\n\nem la Trang ben tuyen dung Mekong Outsourcing. Em da xem CV cua anh ung tuyen vi tri Automation "
        "Tester tren ITviec. Em muon moi anh tham gia pv vong 1 voi team lead, online qua Google Meet khoang 45 phut a. "
        "Anh cho em xin vai khung gio trong tuan nay nhe.\n\nTrang\nRecruiter - Mekong Outsourcing\n")),
    ("vi-time-fixed-in-teencode", "interview_confirmation", _m(
        "Phạm Hoài An <an.pham@vinapay.example>", "Re: VinaPay - QA Engineer",
        "Hi anh Alex,\n\nEm chốt lịch pv 14h thứ Năm 12/03 nha anh, tại văn phòng VinaPay tầng 5. Anh mang theo CCCD để "
        "gửi xe giúp em ạ.\n\nHoài An - Talent Acquisition\n", quoted="Thứ Năm 14h anh đi được nhé.")),
    ("vi-pv-moved-to-friday", "reschedule", _m(
        "Phạm Hoài An <an.pham@vinapay.example>", "Re: VinaPay - QA Engineer",
        "Hi anh Alex,\n\nAnh ơi, sếp em có việc đột xuất nên buổi pv vòng 2 xin dời sang 10h thứ Sáu 13/03 được không "
        "ạ? Em xin lỗi anh nhiều.\n\nHoài An\n", quoted="Thứ Năm 14h anh đi được nhé.")),
    ("vi-pv-called-off", "cancellation", _m(
        "Phạm Hoài An <an.pham@vinapay.example>", "Re: VinaPay - QA Engineer",
        "Hi anh Alex,\n\nEm xin phép hủy lịch pv chiều thứ Năm ạ, dự án bên em đang tạm dừng. Khi nào có kế hoạch mới em "
        "báo lại anh sau.\n\nHoài An\n", quoted="Thứ Năm 14h anh đi được nhé.")),
    # a new time with the hotel room cancelled is a move, not a call-off
    ("vi-new-time-and-the-hotel-room-cancelled", "reschedule", _m(
        "Đỗ Khánh Linh <linh.do@sakura-offshore.example>", "RE: Sakura Offshore - Final interview (Hà Nội)",
        "Dear anh Alex,\n\nBuổi phỏng vấn vòng cuối xin được dời sang 9h00 thứ Tư 18/03 ạ. Lịch mới không cần ở lại qua "
        "đêm nên em đã hủy phòng khách sạn cho anh ạ.\n\nTrân trọng,\nĐỗ Khánh Linh\nHR - Sakura Offshore\n",
        quoted="Em xác nhận tham dự buổi phỏng vấn ngày 17/03.")),
    # an offer as a founder and as HR say it
    ("vi-founder-asks-to-come-and-work", "offer", _m(
        "Nguyễn Đức Huy <huy@laclong-labs.example>", "Re: QA Lead - Lạc Long Labs",
        "Alex,\n\nCảm ơn em hôm qua đã ghé. Anh với team đều thấy hợp, nên bên anh muốn mời em về làm QA Lead. Lương "
        "40tr gross, thử việc 2 tháng hưởng 100% lương.\nEm suy nghĩ rồi báo anh trước thứ Sáu nhé.\n\nAnh Huy\n",
        quoted="Cảm ơn anh đã dành thời gian nói chuyện.")),
    ("vi-hr-says-you-were-selected", "offer", _m(
        "Phòng Nhân sự <tuyendung@thanhcong-finance.example>", "Thông báo kết quả phỏng vấn - Senior Tester",
        "Kính gửi anh Alex Morgan,\n\nChúc mừng anh đã trúng tuyển vị trí Senior Tester tại Thành Công Finance.\n"
        "- Mức lương: 35.000.000 VNĐ gross/tháng\n- Thử việc: 2 tháng, hưởng 100% lương\n- Ngày bắt đầu làm việc: "
        "04/05/2026\nAnh vui lòng phản hồi xác nhận trước ngày 20/03.\n\nTrân trọng,\nPhòng Nhân sự\n")),
]

OTHER_MAIL = [
    # a university's admission is no job's
    ("vi-university-admission", _m(
        "Phòng Đào tạo <tuyensinh@dh-khoahoc.example>", "Kết quả xét tuyển thạc sĩ đợt 1 năm 2026",
        "Chúc mừng anh Alex Morgan đã trúng tuyển vào trường, ngành Khoa học Máy tính (nguyện vọng 1). Mời anh đến làm "
        "thủ tục nhập học lúc 8h00 ngày 20/03.\n")),
    # a friend's visit to the user's office, a hotel's cancelled booking
    ("vi-friend-drops-by-for-a-coffee", _m(
        "Bảo Ngọc <baongoc.nguyen92@gmail.com>", "cafe ko",
        "Ê mai tao ghé văn phòng mày uống cà phê chút nha, lâu rồi không gặp. 3h chiều được ko?\nNgọc\n")),
    ("vi-hotel-booking-cancelled", _m(
        "Saigon Riverside Hotel <booking@saigonriverside.example>", "Xác nhận hủy đặt phòng #RS20394",
        "Kính gửi Quý khách Alex Morgan,\nLịch lưu trú ngày 18/03 của Quý khách đã được hủy theo yêu cầu. Khoản đặt cọc "
        "sẽ được hoàn trong 7 ngày làm việc.\nSaigon Riverside Hotel\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
