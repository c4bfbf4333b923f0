"""Words that place a message inside a hiring process, shared by parse (to decide whether an HTML
body is worth a full parse) and classify (as the job-context prior)."""

from __future__ import annotations

import re

from agent import phrasebook
from agent.gate import search_alone

# The word a mail client puts before a reply's subject, in the languages users write in: English "Re", German "AW",
# Scandinavian "SV", Spanish "RV", Dutch "Antw", French "Réf", Italian "R" and "Rif", Turkish Outlook's "YNT" (yanıt),
# Polish "Odp", Brazilian Outlook's "RES" (resposta), Finnish "VS" (vastaus), Hungarian "V" (válasz), Chinese Outlook's
# "回复"/"回覆"/"答复", Japanese "返信", Korean "회신"/"답장", Russian Outlook's "Ответ"/"Отв", Vietnamese Outlook's "Trả
# lời" (session 54). Lower case, as subjects are read; the colon may be full-width.
REPLY_WORDS = r"re|aw|sv|rv|antw|réf|r|rif|ynt|odp|res|vs|v|ответ|отв|回复|回覆|答复|答覆|返信|회신|답장|trả lời"

# A phone's short form of the user's application: "got ur app off the job site", "saw your app on indeed" (not "your
# app crashed"). A job word here, and evidence that the mail names the application.
# A university's interview in its own words: "a job talk open to the department, a chalk talk with the faculty" (not an
# adviser's practice one)
UNIVERSITY_INTERVIEW = r"(?<!practice )(?<!mock )(?:job|chalk) talk"
PHONE_APPLICATION = (r"\bur (?:app|application|resume|cv)\b"
                     r"|\b(?:got|saw|seen|read) (?:your|ur) app (?:off|from|on|thru|through|for)\b")
# A founder hiring in plain words: "we need someone to run engineering", "our first data hire".
FOUNDER_HIRES = (r"need someone to (?:run|lead|head|build|own)\b|(?:our|a|the) (?:first|founding) (?:[\w-]+ )?hire\b"
                 # ... and a small business's owner: "I am looking for one senior person for my salon", "We're looking for a
                 # senior to take over a chair from April", a care home's "we have 2 day posts going"
                 r"|looking for (?:a|an|one|another) (?:[\w-]+ ){0,2}(?:senior|junior|person|stylist|barber|team member"
                 r"|staff member) (?:to (?:take over|join|run|work)|for (?:my|our) (?:salon|shop|team|kitchen|bar|store"
                 r"|practice|clinic|restaurant|studio|business))\b"
                 r"|\b(?:a|one|two|three|\d) (?:day |night |full[- ]time |part[- ]time )?posts? going\b")
# A household hiring its own help, the employer a family on a personal account: "Nanny chat?", "Video call - Kate & Alex
# (nanny chat)", "we'd love you to join our family as the girls' nanny", "We're looking for a full-time, live-out nanny
# for Noa and Jonah" (not a friend's "our nanny's off on Friday, could you babysit?")
HOUSEHOLD_ROLE = r"(?:nanny|au pair|nanny[- ]housekeeper|mother's help|house manager|household manager|governess)"
# ... and the post itself, as an American family describes it to the one it would hire (session 50; evidence reads it as
# naming the position): "We need someone M-F 7:30-5:30 for our 9mo starting in April", "we're looking for after-school
# help for our two girls" (not a friend's one night: "need someone for our boys Saturday night", "I need someone I trust
# with the boys"); and the post it titles its thread with: "After school help - Carefolio", "Re: Before-school care (M-F)"
HOUSEHOLD_NEED = (r"\b(?:we|i)(?: need|'re looking for| are looking for|'m looking for| am looking for) (?:someone|somebody"
                  r"|(?:after[- ]school|before[- ]school|regular|part[- ]time|full[- ]time|weekday|daytime) (?:help|care"
                  r"|childcare))\b(?![^.!?\n]{0,80}\b(?:tonight|night|this weekend|new year's)\b)[^.!?\n]{0,30}? for our"
                  r" (?:\w+ ){0,2}(?:girls|boys|kids|children|daughters?|sons?|baby|twins|toddlers?|infant|newborn|little ones"
                  r"|\d+ ?(?:mo|months?)(?:[- ]old)?)\b")
