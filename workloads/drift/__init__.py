"""Drift detection: per-feature KL divergence between a reference and a current window."""

from workloads.drift.check import DEFAULT_MIN_EVENTS, DEFAULT_THRESHOLD, DriftReport, FeatureDrift, check_drift
from workloads.drift.features import FEATURES
from workloads.drift.kl import kl_divergence
from workloads.drift.windows import Window, WindowError, parse_window, resolve_windows

__all__ = ["DEFAULT_MIN_EVENTS", "DEFAULT_THRESHOLD", "DriftReport", "FEATURES", "FeatureDrift", "Window", "WindowError", "check_drift", "kl_divergence", "parse_window", "resolve_windows"]
