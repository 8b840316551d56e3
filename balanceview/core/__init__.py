"""The domain: money, statements, storage and explanations. Never imports Qt."""
