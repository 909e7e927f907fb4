"""Storage: the SQLCipher engine, key slots, migrations, backup and the queries services use."""
