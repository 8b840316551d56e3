"""BalanceView: the two balances of a Chinese social security card, explained."""

__version__ = "0.1.0"
