"""PersonDetector._lone returns early for a word the first-name lists do not hold unless
_unlisted_lone_cue finds one of a few cues (a surname, a common first name, a birth date in brackets after
it, a ticked voice part, a messenger's speaker tag). That shortcut is exact only while every branch of
_lone that can make such a word a person asks for one of those cues: the chain has a gate further down
(`if not self._first(word): return False`), and every branch above it must ask for a listed first name
or one of the shortcut's cues. These tests read _lone's source to hold it to that, so that a round adding a
branch above the gate, with a new cue, has to add the cue to the shortcut too; and they scan one text per
cue to show the shortcut lets each through.

The scan loop (PersonDetector._find) takes the same shortcut one step earlier: a run of one word that no list holds,
with no cue of _unlisted_lone_cue, no context word before it and no wedding party's role at it, is dropped before the
checks that could only dismiss it. That is exact while _vocative, like _lone, makes no such word a person: the last
tests hold _vocative to asking for a listed or a common first name on every branch that returns a person."""
from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from workloads.guard import Scanner
from workloads.guard.names import PersonDetector

FIRST_NAME_CALLS = frozenset({"self._first(word)", "self.g.is_first_name(word)"})


def _function(name: str) -> ast.FunctionDef:
    source = textwrap.dedent(inspect.getsource(getattr(PersonDetector, name)))
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.FunctionDef)
    return node


def _shortcut_cues() -> frozenset[str]:
    """The alternatives of _unlisted_lone_cue's return expression, as source."""
    ret = next(n for n in ast.walk(_function("_unlisted_lone_cue")) if isinstance(n, ast.Return))
    value = ret.value
    if isinstance(value, ast.Call) and ast.unparse(value.func) == "bool":
        value = value.args[0]
    assert isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or)
    return frozenset(ast.unparse(v) for v in value.values)


def _requires(expr: ast.expr, allowed: frozenset[str]) -> bool:
    """Whether `expr` can be true only when one of `allowed` is."""
    if ast.unparse(expr) in allowed:
        return True
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.And):
        return any(_requires(v, allowed) for v in expr.values)
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
        return all(_requires(v, allowed) for v in expr.values)
    return False


def _is_gate(node: ast.stmt) -> bool:
    return (isinstance(node, ast.If) and ast.unparse(node.test) == "not self._first(word)"
            and len(node.body) == 1 and isinstance(node.body[0], ast.Return)
            and ast.unparse(node.body[0].value) == "False")


def _person_returns(node: ast.stmt, guards: tuple[ast.expr, ...]):
    """Each return of `node` that is not a plain False, with the if-tests it sits under."""
    if isinstance(node, ast.Return):
        if not (isinstance(node.value, ast.Constant) and node.value.value is False):
            yield node, guards
        return
    if isinstance(node, ast.If):
        for child in node.body:
            yield from _person_returns(child, guards + (node.test,))
        for child in node.orelse:
            yield from _person_returns(child, guards)
        return
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.stmt):
            yield from _person_returns(child, guards)


def test_the_shortcut_reads_the_cues_it_is_documented_to():
    assert _shortcut_cues() == {
        "self.g.is_surname(word)", "self.g.is_common_first_name(word)", "_DATED_IN_BRACKETS_AFTER.match(text, end)",
        "voice_part_ticked(text, start, end)", "messenger_speaker(text, start, end)"}


def test_lone_takes_the_shortcut_first_and_keeps_its_gate():
    body = _function("_lone").body
    shortcut = [i for i, node in enumerate(body) if "self._unlisted_lone_cue(" in ast.unparse(node)]
    gates = [i for i, node in enumerate(body) if _is_gate(node)]
    assert shortcut and gates, "the shortcut or the first-name gate is gone from _lone"
    assert shortcut[0] < 3 < gates[0], "the shortcut must come before every other cue, the gate after them"


