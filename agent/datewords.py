"""The names of months and weekdays in the languages the phrasebook reads, for the interview-time
reader (`loose` in agent/when.py).

A booking in Dutch ("donderdag 12 maart om 15.30 uur"), Turkish ("26 Aralık Cuma 11:00"), Persian
("دوشنبه ۲۹ دی (19 Jan 2026) ساعت ۱۰:۰۰") or Bangla ("২২ ফেব্রুয়ারি ২০২৬, সকাল ১১:০০টা") names its time
as an English one does; without these words the interview had no start, so the thank-you and the
reminders had nothing to count from. Months are the Gregorian calendar's, in the forms a date
writes them (Polish "12 marca", Russian "12 марта", Catalan "1 d'abril"). Names that are also
everyday words ("luni" is Romanian for "months", Indonesian "minggu" is "week", Turkish "ara" is
"between") are left out: a weekday alone moves a time to another day.

The classifier's own sense of "names a date and time" keeps when.py's shorter lists: widening it
would move kinds, not times.
"""

from __future__ import annotations

import re


def _numbered(names: tuple[str, ...], first: int) -> dict[str, int]:
    """Names in order (or '|'-separated spellings of each, '' for none kept), to numbers from `first`."""
    return {name: number for number, spellings in enumerate(names, start=first)
            for name in filter(None, spellings.split("|"))}


def _months(*names: str) -> dict[str, int]:
    """Twelve names in calendar order, to month numbers (January is 1)."""
    return _numbered(names, 1)


def _week(*names: str) -> dict[str, int]:
    """Seven names, Monday first, to weekday numbers (Monday is 0, as date.weekday() counts)."""
    return _numbered(names, 0)


