"""End to end on the real embedded model: the README's main job, as a user runs it.

Needs the [local] extra (xllamacpp + the model parts). Skipped without it on a developer
machine, but CI (CI=true) installs it and a skip there is a failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.slow
def test_draft_with_the_embedded_model() -> None:
    if importlib.util.find_spec("xllamacpp") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install the [local] extra: xllamacpp is missing")
        pytest.skip("the [local] extra is not installed (pip install -e '.[local]')")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_BASE_URL", "DISPUTEDRAFT_FAKE_MODEL")}
    out = subprocess.run(
        [sys.executable, "-m", "disputedraft", "draft", str(ROOT / "examples" / "in_transit_es.json")],
        capture_output=True,
        text=True,
        timeout=1800,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    draft = json.loads(out.stdout)
    assert draft["remedy"] == "extend_delivery_time"
    assert draft["language"] == "es"
    assert draft["status"] in ("ready", "needs_review")
    assert draft["model"].startswith("qwen2.5-coder-1.5b-instruct")
    assert draft["usage"]["completion_tokens"] > 0
    assert draft["message"]
    if draft["status"] == "ready":
        assert not [v for v in draft["violations"] if v["hard"]]
