"""Session 57: wind technicians, academics, clinical research, Latin American support desks, designers and Gulf HSE
officers. Each case is one general rule in invented words, with the look-alikes that share its words.

A job board relays an employer's questions between two rules, below its line announcing the message. A clinical study
coordinator is a post, not a study's volunteer. An interview is confirmed after thanks for the availability sent, and
rearranged for a new day after it was called off. A post filled is no offer because the chair offers to talk. A
contractor gives the spot to another. A Mexican owner says "pásate y platicamos" and later "nos gustaría que te quedaras
con el puesto"; a call centre waits for walk-ins "cualquier día"; a recruiting account on Outlook is named for its
recruiting.

Against them: a postdoc office's mock chalk talk and a freelance pitch lost to another designer."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a board relays the employer's questions between rules: the rule after its announcing line is no footer
    ("a-boards-relayed-message-between-rules", "company_reply", _m(
        "JobsGulf <no-reply@jobsgulf.example>", "You have a new message from Kestrel Marine Services",
        "JobsGulf\n\nDear Alex Morgan,\n\nYou have a new message from Kestrel Marine Services regarding your application "
        "for Deck Supervisor - Port Operations (Dammam).\n\n----------------------------------------\nDear Candidate,\n\n"
        "Thank you for applying. Kindly reply with below information:\n1) Expected salary (SAR)\n2) Notice period\n3) "
        "Current location\n\nRegards,\nHR Dept.\nKestrel Marine Services\n----------------------------------------\n\n"
        "Reply to this message: https://www.jobsgulf.example/messages/KMS-4410\n\nYou are receiving this email because you "
        "applied to a job on JobsGulf.")),
    # the post is a clinical study coordinator's: no study screening its volunteers
    ("a-clinical-study-coordinator-post-screened", "interview_invitation", _m(
        "Dana Okafor <dokafor@ashgrovedx.example>", "Ashgrove Diagnostics - Clinical Study Coordinator - next step",
        "Hi Alex,\n\nThank you for applying to the Clinical Study Coordinator role at Ashgrove Diagnostics! I'd love to "
        "set up a 30-minute phone screen to learn more about your background.\n\nPlease use my Calendly link to grab a "
        "time that works for you: https://calendly.com/dana-okafor-ashgrove/30min\n\nDana Okafor\nTalent Acquisition "
        "Partner\nAshgrove Diagnostics")),
    # the availability thanked for, the interview confirmed
    ("an-interview-confirmed-after-thanks-for-the-availability", "interview_confirmation", _m(
        "Ruth Adeyemi <radeyemi@harnwell.example>", "RE: Chemistry faculty search - interview invitation",
        "Dear Dr. Morgan,\n\nThank you for sending your availability so quickly. I'm pleased to confirm your video "
        "interview with the search committee:\n\nThursday, February 12, 2026\n2:00 - 3:00 p.m. Eastern Time\nZoom: "
        "https://harnwell.zoom.us/j/5550102\n\nPlease let me know if you have any questions.\n\nSincerely,\nRuth Adeyemi")),
    # called off, then put back in the diary
    ("an-interview-rearranged-for-a-new-day", "reschedule", _m(
        "Helen Marsh <helen.marsh@brackenandrye.example>", "Bracken & Rye | Product Designer | Stage 1 Interview (rearranged)",
        "Dear Alex,\n\nThank you for your patience. Priya is back, and I'm pleased to say we've been able to rearrange "
        "your interview for Tuesday 17 March at 11:00. The format is unchanged, around 45 minutes on Teams.\n\nKind "
        "regards,\nHelen")),
    # the post filled; the chair's offer to talk is a kindness, not a job
    ("a-post-filled-with-an-offer-to-talk", "rejection", _m(
        "Miriam Tolle <mtolle@eastfield.example>", "RE: Friday's interview - Eastfield Chemistry search",
        "Dear Alex,\n\nI promised to be in touch once I knew more about our search. The search resumed after the pause "
        "with the candidates who had already interviewed, and the position has now been filled.\n\nI am sorry we were "
        "not able to meet with you. I would like to offer to talk with you informally about the department if that "
        "would be useful.\n\nWith best wishes,\nMiriam")),
    # a contractor gives the place to another
    ("a-contractor-gives-the-spot-to-another", "rejection", _m(
        "Dermot Kilcar <dermot@kilcar-scaffolding.example>", "Re: scaffolder start",
        "Alex\n\nbad news. the main contractor wants CISRS part 2 for everyone on site so I've had to give the spot to a "
        "lad who has his card. sorry, you were top of my list\n\nDermot")),
    # a Mexican owner: come by and we'll talk
    ("a-mexican-owner-says-come-by-and-we-talk", "interview_invitation", _m(
        "Chelo Ibarra <chelo.laespiga@gmail.com>", "encargado de mostrador - La Espiga",
        "Hola Alex buenas tardes, soy Chelo de Panadería La Espiga. Vi tu cv en OCC para lo de encargado de mostrador.\n\n"
        "Si quieres pásate el jueves por la tarde a la panadería y platicamos con calma.\n\nSaludos")),
    # a walk-in any weekday
    ("a-walk-in-any-weekday-in-spanish", "interview_invitation", _m(
        "Reclutamiento Vozmex <reclutamiento@vozmex.example>", "Entrevista Vozmex - Asesor Telefónico",
        "Hola Alex!\n\nRecibimos tu CV para la vacante de Asesor Telefónico Bilingüe.\n\nTe esperamos en nuestras "
        "oficinas para entrevista cualquier día de lunes a viernes de 10:00 a 14:00 hrs.\n\nTrae INE y CV impreso.\n\n"
        "Saludos!")),
    # an owner's offer from a personal account, under a subject naming the vacancy
    ("a-mexican-owners-offer-from-gmail", "offer", _m(
        "Rafa Ruiz <rafa.ferreteriaruiz@gmail.com>", "Re: vacante cajero - Ferretería Ruiz",
        "Alex que tal\n\nYa lo platiqué con mi hermano y nos gustaría que te quedaras con el puesto. Te podemos pagar 12 "
        "mil al mes, de lunes a sábado, con IMSS desde el primer día. Podrías entrar el lunes 6 de abril.\n\nMe dices "
        "porfa\n\nRafa")),
    # a recruiting account on Outlook, named for its recruiting
    ("a-recruiting-account-on-outlook-asks-before-booking", "company_reply", _m(
        "Reclutamiento Grupo Alcor <reclutamiento.alcor@outlook.com>", "Vacante Auxiliar Contable - Computrabajo",
        "Buen día Alex Morgan\n\nLe informo que su CV fue preseleccionado para la vacante de AUXILIAR CONTABLE que "
        "publicamos en Computrabajo.\n\nAntes de agendar entrevista le agradeceré me responda las siguientes preguntas:\n\n"
        "1.- ¿Cuál es su expectativa salarial mensual?\n2.- ¿Cuándo podría incorporarse?\n\nQuedo en espera de su "
        "respuesta.\n\nAtentamente")),
    # round 2: zookeepers, pilots, game artists, interpreters, backpackers and archivists
    # an orchard full for its season
    ("an-orchard-full-up-for-the-season", "rejection", _m(
        "Pickers <pickers@kowhai-orchard.example>", "RE: Apricot picking job - Alex Morgan",
        "Hi Alex\n\nThanks for getting in touch. Sorry but we are full up for pickers this season, heaps of people "
        "applied before Christmas.\n\nGood luck with it, try the noticeboard at the backpackers.\n\nCheers")),
    # the company's own meeting given as the reason its interview moves
    ("an-interview-moved-for-the-companys-all-hands", "reschedule", _m(
        "Tess Moreau <tess.moreau@larchbayinn.example>", "Updated: Interview: Alex Morgan - Front Desk Agent",
        "Hi Alex,\n\nSorry to move things around - our GM has called an all-hands meeting for Tuesday morning, so I've "
        "moved our interview to Thursday May 14 at 1:30 PM Pacific. Same Teams link.\n\nTess")),
    # another day asked for, with its reason
    ("come-another-day-instead", "reschedule", _m(
        "Nia Tamatea <nia@kahurangi-kayaks.example>", "Re: Kayak guide - summer",
        "Hey Alex - change of plan sorry, we've got a full-day charter on Saturday so I'll be out on the water.\n\nCan "
        "you come Sunday at 4 instead, after the last trip's back? I'll actually have time to talk then.\n\nNia")),
    # a new interview time offered is no job offered
    ("a-new-interview-time-offered", "reschedule", _m(
        "Recruitment <recruitment@harnwell-uni.example>", "Archives Assistant (013472) - rescheduled interview",
        "Dear Alex\n\nFurther to my email of 20 February, I am pleased to offer you a new interview time:\n\nWednesday "
        "11 March 2026 at 11:00 (UK time), via Microsoft Teams\n\nThe format is unchanged. The interview was "
        "rescheduled because of the strike.\n\nYours sincerely\nRecruitment Administrator")),
    # a Dutch appointment moved
    ("a-dutch-appointment-moved", "reschedule", _m(
        "H. de Wit <h.dewit@streekarchief-zaanstreek.example>", "RE: sollicitatiegesprek maandag",
        "Beste Alex,\n\nOnze afspraak van maandag 9 maart voor het sollicitatiegesprek moet ik helaas verzetten: ik ben "
        "die dag in Den Haag.\n\nZou donderdag 12 maart om 10.00 uur ook gaan?\n\nMet vriendelijke groet,\nH. de Wit")),
    # a Dutch refusal that says the post cannot be offered
    ("a-dutch-refusal-that-cannot-offer-the-post", "rejection", _m(
        "H. de Wit <h.dewit@streekarchief-zaanstreek.example>", "Uw sollicitatie",
        "Beste Alex,\n\nZoals telefonisch besproken, bevestig ik hierbij dat wij u de functie van medewerker archief niet "
        "kunnen aanbieden. Wij hebben gekozen voor een kandidaat die al bekend is met onze organisatie.\n\nIk wens u "
        "veel succes.\n\nMet vriendelijke groet,\nH. de Wit")),
    # a Dutch request for a missing document, whose "helaas" is conditional
    ("a-flemish-request-for-a-missing-diploma", "company_reply", _m(
        "Personeelsdienst <personeel@erfgoed-leiestreek.example>", "Uw kandidatuur - collectiebeheerder - ontbrekend document",
        "Geachte,\n\nWij hebben uw kandidatuur voor de functie van collectiebeheerder goed ontvangen. Bij het nazicht "
        "van uw dossier stellen wij vast dat een kopie van uw diploma ontbreekt.\n\nGelieve dit document uiterlijk op "
        "29 januari aan ons te bezorgen. Zonder deze stukken kunnen wij uw kandidatuur helaas niet verder in behandeling "
        "nemen.\n\nMet vriendelijke groeten,\nPersoneelsdienst")),
    # an auction house's department is no journal's manuscript
    ("an-auction-houses-head-of-department-asks-for-times", "interview_invitation", _m(
        "Moira Keith <moira.keith@keithandbrodie.example>", "Cataloguer post",
        "Dear Alex\n\nThanks for your letter and CV. Could we have a call this week or early next? Half an hour, "
        "informal. Send me two or three times that suit and I'll pick one.\n\nMoira\n\nMoira Keith\nHead of "
        "Department | Books, Maps & Manuscripts\nKeith & Brodie Auctioneers")),
    # Québec French: a call's invitation sent, an interview put back
    ("a-quebec-calls-invitation-sent", "interview_confirmation", _m(
        "Maude Tremblay <maude.tremblay@boreal-jeux.example>", "Premier appel - Alex Morgan / Boréal Jeux (Artiste 3D)",
        "Bonjour Alex,\n\nTel que convenu, voici l'invitation pour notre appel de mardi 3 février à 11 h.\n\nÀ "
        "bientôt!\nMaude")),
    ("a-quebec-interview-put-back", "reschedule", _m(
        "Maude Tremblay <maude.tremblay@boreal-jeux.example>", "RE: Entrevue technique du 10 mars - annulation",
        "Bonjour Alex,\n\nBonne nouvelle : j'ai les disponibilités de l'équipe. Je te propose de replacer l'entrevue "
        "technique au mercredi 18 mars à 10 h, dans nos bureaux.\n\nEst-ce que ça te convient?\n\nMaude")),
]

OTHER_MAIL = [
    # a postdoc office's practice for the job market
    ("a-mock-chalk-talk-booked", _m(
        "Postdoc Office <postdocs@larchmont-institute.example>", "Confirmed: your mock chalk talk - Thu Mar 5, 10am",
        "Hi Alex,\n\nYour mock chalk talk is confirmed:\n\nThursday, March 5, 10:00-11:30 am\nSeminar Room B\n\nYour "
        "panel: Dr. Ines Calder and Dr. Tom Wray (both have chaired search committees).\n\nThis is a practice session only: "
        "nothing said here is shared with your PI.\n\nGood luck!\nOffice of Postdoctoral Affairs")),
    # a freelance pitch lost to another designer
    ("a-freelance-pitch-lost-to-another-designer", _m(
        "Lea Brandt <lea@kaffeehaus-brandt.example>", "Re: Angebot - Logo und Speisekarte",
        "Hi Alex,\n\nThank you for the proposal and the sketches, they were lovely.\n\nAfter a long talk with my partner "
        "we have decided to go with another illustrator for this project, someone local who can come by the cafe more "
        "often. It has nothing to do with the quality of your work.\n\nAll the best,\nLea")),
    # a Dutch career coach's practice interview
    ("a-dutch-coachs-practice-interview", _m(
        "Afspraken <afspraken@loopbaan-vandam.example>", "Bevestiging: CV-check & oefengesprek op di 13 januari, 19.30 uur",
        "Hoi Alex,\n\nHierbij de bevestiging van je afspraak:\n\nWat: CV-check + oefengesprek (90 min)\nWanneer: "
        "dinsdag 13 januari 2026, 19.30 uur\nWaar: online\n\nDe factuur (€ 95) ontvang je na afloop.\n\nTot "
        "dinsdag!\nSanne\nLoopbaancoach")),
    # a product team's research interview, its thank-you hyphenated
    ("a-research-interview-with-a-hyphenated-thank-you", _m(
        "Research <research@ledgerly.example>", "Help shape Ledgerly: 45-minute interview",
        "Hi Alex,\n\nWe're the product team behind Ledgerly. Would you join a 45-minute video interview with two of our "
        "designers about how you use it at work?\n\nAs a thank-you, you'll receive a EUR 50 voucher.\n\nPick a slot "
        "that suits you: https://calendly.com/ledgerly-research/interview\n\nThanks!")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
