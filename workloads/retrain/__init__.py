"""Retraining: corrections -> (question, passage) pairs -> fine-tuned embedder -> MLflow `challenger`."""

from workloads.retrain.evaluate import Decision, Heldout, Metrics, decide, retrieval_metrics
from workloads.retrain.pairs import Pair, Snapshot, corrections_joined, training_pairs
from workloads.retrain.pipeline import RetrainError, RetrainResult, retrain
from workloads.retrain.registry import CHALLENGER, CHAMPION, REGISTERED_MODEL
from workloads.retrain.train import TrainConfig, fine_tune

__all__ = ["CHALLENGER", "CHAMPION", "REGISTERED_MODEL", "Decision", "Heldout", "Metrics", "Pair", "RetrainError", "RetrainResult", "Snapshot",
           "TrainConfig", "corrections_joined", "decide", "fine_tune", "retrain", "retrieval_metrics", "training_pairs"]
