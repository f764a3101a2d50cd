"""LOCAL ONLY: the launcher behind `make run` and the stand-ins of AWS services; never part of the Lambda package."""
