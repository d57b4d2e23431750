"""Entity type names (Amazon Comprehend's) and the default allow-list.

The default redacts what an agent never needs to see to help a customer:

- financial: card number, CVV, expiry, PIN, bank account, routing, IBAN, SWIFT;
- national and official identifiers: SSN, ITIN, passport, driver ID, UK NINO,
  UK UTR, UK NHS number, Canadian SIN and health number, Indian Aadhaar, PAN,
  NREGA and voter number, vehicle identification number and licence plate;
- credentials: password, username, AWS access and secret keys;
- contact details: email, phone, postal address, IP and MAC address;
- national identifiers of the markets the offline detectors know, which
  Comprehend has no name for: ``ES_DNI``, ``ES_NIE`` (Spain), ``MX_CURP``,
  ``MX_RFC``, ``MX_CLABE`` (Mexico), ``BR_CPF``, ``BR_CNPJ`` (Brazil), ``FR_NIR``
  (France), ``DE_TAX_ID`` (Germany's Steuer-IdNr), ``PT_NIF`` (Portugal).

Left out on purpose:

- ``NAME``: the agent greets the customer, who is usually named in the chat
  already; Comprehend also tags product, brand and agent names, which would make
  the conversation unreadable.
- ``DATE_TIME``: delivery dates, appointment times and "yesterday at 3pm" are
  what support chats are about. Card expiry dates are still caught, as
  ``CREDIT_DEBIT_EXPIRY``.
- ``AGE`` and ``URL``: needed to help (eligibility, "this product page") and not
  identifying on their own; a URL that embeds an email or phone number still has
  that value masked.

Operators change the list with ``REDACTION_ENTITY_TYPES``; the list replaces the
default and applies to every engine (Comprehend and the offline detectors alike).
Dropping a default type, or choosing engines that cannot detect it, fails at
cold start unless ``REDACTION_ALLOW_UNDETECTED_TYPES`` names that type: turning
the card detector off must be written down, never a side effect of a typo.
"""

from __future__ import annotations

# Comprehend's PiiEntityType enum (botocore model 2017-11-27), without ``ALL``.
COMPREHEND_ENTITY_TYPES: frozenset[str] = frozenset(
    {
        "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING",
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY",
        "PIN",
        "EMAIL",
        "ADDRESS",
        "NAME",
        "PHONE",
        "SSN",
        "DATE_TIME",
        "PASSPORT_NUMBER",
        "DRIVER_ID",
        "URL",
        "AGE",
        "USERNAME",
        "PASSWORD",
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "LICENSE_PLATE",
        "VEHICLE_IDENTIFICATION_NUMBER",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "CA_SOCIAL_INSURANCE_NUMBER",
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
        "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
        "IN_PERMANENT_ACCOUNT_NUMBER",
        "IN_NREGA",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "SWIFT_CODE",
        "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
        "CA_HEALTH_NUMBER",
        "IN_AADHAAR",
        "IN_VOTER_NUMBER",
    }
)

# National identifiers the offline detectors validate and Comprehend has no name
# for (see ``patterns.identity_numbers``): identifiers, so on the default list.
NATIONAL_ENTITY_TYPES: frozenset[str] = frozenset(
    {
        "ES_DNI",
        "ES_NIE",
        "MX_CURP",
        "MX_RFC",
        "MX_CLABE",
        "BR_CPF",
        "BR_CNPJ",
        "FR_NIR",
        "DE_TAX_ID",
        "PT_NIF",
    }
)

DEFAULT_ENTITY_TYPES: frozenset[str] = (
    COMPREHEND_ENTITY_TYPES - {"NAME", "DATE_TIME", "AGE", "URL"}
) | NATIONAL_ENTITY_TYPES

# What the offline ``patterns`` detector can report (it reports nothing else).
PATTERN_ENTITY_TYPES: frozenset[str] = frozenset(
    {
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
        "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING",
        "CA_SOCIAL_INSURANCE_NUMBER",
        "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY",
        "CREDIT_DEBIT_NUMBER",
        "DRIVER_ID",
        "EMAIL",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "PASSPORT_NUMBER",
        "PASSWORD",
        "PHONE",
        "PIN",
        "SSN",
        "SWIFT_CODE",
        "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
        "VEHICLE_IDENTIFICATION_NUMBER",
        "USERNAME",
    }
    | NATIONAL_ENTITY_TYPES
)

# Every name ``REDACTION_ENTITY_TYPES`` accepts.
KNOWN_ENTITY_TYPES: frozenset[str] = COMPREHEND_ENTITY_TYPES | PATTERN_ENTITY_TYPES
