"""Lambda function: the inbound worker, from the Messenger FIFO queue into Amazon Connect chats."""
