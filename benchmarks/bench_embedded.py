"""Benchmark the embedded LLM (xllamacpp serving the bundled Qwen2.5-Coder GGUF).

Starts the embedded server, sends N chat completions that share a ~1,500-token
system prompt (so llama.cpp's prompt cache should serve the shared prefix after
the first call), then one ``response_format`` json_schema call, and prints load
time, prompt / generation throughput, cached prompt tokens and process RSS.

Usage::

    python benchmarks/bench_embedded.py [-n 3] [--parallel 1] [--concurrent]
                                        [--threads T] [--model-path FILE]

Needs the ``local`` extra (xllamacpp + model parts) and the ``openai`` SDK.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

try:
    from disputedraft.llm import embedded
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from disputedraft.llm import embedded

from openai import OpenAI

_CLAUSES = [
    "Merchants must respond to a chargeback within the deadline stated in the network rules.",
    "A representment package contains the transaction receipt, proof of delivery and any "
    "customer correspondence that shows the cardholder authorised the purchase.",
    "Reason code 13.1 (merchandise not received) is rebutted with carrier tracking that shows "
    "delivery to the billing address, signed where the order value exceeds the threshold.",
    "Reason code 10.4 (card-absent fraud) is rebutted with AVS and CVV match results, the device "
    "fingerprint, and evidence of prior undisputed purchases from the same account.",
    "Refunds already issued must be cited with their date, amount and ARN; a duplicate credit "
    "claim is answered by showing the original credit posted to the same card.",
    "Never invent evidence. If a fact is unknown, say that it is unknown and list the document "
    "that would establish it.",
    "Keep the tone factual and concise; do not address the cardholder directly.",
]

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "reason_code": {"type": "string"},
        "decision": {"type": "string", "enum": ["fight", "accept"]},
        "evidence": {"type": "array", "items": {"type": "string"}, "maxItems": 4},
        "confidence": {"type": "number"},
    },
    "required": ["reason_code", "decision", "evidence", "confidence"],
    "additionalProperties": False,
}

USER_MESSAGES = [
    "Draft a two-sentence rebuttal summary for a 13.1 dispute where tracking shows delivery.",
    "List three documents to attach for a 10.4 card-absent fraud dispute.",
    "In one paragraph, explain how to answer a duplicate-credit claim.",
    "Give a one-line checklist for a representment package.",
]


def build_system_prompt(target_tokens: int) -> str:
    """Deterministic policy-like text of roughly ``target_tokens`` tokens."""
    lines = ["You are DisputeDraft, an assistant that drafts chargeback responses.", ""]
    i = 0
    # ~32 tokens per rule line on average with the Qwen tokenizer.
    while len(lines) < target_tokens // 32:
        lines.append(f"Rule {i + 1}. {_CLAUSES[i % len(_CLAUSES)]}")
        i += 1
    return "\n".join(lines)


def count_tokens(root_url: str, text: str) -> int:
    import urllib.request

    req = urllib.request.Request(
        root_url + "/tokenize",
        data=json.dumps({"content": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return len(json.loads(resp.read())["tokens"])


def rss_mib(pid: int | None = None) -> tuple[float, float]:
    """(current RSS, peak RSS) in MiB of process ``pid`` (default: this one)."""
    cur = peak = 0.0
    try:
        with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    cur = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except OSError:
        who = resource.RUSAGE_SELF if pid is None else resource.RUSAGE_CHILDREN
        peak = resource.getrusage(who).ru_maxrss / 1024
    return cur, peak


def check_schema(obj: Any) -> list[str]:
    """Tiny validator for SCHEMA (no jsonschema dependency)."""
    errs: list[str] = []
    if not isinstance(obj, dict):
        return ["not an object"]
    extra = set(obj) - set(SCHEMA["properties"])
    if extra:
        errs.append(f"extra keys {sorted(extra)}")
    for key in SCHEMA["required"]:
        if key not in obj:
            errs.append(f"missing {key}")
    if not isinstance(obj.get("reason_code"), str):
        errs.append("reason_code not a string")
    if obj.get("decision") not in ("fight", "accept"):
        errs.append("decision not in enum")
    ev = obj.get("evidence")
    if not (isinstance(ev, list) and all(isinstance(e, str) for e in ev) and len(ev) <= 4):
        errs.append("evidence not a list of <=4 strings")
    if not isinstance(obj.get("confidence"), (int, float)) or isinstance(obj.get("confidence"), bool):
        errs.append("confidence not a number")
    return errs


def one_call(client: OpenAI, system: str, user: str, max_tokens: int, schema: bool = False) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if schema:
        kwargs["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "dispute_decision", "schema": SCHEMA, "strict": True},
        }
    t0 = time.perf_counter()
    raw = client.chat.completions.with_raw_response.create(
        model="embedded",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        max_tokens=max_tokens,
        temperature=0.2,
        seed=7,
        **kwargs,
    )
    wall = time.perf_counter() - t0
    body = json.loads(raw.text)
    completion = raw.parse()
    usage = body.get("usage") or {}
    details = usage.get("prompt_tokens_details") or {}
    return {
        "wall_s": wall,
        "text": completion.choices[0].message.content or "",
        "finish": completion.choices[0].finish_reason,
        "prompt_tokens": usage.get("prompt_tokens"),
        "completion_tokens": usage.get("completion_tokens"),
        "cached_tokens_usage": details.get("cached_tokens"),
        "timings": body.get("timings") or {},
    }


def report(label: str, r: dict[str, Any]) -> None:
    t = r["timings"]
    print(
        f"{label:<10} wall {r['wall_s']:6.2f}s | prompt {r['prompt_tokens']} tok "
        f"(cached: usage={r['cached_tokens_usage']}, timings.cache_n={t.get('cache_n')}; "
        f"evaluated {t.get('prompt_n')} @ {t.get('prompt_per_second', 0):.1f} tok/s) | "
        f"gen {t.get('predicted_n')} tok @ {t.get('predicted_per_second', 0):.1f} tok/s "
        f"| finish={r['finish']}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=3, help="chat calls sharing the system prompt")
    ap.add_argument("--system-tokens", type=int, default=1500)
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--parallel", type=int, default=embedded.DEFAULT_PARALLEL)
    ap.add_argument("--ctx", type=int, default=embedded.DEFAULT_CTX_PER_SLOT)
    ap.add_argument(
        "--concurrent",
        action="store_true",
        help="after the first call, send the other N-1 at once (use with --parallel>1)",
    )
    ap.add_argument("--model-path", type=Path, default=None)
    ap.add_argument("--show-text", action="store_true")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    model = embedded.ensure_model() if args.model_path is None else args.model_path
    print(f"model: {model} (ensure/verify {time.perf_counter() - t0:.2f}s)")

    t0 = time.perf_counter()
    with embedded.EmbeddedServer(model, n_ctx=args.ctx, threads=args.threads, n_parallel=args.parallel) as srv:
        t_up = time.perf_counter() - t0
        print(
            f"server: {srv.base_url} threads={srv.threads} parallel={srv.n_parallel} "
            f"ctx/slot={srv.n_ctx} start-to-healthy {t_up:.2f}s; "
            f"server RSS {rss_mib(srv.pid)[0]:.0f} MiB"
        )
        client = OpenAI(base_url=srv.base_url, api_key=srv.api_key, max_retries=0, timeout=600)
        system = build_system_prompt(args.system_tokens)
        print(f"system prompt: {count_tokens(srv.root_url, system)} tokens")

        users = [USER_MESSAGES[i % len(USER_MESSAGES)] for i in range(args.n)]
        results: list[dict[str, Any]] = []
        t_all = time.perf_counter()
        if args.concurrent:
            # First call alone (fills the prompt cache), the rest at once.
            results = [one_call(client, system, users[0], args.max_tokens)]
            with ThreadPoolExecutor(max_workers=max(1, args.n - 1)) as pool:
                futs = [pool.submit(one_call, client, system, u, args.max_tokens) for u in users[1:]]
                results += [f.result() for f in futs]
        else:
            results = [one_call(client, system, u, args.max_tokens) for u in users]
        t_all = time.perf_counter() - t_all
        for i, r in enumerate(results):
            report(f"chat {i + 1}", r)
            if args.show_text:
                print("   ", r["text"][:300].replace("\n", " "))
        gen = sum(r["completion_tokens"] or 0 for r in results)
        print(f"all chats: {t_all:.2f}s wall, {gen / t_all:.1f} generated tok/s overall")

        rs = one_call(
            client,
            system,
            "Decide on a 13.1 dispute where tracking shows delivery to the billing address. Answer as JSON.",
            args.max_tokens * 2,
            schema=True,
        )
        report("json", rs)
        try:
            obj = json.loads(rs["text"])
            errs = check_schema(obj)
            status = "schema-valid" if not errs else f"INVALID {errs}"
        except json.JSONDecodeError as exc:
            obj, status = rs["text"], f"NOT JSON ({exc})"
        print(f"json_schema result: {status}: {json.dumps(obj)[:300]}")
        t_stop = time.perf_counter()

        cur, peak = rss_mib(srv.pid)
        print(
            f"server process (pid {srv.pid}) RSS now {cur:.0f} MiB, peak {peak:.0f} MiB; "
            f"this process {rss_mib()[0]:.0f} MiB"
        )
    print(f"server stopped in {time.perf_counter() - t_stop:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
