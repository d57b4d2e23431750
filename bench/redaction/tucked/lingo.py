"""Per-language words the renderer needs: digit names, months, joining words, email spellings."""

DIGITS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"],
    "es": [
        "enero",
        "feb",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "sept",
        "oct",
        "nov",
        "dic",
    ],
    "fr": [
        "janv",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": [
        "Jan",
        "Feb",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
    ],
    "pt": [
        "jan",
        "fev",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "ago",
        "set",
        "out",
        "nov",
        "dez",
    ],
}
NOISE = {
    "en": [" | ", " / ", " 👉 ", "\n", " and ", " then ", " - ", " 🙏 ", "  ", " .. "],
    "es": [" | ", " / ", " 👉 ", "\n", " y ", " luego ", " - ", " 😅 ", " ... ", " , "],
    "fr": [" | ", " / ", " 👉 ", "\n", " et ", " puis ", " - ", " 😬 ", " ... ", " , "],
    "de": [" | ", " / ", " 👉 ", "\n", " und ", " dann ", " - ", " 🙈 ", " ... ", " , "],
    "pt": [" | ", " / ", " 👉 ", "\n", " e ", " depois ", " - ", " 😩 ", " ... ", " , "],
}
AT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), ("(arroba)", "(punto)"), (" arroba ", "."), (" @ ", " punto ")],
    "fr": [
        (" arobase ", " point "),
        (" at ", " point "),
        ("(arobase)", "(point)"),
        (" arrobase ", " point "),
    ],
    "de": [(" at ", " punkt "), (" ät ", " Punkt "), ("(at)", "(punkt)"), (" [at] ", " [punkt] ")],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" arroba ", "."), (" @ ", " ponto ")],
}
DOUBLE = {"en": "double", "es": None, "fr": None, "de": None, "pt": None}

_TEENS = {
    "en": [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ],
    "es": [
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
    ],
    "fr": [
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
    ],
    "de": [
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ],
    "pt": [
        "dez",
        "onze",
        "doze",
        "treze",
        "catorze",
        "quinze",
        "dezesseis",
        "dezessete",
        "dezoito",
        "dezenove",
    ],
}
_TENS = {
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "es": [
        "",
        "",
        "veinte",
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ],
    "fr": [
        "",
        "",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante",
        "quatre-vingt",
        "quatre-vingt",
    ],
    "de": [
        "",
        "",
        "zwanzig",
        "dreißig",
        "vierzig",
        "fünfzig",
        "sechzig",
        "siebzig",
        "achtzig",
        "neunzig",
    ],
    "pt": [
        "",
        "",
        "vinte",
        "trinta",
        "quarenta",
        "cinquenta",
        "sessenta",
        "setenta",
        "oitenta",
        "noventa",
    ],
}


def pair_words(n: int, lang: str) -> str:
    """Words for 10..99 as people read digits in pairs ("cuarenta y dos", "zweiundvierzig")."""
    tens, unit = divmod(n, 10)
    if tens == 1:
        return _TEENS[lang][unit]
    if lang == "fr" and tens in (7, 9):
        rest = _TEENS["fr"][unit]
        joiner = " et " if tens == 7 and unit == 1 else "-"
        return _TENS["fr"][tens] + joiner + rest
    t = _TENS[lang][tens]
    if unit == 0:
        return t + ("s" if lang == "fr" and tens == 8 else "")
    u = DIGITS[lang][unit]
    if lang == "en":
        return f"{t}-{u}"
    if lang == "es":
        if tens == 2:
            return {2: "veintidós", 3: "veintitrés", 6: "veintiséis"}.get(unit, "veinti" + u)
        return f"{t} y {u}"
    if lang == "fr":
        return f"{t} et un" if unit == 1 and tens != 8 else f"{t}-{u}"
    if lang == "de":
        return ("ein" if unit == 1 else u) + "und" + t
    return f"{t} e {u}"
