"""Container images must be pinned by digest: a tag can be moved, a digest cannot."""

from __future__ import annotations

import re
from typing import Any

from components.kube.validation import fail, is_known

_PINNED = re.compile(r"^(?P<repo>[a-z0-9][a-z0-9._/:-]*[a-z0-9])(?::[\w][\w.-]{0,127})?@sha256:[0-9a-f]{64}$")


def is_pinned(image: str) -> bool:
    """`registry/repo[:tag]@sha256:<64 hex>`; the tag, if any, is informational only."""
    return bool(_PINNED.match(image))


def check_pinned(component: str, arg: str, image: Any) -> None:
    if is_known(image) and (not isinstance(image, str) or not is_pinned(image)):
        fail(component, arg, image, "an image pinned by digest: registry/repo[:tag]@sha256:<64 lowercase hex>")


def image_tag(image: str) -> str | None:
    """The informational tag of `repo[:tag]@sha256:...`, or None."""
    ref = image.split("@", 1)[0]
    last = ref.rsplit("/", 1)[-1]
    return last.split(":", 1)[1] if ":" in last else None


def split_image(image: str) -> tuple[str, str]:
    """`repo[:tag]@sha256:d` -> (`repo`, `sha256:d`), the shape Helm charts take (repository + digest)."""
    ref, digest = image.split("@", 1)
    repo = ref
    last = ref.rsplit("/", 1)[-1]
    if ":" in last:
        repo = ref[: ref.rfind(":")]
    return repo, digest
