"""Services: one function or class per thing a user does. Plain dataclasses out; no Qt."""
