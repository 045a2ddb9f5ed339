"""Services: what screens call. They own sessions and transactions, return plain
data (detached model objects or dataclasses) and write the audit trail."""
