"""Relay overhead per webhook request and per inbound message (`make bench-relay`)."""