HOUSEHOLD_POST = (HOUSEHOLD_NEED + r"|^(?:(?:re|fwd?):\s*)*(?:after|before)[- ]school (?:help|care|nanny|sitter|babysitter"
                  r"|pick-?ups?)\s*(?:[-–|:(]|$)")
HOUSEHOLD_HIRES = (r"\b" + HOUSEHOLD_ROLE + r" (?:chat|call|interview|trial|role|job|position|post|search"
                   r"|for (?!(?:a|an|the|me|us|you)\b)[a-z])"
                   r"|\b(?:join|joining) our family\b(?! of\b)"
                   r"|\blooking for (?:a|an)(?: [\w-]+,?){0,3} " + HOUSEHOLD_ROLE + r"\b"
                  # ... and its chef or cook, as a family or its agency names the post (session 49): "the Fairbairns are
                  # looking for a live-in family chef for their house near Sherborne", "we're looking for a weekend cook"
                  # (not a client's "looking for a private chef for our anniversary dinner", a booking of the user's trade)
                  r"|\blooking for (?:a|an)(?: [\w-]+,?){0,2} (?:private|personal|family|household|live-in|live-out|weekend"
                  r"|daily|resident|full-time|part-time) (?:chef|cook)\b(?! for (?:a|an|our|my|the|his|her|their|this|that|one"
                  r"|\d+)(?: [\w'-]+){0,3} (?:party|parties|dinner|lunch|birthday|wedding|anniversary|event|celebration|night"
                  r"|evening|occasion|hen|stag|retreat|holiday|christmas|weekend away)\b)"
                  # (session 50) the post described, and the nanny the family had, taken back, the reason a meeting with
                  # the user is off: "Our old nanny Lupe ... is moving back to Austin after all, so we're going to bring her
                  # back" (not "our old nanny is coming back to visit")
                  r"|" + HOUSEHOLD_POST +
                  r"|\b(?:our|my) (?:old|former|previous|last) " + HOUSEHOLD_ROLE + r"\b[^.!?\n]{0,200}\b(?:bring|bringing"
                  r"|hire|hiring|rehire|rehiring|take|taking|have|having) (?:her|him|them) back\b")
# ... and in so many words: a founder's coffee is a first interview when they say this (and a family's, session 50:
# "we're looking for after-school help for our two girls ... could you meet us for coffee sunday afternoon?")
HIRING_INTENT = re.compile(r"\bwe(?:'re| are) hiring\b|\blooking for (?:our|a|an) (?:first|founding|new|next)\b|\b(?:"
                           + FOUNDER_HIRES + ")|" + HOUSEHOLD_HIRES)

# What job titles end in. A reply thread titled with one ("Re: Front Office Coordinator - Indeed",
# "RE: Practice Administrator") is a thread about that job: small employers' threads are named so
# by the user's own application, and their replies rarely repeat a job word ("yes thurs works").
TITLE_HEADS = (
    r"coordinator|administrator|manager|engineer|analyst|assistant|designer|developer|director|officer|lead|specialist"
    r"|associate|technician|nurse|barista|chef|cook|server|receptionist|accountant|consultant|scientist|architect"
    r"|executive|representative|advis[eo]r|clerk|supervisor|intern|internship|apprentice|apprenticeship|teacher|tutor"
    r"|driver|operator|planner|strategist|writer|editor|producer|researcher|controller|bookkeeper|hygienist|therapist"
    r"|physio|pharmacist|paralegal|secretary|buyer|cashier|attendant|bartender|housekeeper|carer|caregiver|mechanic"
    r"|electrician|plumber|welder|technologist|generalist|hire|role|position|post|vacancy|opening"
    r"|bar staff|staff|porter|worker|labourer|laborer|handler|picker|packer|cleaner|nanny|waiter|waitress|crew member"
    r"|team member|stylist|courier|joiner|carpenter|fitter|groundskeeper|caretaker|lifeguard|paraprofessional|programmer"
    r"|dispatcher|estimator|surveyor|inspector|instructor|trainer|baker|butcher|florist|gardener|landscaper|installer"
    r"|storeperson|storeman|merchandiser|auditor|actuary|underwriter|machinist|leader"
    # a yacht's and a ship's crew (session 25): "relief stew job", "the deck/stew spot"
    r"|stewardess|steward|stew|deckhand|bosun|purser"
    # a golf club's, a sports ground's and an estate's (session 48): "Assistant Greenkeeper position", "Groundsman interview"
    r"|greenkeeper|groundsman|groundsmen|groundswoman|groundsperson"
    # a farm's (session 59): "Herdsman - Braehead", "the herdsperson job", "Farm operative job"
    r"|herdsman|herdsmen|herdsperson|herdswoman|stockman|stockperson|farmhand|milker|operative"
)
# A job named by its title the way people say it aloud: "you're confirmed ... for the ops manager spot", "the barista gig",
# "the line cook job" (a title's head before it: "a spot at the market", "the job site" are not).
TITLE_JOB = r"\b(?:" + TITLE_HEADS + r")s? (?:spot|job|gig)\b"

