"""Detection of personal data in chat messages (pure logic, no AWS calls)."""
