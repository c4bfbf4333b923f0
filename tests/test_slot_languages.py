"""Interview times as mail in other languages writes them (agent/datewords.py, when.py's loose
reader): their month and weekday names, their digits, day-first dates, the Solar Hijri calendar,
the words that make a bare number an hour and say morning or afternoon. Each sentence is written
here, not taken from the corpus; each fails without the rule it pins."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from agent.parse import split_text
from agent.slot import interview_slot
from agent.when import find_dates


def start(text: str, sent: str, move: bool = False) -> datetime | None:
    ref = datetime.fromisoformat(sent)
    slot = interview_slot(text, "", ref, ref.tzinfo, move)
    return slot.start if slot else None


def at(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


@pytest.mark.parametrize(("text", "sent", "want"), [
    # Dutch month, "om 14.15 uur"
    ("We zien je graag dinsdag 7 april om 14.15 uur op kantoor.", "2026-04-01T10:00+02:00", "2026-04-07T14:15+02:00"),
    # Turkish month after the day
    ("Görüşmeniz 9 Mart Pazartesi 10:30'da ofisimizde.", "2026-03-03T10:00+03:00", "2026-03-09T10:30+03:00"),
    # Catalan "d'" before the month, "a les 17h"
    ("Et va bé el dijous 5 de març? Millor dit: 5 d'abril a les 17h.", "2026-03-30T10:00+02:00",
     "2026-04-05T17:00+02:00"),
    # Polish genitive month
    ("Zapraszamy na rozmowę 14 maja o 11:00 do biura.", "2026-05-06T10:00+02:00", "2026-05-14T11:00+02:00"),
    # Hindi month and Devanagari digits, "बजे"
    ("आपका साक्षात्कार १२ मार्च २०२६ को प्रातः ११:३० बजे होगा।", "2026-03-04T10:00+05:30",
     "2026-03-12T11:30+05:30"),
    # Bangla month and digits, "দুপুর" (midday) before a 1 o'clock time
    ("তারিখ: ৯ মার্চ ২০২৬\nসময়: দুপুর ২:৩০টা", "2026-03-02T10:00+06:00", "2026-03-09T14:30+06:00"),
    # Arabic month and Arabic-Indic digits
    ("موعد المقابلة يوم الثلاثاء ١٠ مارس الساعة ١٢:٠٠", "2026-03-04T10:00+02:00", "2026-03-10T12:00+02:00"),
    # Swahili and Filipino months
    ("Usaili utafanyika tarehe 16 Machi 2026 saa 10:00.", "2026-03-05T10:00+03:00", "2026-03-16T10:00+03:00"),
    ("Ang interview ay sa 18 Marso, 9:30 ng umaga.", "2026-03-05T10:00+08:00", "2026-03-18T09:30+08:00"),
    # Persian Gregorian month beside Persian digits
    ("جلسه ۱۱ مارس ۲۰۲۶ ساعت ۱۴:۰۰ برگزار می‌شود.", "2026-03-04T10:00+03:30", "2026-03-11T14:00+03:30"),
])  # fmt: skip
def test_month_names_and_digits_of_other_languages(text, sent, want):
    assert start(text, sent) == at(want)


@pytest.mark.parametrize(("text", "sent", "want"), [
    ("Gerne am Samstag um 10:00 bei uns im Laden.", "2026-03-04T10:00+01:00", "2026-03-07T10:00+01:00"),
    ("Kom gerust langs op vrijdag om 9:45.", "2026-03-04T10:00+01:00", "2026-03-06T09:45+01:00"),
    ("Ens veiem dilluns a les 12:30.", "2026-03-04T10:00+01:00", "2026-03-09T12:30+01:00"),
    ("Görüşme perşembe 15:00'te.", "2026-03-04T10:00+03:00", "2026-03-05T15:00+03:00"),
    ("Spotkajmy się w czwartek o 13:00.", "2026-03-04T10:00+01:00", "2026-03-05T13:00+01:00"),
    ("مصاحبه سه‌شنبه ساعت ۱۱:۰۰ است.", "2026-03-04T10:00+03:30", "2026-03-10T11:00+03:30"),
    # Persian as Windows-1256 writes it: ي for ی
    ("مصاحبه يکشنبه ساعت ۹:۳۰ است.", "2026-03-04T10:00+03:30", "2026-03-08T09:30+03:30"),
    ("الموعد يوم الخميس الساعة 1:00 ظهراً", "2026-03-04T10:00+02:00", "2026-03-05T13:00+02:00"),
    ("Tuonane Jumatatu saa 4:00 ofisini.", "2026-03-04T10:00+03:00", "2026-03-09T16:00+03:00"),
])  # fmt: skip
def test_weekday_names_of_other_languages(text, sent, want):
    assert start(text, sent) == at(want)


def test_persian_solar_hijri_dates_become_gregorian():
    # 14 Esfand 1404 is 5 March 2026; written without a year, the nearest one is meant
    assert start("مصاحبه روز ۱۴ اسفند ساعت ۱۰:۰۰ در دفتر مرکزی", "2026-02-25T10:00+03:30") == at("2026-03-05T10:00+03:30")
    assert start("jalase 14 esfand saat 10:00 daftar", "2026-02-25T10:00+03:30") == at("2026-03-05T10:00+03:30")
    # with its year; Farvardin 1405 begins on 21 March 2026
    assert start("تاریخ: ۲ فروردین ۱۴۰۵ ساعت ۱۱:۰۰", "2026-03-10T10:00+03:30") == at("2026-03-22T11:00+03:30")


@pytest.mark.parametrize(("text", "sent", "want"), [
    # day first where month first cannot be read
    ("Interview: 24/03/2026, 10:00 at the site office.", "2026-03-18T10:00+00:00", "2026-03-24T10:00+00:00"),
    # both readable: the one that comes sooner after the message is meant
    ("Interview on 05/03 at 10:00 at our office.", "2026-03-02T10:00+01:00", "2026-03-05T10:00+01:00"),
    ("Interview on 3/5 at 10:00 at our office.", "2026-03-02T10:00-05:00", "2026-03-05T10:00-05:00"),
    # 12-03-2026: Indian and British HR systems
    ("Date of interview: 12-03-2026, reporting time 9:30 AM", "2026-03-05T10:00+05:30", "2026-03-12T09:30+05:30"),
])  # fmt: skip
def test_numeric_dates_day_first_or_month_first(text, sent, want):
    assert start(text, sent) == at(want)


@pytest.mark.parametrize(("text", "sent", "want"), [
    ("Nos vemos el martes a las 4 en la tienda.", "2026-03-04T10:00-06:00", "2026-03-10T16:00-06:00"),
    ("Te esperamos el viernes a las 9 de la noche.", "2026-03-04T10:00-06:00", "2026-03-06T21:00-06:00"),
    ("Mülakat cuma saat 11, ofiste görüşürüz.", "2026-03-04T10:00+03:00", "2026-03-06T11:00+03:00"),
    ("shanbe saat 9 sobh biayn daftar", "2026-03-04T10:00+03:30", "2026-03-07T09:00+03:30"),
    ("Sunday ko 4 baje office aa jaana.", "2026-03-04T10:00+05:30", "2026-03-08T16:00+05:30"),
    ("Zoom面接は3月12日（木）午後2時からです。", "2026-03-04T10:00+09:00", "2026-03-12T14:00+09:00"),
    ("면접은 3월 12일 오후 3시입니다.", "2026-03-04T10:00+09:00", "2026-03-12T15:00+09:00"),
    ("面试时间：3月12日下午3点。", "2026-03-04T10:00+08:00", "2026-03-12T15:00+08:00"),
])  # fmt: skip
def test_the_words_that_make_a_number_an_hour(text, sent, want):
    assert start(text, sent) == at(want)


def test_korean_day_with_its_weekday_in_brackets():
    assert start("15일(화) 오전 10시에 뵙겠습니다.", "2026-09-08T10:00+09:00") == at("2026-09-15T10:00+09:00")


def test_tomorrow_in_other_languages():
    assert start("Kesho saa 10:00 ofisini kwetu.", "2026-03-04T10:00+03:00") == at("2026-03-05T10:00+03:00")
    assert start("Bukas ng 2:00 sa opisina.", "2026-03-04T10:00+08:00") == at("2026-03-05T14:00+08:00")
    assert start("Mañana a las 10 en la oficina.", "2026-03-04T10:00-06:00") == at("2026-03-05T10:00-06:00")
    # "kal" is tomorrow only with a time after it; "de la mañana" is the morning, not tomorrow
    assert start("kal 11 baje aa sakte ho?", "2026-03-04T10:00+05:30") == at("2026-03-05T11:00+05:30")
    assert start("El jueves a las 10 de la mañana.", "2026-03-04T10:00-06:00") == at("2026-03-05T10:00-06:00")


def test_ambiguous_words_are_not_dates():
    ref = datetime(2026, 3, 4).date()
    # "luni" (Romanian for months) and French "des" are no day names; "kal" alone is not tomorrow
    assert find_dates("Am lucrat 3 luni acolo.", ref, loose=True) == []
    assert find_dates("Nous avons reçu 10 des candidatures.", ref, loose=True) == []
    assert find_dates("kal aapse baat hui thi", ref, loose=True) == []


def test_a_move_in_other_languages_takes_the_new_time():
    assert start("Tenemos que mover la entrevista del lunes 9 a las 10 al miércoles 11 a las 12:00.",
                 "2026-03-04T10:00-06:00", move=True) == at("2026-03-11T12:00-06:00")
    assert start("Vi måste flytta intervjun (tisdag 10/3 kl. 10.00). Jag har bokat om till torsdag 12 mars kl. 14.00.",
                 "2026-03-04T10:00+01:00", move=True) == at("2026-03-12T14:00+01:00")
    assert start("Precisei remarcar a entrevista de quarta (11/03) às 16h. Novo horário: sexta-feira, 13/03, às 10h.",
                 "2026-03-04T10:00-03:00", move=True) == at("2026-03-13T10:00-03:00")


@pytest.mark.parametrize("line", [
    "El dv., 6 de març 2026 a les 9:12, Marta Puig <marta@fisio.example> va escriure:",
    "\u202bدر تاریخ جمعه ۶ مارس ۲۰۲۶، ساعت ۹:۱۲ Sara <sara@x.example> نوشت:\u202c",
    "শুক্র, ৬ মার্চ, ২০২৬, ৯:১২ AM তারিখে Rahim <rahim@x.example> লিখেছেন:",
    "शुक्र, 6 मार्च 2026 को 9:12 am बजे Ravi <ravi@x.example> ने लिखा:",
    "في الجمعة، ٦ مارس ٢٠٢٦ في ٩:١٢ ص، كتب Omar <omar@x.example>:",
    "Noong Biy, Mar 6, 2026 nang 9:12 AM, sumulat si Ana <ana@x.example>:",
    "Mnamo Ijumaa, 6 Machi 2026, Juma <juma@x.example> aliandika:",
    "Pada tanggal Jum, 6 Mar 2026 pukul 09.12 Budi <budi@x.example> menulis:",
    "Ayşe <ayse@x.example>, 6 Mar 2026 Cum, 09:12 tarihinde şunu yazdı:",
])
def test_the_quoted_message_starts_at_gmail_attribution_in_other_languages(line):
    text = f"Perfecte, ens veiem dijous.\n\n{line}\n> Hola, et va bé dijous?\nQuoted text written without marks"
    assert split_text(text)[0] == "Perfecte, ens veiem dijous."


def test_an_attribution_word_inside_a_sentence_is_not_a_quote():
    text = "Budi menulis: kami akan menelepon besok.\nSalam"
    assert "kami akan menelepon besok" in split_text(text)[0]


def test_ascii_digits_keep_positions():
    from agent.datewords import ascii_digits

    text = "ساعت ۱۰:۳۰ و ١١ और १२ ও ১৩"
    assert ascii_digits(text) == "ساعت 10:30 و 11 और 12 ও 13"
    assert len(ascii_digits(text)) == len(text)


def test_a_zone_is_kept_with_other_languages_digits():
    ref = datetime(2026, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=3, minutes=30)))
    slot = interview_slot("ساعت ۱۰:۰۰ (10:00 GMT+3:30) دوشنبه ۹ مارس", "", ref, ZoneInfo("Asia/Tehran"), False)
    assert slot is not None and slot.start.utcoffset() == timedelta(hours=3, minutes=30)
