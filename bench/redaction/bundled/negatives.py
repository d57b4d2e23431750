"""Hard negatives: numbers a redactor must leave visible.

Digit-only draws are repeated until they fail every checksum and phone check in
``values.digits_look_like_pii``; digit runs of seven or more inside mixed identifiers
(``ORD-...``, ``INV-...``) until they fail the checksums. Nine-digit digit-only negatives
are never drawn: almost every nine-digit string is a valid Spanish, Portuguese or French
national phone number.
"""

from __future__ import annotations

import random
import re
import string

from . import values as V

KINDS = (
    "order",
    "tracking",
    "invoice",
    "ticket",
    "policy",
    "contract",
    "booking",
    "customer_ref",
    "store",
    "room",
    "seat",
    "flight",
    "meter",
    "price",
    "amount",
    "quantity",
    "count",
    "percent",
    "date",
    "time",
    "year",
    "duration",
    "postal_code",
    "zip4",
    "model",
    "version",
    "error_code",
    "data_size",
    "plate",
)


def _d(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def _up(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def _price(r: random.Random, lang: str, region: str) -> str:
    whole = r.choice((r.randint(1, 99), r.randint(100, 999), r.randint(1000, 4999)))
    cents = r.randint(0, 99)
    if region in ("US", "GB", "MX"):
        w = "{:,}".format(whole)
        sym = {"US": "$", "GB": "£", "MX": "$"}[region]
        return r.choice((sym + w + ".%02d" % cents, sym + w, w + ".%02d" % cents))
    w = "{:,}".format(whole).replace(",", ".")
    if region == "BR":
        return r.choice(("R$ " + w + ",%02d" % cents, "R$" + w, w + ",%02d" % cents))
    return r.choice(
        (w + ",%02d €" % cents, w + "€", "%s,%02d" % (w, cents), "€" + w + ",%02d" % cents)
    )


def _date(r: random.Random, lang: str) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2023, 2027)
    if lang == "en" and r.random() < 0.5:
        return r.choice(("%d/%d/%d" % (m, d, y), "%d/%d" % (m, d), "%04d-%02d-%02d" % (y, m, d)))
    if lang == "de":
        return r.choice(
            ("%02d.%02d.%d" % (d, m, y), "%d.%d." % (d, m), "%02d.%02d.%02d" % (d, m, y % 100))
        )
    return r.choice(("%02d/%02d/%d" % (d, m, y), "%d/%d" % (d, m), "%02d-%02d-%d" % (d, m, y)))


def _postal(r: random.Random, region: str) -> str:
    if region == "GB":
        return r.choice(("SW1A 1AA", "EC1A 1BB", "M1 1AE", "LS1 4AP", "B33 8TH", "CR2 6XH"))
    if region == "PT":
        return "%04d-%03d" % (r.randint(1000, 9999), r.randint(0, 999))
    if region == "BR":
        return "%05d-%03d" % (r.randint(1000, 99999), r.randint(0, 999))
    return "%05d" % r.randint(1001, 99999)


def _plate(r: random.Random, region: str) -> str:
    return {
        "ES": lambda: "%04d %s" % (r.randint(0, 9999), _up(r, 3)),
        "FR": lambda: "%s-%03d-%s" % (_up(r, 2), r.randint(1, 999), _up(r, 2)),
        "DE": lambda: (
            "%s-%s %d" % (r.choice(("B", "M", "HH", "K", "F")), _up(r, 2), r.randint(1, 9999))
        ),
        "PT": lambda: "%s-%02d-%s" % (_up(r, 2), r.randint(0, 99), _up(r, 2)),
        "BR": lambda: "%s%d%s%02d" % (_up(r, 3), r.randint(0, 9), _up(r, 1), r.randint(0, 99)),
        "MX": lambda: "%s-%03d-%s" % (_up(r, 3), r.randint(0, 999), _up(r, 1)),
        "US": lambda: "%d%s%03d" % (r.randint(1, 9), _up(r, 3), r.randint(0, 999)),
        "GB": lambda: "%s%02d %s" % (_up(r, 2), r.randint(10, 75), _up(r, 3)),
    }[region]()


def _one(r: random.Random, kind: str, lang: str, region: str) -> str:
    if kind == "order":
        return r.choice(
            (
                _d(r, r.randint(6, 10)),
                "ORD-" + _d(r, 6),
                _up(r, 2) + _d(r, 7),
                _d(r, 3) + "-" + _d(r, 7),
            )
        )
    if kind == "tracking":
        return r.choice(
            (
                "1Z" + _up(r, 2) + _d(r, 14),
                _up(r, 2) + _d(r, 9) + r.choice(("ES", "BR", "PT", "FR", "DE", "CN")),
                _d(r, r.randint(12, 14)),
                "JJD" + _d(r, 18),
            )
        )
    if kind == "invoice":
        return r.choice(
            (
                "INV-%d-%05d" % (r.randint(2023, 2026), r.randint(1, 99999)),
                "F%d/%d" % (r.randint(2023, 2026), r.randint(1, 9999)),
                _d(r, 8),
                "FA" + _d(r, 6),
            )
        )
    if kind == "ticket":
        return r.choice(
            (_d(r, r.randint(5, 7)), "TCK-" + _d(r, 5), "INC" + "00" + _d(r, 5), "CS-" + _d(r, 6))
        )
    if kind == "policy":
        return r.choice(("POL-%s-%s" % (_d(r, 4), _d(r, 2)), _up(r, 2) + "-" + _d(r, 8), _d(r, 10)))
    if kind == "contract":
        return r.choice(("CT-%d-%s" % (r.randint(2019, 2026), _d(r, 4)), _d(r, 8), "C" + _d(r, 7)))
    if kind == "booking":
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "customer_ref":
        return r.choice(
            ("CLI-" + _d(r, 6), _d(r, r.randint(7, 8)), "C-" + _d(r, 5), "REF" + _d(r, 6))
        )
    if kind == "store":
        return _d(r, r.randint(3, 4))
    if kind == "room":
        return _d(r, r.randint(3, 4))
    if kind == "seat":
        return "%d%s" % (r.randint(1, 45), r.choice("ABCDEF"))
    if kind == "flight":
        return (
            r.choice(("IB", "AF", "LH", "TP", "AM", "LA", "BA", "UA", "VY"))
            + r.choice(("", " "))
            + str(r.randint(10, 9999))
        )
    if kind == "meter":
        return r.choice((_d(r, 5), _d(r, 5) + "," + _d(r, 1), _d(r, 6)))
    if kind in ("price", "amount"):
        return (
            _price(r, lang, region)
            if kind == "price"
            else r.choice((str(r.randint(2, 5000)), _price(r, lang, region)))
        )
    if kind == "quantity":
        return str(r.randint(2, 40))
    if kind == "count":
        return str(r.randint(2, 12))
    if kind == "percent":
        return "%d%%" % r.randint(2, 80) if r.random() < 0.6 else "%d %%" % r.randint(2, 80)
    if kind == "date":
        return _date(r, lang)
    if kind == "time":
        h, m = r.randint(0, 23), r.choice((0, 15, 30, 45, 5, 50))
        return r.choice(
            (
                "%02d:%02d" % (h, m),
                "%dh%02d" % (h, m),
                "%d:%02d" % (h, m),
                "%dpm" % r.randint(1, 11),
            )
        )
    if kind == "year":
        return str(r.randint(1998, 2027))
    if kind == "duration":
        return r.choice(
            ("%dh" % r.randint(2, 72), "%d" % r.randint(2, 90), "%d min" % r.randint(5, 59))
        )
    if kind == "postal_code":
        return _postal(r, region)
    if kind == "zip4":
        return "%05d-%04d" % (r.randint(1001, 99999), r.randint(1, 9999))
    if kind == "model":
        return r.choice(
            (
                "SM-A%d%dB" % (r.randint(10, 99), r.randint(1, 9)),
                "HG%dH" % r.randint(8000, 8999),
                "RT-AX%dU" % r.randint(50, 99),
                "iPhone %d" % r.randint(11, 16),
                "XPS %d" % r.randint(13, 17),
                "FRITZ!Box %d" % r.randint(7000, 7690),
                "Galaxy S%d" % r.randint(20, 25),
            )
        )
    if kind == "version":
        return r.choice(
            (
                "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
                "%d.%d" % (r.randint(1, 18), r.randint(0, 9)),
                "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 30)),
            )
        )
    if kind == "error_code":
        return r.choice(
            (
                "E-%d" % r.randint(100, 999),
                "0x%08X" % r.randint(0x80000000, 0x8FFFFFFF),
                "ERR_%d" % r.randint(400, 599),
                "%d" % r.choice((401, 403, 404, 500, 502, 503)),
                "E%d" % r.randint(10, 99),
            )
        )
    if kind == "data_size":
        return r.choice(
            (
                "%d GB" % r.choice((5, 10, 20, 50, 100)),
                "%dMB" % r.choice((200, 500, 750)),
                "%d GB" % r.randint(2, 64),
            )
        )
    if kind == "plate":
        return _plate(r, region)
    raise KeyError(kind)


def draw_negative(r: random.Random, kind: str, lang: str, region: str) -> str:
    for _ in range(1000):
        s = _one(r, kind, lang, region)
        runs = re.findall(r"\d+", s)
        if s.isdigit() and V.digits_look_like_pii(s):
            continue
        if any(len(x) >= 7 and V.digits_look_like_pii(x, phones=False) for x in runs):
            continue
        return s
    raise RuntimeError("no negative for %s" % kind)
