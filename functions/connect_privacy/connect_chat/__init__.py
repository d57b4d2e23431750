"""Amazon Connect chat sessions: storage, lifecycle against Connect and Connect Participant."""
