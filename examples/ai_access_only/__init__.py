"""Example: only `AiAccess`, for another team's Lambda function."""
