"""Mail sources and draft destinations behind one interface (see base.Mailbox)."""
