"""The station itself: its profile and settings, accounts and their seals, policies, the audit log
and maintenance."""
