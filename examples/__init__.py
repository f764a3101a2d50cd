"""Programs that use one component of the library on its own (each directory is a Pulumi project)."""
