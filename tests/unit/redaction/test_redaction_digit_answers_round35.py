"""Round 35: digit values answered to the agent's questions. A short aside between the parts
of a number asked for ("ok", "qué rollo", "que chato", "ah ok", "merci") keeps the number in
progress; a reference joined to the value by "with" ("Quer fatura com contribuinte?") does
not make the value a reference's number. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Redactor
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import continue_pending, redact_in_conversation
from tests.support.redaction import OFFLINE_WITH_CUSTOM, answers_to

NOW = 1_764_115_200.0


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    ("question", "first", "aside", "rest"),
    [
        ("Please enter your account number.", "ya its 854 521", "ok", "974 38"),
        ("¿Me da su número de cuenta?", "sí es el 854 521", "qué rollo", "974 38"),
        ("Pouvez-vous m'envoyer votre IBAN ?", "c'est FR76 3000", "merci", "6000 0112"),
        ("Die ganze Kartennummer bitte.", "ja ist die 5555 5554", "ah ok", "5669 2293"),
        ("Me passa seu CPF?", "sim é o 472 343", "que chato", "801 75"),
    ],
)
def test_an_aside_between_the_parts_keeps_the_number(
    redactor: Redactor, question: str, first: str, aside: str, rest: str
) -> None:
    seen = answers_to(redactor, question, [first, aside, rest])

    assert seen[1] == aside
    assert not any(c.isdigit() for c in seen[2])


def test_three_words_are_no_aside(redactor: Redactor) -> None:
    seen = answers_to(
        redactor, "Please enter your account number.", ["ya its 854 521", "ok thanks so", "3 5"]
    )

    assert seen[2] == "3 5"


def test_an_aside_after_a_complete_number_continues_nothing(redactor: Redactor) -> None:
    seen = answers_to(redactor, "Qual é o NIF?", ["sim é o 236134876", "ah ok", "42"])

    assert seen[2] == "42"


def test_an_aside_before_any_digit_is_no_part(redactor: Redactor) -> None:
    marker = asked_for("Please enter your account number.", NOW)
    seen = answers_to(redactor, "Please enter your account number.", ["ok", "thanks"])

    assert marker is not None
    assert seen == ["ok", "thanks"]


@pytest.mark.parametrize(
    "question",
    [
        "Quer fatura com contribuinte?",
        "Do you want the invoice with your tax number?",
        "¿Quiere la factura con su NIF?",
        "Voulez-vous la facture avec votre NIF ?",
        "Möchten Sie die Rechnung mit Steuer-ID?",
    ],
)
def test_a_value_with_a_reference_is_asked_for(question: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None
    assert marker.entity_type != "REFERENCE"


@pytest.mark.parametrize(
    "question", ["Qual é o número da fatura?", "What's the invoice number?", "Rechnungsnummer?"]
)
def test_a_reference_joined_to_its_number_still_owns_it(question: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is None or marker.entity_type == "REFERENCE"


def test_a_nif_asked_with_the_invoice_is_masked(redactor: Redactor) -> None:
    seen = answers_to(
        redactor, "Quer fatura com contribuinte? Qual é o NIF?", ["sim é o 236134876"]
    )

    assert seen == ["sim é o [PT_NIF]"]


@pytest.mark.parametrize(
    "question",
    [
        "When was it supposed to arrive?",
        "¿Cuándo le llegó?",
        "Quand l'avez-vous reçu ?",
        "Wann kam das Paket an?",
        "Quando devia ter chegado?",
    ],
)
def test_a_question_for_when_awaits_a_reference(question: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None
    assert marker.entity_type == "REFERENCE"


def test_a_date_answered_after_a_number_begun_stays(redactor: Redactor) -> None:
    now = NOW
    pending = asked_for("Last four of your social?", now)
    _, pending = redact_in_conversation(redactor, "9065", pending, now + 10)
    pending = asked_for("When was it supposed to arrive?", now + 20) or pending
    result, _ = redact_in_conversation(redactor, "17/7", pending, now + 30)

    assert result.text == "17/7"


@pytest.mark.parametrize(
    "question", ["When does your card expire?", "Wann läuft die Karte ab?", "When you're ready"]
)
def test_a_when_naming_a_value_or_asking_nothing_is_no_reference(question: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is None or marker.entity_type != "REFERENCE"


@pytest.mark.parametrize(
    ("parts", "word"),
    [
        (["iban GB84 BARC 6111 6472", "4125 thats it", "41 thats it"], "thats it"),
        (["das ist DE95026769477439", "5190 sorry", "67 fertig"], "fertig"),
    ],
)
def test_a_word_after_an_iban_part_ends_the_part(
    redactor: Redactor, parts: list[str], word: str
) -> None:
    seen = answers_to(redactor, "What's the IBAN for the transfer?", parts)

    assert seen[1].split(" ", 1)[1] in ("thats it", "sorry")
    assert seen[2] == f"[INTERNATIONAL_BANK_ACCOUNT_NUMBER] {word}"


def test_a_brazilian_iban_keeps_its_last_letter(redactor: Redactor) -> None:
    seen = answers_to(
        redactor,
        "cual es el iban para la transferencia",
        ["BR36 3212", "8477 4979 2372 5345 070C R"],
    )

    assert seen[1] == "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "question",
    [
        "Which store was it, do you have the number?",
        "¿Qué tienda era, tiene el número?",
        "C'était quel magasin, vous avez le numéro ?",
        "Welche Filiale war das, wissen Sie die Nummer?",
        "Qual loja foi, tem o número?",
    ],
)
def test_a_number_word_after_a_reference_is_the_reference(question: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None
    assert marker.entity_type == "REFERENCE"


@pytest.mark.parametrize(
    "question",
    ["What's your number?", "¿Me da su número?", "Wie lautet Ihre Nummer?", "Qual é o número?"],
)
def test_a_number_word_alone_still_awaits_a_phone(question: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None
    assert marker.entity_type == "PHONE"


@pytest.mark.parametrize(
    "question",
    [
        "How much were you charged?",
        "¿Cuánto le cobraron?",
        "Wie viel wurde abgebucht?",
        "Quanto foi cobrado?",
        "foi quanto?",
    ],
)
def test_a_question_for_how_much_awaits_a_reference(question: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None
    assert marker.entity_type == "REFERENCE"


def test_an_amount_answered_after_a_card_ending_stays(redactor: Redactor) -> None:
    pending = asked_for("Pode confirmar os quatro últimos dígitos do cartão?", NOW)
    _, pending = redact_in_conversation(redactor, "sim é 4242", pending, NOW + 10)
    pending = asked_for("foi quanto?", NOW + 20) or pending
    result, _ = redact_in_conversation(redactor, "117,88", pending, NOW + 30)

    assert result.text == "117,88"


@pytest.mark.parametrize(
    ("question", "answer", "masked"),
    [
        (
            "I need the account number and routing number, please.",
            "976230076036 141057459",
            "[BANK_ACCOUNT_NUMBER] [BANK_ROUTING]",
        ),
        (
            "Ich brauche Kontonummer und Bankleitzahl.",
            "799570203724, 16484311",
            "[BANK_ACCOUNT_NUMBER], [BANK_ROUTING]",
        ),
        (
            "Pouvez-vous me donner le numéro de compte et le code banque ?",
            "799570203724 et 20041",
            "[BANK_ACCOUNT_NUMBER] et [BANK_ROUTING]",
        ),
    ],
)
def test_a_bank_code_after_the_account_asked_for_is_masked(
    redactor: Redactor, question: str, answer: str, masked: str
) -> None:
    assert answers_to(redactor, question, [answer]) == [masked]


@pytest.mark.parametrize(
    "answer",
    [
        "976230076036 1410574590",  # ten digits: no bank code
        "976230076036 thanks 2024",  # a word before it: not the value asked with it
        "976230076036 141057459 ok",  # words after it
    ],
)
def test_other_digits_after_the_account_are_no_bank_code(redactor: Redactor, answer: str) -> None:
    seen = answers_to(redactor, "Please enter your account number.", [answer])

    assert "[BANK_ROUTING]" not in seen[0]


@pytest.mark.parametrize(
    ("question", "retyped"),
    [
        ("What's the expiry date?", "my bad it's 02/32"),
        ("¿Fecha de vencimiento?", "uy es 02/32"),
        ("¿Fecha de vencimiento?", "error mío es 02/32"),
        ("Date d'expiration ?", "oups c'est 02/32"),
        ("Ablaufdatum?", "ups 02/32"),
        ("Ablaufdatum?", "mein fehler 02/32"),
        ("Qual a validade?", "opa é 02/32"),
        ("Qual a validade?", "erro meu 02/32"),
    ],
)
def test_an_expiry_typed_again_after_a_slip_is_masked(
    redactor: Redactor, question: str, retyped: str
) -> None:
    seen = answers_to(redactor, question, ["09/27", retyped])

    assert seen[1].endswith("[CREDIT_DEBIT_EXPIRY]")


def test_an_expiry_after_other_words_is_no_retype(redactor: Redactor) -> None:
    seen = answers_to(redactor, "What's the expiry date?", ["09/27", "i paid 02/32"])

    assert seen[1] == "i paid 02/32"


def test_an_account_after_the_old_one_said_is_masked(redactor: Redactor) -> None:
    seen = answers_to(
        redactor,
        "wie ist deine kontonummer?",
        ["ja 9840 7365 8113", "ups das war die alte. 4733 - 0808 - 7983"],
    )

    assert seen[1] == "ups das war die alte. [BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize("other", ["ich hab 4733 0808 7983 bestellt", "ups 4733 0808"])
def test_other_digits_after_the_account_are_no_retype(redactor: Redactor, other: str) -> None:
    seen = answers_to(redactor, "wie ist deine kontonummer?", ["ja 9840 7365 8113", other])

    assert seen[1] == other


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Necesito la cuenta donde quiere el abono.", ["ES49 5756", "6063 2506", "0061 1598"]),
        ("Please enter your account number.", ["GB84 BARC", "6111 6472", "4125 41"]),
        ("Quel est votre numéro de compte ?", ["c'est FR76 3000", "6000 0112 3456", "7890 189"]),
    ],
)
def test_an_account_answered_with_its_iban_is_continued_as_one(
    redactor: Redactor, question: str, parts: list[str]
) -> None:
    seen = answers_to(redactor, question, parts)

    assert all("[INTERNATIONAL_BANK_ACCOUNT_NUMBER]" in text for text in seen)
    assert not any(c.isdigit() for text in seen for c in text)


@pytest.mark.parametrize("answer", ["XX49 5756", "es 4957 5660"])
def test_no_country_and_check_digits_keep_the_account(redactor: Redactor, answer: str) -> None:
    seen = answers_to(redactor, "Please enter your account number.", [answer])

    assert "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]" not in seen[0]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is your account number?", "ok 4411 then 2290 then 3312"),
        ("¿Me da su número de cuenta, por favor?", "va 4411 luego 2290 luego 3312"),
        ("Quel est votre numéro de compte ?", "4411 et puis 2290 et 3312"),
        ("Ich brauche die Kontonummer.", "klar: 891 und 203 und 815🔹87"),
        ("Und die Bankleitzahl dazu?", "220 // 279 👉 17"),
        ("Qual é o número da conta?", "4411 e depois 2290 e 3312"),
    ],
)
def test_groups_joined_in_one_answer_are_one_number(
    redactor: Redactor, question: str, answer: str
) -> None:
    seen = answers_to(redactor, question, [answer])

    assert not any(c.isdigit() for c in seen[0])


@pytest.mark.parametrize(
    "answer",
    [
        "4411 and 3 items arrived",  # words after the group: not the number's
        "4411 then 2290 then 3312 then 4455 then 9999 then 1234",  # more than an account
    ],
)
def test_other_groups_after_a_part_stay(redactor: Redactor, answer: str) -> None:
    seen = answers_to(redactor, "What is your account number?", [answer])

    assert any(c.isdigit() for c in seen[0])


def test_an_iban_part_in_capitals_is_still_its_letters(redactor: Redactor) -> None:
    seen = answers_to(
        redactor, "Pouvez-vous m'envoyer votre IBAN ?", ["FR76 3000 6000 01QM", "PTL0 VTEP 189"]
    )

    assert seen[1] == "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("answer", "parts"),
    [
        # two or more: the number's parts, one mask with their joints (round 36)
        ("4411 // 2290 // 33", ["4411 // 2290 // 33"]),
        ("4411 und 22903", ["4411 und 22903"]),  # or joined by a word
    ],
)
def test_groups_after_marks_alone_are_joined_from_two(answer: str, parts: list[str]) -> None:
    # one group after marks alone may be another value: test_redaction_answered_digits_round31
    # (test_fewer_digits_after_the_branch_are_no_account) guards "1234 // 12345"
    pending = asked_for("What is your account number?", NOW)
    assert pending is not None
    carried = continue_pending(answer, pending, NOW + 10)

    assert [answer[span.begin : span.end] for span in carried.spans] == parts


def test_digits_after_an_expiry_asked_are_not_joined() -> None:
    pending = asked_for("What's the expiry date?", NOW)
    assert pending is not None
    carried = continue_pending("10 27 // 5391 // 22", pending, NOW + 10)

    assert all(span.entity_type != "CREDIT_DEBIT_EXPIRY" or span.end <= 5 for span in carried.spans)