_JOB_WORDS = (
    r"interview|application|applying|applied|candidate|candidacy|recruit|hiring|position|\brole\b|opening|offer"
    r"|final round|\bpanel\b|debrief|feedback|hiring manager|meeting you|speaking with you|our call|still reviewing"
    r"|recruiter|talent|engineering manager|your background|your experience|take[- ]home|assessment|next step"
    r"|notice period|salary expectation|(?:technical|onsite|panel|phone|video|second|third) (?:round|interview|screen)"
    r"|vacante|candidatura|entrevista|bewerbung|vorstellungsgespräch|stelle|candidature|entretien|poste"
    # ... Québec's interview and its public service's staffing: "l'entrevue prévue le 18 mars", "Processus de
    # qualification no 12801PS93510002", "conseillère en dotation"
    r"|entrevue|processus de qualification|banque de personnes qualifiées|(?:conseill(?:er|ère)|agente?) en dotation"
    r"|gespräch|kandidat|bewerber|melden uns|reviendrons vers vous|puesto|recrutement|recrutamento|vaga"
    r"|bring you in|meet the team|onsite|on-site|shortlist|vacancy|progressing|(?:first|second|third|final|next) stage"
    r"|mov(?:e|ing) (?:ahead|forward)|not to proceed|unsuccessful|regret to|bad news|other candidates?|another candidate"
    r"|prueba técnica|test technique|siguiente paso|prochaine étape|nächste(?:n)? schritt|not good news|your (?:job )?search"
    r"|next round|trial shift|trial day|working interview|apprentice|join (?:us|the team|our team) as\b"
    # ... and hospitality's try-outs: "bar trial Wed 19 Feb"
    r"|(?:bar|kitchen|cooking) trial"
    r"|(?:demo|demonstration|sample|model|teaching) lesson|eligibility list"
    # a trade's own steps: "a practical trade test in our Welshpool workshop", "can u do a pre-emp medical thurs?"
    r"|trade test|pre-?emp(?:loyment)? medical"
    # (and the letter it came with, as an older employer thanks for it: "Thank you for your letter and CV")
    r"|(?:yo)?ur (?:(?:letter|email|note) and (?:your )?)?(?:resume|cv|résumé|application)|(?:the|my|our) client\b"
    r"|(?:thanks|thank you|thx|ta|cheers) for (?:the|sending (?:the|your|ur)) (?:cv|resume|résumé)\b"
    r"|" + PHONE_APPLICATION +
    r"|" + FOUNDER_HIRES + r"|" + HOUSEHOLD_HIRES +
    r"|thinking about a move|paus(?:e|ed|ing) (?:the|our) (?:search|hiring|recruitment)\b"
    r"|(?:with|w/) (?:someone|somebody) else|can you start|start date|background check|drug (?:test|screen)"
    r"|seguimos evaluando|processo seletivo|proceso de selección|processus de recrutement|takehome|colloquio|candidatura"
    # an offer's letter in Spanish, Portuguese and French, sent for signature: "Carta de oferta - Controller Financiero"
    r"|carta(?: de)? oferta|oferta (?:de (?:empleo|trabajo|emprego)|laboral)\b|lettre d'offre|proposta de (?:emprego|trabalho)"
    r"|(?:sift|shortlisting|longlisting) (?:stage|result|outcome)|search committee|your (?:cv|resume) (?:over )?in word"
    r"|my (?:cv|resume|résumé)\b|intervju|anställningen|tjänsten som|stillingen som|contract of employment"
    r"|" + UNIVERSITY_INTERVIEW +
    # "would you be up for coming to Toronto to meet me and a few folks from the team?"
    r"|meet(?:ing)? (?:\w+ and )?(?:a few |some )?(?:folks|people|members) (?:from|of|on) (?:the|our|my) team"
    r"|employment contract|employment agreement|berufungsverfahren"
    # the steps after a yes, which name no interview: "You're cleared to start at Stockyards! First day details"
    r"|cleared to start|your first day|first[- ]day details|new[- ]hire|new starter|onboarding|pre-?employment"
    r"|reference checks?|referees"
    r"|(?:remain|remains|still) (?:very much |firmly )?in the (?:process|running)\b"
    # a small employer's no, in no other job word: "so the job's gone I'm afraid" (not "the job's gone live")
    r"|the job(?:'s| is| has) gone\b(?! (?:live|up|out)\b)"
    # ... and a small employer's yes, in no other (session 59): "so straight up the job is yours if u want it"
    r"|the job(?:'s| is) (?:yours|urs)\b"
    # a board's word for a hire: "the Service Agreement for your appointment as Chief Financial Officer" (not a patient's
    # "your appointment as scheduled")
    r"|your appointment as (?:our |the |a |an )?(?:chief|head|director|(?:non-)?executive|finance|managing|general|senior"
    r"|interim|deputy|vice|president)\b"
    r"|" + TITLE_JOB +
    # the office of a school or a college: "the CV you had sent against our advertisement for the post of PGT English",
    # "we can do the first round on Google Meet" (not "the first round on me")
    r"|(?:for|to) the post of\b|(?:the|a) (?:first|1st) round (?:on|via|over|through) (?:google meet|zoom|teams|skype|video"
    r"|(?:the )?phone|a call)"
)
# Searched in lowercased text without IGNORECASE and anchored on a word boundary: ten times
# faster than the same search with re.I, which matters on 50 KB newsletters.
_JOB = re.compile(r"\b(?=\w)(?:" + _JOB_WORDS + ")|" + phrasebook.pattern(phrasebook.CANDIDACY))  # (?=\w): word starts