def test_every_person_branch_above_the_gate_asks_for_a_first_name_or_a_shortcut_cue():
    body = _function("_lone").body
    gate = next(i for i, node in enumerate(body) if _is_gate(node))
    allowed = FIRST_NAME_CALLS | _shortcut_cues()
    unguarded = []
    for node in body[:gate]:
        if "_unlisted_lone_cue" in ast.unparse(node):
            continue
        for ret, guards in _person_returns(node, ()):
            if not any(_requires(test, allowed) for test in guards) and not _requires(ret.value, allowed):
                unguarded.append(f"line {ret.lineno}: {ast.unparse(ret.value)}")
    assert not unguarded, ("these branches of _lone can make an unlisted word a person without a cue of "
                           f"_unlisted_lone_cue; add their cue there: {unguarded}")


def test_the_check_above_fails_on_a_branch_without_such_a_cue():
    """The source check is not vacuous: a branch on a cue the shortcut does not read is caught."""
    allowed = FIRST_NAME_CALLS | _shortcut_cues()
    branch = ast.parse("if _NEW_CUE.match(text, end) and lowered not in function_words():\n    return True").body[0]
    assert isinstance(branch, ast.If)
    assert not _requires(branch.test, allowed)
    kept = ast.parse("if _NEW_CUE.match(text, end) and self._first(word):\n    return True").body[0]
    assert isinstance(kept, ast.If)
    assert _requires(kept.test, allowed)


@pytest.mark.parametrize("text, name", [
    # a surname among a chat log's speakers (no first-name list holds "Cebrián")
    ("[09:01] Marta: hola\n[09:02] Cebrián: oye, ¿vienes?\n[09:03] Marta: sí", "Cebrián"),
    # a messenger's speaker tag before a name the lists do not hold
    ("[WhatsApp] Vajèn: ik ben er om 8", "Vajèn"),
])
def test_unlisted_words_still_reach_their_cues(text, name):
    found = [text[f.start:f.end] for f in Scanner().scan(text).findings if f.category == "person"]
    assert name in found


VOCATIVE_FIRST_NAME_CALLS = FIRST_NAME_CALLS | {"self.g.is_common_first_name(word)"}


def test_every_person_branch_of_the_vocative_asks_for_a_first_name():
    unguarded = []
    for node in _function("_vocative").body:
        for ret, guards in _person_returns(node, ()):
            if not any(_requires(test, VOCATIVE_FIRST_NAME_CALLS) for test in guards) and not _requires(
                    ret.value, VOCATIVE_FIRST_NAME_CALLS):
                unguarded.append(f"line {ret.lineno}: {ast.unparse(ret.value)}")
    assert not unguarded, ("these branches of _vocative can make an unlisted word a person; the scan loop's shortcut "
                           f"for one unlisted word (PersonDetector._find) must then ask for their cue: {unguarded}")


def test_the_scan_loop_skips_an_unlisted_word_only_without_the_shortcut_cues():
    source = inspect.getsource(PersonDetector._find)
    skip = source[source.index('chain = m.group("chain")') : source.index("if billed and")]
    for asked in ('" " not in chain', "not self._first(chain)", "chain.lower() not in CONTEXT_WORDS",
                  "not self._unlisted_lone_cue(text, start, pos, chain)", "_WEDDING_PARTY_WORD.match(text, start) is None",
                  "self._context(text, start, pos) is None"):
        assert asked in skip, f"the scan loop's shortcut no longer asks {asked!r}"


@pytest.mark.parametrize("text, name", [
    ("Thanks again, Margaret!", "Margaret"),  # a common first name, addressed
    ("Brunilda, your prescription is ready.", "Brunilda"),  # a listed first name opening the message
    ("Hola Heliodora, tu pedido está listo.", "Heliodora"),  # on no list: the greeting before it makes it a name
])
def test_one_word_runs_the_shortcut_must_keep(text, name):
    found = [text[f.start:f.end] for f in Scanner().scan(text).findings if f.category == "person"]
    assert name in found
