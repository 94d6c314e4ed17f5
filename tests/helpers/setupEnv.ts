// Every test process starts from the same known environment, whatever the developer's .env says.
process.env.PAYLOAD_SECRET ??= 'test-secret-0123456789-0123456789-abcdef'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.SEED_ON_START = 'false'
process.env.LOG_LEVEL ??= 'fatal'
