"""`disputedraft check` and `decide` start without the model stack.

The openai SDK builds about a thousand pydantic models when imported and FastAPI hundreds more:
together some 4 s of CPU on the reference machine, which a seller checking one reply would
wait through for nothing. Only the commands that talk to a model or serve HTTP import them.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("openai", "fastapi", "starlette", "uvicorn", "aiohttp", "httpx2", "mcp")

PROBE = """
import json, sys
from disputedraft.cli import build_parser
build_parser().parse_args(sys.argv[1:])
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def _imported(*argv: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_the_parser_of_every_command_imports_no_model_or_web_stack() -> None:
    assert _imported("decide", "x.json").isdisjoint(HEAVY)
    assert _imported("check", "x.json", "y.txt").isdisjoint(HEAVY)


def test_the_probe_would_see_the_stack_if_a_command_module_pulled_it_in() -> None:
    # The probe itself must be able to fail: importing the model layer shows up in it.
    out = subprocess.run(
        [sys.executable, "-c", "import disputedraft.llm.openai_model\n" + PROBE, "decide", "x.json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "openai" in json.loads(out.stdout)
