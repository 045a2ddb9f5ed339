"""Run the app in a pseudo-terminal, as a person does, for the timing benchmarks.

With stdin not a terminal (a pipe or /dev/null, as under ``subprocess.run(capture_output=True)``)
Textual's input thread finds input ready all the time and keeps taking the GIL: a worker then
runs about three times slower than in a real terminal, and the benchmark would measure that
artefact. Here the child gets a pty of 120×40 for stdin, stdout and stderr; its output is
read (and thrown away) so it never blocks on a full buffer.
"""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import termios
import threading


def draai(cmd: list[str], *, env: dict[str, str], cwd, timeout: float = 120,
          breedte: int = 120, hoogte: int = 40) -> tuple[int, str]:
    """Run ``cmd`` in a fresh pty; returns (exit code, the last 2,000 characters it wrote)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", hoogte, breedte, 0, 0))
    uitvoer: list[bytes] = []

    def lees() -> None:
        while True:
            try:
                blok = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                return
            if not blok:
                return
            uitvoer.append(blok)
            del uitvoer[:-8]

    lezer = threading.Thread(target=lees, daemon=True)
    lezer.start()
    try:
        proc = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd,
                                start_new_session=True)
        os.close(slave)
        code = proc.wait(timeout=timeout)
    finally:
        lezer.join(timeout=2)
        os.close(master)
    return code, b"".join(uitvoer).decode("utf-8", "replace")[-2000:]
