"""Reading statement files: bytes to text to records to typed rows to purses."""
