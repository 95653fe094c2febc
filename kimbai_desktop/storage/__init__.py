"""Storage: the SQLCipher engine, keyslots, ORM models, migrations. No Qt."""
