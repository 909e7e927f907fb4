"""Table models over service queries."""
