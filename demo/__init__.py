"""``make demo``: the relay's real handlers on an embedded AWS emulator and two simulators.

Development tooling only: nothing here ships in a Lambda zip (``build/package.py`` packages
``functions/`` alone).
"""
