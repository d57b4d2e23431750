"""Hard negatives: numbers a redactor must leave alone (orders, parcels, postcodes, dates, prices,
models, versions...). Each generator returns the text exactly as it is labelled `must_keep`.

A generated negative is rejected when its digits happen to pass a checksum of an identifier in the
entity list, so that a detector masking it is wrong and not merely unlucky."""

from __future__ import annotations

import random
import string

from bench.redaction.independent import values as V

KINDS = {
    "order": "order_number",
    "tracking": "tracking_number",
    "zip": "zip_code",
    "zip4": "zip_code",
    "postal": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "version": "version",
    "invoice": "invoice_number",
    "ticket": "ticket_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "orderx": "order_number",
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _collides(text: str) -> bool:
    digits = "".join(c for c in text if c.isdigit())
    if not digits or (any(c.isalpha() for c in text) and len(digits) < 9):
        return False
    n = len(digits)
    checks = []
    if 12 <= n <= 19:
        checks.append(V.luhn_valid(digits))
    if n == 9:
        checks += [V.aba_valid(digits), V.pt_nif_valid(digits)]
    if n == 11:
        checks += [V.cpf_valid(digits), V.de_idnr_valid(digits)]
    if n == 14:
        checks.append(V.cnpj_valid(digits))
    if n == 18:
        checks.append(V.clabe_check(digits[:17]) == digits[17])
    if n == 15:
        checks.append(V.fr_nir_key(digits[:13]) == digits[13:])
    return any(checks)


def negative(name: str, country: str, lang: str, rng: random.Random) -> str:
    for _ in range(100):
        text = _make(name, country, lang, rng)
        if not _collides(text):
            return text
    raise AssertionError(f"could not make a {name} negative")


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def _make(name: str, country: str, lang: str, rng: random.Random) -> str:
    if name == "orderx":
        return _lookalike(country, rng)
    if name == "order":
        style = rng.randrange(7)
        if style == 0:
            return "#" + _d(rng, rng.choice((5, 6, 7)))
        if style == 1:
            return f"ORD-{rng.randint(2024, 2026)}-{_d(rng, 6)}"
        if style == 2:
            return rng.choice("4567") + _d(rng, 9)
        if style == 3:
            return _up(rng, 2) + _d(rng, 8)
        if style == 4:
            return f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}"
        if style == 5:
            return rng.choice("123456789") + _d(rng, rng.choice((11, 13, 15)))
        return f"#{country}{_d(rng, 6)}"
    if name == "tracking":
        style = rng.randrange(7)
        if style == 0:
            return (
                "1Z"
                + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
                + _d(rng, 10)
            )
        if style == 1:
            d = rng.choice(("9400", "9205", "9361")) + _d(rng, 18)
            return " ".join(d[i : i + 4] for i in range(0, 22, 4))
        if style == 2:
            return _up(rng, 2) + _d(rng, 9) + rng.choice(("BR", "PT", "ES", "FR", "DE", "MX"))
        if style == 3:
            return "00340" + _d(rng, 15)
        if style == 4:
            return rng.choice(("6A", "8R", "6C")) + _d(rng, 11)
        if style == 5:
            return "PQ" + _up(rng, 2) + _d(rng, 2) + _up(rng, 1) + _d(rng, 14) + _up(rng, 1)
        return "JJD" + _d(rng, 18)
    if name == "zip":
        return f"{rng.randint(1001, 99950):05d}"
    if name == "zip4":
        return f"{rng.randint(1001, 99950):05d}-{_d(rng, 4)}"
    if name == "postal":
        return _postal(country, rng)
    if name == "date":
        return _date(country, lang, rng)
    if name == "time":
        h, m = rng.randint(7, 21), rng.choice((0, 5, 15, 20, 30, 45, 50))
        style = rng.randrange(4)
        if style == 0:
            return f"{h:02d}:{m:02d}"
        if style == 1 and lang == "en":
            return f"{h % 12 or 12}:{m:02d}{rng.choice(('pm', ' PM', 'am'))}"
        if style == 2 and lang in ("fr", "pt"):
            return f"{h}h{m:02d}" if m else f"{h}h"
        if style == 3 and lang == "de":
            return f"{h}.{m:02d}"
        return f"{h}:{m:02d}"
    if name == "price":
        return _price(country, rng)
    if name == "qty":
        return str(rng.choice((1, 2, 2, 3, 3, 4, 5, 6, 10, 12, 24, 50)))
    if name == "model":
        style = rng.randrange(7)
        if style == 0:
            return f"SM-{rng.choice('AGSN')}{_d(rng, 3)}{rng.choice('BFU')}"
        if style == 1:
            return f"WH-{rng.randint(1, 9)}000XM{rng.randint(3, 6)}"
        if style == 2:
            return f"A{_d(rng, 4)}"
        if style == 3:
            return f"KD-{rng.choice((43, 50, 55, 65, 75))}X{rng.randint(70, 99)}K"
        if style == 4:
            return f"{_up(rng, 2)}-{_d(rng, 4)}"
        if style == 5:
            return f"{_d(rng, 5)}-{_d(rng, 2)}"
        return f"RTX {rng.choice((3060, 4060, 4070, 4080))}"
    if name == "version":
        style = rng.randrange(4)
        if style == 0:
            return f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        if style == 1:
            return f"{rng.randint(10, 18)}.{rng.randint(0, 7)}.{rng.randint(1, 9)}"
        if style == 2:
            return f"{rng.randint(1, 5)}.{rng.randint(0, 99)}"
        return f"{rng.randint(1, 6)}.{rng.randint(0, 30)}.{rng.randint(100, 9999)}"
    if name == "invoice":
        style = rng.randrange(5)
        y = rng.randint(2024, 2026)
        if style == 0:
            return f"INV-{y}-{_d(rng, 6)}"
        if style == 1:
            return f"F{y}/{_d(rng, 6)}"
        if style == 2:
            return f"FT {y}/{_d(rng, 4)}"
        if style == 3:
            return f"RE-{y}-{_d(rng, 5)}"
        return f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}"
    if name == "ticket":
        style = rng.randrange(5)
        if style == 0:
            return f"#{_d(rng, 6)}"
        if style == 1:
            return f"CS-{rng.randint(2024, 2026)}-{_d(rng, 5)}"
        if style == 2:
            return _d(rng, 8)
        if style == 3:
            return f"TKT-{_d(rng, 6)}"
        return f"{_up(rng, 3)}{_d(rng, 7)}"
    if name == "year":
        return str(rng.randint(2015, 2026))
    if name == "flight":
        airline = rng.choice(
            ("IB", "LH", "AF", "TP", "LA", "AM", "BA", "UA", "G3", "AD", "VY", "FR", "U2")
        )
        return airline + rng.choice(("", " ")) + str(rng.randint(10, 9999))
    if name == "store":
        return rng.choice(("", "#")) + f"{rng.randint(1, 2999):0{rng.choice((3, 4))}d}"
    raise ValueError(name)


