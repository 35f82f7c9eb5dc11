"""Property tests: whatever the text, findings are in bounds, sorted and disjoint, the redacted
text is exactly the text with each finding replaced by its placeholder, and it never holds a
found value except where the original holds the same characters outside every finding."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workloads.guard import Scanner, placeholder

SCANNER = Scanner()

VALUES = [
    "ada@example.org", "415-555-2671", "+44 20 7946 0958", "4111 1111 1111 1111", "378282246310005",
    "GB82WEST12345698765432", "536-90-1234", "AB123456C", "203.0.113.7", "2001:db8::1",
    "AKIAIOSFODNN7EXAMPLE", "ghp_1234567890abcdefghijABCDEFGHIJ123456", "password=hunter22!",
    "whitelist", "guys", "internal use only", "TOP SECRET", "12345678Z",
]
pieces = st.one_of(
    st.sampled_from(VALUES),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20),
    st.text(alphabet="0123456789 -.:+()@abcxyzAKIA_=/", max_size=25),
)
texts = st.lists(pieces, max_size=8).map(" ".join)


def _check(text: str) -> None:
    result = SCANNER.scan(text)
    findings = result.findings
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
    for a, b in zip(findings, findings[1:]):
        assert a.end <= b.start
    expected, pos = [], 0
    for f in findings:
        expected += [text[pos : f.start], placeholder(f.category)]
        pos = f.end
    expected.append(text[pos:])
    assert result.redacted == "".join(expected)
    # the original with every finding blanked out: the only place a found value may still occur
    blanked = "".join(
        text[a.end if a else 0 : b.start if b else len(text)] + ("\x00" if b else "")
        for a, b in zip([None, *findings], [*findings, None])
    )
    for f in findings:
        value = text[f.start : f.end]
        if value not in blanked:
            assert value not in result.redacted, (value, result.redacted)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_redaction_never_leaks_and_spans_are_sane(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_text(text: str) -> None:
    _check(text)
