"""Domain: legal categories, rules and Vietnamese text helpers. No Qt, no SQLAlchemy."""
