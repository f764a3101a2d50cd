"""The cross-language package's plugin directory (`PulumiPlugin.yaml`, run by the Pulumi CLI's Python host)."""
