"""Widgets of the review app, grouped by feature."""
