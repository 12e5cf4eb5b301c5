"""The review app (Textual): every decision is made by a person here."""
