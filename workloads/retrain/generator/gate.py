"""The generator's promotion gate: a gain where it was trained, no loss anywhere else.

The challenger goes on only when, against the champion,
- its token F1 on the held-out corrections beats the champion's by more than `margin`, and
- on the fixed regression set of general questions its token F1 falls by at most
  `regression_margin`, and
- on both sets its guard pass rate and its share of valid citations fall by at most
  `regression_margin` (a model that answers better but cites passages it was not given, or
  says what the guard must redact, is not better).
"""

from __future__ import annotations

from dataclasses import dataclass

from workloads.retrain.generator.metrics import AnswerMetrics

MARGIN = 0.02
REGRESSION_MARGIN = 0.03


@dataclass(frozen=True)
class GeneratorDecision:
    promote: bool
    reason: str
    heldout: tuple[AnswerMetrics, AnswerMetrics]
    """(challenger, champion) on the held-out corrections."""
    regression: tuple[AnswerMetrics, AnswerMetrics]
    """(challenger, champion) on the general regression set."""
    margin: float
    regression_margin: float

    def to_dict(self) -> dict:
        return {
            "promote": self.promote, "reason": self.reason, "margin": self.margin, "regression_margin": self.regression_margin,
            "heldout": {"challenger": self.heldout[0].to_dict(), "champion": self.heldout[1].to_dict()},
            "regression": {"challenger": self.regression[0].to_dict(), "champion": self.regression[1].to_dict()},
        }


def decide_generator(heldout: tuple[AnswerMetrics, AnswerMetrics], regression: tuple[AnswerMetrics, AnswerMetrics], *,
                     margin: float = MARGIN, regression_margin: float = REGRESSION_MARGIN) -> GeneratorDecision:
    (h_chal, h_champ), (r_chal, r_champ) = heldout, regression
    problems = []
    gain = h_chal.token_f1 - h_champ.token_f1
    if gain <= margin:
        problems.append(f"held-out token F1 gain {gain:+.4f} <= margin {margin:g}")
    for label, chal, champ, metric in (
        ("regression set token F1", r_chal, r_champ, "token_f1"),
        ("held-out guard pass rate", h_chal, h_champ, "guard_pass_rate"),
        ("regression set guard pass rate", r_chal, r_champ, "guard_pass_rate"),
        ("held-out valid citations", h_chal, h_champ, "citations_valid"),
        ("regression set valid citations", r_chal, r_champ, "citations_valid"),
    ):
        before, after = getattr(champ, metric), getattr(chal, metric)
        if before - after > regression_margin:
            problems.append(f"{label} fell {before:.3f} -> {after:.3f} (more than the margin {regression_margin:g})")
    if problems:
        return GeneratorDecision(False, "; ".join(problems), heldout, regression, margin, regression_margin)
    reason = (f"held-out token F1 {h_champ.token_f1:.3f} -> {h_chal.token_f1:.3f} (+{gain:.4f} > margin {margin:g}); "
              f"regression set token F1 {r_champ.token_f1:.3f} -> {r_chal.token_f1:.3f} within {regression_margin:g}")
    return GeneratorDecision(True, reason, heldout, regression, margin, regression_margin)
