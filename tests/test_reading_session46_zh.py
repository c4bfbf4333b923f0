"""Session 46, Chinese of the mainland: how ATS templates (Moka, 北森), 51job, a state-owned group's recruitment, hospital
and logistics HR and headhunters write each step, tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # an ATS's receipt: "我们已收到您投递的 … 职位申请"
    ("an-ats-receipt-of-the-application", "application_ack", _m(
        "云栖医药招聘 <noreply@ats-mail.example>", "【云栖医药】感谢您的关注",
        "Alex Morgan，您好：\n我们已收到您投递的 采购经理（苏州） 职位申请，招聘团队将在一周内完成评估。\n"
        "云栖医药 人才招聘团队\n")),
    # a job board's receipt: "您已于 … 成功申请以下职位"
    ("a-boards-receipt-applied-on-a-date", "application_ack", _m(
        "招聘平台 <noreply@jobs-mail.example>", "申请提醒",
        "Alex Morgan 您好：\n您已于 2026-03-02 09:15 成功申请以下职位：\n仓储主管 华东冷链有限公司 上海-青浦\n"
        "企业查看简历后会通知您。\n")),
    # ... and an ATS's receipt that names the tests to come ("通知您参加后续测评及面试"): still a receipt
    ("an-ats-receipt-names-later-tests", "application_ack", _m(
        "远航电池招聘中心 <hr-noreply@ats-mail.example>", "远航电池 | 简历投递成功通知",
        "亲爱的 Alex Morgan：\n您已成功投递【质量工程师 - 合肥】职位。\n"
        "我们将尽快筛选简历，通过后会以短信形式通知您参加后续测评及面试。\n"
        "远航电池 人力资源中心\n")),
    # a state-owned group's online registration for its open recruitment
    ("a-state-owned-groups-registration", "application_ack", _m(
        "江淮港务集团人力资源部 <zhaopin@jhgw.example>", "江淮港务集团2026年公开招聘报名成功通知",
        "Alex Morgan 同志：\n您好！您已成功报名江淮港务集团2026年公开招聘，报考岗位：物流调度岗。\n资格审查结果将另行通知。\n"
        "江淮港务集团人力资源部\n")),
    # a founder's time asked about, with the mainland's 周: "周五下午电话聊聊可以吗"
    ("a-founder-asks-about-a-time", "interview_invitation", _m(
        "陈总 <chen@xiaoyu-tech.example>", "Re: 运营主管 应聘",
        "Alex你好，简历看过了挺合适的，想跟你电话聊一下，周五下午三点可以吗？\n陈\n")),
    # a headhunter passes the time on: "面试约好了：4月2日"
    ("a-headhunter-passes-on-the-time", "interview_confirmation", _m(
        "Amy Wu <amy.wu@talentbridge.example>", "终面时间",
        "Alex，\n终面约好了：4月2日（周四）下午2点，线下在浦东办公室，面试官是财务VP。记得带一份简历。\nAmy\n")),
    # an ATS's confirmation: "您的面试已安排成功" (its "如需改期" is the user's to use)
    ("an-ats-interview-arranged", "interview_confirmation", _m(
        "青禾科技招聘 <noreply@ats-mail.example>", "【青禾科技】面试通知",
        "Alex Morgan，您好：\n您的面试已安排成功，详情如下：\n时间：2026年4月8日（周三）10:00-11:00\n形式：视频会议\n"
        "如需改期，请至少提前24小时在候选人中心操作。\n青禾科技 人才招聘团队\n")),
    # an interview time set out with "确认是否参加": an invitation, not yet a confirmation
    ("a-time-to-accept-is-an-invitation", "interview_invitation", _m(
        "华康医院集团人力资源部 <hr@huakang.example>", "面试通知——华康医院集团 采购专员",
        "Alex 您好！\n感谢您应聘我院采购专员岗位，现邀请您参加面试：\n面试时间：2026年4月10日（周五）上午9:30\n"
        "面试地点：本部行政楼3楼\n请于4月8日前回复本邮件确认是否参加。\n人力资源部 王老师\n")),
    # the user accepted the interview on the app: "看到你在BOSS上接受了", and the details follow
    ("hr-saw-the-user-accept-on-the-app", "interview_confirmation", _m(
        "赵丽 <zhaoli@jinlun-logistics.example>", "周二面试 地址",
        "Alex你好，看到你在BOSS上接受了\n周二（4/14）上午十点，仓储经理和我一起面，地址：苏州工业园区金轮物流园2号楼3楼。\n"
        "带一份纸质简历。\n赵丽 人事部\n")),
    # a formal notice moves the interview: "原定于 … 的面试调整为"
    ("a-formal-notice-moves-it", "reschedule", _m(
        "华康医院集团人力资源部 <hr@huakang.example>", "关于面试时间的通知",
        "Alex 您好：\n因院领导临时出差，原定于4月10日（周五）上午9:30的面试调整为4月13日（周一）下午2:00，地点不变。\n"
        "人力资源部 王老师\n")),
    # HR calls the phone interview off from a phone: "明天的电话先取消"
    ("hr-calls-the-phone-call-off", "cancellation", _m(
        "刘敏 <liumin@huadong-cold.example>", "Re: 电话面试",
        "Alex不好意思，部门经理明天要出差，明天的电话先取消哈，等他回来我再跟你约\n刘敏 人事部\n")),
    # a short no: the post has been filled ("已经招到人了", "已有合适人选")
    ("hr-the-post-is-filled", "rejection", _m(
        "华东冷链 人事 <hr@huadong-cold.example>", "Re: 应聘 仓储主管",
        "你好，谢谢你的简历，这个岗位我们已经招到人了，不好意思。\n")),
    ("an-ats-the-process-ends-here", "rejection", _m(
        "远航电池招聘中心 <hr-noreply@ats-mail.example>", "远航电池 | 应聘结果通知",
        "亲爱的 Alex Morgan：\n感谢您应聘远航电池【质量工程师】职位。该岗位已有合适人选，本次应聘流程至此结束。\n"
        "远航电池 人力资源中心\n")),
    # news while the user waits: "有结果我会第一时间通知您"
    ("hr-will-tell-you-first-thing", "company_reply", _m(
        "王老师 <wang.hr@huakang.example>", "面试后续",
        "Alex 您好，\n感谢您昨天来参加面试，部门还在和另一位候选人比较，有结果我会第一时间邮件通知您。\n王老师\n")),
    # HR takes the user's no to its offer: "尊重你的选择"
    ("hr-takes-the-users-no", "company_reply", _m(
        "赵丽 <zhaoli@jinlun-logistics.example>", "Re: 金轮物流 录用通知书 - Alex Morgan",
        "好的收到，尊重你的选择，经理那边我去说。祝一切顺利～\n赵丽\n")),
    # the employer's vetting, by its vendor: "将对您进行入职前背景调查"
    ("a-vendors-background-check", "company_reply", _m(
        "睿信背调 <notice@bgc-vendor.example>", "【背景调查授权】请完成信息填写",
        "尊敬的 Alex Morgan：\n受 青禾科技有限公司 委托，我司将对您进行入职前背景调查，请于3月20日前签署授权书并填写工作经历。\n"
        "睿信背调 客服部\n")),
]

OTHER_MAIL = [
    # a check-up centre's booking, with its "如需改期": no interview is moved
    ("a-health-check-up-booking", _m(
        "慈铭健康体检 <service@checkup.example>", "【预约成功】体检预约确认",
        "尊敬的 Alex Morgan 先生：\n您已成功预约体检。\n体检套餐：2026年度员工体检套餐\n体检日期：2026年5月9日（周六）08:00\n"
        "如需改期，请提前1天在小程序中操作。\n")),
    # a business school's admission interview
    ("a-business-schools-admission-interview", _m(
        "复旦大学 MBA 招生办 <admissions@mba-school.example>", "2027级 MBA 提前面试通知",
        "亲爱的 Alex Morgan：\n感谢您申请我校 2027级 MBA 项目，您的申请材料已通过初审，现邀请您参加提前面试。\n"
        "面试日期：2026年5月16日（周六）\n招生办公室\n")),
    # a product team's paid user interview
    ("a-paid-user-interview", _m(
        "星图软件 用户研究 <ux@xingtu.example>", "诚邀参与仓储软件用户访谈（酬谢200元）",
        "Alex 您好：\n我们正在做一次用户调研，诚邀您参加一次45分钟的线上用户访谈，时间由您挑选。\n"
        "有意向请填写问卷报名。\n星图软件 用户研究团队\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
