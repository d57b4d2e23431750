"""The label of an e-mail address as a form's field names it: "email", "correo", "courriel".

A user name stated before the next field of the same login form ("username jdoe and email
...", "usuario jdoe correo ...") is stated as a form's field is: its label ends it
(``secrets``).
"""

from __future__ import annotations

import re

# The address's label in the five languages, maybe with its noun ("adresse mail", "endereço
# de e-mail", "E-Mail-Adresse"); followed by no letter ("mailing" is another word).
_EMAIL_LABEL = re.compile(
    r"(?i)(?:adresse\s++|endere[çc]o\s++(?:de\s++)?|direcci[óo]n\s++(?:de\s++)?)?"
    r"(?:e-?mail|mail|correo(?:\s*+electr[óo]nico|-e)?|courriel)(?:-?adresse)?(?![^\W\d_])"
)


def email_label_at(view: str, at: int) -> bool:
    """Whether an e-mail address's label begins at ``at``."""
    return _EMAIL_LABEL.match(view, at) is not None
