"""A small, deterministic corpus for the loop demo, its tests and bench/loop.py.

The generator learns the team's answer format from corrected answers: a reviewer who sees that
rag retrieved the right runbook but answered badly writes the answer it should have given (the
code name, the runbook, the citation: `answer`).

The drift it models is internal jargon: after a reorganisation users ask about runbooks by
their *code names* ("what is the KESTREL procedure?"), which appear nowhere in the passages,
so the base embedder cannot retrieve them. Corrections (`loom feedback --source ID`) teach the
mapping; held-out queries use other phrasings of the same code names, so a gain on them is
generalisation, not memorisation of the training questions.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from workloads.retrain.evaluate import Heldout

TOPICS: list[tuple[str, str, str]] = [
    ("KESTREL", "rotate-db-credentials", "Rotating database credentials: create the new password in the secrets manager, roll the application pods so they read it, then revoke the old password after one hour."),
    ("BASALT", "restore-backup", "Restoring a backup: pick the snapshot from the backup catalogue, restore it into a new instance, verify row counts, then switch the connection string."),
    ("ORCHID", "gpu-quota", "Requesting more GPU quota: file a capacity ticket with the expected accelerator hours, the cost centre and the date you need the capacity by."),
    ("TUNDRA", "oncall-handover", "On-call handover: review open incidents, silence nothing without a ticket, and post the summary in the operations channel before the shift ends."),
    ("MARLIN", "cert-renewal", "Renewing TLS certificates: the issuer renews thirty days before expiry; if renewal fails, check the DNS challenge records and the issuer logs."),
    ("QUARTZ", "cost-report", "Reading the monthly cost report: spend is grouped by team label; untagged resources are charged to the platform team until they are labelled."),
    ("HERON", "access-request", "Requesting production access: access is granted for eight hours through the approval workflow and every command is recorded for audit."),
    ("COBALT", "incident-severity", "Choosing an incident severity: customer-facing outage is sev one, degraded performance is sev two, internal tooling problems are sev three."),
    ("SPRUCE", "data-retention", "Data retention rules: interaction logs are kept for ninety days, corrections for one year, and aggregated metrics indefinitely."),
    ("FALCON", "model-rollback", "Rolling back a model: move the canary weight to zero, re-point the champion alias to the previous version, and confirm the error rate recovers."),
    ("GLACIER", "cold-storage", "Archiving to cold storage: objects older than one hundred and eighty days move to the archive tier; retrieval takes up to twelve hours."),
    ("PELICAN", "vpn-setup", "Setting up the VPN: install the client, import the profile from the self-service portal, and sign in with your hardware security key."),
    ("SABLE", "laptop-replacement", "Replacing a laptop: order through the hardware portal, back up local files first, and return the old device within two weeks."),
    ("CINDER", "pager-escalation", "Escalating a page: if the primary does not acknowledge within ten minutes the secondary is paged, then the engineering manager."),
    ("LYNX", "schema-migration", "Running a schema migration: migrations are backwards compatible, run before the code that uses them, and are never edited after merge."),
    ("OSPREY", "feature-flags", "Using feature flags: flags default to off, are scoped per environment, and must be removed within a quarter of full rollout."),
    ("ZEPHYR", "expense-claims", "Submitting expense claims: attach receipts, choose the project code, and submit within thirty days of the purchase."),
    ("MAGPIE", "code-review", "Code review expectations: reviews within one working day, two approvals for infrastructure changes, and no self-merge."),
    ("ONYX", "secrets-scanning", "Secret scanning in CI: a leaked credential blocks the merge; rotate it immediately even if the commit is reverted."),
    ("WILLOW", "parental-leave", "Parental leave policy: sixteen weeks fully paid, which can be split into two blocks within the first year."),
    ("AURORA", "load-testing", "Load testing a service: run the test against staging with production-like data volumes and stop if the error budget burn exceeds two percent."),
    ("BRAMBLE", "dns-change", "Changing DNS records: lower the TTL a day before the change, make the change in the infrastructure repository, and verify resolution from two regions."),
    ("CONDOR", "kubernetes-upgrade", "Upgrading Kubernetes: upgrade one minor version at a time, control plane first, then node pools with surge capacity."),
    ("DAHLIA", "office-booking", "Booking a desk in the office: reserve it in the workplace app up to two weeks ahead; unclaimed bookings are released at ten."),
]

PLAIN = ["How do I handle {t}?", "What is the process for {t}?", "Explain {t} to me", "Where is the guide on {t}?"]
TRAIN = ["What is the {c} procedure?", "How does {c} work?", "{c} steps please", "I need help with {c}", "Tell me about {c}", "What do I do for {c}?"]
HELDOUT = ["Can you explain {c}?", "Where can I read about {c}?", "{c}: what should I know?"]


@dataclass(frozen=True)
class DemoData:
    corpus: dict[str, str]
    """source id -> passage text."""
    codenames: dict[str, str]
    """source id -> code name."""

    def reference_questions(self, n: int, seed: int = 1) -> list[tuple[str, str]]:
        """(question, source id) in plain language, over the first half of the topics."""
        rng = random.Random(seed)
        ids = list(self.corpus)[: len(self.corpus) // 2]
        return [(rng.choice(PLAIN).format(t=sid.replace("-", " ")), sid) for sid in (rng.choice(ids) for _ in range(n))]

    def shifted_questions(self, n: int, seed: int = 2) -> list[tuple[str, str]]:
        """(question, source id) using code names, over all topics: the drifted distribution."""
        rng = random.Random(seed)
        ids = list(self.corpus)
        return [(rng.choice(TRAIN).format(c=self.codenames[sid]), sid) for sid in (rng.choice(ids) for _ in range(n))]

    def answer(self, sid: str, number: int) -> str:
        """The corrected answer a reviewer gives for a code-name question when rag retrieved the
        right runbook as passage `number`: one sentence naming the code name and saying the
        runbook, ending with its citation (the shape rag's answers have: at most 200 characters,
        one sentence, a citation of a given passage)."""
        text = self.corpus[sid].rstrip(".")
        return f"{self.codenames[sid]} is {text[0].lower()}{text[1:]} [{number}]."

    def heldout(self) -> Heldout:
        ids = list(self.corpus)
        qs = [(t.format(c=self.codenames[sid]), sid) for sid in ids for t in HELDOUT]
        return Heldout([q for q, _ in qs], [s for _, s in qs], ids, [self.corpus[i] for i in ids])


def demo_data() -> DemoData:
    return DemoData({sid: text for _, sid, text in TOPICS}, {sid: code for code, sid, _ in TOPICS})
