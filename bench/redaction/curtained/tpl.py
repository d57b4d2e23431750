"""Template blocks: one template per line; ` || ` separates consecutive messages and a
literal backslash-n is a line break typed inside a message; a line may start with its own
locale in brackets."""

from __future__ import annotations


def expand(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for locale, block in blocks:
        for line in block.splitlines():
            line = line.strip()
            if not line:
                continue
            here = locale
            if line.startswith("["):  # a per-line locale: "[es-US] ..."
                here, line = line[1:].split("] ", 1)
            out.append((here, line.replace("\\n", "\n")))
    return out
