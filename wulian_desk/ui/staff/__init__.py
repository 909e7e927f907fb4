"""The staff screens."""
