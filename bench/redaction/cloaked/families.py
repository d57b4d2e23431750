"""Obfuscation families, the entity types each applies to, and their shared vocabularies."""

from __future__ import annotations

DIGIT_IDS = {
    "CREDIT_DEBIT_NUMBER",
    "PHONE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "BANK_ACCOUNT_NUMBER",
}
ALNUM_IDS = {
    "UK_NATIONAL_INSURANCE_NUMBER",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
}
CONTEXT_TYPES = {
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PASSWORD",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
}
ALL_TYPES = {
    *DIGIT_IDS,
    *ALNUM_IDS,
    *CONTEXT_TYPES,
    "CREDIT_DEBIT_EXPIRY",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "EMAIL",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
}

APPLIES: dict[str, set[str]] = {
    "plain": ALL_TYPES - {"CREDIT_DEBIT_CVV", "PIN", "PASSWORD", "BANK_ACCOUNT_NUMBER"},
    "spaced_or_dashed": DIGIT_IDS | ALNUM_IDS | {"PIN", "BANK_ROUTING"},
    "split_by_noise": DIGIT_IDS | {"ES_DNI", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"},
    "letter_substitution": DIGIT_IDS - {"BR_CNPJ"} | {"PIN", "CREDIT_DEBIT_CVV"},
    "spelled_out": DIGIT_IDS - {"BR_CNPJ"} | {"PIN", "CREDIT_DEBIT_CVV", "BANK_ROUTING"},
    "email_spelled": {"EMAIL"},
    "percent_encoded": {"EMAIL", "PHONE", "PASSWORD"},
    "url_credentials": {"PASSWORD"},
    "key_value_secret": {"PASSWORD", "AWS_ACCESS_KEY", "AWS_SECRET_KEY"},
    "compact_expiry": {"CREDIT_DEBIT_EXPIRY"},
    "iban_broken": {"INTERNATIONAL_BANK_ACCOUNT_NUMBER"},
    "multi_message": DIGIT_IDS
    | {
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "ES_DNI",
        "ES_NIE",
        "MX_CURP",
        "MX_RFC",
        "BANK_ROUTING",
    },
    "context_only": CONTEXT_TYPES,
}
FAMILIES = list(APPLIES)

# Joiners customers put between the groups of a number; words only between digit groups.
NOISE_SYMBOLS = [
    " | ",
    " / ",
    ".",
    "\n",
    " 👉 ",
    " 💳 ",
    "✨",
    " 🙏 ",
    " ➡️ ",
    " - - ",
    " ... ",
    "/",
]
NOISE_WORDS = {
    "en": ["then", "and", "and then", "next"],
    "es": ["y", "luego", "despues", "y luego"],
    "fr": ["puis", "et", "ensuite", "et puis"],
    "de": ["dann", "und", "und dann", "danach"],
    "pt": ["e", "depois", "e depois", "entao"],
}
EMOJI = ["👉", "💳", "✨", "🙏", "➡️", "➡", "️"]

# "at" and "dot" as customers type them, per language.
AT_WORDS = {
    "en": [" at ", " (at) ", " [at] ", " AT "],
    "es": [" arroba ", " (arroba) ", " @rroba ", " at "],
    "fr": [" arobase ", " arrobase ", " (at) ", " at "],
    "de": [" at ", " (at) ", " ät ", " [at] "],
    "pt": [" arroba ", " (arroba) ", " at "],
}
DOT_WORDS = {
    "en": [" dot ", " (dot) ", " DOT "],
    "es": [" punto ", " (punto) ", " dot "],
    "fr": [" point ", " (point) ", " dot "],
    "de": [" punkt ", " (punkt) ", " dot "],
    "pt": [" ponto ", " (ponto) ", " dot "],
}