def has_job_context(text: str) -> bool:
    return search_alone(_JOB, text.lower()) is not None  # gated: most mail holds none of the words


# Job titles in the other languages people apply in, which lead with the post ("Analista de compras",
# "Administrativo/a de obra", "Chargée de recrutement", "Sachbearbeiter (m/w/d)"); only for a reply's subject,
# since company names end in some of them ("Grupo Comercial").
FOREIGN_TITLE_HEADS = (
    r"administrativ[oa]|coordinador[a]?|coordenador[a]?|analista|gerente|auxiliar|t[ée]cnic[oa]|ingenier[oa]"
    r"|desarrollador[a]?|diseñador[a]?|dependient[ea]|camarer[oa]|cociner[oa]|repartidor[a]?|responsable|asistente"
    r"|assistente|vendedor[a]?|atendente|atendimento|recepcionista|contable|contador[a]?|encargad[oa]|operari[oa]"
    r"|consultor[a]?|programador[a]?|estagi[áa]ri[oa]|becari[oa]|chargée?|conseill(?:er|ère)|développeu(?:r|se)"
    r"|ingénieure?|vendeu(?:r|se)|serveu(?:r|se)|comptable|stagiaire|alternante?|technicien(?:ne)?|gestionnaire"
    r"|directeur|directrice|sachbearbeiter(?:in)?|büroassistenz|buchhalter(?:in)?|disponent(?:in)?|mitarbeiter(?:in)?"
    r"|fachkraft|werkstudent(?:in)?|praktikant(?:in)?|kauf(?:frau|mann)|referent(?:in)?|leiter(?:in)?|entwickler(?:in)?"
    r"|ingenieur(?:in)?|assistenz|berater(?:in)?|verkäufer(?:in)?|medewerker|adviseur|monteur|beheerder|stagiair"
    r"|ontwikkelaar|specjalist(?:a|ka)|kierownik|asystent(?:ka)?|księgow[ya]|analityk|programista|magazynier|kierowca"
    r"|impiegat[oa]|addett[oa]|responsabile|commess[oa]|chef|werkvoorbereider"
    # a warehouse's: "Staplerfahrer (m/w/d)", "Lagerist", "Teamleider Warehouse", "Heftruckchauffeur / Voorman"
    r"|staplerfahrer(?:in)?|lagerist(?:in)?|teamleider|heftruckchauffeur|orderpicker|voorman"
    # an Indonesian applicant's: "Re: Lamaran desainer grafis" (session 59)
    r"|desainer|akuntan|kasir|barista|staf|perawat|teknisi"
    # ... and an Italian's: "R: candidatura pasticcere" (session 59)
    r"|pasticcer[ea]|cuoc[oa]|camerier[ea]"
    # ... and a Swede's, a Norwegian's, a Dutch carer's and a German fitter's: "Re: Elektriker – ansökan", "Re: Ansökan
    # barnskötare", "Re: Bewerbung als Industriemechaniker / Schlosser" (session 60)
    r"|elektriker|barnskötare|förskollärare|barnehageassistent|undersköterska|sjuksköterska|snickare|tømrer|montör"
    r"|verzorgende|industriemechaniker|mechatroniker|schlosser|elektroniker"
)
# A name that ends in one of these is a job, not an employer ("Data Analyst - Norwen").
TITLE_END = re.compile(r"\b(?:" + TITLE_HEADS + r")s?$", re.I)
_ROLE_SUBJECT = re.compile(r"^(?:(?:re|aw|sv|rv|antw|fw|fwd)\s*:\s*)+(?:(?:[\w&/.'-]+ ){0,6}(?:" + TITLE_HEADS + r")s?\b"
                           # titles that lead with the post: "Head of Analytics", "VP of Sales"
                           r"|(?:[\w&/.'-]+ ){0,2}(?:head|vp|vice president|director) of (?:[\w&/.'-]+ )?[\w&/.'-]+)"
                           # (and its level: "Re: Halyard Defense - Supply Chain Analyst II / quick phone chat?")
                           r"(?: (?:i{1,3}|iv|[1-4]|level [1-4]))?"
                           r"(?: (?:ad|advert|job|role|position|opening|vacancy|post|listing|contract|temp|application)\b)?"
                           r"(?: on [\w.]+)?"
                           r"(?:\s*(?:[-–|:(,@/]|at\b|$))"
                           # ... or a question about a post: "Re: Regional driver opening?" (not "Re: store opening?")
                           r"|^(?:(?:re|aw|sv|rv|antw|fw|fwd)\s*:\s*)+(?:[\w&/.'-]+ ){0,5}(?:" + TITLE_HEADS + r")s?"
                           r" (?:job|role|position|opening|vacancy|post)\?+\s*$"
                           # ... or that end with a post after a dash: "RE: Alex Morgan / Oliver Stanmore - Head of Insights"
                           # (only a post: "Re: invoice 443 - account manager" is a supplier's)
                           r"|^(?:(?:re|aw|sv|rv|antw|fw|fwd)\s*:\s*)+.* [-–|] (?:[\w&/.'-]+ )?(?:head|vp|vice president"
                           r"|director) of (?:[\w&/.'-]+ )?[\w&/.'-]+$"
                           # ... or that lead with a post in another language: "Re: Analista de compras - Alex Morgan"
                           r"|^(?:(?:re|aw|sv|rv|antw|fw|fwd|odp|res|ref|r|rif)\s*:\s*)+"
                           r"(?:vaga |oferta |stelle |poste |lamaran (?:kerja )?(?:sebagai |posisi )?"
                           r"|candidatura (?:come |per )?)?"
                           r"(?:[\w&.'-]+ ){0,2}"
                           r"(?:" + FOREIGN_TITLE_HEADS + r")(?:/[a-z]{1,3}|\s?\([a-z/]{1,7}\)|\*in)?(?: [\w&/.'()-]+){0,4}"
                           r"\s*(?:[-–|:(,]|$)")


