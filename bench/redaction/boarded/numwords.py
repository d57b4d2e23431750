"""Two-digit numbers as words (10-99) in the corpus languages, for values spelled in pairs."""

EN_TEENS = [
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
]
EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ES_LOW = [
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
]
ES_TENS = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
PT_TEENS_BR = [
    "dez",
    "onze",
    "doze",
    "treze",
    "quatorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
]
PT_TEENS_PT = [
    "dez",
    "onze",
    "doze",
    "treze",
    "catorze",
    "quinze",
    "dezasseis",
    "dezassete",
    "dezoito",
    "dezanove",
]
PT_TENS = ["vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
FR_TEENS = [
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
]
FR_TENS = ["vingt", "trente", "quarante", "cinquante", "soixante"]
DE_TEENS = [
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
]
DE_TENS = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]


def pair(n, lang, locale, ones):
    """Words for 10 <= n <= 99; ones is the language's list of digit words."""
    t, o = divmod(n, 10)
    if lang == "en":
        return EN_TEENS[o] if t == 1 else EN_TENS[t - 2] + ("-" + ones[o] if o else "")
    if lang == "es":
        return ES_LOW[n - 10] if n < 30 else ES_TENS[t - 3] + (" y " + ones[o] if o else "")
    if lang == "pt":
        teens = PT_TEENS_PT if locale != "pt-BR" else PT_TEENS_BR
        return teens[o] if t == 1 else PT_TENS[t - 2] + (" e " + ones[o] if o else "")
    if lang == "de":
        if t == 1:
            return DE_TEENS[o]
        return (("ein" if o == 1 else ones[o]) + "und" if o else "") + DE_TENS[t - 2]
    # French, with septante/nonante in Belgium and Switzerland
    swiss = locale in ("fr-BE", "fr-CH")
    if t == 1:
        return FR_TEENS[o]
    if t < 7 or (swiss and t in (7, 9)):
        base = FR_TENS[t - 2] if t < 7 else {7: "septante", 9: "nonante"}[t]
        return base + (" et un" if o == 1 else "-" + ones[o] if o else "")
    if t == 7:
        return "soixante" + (" et onze" if o == 1 else "-" + FR_TEENS[o])
    if t == 8:
        return "quatre-vingts" if o == 0 else "quatre-vingt-" + ones[o]
    return "quatre-vingt-" + FR_TEENS[o]
