"""The ``patterns`` detector: offline, validator-backed, no network, no model.

Why these libraries:

- **python-stdnum** for Luhn, ABA routing, SSN and ITIN rules, Canadian SIN,
  NHS number, IBAN, BIC and MAC: one well-kept, pure-Python package with the
  checksums and issuing rules of each identifier, maintained against the
  official specifications, instead of a dozen hand-written checksums. It is
  LGPL, used as an unmodified dependency.
- **phonenumbers** (Google's libphonenumber) for phones: per-country numbering
  plans and ``PhoneNumberMatcher`` for finding numbers in free text.
- **regex** for operator-supplied patterns (see ``custom``): it has a match timeout.
  The built-in patterns here are written without nested quantifiers and run on
  ``re``, which is faster.
- Written here, because no library covers them: the UK National Insurance number
  and VIN check-digit rules (python-stdnum has neither), the AWS key shapes and
  the context-word rules.

Every detector reads length-preserving views of the text (see ``normalize``):
folded, with spelled-out digits, and deobfuscated (look-alike letters, noise
between groups, URL escapes), so spans found in a view are spans of the original.
Context words, month names and number words are those of English, Spanish,
French, German and Portuguese, always all of them. ``identity_numbers`` holds
the national identifiers of those markets, ``secrets`` credentials typed in
URLs and config lines and spelled-out e-mail addresses, ``value_first`` values typed
before the word that names them ("X123456 is my passport").

Linear time: every pattern's repeats are bounded or possessive, or separated by
characters they cannot share, and no finder revisits a run per candidate cut;
``tests/unit/redaction/test_redaction_hardening.py`` counts the work on
adversarial shapes and ``make bench-redaction`` times them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from connect_privacy.redaction.patterns import (
    banking,
    cards,
    contact,
    identity_numbers,
    national_ids,
    network,
    secrets,
    value_first,
)
from connect_privacy.redaction.patterns.account_for_handle import find_account_for_handle
from connect_privacy.redaction.patterns.alternative_handle import find_alternative_handles
from connect_privacy.redaction.patterns.asked_earlier import find_asked_earlier
from connect_privacy.redaction.patterns.asked_user_name import find_answered_handle
from connect_privacy.redaction.patterns.autofilled_password import find_autofilled_password
from connect_privacy.redaction.patterns.back_of_card_words import find_back_of_card_words
from connect_privacy.redaction.patterns.bare_licence import find_bare_licence
from connect_privacy.redaction.patterns.bic_any_groups import find_bic_in_any_groups
from connect_privacy.redaction.patterns.bic_own_line import find_bic_on_own_line
from connect_privacy.redaction.patterns.blocked_card_pin import find_pin_before_blocked_card
from connect_privacy.redaction.patterns.bracketed_value import open_brackets
from connect_privacy.redaction.patterns.cards import digit_runs
from connect_privacy.redaction.patterns.changed_by_someone import find_changed_by_someone
from connect_privacy.redaction.patterns.chosen_credential import find_chosen_credential
from connect_privacy.redaction.patterns.code_before_account import find_code_before_account
from connect_privacy.redaction.patterns.companion_passport import find_companion_passport
from connect_privacy.redaction.patterns.config_user import find_assigned_user
from connect_privacy.redaction.patterns.context import (
    ACCOUNT_WORDS,
    has_copula,
    has_digit,
    has_letter,
    mend_typos,
)
from connect_privacy.redaction.patterns.corrections import find_corrections
from connect_privacy.redaction.patterns.credential_row import find_credential_row
from connect_privacy.redaction.patterns.credentials import (
    LOGIN_WORD,
    find_aws_keys,
    find_bare_password,
    find_nearby_password,
    find_old_or_new_password,
    find_password,
    find_password_before_word,
    find_password_set_to,
    find_signed_in_with,
    find_tried_password,
)
from connect_privacy.redaction.patterns.debited_account import find_debited_account
from connect_privacy.redaction.patterns.denied_value import (
    find_denied_values,
    find_values_denied_after,
)
from connect_privacy.redaction.patterns.dictated_iban import find_dictated_iban
from connect_privacy.redaction.patterns.digit_groups import clear_group_cache
from connect_privacy.redaction.patterns.disguised_number import find_disguised_number
from connect_privacy.redaction.patterns.email_parts import find_address_without_at
from connect_privacy.redaction.patterns.forgotten_codes import find_forgotten_codes
from connect_privacy.redaction.patterns.framed_password import find_framed_password
from connect_privacy.redaction.patterns.grouped_access_key import find_grouped_access_key
from connect_privacy.redaction.patterns.grouped_document import find_grouped_document
from connect_privacy.redaction.patterns.handed_over_later import (
    find_document_handed_over_later,
    find_handed_over_later,
)
from connect_privacy.redaction.patterns.handle_first import find_handle_first
from connect_privacy.redaction.patterns.hedged_value import cut_hedges, restore
from connect_privacy.redaction.patterns.iban_head import find_iban_head
from connect_privacy.redaction.patterns.identity_card import find_identity_card
from connect_privacy.redaction.patterns.known_as_handle import find_known_as_handle
from connect_privacy.redaction.patterns.label_line import join_label_lines
from connect_privacy.redaction.patterns.licence_after_colon import find_licence_after_colon
from connect_privacy.redaction.patterns.listed_user import find_listed_user
from connect_privacy.redaction.patterns.login_pair import find_login_pair
from connect_privacy.redaction.patterns.machine_pin import find_machine_pin
from connect_privacy.redaction.patterns.noisy_bic import find_noisy_bic
from connect_privacy.redaction.patterns.noisy_letter_ids import find_noisy_letter_ids
from connect_privacy.redaction.patterns.normalize import (
    clear_said_cache,
    clear_view_cache,
    deobfuscate,
    fold,
    spaced_keys,
    spell,
)
from connect_privacy.redaction.patterns.overlong_ending import find_overlong_ending
from connect_privacy.redaction.patterns.password_after_login import find_password_after_login
from connect_privacy.redaction.patterns.regrouped_ids import find_regrouped_id
from connect_privacy.redaction.patterns.remarked_credential import find_remarked_credential
from connect_privacy.redaction.patterns.remembered_password import find_remembered_password
from connect_privacy.redaction.patterns.retried_code import find_retried_code
from connect_privacy.redaction.patterns.retried_debit import find_retried_debit
from connect_privacy.redaction.patterns.spelled_passport import find_spelled_passport
from connect_privacy.redaction.patterns.spelled_runs import find_spelled_runs
from connect_privacy.redaction.patterns.used_to_sign_in import find_used_to_sign_in
from connect_privacy.redaction.patterns.user_after_reason import find_user_after_reason
from connect_privacy.redaction.patterns.user_before_password import find_user_before_password
from connect_privacy.redaction.patterns.user_beside_password import find_user_beside_password
from connect_privacy.redaction.patterns.user_then_password import find_user_then_password
from connect_privacy.redaction.spans import Span

NAME = "patterns"

_Finder = Callable[[str], Iterator[Span]]

# Finders over the folded text.
_TEXT_FINDERS: tuple[_Finder, ...] = (
    contact.find_email,
    network.find_ip,
    network.find_mac,
    network.find_spaced_mac,
    network.find_partial_ipv6,
    network.find_noisy_ip,
    network.find_named_ip,
    network.find_ip_head,
    find_aws_keys,
    find_grouped_access_key,
    find_password,
    find_nearby_password,
    find_password_before_word,
    find_tried_password,
    find_old_or_new_password,
    find_remembered_password,
    find_password_set_to,
    find_signed_in_with,
    find_bare_password,
    banking.find_iban,
    banking.find_swift,
    find_bic_in_any_groups,
    find_noisy_bic,
    find_bic_on_own_line,
    find_dictated_iban,
    national_ids.find_nino,
    national_ids.find_vin,
    national_ids.find_passport,
    national_ids.find_lookalike_passport,
    find_spelled_passport,
    find_identity_card,
    national_ids.find_driver_id,
    find_licence_after_colon,
    national_ids.find_bare_id,
    find_bare_licence,
    find_regrouped_id,
    secrets.find_url_credentials,
    secrets.find_key_values,
    secrets.find_username,
    find_assigned_user,
    find_listed_user,
    find_user_after_reason,
    find_user_before_password,
    find_login_pair,
    find_credential_row,
    find_user_then_password,
    find_used_to_sign_in,
    find_user_beside_password,
    find_chosen_credential,
    find_changed_by_someone,
    find_framed_password,
    find_autofilled_password,
    find_remarked_credential,
    secrets.find_named_handle,
    find_answered_handle,
    find_known_as_handle,
    find_account_for_handle,
    find_handle_first,
    find_password_after_login,
    secrets.find_spelled_email,
    find_address_without_at,
    value_first.find_ids_first,
    find_companion_passport,
    find_grouped_document,
    find_document_handed_over_later,
)
# Finders over digits, run on the folded view and, when it differs, on the view
# with spelled-out digits.
_DIGIT_FINDERS: tuple[_Finder, ...] = (
    cards.find_cards,
    cards.find_card_ending,
    national_ids.find_formatted_ssn,
    banking.find_cvv,
    banking.find_expiry,
    banking.find_pin,
    banking.find_routing,
    find_code_before_account,
    banking.find_account_checks,
    value_first.find_numbers_first,
    find_forgotten_codes,
    find_pin_before_blocked_card,
    find_asked_earlier,
    find_machine_pin,
    find_retried_code,
    find_overlong_ending,
    find_debited_account,
    find_retried_debit,
    find_handed_over_later,
)


class PatternsDetector:
    name = NAME

    def __init__(
        self,
        *,
        phone_region: str | None = None,
        phone_regions: tuple[str, ...] = contact.DEFAULT_REGIONS,
    ) -> None:
        self._phone_regions = (phone_region,) if phone_region else phone_regions
        contact.prepare_regions(self._phone_regions)

    def detect(self, text: str) -> list[Span]:
        try:
            return self._detect(text)
        finally:
            # The caches share work between the views of one message; they hold pieces
            # of it (digit runs, phone candidates), so nothing is kept past the call
            # (or past the redactor's passes over the message, see ``shared_caches``).
            if not _sharing[0]:
                clear_caches()

    def _detect(self, text: str) -> list[Span]:
        spans = self._read(text)
        # read again with the brackets around typed values as spaces, for what lies inside
        # them: "passport no. [X1234567]" (see ``bracketed_value``)
        opened, values = open_brackets(text)
        if values:
            spans.extend(
                span
                for span in self._read(opened)
                if any(begin <= span.begin and span.end <= end for begin, end in values)
            )
        # read again without a hedge between a copula and its value: "jetzt ist es glaub
        # ich 4821" overruns the gap a context word allows (see ``hedged_value``)
        cut, cuts = cut_hedges(text)
        if cuts:
            spans.extend(restore(span, cuts) for span in self._read(cut))
        return spans

    def _read(self, text: str) -> list[Span]:
        # misspelt context words mended once, for every finder (see ``context.mend_typos``);
        # a label's line joined to its value's (see ``label_line``)
        folded = join_label_lines(mend_typos(fold(text)))
        spans: list[Span] = []
        for finder in _TEXT_FINDERS:
            spans.extend(finder(folded))
        spelled = spell(folded)
        clear = deobfuscate(spelled)
        # Each distinct view once: most messages have no spelled or disguised digits.
        views = list(dict.fromkeys((folded, spelled, clear)))
        for view in views:
            for finder in _DIGIT_FINDERS:
                spans.extend(finder(view))
            spans.extend(_classify_runs(view))
        if spelled != folded:
            spans.extend(banking.find_spelled_pin(spelled))
            spans.extend(find_back_of_card_words(folded, spelled))
            spans.extend(find_spelled_runs(folded, spelled))
            spans.extend(contact.find_spelled_phone(folded, spelled))
        spans.extend(_read_keys(folded, clear))
        # before the identity numbers: a NIE read whole here is named a NIE, not a DNI. On
        # the folded view too: the deobfuscated one joins an RFC's date to a digit after a
        # joining word ("810117 despues 9X5")
        for view in (folded, clear) if clear != folded else (folded,):
            spans.extend(find_noisy_letter_ids(view))
        spans.extend(identity_numbers.find_identity_numbers(folded, clear))
        # Read once, on the deobfuscated view: it holds every digit the other views hold
        # (spelled ones included) with the noise between groups blanked.
        spans.extend(banking.find_named_first(clear))
        spans.extend(banking.find_lookalike_expiry(clear))
        spans.extend(national_ids.find_spaced_nino(clear))
        spans.extend(network.find_spaced_ip(clear))
        if clear != folded:
            spans.extend(banking.find_iban(clear))
            spans.extend(find_disguised_number(spelled, clear))
        ibans = [span for span in spans if span.entity_type == "INTERNATIONAL_BANK_ACCOUNT_NUMBER"]
        spans.extend(banking.find_noisy_iban(clear, ibans))
        if clear != folded:
            # the deobfuscated view reads an account's letter as a digit ("505I" -> "5051"):
            # the IBAN as typed, whose look-alikes ``find_noisy_iban`` weighs itself
            spans.extend(banking.find_noisy_iban(folded, ibans))
        # after the whole IBANs: a head's start would keep ``find_noisy_iban`` from reading on
        spans.extend(find_iban_head(folded))
        cards = [span for span in spans if span.entity_type == "CREDIT_DEBIT_NUMBER"]
        for view in (folded, clear) if clear != folded else (folded,):
            spans.extend(contact.find_phone(view, self._phone_regions))
            spans.extend(contact.find_local_phone(view))
            if cards:
                spans.extend(banking.find_after_cards(view, cards))
        if spans:
            spans.extend(find_corrections(clear, spans.copy()))
            found = spans.copy()
            spans.extend(find_denied_values(clear, found))
            spans.extend(find_values_denied_after(clear, found))
            spans.extend(find_alternative_handles(clear, spans.copy()))
        return spans


# The finders that need a context word before or after their value: the only ones a key
# read as words can change.
_KEYED_TEXT_FINDERS: tuple[_Finder, ...] = (
    find_password,
    find_nearby_password,
    national_ids.find_passport,
    national_ids.find_driver_id,
)
_KEYED_DIGIT_FINDERS: tuple[_Finder, ...] = (
    banking.find_cvv,
    banking.find_pin,
    banking.find_routing,
    banking.find_account_checks,
)


# The context words those finders read: a key is read as words only when it holds one.
_KEY_WORDS = (
    ACCOUNT_WORDS,
    banking.ROUTING_WORDS,
    banking.PIN_WORDS,
    banking.CVV_WORDS,
    national_ids.DRIVER_WORDS,
    national_ids.PASSPORT_WORDS,
    LOGIN_WORD,
)


@functools.lru_cache(maxsize=256)
def _names_a_value(key: str) -> bool:
    # Cached: a pasted form repeats the same few keys (and holds no value itself).
    return any(words.search(key) for words in _KEY_WORDS)


def _read_keys(folded: str, clear: str) -> Iterator[Span]:
    """The context finders again, on the views with pasted keys read as words
    ("account_number=...", "DL-NUMBER: ..."); only for a message that has such a key."""
    keyed = spaced_keys(folded, _names_a_value)
    if keyed == folded:
        return
    for finder in _KEYED_TEXT_FINDERS:
        yield from finder(keyed)
    keyed_clear = spaced_keys(clear, _names_a_value) if clear != folded else keyed
    for finder in _KEYED_DIGIT_FINDERS:
        yield from finder(keyed_clear)
    yield from _classify_runs(keyed_clear)


_sharing = [0]


@contextmanager
def shared_caches() -> Iterator[None]:
    """Within the block, detections share the per-message caches: the redactor reads one
    message and then its masked renderings, which hold the same phone candidates. The
    caches are pure functions of their arguments; they are cleared when the block ends."""
    _sharing[0] += 1
    try:
        yield
    finally:
        _sharing[0] -= 1
        if not _sharing[0]:
            clear_caches()


def clear_caches() -> None:
    cards.clear_run_cache()
    has_copula.cache_clear()
    has_digit.cache_clear()
    has_letter.cache_clear()
    clear_said_cache()
    clear_view_cache()
    clear_group_cache()
    contact.clear_phone_cache()


def _classify_runs(view: str) -> Iterator[Span]:
    """Bare numbers whose meaning comes from their length and the words before them."""
    for run in digit_runs(view, min_digits=6):
        span = None
        if len(run.digits) == 9:
            span = banking.classify_routing(view, run) or national_ids.classify_nine(view, run)
        elif len(run.digits) == 10:
            span = national_ids.classify_ten(view, run)
        if span is None:
            span = banking.classify_account(view, run)
        if span is not None:
            yield span
