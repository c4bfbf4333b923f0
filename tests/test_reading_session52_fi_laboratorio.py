"""Session 52, Finnish and Finland-Swedish as a lab technician's job search holds it: HR in formal Finnish ("kutsumme
sinut toiseen haastatteluun", "valinta ei valitettavasti kohdistunut teihin"), a staffing agency's consultant asking the
start date and the notice period, a wellbeing services county's lab manager calling an interview off, start-up founders
typing on their phones ("pääsisitkö käymään juttelemassa?", "haluttaisiin sut tiimiin!", "sovitaan sitten to 12.2. klo
10"), and a Finland-Swedish fish plant's HR ("jag skulle gärna träffa dig"). Tested here in invented words, with the
look-alikes that share them: an exit interview at the current job, a "job" that asks for a fee, a school's selection
interview, a badminton club's practice called off, a friend's plan for Friday evening."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a lab manager's invitation with two times to choose from
    ("two-times-to-choose-from", "interview_invitation", _m(
        "Riitta Salonen <riitta.salonen@kalkkilabra.example>", "Haastattelukutsu / kemisti",
        "Hei Alex,\n\nKiitos hakemuksestasi kemistin tehtävään. Kutsumme sinut haastatteluun laboratoriollemme "
        "Lahteen. Kumpi näistä ajoista sopisi paremmin: maanantai 9.3. klo 10 tai tiistai 10.3. klo 14?\n\n"
        "Ystävällisin terveisin\nRiitta Salonen\nlaboratoriopäällikkö\n")),
    # a founder's visit proposed from the phone
    ("a-founder-asks-to-come-by", "interview_invitation", _m(
        "Ville Aho <ville@kuplabiotech.example>", "kupla biotech",
        "moi alex, kiitos hakemuksesta! pääsisitkö maanantaina käymään juttelemassa? labra on tossa kalasatamassa, "
        "kestää ehkä tunnin.\n\nville\n")),
    # a Finland-Swedish invitation
    ("a-finland-swedish-invitation", "interview_invitation", _m(
        "Annika Holm <annika.holm@vastkustmejeri.example>", "Intervju – laboratorieassistent",
        "Hej Alex,\n\nTack för din ansökan. Jag skulle gärna träffa dig på vårt mejeri i Vasa. Passar det bra på "
        "onsdag kl. 13?\n\nVänliga hälsningar\nAnnika Holm\nHR-koordinator\n")),
    # the time taken back from a phone
    ("the-time-taken-back", "interview_confirmation", _m(
        "Ville Aho <ville@kuplabiotech.example>", "Re: kupla biotech",
        "selvä, sovitaan sitten to 12.2. klo 10! soita ovisummeria niin tuun hakemaan.\n\nville",
        quoted="Hei Ville,\n\ntorstai aamupäivä sopisi minulle hyvin.\n\nAlex")),
    # an interview moved by HR
    ("an-interview-moved", "reschedule", _m(
        "Sanna Koski <sanna.koski@pohjoislabra.example>", "Huominen haastattelu",
        "Hei Alex,\n\njoudun valitettavasti siirtämään huomisen haastattelun, koska laboratorion esihenkilö on "
        "sairaana. Voitaisiinko siirtää perjantaille samaan aikaan?\n\nSanna Koski\nHR-asiantuntija\n")),
    # an interview called off
    ("an-interview-called-off", "cancellation", _m(
        "Heikki Laine <heikki.laine@itasuomenhyvinvointialue.example>", "Haastattelu ke 4.3.",
        "Hei Alex,\n\nkeskiviikon haastattelu valitettavasti peruuntuu, koska tehtävän täyttölupa on jäädytetty. "
        "Hakemuksesi pysyy mukana, ilmoitan kun tiedän lisää.\n\nHeikki Laine\nlaboratoriopäällikkö\n")),
    # a formal rejection
    ("the-choice-did-not-fall-on-you", "rejection", _m(
        "Rekrytointi Mustikkamaa Oy <rekry@mustikkamaa.example>", "Hakemuksesi: laborantti",
        "Hei Alex,\n\nkiitos mielenkiinnostasi laborantin tehtävää kohtaan. Valinta ei valitettavasti kohdistunut "
        "teihin tällä kertaa.\n\nYstävällisin terveisin\nMustikkamaa Oy\n")),
    # a founder's offer with its terms
    ("a-founders-offer-with-its-pay", "offer", _m(
        "Ville Aho <ville@kuplabiotech.example>", "kupla x alex",
        "moi! haluttaisiin sut tiimiin! tarjous: laboratorioteknikko, vakituinen, 3 100 e/kk, aloitus 1.4. "
        "kerro perjantaihin mennessä, otatko tehtävän vastaan.\n\nville\n")),
    # an online test asked for
    ("an-online-test-asked-for", "assessment", _m(
        "Laura Kivi <laura.kivi@pohjoislabra.example>", "Seuraava vaihe",
        "Hei Alex,\n\nKiitos haastattelusta. Seuraavaksi pyydämme teitä suorittamaan soveltuvuustestin verkossa "
        "viimeistään sunnuntaina.\n\nLaura Kivi\nHR\n")),
    # an agency asking the start date and the notice period
    ("an-agency-asks-the-start", "company_reply", _m(
        "Tiina Väyrynen <tiina.vayrynen@henkilostovoima.example>", "Laborantti Nokialla",
        "Hei Alex,\n\nolisiko tehtävä sinulle ajankohtainen? Kerro samalla, milloin voisit aloittaa ja mikä on "
        "irtisanomisaikasi nykyisessä työpaikassa.\n\nTiina\nrekrytointikonsultti\n")),
]

OTHER_MAIL = [
    # an exit interview at the current job
    ("an-exit-interview", _m(
        "Marja Leino <marja.leino@nykyinenlabra.example>", "Lähtöhaastattelu",
        "Hei Alex,\n\nkiitos irtisanoutumisilmoituksestasi ja onnea uuteen työhön! Varasin meille lähtöhaastattelun "
        "torstaille 4.6. klo 10. Käydään samalla läpi avainten palautus.\n\nMarja Leino\nHR-päällikkö\n")),
    # a "job" that asks for a fee
    ("a-job-that-asks-for-a-fee", _m(
        "HR Department <hr.nordicjobs@gmail.example>", "Työtarjous: laborantti Ruotsissa – 3900 € / kk",
        "Hyvä hakija,\n\nprofiilisi on hyväksytty laborantin tehtävään Tukholmassa. Paikan varmistamiseksi teidän on "
        "maksettava rekisteröintimaksu 180 € kahden päivän kuluessa. Maksu palautetaan ensimmäisen palkan mukana.\n\n"
        "HR Department\n")),
    # a school's selection interview
    ("a-schools-selection-interview", _m(
        "Hakijapalvelut <hakijapalvelut@ammattiopistoesimerkki.example>", "Kutsu valintahaastatteluun",
        "Hei Alex,\n\nkiitos hakemuksestasi koulutukseen. Kutsumme sinut valintahaastatteluun tiistaina 14.4. klo 9. "
        "Opiskelijavalinnat julkaistaan toukokuussa.\n\nHakijapalvelut\n")),
    # a club's practice called off
    ("a-clubs-practice-called-off", _m(
        "Seuran sihteeri <sihteeri@sulkisseura.example>", "Tiistain harjoitus peruttu",
        "Moi kaikki,\n\ntiistain harjoitus peruuntuu, koska halli on varattu. Jatketaan normaalisti ensi viikolla.\n\n"
        "Jarkko\n")),
    # a friend's plan for Friday evening
    ("a-friends-friday-plan", _m(
        "Hanna <hanna.virta@gmail.example>", "perjantai",
        "moi! nähdään perjantaina klo 18 siellä ravintolassa, otin pöytävarauksen. tuomas tulee myös!\n\nh\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
