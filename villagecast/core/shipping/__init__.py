"""Shipping and margin: provinces, carriers' rate cards, quotes to the fen and the per-province 包邮 plan.

Money is integer fen, weights integer grams, sizes centimetres (Decimal), rates Decimal percent.
"""
