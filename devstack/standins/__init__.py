"""LOCAL STAND-INS of AWS services for development and tests only; never used by the deployed stack.

- `bedrock`: Bedrock runtime `ConverseStream` over the real `application/vnd.amazon.eventstream` protocol.
- `comprehend`: Comprehend's JSON 1.1 protocol (DetectPiiEntities, DetectEntities, DetectDominantLanguage).
- `moto_server`: moto in server mode (DynamoDB, S3) with injectable latency.
"""
