"""Words the renderers need per language: digit words, year words, month names, email
spellings, the noise customers put between groups and the words that join multi-message parts."""

from __future__ import annotations

DIGIT_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    # each digit: its usual word first, then variants customers really type
    "en": (
        ("zero", "oh", "o"),
        ("one",),
        ("two",),
        ("three",),
        ("four",),
        ("five",),
        ("six",),
        ("seven",),
        ("eight",),
        ("nine", "niner"),
    ),
    "es": (
        ("cero",),
        ("uno",),
        ("dos",),
        ("tres",),
        ("cuatro",),
        ("cinco",),
        ("seis",),
        ("siete",),
        ("ocho",),
        ("nueve",),
    ),
    "fr": (
        ("zéro", "zero"),
        ("un",),
        ("deux",),
        ("trois",),
        ("quatre",),
        ("cinq",),
        ("six",),
        ("sept",),
        ("huit",),
        ("neuf",),
    ),
    "de": (
        ("null",),
        ("eins",),
        ("zwei", "zwo"),
        ("drei",),
        ("vier",),
        ("fünf", "fuenf", "funf"),
        ("sechs",),
        ("sieben",),
        ("acht",),
        ("neun",),
    ),
    "pt": (
        ("zero",),
        ("um",),
        ("dois",),
        ("três", "tres"),
        ("quatro",),
        ("cinco",),
        ("seis", "meia"),
        ("sete",),
        ("oito",),
        ("nove",),
    ),
}

_UNITS: dict[str, tuple[str, ...]] = {
    "en": ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "fr": ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "de": ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
    "pt": ("", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"),
}
_ES_TWENTIES = (
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
)


def year_word(lang: str, yy: int) -> str:
    """Two-digit year (20-39) as words: 'twenty seven', 'veintisiete', 'vingt-sept'."""
    tens, unit = divmod(yy, 10)
    u = _UNITS[lang][unit]
    if lang == "en":
        return ("twenty", "thirty")[tens - 2] + (f" {u}" if unit else "")
    if lang == "es":
        return _ES_TWENTIES[unit] if tens == 2 else "treinta" + (f" y {u}" if unit else "")
    if lang == "fr":
        t = ("vingt", "trente")[tens - 2]
        return t + (" et un" if unit == 1 else f"-{u}" if unit else "")
    if lang == "de":
        t = ("zwanzig", "dreißig")[tens - 2]
        return (f"{u}und{t}" if unit else t).replace("einund", "einund")
    t = ("vinte", "trinta")[tens - 2]
    return t + (f" e {u}" if unit else "")


MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    "es": (
        ("enero", "ene"),
        ("febrero", "feb"),
        ("marzo", "mar"),
        ("abril", "abr"),
        ("mayo",),
        ("junio", "jun"),
        ("julio", "jul"),
        ("agosto", "ago"),
        ("septiembre", "setiembre", "sept"),
        ("octubre", "oct"),
        ("noviembre", "nov"),
        ("diciembre", "dic"),
    ),
    "fr": (
        ("janvier", "janv"),
        ("février", "fevrier", "fév"),
        ("mars",),
        ("avril", "avr"),
        ("mai",),
        ("juin",),
        ("juillet", "juil"),
        ("août", "aout"),
        ("septembre", "sep"),  # not "sept": that is also the digit word seven
        ("octobre", "oct"),
        ("novembre", "nov"),
        ("décembre", "decembre", "déc"),
    ),
    "de": (
        ("januar", "jan"),
        ("februar", "feb"),
        ("märz", "maerz", "mrz"),
        ("april", "apr"),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august", "aug"),
        ("september", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("dezember", "dez"),
    ),
    "pt": (
        ("janeiro", "jan"),
        ("fevereiro", "fev"),
        ("março", "marco", "mar"),
        ("abril", "abr"),
        ("maio",),
        ("junho", "jun"),
        ("julho", "jul"),
        ("agosto", "ago"),
        ("setembro", "set"),
        ("outubro", "out"),
        ("novembro", "nov"),
        ("dezembro", "dez"),
    ),
}

# How customers spell "@" and "." per language (upper-case and bracketed forms made by render)
EMAIL_AT: dict[str, tuple[str, ...]] = {
    "en": ("at", "at", "(at)", "[at]", "AT"),
    "es": ("arroba", "arroba", "(arroba)", "at"),
    "fr": ("arobase", "arobas", "at", "(at)"),
    "de": ("ät", "at", "(at)", "[at]", "et"),
    "pt": ("arroba", "arroba", "(arroba)", "at"),
}
EMAIL_DOT: dict[str, tuple[str, ...]] = {
    "en": ("dot", "dot", "(dot)", "DOT"),
    "es": ("punto", "punto", "(punto)", "dot"),
    "fr": ("point", "point", "(point)", "dot"),
    "de": ("punkt", "punkt", "(punkt)", "dot"),
    "pt": ("ponto", "ponto", "(ponto)", "dot"),
}

# Separators that are not spaces or dashes: what "split_by_noise" puts between groups
NOISE: tuple[str, ...] = (
    " | ",
    "|",
    " / ",
    " 🙂 ",
    "👉",
    " ... ",
    "; ",
    " ~ ",
    " • ",
    "\n",
    " 💳 ",
    " ✨ ",
    " _ ",
    ", ",
)
JOIN_WORDS: dict[str, tuple[str, ...]] = {
    "en": (" then ", " and ", " and then "),
    "es": (" y ", " luego ", " y luego "),
    "fr": (" puis ", " et ", " et puis "),
    "de": (" dann ", " und ", " und dann "),
    "pt": (" e ", " depois ", " e depois "),
}


def all_join_words() -> frozenset[str]:
    return frozenset(w.strip() for words in JOIN_WORDS.values() for w in words for w in w.split())
