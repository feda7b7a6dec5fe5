"""Batch drafting: a queue of disputes in, one JSON line per dispute out (DRAFTS.jsonl).

Modules, one job each:
  source     read a queue (JSONL file, stdin, directory) as a stream of raw items
  records    the output line format and its fast id/status reader
  journal    the append-only, crash-safe output file and what a rerun resumes from
  limiter    AIMD concurrency limit (backs off on 429/overload, recovers)
  adaptive   a ChatModel wrapper: every call goes through the limiter, retried there
  work       one dispute -> one record line (validation, drafting, error records)
  workers    optional worker processes for CPU-bound throughput
  runner     the direct path: queue -> drafts, bounded in flight, resumable
  progress   counters, live TTY line / periodic log lines, the summary
  export     OpenAI Batch API request lines (what `vllm run-batch` also reads)
  openai_batch  submit / status / download through the OpenAI Batch API
  collect    engine output -> parse, check, repair locally -> the same DRAFTS.jsonl
"""