_SEGMENT = re.compile(r"\s*(?:\|\|?|\s[-–]\s|:\s)\s*")
_FOREIGN_HEAD = re.compile(r"^(?:" + FOREIGN_TITLE_HEADS + r")\b")
# ... or the user's name beside the word for what they are to the sender: "Fwd: RE: Candidate – Alex Morgan" (an agency
# passing on its client's answer about the user)
_AS_CANDIDATE = re.compile(r"^(?:(?:your|our|new|shortlisted|preferred) )?(?:candidate|applicant|candidature|candidate profile"
                           r"|candidate submission|cv|resume|résumé)$")
# (the other languages' words with the reader's possessive too, "Uw kandidatuur FTA", "Ihre Bewerbung"; not English's
# "Re: your application", which a landlord's answer about a flat carries as often)
_APPLICATION_SUBJECT = re.compile(r"^(?:(?:re|aw|sv|rv|antw|fw|fwd|tr|wg|odp)\s*:\s*)*(?:(?:(?:uw|je|jouw|ihre|deine|votre|ta"
                                  r"|tu|su|la sua|la tua) )?(?:bewerbung|candidature|candidatura|sollicitatie|solicitud"
                                  r"|aplikacja|kandidatuur)|application)\b"
                                  # ... or a careers page's form, its notice answered: "Re: New careers form submission - Host"
                                  r"|^(?:(?:re|fw|fwd)\s*:\s*)*(?:new )?(?:careers?|jobs?|employment|job application) form"
                                  r" (?:submission|entry)\b"
                                  # ... or, in Brazil, the CV sent for a vacancy (session 49): "Currículo - vaga de
                                  # auxiliar/recepção", "Currículo para a vaga de recepcionista", "CV - Vaga ASB"
                                  r"|^(?:(?:re|res|enc|fw|fwd|tr)\s*:\s*)*(?:currículo|curriculo|cv)\s*(?:[-–:|]\s*|(?:para|pra|p/)"
                                  r" )(?:a )?vaga\b")


