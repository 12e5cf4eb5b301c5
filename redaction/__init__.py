"""Finding personal data in case records and deciding what a care leaver may see."""
