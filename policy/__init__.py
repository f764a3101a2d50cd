"""The CrossGuard policy pack of sovereign-chat (run by the Pulumi CLI through `__main__.py`)."""
