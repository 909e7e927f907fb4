"""The organisations screens."""
