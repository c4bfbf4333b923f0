"""How recruiting mail says each event in the languages people apply in beyond English.

One phrase list per kind, kept apart from features.py's English patterns so that a reader (or a
native speaker sending a correction) finds every language's wording in one place. Each list
becomes one feature (features.py), weighted like its English counterpart: phrases are the
unmistakable ones of that language's hiring mail, not single words that also fill other mail
("oferta" is a job advert on InfoJobs, so an offer needs "propuesta de incorporación").
German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Welsh, Japanese, Chinese.
"""

from __future__ import annotations

ACK = (
    "eingangsbestätigung", "ihre bewerbung ist (?:bei uns )?eingegangen",
    "deine bewerbung ist (?:bei uns )?eingegangen", "(?:haben|habe) (?:ihre|deine) bewerbung erhalten",
    "unterlagen sind (?:vollständig |gut )?bei uns (?:eingegangen|angekommen)",
    "bewerbung (?:ist )?(?:bei uns )?eingegangen", "ha leído tu cv", "cv leído", "accusé de réception",
    "nous avons bien reçu (?:votre|ta) candidature", "(?:votre|ta) candidature a bien été (?:reçue|enregistrée)",
    "hemos recibido (?:tu|su) (?:candidatura|solicitud|cv)", "(?:tu|su) cv ha sido (?:leído|visto)",
    "recebemos (?:a )?(?:sua|tua) candidatura", "candidatura recebida", "abbiamo ricevuto la tua candidatura",
    "grazie per (?:la tua candidatura|aver inviato)", "we hebben je sollicitatie ontvangen",
    "bedankt voor je sollicitatie", "dziękujemy za (?:przesłanie )?(?:aplikacji|zgłoszenia|cv)",
    "otrzymaliśmy (?:twoją|pana|pani) (?:aplikację|kandydaturę|zgłoszenie)", "tack för din ansökan",
    "vi har (?:tagit emot|fått) din ansökan", "ご応募いただき", "応募を受け付け", "感谢您的(?:投递|申请)",
    "已收到您的(?:简历|申请)",
)  # fmt: skip

INVITATION = (
    "pasarte por (?:el|la|nuestr[ao]) ", "para conocernos", "qué día te (?:va|viene) mejor",
    "kennenlernen", "terminvorschläge", "hättest du lust", "zu quatschen",
    "schick mir (?:einfach )?(?:\\d[–-]?\\d? )?slots",
    "(?:zu einem|zum) (?:ersten |zweiten )?gespräch(?: mit [^\\n]{0,100})? einladen", "próximo passo é um bate-papo",
    "(?:você|tu) teria disponibilidade", "chciałabym zaprosić", "chciałbym zaprosić", "czy pasowałby ci", "诚邀您参加",
    "面试(?:安排|通知)", "lust auf (?:einen|ein) (?:call|gespräch|kennenlernen)",
    "(?:würden|möchten) (?:sie|dich|euch) (?:gerne |gern )?(?:kennenlernen|einladen)",
    "wann (?:hätten sie|hättest du) zeit", "(?:agendar|coordinar|programar) una (?:llamada|entrevista|reunión)",
    "platicar contigo", "conversar contigo", "(?:agendar|marcar) (?:uma|um) (?:conversa|entrevista|bate-papo)",
    "colloquio conoscitivo", "invito a (?:un|un primo) colloquio", "vorremmo conoscerti",
    "(?:la tua|sua) disponibilità", "kennismakingsgesprek", "uitnodigen voor een (?:gesprek|kennismaking)",
    "wanneer (?:schikt|past) het", "zaprosi(?:ć|ł|łam|my) (?:cię|pana|panią) na rozmowę", "zaproszenie na rozmowę",
    "rozmowę rekrutacyjną", "(?:vill|skulle vilja) (?:gärna )?träffa dig",
    "bjuda in dig till (?:en )?(?:intervju|intervjun|samtal)", "面接(?:の)?(?:ご案内|のお願い)",
    "ご都合(?:の)?(?:よい|良い)", "面试邀请",
    "邀请您参加面试",
)  # fmt: skip