def _lookalike(country: str, rng: random.Random) -> str:
    """An order or customer number shaped like the country's identifier, with a wrong check."""
    while True:
        if country == "ES":
            num = _d(rng, 8)
            letter = rng.choice(
                [c for c in "TRWAGMYFPDXBNJZSQVHLCKE" if not V.es_dni_valid(num + c)]
            )
            return num + letter
        if country == "MX":
            text = rng.choice(("002", "012", "014")) + _d(rng, 15)
        elif country == "BR":
            text = _d(rng, 11)
        elif country == "PT":
            text = rng.choice("123") + _d(rng, 8)
        elif country == "FR":
            text = rng.choice("12") + _d(rng, 14)
        elif country == "DE":
            text = rng.choice("123456789") + _d(rng, 10)
        elif country in ("US", "GB"):
            text = _d(rng, 9)
        else:
            text = rng.choice("456") + _d(rng, 15)
        if not _collides(text):
            return text


def _postal(country: str, rng: random.Random) -> str:
    if country in ("ES", "MX", "FR", "DE"):
        return f"{rng.randint(1000, 52999) if country == 'ES' else rng.randint(1000, 99999):05d}"
    if country == "PT":
        return f"{rng.randint(1000, 9999)}-{_d(rng, 3)}"
    if country == "BR":
        return f"{_d(rng, 5)}-{_d(rng, 3)}"
    if country == "GB":
        outward = rng.choice(("SW1A", "EC1V", "M1", "B33", "LS6", "EH8"))
        return f"{outward} {rng.randint(1, 9)}{_up(rng, 2)}"
    return f"{rng.randint(1001, 99950):05d}"


def _date(country: str, lang: str, rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
    month = _MONTHS[lang].split()[m - 1]
    style = rng.randrange(5)
    if style == 0:
        return f"{m:02d}/{d:02d}/{y}" if country == "US" else f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 2:
        if lang == "en":
            return f"{month} {d}"
        if lang == "de":
            return f"{d}. {month}"
        if lang in ("es", "pt"):
            return f"{d} de {month}"
        return f"{d} {month}"
    if style == 3:
        return f"{d:02d}.{m:02d}.{y}" if lang == "de" else f"{d}/{m}"
    return f"{d}/{m}/{str(y)[2:]}" if country != "US" else f"{m}/{d}/{str(y)[2:]}"


def _price(country: str, rng: random.Random) -> str:
    whole, cents = (
        rng.choice((9, 19, 29, 49, 89, 129, 349, 1299, 2350)),
        rng.choice((0, 90, 99, 50, 95)),
    )
    big = f"{whole:,}".replace(",", ".")
    style = rng.randrange(3)
    if country == "US":
        return f"${whole:,}.{cents:02d}"
    if country == "GB":
        return f"£{whole:,}.{cents:02d}"
    if country == "MX":
        return (f"${whole:,}.{cents:02d} MXN", f"${whole:,}", f"{whole} pesos")[style]
    if country == "BR":
        return (f"R$ {big},{cents:02d}", f"R${whole},{cents:02d}", f"{whole} reais")[style]
    return (f"{big},{cents:02d} €", f"€{whole},{cents:02d}", f"{whole},{cents:02d}€")[style]
