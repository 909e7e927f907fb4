"""志愿者 screens."""
