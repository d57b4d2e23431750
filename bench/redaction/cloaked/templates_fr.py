"""stub"""

from bench.redaction.cloaked.template import T

TEMPLATES = [
    T("fr-BE", "card {card.plain} exp {exp.compact_expiry} cvv {cvv.context_only}"),
    T("fr-BE", "tel {phone.spelled_out} / {phone2.letter_substitution} / {phone3.spaced_or_dashed} / {phone4.split_by_noise}"),
    T("fr-BE", "mail {email.email_spelled} https://x.example/?e={email2.percent_encoded} ftp://bob:{pwd.url_credentials}@h.example"),
    T("fr-BE", "AWS_ACCESS_KEY_ID={akid.key_value_secret}", "iban {iban.iban_broken} order {#order} on {#date}"),
    T("fr-BE", "card {card.multi_message}", "{card.multi_message}", "ok {#price} {#zip} {#track} {#inv} {#time}"),
]
