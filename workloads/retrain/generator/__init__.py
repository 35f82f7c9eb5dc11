"""Retraining of the generator: corrected answers from the lake -> LoRA adapter -> MLflow `challenger`,
gated on held-out corrections and on the fixed general regression set."""

from workloads.retrain.generator.examples import Example, regression_examples, split_heldout, supervised_examples
from workloads.retrain.generator.gate import GeneratorDecision, decide_generator
from workloads.retrain.generator.lora import LoraTrainConfig, LoraTrainResult, fine_tune_lora
from workloads.retrain.generator.metrics import AnswerMetrics, answer_metrics, token_f1
from workloads.retrain.generator.pipeline import GeneratorRetrainResult, retrain_generator
from workloads.retrain.generator.registry import REGISTERED_MODEL

__all__ = ["AnswerMetrics", "Example", "GeneratorDecision", "GeneratorRetrainResult", "LoraTrainConfig", "LoraTrainResult", "REGISTERED_MODEL",
           "answer_metrics", "decide_generator", "fine_tune_lora", "regression_examples", "retrain_generator", "split_heldout",
           "supervised_examples", "token_f1"]
