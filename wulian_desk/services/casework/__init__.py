"""Casework: clients, cases and their forms, groups, search, drafts and the case file."""