def subject_is_an_application(subject: str, user_name: str) -> bool:
    """A (lowercased) subject as applications are titled: "Bewerbung - Verkauf & Büro", or the post beside the
    applicant's name ("Documents required - Operations Executive - Alex Morgan", "Alex Morgan || Supply Planning
    Manager || Nakshatra Foods")."""
    if _APPLICATION_SUBJECT.match(subject):
        return True
    name = user_name.lower().strip()
    if len(name.split()) < 2 or name not in subject:
        return False
    if re.search(rf"{re.escape(name)}(?:'s)?\s*[-–:|]?\s*(?:cv|resume|résumé)\b|\b(?:cv|resume|résumé)\s*[-–:|]?\s*(?:of |for )?"
                 rf"{re.escape(name)}", subject):
        # the user's CV passed on, titled by name: "Fwd: Alex Morgan CV" above an owner's "can you do the odd Saturday?"
        return True
    return any(0 < len(seg.split()) <= 6 and (TITLE_END.search(seg) or _FOREIGN_HEAD.match(seg) or _AS_CANDIDATE.match(seg))
               for seg in _SEGMENT.split(subject) if name not in seg)


# ... or a job title and the step it is at: "Legal Operations Manager - next stage", "Senior Account Manager |
# interview", "Ops Manager: your application" (not "next steps": a mortgage adviser's and a foster team's too)
# (a reply's too, and the interview straight after the post: "RE: Housing Officer interview - 13 January")
_ROLE_STEP_SUBJECT = re.compile(r"^(?:(?:re|aw|sv|fw|fwd)\s*:\s*)*(?:[\w&/.'-]+ ){0,5}(?:" + TITLE_HEADS + r")s?"
                                r"(?:\s*[-–|:]\s*(?:the )?(?:next stage|(?:[\w-]+ )?interview|your application|application"
                                r" (?:update|status))| (?:(?:first|second|final|panel|phone|video) )?interview)\b")


# ... or the step first and the post after it: "Reminder: Intro call - Senior Test Automation Engineer"
_STEP_ROLE_SUBJECT = re.compile(r"^(?:(?:reminder|confirmed|invitation|updated invitation)\s*:\s*)?(?:intro(?:ductory)? call"
                                r"|phone screen|screening call|(?:first |second |final |technical |video |phone )?interview)"
                                r"\s*[-–|:]\s*(?:[\w&/.'-]+ ){0,5}(?:" + TITLE_HEADS + r")s?\s*$")


# ... or, in the languages that put the post first, the post and its title: "Poste sous-chef Chez Gaspard", "Re: Puesto de
# cocinero", "Vaga de analista" (a bare "Re: Poste" or "Stelle" is no title)
_POST_FIRST_SUBJECT = re.compile(r"^(?:(?:re|tr|rv|aw|wg|fw|fwd)\s*:\s*)*(?:poste|puesto|vaga|posizione|stelle|vacature"
                                 # (Spanish's vacancy, not a board's "vacante recomendada para ti")
                                 r"|vacante(?! (?:recomendada|sugerida|nueva|destacada)))"
                                 r"(?: (?:de|d'|di|als|voor|du))? ?[a-zà-ÿ][\w'-]+")


