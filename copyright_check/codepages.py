"""Which code page a file that is not UTF-8 is written in.

Spreadsheet programs write "CSV" in the code page of the machine's locale: Windows-1252
on a Western-European Windows, Windows-1250 on a Polish, Czech, Slovak, Hungarian or
Croatian one, Windows-1257 on a Baltic one, Windows-1251 on a Russian, Ukrainian or
Bulgarian one; Excel for Mac's "CSV (Macintosh)" writes Mac Roman, Excel for Windows'
"CSV (MS-DOS)" (and DOS-era collection databases) the OEM code page, 850 in Western Europe
and 437 in the US; older Unix systems write KOI8-R for Russian. The bytes of accented
letters sit in different places in each: "ö" is 0xF6 in Windows-1252, 0x9A in Mac Roman,
0x94 in code page 850, where Mac Roman reads "î" and Windows-1252 a closing quote. Read
in the wrong one, every accented word is another word: "möjligen Anna Riwkin" read as
"mîjligen" is no longer doubted, "Müller Gebrüder" read as "MÅller GebrÅder" no longer
names a firm, and an ok can rest on the wrong reading (review 11, A9).

So each candidate is scored by how much its reading looks like text: accented letters in
proportions some language uses them (a Swedish file's å ä ö, a Polish file's ą ę ł ś ż),
words in one case pattern and one script, no punctuation inside a word, no capital
standing alone. Where two readings that differ on a letter score close (a file of one
name, "Per Åström" in code page 850 is "Per èstrîm" in Mac Roman, both letters a
language uses), nothing in the bytes decides, and the file is refused with the
--encoding options that read it (`EncodingDoubt`), rather than read in one of them.

charset-normalizer was tried on the same samples and decides worse on short exports
(a Swedish or DOS file of a few rows read as Big5 or Shift-JIS, a Polish Windows-1250
file as Windows-1252), so the project keeps this small scorer of its own.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

# The candidates, in the order a tie is decided: the most common export first.
CANDIDATES = ("cp1252", "mac_roman", "cp850", "cp1250", "cp1257", "cp1251", "koi8_r", "cp437",
              "cp866", "cp1253", "cp1256", "cp874", "iso8859_7")

# What writes each, for a message.
WRITTEN_BY = {
    "cp1252": "Excel's 'CSV' on a Western-European Windows",
    "mac_roman": "Excel for Mac's 'CSV (Macintosh)'",
    "cp850": "Excel's 'CSV (MS-DOS)', DOS-era databases",
    "cp437": "Excel's 'CSV (MS-DOS)' on a US Windows",
    "cp1250": "Excel's 'CSV' on a Central-European Windows",
    "cp1257": "Excel's 'CSV' on a Baltic Windows",
    "cp1251": "Excel's 'CSV' on a Cyrillic Windows",
    "koi8_r": "older Russian Unix systems",
    "cp866": "Excel's 'CSV (MS-DOS)' on a Russian Windows, DOS-era Russian databases",
    "cp1253": "Excel's 'CSV' on a Greek Windows",
    "cp1256": "Excel's 'CSV' on an Arabic Windows",
    "cp874": "Excel's 'CSV' on a Thai Windows",
    # Review 29i W3: a Greek ISO 8859-7 export read as Windows-1253 turned "Άγαλμα" into "¶γαλμα",
    # and its statue was not seen. The two differ only in a few letters (Ά at 0xB6, not 0xA2).
    "iso8859_7": "Greek Unix systems and web exports (ISO 8859-7)",
    # East Asian multi-byte code pages (_east_asian).
    "cp932": "Excel's 'CSV' on a Japanese Windows (Shift_JIS)",
    "euc_jp": "Japanese Unix systems (EUC-JP)",
    "gbk": "Excel's 'CSV' on a Simplified Chinese Windows (GBK)",
    "big5": "Excel's 'CSV' on a Traditional Chinese Windows (Big5)",
    "cp949": "Excel's 'CSV' on a Korean Windows (EUC-KR)",
}

# East Asian multi-byte code pages: Excel writes "CSV" in them on Japanese, Chinese and Korean
# Windows. None is a single-byte candidate: read byte by byte in Windows-1252, "不詳" (unknown) in
# Shift_JIS became "ïsè" and a fraction slash, a name, and a photo of an unknown author with CC BY
# was ok with that name as its credit (review 30h G3). Their bytes read in the single-byte code
# pages as no language's text (a score far below any real reading, _EAST_ASIAN_BELOW), and
# nothing in a few bytes tells one of them from another reliably (Shift_JIS kanji read as Korean
# EUC-KR are Hangul syllables too; a few Western symbols, "° ½ ©", read as Big5 or GBK text), so
# such a file is refused with the options that read it, never read in one unasked.
EAST_ASIAN = ("cp932", "euc_jp", "gbk", "big5", "cp949")
# The best single-byte reading's score per byte above ASCII under which a file may be East
# Asian (natural log): Swedish, Polish, Russian, Greek, Arabic and Thai exports score -1 to -4,
# East Asian ones read byte by byte -7.5 to -8.5.
_EAST_ASIAN_BELOW = -6.0
# The share of a reading's characters above ASCII that must be East Asian (kana, Han, Hangul,
# CJK punctuation, full-width forms).
_EAST_ASIAN_SHARE = 0.9

# How much a reading in the most common export's code page is preferred before any letter
# is seen (natural log: about four to one).
# ISO 8859-7 well below Windows-1253: where the two differ, the Windows one's letter (Ά at 0xA2)
# is ISO's closing quote, which scores about as a letter does at a word's edge; ISO's own (Ά at
# 0xB6) is Windows' pilcrow, which no word holds, so a true ISO file still reads as ISO.
_PRIOR = {"cp1252": 1.5, "mac_roman": 0.5, "cp1253": -5.0, "iso8859_7": -9.0}

# A reading is refused in favour of a choice only if it scores at least this much less
# (natural log: about twenty to one); closer than that and the readings differ on a letter,
# the file is refused with both options.
DOUBT_MARGIN = 3.0

# Non-ASCII letters of each language an export is likely to hold, with their frequency
# among all letters of the language's text, in percent (approximate figures of published
# letter-frequency tables; only their proportions to each other matter here). Cyrillic
# letters are all non-ASCII, so all are listed.
_LETTERS: dict[str, dict[str, float]] = {
    "sv": {"å": 1.34, "ä": 1.80, "ö": 1.31, "é": 0.05},
    "da_no": {"æ": 0.9, "ø": 0.9, "å": 1.0, "é": 0.05},
    "fi": {"ä": 3.6, "ö": 0.44, "å": 0.01},
    "de": {"ä": 0.58, "ö": 0.44, "ü": 1.0, "ß": 0.31},
    "fr": {"é": 1.7, "è": 0.27, "à": 0.49, "ê": 0.22, "ç": 0.09, "â": 0.03, "î": 0.045, "ô": 0.023,
           "ù": 0.058, "û": 0.06, "ë": 0.01, "ï": 0.01, "œ": 0.02, "ü": 0.005},
    "it": {"à": 0.64, "è": 0.26, "é": 0.05, "ì": 0.03, "ò": 0.01, "ó": 0.01, "ù": 0.17},
    "es": {"á": 0.5, "é": 0.43, "í": 0.72, "ñ": 0.31, "ó": 0.83, "ú": 0.17, "ü": 0.01},
    "pt": {"á": 0.12, "â": 0.56, "ã": 0.73, "à": 0.07, "ç": 0.53, "é": 0.34, "ê": 0.45, "í": 0.13,
           "ó": 0.3, "ô": 0.64, "õ": 0.04, "ú": 0.21},
    "ca": {"à": 0.5, "ç": 0.2, "è": 0.3, "é": 0.3, "í": 0.2, "ï": 0.05, "ò": 0.3, "ó": 0.2, "ú": 0.1},
    "nl": {"é": 0.02, "ë": 0.02, "ï": 0.01, "è": 0.01},
    "is": {"á": 1.9, "ð": 4.4, "é": 0.6, "í": 1.6, "ó": 1.0, "ú": 0.6, "ý": 0.9, "þ": 1.5, "æ": 0.9,
           "ö": 0.8},
    "pl": {"ą": 0.99, "ć": 0.40, "ę": 1.11, "ł": 1.82, "ń": 0.20, "ó": 0.85, "ś": 0.66, "ź": 0.06,
           "ż": 0.83},
    "cs": {"á": 0.87, "č": 0.46, "ď": 0.015, "é": 0.63, "ě": 1.22, "í": 1.64, "ň": 0.08, "ó": 0.02,
           "ř": 0.38, "š": 0.69, "ť": 0.006, "ú": 0.045, "ů": 0.20, "ý": 0.99, "ž": 0.72},
    "sk": {"á": 2.0, "ä": 0.1, "č": 1.0, "ď": 0.1, "é": 0.5, "í": 1.5, "ĺ": 0.02, "ľ": 0.4, "ň": 0.1,
           "ó": 0.1, "ô": 0.2, "ŕ": 0.01, "š": 0.7, "ť": 0.4, "ú": 0.7, "ý": 1.0, "ž": 0.7},
    "hu": {"á": 3.4, "é": 3.9, "í": 0.5, "ó": 0.9, "ö": 1.0, "ő": 0.9, "ú": 0.3, "ü": 0.5, "ű": 0.1},
    "hr_sl": {"č": 1.0, "ć": 0.5, "đ": 0.1, "š": 0.8, "ž": 0.6},
    "ro": {"ă": 2.0, "â": 0.6, "î": 1.0, "ş": 1.2, "ţ": 1.0, "ș": 1.2, "ț": 1.0},
    "lt": {"ą": 0.6, "č": 0.4, "ę": 0.2, "ė": 1.6, "į": 0.6, "š": 1.1, "ų": 0.8, "ū": 0.4, "ž": 0.8},
    "lv": {"ā": 4.0, "č": 0.3, "ē": 1.7, "ģ": 0.1, "ī": 1.6, "ķ": 0.1, "ļ": 0.4, "ņ": 0.3, "š": 1.5,
           "ū": 0.5, "ž": 0.9},
    "et": {"ä": 1.0, "õ": 0.8, "ö": 0.3, "ü": 1.3, "š": 0.05, "ž": 0.05},
    "ru": {"о": 11.0, "е": 8.5, "а": 8.0, "и": 7.4, "н": 6.7, "т": 6.3, "с": 5.5, "р": 4.7, "в": 4.5,
           "л": 4.4, "к": 3.5, "м": 3.2, "д": 3.0, "п": 2.8, "у": 2.6, "я": 2.0, "ы": 1.9, "ь": 1.7,
           "г": 1.7, "з": 1.6, "б": 1.6, "ч": 1.4, "й": 1.2, "х": 1.0, "ж": 0.9, "ш": 0.7, "ю": 0.6,
           "ц": 0.5, "щ": 0.4, "э": 0.3, "ф": 0.3, "ъ": 0.04, "ё": 0.04},
    "uk": {"о": 9.4, "а": 7.2, "н": 6.5, "в": 5.4, "и": 6.1, "і": 5.0, "т": 5.0, "е": 4.7, "р": 4.8,
           "с": 4.1, "к": 3.5, "л": 3.6, "у": 3.3, "д": 3.5, "м": 3.0, "п": 2.9, "я": 2.9, "з": 2.3,
           "ь": 1.7, "г": 1.6, "б": 1.7, "ч": 1.5, "х": 1.2, "й": 1.1, "ц": 0.9, "ї": 0.8, "ж": 0.9,
           "ш": 0.8, "ю": 0.8, "є": 0.4, "щ": 0.6, "ф": 0.2, "ґ": 0.01},
    "bg": {"а": 13.0, "о": 8.6, "е": 8.1, "и": 8.0, "н": 7.5, "т": 7.1, "р": 5.1, "с": 4.5, "в": 4.5,
           "л": 3.6, "к": 3.6, "д": 3.2, "п": 3.1, "м": 2.6, "з": 2.0, "я": 2.0, "ъ": 2.3, "г": 1.6,
           "у": 1.4, "б": 1.4, "ч": 1.2, "ж": 0.6, "й": 0.6, "х": 0.5, "ц": 0.6, "ш": 0.6, "щ": 0.4,
           "ф": 0.2, "ю": 0.2, "ь": 0.1},
}


# Scripts of their own, read in their national code pages (Windows-1253 Greek, Windows-1256
# Arabic, Windows-874 Thai): before these were candidates, a Greek file was read as Cyrillic
# ("Γιώργος ... και" as "Гйюсгпт ... кбй"), a Thai one as Mac Roman, an Arabic one as Cyrillic,
# and the join and doubt words were lost: one person beside one death year, ok (review 13 D10).
# Their models are made apart from the Latin and Cyrillic ones above, so that those score every
# file as they did before; a letter a model lacks scores as unseen there.
_OWN_SCRIPT: dict[str, dict[str, float]] = {
    "el": {"α": 10.0, "ο": 8.0, "ε": 7.0, "ι": 6.5, "τ": 7.9, "σ": 4.4, "ς": 2.7, "ν": 6.6, "η": 4.0,
           "υ": 3.6, "ρ": 4.5, "π": 4.2, "κ": 4.0, "μ": 3.4, "λ": 2.7, "ω": 1.2, "δ": 1.7, "γ": 1.8,
           "χ": 1.1, "θ": 1.3, "φ": 0.8, "β": 0.6, "ξ": 0.4, "ζ": 0.4, "ψ": 0.1, "ά": 1.9, "έ": 1.5,
           "ί": 1.6, "ό": 1.5, "ύ": 0.8, "ή": 1.0, "ώ": 0.6, "ϊ": 0.05, "ϋ": 0.02, "ΐ": 0.01, "ΰ": 0.01},
    "ar": {"ا": 12.5, "ل": 11.0, "ي": 7.0, "م": 6.0, "و": 6.0, "ن": 6.0, "ر": 4.5, "ت": 4.5, "ب": 3.5,
           "ع": 3.5, "ه": 3.0, "ة": 2.5, "د": 3.0, "س": 2.5, "ف": 2.5, "ك": 2.5, "ق": 2.3, "ح": 2.0,
           "ج": 1.4, "أ": 2.0, "إ": 0.6, "ى": 1.0, "ش": 1.0, "ص": 1.0, "خ": 1.0, "ط": 0.8, "ز": 0.5,
           "ث": 0.5, "ذ": 0.6, "غ": 0.4, "ض": 0.5, "ظ": 0.2, "ء": 0.4, "آ": 0.1, "ؤ": 0.1, "ئ": 0.3,
           "پ": 0.05, "چ": 0.05, "ژ": 0.01, "گ": 0.05, "ک": 0.05, "ی": 0.05,
           # the harakat, seldom written outside the Qur'an and teaching texts
           "\u064b": 0.02, "\u064c": 0.02, "\u064d": 0.02, "\u064e": 0.1, "\u064f": 0.05, "\u0650": 0.05,
           "\u0651": 0.1, "\u0652": 0.02},
    "th": {"า": 8.5, "น": 7.5, "ร": 6.5, "ง": 4.5, "อ": 5.0, "ก": 5.0, "เ": 4.5, "ม": 4.0, "ย": 3.5,
           "ว": 3.5, "ล": 3.5, "ท": 3.0, "ต": 3.0, "ด": 2.8, "ส": 2.8, "ป": 2.2, "บ": 2.0, "ห": 2.2,
           "ค": 2.0, "แ": 1.8, "จ": 1.6, "พ": 1.6, "ข": 1.3, "ะ": 1.2, "ช": 1.1, "ใ": 1.0, "ไ": 1.0,
           "โ": 0.8, "ำ": 0.8, "ถ": 0.6, "ผ": 0.5, "ณ": 0.5, "ศ": 0.5, "ษ": 0.3, "ภ": 0.3, "ธ": 0.4,
           "ฟ": 0.3, "ซ": 0.4, "ฝ": 0.1, "ฉ": 0.2, "ฐ": 0.1, "ฮ": 0.1, "ญ": 0.2, "ฎ": 0.05, "ฏ": 0.05,
           "ฑ": 0.1, "ฒ": 0.05, "ฬ": 0.05, "ฤ": 0.05, "ๆ": 0.2, "ฯ": 0.05,
           # the vowel signs and tone marks written on a letter
           "\u0e48": 3.0, "\u0e49": 2.5, "\u0e31": 2.5, "\u0e35": 2.0, "\u0e34": 2.5, "\u0e38": 1.0,
           "\u0e39": 0.7, "\u0e37": 0.6, "\u0e47": 0.6, "\u0e4c": 0.7, "\u0e36": 0.4, "\u0e4a": 0.1,
           "\u0e4b": 0.05},
}


def _model() -> tuple[dict[str, dict[str, float]], float]:
    """Each language's non-ASCII letters as log-probabilities among themselves, mixed with a
    little of all languages' (a Swedish file holds French and German names too), and the
    log-probability of a letter no language here uses."""
    every: Counter[str] = Counter()
    for freq in _LETTERS.values():
        total = sum(freq.values())
        every.update({c: f / total / len(_LETTERS) for c, f in freq.items()})
    models: dict[str, dict[str, float]] = {}
    for lang, freq in _LETTERS.items():
        total = sum(freq.values())
        models[lang] = {c: math.log(0.85 * freq.get(c, 0.0) / total + 0.15 * every[c]) for c in every}
    for lang, freq in _OWN_SCRIPT.items():
        total = sum(freq.values())
        models[lang] = {c: math.log(0.85 * f / total + 0.15 / len(freq)) for c, f in freq.items()}
    return models, math.log(0.15 * min(every.values()) / 4)


_MODELS, _UNSEEN = _model()

# Log-probabilities of what a byte above ASCII is, by where it stands (rough figures: only
# how far apart they are matters). Beside a word's letters: a letter (then the language's
# frequency of that letter), else an apostrophe inside a word, or punctuation at a word's
# edge ("“Stadsvy”", "Riwkin…"); anything else there (a box-drawing line, a
# math sign, a low quote after a word) is what a wrong code page makes of a letter.
# Standing alone (spaces or digits around it): punctuation or a sign of the ones text uses
# ("Riwkin, a dash, Halldin", "5 ½ x 7", "20 °C"), seldom a letter, least a capital.
_LETTER = math.log(0.95)
_APOSTROPHE_IN_WORD = math.log(0.02)
_PUNCT_AT_EDGE = math.log(0.02)
_ODD = math.log(1e-5)
_SIGN_ALONE = math.log(0.3)
# Signs a catalogue seldom writes alone between words (a currency no export here prices in,
# the broken bar, the currency placeholder, the inverted exclamation): they are what Windows-1252
# makes of Mac Roman's bullet, section sign, pilcrow and degree sign. "Anna Riwkin • Oscar
# Halldin" in Excel for Mac's CSV was read "Anna Riwkin ¥ Oscar Halldin", one person beside one
# death year: ok (review 12 C9).
_RARE_ALONE = frozenset("¥¤¦¡¬¨")
_RARE_SIGN_ALONE = math.log(0.01)
_SMALL_ALONE = math.log(0.05)
_CAPITAL_ALONE = math.log(1e-3)
_SPACE = math.log(0.05)
# A consonant between two consonants, or a vowel between two vowels ("mšjligen" read for
# "möjligen", "moøliwe" for "możliwe"): possible, less likely than the other way.
_CLUSTER = math.log(0.15)
# Polish writes its soft consonants ś ć ź ń only before a consonant or at a word's end (si, ci,
# zi, ni before a vowel): "cśur" is Windows-1252's "cœur" read in Windows-1250.
_SOFT_POLISH = frozenset("śćźń")
# Czech and Slovak write ď and ť before a vowel or at a word's end, seldom before a consonant:
# "naďve" is Windows-1252's "naïve" read in Windows-1250.
_SOFT_BEFORE_VOWEL = frozenset("ďť")
_APOSTROPHES = frozenset("'’ʼ`´")
_EDGE_PUNCT = frozenset("’‘“”„«»‹›–—…¿¡·•ªº°®™©")
_SIGNS = frozenset("’‘“”„«»‹›–—…¿¡·•°½¼¾"
                   "€£¥§©®™±×÷¢µ¶¹²³ªº¤¬¨†‡")
_VOWELS = frozenset("aeiouyæøœ")

# A run of letters and bytes above ASCII holding at least one of the latter: a word whose
# reading depends on the code page (or punctuation, a sign, beside or between words).
_TOKEN = re.compile(rb"[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*")
_PARTS = re.compile(r"[^\W\d_]+")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


# The scripts a word of one language is written in, by the first code point of each block
# (Greek, Cyrillic, Arabic with its supplement, Thai); a letter below the first is Latin.
_SCRIPT_STARTS = ((0x0370, "Greek"), (0x0400, "Cyrillic"), (0x0530, "other"), (0x0600, "Arabic"),
                  (0x0780, "other"), (0x0E00, "Thai"), (0x0E80, "other"))


# Scripts that write vowels and tones as marks on a letter (Unicode category M).
_MARKED_SCRIPTS = frozenset({"Arabic", "Thai"})
# Thai's tone marks and thanthakhat, which may stand on a vowel sign on the same letter.
_THAI_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b\u0e4c")


def _script(char: str) -> str:
    point, found = ord(char), "Latin"
    for start, name in _SCRIPT_STARTS:
        if point < start:
            break
        found = name
    return found


def _vowel(char: str) -> bool | None:
    """Whether a Latin letter is a vowel (None: not a Latin letter)."""
    if not char.isalpha() or _script(char) != "Latin":
        return None
    base = unicodedata.normalize("NFD", char.lower())[0]
    return base in _VOWELS


def _word_case(letters: str) -> bool:
    """Whether a word's letters are in one of the case patterns text uses: small, capital
    first, all capitals."""
    return len(letters) < 2 or letters.islower() or letters.isupper() or (
        letters[0].isupper() and letters[1:].islower()) or not any(c.islower() or c.isupper() for c in letters)


def _score(tokens: Counter[bytes], encoding: str) -> float | None:
    """How much `encoding`'s reading of the words looks like text (a log-probability, up to
    a constant shared by every reading); None if it cannot read them."""
    letters: Counter[str] = Counter()
    total = 0.0
    for token, count in tokens.items():
        try:
            text = token.decode(encoding)
        except UnicodeDecodeError:
            return None
        has = [c.isalpha() for c in text]
        n = len(text)
        here = 0.0
        for i, byte in enumerate(token):
            if byte < 0x80:
                continue
            char = text[i]
            if has[i]:
                letters[char.lower()] += count
                here += _LETTER
                if n == 1:
                    here += _SMALL_ALONE if char.islower() else _CAPITAL_ALONE
                    continue
                if i < n - 1 and token[i + 1] < 0x80:
                    soft = char.lower()
                    if (soft in _SOFT_POLISH and _vowel(text[i + 1])) or (
                            soft in _SOFT_BEFORE_VOWEL and _vowel(text[i + 1]) is False):
                        here += _CLUSTER
                if char == "ς" and i < n - 1 and text[i + 1].isalpha():
                    # Greek writes its final sigma at a word's end and only there.
                    here += _ODD
                if 0 < i < n - 1:
                    kind = _vowel(char)
                    if kind is not None and _vowel(text[i - 1]) is kind and _vowel(text[i + 1]) is kind:
                        here += _CLUSTER
                continue
            if unicodedata.category(char)[0] == "M":
                # A vowel sign, tone mark or haraka on a Thai or Arabic letter is part of its
                # spelling (scored as a letter of the language); on anything else it is what a
                # wrong code page makes of a letter ("Mِller": Windows-1252's "Müller" in 1256).
                base = text[:i].rstrip("".join(c for c in text[:i] if unicodedata.category(c)[0] == "M"))
                stacked = i - len(base)  # marks already on that letter
                if base and base[-1].isalpha() and _script(base[-1]) in _MARKED_SCRIPTS and (
                        stacked == 0 or (stacked == 1 and (char in _THAI_TONES) is not (text[i - 1] in _THAI_TONES))
                        or (stacked == 1 and _script(base[-1]) == "Arabic")):
                    letters[char] += count
                    here += _LETTER
                else:
                    # Thai stacks at most a vowel sign and a tone mark on one letter ('ดิ์');
                    # 'ยามิุั' (Russian 'братья' in KOI8-R read in Windows-874) is no Thai.
                    here += _ODD
                continue
            if char.isspace():  # a no-break space: between words, seldom inside one
                here += _SPACE if 0 < i < n - 1 and text[i + 1].isupper() else _ODD
                continue
            before, after = any(has[:i]), any(has[i + 1:])
            if before and after:
                here += _APOSTROPHE_IN_WORD if char in _APOSTROPHES else _ODD
            elif before or after:
                here += _PUNCT_AT_EDGE if char in _EDGE_PUNCT or char in _APOSTROPHES else _ODD
            elif i >= 2 and not (has[i - 1] or has[i - 2]) and token[i - 1] >= 0x80 and token[i - 2] >= 0x80:
                # A third sign in a row, no letter among them: text writes one or two ('…»',
                # '”.'), a wrong code page a run ('—»„«': Arabic 'ربما' read in Mac Roman).
                here += _ODD
            else:
                here += _RARE_SIGN_ALONE if char in _RARE_ALONE else _SIGN_ALONE if char in _SIGNS else _ODD
        # Each word in it of one case pattern and one script.
        for part in _PARTS.findall(text):
            if not _word_case(part):
                here += _ODD
            scripts = Counter(_script(c) for c in part)
            if len(scripts) > 1:
                here += _ODD * (len(part) - max(scripts.values()))
        total += here * count
    best = max(sum(n * model.get(c, _UNSEEN) for c, n in letters.items()) for model in _MODELS.values())
    return total + best + _PRIOR.get(encoding, 0.0)


class EncodingDoubt(Exception):
    """Two code pages read the file's letters differently and the bytes do not say which."""

    def __init__(self, readings: list[tuple[str, str]]) -> None:
        super().__init__(readings)
        self.readings = readings  # (encoding, a word as it reads it), best first

    def message(self, option: bool = True) -> str:
        """The doubt, with the --encoding options that settle it (`option`), or only the
        advice to save as UTF-8 (a profile, which has no such option)."""
        shown = "; ".join(f"{word!r} in {enc} ({WRITTEN_BY[enc]})" for enc, word in self.readings)
        options = " / ".join(f"--encoding {enc}" for enc, _ in self.readings)
        fix = f"name it with {options} (or save the file as UTF-8)" if option else "save it as UTF-8"
        return (f"cannot tell which code page the file is written in: a word reads as {shown}, and "
                f"nothing else in the file decides; {fix}")


