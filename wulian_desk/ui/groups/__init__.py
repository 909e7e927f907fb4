"""小组 screens."""
