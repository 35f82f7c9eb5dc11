"""How Loom runs the Pulumi CLI under the Automation API: Ctrl-C reaches the CLI once, and Loom waits.

`pulumi.automation`'s own runner starts the CLI in Loom's process group. On Ctrl-C the terminal
signals both; the SDK's `subprocess.Popen` context gives the CLI 0.25 s, closes its pipes (the
reader threads then print tracebacks) and returns while the CLI still finishes the resource
operations in flight and holds the stack lock. Whatever Loom does next (a rollback) meets "the
stack is currently locked".

`LoomPulumiCommand` is a `PulumiCommand` (the SDK's extension point: `LocalWorkspace(pulumi_command=)`)
whose `run` starts the CLI in a session of its own, so the terminal's Ctrl-C reaches only Loom.
Loom forwards the first SIGINT/SIGTERM to the CLI (the CLI then cancels gracefully: "^C received;
cancelling"), waits for it to exit (and so release the lock), and then raises `CliInterrupted`.
A second signal is forwarded too: the CLI terminates at once, which may leave the lock behind.
Errors carry the CLI's `CommandResult`, so callers can show the CLI's own first error line.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from typing import Any, Callable, Mapping, Optional

from pulumi.automation import CommandResult, PulumiCommand
from pulumi.automation.errors import create_command_error

OnLine = Callable[[str], Any]

FORWARDED = (signal.SIGINT, signal.SIGTERM)


class CliInterrupted(KeyboardInterrupt):
    """The CLI was asked to stop (SIGINT/SIGTERM forwarded) and has exited: its lock is released
    unless it was told twice. `result` is what it printed; `signals` what Loom forwarded."""

    def __init__(self, signals: list[int], result: CommandResult) -> None:
        super().__init__(f"interrupted ({', '.join(signal.Signals(s).name for s in signals)})")
        self.signals = signals
        self.result = result

    @property
    def terminated(self) -> bool:
        """True when the CLI was told twice (terminated at once; a lock may stay behind)."""
        return len(self.signals) > 1


class LoomPulumiCommand(PulumiCommand):
    """`PulumiCommand` whose runs isolate the CLI from the terminal's signals and forward them once."""

    def __init__(self, on_signal: Callable[[str], None] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.on_signal = on_signal or (lambda message: None)

    def run(
        self,
        args: list[str],
        cwd: str,
        additional_env: Mapping[str, str],
        on_output: Optional[OnLine] = None,
        on_error: Optional[OnLine] = None,
    ) -> CommandResult:
        # What the SDK's runner does with the arguments and the environment, unchanged.
        sep = args.index("--") if "--" in args else len(args)
        if "--non-interactive" not in args[:sep]:
            args.insert(0, "--non-interactive")
        env = {**os.environ, **additional_env, "PULUMI_AUTOMATION_API": "true"}
        if os.path.isabs(self.command):  # plugins bundled next to an installed CLI come first
            env["PATH"] = os.pathsep.join([os.path.dirname(self.command), env.get("PATH", "")])

        # Signal handlers can only be installed from the main thread; elsewhere the CLI stays in
        # our process group and the caller's thread owns interrupts as before.
        own_signals = threading.current_thread() is threading.main_thread()
        received: list[int] = []
        delivery: dict[str, Any] = {"process": None, "sent": 0}

        def deliver() -> None:
            """Send the CLI each signal received and not yet sent (in order, once each)."""
            process = delivery["process"]
            while process is not None and delivery["sent"] < len(received):
                index = delivery["sent"]
                delivery["sent"] += 1
                try:
                    process.send_signal(received[index])
                except ProcessLookupError:
                    return
                if index == 0:
                    self.on_signal(
                        "interrupt: asked the Pulumi CLI to cancel; waiting for it to finish the operations in flight "
                        "and release the stack lock (interrupt again to stop it at once, which may leave the lock)"
                    )
                else:
                    self.on_signal("interrupt again: the Pulumi CLI stops now; the stack lock may stay (then: pulumi cancel)")

        def forward(signum: int, frame: Any) -> None:  # noqa: ARG001 (signal handler API)
            received.append(signum)
            deliver()

        # The handlers go in before the CLI starts: a Ctrl-C between the start and the handlers
        # would otherwise kill Loom and leave the CLI (in its own session) running with the lock.
        # One that arrives before the CLI exists is delivered to it as soon as it does.
        previous = {sig: signal.signal(sig, forward) for sig in FORWARDED} if own_signals else {}
        try:
            process = subprocess.Popen(
                [self.command, *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=cwd,
                env=env,
                encoding="utf-8",
                errors="replace",
                start_new_session=own_signals,
            )
            delivery["process"] = process
            deliver()
            out_lines: list[str] = []
            err_lines: list[str] = []
            readers = [
                threading.Thread(target=_pump, args=(process.stdout, on_output, out_lines), daemon=True),
                threading.Thread(target=_pump, args=(process.stderr, on_error, err_lines), daemon=True),
            ]
            for reader in readers:
                reader.start()
            process.wait()  # a handled signal does not interrupt the wait (PEP 475)
            for reader in readers:
                reader.join()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        result = CommandResult(stdout="\n".join(out_lines), stderr="\n".join(err_lines), code=process.returncode)
        if received:
            raise CliInterrupted(received, result)
        if result.code != 0:
            error = create_command_error(result)
            error.result = result  # type: ignore[attr-defined]  # callers read the CLI's output from the SDK's error (module doc)
            raise error
        return result


def _pump(stream: Any, callback: Optional[OnLine], lines: list[str]) -> None:
    """Read one of the CLI's streams line by line; a failing callback never kills the reader."""
    for line in iter(stream.readline, ""):
        stripped = line.rstrip()
        lines.append(stripped)
        if callback is not None:
            try:
                callback(stripped)
            except Exception:  # noqa: BLE001 - progress display must not stop the CLI's output
                pass
    stream.close()


def first_error_line(result: CommandResult | None, fallback: str = "") -> str:
    """The CLI's own first `error:` line (without the prefix), else its first stderr line."""
    if result is None:
        return fallback
    for text in (result.stderr, result.stdout):
        for line in (text or "").splitlines():
            stripped = line.strip()
            if stripped.startswith("error:"):
                return stripped[len("error:") :].strip()
    for line in (result.stderr or "").splitlines():
        if line.strip():
            return line.strip()
    lines = [ln.strip() for ln in (result.stdout or "").splitlines() if ln.strip()]
    return lines[-1] if lines else (fallback or f"exit code {result.code}")