OTHER_MONTHS: dict[str, int] = {
    # Catalan (and "febr.", Gmail's abbreviation)
    **_months("gener", "febrer|febr", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
              "novembre", "desembre"),
    # Dutch
    **_months("januari", "februari", "maart|mrt", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober|okt", "november", "december"),
    # Swedish, Danish and Norwegian (the others are German's or English's)
    **_months("", "", "mars|marts", "", "maj", "", "", "augusti", "", "", "", ""),
    # Turkish
    **_months("ocak", "şubat|subat", "mart", "nisan", "mayıs|mayis", "haziran", "temmuz", "ağustos|agustos",
              "eylül|eylul", "ekim", "kasım|kasim", "aralık|aralik"),
    # Polish (the genitive a date writes)
    **_months("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"),
    # Czech and Slovak
    **_months("ledna|januára", "února|februára", "března", "dubna|apríla", "května|mája", "června|júna",
              "července|júla", "srpna", "září|septembra", "října|októbra", "listopadu|novembra", "prosince|decembra"),
    # Croatian and Serbian (Latin script)
    **_months("siječnja|januar|januara", "veljače|februara", "ožujka|marta", "travnja|aprila", "svibnja|maja",
              "lipnja|juna", "srpnja|jula", "kolovoza|avgusta|avgust", "rujna|septembra|septembar",
              "oktobra|oktobar", "studenoga|studenog|novembra|novembar", "prosinca|decembra|decembar"),
    # Romanian
    **_months("ianuarie", "februarie", "martie", "aprilie", "", "iunie", "iulie", "", "septembrie", "octombrie",
              "noiembrie", "decembrie"),
    # Hungarian
    **_months("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
              "október", "", ""),
    # Finnish (the partitive a date writes)
    **_months("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
              "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    # Lithuanian, Latvian and Estonian
    **_months("sausio|janvārī|jaanuar", "vasario|februārī|veebruar", "kovo|martā|märts", "balandžio|aprīlī|aprill",
              "gegužės|maijā", "birželio|jūnijā|juuni", "liepos|jūlijā|juuli", "rugpjūčio|augustā",
              "rugsėjo|septembrī", "spalio|oktobrī|oktoober", "lapkričio|novembrī", "gruodžio|decembrī|detsember"),
    # Russian, Ukrainian and Bulgarian
    **_months("января|січня|януари", "февраля|лютого|февруари", "марта|березня|март", "апреля|квітня|април",
              "мая|травня|май", "июня|червня|юни", "июля|липня|юли", "августа|серпня|август",
              "сентября|вересня|септември", "октября|жовтня|октомври", "ноября|листопада|ноември",
              "декабря|грудня|декември"),
    # Greek (the genitive a date writes)
    **_months("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου|μαίου", "ιουνίου", "ιουλίου",
              "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"),
    # Indonesian and Malay
    **_months("", "", "maret|mac", "", "mei", "", "", "agustus|ogos", "", "", "", "desember|disember"),
    # Swahili
    **_months("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba",
              "novemba", "desemba"),
    # Filipino
    **_months("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre|septiyembre",
              "oktubre", "nobyembre", "disyembre"),
    # Persian (the Gregorian months, as a date in Persian writes them beside the Solar Hijri one)
    **_months("ژانویه|ژانویهٔ", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه|جولای", "اوت|آگوست", "سپتامبر",
              "اکتبر", "نوامبر", "دسامبر"),
    # Arabic: Egypt's and the Gulf's names, then the Levant's
    **_months("يناير|كانون الثاني", "فبراير|شباط", "مارس|آذار", "أبريل|إبريل|ابريل|نيسان", "مايو|أيار|ايار",
              "يونيو|يونيه|حزيران", "يوليو|يوليه|تموز", "أغسطس|اغسطس|آب", "سبتمبر|أيلول|ايلول",
              "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول", "نوفمبر|تشرين الثاني", "ديسمبر|كانون الأول|كانون الاول"),
    # Hindi
    **_months("जनवरी", "फ़रवरी|फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर|सितम्बर",
              "अक्टूबर|अक्तूबर", "नवंबर|नवम्बर", "दिसंबर|दिसम्बर"),
    # Bangla (য় as one letter and as য plus nukta)
    **_months("জানুয়ারি|জানুয়ারি|জানু", "ফেব্রুয়ারি|ফেব্রুয়ারি|ফেব", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
              "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"),
}  # fmt: skip

OTHER_WEEKDAYS: dict[str, int] = {
    **_week("", "", "", "", "", "saturday|sábado|sabado|samedi|samstag|sabato", "sunday|domingo|dimanche|sonntag"),
    **_week("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),  # Catalan
    **_week("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),  # Dutch
    **_week("måndag|mandag", "tisdag|tirsdag", "onsdag", "torsdag", "fredag", "lördag|lørdag", "søndag|söndag"),
    **_week("pazartesi", "salı|sali", "çarşamba|carsamba", "perşembe|persembe", "cuma", "cumartesi", ""),  # Turkish
    **_week("poniedziałek", "wtorek", "środa|środę", "czwartek", "piątek", "sobota|sobotę", "niedziela|niedzielę"),
    **_week("pondělí|pondelok", "úterý|utorok", "středa|středu|streda|stredu", "čtvrtek|štvrtok", "pátek|piatok",
            "", "neděle|nedeľa"),  # Czech and Slovak
    **_week("ponedjeljak|ponedeljak", "utorak", "srijeda|srijedu|sreda|sredu", "četvrtak", "petak", "subota|subotu",
            "nedjelja|nedelja"),  # Croatian and Serbian
    **_week("", "marți|marţi|marti", "miercuri", "", "vineri", "sâmbătă|sambata", "duminică|duminica"),  # Romanian
    **_week("hétfő|hétfőn", "kedd|kedden", "szerda|szerdán", "csütörtök|csütörtökön", "péntek|pénteken",
            "szombat|szombaton", "vasárnap"),  # Hungarian
    **_week("maanantai|maanantaina", "tiistai|tiistaina", "keskiviikko|keskiviikkona", "torstai|torstaina",
            "perjantai|perjantaina", "lauantai|lauantaina", "sunnuntai|sunnuntaina"),  # Finnish
    **_week("pirmadienį|pirmadienis|pirmdien|esmaspäev|esmaspäeval", "antradienį|antradienis|otrdien|teisipäev"
            "|teisipäeval", "trečiadienį|trečiadienis|trešdien|kolmapäev|kolmapäeval", "ketvirtadienį|ketvirtadienis"
            "|ceturtdien|neljapäev|neljapäeval", "penktadienį|penktadienis|piektdien|reede|reedel", "šeštadienį|sestdien",
            "sekmadienį|svētdien"),  # Lithuanian, Latvian, Estonian
    **_week("понедельник|понеділок|понеделник", "вторник|вівторок", "среда|среду|середа|середу|сряда",
            "четверг|четвер|четвъртък", "пятница|пятницу|п'ятниця|п'ятницю|петък", "суббота|субботу|субота|суботу"
            "|събота", "воскресенье|неділя|неділю|неделя"),  # Russian, Ukrainian, Bulgarian
    **_week("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),  # Greek
    **_week("senin|isnin", "selasa", "rabu", "kamis|khamis", "jumat|jumaat", "sabtu", ""),  # Indonesian, Malay
    **_week("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),  # Swahili
    **_week("lunes", "", "", "huwebes", "biyernes", "sabado", ""),  # Filipino (with Spanish's)
    **_week("دوشنبه", "سه‌شنبه|سه شنبه|سهشنبه", "چهارشنبه|چهار شنبه", "پنجشنبه|پنج‌شنبه|پنج شنبه", "جمعه", "شنبه",
            "یکشنبه|یک‌شنبه|یک شنبه"),  # Persian (ي and ك are read as ی and ک)
    **_week("doshanbe|do shanbe", "seshanbe|se shanbe", "chaharshanbe|chahar shanbe|charshanbe", "panjshanbe|panj shanbe",
            "jome|jomeh", "shanbe", "yekshanbe|yek shanbe"),  # Finglish
    **_week("الاثنين|الإثنين|الأثنين", "الثلاثاء", "الأربعاء|الاربعاء", "الخميس", "الجمعة|الجمعه", "السبت",
            "الأحد|الاحد"),  # Arabic
    **_week("सोमवार", "मंगलवार", "बुधवार", "गुरुवार|बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार"),  # Hindi
    **_week("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার|রোববার"),  # Bangla
    **_week("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),  # Korean
    **_week("月曜日|周一|星期一", "火曜日|周二|星期二", "水曜日|周三|星期三", "木曜日|周四|星期四", "金曜日|周五|星期五",
            "土曜日|周六|星期六", "日曜日|周日|星期日|星期天"),  # Japanese and Chinese
}  # fmt: skip

# The Solar Hijri months of Persian mail ("یکشنبه ۵ بهمن ساعت ۱۱"), in Persian script and in Finglish;
# Finglish names that are also words elsewhere ("mehr" is German, "tir", "dey", "azar") are left out.
SOLAR_HIJRI_MONTHS: dict[str, int] = {
    **_months("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"),
    **_months("farvardin", "ordibehesht", "khordad", "", "mordad", "shahrivar", "", "aban", "", "", "bahman", "esfand"),
}  # fmt: skip

# "Today" and "tomorrow" in the languages the phrasebook reads; the ambiguous ones are left out
# (Hindi and Urdu "kal" is yesterday and tomorrow; Spanish "mañana" is also "morning": see when.py).
OTHER_RELATIVE_DAYS: dict[str, int] = {
    **dict.fromkeys(("hoje", "oggi", "avui", "dzisiaj", "dziś", "dnes", "danas", "idag", "i dag", "bugün", "bugun",
                     "сегодня", "сьогодні", "днес", "σήμερα", "šiandien", "šodien", "täna", "astăzi", "hari ini",
                     "tänään", "امروز", "اليوم", "आज", "আজ", "오늘", "今天", "今日", "vandaag"), 0),
    **dict.fromkeys(("morgen", "domani", "demà", "amanhã", "jutro", "zítra", "zajtra", "sutra", "holnap", "huomenna",
                     "imorgon", "i morgen", "yarın", "yarin", "завтра", "утре", "αύριο", "rytoj", "rīt", "homme",
                     "mâine", "besok", "esok", "kesho", "bukas", "فردا", "farda", "غدا", "غداً", "بكرة", "بكره",
                     "আগামীকাল", "내일", "明天", "明日"), 1),
}  # fmt: skip

# A letter's Arabic form, as Windows-1256 mailers and Arabic keyboards write Persian.
_ARABIC_FORMS = str.maketrans({"ي": "ی", "ك": "ک", "\u200c": ""})


def name_key(written: str) -> str:
    """The table's key for a name as written: lower case, Persian letters in their Persian form,
    no zero-width non-joiner."""
    return written.lower().translate(_ARABIC_FORMS)


def lookup(names: dict[str, int], written: str) -> int | None:
    """The number of a name as a pattern from `alternation` matched it."""
    found = names.get(written.lower())
    if found is None:
        found = names.get(name_key(written))
    if found is None:
        found = names.get(" ".join(name_key(written).split()))
    return found


def alternation(names: dict[str, int]) -> str:
    """A regex alternation of the names, longest first, each matching its Arabic letter forms too
    (ی or ي, ک or ك) and a zero-width non-joiner where it writes a space or nothing."""
    parts = []
    for name in sorted(names, key=len, reverse=True):
        pattern = re.escape(name).replace("ی", "[یي]").replace("ک", "[کك]").replace("\u200c", "\u200c?")
        parts.append(pattern.replace(r"\ ", r"[\s\u200c]?"))
    return "|".join(parts)


# Every decimal digit (Persian ۱۰, Arabic-Indic ١٠, Devanagari १०, Bangla ১০, full-width １０) as its
# ASCII digit, one character for one, so positions in the text stay where they were.
DIGITS = str.maketrans({chr(c): str(int(chr(c))) for c in range(0x80, 0x10000) if chr(c).isdecimal()})


def ascii_digits(text: str) -> str:
    """The text with every decimal digit written as an ASCII one."""
    return text.translate(DIGITS)
