"""The charity screens."""
