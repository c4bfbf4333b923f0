"""The bundled demo mailbox (`followup demo`) and the builder that writes it."""
