"""Writes the OpenAI Batch API cassettes in `cassettes/` (HAND-WRITTEN fixtures, not recordings).

    .venv/bin/python tests/batch_fixtures/make_openai_cassettes.py

No OpenAI account was used: every response below is written by hand in vcrpy's cassette
format, with the field names, types and status codes of the real Batch API's documented
responses (File object, Batch object, batch output and error file lines, a gpt-4o-mini chat
completion). The model's reply texts inside the output file are the real answers recorded in
`vllm_output.jsonl`, re-wrapped in OpenAI's output-file envelope.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
API = "https://api.openai.com/v1"
HEADER = (
    "# HAND-WRITTEN FIXTURE (not a recording): OpenAI Batch API response shapes, written by\n"
    "# tests/batch_fixtures/make_openai_cassettes.py. Regenerate with that script.\n"
)
BATCH_ID = "batch_6745f2d5c0e88190a9b1e4c7d2f3a6b8"
INPUT_FILE = "file-Xq8kz2Lr5N4bT1vW9yC3pD"
OUTPUT_FILE = "file-7HcVwQm2aYtE9sLk3RbN1u"
ERROR_FILE = "file-Pz4dJ8nX2wGq6TfB1mKc9e"
CREATED = 1764133206


def batch(status: str, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": BATCH_ID,
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "model": None,
        "errors": None,
        "input_file_id": INPUT_FILE,
        "completion_window": "24h",
        "status": status,
        "output_file_id": None,
        "error_file_id": None,
        "created_at": CREATED,
        "in_progress_at": None,
        "expires_at": CREATED + 86400,
        "finalizing_at": None,
        "completed_at": None,
        "failed_at": None,
        "expired_at": None,
        "cancelling_at": None,
        "cancelled_at": None,
        "request_counts": {"total": 0, "completed": 0, "failed": 0},
        "usage": None,
        "metadata": {"source": "disputedraft", "file": "requests.jsonl"},
    }
    return body | changes


def interaction(
    method: str, path: str, status: int, body: Any, content_type: str = "application/json"
) -> dict[str, Any]:
    text = body if isinstance(body, str) else json.dumps(body)
    return {
        "request": {"body": None, "headers": {}, "method": method, "uri": f"{API}{path}"},
        "response": {
            "status": {"code": status, "message": "OK" if status == 200 else "Error"},
            "headers": {
                "content-type": [content_type],
                "openai-processing-ms": ["113"],
                "x-request-id": ["req_5c2f7a9d1e3b4c6a8f0d2e4b6a8c0e2f"],
            },
            "body": {"string": text},
        },
    }


def write(name: str, interactions: list[dict[str, Any]]) -> None:
    text = yaml.safe_dump({"interactions": interactions, "version": 1}, sort_keys=False, allow_unicode=True, width=100)
    (HERE / "cassettes" / name).write_text(HEADER + text, encoding="utf-8")


def output_lines() -> tuple[str, str]:
    """OpenAI's output file (successes) and error file (failures) for the fixture queue."""
    out, errors = [], []
    for n, line in enumerate((HERE / "vllm_output.jsonl").read_text().splitlines()):
        recorded = json.loads(line)
        key = recorded["custom_id"]
        if key == "C-6":  # one request failed at OpenAI: it goes to the error file
            errors.append(
                {
                    "id": f"batch_req_6745f3a1b2c48190a{n:03d}",
                    "custom_id": key,
                    "response": {
                        "status_code": 400,
                        "request_id": f"3c1e5a7b9d{n:03d}",
                        "body": {
                            "error": {
                                "message": "Invalid 'messages[1].content': string too long.",
                                "type": "invalid_request_error",
                                "param": "messages[1].content",
                                "code": "string_above_max_length",
                            }
                        },
                    },
                    "error": None,
                }
            )
            continue
        usage = recorded["response"]["body"]["usage"]
        content = recorded["response"]["body"]["choices"][0]["message"]["content"]
        out.append(
            {
                "id": f"batch_req_6745f3a1b2c48190a{n:03d}",
                "custom_id": key,
                "response": {
                    "status_code": 200,
                    "request_id": f"9f0b2d4c6e{n:03d}",
                    "body": {
                        "id": f"chatcmpl-AXk3Ld9sPq2Rm8Tn5Vb{n:03d}",
                        "object": "chat.completion",
                        "created": CREATED + 600,
                        "model": "gpt-4o-mini-2024-07-18",
                        "choices": [
                            {
                                "index": 0,
                                "message": {
                                    "role": "assistant",
                                    "content": content,
                                    "refusal": None,
                                    "annotations": [],
                                },
                                "logprobs": None,
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": {
                            "prompt_tokens": usage["prompt_tokens"],
                            "completion_tokens": usage["completion_tokens"],
                            "total_tokens": usage["prompt_tokens"] + usage["completion_tokens"],
                            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                            "completion_tokens_details": {
                                "reasoning_tokens": 0,
                                "audio_tokens": 0,
                                "accepted_prediction_tokens": 0,
                                "rejected_prediction_tokens": 0,
                            },
                        },
                        "service_tier": "default",
                        "system_fingerprint": "fp_560af6e559",
                    },
                },
                "error": None,
            }
        )

    def jsonl(rows: list[dict[str, Any]]) -> str:
        return "".join(json.dumps(r) + "\n" for r in rows)

    return jsonl(out), jsonl(errors)


def main() -> None:
    uploaded = {
        "object": "file",
        "id": INPUT_FILE,
        "purpose": "batch",
        "filename": "requests.jsonl",
        "bytes": 11873,
        "created_at": CREATED - 1,
        "expires_at": None,
        "status": "processed",
        "status_details": None,
    }
    write(
        "openai_batch_submit.yaml",
        [
            interaction("POST", "/files", 200, uploaded),
            interaction("POST", "/batches", 200, batch("validating")),
        ],
    )
    counts = {"total": 5, "completed": 2, "failed": 0}
    done = batch(
        "completed",
        output_file_id=OUTPUT_FILE,
        error_file_id=ERROR_FILE,
        in_progress_at=CREATED + 5,
        finalizing_at=CREATED + 590,
        completed_at=CREATED + 600,
        request_counts={"total": 5, "completed": 4, "failed": 1},
        usage={
            "input_tokens": 4210,
            "output_tokens": 702,
            "total_tokens": 4912,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    )
    write(
        "openai_batch_status.yaml",
        [
            interaction(
                "GET",
                f"/batches/{BATCH_ID}",
                200,
                batch("in_progress", in_progress_at=CREATED + 5, request_counts=counts),
            ),
            interaction(
                "GET",
                f"/batches/{BATCH_ID}",
                200,
                batch(
                    "finalizing",
                    in_progress_at=CREATED + 5,
                    finalizing_at=CREATED + 590,
                    request_counts={**counts, "completed": 4, "failed": 1},
                ),
            ),
            interaction("GET", f"/batches/{BATCH_ID}", 200, done),
        ],
    )
    output, errors = output_lines()
    write(
        "openai_batch_collect.yaml",
        [
            interaction("GET", f"/batches/{BATCH_ID}", 200, done),
            interaction("GET", f"/files/{OUTPUT_FILE}/content", 200, output, "application/octet-stream"),
            interaction("GET", f"/files/{ERROR_FILE}/content", 200, errors, "application/octet-stream"),
        ],
    )
    write(
        "openai_batch_not_ready.yaml",
        [
            interaction(
                "GET",
                f"/batches/{BATCH_ID}",
                200,
                batch("in_progress", in_progress_at=CREATED + 5, request_counts=counts),
            ),
        ],
    )


if __name__ == "__main__":
    main()
