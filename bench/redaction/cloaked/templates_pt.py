"""stub"""

from bench.redaction.cloaked.template import T

TEMPLATES = [
    T("pt-BR", "card {card.plain} exp {exp.compact_expiry} cvv {cvv.context_only}"),
    T("pt-BR", "tel {phone.spelled_out} / {phone2.letter_substitution} / {phone3.spaced_or_dashed} / {phone4.split_by_noise}"),
    T("pt-BR", "mail {email.email_spelled} https://x.example/?e={email2.percent_encoded} ftp://bob:{pwd.url_credentials}@h.example"),
    T("pt-BR", "AWS_ACCESS_KEY_ID={akid.key_value_secret}", "iban {iban.iban_broken} order {#order} on {#date}"),
    T("pt-BR", "card {card.multi_message}", "{card.multi_message}", "ok {#price} {#zip} {#track} {#inv} {#time}"),
]
