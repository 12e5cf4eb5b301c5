"""lifestory: redacted disclosures and life-story timelines for care leavers."""

__version__ = "0.1.0"
