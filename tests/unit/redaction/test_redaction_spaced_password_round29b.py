"""Round 29b: a password typed with spaces inside it, after its word ("pw Mond _95l 1nub").
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pw Tuba 4k!e zo", "pw [PASSWORD]"),
        ("mdp Lune _47q 2vol", "mdp [PASSWORD]"),
        ("senha Rio !8k2 #mar", "senha [PASSWORD]"),
        ("contraseña Sal 7#pe ra", "contraseña [PASSWORD]"),
        ("login anna_k und passwort Berg 9x!t al", "login [USERNAME] und passwort [PASSWORD]"),
        ("pw Tuba 4k!e zo (zeros not o's)", "pw [PASSWORD] (zeros not o's)"),  # a remark after
        ("pw Tuba 4k!e zo   ", "pw [PASSWORD]   "),
        ("password: Tuba 4k!e zo", "password: [PASSWORD]"),  # a connective before it
        ("pw abc d1e", "pw [PASSWORD]"),  # six characters, the fewest
        ("pw ab c d e f g1h", "pw [PASSWORD]"),  # six chunks, the most
        ("pw Tubaxy 4k!e", "pw [PASSWORD]"),  # a chunk of six characters, the longest
        ("pw Tuba x4k", "pw [PASSWORD]"),  # a mixed chunk of three
        ("pw sol l1lua", "pw [PASSWORD]"),
        ("mdp lago !7K! pez", "mdp [PASSWORD]"),  # one word after the mixed chunk, the most
        ("pw Ab3!x ok", "pw [PASSWORD]"),
        ("pw Ab3!x 2 Ok", "pw [PASSWORD]"),  # a number and a capitalised chunk are no words
    ],
)
def test_a_password_typed_in_chunks_is_masked_whole(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_the_chunks_after_the_user_name_in_the_message_before() -> None:
    assert conversation("my login ana_k", "pw Tuba 4k!e zo")[0] == [
        "my login [USERNAME]",
        "pw [PASSWORD]",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "my pw is not working",  # no chunk mixes letters with others
        "pw reset pls!!",  # an end mark is writing
        "pw doesn't work",  # so is an apostrophe
        "pw set 3x",  # a count: a mixed chunk of two
        "pw ab c1d",  # five characters in all
        "pw ab c d e f g h1i",  # seven chunks
        "pw Tuba 4k!e zo and more words here",  # the message goes on
        "pw Tubaxyz 4k!e",  # a chunk of seven: a word of a sentence
        "mdp oublié depuis 3 jours",
        "password Kw7#q is what the app showed",  # mostly words: a sentence
        "pw Ab3!x is ok",  # two words after the mixed chunk
    ],
)
def test_sentences_about_a_password_stay(text: str) -> None:
    assert "[PASSWORD]" not in redact(text)
