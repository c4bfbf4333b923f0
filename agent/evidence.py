"""Is this message about the user's own candidacy with an employer? Evidence for and against.

Interview words alone prove nothing: a friend asks "how are the interviews going", a coach
books a "mock interview", a newsletter asks "your interview is confirmed?". What makes mail
part of a hiring process is who sends it and what it names: the user's application, role or
position; an applicant-tracking system acting for a company; a company the user is already in
a process with; a person at a company writing to the user alone. Against it: free-mail
senders with nothing about an application, bulk mail that no ATS sent, the user's own
employer, many recipients. The score is a sum, so no one clue decides alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from agent import gate, phrasebook
from agent.addresses import FREE_MAIL, domain, is_ats_label, is_robot, org_label
from agent.addresses import is_relay as _is_relay
from agent.domains import registrable
from agent.models import Email, Person
from agent.org_names import squash
from agent.vocab import (
    HOUSEHOLD_HIRES,
    HOUSEHOLD_POST,
    PHONE_APPLICATION,
    REPLY_WORDS,
    TITLE_END,
    TITLE_JOB,
    UNIVERSITY_INTERVIEW,
    has_job_context,
    subject_is_an_application,
    subject_names_role,
)

# Relays that send for an employer's hiring process (not generic calendars, video or job boards).
ATS_DOMAINS = frozenset((
    "greenhouse.io", "greenhouse-mail.io", "myworkday.com", "myworkdayjobs.com", "workday.com", "lever.co",
    "hire.lever.co", "ashbyhq.com", "icims.com", "smartrecruiters.com", "jobvite.com", "taleo.net",
    "successfactors.com", "bamboohr.com", "workable.com", "recruitee.com", "teamtailor.com", "personio.de",
    "personio.com", "breezy.hr", "jazzhr.com", "applytojob.com", "gem.com", "goodtime.io", "modernloop.io",
    "prelude.co", "codesignal.com", "hackerrank.com", "hackerrankforwork.com", "codility.com", "coderpad.io",
    "testgorilla.com", "hackerearth.com", "vervoe.com", "canditech.io", "criteriacorp.com", "shl.com", "pymetrics.ai",
    "karat.com", "hirevue.com", "docusign.net", "docusign.com", "hellosign.com", "dropboxsign.com", "paradox.ai",
    "pinpointhq.com", "rippling.com", "dover.com", "comeet.co", "homerun.co", "jobylon.com", "oracle.com",
    "oraclecloud.com", "ultipro.com", "adp.com", "dayforcehcm.com", "avature.net", "phenom.com", "eightfold.ai",
    "gupy.io", "join.com", "softgarden.io", "softgarden.de", "infojobs.net", "pracuj.pl", "welcometothejungle.com",
    # Korea's hiring systems (greeting, ninehire)
    "greetinghr.com", "ninehire.com",
    # the public sector's, schools' and hourly hiring's own systems (NHS Jobs, Trac, Civil Service Jobs, USAJOBS,
    # Eteach, SchoolSpring, Apply to Education, Oleeo's tal.net, Fountain, Harri, Workstream)
    "trac.jobs", "jobs.nhs.uk", "civilservicejobs.service.gov.uk", "usajobs.gov", "eteach.com", "schoolspring.com",
    "applytoeducation.com", "tal.net", "fountain.com", "harri.com", "workstream.us", "workstream.is",
    # US school districts' (Frontline's AppliTrack, PowerSchool's TalentEd)
    "applitrack.com", "frontlineeducation.com", "tedk12.com",
    # Australia's and Scotland's public-sector portals (I work for NSW, Queensland's SmartJobs, APSJobs, myjobscotland)
    "iworkfor.nsw.gov.au", "smartjobs.qld.gov.au", "apsjobs.gov.au", "myjobscotland.gov.uk",
))  # fmt: skip

# The user's own candidacy, named.
APPLICATION = re.compile(
    r"\b(?:your (?:application|candidacy|candidature|interview|resume|cv|profile|background|experience|submission)"
    # ... and the letter it came with (session 49): "Thank you for your letter and CV, which arrived this morning"
    r"|your (?:letter|email|note) and (?:your )?(?:cv|resume)\b"
    # an academic search's: "we got your materials for the one-year VAP in History"
    r"|your (?:application )?(?:materials|packet) for (?:the|our|this)\b"
    # "your final round at Theremin" (not a quiz night's or a tournament's "your second round")
    r"|your (?:first|second|third|final|next) (?:round|stage) (?:interview|at|with)\b"
    r"|your (?:technical|onsite|on-site|panel|final) interview\b"
    # a German job title's gender marker, "Data Engineer (m/w/d)": only a post is written so
    r"|(?:m|w|f|d|x|h)/(?:m|w|f|d|x|h)/(?:m|w|f|d|x|h|div)\b"
    r"|" + PHONE_APPLICATION +
    # a family's own words for the post it would have the user fill (session 50): "we're looking for after-school help for
    # our two girls", a thread titled "After school help - Carefolio" (vocab.HOUSEHOLD_POST)
    r"|" + HOUSEHOLD_POST +
    # ... or an agency's word to hold out for its client: "don't accept any other offers before we've spoken!"
    r"|\b(?:don't|do not) (?:accept|take) (?:anything else|any other (?:offers?|jobs?|roles?|positions?)|another (?:offer|job"
    r"|role|position))\b"
    # a search partner's word on where the user stands: "You remain very much in the process"
    r"|\byou (?:remain|are still|'re still)(?: very much| firmly| definitely)? in the (?:process|running)\b"
    # a board's or a district's yes, and its paperwork after: "Your hire was approved at the May 13 Board meeting"
    # (not a booked slot's: "Your appointment has been confirmed as follows: Service: iTax", session 59)
    r"|\byour (?:hire|hiring|appointment|employment) (?:was|has been|is) (?:approved|confirmed|ratified)\b"
    r"(?! as follows| for (?:\w+day|\d)| on | at \d)"
    # a shortlist for an interview is the user's own candidacy (an award's or a pitch's shortlist is not for interview)
    r"|\b(?:you(?:'ve| have)? been|you(?:'re| are)) shortlisted for (?:an? |the )?"
    r"(?:interview|(?:this|the) (?:job|post|role|position))\b"
    r"|you applied|(?:applying|applied|application) (?:for|to)|thanks? (?:you )?for (?:applying|your application)|(?:the"
    r"|this|our) (?:[\w/&()-]+ ){0,5}(?:role|position|opening"
    r"|vacancy|req(?:uisition)?)\b|(?:the|this|our|that) (?:[\w/&()-]+ ){0,4}" + TITLE_JOB
    + r"|(?:the|our) hiring (?:manager|team|process)\b|\brecruit|talent (?:acquisition|partner)"
    r"|interview(?:ing)? (?:with|for) (?:us|me|the team|our)|next steps? in (?:the|our|your)|(?:offer|rejection) letter"
    r"|bewerbung|candidatura|candidature|postulación|vorstellungsgespräch|entrevista|entretien|(?:le|du|au) poste"
    r"|(?:el|del|al) puesto|die stelle|(?:du|le|au) processus|recrutement|siguiente paso|prochaine étape"
    r"|the next (?:step|stage) (?:is|would be|will be)|vous rencontrer|te rencontrer|join (?:us|the team|[\w&'-]+) as (?:a"
    r"|an|our)\b"
    r"|employment contract|contract of employment"
    # ... and a post as UK and South Asian employers name it (session 36): "qualified in the Written Test for the post of
    # Officer (IT)"
    r"|(?:for|to) the post of\b"
    # ... and in Hebrew: "מועמדותך" (your candidacy), "למשרת" (for the position of), "לתפקיד" (for the role of)
    r"|מועמדות(?:ך|כם)|[לב]?משרת|לתפקיד"
    # ... Bulgarian's "кандидатурата Ви", "позицията", and Greek's "τη θέση" (not "η αίτησή σας", a flat's too)
    r"|кандидатура|позицията|τη θέση)"
)
# Addresses that reach a whole team: a meeting sent to them is nobody's interview.
GROUP_LOCAL = re.compile(r"^(?:all|all-?staff|everyone|staff|team|company|office|employees|all-?hands|all-?company)[@.+-]")
# A person who speaks for a company they work at, whatever address they write from.
SPEAKS_FOR = re.compile(r"\b(?:our|my) (?:cto|ceo|coo|gm|md|co-?founders?|founders?|head of [a-z]+|engineering manager"
                        r"|hiring manager)\b|\b(?:i'm|i am) (?:the |a |one of (?:the )?(?:two |three )?)?(?:co-?)?founders?\b"
                        r"|\bwe(?:'re| are) (?:hiring|looking for (?:our|a|an))\b|\bfounding (?:engineer|team|designer)"
                        r"|\bmy co-?founder|\bin the mix\b"
                        # ... in French and Spanish: "Kim (notre programmeuse pis co-fondatrice)", "mi socia", "nuestro
                        # cofundador"
                        r"|\b(?:notre|nos|mon|ma) (?:[a-zé]+ (?:et|pis) )?co-?fondat(?:eur|rice)s?\b"
                        r"|\b(?:mi|nuestr[oa]) (?:socia|socio|cofundador[a]?|co-fundador[a]?)\b"
                        # a shop owner's: "can you do a working interview sat the 12th 8 to noon?"
                        r"|\b(?:can|could|would) (?:you|u) (?:do|come (?:in )?for|make) (?:a|an|the) (?:paid )?(?:working"
                        r" interview|trial shift|trial day|bench test)\b"
                        r"|\b(?:co-?founder|founder|ceo|cto) (?:at|of)\b"
                        # a family hiring its nanny (vocab.HOUSEHOLD_HIRES)
                        r"|" + HOUSEHOLD_HIRES +
                        # a small business's owner or manager: "its dana from the bakery", "got ur resume"
                        r"|\b(?:it's|its|this is) [a-z]+ (?:from|at|over at) [a-z]"
                        r"|\bgot (?:your|ur) (?:resume|cv|app|application)\b"
                        r"|\bthanks? (?:you )?for (?:dropping|handing|bringing|sending)(?: in| off)? (?:your|ur|the)"
                        r" (?:cv|resume)"
                        # the receipt a small employer writes itself: "Thanks heaps for applying for the kitchen manager role"
                        r"|\bthanks?(?: you)?(?: (?:so much|heaps|a lot|very much|again))? for (?:applying|your application)"
                        r" (?:for|to) (?:the |our )?(?:[\w-]+ ){0,3}(?:role|job|position|post|vacancy|opening)\b"
                        r"|(?:^|\n|[,.!] )\s*[a-z]+ here (?:from|at) [a-z]"
                        # "Luca here, head chef at the Bight & Barrel", "I'm the practice manager at Ashgrove"
                        r"|\b(?:[a-z]+ here,?|i'm|i am) (?:the )?(?:head chef|sous chef|owner|co-?owner|manager|store manager"
                        r"|general manager|practice manager|office manager|operations manager|hiring manager|head of \w+"
                        r"|gm|bar manager|kitchen manager|site manager|foreman)"
                        r" (?:at|of|for|here at) [a-z]"
                        r"|\b(?:frozen|freezing|pausing|paused|pause) (?:all |our )?hiring\b|\bour (?:lead )?investors?\b"
                        r"|\b(?:when|since|after) (?:i|we) shortlisted you\b"
                        # a board member on the hiring committee: "I sit on the board ... where I also serve on the hiring
                        # committee for the Program Manager position"
                        r"|\b(?:sit|serve|am|'m|are) on the (?:hiring|search|selection|interview) (?:committee|panel)\b"
                        # a store manager passing on the checks' result or the application: "good news, your background
                        # came back clear", "i sent your stuff up to district"
                        r"|\byour (?:background(?: check)?|drug (?:screen|test)|references?) (?:came back|(?:is|are) (?:all )?"
                        r"clear|cleared)\b|\bsent (?:your|ur) (?:stuff|info|application|app|resume|paperwork) up to\b"
                        # ... in Vietnamese, diacritics optional: "Anh là Tâm, bên Bamboo Lab", "em la Oanh ben HCNS Song
                        # Lam Land", "Bên anh đang cần 1 người dựng lại mảng QA", "bên anh muốn mời em về làm"
                        r"|\b(?:anh|chị|chi|em|mình|minh|tôi|toi) (?:là|la) \w+,? (?:bên|ben) \w"
                        r"|\b(?:bên|ben) (?:anh|chị|chi|em|mình|minh) (?:đang |dang )?(?:cần|muốn|muon|tuyển|tuyen)\b"
                        # ... and in Polish, an owner's "Dostałem Pana CV z olx" (got your CV), ogonki optional
                        r"|\bdosta(?:[łl]em|[łl]am|li[śs]my) (?:pana|pani|twoje|tw[óo]j) (?:cv|zg[łl]oszenie|aplikacj[ęe])"
                        # ... and in Hebrew (session 53), a placement agency's recruiter on Gmail: "שני מטופ-טאלנט השמה",
                        # "העברתי את הקו\"ח שלך ללקוח שלי", and the employer's freezing or filling of the post she reports
                        # ("הם מקפיאים את המשרה", "החליטו לאייש את התפקיד באופן פנימי")
                        r"|(?:חברת |מחברת |ב|מ|ו)?השמה\b|(?:ל|ה|ש)?לקוח(?:ה)? שלי\b"
                        r"|\b(?:מקפיאים|מקפיאה|הקפיאו|הקפיאה|הקפאת) (?:את )?(?:ה)?(?:משרה|תפקיד|גיוס)"
                        r"|\bלאייש את (?:ה)?(?:תפקיד|משרה)"
                        # ... and in Catalan and its employers' Spanish (session 48), a nursery owner's "hemos visto tu
                        # curriculum en InfoJobs", "vam veure el teu currículum", and the trial morning she asks for ("mati
                        # de prova", "un dia de prova a l'aula"; not a gym's "dia de prova gratuït")
                        r"|\b(?:hem vist|vam veure|he vist|vaig veure|hem llegit) (?:el teu|el vostre) (?:curr[íi]culum|cv)\b"
                        r"|\b(?:hemos visto|he visto|vimos|vi) tu (?:curr[íi]culum|cv)\b"
                        r"|\b(?:mat[íi]|dia|jornada|tarda) de prova\b(?! gratu)"
                        # ... and in Turkish, Turkish letters optional: an owner who saw the CV ("özgeçmişinizi kızım
                        # gösterdi", "CV'nizi inceledim"), wants to see the user at work ("sizi iş başında görmek istiyoruz")
                        # or states the offer ("size planlama sorumlusu olarak teklifimiz şöyle")
                        r"|\b(?:[öo]zge[çc]mi[şs]inizi|[öo]zge[çc]mi[şs]ini|cv'?nizi) (?:[^.!?\n]{0,30} )?(?:g[öo]rd[üu][mk]"
                        r"|inceledi[mk]|okudum|ald[ıi][mk]|g[öo]sterdi|iletti)\b"
                        r"|\b(?:sizi|seni) (?:bir de )?i̇?[şs] ba[şs][ıi]nda g[öo]rmek\b"
                        r"|\b(?:size|sana) [^.!?\n]{0,60}" + phrasebook.TR_TITLE_HEAD + r" olarak teklifimiz\b"
                        # an employer still seeing others: "We have 2 more people to see this week so we'll revert"
                        r"|\b(?:\d|two|three|four|a few|a couple of|couple of|few|some) (?:more |other )?(?:people|candidates"
                        r"|applicants) (?:to|left to) (?:see|meet|interview|talk to|speak to|speak with)\b"
                        r"|\b(?:we|i) interviewed (?:\w+ ){0,2}(?:people|candidates|applicants)\b"
                        r"|\bwhoever joins\b|\b(?:we|i) need someone (?:more|with|who|to (?:run|lead|head|build|own))\b"
                        r"|\bthanks? (?:you )?(?:again )?for coming in\b|\b(?:the|our|my \w+ \()owner\b"
                        # "saw your resume come thru on indeed", "I am Armen, owner of Grandview Bagel Works"
                        r"|\b(?:saw|seen|read|received) (?:your|ur) (?:resume|cv|app|application)\b"
                        # a household that needs help: "I'm looking for someone for about 3 hours a week, it's a 4 bed house"
                        # (or to cook: "I am looking for someone to cook four days a week")
                        r"|\b(?:i'm|im|i am|we're|we are) looking for (?:someone|somebody|a cleaner|a nanny|a childminder|a carer"
                        r"|help) (?:for|to (?:do|help|clean|mind|look after|cook)) (?:about |around |roughly )?(?:\d+|a few"
                        r"|two|three|four|five) (?:hours?|hrs|mornings?|afternoons?|evenings?|days?)\b"
                        # a builder who needs a hand: "stevie gave me your email says your looking. im needing a joiner"
                        r"|\b(?:i'm|im|i am|we're|we are) (?:needing|in need of|short) (?:a|an|another) (?:[\w-]+ )?"
                        r"(?:joiner|carpenter|labourer|laborer|sparky|electrician|plumber|fitter|tradesman|chippy|hand|cook"
                        r"|chef|driver|mechanic|bricklayer|plasterer|roofer|painter|decorator)\b"
                        r"|\b(?:had|have|took|taken) a (?:good |quick |proper )?look (?:at|over|through) (?:the|your|ur)"
                        r" (?:cv|resume)\b"
                        # (not a friend's "thanks for the CV, I'll pass it on"; not hiring a bouncy castle)
                        # (and with the letter that came with it: "Thank you for your letter and CV, which arrived this
                        # morning")
                        r"|\bthanks? (?:you )?for (?:the|your|ur) (?:(?:letter|email|e-mail|note|message) and (?:your |the )?)?"
                        r"(?:cv|resume)\b(?![^.!?\n]{0,30}\b(?:pass|forward)(?:ed)? it\b)"
                        r"|\bhold(?:ing)? off (?:on )?hiring\b(?! (?:the|a|an|our|your|some)\b)"
                        # a household after its trial (session 49): "How much notice would you have to give your current
                        # employer?", "could you send us sample menus for a week ... we just want to see how you think"
                        r"|\bhow much notice (?:do|would|will) you (?:need to |have to )?give (?:to )?(?:your )?"
                        r"(?:current |present )?(?:employer|family|boss|job|household|principals?|work)\b"
                        r"|\b(?:we|i) (?:just |only |really )?(?:want|wanted|'d like|would like) to see how (?:you|u) (?:think"
                        r"|work|cook|plan)\b"
                        r"|\b[a-z]+ from (?:the )?[a-z'&]+(?: [a-z'&]+){0,2} here\b"
                        r"|\b(?:passed (?:on|along)|forwarded|handed me|gave me) (?:your|ur) (?:cv|resume)\b"
                        r"|\b(?:i'm|i am|this is|it's|its) [a-z]+,? (?:the )?(?:owner|manager|gm|general manager)"
                        r" (?:of|at|from)\b"
                        # "I ended up hiring a guy who ran crews": the writer hires a person (not "hired a plumber")
                        r"|\bi (?:ended up |just |finally |went ahead and )?hir(?:ed|ing) (?:someone|somebody|another (?:person"
                        r"|candidate)|a (?:guy|gal|lad|girl|woman|man|person|kid)) (?:who|that|with)\b"
                        # ... in Japanese: a small firm's owner introduces himself by the firm ("丸福運輸の福田です"), wants
                        # the user working there ("うちで働いてもらいたい"), writes of the public employment office's referral
                        # ("ハローワークさんから紹介の件") or asks for the CV to be brought ("履歴書だけ持ってきてください")
                        r"|(?:運輸|商事|工業|建設|産業|物産|製作所|工務店|電機|電気|食品|物流|不動産|株式会社|有限会社|㈱|（株）"
                        # (and a studio's, an office's or a shop's own name: "ことり舎の森です", "山田設計事務所の山田です")
                        r"|\(株\)|商店|薬局|歯科|医院|舎|堂|工房|事務所|スタジオ|デザイン)の\s?[^\s、。]{1,8}?(?:です|と申します)"
                        r"|(?:うち|弊社|当社)で(?:ぜひ)?働いて(?:もらい|ほしい|みません|いただき)|ハローワーク(?:さん)?(?:から|より)(?:の)?(?:ご)?紹介"
                        r"|履歴書(?:を|だけ|も)?(?:持って|お持ち)"
                        # ... in Chinese: an owner's "暂时不外招了" (no outside hiring for now), "我司", "我们这边在招",
                        # "看了你的简历"
                        r"|外招|我司|我们(?:公司|这边|店里?|厂里?)(?:现在|目前|正在|在)?(?:招|缺人|需要)"
                        r"|(?:看了|收到|看过)(?:你|您)的简历"
                        # ... in Traditional Chinese, as Taiwan's and Hong Kong's small firms write it: "我是鴻昌貿易的老闆娘",
                        # "有看到你在104投的履歷", "謝謝您的應徵，不過我們已經找到人了", Cantonese "我哋而家請緊人",
                        # "我係永昌貿易陳生"
                        r"|我是\S{2,12}的(?:老闆娘?|負責人|店長|經理|主管)"
                        r"|(?:看到|收到|看過|看了)(?:你|您|閣下)(?:在\S{1,8})?(?:投|寄|傳)?(?:的|嘅)履歷"
                        r"|(?:謝謝|多謝)(?:您|你|閣下)(?:的|嘅)?應徵"
                        r"|我(?:們|哋|地)(?:公司|這邊|店裡|間舖|呢度)?(?:正在|目前|而家)?(?:請緊人|缺人|在徵人|招緊人)"
                        r"|我係\S{2,10}(?:公司|貿易|物流|行|集團)(?:嘅)?\S{0,3}(?:生|小姐|太|經理)"
                        # ... and in Indonesian: an owner's "Sy Hendra dr CV Sumber Rejeki", "Dapat CV kakak dr Bu Lilis",
                        # "Kami lg cari admin keuangan" (CV and PT are firms: a commanditaire vennootschap, a perseroan terbatas)
                        r"|\b(?:sy|saya|aku)\s+[a-z]+,?\s+(?:dr|dari)\s+(?:cv|pt|ud|toko|klinik|rm)\s+[a-z]"
                        r"|\b(?:dapat|dapet|terima|udah terima|sudah terima|sdh terima) cv(?:nya)? (?:kakak|kak|anda|kamu|mu)\b"
                        r"|\bkami (?:lg|lagi|sedang) (?:cari|butuh|mencari|membutuhkan) (?:seorang |1 |satu )?(?:admin|staf|staff"
                        r"|karyawan|pegawai|tenaga|kasir|sopir|driver|akuntan|perawat|guru|sales)\b"
                        # ... and in Persian and Finglish: "rezumeto az e-estekhdam didam" (saw your CV on a job board),
                        # "mohandes karegah mikhaym" (we need a site engineer), "رزومه‌تون رو دیدم"
                        r"|\brezume?(?:to|t|tun|ye shoma)? (?:ro )?(?:az [\w.-]+ )?(?:didam|gereftam|be dastam resid)\b"
                        r"|\b(?:mohandes|karmand|hesabdar|ranande|karegar|niroo)\b[^.\n]{0,30}\b(?:mikhaym|mikhaim|niaz darim"
                        r"|lazem darim)\b"
                        r"|رزومه(?:\u200c?(?:تون|ت|ی شما))? ?(?:را |رو )?(?:دیدم|دریافت کردم|به دستم رسید)"
                        # ... and in Hinglish: "Naukri pe aapka resume dekha", "humein Biology faculty chahiye"
                        r"|\b(?:aapka|apka|aapki|apki|tumhara|tera) (?:resume|cv|biodata|profile) (?:dekha|dekhi|mila|mili)\b"
                        r"|\b(?:humein|hume|hamein|hame|humko|hamko)\b[^.\n]{0,40}\b(?:teacher|faculty|staff|nurse|driver"
                        r"|accountant|candidate|executive|helper|cook)s? (?:ki )?(?:chahiye|chahie|zarurat hai|jarurat hai)\b"
                        # ... and in Russian, as an agency's recruiter writes from mail.ru or gmail: "меня зовут Ольга, я
                        # рекрутер кадрового агентства", "Юлия, агентство «HR-Старт»", a sign-off "КА «Профиль Персонал»",
                        # "нашла ваше резюме на hh", "ваше резюме я уже показала заказчику" (the employer is the agency's
                        # client, "заказчик"), and an owner's "готовы вас взять" (not a friend's "меня взяли!")
                        r"|\b(?:я|меня зовут [а-яё]+,? я) (?:[—-] )?(?:рекрутер|hr|эйчар|менеджер по (?:подбору|персоналу)"
                        r"|специалист по подбору)\b|\b(?:кадров|рекрутингов)\w* агентств|\bагентств\w* «|(?:^|\n)\s*ка «"
                        r"|\bнаш(?:ла|ел|ёл|ли) ваше резюме\b"
                        r"|\b(?:показал|передал|отправил)[аи]? (?:ваше )?резюме (?:уже )?(?:заказчику|клиенту"
                        r"|работодателю)\b"
                        r"|\bваше резюме (?:я |мы )?(?:уже )?(?:показал|передал|отправил)[аи]? (?:заказчику|клиенту"
                        r"|работодателю)\b"
                        r"|\bзаказчик\w* (?:посмотрел|посмотрели|хочет|хотят|предлагает|предложил|согласовал|выбрал|решил"
                        r"|не против)\b|(?<!не )\bготовы (?:вас|тебя) взять\b"
                        # ... and asks what only a hirer asks: "ваши ожидания по зп", "срок отработки на текущем месте"
                        r"|\bваши ожидания по (?:зп|зарплате|заработной плате|доходу)\b|\bсрок(?:и)? отработки\b"
                        # ... and in Korean, a headhunter on Naver mail speaks of the employer as the client ("고객사"), who
                        # proposes times, decides or gets the CV (session 53): "고객사에서 제안한 시간은", "고객사에 추천
                        # 넣겠습니다", "고객사 내부 조직개편 이슈로 취소되었음을", or passes on its HR's word: "방금 세림페이
                        # 인사팀에서 연락이 왔는데", "세림페이 인사팀과 통화했는데" (not a friend's "고객사 미팅")
                        r"|고객사(?:에서|에|의|가|측|와|쪽)? (?:[^.!?\n]{0,20} )?(?:제안한|제안하|추천|전달|통보|확정|면접|포지션"
                        r"|이력서|내부 조직|채용)"
                        r"|인사팀(?:에서|과|와|으로부터) (?:[^.!?\n]{0,10} )?(?:연락이 왔|연락 받았|연락을 받았|통화했|회신이 왔)"
                        # ... or lists who will interview the user, as an interview's notice does: " - 면접관 : 결제경험팀
                        # 이도현 팀장" (not a study group's "면접관 역할은 돌아가면서 해요")
                        r"|(?:^|\n)\s*[-■·•*]?\s*면접관\s*:")
# A signature line that names who runs the place: "Owner, Merriweather Home Care", "Practice Manager".
HIRING_NAME = re.compile(r"\b(?:hr|careers?|recruitment|recruiting|hiring|talent acquisition|jobs|rh|rrhh|personal|rekrutmen)$"
                         # Indonesian offices' "HRD" (the HR department) anywhere in the name: "HRD Tirta Mandala", "Fitri HRD
                         # Arunika"; and a name that begins with the department: "Recruitment Team - Halberd"
                         r"|\bhrd\b|^(?:hr|recruitment|rekrutmen|talent acquisition|careers)\b"
                         # ... and Spanish and Portuguese recruiting's anywhere in it: "Fer Reclutamiento CallPoint",
                         # "Reclutamiento Altavista", "RRHH Grupo Sol"
                         r"|\b(?:reclutamiento|recrutamento|recrutement|recursos humanos|rrhh)\b", re.I)
# ... or signs off with the business under the name, as a small employer does ("Colm / Ardfield Arms",
# "Mick / Doherty Bros, Macroom"): a line of the sign-off that is a pub's, a shop's or a firm's name
BUSINESS_SIGN_OFF = re.compile(r"^[ \t]*(?:[A-Z][\w'’-]+ ){1,3}(?:Arms|Inn|Hotel|Pub|Bar|Café|Cafe|Bakery|Restaurant|Bistro"
                               r"|Deli|Farm|Farm Shop|Bros|Brothers|& Sons|Garage|Salon|Stores?|Shop|Butchers|Motors|Builders"
                               r"|Nursery|Pharmacy|Ltd|Limited|LLC|Inc"
                               # ... and a small practice's: "Niles Family Dental", "Mill Creek Veterinary Clinic"
                               r"|Dental|Dentistry|Orthodontics|Clinic|Chiropractic|Physical Therapy|Physiotherapy"
                               r"|Law Office|Law Firm"
                               # ... and a school's or a college's, whose office writes from a personal account as often
                               # as a shop does: "Tagore Garden English School, Behala", "Hooghly Riverside College"
                               r"|School|College|Academy)\.?(?:,[ \t]*[A-Z][\w'’-]+)?[ \t]*$", re.M)
OWNER_LINE = re.compile(r"^\s*(?:owner|co-?owner|founder|co-?founder|proprietor|practice manager|office manager|general manager"
                        r"|store manager|head chef|managing director|supervisor|site supervisor"
                        r"|operations supervisor"
                        # ... in the languages small employers sign in: "Gerente - Tacos Doña Chela #3", "Gérante,
                        # Boulangerie ...", "Inhaberin"
                        r"|gerente(?: general| de tienda| de sucursal)?|dueñ[oa]|propietari[oa]|encargad[oa]|gérante?"
                        r"|propriétaire|inhaber(?:in)?|filialleiter(?:in)?"
                        # ... and a school's: "Principal", "Academic Coordinator", "Office of the Principal"
                        r"|(?:vice[- ])?principal|head ?(?:master|mistress|teacher)|academic coordinator"
                        r"|office of the principal"
                        # ... and a founder's or a manager's on a line of its own, as a CEO writes from Gmail: "CEO, Logirun
                        # (로지런)", "مدير منطقة - صيدليات صحة" (an area manager), "jednatel, Sklad Kravets s.r.o."; Hebrew's
                        # CEO and VP written with a plain quote or its own gershayim (מנכ"ל, מנכ״ל)
                        r"|ceo|cto|coo|cpo|(?:branch|area|regional|district) manager"
                        r"|مدير(?: [^\s,|–-]+){0,2}|صاحب(?: [^\s,|–-]+){0,2}|(?:ס)?מנכ[\"״]ל|בעלים"
                        r"|jednatel(?:ka)?|majitel(?:ka)?|właściciel(?:ka)?|prezes|власни(?:к|ця)|владел(?:ец|ица)"
                        r"|대표(?:이사)?)\s*(?:[,|–-]|at\b|of\b|$)", re.M)
# What job scams say: a chat app instead of mail, easy work from home, a cheque, a fee. (Pay by the
# hour is no sign of one by itself: a café owner's "$18/hr to start" is a real offer.)
SCAM = re.compile(r"\b(?:whatsapp|telegram|wa\.me/|t\.me/|paid daily|signal app|wechat|"
                  r"text (?:me|us) (?:at|on)|data entry|work from home|no interview (?:is )?(?:required|needed)|cheque|check"
                  r" to buy|gift cards?|no experience (?:needed|required)|(?:registration|processing|visa|training) fee"
                  r"|a (?:week|day) cash|cash in hand|paid in cash)\b"
                  # ... and in the languages whose wage words read as terms (classify.WAGE_IN_OTHER_WORDS): a fee for the
                  # materials, a deposit, a phone is all it takes ("研修教材費として初回のみ9,800円", "スマホ1台でOK",
                  # "保證金", "biaya akomodasi")
                  r"|教材費|研修費|登録料|保証金|スマホ1台|保證金|押金|手機即可|\bbiaya (?:akomodasi|pelatihan|administrasi"
                  r"|seragam|pendaftaran|transport)\b")
# (searched behind a gate, agent/gate.py: 44 languages' words, most of which a given message has none of)
OTHER_LANGUAGES = re.compile(phrasebook.pattern(phrasebook.CANDIDACY))
# ... and their receipts, which a job board sends for the employer as it does in English ("ได้รับใบสมัครของคุณแล้ว"): the
# phrasebook's ACK feature's own pattern
OTHER_LANGUAGE_RECEIPTS = phrasebook.compiled(phrasebook.ACK)
# The user's own application, in so many words (a profile or background is not one: recruiters
# who found it write about those too).
APPLIED_TO = re.compile(r"\b(?:your (?:application|candidacy|candidature)|you(?:'ve| have)? applied|applying (?:to|for)"
                        r"|applied (?:to|for|on)|votre candidature|tu candidatura|ihre bewerbung"
                        # ... the résumé the user sent, read: "li seu currículo", "recibí tu cv", "deinen Lebenslauf"
                        r"|(?:seu|teu|su|tu|votre|ton|ihren|deinen|uw|je|twoje) (?:currículo|currículum|curriculum|cv"
                        r"|lebenslauf)|رزومه (?:شما|ی شما|تان)"
                        # ... and in Russian: "ваш отклик", "ваше резюме будет рассмотрено", "вашу кандидатуру"
                        r"|ваш (?:отклик|резюме)|ваше резюме|ваша кандидатура|вашу кандидатуру|вашей кандидатуры"
                        # ... and Greek, with its accent or without, and Greeklish (session 53): "έλαβα το βιογραφικό σας",
                        # an owner's "pira to biografiko sou"
                        r"|βιογραφικ[όο] (?:σας|σου)|(?:v|b)iografiko (?:sou|sas))\b")
# ... or, quoted below a reply, the user's own words sending it ("here's my resume for the ops role"):
# in the first person, since the user's "your application" is to someone applying to the user.
USERS_APPLICATION = re.compile(r"\b(?:(?:withdraw|withdrawing|withdrew|status of|update on) my application\b"
                               r"|i(?:'ve| have)? applied|i(?:'m| am) applying|applying (?:to|for)"
                               r"|(?:left|dropped (?:off|in)|handed in|brought in) my (?:cv|resume)"
                               r"|my (?:resume|cv|application|portfolio|cover letter) (?:for|to)\b"
                               r"|(?:resume|cv) (?:is )?attached|attached (?:is )?my (?:resume|cv)"
                               r"|(?:saw|seen|came across|noticed) your (?:post|ad|advert|listing|job (?:post|ad|listing)) for"
                               r"|(?:saw|seen|came across|noticed) the (?:[\w-]+ ){1,5}(?:post|posting|ad|advert|listing)\b"
                               # "I saw your post in the Hawke's Bay Seasonal Work group saying you need pickers"
                               r"|(?:saw|seen|came across|noticed|spotted) your (?:post|ad|advert|listing|notice)\b"
                               r"[^.!?\n]{0,80}\byou(?:'re| are)? (?:need|needing|looking for|after|hiring|short of)\b"
                               # or asking after a job in plain words ("I'm after the seasonal guide job", "is the kitchen
                               # hand job on your window still going?", "I'd love to be considered for the role")
                               r"|(?:about|after|re|regarding|interested in|enquiring about|inquiring about) the"
                               r" (?:[\w'-]+ ){0,5}(?:job|role|position|post|vacancy|opening)\b"
                               r"|\bis the (?:[\w'-]+ ){0,5}(?:job|role|position|post|vacancy) (?:still|on your|you (?:advertised"
                               r"|posted))|\b(?:be )?considered for (?:the|a|an|your)\b|(?:saw|seen|spotted) your (?:notice|sign"
                               r"|ad|advert)\b|\byou(?:'re| are) looking for (?:a|an|someone)\b"
                               # ... or sent by someone who knows: "your cousin Marisol said you might need somebody for
                               # warehouse and delivery"
                               r"|\b(?:said|says|mentioned|told me|heard) (?:that )?you (?:might|may|could|were|are|'re)"
                               r" (?:need|be needing|needing|be looking for|looking for|be after|after|short of)"
                               r" (?:somebody|someone|staff|an extra (?:pair of hands|person|worker)) (?:for|in|on|at)\b"
                               r"(?![^.!?\n]{0,30}\b(?:move|moving|garden|party|wedding|house|flat|dog|kids|weekend|piece"
                               r"|article|story|paper|podcast|interview)\b)"
                               # or thanking them for the interview it was
                               r"|thanks? (?:you )?for having me(?: in| over)?\b|thanks? to you and \w+ for the time"
                               # ... or a nanny's word after her trial day (session 50): "I'd be thrilled to join your family
                               # if you think it's a fit" (not a guest's "love to join your family for Thanksgiving")
                               r"|\b(?:love|happy|thrilled|glad|excited|delighted|honou?red) to (?:join|be part of) your family"
                               r"\b(?! (?:for|at|on|this|next|tonight|tomorrow)\b)"
                               # ... or chasing it: "just following up on the dispatcher job we talked about"
                               r"|(?:following|follow|checking|chasing|circling) (?:up |in |back )?(?:on|about|re) (?:the|my)"
                               r" (?:[\w'-]+ ){0,5}(?:job|role|position|application|vacancy|opening)\b"
                               # ... in the other languages people apply in: "la posición de coordinador", "a vaga de
                               # assistente", "meine Bewerbung", "le poste de", "de vacature", "na stanowisko"
                               r"|\bmi (?:candidatura|cv|currículum|curriculum|solicitud)\b|\b(?:la|el) (?:posición|puesto"
                               r"|vacante) de\b|\bminha candidatura\b|\bmeu (?:currículo|cv)\b|\ba vaga (?:de|para)\b"
                               r"|\bmeine bewerbung\b|\bdie stelle (?:als|zum|zur)\b|\bma candidature\b|\bmon cv\b"
                               r"|\ble poste (?:de|d')|\bmijn (?:sollicitatie|cv)\b|\bde (?:vacature|functie) (?:van|als|voor)\b"
                               r"|\bmoje cv\b|\bna stanowisko\b"
                               # ... and in Italian (session 48): "Le scrivo per propormi", "la mia candidatura", "ho visto
                               # su Subito.it l'annuncio per un addetto/a amministrazione"
                               r"|\bla mia candidatura\b|\bil mio (?:cv|curriculum)\b|\b(?:le|vi|ti) scrivo per (?:propormi"
                               r"|candidarmi)\b|\b(?:mi candido|vorrei candidarmi)\b"
                               r"|\bho visto (?:su \S{1,30} )?(?:il vostro |l')annuncio\b"
                               # ... and Turkish: "özgeçmişimi ekte iletiyorum", "ilanınız hakkında yazıyorum", "başvurumu
                               # e-posta ile gönderiyorum" (Turkish letters optional)
                               r"|\b[öo]zge[çc]mi[şs]imi\b|\bba[şs]vurumu\b|\bilan[ıi]n[ıi]z (?:i̇?[çc]in|hakk[ıi]nda) yaz"
                               # ... and in Persian (session 36): "رزومه‌ام را برای آگهی «مهندس سازه» ... فرستاده بودم"
                               r"|رزومه[\u200c ]?(?:ام|م)\b|رزومه خود(?:م)? را|\bresume(?:mo|m) (?:ro )?ferestadam)")
# Who wrote the message quoted first: "On <date>, <name> <address> wrote:" or an Outlook "From:" line.
# (an Outlook block's To: line is the reader, not the author: "From: Shannon McGrath / Sent: ... / To: Alex Morgan <...>")
QUOTED_AUTHOR = re.compile(r"^(?:\*?(?:from|de|von)\*?:[^\n@]*?|(?!\*?(?:to|cc|an|à|a|para|aan|till|til|do|do wiadomości"
                           r"|destinataire|empfänger)\*?\s*:)[^\n]*?)<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?[^\n@]*?"
                           r"(?:wrote:|$)", re.M)
QUOTE_HEADER = 300
# The words any meeting uses: "our call", "our meeting", "talking with you". Alone they show a person at a company
# meeting the user, which a supplier, an adviser or a partner does as often as an employer.
_ANY_MEETING = (r"(?:our|the|your|this) (?:call|chat|conversation|meeting)\b|coming in\b|came in\b"
                r"|(?:meeting|speaking|talking) with you|your (?:time|conversation|chat|call|visit) with")
ANY_MEETING = re.compile(_ANY_MEETING)
# "round" and "screen" only as hiring says them: "show you round" and "share your screen" are any visit's and call's.
INTERVIEW = re.compile(
    r"\b(?:interview|(?:first|second|third|final|next|last|1st|2nd|3rd|another|technical|hiring|interview) round"
    r"|\bround (?:one|two|three|[123])\b|\bround of (?:interviews|talks)"
    r"|(?:first|second|third|final|next) stage|\bonsite\b|on-site"
    r"|(?<!share )(?<!sharing )(?<!your )(?<!my )(?<!on )\bscreen(?:ing)?\b(?![- ]?shar)(?! print)|\bpanel\b"
    r"|hiring manager|meet the team|bring you in|trial shift|trial day|working interview"
    # an Indian employer's hiring day: "the face to face drive scheduled on 13th September", "walk-in drive"
    r"|\b(?:walk-?in|face[- ]to[- ]face|f2f|virtual|weekend|hiring|recruitment|campus) drive\b"
    r"|" + UNIVERSITY_INTERVIEW +
    r"|take-home|assessment|\boffer\b|\bposition\b|\brole\b|\bposte\b|\bpuesto\b|\bstelle\b"
    r"|gespräch|entrevista|entretien|colloquio|entrevue|conversa\b|bate-papo|" + _ANY_MEETING +
    # ... and in the languages read since session 33 (an interview word, not an application's: a flat share's
    # "pohovor" and a radio's "สัมภาษณ์" say it too); Thai has no spaces to start a word at
    r"|pohovor|співбесід|собеседовани|interviu|haastattelu|[ก-๛]*?สัมภาษณ์"
    # ... and Hebrew's, its article or preposition joined to it ("הראיון", "לראיון")
    r"|[הלבמשו]{0,2}ראיו(?:ן|נות)"
    # ... and Greek's and Bulgarian's ("συνέντευξη", "интервюто")
    r"|συνέντευξ|интервю"
    r"|(?:couple (?:of )?|few |two |further |more )+conversations\b"
    # an academic search's own words, on a campus visit's itinerary: "Breakfast with the search chair", "job talk"
    r"|search (?:committee|chair)|job talk"
    r"|have you back\b)"
)
# Candidacy evidence beyond a person meeting the user (context.shows_hiring counts it).
NAMES_THE_APPLICATION = "names the user's application, role or position"
INTERVIEW_WORDS = "uses interview words"
FROM_AN_ATS = "comes from an applicant-tracking system acting for a company"
FROM_AN_AGENCY_SYSTEM = "comes from a recruitment agency's own system"
BOARD_NEWS = "is a job board's news of the user's own application"
ANSWERS_THE_APPROACH = "answers the user's own approach about a job"
RELAYED_BY_A_BOARD = "is a person's message passed on by a job board"
KNOWN_COMPANY = "comes from a company the user is in a process with"
KNOWN_PERSON = "comes from a person the user is in a process with"
FROM_A_PERSONAL_ACCOUNT = "comes from a personal mail account"
SIGNED_BY_SOMEONE_WHO_HIRES = "is signed by someone who hires"
AGENCY_TO_THE_USER = "is a recruitment agency writing to the user alone"
IN_THREAD = "answers a thread the user is in"
SPEAKS_OF_A_MEETING = "speaks of a call or meeting with the user"
PERSON_AT_COMPANY = "is from a person at a company, to the user alone"
SCHEDULED_BY_TOOL = "comes from a scheduling tool acting for a person at a company"
ONE_OFF_MEETING = "is a one-off meeting a person at a company set up with the user by name"
# Evidence that a person at a company is meeting the user, and of nothing more: classify asks the words what the
# meeting is for before it counts as the user's candidacy (classify._other_business).
MEETING_CLUES = frozenset((SPEAKS_OF_A_MEETING, PERSON_AT_COMPANY, SCHEDULED_BY_TOOL, ONE_OFF_MEETING))


def only_meeting_words(hay: str) -> bool:
    """Whether every interview word in `hay` is one any meeting uses ("our call", "talking with you")."""
    return all(ANY_MEETING.fullmatch(m.group(0)) for m in INTERVIEW.finditer(hay))

# Where writers publish newsletters: no employer sends a candidate's news from one (a mailing service
# such as Mailchimp, which careers teams do use, is not one of these).
NEWSLETTER_PLATFORMS = frozenset(("substack.com", "beehiiv.com", "ghost.io", "buttondown.email", "convertkit.com",
                                  "kit.com", "medium.com", "revue.co", "mailerlite.com"))
# What a recruiter says about the candidacy comes early; a long newsletter's tail adds nothing.
READ = 3000
REPLY = re.compile(rf"^(?:{REPLY_WORDS})\s*[:：]")
RECRUITER_TITLE = re.compile(r"recruit|talent|\bhr\b|people (?:partner|team|ops)|hiring|consultant|staffing|search partners"
                             r"|personalreferent|personal|sourcer|human resources|people & culture|recrut|rekrut|reclut")
# Job boards send job alerts and, now and then, news of the user's own application.
JOB_BOARDS = frozenset(("linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com", "ziprecruiter.com", "otta.com",
              "welcometothejungle.com", "wellfound.com", "hired.com", "stepstone.de", "seek.com.au", "reed.co.uk",
              "totaljobs.com", "monster.com", "dice.com", "xing.com", "naukri.com", "iimjobs.com", "foundit.in",
              "shine.com", "jobstreet.com", "jobsdb.com", "bayt.com", "gulftalent.com", "naukrigulf.com", "snagajob.com",
              "joinhandshake.com", "cv-library.co.uk", "jora.com", "workopolis.com", "builtin.com", "stepstone.at",
              "stepstone.ch", "karriere.at", "jobs.ch", "jobup.ch",
              # hospitality's boards (Culinary Agents, Poached)
              "culinaryagents.com", "poachedjobs.com",
              # Central and Eastern Europe's (Jobs.cz, Práce.cz, Profesia, Djinni, Work.ua, Robota.ua, eJobs, BestJobs)
              "jobs.cz", "prace.cz", "profesia.sk", "profesia.cz", "djinni.co", "work.ua", "robota.ua", "ejobs.ro",
              "bestjobs.eu",
              # South Asia's (apna, WorkIndia, Rozee, Bdjobs), the Middle East's (Wuzzuf, Akhtaboot, Jobinja, IranTalent),
              # East and West Africa's (BrighterMonday, Fuzu, Jobberman) and the Philippines' (Kalibrr, JobStreet PH)
              "apna.co", "workindia.in", "rozee.pk", "bdjobs.com", "wuzzuf.net", "akhtaboot.com", "jobinja.ir",
              "irantalent.com", "brightermonday.co.ke", "brightermonday.co.tz", "brightermonday.co.ug", "fuzu.com",
              "jobberman.com", "kalibrr.com", "jobstreet.com.ph", "jobstreet.com.my",
              # Thailand's (JobThai)
              "jobthai.com",
              # Russia's and Kazakhstan's (hh.ru and its hh.kz, SuperJob, Rabota.ru, Zarplata.ru)
              "hh.ru", "hh.kz", "superjob.ru", "rabota.ru", "zarplata.ru"))
APPLIED = re.compile(r"your application (?:was|has been) (?:sent|viewed|submitted|received)|you applied|applied on"
                     r"|for applying (?:to|for)|you(?:'ve| have) applied|zu (?:ihrer|deiner) bewerbung"
                     r"|(?:ihre|deine) bewerbung (?:als|bei|für|wurde)"
                     r"|your application (?:to|for|at)\b|application (?:status|update)|(?:regarding|about) your application"
                     # a board that books the employer's interviews (Handshake, Indeed): "Interview confirmed: X on Feb 18"
                     r"|^interview (?:confirmed|scheduled|rescheduled|cancell?ed|request(?:ed)?)\s*:"
                     r"|\byou(?:'re| are) scheduled[.!]"
                     # a board's receipt, headed so: "Application submitted / CDL-A Regional Driver / ... Good luck!"
                     r"|(?:^|\n)\s*application submitted\s*(?:\n|$)"
                     # ... and in Russian, as hh.ru heads its news: "Ответ работодателя на ваш отклик", "работодатель
                     # рассмотрел ваш отклик на вакансию", "Ваш отклик на вакансию «Закупщик» отклонён"
                     r"|\bна ваш отклик\b|\bработодатель (?:рассмотрел|посмотрел|получил) ваш(?:е)? (?:отклик|резюме)\b"
                     r"|\bваш отклик на вакансию\b")
# A scheduling tool's note to the owner of a booking page names who booked ("Invitee Email:
# jo@bakery.example"): a candidate is the invitee of a recruiter's page, never the host of their own.
INVITEE = re.compile(r"^\s*invitee email:\s*(?:\n\s*)?([^\s<>@]+@[^\s<>]+?)[.,;]?\s*$", re.M)


# A job board passing on what one person wrote to the user ("Cole just messaged you", "Cole Brannigan
# via LinkedIn", "New message from Penwarden Logistics"): the words are that person's, so the
# message is read as theirs, not as the board's bulk mail. Cold InMail comes the same way: the
# features' cold-outreach reading still rules it out.
RELAYED_SUBJECT = re.compile(r"\b(?:just )?messaged you\b|\bsent you a (?:new )?message\b|^new message from\b"
                             r"|\bnew message (?:regarding|about)\b|\breplied to your message\b")
RELAYED_NAME = re.compile(r"\bvia (?:linkedin|indeed|handshake|wellfound|ziprecruiter|glassdoor|hired|otta|xing)\b", re.I)


def relayed_person(email: Email, subject: str) -> bool:
    """A job board's relay of one person's message to the user (see RELAYED_SUBJECT)."""
    sender = email.sender
    if sender is None or not _on(sender.address, JOB_BOARDS):
        return False
    return RELAYED_NAME.search(sender.name or "") is not None or RELAYED_SUBJECT.search(subject) is not None


@dataclass
class Candidacy:
    score: float = 0.0
    found: list[str] = field(default_factory=list)  # reasons for
    against: list[str] = field(default_factory=list)  # reasons against
    board_application: bool = False  # a job board's news of the user's own application
    one_to_one: bool = False  # a person at a company writes to the user alone: read it whatever its words
    personal: bool = False  # a person writes to the user alone from a personal account
    named: bool = False  # names the user's own application in so many words (APPLIED_TO)
    ats: bool = False  # sent by an applicant-tracking system acting for a company

    def add(self, weight: float, reason: str) -> None:
        self.score += weight
        (self.found if weight > 0 else self.against).append(reason)


is_relay = lru_cache(maxsize=4096)(_is_relay)  # the same few senders, asked about again and again


@lru_cache(maxsize=4096)
def _suffixes(host: str) -> frozenset[str]:
    parts = host.split(".")
    return frozenset(".".join(parts[i:]) for i in range(len(parts)))


def _on(address: str, domains: frozenset[str]) -> bool:
    return not _suffixes(domain(address)).isdisjoint(domains)


# A recruiting platform's own newsletter, not its mail for a company: "newsletter@infojobs.net", "news@..."
_PLATFORM_NEWS = re.compile(r"^(?:newsletters?|news|digest|marketing|promo(?:tions?)?|boletin|noticias|nieuwsbrief"
                            r"|hirek|blog)\b", re.I)


def is_ats(address: str) -> bool:
    """An applicant-tracking system acting for a company (not the platform's own newsletter: _PLATFORM_NEWS)."""
    return (_on(address, ATS_DOMAINS) or ("." in domain(address) and is_ats_label(org_label(address)))) \
        and not _PLATFORM_NEWS.match(address)


def bulk_reasons(email: Email) -> list[str]:
    """What marks mail as sent to many: an auto-reply, list headers, Precedence. Not a job board's
    relay of one person's message, which carries the board's list headers."""
    if relayed_person(email, email.subject.lower()):
        return []
    reasons = []
    if email.headers.get("auto-submitted", "").lower().startswith("auto-replied") or re.match(
            r"^(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|abwesenheit|réponse automatique)",
            email.subject, re.I):
        reasons.append("is an automatic reply (out of office)")
    if "list-unsubscribe" in email.headers or "list-id" in email.headers:
        reasons.append("is list mail (List-Unsubscribe/List-Id)")
    if email.headers.get("precedence", "").lower() in ("bulk", "list", "junk"):
        reasons.append("is marked Precedence: bulk")
    return reasons


FROM_OWN_EMPLOYER = "comes from the user's own employer"
FROM_WORKPLACE = "comes from the workplace whose address forwards this mail to the user"
# Mail from the job the user has: its pay rise, promotion or new contract is no offer to take up.
OWN_WORKPLACE = frozenset({FROM_OWN_EMPLOYER, FROM_WORKPLACE})


def _from_forwarding_workplace(email: Email, senders: list[Person]) -> bool:
    """Mail the user's work address forwarded in, from that workplace itself: a colleague, its
    newsletter, its HR system (an ATS or HR portal writes as the company: 'graupelfreight@myworkday.com').
    The search runs from the personal inbox; what the workplace sends is about the user's job."""
    work = {squash(org_label(a)) for a in email.forwarded_from if org_label(a) not in FREE_MAIL}
    if not work:
        return False
    for p in senders:
        if _is_relay(p.address) or is_ats(p.address):
            if squash(p.address.split("@", 1)[0]) in work or squash(p.name or "") in work:
                return True
        elif squash(org_label(p.address)) in work:
            return True
    return False


def candidacy(email: Email, subject: str, text: str, known_domains: frozenset[str] | set[str] = frozenset(),
              own_domains: frozenset[str] | set[str] = frozenset(), read_text: bool = True) -> Candidacy:
    """Evidence that the message is about the user's own candidacy. `subject` and `text` are
    lowercased; `known_domains` are companies the user is in a process with (or, on personal mail
    domains, the addresses of people the user is in a process with); `own_domains` are
    the user's own (non-free-mail) domains: mail from there is the user's employer. Without
    `read_text` only the senders and headers are read (mail with no job words at all)."""
    c = Candidacy()
    hay = subject + "\n" + text[:READ] if read_text else ""
    sender = email.sender
    senders = [p for p in [sender, *email.reply_to] if p is not None]
    cal = email.calendar
    if cal is not None and cal.organizer is not None:
        senders.append(cal.organizer)
    if not read_text:
        pass
    elif APPLICATION.search(hay) or gate.search(OTHER_LANGUAGES, hay) or subject_names_role(subject) \
            or subject_is_an_application(subject, email.user_name):
        c.named = APPLIED_TO.search(hay) is not None
        c.add(2, NAMES_THE_APPLICATION)
    elif INTERVIEW.search(hay):
        c.add(1, SPEAKS_OF_A_MEETING if only_meeting_words(hay) else INTERVIEW_WORDS)
    ats = any(is_ats(p.address) for p in senders)
    if ats:
        c.ats = True
        c.add(2, FROM_AN_ATS)
    elif sender is not None and is_robot(sender.address) and agency_system(email):
        ats = c.ats = True
        c.add(2, FROM_AN_AGENCY_SYSTEM)
    elif sender is not None and read_text and _on(sender.address, JOB_BOARDS) and (
            APPLIED.search(hay) or gate.search(OTHER_LANGUAGE_RECEIPTS, hay)):
        ats = True  # the board acts for the company here, as an ATS does
        c.board_application = True
        c.add(2, BOARD_NEWS)
    company_senders = [p for p in senders if not is_relay(p.address) and org_label(p.address) not in FREE_MAIL
                       and domain(p.address)]
    if any(domain(p.address) in known_domains or registrable(domain(p.address)) in known_domains
           for p in company_senders):
        c.add(2, KNOWN_COMPANY)
    about_a_job = bool(c.found)  # its words, an ATS, a board or a company the user is in a process with
    if any(registrable(domain(p.address)) in own_domains for p in company_senders):
        c.add(-5, FROM_OWN_EMPLOYER)
    elif _from_forwarding_workplace(email, senders):
        c.add(-5, FROM_WORKPLACE)
    recipients = len(email.to) + len(email.cc)
    # (a person on a personal account writes with the household and the agency copied, not to them: _writing_with)
    addressed = recipients - _writing_with(email, sender) if sender is not None and not company_senders else recipients
    # the sender's own colleagues copied in (a recruiter copying the hiring manager) leave it a company writing to the
    # user; anyone else makes it a mailing or a group's thread
    outside = _recipients_outside(email, sender) if sender is not None and company_senders else recipients
    relayed = relayed_person(email, subject)
    bulk = bulk_reasons(email)
    alone = addressed <= 2 and not bulk  # a person writing to the user alone, not a mailing
    if company_senders and outside <= 2:
        c.one_to_one = sender is not None and sender in company_senders and not is_robot(sender.address) and not bulk
        c.add(0.5, PERSON_AT_COMPANY)
        if c.one_to_one and from_agency(email):
            # a recruitment agency writes to one person about that person's search (its cold approaches are
            # features.OUTREACH's): "Greg has a warranty auditor in Thursday so he moved you to Monday 7/7 at 10am"
            c.add(1, AGENCY_TO_THE_USER)
        if REPLY.match(subject):
            c.add(0.5, IN_THREAD)
        if read_text and RECRUITER_TITLE.search(email.signature.lower() + text[-400:]):
            c.add(0.5, SIGNED_BY_SOMEONE_WHO_HIRES)
    approach = addressed <= 2 and not bulk and read_text and answers_an_application(email)
    if approach:
        # the user's own words quoted below: "I'm after the seasonal guide job on your website"
        c.add(1, ANSWERS_THE_APPROACH)
    elif read_text and not about_a_job and _care_provider(company_senders) \
            and PATIENT.search(subject + "\n" + _users_own_words(email.quoted.lower())):
        # "that's you booked in for 9:15 with Dr Patel" under "I've lost a filling": a practice booking the user in as
        # its patient. (A clinic's manager booking the user in "with Dr Sandhu" is as often an interview: only the
        # patient's own words tell them apart.)
        c.add(-3, CARE_BOOKING)
    if company_senders and sender is not None and is_relay(sender.address) and not ats:
        c.add(1, SCHEDULED_BY_TOOL)
    if company_senders and cal is not None and not cal.recurring and _names_user(email, cal.summary or ""):
        c.add(1, ONE_OFF_MEETING)
    if relayed and not company_senders and recipients <= 2:
        # like a person at a company writing to the user alone: what it says decides (_hiring_step)
        c.one_to_one = True
        c.add(0.5, RELAYED_BY_A_BOARD)
    personal = sender is not None and org_label(sender.address) in FREE_MAIL and not company_senders
    if personal and sender is not None and sender.address.lower() in known_domains:
        c.one_to_one = alone
        c.add(2, KNOWN_PERSON)
    elif personal:
        c.personal = alone
        if read_text and alone and _speaks_for_a_company(email, subject, hay) and not SCAM.search(hay):
            # a founder of a small company often writes from a personal account: "our CTO",
            # "my cofounder", "we're looking for our first engineer" speak for a company
            c.one_to_one = True
            c.add(0.5, "is a person writing for their company from a personal account")
        else:
            c.add(-1.5, FROM_A_PERSONAL_ACCOUNT)
    if "invitee email:" in text and _someone_booked_the_user(email, text[:READ]):  # read even without job words
        c.add(-3, "is a booking someone made on the user's own scheduling page")
    if recipients > 5:
        c.add(-1, f"goes to {recipients} people")
    if bulk and not ats:
        c.add(-1, " and ".join(bulk))
    if sender is not None and _on(sender.address, NEWSLETTER_PLATFORMS):
        c.add(-3, "is sent from a newsletter platform")
    if cal is not None and cal.recurring:
        c.add(-3, "is a recurring calendar event")
    if cal is not None and (len(cal.attendees) > 4 or any(GROUP_LOCAL.match(p.address) for p in cal.attendees)):
        c.add(-2, "is a meeting for a whole team")
    if (cal is not None or (REPLY.match(subject) and read_text and THREAD_OF_WORK.search(subject))) \
            and _work_meeting(email, subject, text):
        # (a reply moving "Re: Cohort readout - Thursday" is the work's too, when nothing in the thread speaks of hiring)
        c.add(-3, WORK_MEETING)
    return c


CARE_BOOKING = "is a care provider's appointment for the user"
# A practice that books its patients (or their pets) in: its name or its domain says so.
CARE_PROVIDER = re.compile(r"dental|dentist|orthodont|clinic\b|surgery|medical cent|physio|optician|optometr|veterinar|\bvets?\b"
                           r"|chiropract|podiatr|hygienist|health ?cent(?:re|er)|\bgp\b|pharmacy"
                           r"|\bpraxis\b|arztpraxis|hausarzt|zahnarzt")
# ... and the patient's own words for why they book: the subject, or the user's message the practice answers.
PATIENT = re.compile(r"\b(?:appointment (?:request|booking)|(?:lost|broken|chipped|loose) (?:a |my )?(?:filling|crown|tooth)"
                     r"|check-?up|prescription|toothache|vaccinations?|booster|blood tests?|smear test"
                     r"|my (?:tooth|teeth|knee|back|shoulder|eyes?|dog|cat|puppy|kitten)\b|(?:dog|cat|puppy|kitten)'s)")


def _recipients_outside(email: Email, sender: Person) -> int:
    """How many the message is addressed to, not counting the sender's own colleagues on copy (a meeting of the
    sender's organisation addresses them all: they count)."""
    own = registrable(domain(sender.address))
    return len(email.to) + sum(1 for p in email.cc if registrable(domain(p.address)) != own)


def _surname(name: str | None) -> str:
    words = re.findall(r"[\w'’-]+", (name or "").lower())
    return words[-1] if len(words) >= 2 and len(words[-1]) >= 2 else ""


def _agency_address(person: Person) -> bool:
    """A recruitment agency's own address (not a relay's): what from_agency asks of the sender, copies_an_agency of
    those copied."""
    return not is_relay(person.address) and AGENCY_DOMAIN.search(org_label(person.address)) is not None


def _writing_with(email: Email, sender: Person) -> int:
    """How many of those copied on a personal account's message write with its sender, not to the user (session 50): the
    sender's own household, a spouse of the same surname ("Cc: Ben Marsh" on Caroline Marsh's "we'd love to have you"),
    and the recruitment agency that put the user forward ("Cc: Kayleigh <kayleigh@nestwellstaffing.com>"). A family
    hiring writes so; a mailing to friends is still many people."""
    surname = _surname(sender.name)
    return sum(1 for p in email.cc if p.address.lower() != sender.address.lower()
               and (surname and _surname(p.name) == surname or _agency_address(p)))


def copies_an_agency(email: Email) -> bool:
    """A person copies a recruitment agency in (session 50): its client writing to the candidate the agency put forward,
    "Caroline Marsh here - Kayleigh gave me your email ... Could we do Wednesday at 4 instead?"."""
    return any(_agency_address(p) for p in [*email.to, *email.cc])


def _care_provider(senders: list[Person]) -> bool:
    return any(CARE_PROVIDER.search(f"{p.name} {domain(p.address)}".lower()) for p in senders)


# A recruitment agency's own domain ("harlow-resourcing.co.uk", "pinestaffing.com"): whatever it
# writes is about hiring, so its mail is read even when it never says "interview" or "role". Narrower
# than org_names.AGENCY_WORDS, which also takes "talent" or "people" as a hint for a company's name:
# here a word must be sure enough to put every mail from the domain in a hiring context.
# (and a search firm named so, "longhornsearch", "kestrel-search": not a research firm)
# (and a placement agency, as French, Canadian and Indian English call one: "ligneplacement", not a fund's "placements")
AGENCY_DOMAIN = re.compile(r"staff(?!ord)|recruit|resourcing|headhunt|executivesearch|searchpartners|personalberatung|manpower"
                           r"|(?<!re)-?search$|placement(?!s)")


# ... or one that says so in its footer, as a UK agency must: "Shiftwright Ltd is an employment business"
AGENCY_FOOTER = re.compile(r"\b(?:is|are|acts as|acting as) an? (?:employment (?:business|agency)|recruitment (?:agency"
                           r"|business|consultancy))\b")


def from_agency(email: Email) -> bool:
    people = [p for p in [email.sender, *email.reply_to] if p is not None]
    return any(_agency_address(p) for p in people) or agency_system(email)


def agency_system(email: Email) -> bool:
    """Mail an agency's own system sends (a staffing app's verification, its shift offers): the footer says whose it is.
    Like an ATS's, it acts for the employers the agency supplies, whatever list headers it carries."""
    return AGENCY_FOOTER.search((email.text[-1500:] + "\n" + email.signature).lower()) is not None


def _speaks_for_a_company(email: Email, subject: str, hay: str) -> bool:
    """A person on a personal account writing as an employer: says so ("our CTO", "its dana from
    the bakery"), signs as one ("Owner, Merriweather Home Care", "Colm / Kilbrack Arms"), answers a
    thread titled with a job, or answers the user's own application (quoted below the reply)."""
    # (or said so earlier in the thread: "Wednesday the 18th so, half 10" under "had a good look at the CV ...")
    return (SPEAKS_FOR.search(hay) is not None or OWNER_LINE.search(email.signature.lower() + "\n" + hay) is not None
            # (a business's sign-off speaks for it where the text itself is of a job: "so the job's gone I'm afraid", not
            # only a reply's subject, "Re: Bar job" over "see you Wednesday at 4pm then", which its thread explains)
            or BUSINESS_SIGN_OFF.search(email.text[-300:] + "\n" + email.signature[:300]) is not None
            and has_job_context(hay[len(subject) + 1:])  # (hay: the subject, a line break, the text as read)
            or SPEAKS_FOR.search(senders_earlier_words(email)) is not None
            or subject_names_role(subject) or answers_an_application(email) or copies_an_agency(email)
            or subject_is_an_application(subject, email.user_name) or _named_as_hiring(email)
            # (or signs with a recruiter's title on a line of its own, as an agency's recruiter on Gmail does: "Fitri /
            # Recruitment Officer / PT Samudra", where the text is of a job)
            or RECRUITER_LINE.search(email.text[-300:].lower() + "\n" + email.signature[:300].lower()) is not None
            and has_job_context(hay[len(subject) + 1:])
            # (or speaks of the employer as its client, as a placement consultancy's consultant on Gmail does, where the
            # mail is of an interview: "Done, confirmed with client. Keerthi madam will call you tomorrow 11:30")
            or AGENCY_CLIENT.search(hay) is not None and CLIENT_INTERVIEWS.search(hay) is not None)


# A consultancy's consultant speaks of the employer as the client that interviews, decides or sets the date: "confirmed
# with client", "Client confirmed the new date for the F2F", "postponed due to some unavoidable reasons from client side",
# "requirement with our esteemed client". Not a friend's "client meeting ran late" or "my client wants the deck" (the
# client acts on no date, slot or candidate; and CLIENT_INTERVIEWS must find the mail of an interview as well)
AGENCY_CLIENT = re.compile(r"\b(?:confirmed|checked|discussed|spoke|spoken|coordinated|block(?:ed)? the slot) with (?:the |our )?"
                           r"client\b"
                           r"|\b(?:the |our )?client (?:has |have |had )?(?:confirmed|given|agreed|shortlisted|selected"
                           r"|scheduled|rescheduled|postponed|cancell?ed|is looking for|is closing|is keen|is happy"
                           r"|wants to (?:meet|see|interview|speak))\b"
                           r"|\b(?:from|on) (?:the )?client(?:'s)? side\b|\bour esteemed client\b"
                           r"|\bclient(?:'s)? (?:feedback|requirement|panel|hr)\b")
# ... and the words of the interview it speaks of: the F2F, a named round, the shortlist, the call letter
CLIENT_INTERVIEWS = re.compile(r"\b(?:interview|f2f|face[- ]to[- ]face|(?:telephonic|technical|hr|managerial|final|first"
                               r"|second|next) round|shortlisted|call letter|jd|ctc|notice period)\b")


# A recruiter's title as a signature's line: not a word in passing ("my personal trainer", "the HR of my old job")
RECRUITER_LINE = re.compile(r"^\s*(?:senior |junior |lead |head of |chief )?(?:recruit(?:er|ment (?:officer|consultant"
                            r"|coordinator|manager|specialist|executive|partner|lead|team))|talent acquisition(?: [\w&]+){0,3}"
                            r"|hr (?:manager|officer|generalist|coordinator|executive|business partner)|hiring manager"
                            # ... in Thai: "ผจก.ฝ่ายบุคคลและธุรการ | Chonlatharn Seafood", "เจ้าหน้าที่ฝ่ายทรัพยากรบุคคล"
                            r"|(?:ผจก\.?\s?|ผู้จัดการ|เจ้าหน้าที่)?ฝ่าย(?:บุคคล|ทรัพยากรบุคคล)[^|,/\n]{0,20})"
                            r"\s*(?:[|,/-].{0,60})?$", re.M)


WORK_MEETING = "is a work meeting (a review, a sync, office hours)"
# ... and what only work is titled, in a reply's subject without a calendar part ("Re: Cohort readout - Thursday",
# "Re: Kick-off workshop"): not a review, a planning or a demo, which a hiring step is called too ("Re: Case review")
THREAD_OF_WORK = re.compile(r"\b(?:read-?out|kick-?off|workshop|sync|stand-?up|retro(?:spective)?|qbr|steering|office hours"
                            r"|all-hands|town ?hall)\b")
# What calendars title the work itself: "Data quality review - carrier master", "Forecast sync w/ Finance",
# "Lumora Office Hours", "HIPAA readiness workshop". (A catch-up or a chat may well be an interview.)
WORK_TITLE = re.compile(r"\b(?:review|sync|stand-?up|standup|office hours|workshop|retro(?:spective)?|planning|kick-?off"
                        r"|read-?out"
                        r"|training|onboarding|qbr|1:1|one-on-one|demo|brainstorm|offsite|off-site|all-hands|town ?hall"
                        r"|huddle|status meeting|steering|walkthrough|handover|hand-?off|webinar|induction"
                        # ... in the other languages: "Formación Abejaruco", "Schulung", "teamoverleg", "Jour fixe"
                        r"|formación|formação|formation|schulung|opleiding|inducción|reunión de equipo|réunion d'équipe"
                        r"|teamoverleg|jour fixe)\b")
# ... and what a hiring meeting names, even one titled so ("Portfolio review", "Take-home review", "Case study")
HIRING_WORDS = re.compile(r"interview|candida|applica|applied|\brole\b|position|hiring|recruit|portfolio|case study"
                          r"|assessment|take-?home|\boffer\b|\bround\b|\bstage\b|vacanc|\bjob\b|opening|\bscreen|panel|talent"
                          r"|resume|\bcv\b|trial (?:shift|day)|next step|your (?:test|challenge|exercise|task)\b"
                          r"|(?:demo|demonstration|sample|model|teaching) lesson"
                          r"|entrevista|entretien|gespräch|sollicita|kandida|bewerb|\bvaga|entrevue"
                          r"|\bpuesto|\bposte\b|\bstelle\b|vacature|selección|seleção|recrut|rekrut")


def _work_meeting(email: Email, subject: str, text: str) -> bool:
    """A calendar event (or a reply's thread, candidacy asks only of THREAD_OF_WORK titles) titled as work (a review,
    a sync, a workshop) with no word of hiring anywhere, its quoted history included, and no job title in its title: the
    user's job, a client's or a vendor's session, not an interview."""
    title = subject + " " + ((email.calendar.summary or "").lower() if email.calendar else "")
    if not WORK_TITLE.search(title) or HIRING_WORDS.search(title + "\n" + text + "\n" + email.quoted.lower()[:READ]):
        return False
    return not any(TITLE_END.search(piece.strip()) for piece in re.split(r"[-–|:/(),]", title))


def _named_as_hiring(email: Email) -> bool:
    """A personal account named for a company's hiring: "Mangal Logistics HR", "Shukra Infotech Careers"."""
    name = (email.sender.name or "") if email.sender else ""
    return len(name.split()) >= 2 and HIRING_NAME.search(name) is not None


def answers_an_application(email: Email) -> bool:
    """The message quoted below the reply is about the user's application: the sender's own
    earlier words naming it ("your application"), or the user's sending it ("my CV for ...")."""
    quoted = email.quoted.lower()
    if not quoted or email.sender is None:
        return False
    senders_words = quoted_author(quoted) == email.sender.address
    return (APPLIED_TO if senders_words else USERS_APPLICATION).search(quoted) is not None


# The user hiring: offering someone a job or an interview (a charity's chair, a founder, a manager).
USER_HIRING_WORDS = re.compile(r"\b(?:delighted|pleased|happy|thrilled|glad) to (?:formally )?offer you (?:a|this) "
                               r"(?:[\w/&-]+ ){0,5}(?:post|role|position|job)\b"
                               r"|\boffer you the (?:[\w/&-]+ ){0,5}(?:post|role|position|job)\b"
                               r"|\bthanks? (?:you )?(?:so much |very much |a lot )?for applying (?:for|to)\b"
                               r"(?![^.!?\n]{0,80}\bon my behalf)"
                               r"|\binvite you to (?:a|an|your) (?:[\w-]+ ){0,2}interview\b|\brole on my team\b"
                               # the user turning a candidate down, or asking a colleague onto the panel
                               r"|\b(?:we've|we have) decided to (?:offer the (?:[\w-]+ ){0,3}(?:role|position|job|post) to"
                               r"|go with|move forward with|proceed with) (?:another|a different|other|the other)"
                               r" (?:candidate|applicant|person)"
                               r"|\b(?:could|can|would) you (?:sit|be) on (?:the|my|an|our) (?:interview )?panel\b"
                               # the user setting a candidate a task: "here's the case study ... send it back by Friday?"
                               r"|\bhere(?:'s| is) the (?:[\w-]+ )?(?:case study|task|exercise|assignment|take-home)\b"
                               r"[^\n]{0,160}"
                               r"\b(?:could|can|would) you (?:send|return|get) (?:it|that|this|them) back\b")
# The lines of a quote's own header: Gmail's "On ... wrote:" (wrapped or not), Outlook's From/Sent/To/Subject block.
QUOTE_HEADER_LINE = re.compile(r"^\s*\*?(?:from|sent|to|cc|date|subject|von|gesendet|an|betreff|de|envoyé|à|objet|från"
                               r"|skickat|till|ämne|enviado|para|assunto|asunto|van|verzonden|aan|onderwerp)\s*:|wrote:\s*$")


def _users_own_words(quoted: str) -> str:
    """The words of the message a reply quotes first, without its header and without the history quoted below
    it (a company's "thank you for applying" under the user's answer is the company's, not the user's)."""
    from agent.parse import QUOTE_STARTS  # parse reads evidence's REPLY: imported here, not at the top

    lines = quoted.split("\n")

    def wrapped_header(k: int) -> bool:  # "On Sun, 31 May 2026 at 09:00, Jane Rowe <" / "jane@x.example> wrote:"
        return k + 1 < len(lines) and lines[k + 1].rstrip().endswith("wrote:")

    i = 0
    while i < len(lines) and (not lines[i].strip() or QUOTE_HEADER_LINE.search(lines[i]) or QUOTE_STARTS.match(lines[i])
                              or wrapped_header(i)):
        i += 1
    own = []
    for k in range(i, len(lines)):
        if QUOTE_STARTS.match(lines[k]) or (lines[k].lstrip().startswith("on ") and wrapped_header(k)):
            break
        own.append(lines[k])
    return "\n".join(own)


def answers_the_user_hiring(email: Email) -> bool:
    """The reply answers the user hiring: the message it quotes is the user's own (its author is
    the address the reply is sent to) and offers the sender a job or an interview. The candidate's
    "I'm delighted to accept", their DBS check, their withdrawal are no step of the user's own
    search. Only the user's own words count, not the quote's header (the Subject of an answered
    "Thank you for applying") or the history below them; an agency's reply quoting its client's
    offer quotes the client, not the user."""
    quoted = email.quoted.lower()
    if not quoted or email.sender is None:
        return False
    author = quoted_author(quoted)
    if author is None or author not in {p.address.lower() for p in email.to} or author == email.sender.address.lower():
        return False
    return USER_HIRING_WORDS.search(_greeting_the_user_ends(_users_own_words(quoted), email.user_name)) is not None


def _greeting_the_user_ends(own: str, user_name: str) -> str:
    """The user's own words end where a message greets the user ("Dear Alex," / "Alex你好"): a client that quotes the
    sender's earlier invitation below the user's answer without its header ("Thursday at 11:00 would be great. Best,
    Alex" and then "Dear Alex, ... I am delighted to invite you to a second interview") quotes the sender, not the user."""
    first = user_name.split()[0].lower() if user_name.split() else ""
    if len(first) < 2:
        return own
    greets = re.compile(r"^\s*(?:dear|hi|hello|hey)\s+" + re.escape(first) + r"\b|^\s*" + re.escape(first)
                        + r"\s?(?:你好|您好)", re.M)
    m = greets.search(own)
    return own[:m.start()] if m else own


USER_CONGRATULATES = re.compile(r"\bcongrat(?:s|ulations)\b")


def answers_the_users_congratulations(email: Email) -> bool:
    """A reply to the user's own congratulations ("Saw you've gone out on your own - congratulations!"): a contact's
    thanks, whoever they work for, unless the user's words or the reply speak of a job, a role or an interview
    (classify also reads a reply that books, asks or decides anything for that)."""
    words = _users_own_words(email.quoted.lower())
    reply = email.subject.lower() + "\n" + email.text.lower()
    return USER_CONGRATULATES.search(words) is not None and not any(
        job.search(said) for job in (APPLICATION, INTERVIEW, OTHER_LANGUAGES) for said in (words, reply))


def senders_earlier_words(email: Email) -> str:
    """What the sender wrote earlier in the thread, from the quoted history below the reply: each quoted message whose
    header ("On ... Siobhán <s@x.example> wrote:", "From: ...") names the sender's address. The user's own quoted words
    are never the sender's ("Dara passed on your CV", the user hiring, quoted under the candidate's reply)."""
    if not email.quoted or email.sender is None:
        return ""
    quoted = email.quoted.lower()[:READ]
    sender = email.sender.address.lower()
    heads = list(QUOTED_AUTHOR.finditer(quoted))
    return "\n".join(quoted[m.end():heads[i + 1].start() if i + 1 < len(heads) else len(quoted)]
                     for i, m in enumerate(heads) if m.group(1).lower() == sender)


def quoted_author(quoted: str) -> str | None:
    """The address of whoever wrote the message a reply quotes first, if its header names one."""
    m = QUOTED_AUTHOR.search(quoted[:QUOTE_HEADER])
    return m.group(1).lower() if m else None


def _someone_booked_the_user(email: Email, hay: str) -> bool:
    m = INVITEE.search(hay)
    return m is not None and m.group(1) not in {p.address.lower() for p in email.to}


def _names_user(email: Email, summary: str) -> bool:
    """The invitation names the user: in full, or by first name beside the other person's
    ("Alex <> Amara", "Alex / Amara", "Amara and Alex")."""
    names = [p.name for p in email.to if p.name and len(p.name.split()) >= 2]
    where = email.subject + " " + summary
    if any(n in where for n in names):
        return True
    firsts = {n.split()[0] for n in names if len(n.split()[0]) >= 2}
    joint = r"\s*(?:<>|/|\+|&|x|and|meets?)\s*"
    return any(re.search(rf"\b{re.escape(f)}{joint}\w|\w{joint}{re.escape(f)}\b", where) for f in firsts)
