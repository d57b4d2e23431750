"""Meta's Messenger Platform: webhook signatures, events, inbound queue, secrets, Send API."""
