"""sovereign-chat infrastructure: typed config, residency rules and reusable Pulumi ComponentResources."""