CONFIRMATION = (
    "(?:ti|la|vi) aspettiamo (?:in|a|al|alle|giovedì|lunedì|martedì|mercoledì|venerdì)",
    "te esperamos (?:el|en|a las|mañana)",
    "bestätige (?:ich )?(?:ihnen |dir )?(?:hiermit )?(?:den|unseren) termin",
    "termin (?:ist|steht) (?:bestätigt|fest)", "je (?:vous|te) confirme (?:notre|l'|le|la)",
    "confirmo (?:la|nuestra) (?:entrevista|llamada|reunión)", "(?:queda|está) confirmad[ao]",
    "(?:fica|está) confirmad[ao]", "(?:entrevista|conversa) confirmada", "agendado para",
    "confermo (?:il|l'|la|il nostro)", "confermato per", "ik bevestig (?:het|de|ons)",
    "bevestiging van (?:je|uw|het) gesprek", "potwierdzam (?:termin|spotkanie|rozmowę)",
    "(?:venho )?confirmar a entrevista", "(?:seu )?evento foi agendado", "面试时间[:：]", "确认通知", "jag bekräftar",
    "bekräftelse på (?:din )?intervju", "日程(?:が)?確定", "面试时间(?:为|是)",
)  # fmt: skip

RESCHEDULE = (
    "(?:termin|gespräch) (?:verschieben|verlegen)", "verschieben müssen",
    "(?:call|termin|gespräch)[^.\\n]{0,60}schieben", "dobbiamo spostare", "invito aggiornato",
    "(?:déplacer|reporter|décaler) (?:notre|votre|ta|l')",
    "(?:mover|cambiar|reprogramar) (?:la|nuestra) (?:entrevista|llamada|reunión)",
    "(?:remarcar|reagendar) (?:a|o|nossa|nosso)", "spostare (?:il|l'|la) (?:colloquio|appuntamento)",
    "spostamento (?:del|dell')", "(?:verzetten|verplaatsen) (?:het|ons|de)", "przełożyć (?:spotkanie|rozmowę)",
    "przesunąć (?:spotkanie|rozmowę)", "flytta (?:vårt|intervjun|mötet)", "日程変更", "改期",
)  # fmt: skip

CANCELLATION = (
    "(?:termin|gespräch) (?:absagen|abgesagt)", "fällt (?:leider )?aus",
    "(?:annuler|annulé[e]?) (?:notre|votre|l'|le)", "cancelar (?:la|nuestra) (?:entrevista|llamada|reunión)",
    "(?:entrevista|llamada|reunión) (?:cancelada|queda cancelada)",
    "(?:annullare|annullato|cancellare) (?:il|l'|la) (?:colloquio|appuntamento)",
    "(?:annuleren|afzeggen) (?:het|ons|de)", "gaat (?:helaas )?niet door",
    "odwoła(?:ć|łam|łem|my|nie) (?:spotkani|rozmow)", "(?:spotkanie|rozmowa) (?:jest )?odwołan",
    "ställa in (?:intervjun|mötet|vårt)", "(?:intervjun|mötet) (?:är )?inställd", "面接(?:を)?中止", "取消(?:面试|本次)",
)  # fmt: skip

