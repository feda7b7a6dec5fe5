"""Re-record `vllm_output.jsonl`: real model answers to `batch export` requests, in vLLM's format.

    .venv/bin/python tests/batch_fixtures/record_vllm_output.py [--base-url URL --model NAME]

Exports `collect_queue.jsonl` exactly as `disputedraft batch export` does, sends each request
body unchanged to an OpenAI-compatible endpoint (by default the embedded Qwen2.5-Coder-1.5B
under llama.cpp, the model this project ships), and writes each answer as a line of
`vllm run-batch` output:

    {"id": "vllm-<hex>", "custom_id": ..., "response": {"status_code": 200, "request_id":
     "vllm-batch-<hex>", "body": <the chat completion as the server sent it>}, "error": null}

The answers are real model output (recorded, not written by hand); only the envelope is
vLLM's, which is the same shape as OpenAI's Batch API output file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import urllib.request
import uuid
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--base-url")
    p.add_argument("--model")
    p.add_argument("--out", type=Path, default=HERE / "vllm_output.jsonl")
    args = p.parse_args()
    from disputedraft.batch.export import export

    server = None
    base_url, model = args.base_url, args.model
    if base_url is None:
        from disputedraft.llm.embedded import start_embedded_server

        server = start_embedded_server()
        base_url, model = server.base_url, server.model_name
    try:
        with tempfile.TemporaryDirectory() as tmp:
            requests = Path(tmp) / "requests.jsonl"
            asyncio.run(export(str(HERE / "collect_queue.jsonl"), requests, model or "default"))
            with requests.open() as f, args.out.open("w", encoding="utf-8") as out:
                for line in f:
                    request = json.loads(line)
                    post = urllib.request.Request(
                        f"{base_url}/chat/completions",
                        method="POST",
                        data=json.dumps(request["body"]).encode(),
                        headers={"content-type": "application/json"},
                    )
                    with urllib.request.urlopen(post, timeout=900) as answer:  # loopback or the given endpoint
                        body = json.load(answer)
                        status = answer.status
                    out.write(
                        json.dumps(
                            {
                                "id": f"vllm-{uuid.uuid4().hex}",
                                "custom_id": request["custom_id"],
                                "response": {
                                    "status_code": status,
                                    "request_id": f"vllm-batch-{uuid.uuid4().hex}",
                                    "body": body,
                                },
                                "error": None,
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
                    print(f"recorded {request['custom_id']}", file=sys.stderr)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
