"""Promotion of a challenger: the embedder (Triton version, Milvus alias, MLflow champion) and the
generator (Triton version with the LoRA adapter, MLflow champion) switch through a canary."""

from workloads.promote.gate import promote_generator_if_won, promote_if_won
from workloads.promote.saga import SagaError, Step
from workloads.promote.transaction import CANARY_MODEL, PromotionError, PromotionReport, Targets, promote, state
from workloads.promote.triton import Triton

__all__ = ["promote_generator_if_won", "promote_if_won", "CANARY_MODEL", "PromotionError", "PromotionReport", "SagaError", "Step", "Targets", "Triton", "promote", "state"]
