"""Files that are no statement of the card's two purses, said as such: a payment app's
bill, a credit card's, an account in another currency, a table with no amount."""

from __future__ import annotations

import numpy as np

from balanceview.core.errors import UserError
from balanceview.core.messages import Message
from balanceview.core.statements.columns import NONE
from balanceview.core.statements.layout import AMOUNT_ROLES, MAX_TITLE_LINES, Layout
from balanceview.core.statements.title import foreign_currency, is_credit_card, is_payment_app


def no_header(name: str, head_text: str) -> UserError:
    """What to say of a file with no table of transactions: what it is, where the first
    lines tell."""
    if is_credit_card(head_text, []):
        return UserError(Message("refused.credit_card", file=name))
    app = is_payment_app(head_text, [])
    if app:
        return UserError(Message("refused.payment_app", file=name, app=app))
    return UserError(f"{name}: no header row with a date and an amount column was found in "
                     f"the first {MAX_TITLE_LINES} lines; this does not look like a statement")


def refuse_other_files(name: str, title: str, layout: Layout) -> None:
    """Raises UserError for a file that is no statement of the card, by its title and header."""
    app = is_payment_app(title, layout.header)
    if app:
        raise UserError(Message("refused.payment_app", file=name, app=app))
    if is_credit_card(title, layout.header):
        raise UserError(Message("refused.credit_card", file=name))
    currency = foreign_currency(title)
    if currency:
        raise UserError(Message("refused.foreign_currency", file=name, currency=currency))
    if not any(role in layout.columns for role in AMOUNT_ROLES):
        raise UserError(f"{name}: the header names no amount column (金额, 收入/支出, "
                        "个人账户支付); map one, or import the statement that has it")


def refuse_negative_balances(name: str, balances: np.ndarray, texts: list[str]) -> None:
    """Balances mostly below zero, paid back by 还款 rows, are a credit card's (ICBC's card
    bill looks like its debit statement in every other way): a debit account does not go
    below zero."""
    stated = balances[balances != NONE]
    repaid = any("还款" in text for text in texts)
    if repaid and len(stated) and 2 * int((stated < 0).sum()) > len(stated):
        raise UserError(Message("refused.credit_card_balances", file=name))
