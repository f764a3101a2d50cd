"""Privacy: detection of personal data, pseudonymization with a per-session vault, re-identification (pure)."""
