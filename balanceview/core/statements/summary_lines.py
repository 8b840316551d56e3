"""Lines inside a statement's table that sum it up rather than move money: a closing line
(期末余额) and totals (本期合计, 本页小计, 总计). Counter-printed statements date them like
rows, so the date alone cannot tell them apart: their type or description begins with the
word (a transaction's text never does: '合计' is never the type of a deposit)."""

from __future__ import annotations

import numpy as np

from balanceview.core.statements.columns import TextTable
from balanceview.core.vocabulary import words


def summary_lines(raw_type: np.ndarray, description: np.ndarray, texts: TextTable
                  ) -> np.ndarray:
    """True for each row whose type or description starts with a summary word."""
    starts = tuple(words("summary_words"))
    said = [text.strip().startswith(starts) for text in texts.texts]
    if not len(raw_type):
        return np.zeros(0, dtype=bool)
    flags = np.array(said, dtype=bool)
    return flags[raw_type] | flags[description]
