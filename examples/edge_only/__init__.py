"""Example: only the `Edge`, in front of a function URL that already exists."""
