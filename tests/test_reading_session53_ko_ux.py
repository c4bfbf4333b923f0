"""Session 53, Korean as a UX researcher's job search in Korea holds it: HR in formal 합니다체 ("1차 면접 대상자로
선정되셨음을 알려드립니다", "면접전형을 아래와 같이 시행하오니", "필기시험을 아래와 같이 시행하오니"), a board's receipt that
names the field applied for ("지원 분야 : UX Research"), team leads and founders in 해요체 from their phones ("오후 2시
괜찮으세요?", "11시로 옮겨도 괜찮으실까요?", "커피챗은 취소해야 할 것 같습니다"), a headhunter on Naver mail who speaks of the
employer as the client ("고객사"), and the decline buried after the thanks ("채용 절차는 종료하게 되었습니다"). Tested here in
invented words, with the look-alikes that share them: a user-research study's interview, a career newsletter that says
"불합격", an interview coaching booked and paid for, a graduate school's admission interview, a final pass that is not
yet one."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a board's receipt naming the field applied for, which is the user-research a study would also name
    ("a-boards-receipt-names-ux-research", "application_ack", _m(
        "인크루트 <noreply@incruit.example>", "[인크루트] 입사지원이 완료되었습니다",
        "알렉스 모건 회원님, 입사지원이 정상적으로 완료되었습니다.\n\n■ 지원 기업 : (주)하늘소프트\n"
        "■ 지원 분야 : UX Research\n■ 지원 일시 : 2026.03.02 10:15\n\n본 메일은 발신전용입니다.\n")),
    # HR selects the user for the first round, after thanking for the aptitude test taken
    ("selected-for-the-first-round", "interview_invitation", _m(
        "김민지 <minji.kim@daehanlife.example>", "[대한생명] 1차 면접 안내",
        "알렉스 모건 님 안녕하십니까,\n대한생명 인사팀 김민지입니다.\n\n인적성검사에 응시해 주셔서 감사드리며, "
        "1차 면접(직무 면접) 대상자로 선정되셨음을 알려드립니다.\n\n - 일시 : 2026년 3월 12일(목) 14:00\n"
        " - 장소 : 본사 7층\n\n감사합니다.\n김민지 드림\n")),
    # a team lead asks from his phone whether a time suits
    ("a-team-lead-asks-if-two-pm-suits", "interview_invitation", _m(
        "박준호 <junho.park@bitgames.example>", "2차 면접 관련해서요",
        "알렉스님 안녕하세요, 빛게임즈 박준호예요.\n1차 면접 수고 많으셨어요!\n\n"
        "2차는 실장님이랑 같이 보는 자리인데요, 다음주 목요일(12일) 오후 3시 괜찮으세요?\n\n박준호 드림\n")),
    # a public institution's interview notice, set without asking back
    ("a-public-bodys-interview-notice", "interview_confirmation", _m(
        "한국문화진흥원 인재경영팀 <recruit@kcpa.example>", "[한국문화진흥원] 필기시험 합격 및 면접전형 안내",
        "지원자께서는 필기시험에 합격하셨습니다.\n면접전형을 아래와 같이 시행하오니 참석하여 주시기 바랍니다.\n\n"
        "1. 일시 : 2026. 4. 3.(금) 10:00\n2. 장소 : 본원 2층 회의실\n\n한국문화진흥원 인재경영팀\n")),
    # a founder moves the meeting from his phone
    ("a-founder-moves-it-from-his-phone", "reschedule", _m(
        "이상민 <sangmin@dalbit.example>", "RE: 달빛랩 2차 미팅",
        "알렉스님 죄송해요 ㅠㅠ\n수요일에 외부 일정이 생겨서요..\n"
        "2차 면접을 목요일(5일) 오후 4시로 옮겨도 괜찮으실까요?\n\n이상민 드림\n",
        quoted="상민님 안녕하세요, 수요일 2시에 뵙겠습니다.\n\n알렉스")),
    # a coffee chat called off in 해요체
    ("a-coffee-chat-called-off", "cancellation", _m(
        "정다은 <daeun@moongle.example>", "문글 커피챗 관련",
        "알렉스님 안녕하세요, 문글 정다은입니다.\n\n리서처 포지션 관련해서 다음주 월요일에 잡았던 커피챗 말인데요, "
        "팀 일정이 갑자기 바뀌어서 "
        "죄송하지만 이번 커피챗은 취소해야 할 것 같아요.\n\n정리되면 다시 연락드릴게요!\n정다은\n")),
    # a public institution's written test
    ("a-written-test-held", "assessment", _m(
        "한국문화진흥원 인재경영팀 <recruit@kcpa.example>", "[한국문화진흥원] 서류전형 합격 및 필기시험 안내",
        "지원자께서는 서류전형에 합격하셨습니다.\n필기시험을 아래와 같이 시행하오니 수험표를 지참하여 참석하시기 "
        "바랍니다.\n\n1. 일시 : 2026. 3. 14.(토) 10:00\n2. 과목 : 직업기초능력평가\n")),
    # the decline buried after the thanks
    ("the-decline-after-the-thanks", "rejection", _m(
        "최유진 <yujin.choi@sejongcard.example>", "[세종카드] 경력직 채용 결과 안내",
        "알렉스 모건 님 안녕하십니까,\n세종카드 인사팀 최유진입니다.\n\n그동안 여러 전형에 성실히 참여해 주셔서 "
        "깊이 감사드립니다.\n내부 사정에 따라 이번 채용 절차는 종료하게 되었습니다.\n좋은 소식을 전해드리지 못해 "
        "죄송합니다.\n\n최유진 드림\n")),
    # a headhunter on Naver mail passes on the client's interview times
    ("a-headhunter-passes-on-the-clients-times", "interview_invitation", _m(
        "한지수 <jisoo.hnt@naver.example>", "[서치원] 푸른페이 1차 인터뷰 요청",
        "알렉스님, 좋은 소식이에요!\n푸른페이에서 이력서 검토 후 1차 인터뷰를 진행하고 싶다고 연락이 왔습니다.\n\n"
        "고객사에서 제안한 시간은 3월 9일(월) 오후 2시, 3월 10일(화) 오전 11시입니다.\n"
        "편하신 시간 알려주시면 바로 전달드릴게요.\n\n한지수 드림\n")),
    # a founder's formal offer with its terms
    ("a-founders-formal-offer", "offer", _m(
        "오지훈 <jihoon@saebyeok.example>", "새벽랩 오지훈입니다",
        "알렉스님 안녕하세요, 새벽랩 오지훈입니다.\n\n팀이랑 이야기해봤는데 정식으로 제안드리고 싶습니다.\n"
        " - 역할 : 리서치 리드\n - 연봉 : 5,800만원\n - 입사 : 5월 중\n\n천천히 생각해보시고 연락주세요!\n\n"
        "오지훈 드림\n")),
]

OTHER_MAIL = [
    # a user-research study's interview booked for a thank-you fee
    ("a-user-research-study", _m(
        "놀이터 리서치팀 <research@noliter-study.example>", "[사용자 인터뷰] 참여 일정 안내",
        "안녕하세요, 놀이터 UX research 팀입니다.\n사용자 인터뷰에 참여해 주셔서 감사합니다. 인터뷰는 3월 5일(목) "
        "오후 2시에 진행되며, 참여 사례비 3만원을 지급해 드립니다.\n")),
    # a career newsletter that says "불합격"
    ("a-career-newsletter", _m(
        "잡레터 <letter@jobletter.example>", "[잡레터 #45] 면접 후 연락이 없을 때",
        "이번 주 잡레터\n\n1. 면접에서 \"불합격\" 통보를 받은 뒤 해야 할 일\n2. 처우협의에서 흔한 실수\n\n"
        "구독 해지 | 잡레터\n")),
    # an interview coaching booked and paid for
    ("an-interview-coaching-booked", _m(
        "커리어업 <booking@careerup.example>", "[커리어업] 1:1 면접 코칭 예약이 확정되었습니다",
        "알렉스 모건님, 예약이 확정되었습니다.\n\n상품 : 경력직 면접 코칭 60분\n일시 : 3월 7일(토) 오전 10시\n"
        "결제 금액 : 89,000원\n")),
    # a graduate school's admission interview
    ("a-graduate-schools-interview", _m(
        "한빛대학교 대학원 <gs@hanbit-univ.example>", "[한빛대학교 대학원] 2026학년도 특별전형 면접고사 안내",
        "알렉스 모건 님, 2026학년도 대학원 특별전형에 지원해 주셔서 감사합니다.\n\n서류전형 결과 면접고사 대상자로 "
        "선정되셨기에 아래와 같이 안내드립니다.\n\n - 일시 : 2026년 5월 9일(토) 10:00\n - 장소 : 정보관 301호\n")),
    # a final pass said not to be one yet, with the papers to send (a reply about the process, not an offer)
    ("a-final-pass-not-yet-made", _m(
        "친구 이서윤 <seoyun.lee88@naver.example>", "나 면접 붙었어",
        "언니!! 나 면접전형은 붙었는데 최종 합격 여부는 신원조사 끝나고 나온대 ㅠㅠ 아직 최종 합격이 아님...\n"
        "기도해줘!!\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
