"""Prompt-as-code: versioned prompt files, their quality tests, and the runner that calls the
inference API (KServe v2 generate) to check them. No Pulumi imports."""

from workloads.prompts.loader import Case, Prompt, PromptError, Suite, load_all, load_prompt, load_suite
from workloads.prompts.render import render

__all__ = ["Case", "Prompt", "PromptError", "Suite", "load_all", "load_prompt", "load_suite", "render"]
