"""Promotion of a challenger embedder: Triton version, Milvus alias and MLflow champion switch together."""

from workloads.promote.gate import promote_if_won
from workloads.promote.transaction import CANARY_MODEL, PromotionError, PromotionReport, Targets, Triton, promote, state

__all__ = ["promote_if_won", "CANARY_MODEL", "PromotionError", "PromotionReport", "Targets", "Triton", "promote", "state"]
