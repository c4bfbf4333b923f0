"""Session 54, Thai as an accounts and admin officer's job search in Thailand holds it: factories' and hospitals' HR in
formal Thai with its particles ("ขอให้ท่านเลือกรอบสัมภาษณ์ที่สะดวก", "มีความยินดีรับท่านเข้าทำงาน", "จึงขอแจ้งปิดการ
สรรหาตำแหน่งดังกล่าว"), an agency's slots ("แจ้งว่าสะดวกช่วงไหนนะคะ"), a start-up writing Thai and English in one line
("สะดวก Mon 9 Mar 2pm หรือ Wed 11 Mar 10am มั้ยคะ?"), a board's status line ("สถานะ: ไม่ได้รับการพิจารณา") and owners
on their phones ("อยากให้มาลองทำงานจริงสัก 1 วันก่อน"). Tested here in invented words, with the look-alikes that share
them: a flat's rental application approved, a friend's news of her own new job with HR's words quoted, a volunteer
group's welcome, a gym's free day, a friend's Saturday coffee."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # HR takes the user's yes as settled, with the day and hour
    ("hr-sees-you-on-the-day", "interview_confirmation", _m(
        "วิไลวรรณ ทองดี <wilaiwan.t@chonburisteel.example>", "ตอบกลับ: เชิญสัมภาษณ์งาน ตำแหน่งเจ้าหน้าที่การเงิน",
        "เรียน คุณอเล็กซ์\n\nได้รับการยืนยันแล้วค่ะ แล้วพบกันวันอังคารที่ 10 มี.ค. เวลา 09.30 น. นะคะ "
        "กรุณาแลกบัตรที่ป้อมยามด้านหน้าค่ะ\n\nวิไลวรรณ\nฝ่ายทรัพยากรบุคคล\n",
        quoted="เรียนคุณวิไลวรรณ\n\nยืนยันการเข้าสัมภาษณ์ครับ\n\nอเล็กซ์")),
    # an agency passes on its client's slots and asks which suits
    ("an-agency-asks-which-slot", "interview_invitation", _m(
        "Ploy | Siam Staffing <ploy@siamstaffing.example>", "นัดสัมภาษณ์กับลูกค้า - Accounting Officer",
        "สวัสดีค่ะคุณอเล็กซ์\n\nลูกค้าบริษัทผลิตชิ้นส่วนที่บางปูสนใจประวัติของคุณค่ะ และเสนอมา 2 ช่วงเวลา\n"
        "  1) อังคารที่ 17 มี.ค. เวลา 10.00 น.\n  2) พุธที่ 18 มี.ค. เวลา 14.00 น.\n\n"
        "รบกวนแจ้งพลอยภายในวันศุกร์ว่าสะดวกช่วงไหนนะคะ\n\nPloy\nRecruitment Consultant\n")),
    # a hospital: the written exam passed, an interview round to choose
    ("a-round-to-choose-after-the-exam", "interview_invitation", _m(
        "งานสรรหาบุคลากร <recruit@rongphayaban.example>", "ผลการสอบข้อเขียน และเชิญสัมภาษณ์ ตำแหน่งเจ้าหน้าที่พัสดุ",
        "เรียน คุณ Alex Morgan\n\nตามที่ท่านได้เข้าสอบข้อเขียน ตำแหน่งเจ้าหน้าที่พัสดุ เมื่อวันที่ 3 มีนาคม 2569 นั้น "
        "ท่านผ่านการสอบข้อเขียน\n\nขอให้ท่านเลือกรอบสัมภาษณ์ที่สะดวก 1 รอบ\n  รอบที่ 1 วันจันทร์ที่ 16 มีนาคม 2569 "
        "เวลา 09.00 น.\n  รอบที่ 2 วันจันทร์ที่ 16 มีนาคม 2569 เวลา 13.30 น.\n\nงานสรรหาบุคลากร\n")),
    # a start-up's second round, two times asked in English between Thai words
    ("a-startups-mixed-slots", "interview_invitation", _m(
        "Fon Rattana <fon@kanomlab.example>", "ขอนัด interview รอบสองนะคะ",
        "Hi Alex!\n\nทีมชอบ case ที่ส่งมามากค่ะ เลยขอนัด interview รอบสองกับ CEO นะคะ ประมาณ 1 ชม.\n\n"
        "สะดวก Mon 9 Mar 2pm หรือ Wed 11 Mar 10am มั้ยคะ?\n\nFon\nPeople | Kanom Lab\n")),
    # a letter of the result: taken on, with the pay and the reporting day
    ("a-letter-takes-the-user-on", "offer", _m(
        "ฝ่ายทรัพยากรมนุษย์ <hr@rongphayaban.example>", "แจ้งผลการคัดเลือก ตำแหน่งเจ้าหน้าที่พัสดุ",
        "เรียน คุณ Alex Morgan\n\nปรากฏว่าท่านเป็นผู้ผ่านการคัดเลือก โรงพยาบาลจึงมีความยินดีรับท่านเข้าทำงาน "
        "โดยมีรายละเอียดดังนี้\n1. อัตราเงินเดือน 19,500 บาท\n2. วันรายงานตัว วันจันทร์ที่ 1 มิถุนายน 2569 เวลา 08.00 น.\n\n"
        "กรุณายืนยันการเข้าทำงานภายในวันที่ 15 พฤษภาคม 2569\n\nฝ่ายทรัพยากรมนุษย์\n")),
    # the search for the post closed, after an earlier call-off
    ("the-search-for-the-post-closed", "rejection", _m(
        "สุภาพร แก้วมณี <supaporn.k@bangpooplastic.example>", "Re: ยกเลิกนัดสัมภาษณ์ วันพุธที่ 11 มี.ค.",
        "เรียน คุณอเล็กซ์\n\nอ้างถึงอีเมลแจ้งยกเลิกการสัมภาษณ์ ตำแหน่งเจ้าหน้าที่บัญชีเจ้าหนี้ บริษัทฯ ได้ตัดสินใจโอนงานนี้"
        "ให้พนักงานภายใน จึงขอแจ้งปิดการสรรหาตำแหน่งดังกล่าว และจะไม่มีการนัดสัมภาษณ์ในตำแหน่งนี้อีก\n\n"
        "ขอให้โชคดีค่ะ\nสุภาพร\nฝ่ายบุคคล\n", quoted="ขอบคุณครับ รอฟังข่าวครับ\n\nอเล็กซ์")),
    # a board's status line for the user's application, with jobs suggested below
    ("a-boards-status-line", "rejection", _m(
        "HiredThai <noreply@hiredthai.example>", "อัปเดตสถานะใบสมัคร: เจ้าหน้าที่บัญชี",
        "สวัสดีคุณ Alex\n\nมีการอัปเดตสถานะใบสมัครของคุณ\n\nเจ้าหน้าที่บัญชี\nบริษัท ไทยรุ่งเรือง จำกัด\n"
        "สถานะ: ไม่ได้รับการพิจารณา\n\nอย่าเพิ่งท้อ! ยังมีงานบัญชีอีกกว่า 800 ตำแหน่งรอคุณอยู่\n")),
    # an owner asks for a day of the work, from her phone
    ("an-owner-asks-for-a-day-of-work", "assessment", _m(
        "Noi - Baan Suan Cafe <noi.baansuan@gmail.com>", "ชวนมาลองงานวันเสาร์นี้",
        "สวัสดีค่ะคุณอเล็กซ์\n\nพี่น้อยเจ้าของร้านค่ะ น้องเมย์ส่ง resume ของคุณมาให้ ร้านกำลังหาคนดูแลบัญชีกับสต็อก "
        "เลยอยากให้มาลองทำงานจริงสัก 1 วันก่อนค่ะ วันเสาร์ที่ 21 มี.ค. 9 โมงถึงบ่าย 3\n\nน้อย\n")),
    # the door left open after the user's no
    ("the-door-left-open", "company_reply", _m(
        "Somchai Wongdee <somchai.w@laemchabangfreight.example>", "Re: สัมภาษณ์ตำแหน่งเจ้าหน้าที่บัญชี",
        "เข้าใจครับ เสียดายครับ\nถ้าเปลี่ยนใจภายในเดือนนี้ทักมาได้นะครับ ตำแหน่งยังเปิดอยู่\n\nสมชาย\n",
        quoted="ขอบคุณมากครับที่เสนอตำแหน่งให้ผม แต่ขออนุญาตปฏิเสธข้อเสนอครับ\n\nอเล็กซ์")),
]

OTHER_MAIL = [
    # a flat's rental application approved, with its rent, deposit and move-in day
    ("a-flats-rental-application", _m(
        "บ้านสวนริมน้ำ อพาร์ทเมนท์ <baansuanrimnam@gmail.com>", "ผลการพิจารณาใบสมัครเช่าห้องพัก ห้อง 305",
        "เรียน คุณอเล็กซ์\n\nใบสมัครเช่าห้องพักของคุณผ่านการพิจารณาแล้ว (ตรวจสอบหนังสือรับรองเงินเดือนแล้ว)\n"
        "ค่าเช่า: 5,800 บาท/เดือน\nสัญญาเช่า 1 ปี เริ่ม 1 มิถุนายน 2569\nนัดทำสัญญาและรับกุญแจวันเสาร์ที่ 30 พ.ค. "
        "เวลา 10.00 น.\n\nฝ่ายขาย\n")),
    # a friend's news of her own new job, HR's words quoted
    ("a-friends-own-new-job", _m(
        "Nan Sirikul <nan.sirikul@gmail.com>", "ได้งานแล้ว!!",
        "อเล็กซ์!!\n\nเราได้งานแล้ว!! HR โทรมาบอกว่า \"บริษัทยินดีรับคุณเข้าทำงาน\" เงินเดือน 32,000 เริ่ม 1 พ.ค.\n"
        "เสาร์นี้ไปฉลองกันนะ\n\nแนน\n")),
    # a volunteer group's welcome and shift
    ("a-volunteer-groups-welcome", _m(
        "มูลนิธิอาสาชายฝั่ง <volunteer@asachaifang.example>", "ยืนยันตารางอาสาสมัคร",
        "เรียน คุณอเล็กซ์\n\nทีมงานได้พิจารณาใบสมัครแล้ว ยินดีต้อนรับท่านเข้าร่วมเป็นอาสาสมัครค่ะ\nกะของท่าน: "
        "วันเสาร์ที่ 11 เมษายน 2569 เวลา 08.00 - 12.00 น.\n\nมูลนิธิอาสาชายฝั่ง\n")),
    # a gym's free day
    ("a-gyms-free-day", _m(
        "FitPlus Bangna <member@fitplus.example>", "ชวนมาลองเล่นฟรี 1 วัน!",
        "สวัสดีค่ะคุณ Alex\n\nชวนมาลองเล่นฟรี 1 วัน ทุกคลาส วันเสาร์นี้ สะดวกวันไหนจองผ่านแอปได้เลยค่ะ\n\nFitPlus\n")),
    # a friend's Saturday coffee
    ("a-friends-saturday-coffee", _m(
        "Pete <pete.kk@gmail.com>", "กาแฟเสาร์นี้",
        "เฮ้ย อเล็กซ์ ไปกินกาแฟกันมั้ย ร้านใหม่แถวอารีย์\nงั้นเจอกันวันเสาร์ บ่ายสองนะ\n\nพีท\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