REJECTION = (
    "(?:abbiamo|ho) scelto (?:un altro candidato|un'altra candidata)", "hemos (?:elegido|seleccionado) a otr[oa] candidat[oa]",
    "(?:nous avons|j'ai) (?:choisi|retenu) (?:un autre candidat|une autre candidate)",
    # Welsh: public bodies in Wales write bilingually, Welsh first
    "nid ydych wedi cael eich dewis", "nid ydym yn gallu cynnig",
    "für (?:eine|einen) (?:andere|anderen|andere[nr]?) (?:kandidat|bewerber)",
    "(?:nicht|keine) weiter (?:berücksichtigen|verfolgen)", "ne pas (?:donner suite|retenir)", "pas été retenue?",
    "no (?:continuar|seguir) (?:con|adelante)", "não (?:seguir|avançar)",
    "non (?:proseguire|procedere|andare avanti) con",
    "abbiamo deciso di (?:proseguire|procedere) con (?:altri|un altro|un'altra)", "niet verder (?:gaan )?met",
    "zamykamy (?:ten )?proces", "kończymy (?:ten )?proces", "zakończeniu rekrutacji",
    "nie (?:zakwalifikował|przeszedł|przeszła)", "zdecydowaliśmy się na (?:innego|inną)",
    "gå vidare med (?:en )?annan", "見送り", "ご期待に(?:添え|沿え|沿いかね)", "很遗憾", "未能(?:进入|通过)",
    "(?:decidimos|resolvemos|optamos por) seguir com (?:outr[ao]s?|uma outra)",
    "(?:decidió|decidimos|hemos decidido) continuar con otro perfil", "poursuivre avec d'autres (?:candidat|profil)",
    "helaas (?:gaan|hebben|moeten)",
)  # fmt: skip

OFFER = (
    "(?:unser|ein) (?:angebot|vertragsangebot) (?:für dich|für sie|an dich|an sie)",
    "(?:dir|ihnen) ein angebot (?:machen|unterbreiten)", "propuesta de incorporación",
    "(?:queremos|nos gustaría) (?:hacerte|hacerle) una (?:oferta|propuesta)",
    "proposta (?:de trabalho|de contratação|formal)", "proposta di assunzione",
    "(?:aanbod|arbeidsovereenkomst) (?:voor je|voor u)", "oferta współpracy", "an bord holen",
    "przedstawiam (?:ci |państwu )?(?:naszą )?ofertę", "chce z tobą pracować", "ofert[ęa] (?:pracy|zatrudnienia)",
    "(?:anställningserbjudande|erbjudande om anställning)", "内定", "录用通知", "(?:发放|给您发) ?offer",
)  # fmt: skip

ASSESSMENT = (
    "fallstudie", "programmieraufgabe", "(?:kleine|technische) aufgabe", "exercice technique", "étude de cas",
    "caso práctico", "(?:teste|desafio) técnico", "(?:esercizio|prova|test) tecnico", "(?:thuis)?opdracht",
    "zadanie (?:rekrutacyjne|techniczne|domowe)", "kodtest", "hemuppgift", "課題", "適性検査", "コーディングテスト",
    "笔试", "测评",
)  # fmt: skip

STATUS = (
    "gehaltsvorstellung", "eintrittstermin", "kündigungsfrist", "prétentions salariales", "pretensiones salariales",
    "(?:expectativa|pretensão) salarial", "preavviso",
    "melden uns", "noch in gesprächen", "reviendrons vers vous", "seguimos evaluando",
    "(?:ainda estamos|seguimos) avaliando", "stiamo ancora valutando", "ti (?:aggiorno|faccio sapere)",
    "we laten (?:je|u) (?:zo snel mogelijk )?weten", "nog in gesprek", "wrócimy do (?:ciebie|pana|pani)",
    "odezwiemy się", "(?:vi )?återkommer", "改めてご連絡", "選考中", "我们会尽快",
)  # fmt: skip

# What names the user's own candidacy, and what places mail in a hiring process at all.
CANDIDACY = (
    "bewerbung", "candidature", "candidatura", "sollicitatie", "aplikacj", "rekrutac", "ansökan", "応募", "選考", "面接", "应聘",
    "面试", "简历", "eich cais",
    # a place in the team offered: "an Bord holen", "que te unieras al equipo", "rejoindre notre équipe"
    "an bord (?:zu )?holen", "(?:unieras|unirte|te unas) (?:a nuestro|al) equipo", "propuesta de incorporación",
    "rejoindre (?:notre|l'|votre) ?équipe", "(?:juntar-se|integrar) (?:à|a) (?:nossa )?equipa",
)  # fmt: skip


def pattern(phrases: tuple[str, ...]) -> str:
    return "|".join(phrases)
