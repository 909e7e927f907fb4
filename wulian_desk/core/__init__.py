"""The domain: models, ids, rules, policy profiles and errors. No Qt, no I/O."""