def choose(head: bytes) -> str:
    """The code page the bytes read best in (not UTF-8: the caller has ruled that out).
    Raises EncodingDoubt where another reading that differs on a letter scores within
    DOUBT_MARGIN of it."""
    tokens = Counter(_TOKEN.findall(head))
    scored: list[tuple[float, int, str]] = []
    for rank, encoding in enumerate(CANDIDATES):
        score = _score(tokens, encoding)
        if score is not None:
            scored.append((score, -rank, encoding))
    above = sum(1 for b in head if b >= 0x80)
    if not scored or (above and max(scored)[0] / above < _EAST_ASIAN_BELOW):
        east = _east_asian(head)
        if east:
            # Never chosen unasked: a few bytes of Western symbols (° ½ ©) can read as Big5 or GBK
            # text too. The file is refused with each reading and its option, the best
            # single-byte one beside them.
            if scored:
                western = max(scored)[2]
                shown = _NON_ASCII_RUN.search(head.decode(western, "replace"))
                east.append((western, shown.group(0)[:20] if shown else ""))
            raise EncodingDoubt(east)
    if not scored:
        return "cp1252"  # every candidate fails on some byte: read with replacement characters
    scored.sort(reverse=True)
    best_score, _, best = scored[0]
    rivals = []
    for score, _, encoding in scored[1:]:
        if score < best_score - DOUBT_MARGIN:
            break
        word = _differing_word(tokens, best, encoding)
        if word is not None:
            rivals.append((encoding, word))
    if rivals:
        rivals = rivals[:2]
        first = rivals[0][1][0]
        raise EncodingDoubt([(best, first), *((enc, words[1]) for enc, words in rivals)])
    return best


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _east_asian_char(c: str) -> bool:
    """Kana, Han, Hangul, CJK punctuation and full-width forms; not the half-width katakana
    (U+FF61-FF9F), which Shift_JIS gives for single bytes 0xA1-0xDF: a Windows-1252 file's
    "²" or "Ä" read in it (review 30i F1: "m²" made a Swedish export read as Shift_JIS)."""
    o = ord(c)
    return (0x3000 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF
            or 0x3130 <= o <= 0x318F or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFF60 or 0xFFA0 <= o <= 0xFFEF)


def _east_asian(head: bytes) -> list[tuple[str, str]]:
    """The East Asian code pages that read the bytes whole as East Asian text, each with the
    first word above ASCII as it reads it. A multi-byte character cut at the sample's end is
    not held against a reading."""
    found: list[tuple[str, str]] = []
    for encoding in EAST_ASIAN:
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 2:
                continue
            text = head[:exc.start].decode(encoding)
        chars = [c for c in text if ord(c) >= 0x80]
        if chars and sum(map(_east_asian_char, chars)) >= _EAST_ASIAN_SHARE * len(chars):
            word = _NON_ASCII_RUN.search(text)
            found.append((encoding, (word.group(0) if word else chars[0])[:20]))
    return found


def _differing_word(tokens: Counter[bytes], one: str, other: str) -> tuple[str, str] | None:
    """The most frequent word the two code pages read with different letters, as each reads
    it; None if they differ on punctuation only."""
    for token, _ in tokens.most_common():
        a, b = token.decode(one, "replace"), token.decode(other, "replace")
        if a != b and any(x != y and (x.isalpha() or y.isalpha()) for x, y in zip(a, b, strict=True)):
            return a, b
    return None