# ... or a reply about the papers of a job: "Re: Letter of appointment", "RE: Your offer letter", "Re: Contract of
# employment" (session 42: a mission hospital's matron answering under the letter that appointed the user)
_JOB_PAPER_SUBJECT = re.compile(r"^(?:(?:re|aw|sv|rv|antw|fw|fwd)\s*:\s*)+(?:(?:your|the|my|our) )?(?:letter of appointment"
                                r"|appointment letter|offer letter|job offer|offer of employment|contract of employment"
                                r"|employment contract)\s*$")


# ... or, in Turkish, whose titles end in their head noun and its suffix: "Re: Planlama Sorumlusu", "Re: Depo Şefi ilanı",
# "YNT: Satış Müdür Yardımcısı - İzmir" (Outlook's "YNT:" is its "RE:"); the title ends the subject or comes before a dash,
# not a meeting's "Re: Kalite Müdürü toplantısı"
_TR_ROLE_SUBJECT = re.compile(r"^(?:(?:re|ynt|yan[ıi]t)\s*:\s*)+(?:[\w&/.'()-]+ ){0,4}" + phrasebook.TR_TITLE_HEAD
                              + r"(?: (?:ilan[ıi]|pozisyonu|ba[şs]vurusu|hk\.?))?\s*(?:[-–|:(,/]|$)")


# ... or, first message or reply, a post named by its title and the word for a post: "Assistant Greenkeeper position -
# Clonmoyle G.C.", "Gardener role - Rathmoyle" (not a volunteer's or a committee's seat: "Volunteer steward role", "Club
# secretary role - committee")
_POST_NAMED_SUBJECT = re.compile(r"^(?![^\n]{0,120}\b(?:volunteer\w*|unpaid|trustees?|committee|board|honorary|hon)\b)"
                                 r"(?:(?:re|aw|sv|rv|antw|fw|fwd)\s*:\s*)*(?:[\w&/.'-]+ ){0,4}(?:" + TITLE_HEADS + r")s?"
                                 r" (?:position|role|post|vacancy|job)\s*(?:[-–|:(]|$)")


# ... or, in Russian, a reply under the vacancy the thread was opened for: "Re: Вакансия менеджер по закупкам сырья",
# "Ответ: Отклик на вакансию «Закупщик»" (a reply only: a portal's "Вакансия дня" is an advert)
_RU_POST_SUBJECT = re.compile(r"^(?:(?:re|fw|fwd|ответ|отв)\s*:\s*)+(?:вакансия|позиция|должность|отклик на вакансию)\b")


def subject_leads_with_a_foreign_post(subject: str) -> bool:
    """A (lowercased) subject whose first part is a post in the languages that lead with it: "Kierowca C+E - trasy
    krajowe", "Analista de compras | Bogotá" (session 59: an owner's first message under it, "czy mógłby Pan podjechać
    jutro po 14 na bazę?", is a visit about that post, whatever else its words read like)."""
    first = _SEGMENT.split(subject.strip(), maxsplit=1)[0]
    return 0 < len(first.split()) <= 6 and _FOREIGN_HEAD.match(first) is not None


def subject_names_post(subject: str) -> bool:
    """A (lowercased) subject that names a post as job mail titles it, a first message's too: what the message then says
    of a club's AGM, a lease or an allotment is the job's (classify reads its non-job words so)."""
    return subject_names_role(subject) or _POST_NAMED_SUBJECT.match(subject) is not None


def subject_names_role(subject: str) -> bool:
    """A reply whose (lowercased) subject is a job title: 'Re: Scheduling Coordinator', 'Re: Founding ops role'; or
    a job title and its step ('Legal Operations Manager - next stage'); or a reply about a job's papers ('Re: Letter
    of appointment')."""
    return _ROLE_SUBJECT.match(subject) is not None or _ROLE_STEP_SUBJECT.match(subject) is not None \
        or _STEP_ROLE_SUBJECT.match(subject) is not None or _POST_FIRST_SUBJECT.match(subject) is not None \
        or _JOB_PAPER_SUBJECT.match(subject) is not None or _TR_ROLE_SUBJECT.match(subject) is not None \
        or _RU_POST_SUBJECT.match(subject) is not None
