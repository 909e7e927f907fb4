"""The projects screens."""
