"""The eval suite: dataset (cases), solver (the drafting service), scorers, reports.

Laid out as inspect_ai / tau-bench do: the dataset, the solver and each scorer are separate
pieces, so a new scorer or a new model is a local change. Deterministic scorers decide
whether a case passes; the LLM judge is reported beside them and gated at suite level.
"""
