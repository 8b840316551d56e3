"""Every sentence of an explanation, per language: the files a translator edits.

words.py holds the words sentences are built from (purses, nouns, what a row was, relatives,
the short headlines and the labels of the readable text); reasons.py the reasons; steps.py what
to do next. Fields in braces are filled from the data by balanceview.core.explain.wording:

  {x}            a value: an amount prints as 1,234.56, a date as 2024-12-31
  {x:signed}     an amount with its sign: +1,234.56, -80.60; {x:abs} without it
  {x:less_more}  "少"/"多", "less"/"more": a statement's balance against its rows' sum
  {n:n:NOUN}     a count with its noun: "4 笔消费", "4 payments"
  {x:deed}       what a row was and where: "在一心堂（南内环店）的购药", "a pharmacy purchase at …"
  {x:who}        the relatives a row names: "父亲张建国", "张建国 (father)"; else "家人",
                 "a relative"
  {x:month}      a month: "2025 年 1 月", "January 2025"
  {x:every}      how often: "大约每月", "about monthly", "大约每 45 天", "about every 45 days"
  [[ … ]]        said only when every field inside has a value (a place, a name, a date)

A key is looked up as code.variant.purse, then code.variant, code.purse, code; a variant such
as "one+matched" adds the sentence of code.matched after the main one.
Where the data only suggests a cause, say so ("可能", "may") and name what to check.
"""

from balanceview.core.explain.texts.reasons import REASONS
from balanceview.core.explain.texts.steps import STEPS
from balanceview.core.explain.texts.words import (
    DEEDS,
    GLOSSES,
    HEADLINES,
    LABELS,
    NOUNS,
    PURSES,
    RELATIONS,
    WORDS,
)

__all__ = ["DEEDS", "GLOSSES", "HEADLINES", "LABELS", "NOUNS", "PURSES", "REASONS", "RELATIONS",
           "STEPS", "WORDS"]
