"""Round 44: a count of calls or days after an account number asked for is no part of it
("my acct 4255 0501 252?", then "15 calls already"); a user name of small letters before the
form's e-mail label ("username jdoe and email ...") is the name; a licence handed over by a
colon after the record it is for ("licence number on the policy 7731: D1234567") is masked;
"cc" before six to twelve digits of money paid in is the current account. Synthetic values
only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("first", "second", "masked"),
    [
        ("u still want my acct 4255 0501 252?", "15 calls already. cell", "15 calls already. cell"),
        ("me piden la cuenta 9921 4470 331?", "ya van 3 llamadas", "ya van 3 llamadas"),
        ("vous voulez mon compte 5292-5925-50 ?", "déjà 40 appels", "déjà 40 appels"),
        ("ihr wollt meine kontonummer 8870145897?", "schon 20 Anrufe", "schon 20 Anrufe"),
        ("querem a conta 7710 2231 881?", "já são 9 ligações", "já são 9 ligações"),
        ("my acct 4255 0501 252", "waited 3 days for it", "waited 3 days for it"),
    ],
)  # fmt: skip
def test_a_count_after_an_account_is_kept(first, second, masked):
    out, _ = conversation(first, second)
    assert out[1] == masked


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("my acct 4255 0501", "252"),  # its rest alone
        ("my acct 4255 0501", "2521 calls"),  # four digits: a number's part, not a count
        ("mi cuenta 9921 4470", "331"),  # the rest alone
    ],
)  # fmt: skip
def test_the_rest_of_an_account_is_still_masked(first, second):
    out, _ = conversation(first, second)
    assert not any(c.isdigit() for c in out[1])


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("locked out. username jdoe and email x@example.com",
         "locked out. username [USERNAME] and email [EMAIL]"),
        ("no puedo entrar, usuario jdoe correo x@example.com",
         "no puedo entrar, usuario [USERNAME] correo [EMAIL]"),
        ("impossible de me connecter, identifiant jdoe mail x@example.com",
         "impossible de me connecter, identifiant [USERNAME] mail [EMAIL]"),
        ("komm nicht rein, benutzername jdoe e-mail x@example.com",
         "komm nicht rein, benutzername [USERNAME] e-mail [EMAIL]"),
        ("não consigo entrar, usuário jdoe email x@example.com",
         "não consigo entrar, usuário [USERNAME] email [EMAIL]"),
    ],
)  # fmt: skip
def test_a_name_before_the_email_label_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "username reset and email x@example.com",  # what happened to the name
        "username changed and email x@example.com",
        "login jdoe and email x@example.com",  # the act's word, not the name's noun
        "user profile email x@example.com",  # "user" is a person
        "username jdoe and mailing list",  # not the e-mail's label
        "usuario bloqueado y correo x@example.com",
    ],
)  # fmt: skip
def test_a_word_about_the_name_before_the_email_label_is_kept(text):
    assert "[USERNAME]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("need to update my driving licence number on the policy 7731204: D1234567",
         "need to update my driving licence number on the policy 7731204: [DRIVER_ID]"),
        ("driver's license for the car rental booking 55120: K2200119ZX",
         "driver's license for the car rental booking 55120: [DRIVER_ID]"),
        ("permis de conduire pour le dossier 4471 : B2323776",
         "permis de conduire pour le dossier 4471 : [DRIVER_ID]"),
    ],
)  # fmt: skip
def test_a_licence_after_its_record_and_a_colon_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "my driving licence renewal, order no: 12345678",  # the order's label before the colon
        "driving licence expired on: 2024-03-01",  # a date
        "driving licence needed. Ticket: AB12345",  # another sentence
        "driving licence on the policy: call me at 10:30",
    ],
)  # fmt: skip
def test_a_colon_that_names_something_else_keeps_it(text):
    assert "[DRIVER_ID]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("cc 9455445290 deposita o reembolso", "cc [BANK_ACCOUNT_NUMBER] deposita o reembolso"),
        ("cc 945544529O deposita o reembolso", "cc [BANK_ACCOUNT_NUMBER] deposita o reembolso"),
        ("cc 2621 espaço 535 2 pro estorno", "cc [BANK_ACCOUNT_NUMBER] pro estorno"),
        ("c.c. 4249 1855 para la devolución", "c.c. [BANK_ACCOUNT_NUMBER] para la devolución"),
        ("refund to cc 33104 2217 please", "refund to cc [BANK_ACCOUNT_NUMBER] please"),
    ],
)  # fmt: skip
def test_cc_before_an_account_of_money_paid_in_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "cc 945544529 is the ticket I was given",  # no money paid in
        "cc 12345 deposita aí",  # five digits: too few for an account
        "the 1250 cc engine, refund the deposit",  # "cc" after the digits
    ],
)  # fmt: skip
def test_cc_without_money_or_an_account_shape_keeps_the_digits(text):
    assert "[BANK_ACCOUNT_NUMBER]" not in redact(text)
