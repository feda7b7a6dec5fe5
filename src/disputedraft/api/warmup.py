"""Pay the one-off costs before serving: language models, templates, check lexicons.

lingua loads its language models on first use: seconds of CPU (15 s on a busy 2-core machine)
with the GIL held, so neither a worker thread nor the event loop could do anything else
meanwhile. Paid on the first draft, it would stall every request in flight; paid here, the
server simply starts listening (and /readyz turns 200) once it is done. A dry-run draft on the
zero-latency TestModel touches every lazy piece the real path does.
"""

from __future__ import annotations

import logging
import time

from disputedraft.api.openapi import example_disputes
from disputedraft.contract import Dispute
from disputedraft.drafting import DraftingService
from disputedraft.language import detect
from disputedraft.llm.fake import TestModel

log = logging.getLogger("disputedraft.api")


async def warm_up(service: DraftingService) -> None:
    started = time.perf_counter()
    doc = dict(example_disputes()["in_transit_es"])
    # No profile language, so the buyer's language is found from their words.
    doc["buyer"] = {k: v for k, v in doc["buyer"].items() if k != "language"}
    dry = DraftingService(model=TestModel(), policy=service.policy, max_attempts=1, prompts=service.prompts)
    try:
        dispute = Dispute.model_validate(doc)
        # Words that make a language plain spare lingua its read, so it is asked outright:
        # this is what loads its language models.
        detect("\n".join(dispute.buyer_texts()))
        await dry.draft(dispute)
    except Exception:  # not fatal: the first real draft pays instead
        log.exception("warm-up failed")
    else:
        log.info("warmed up in %.1f s", time.perf_counter() - started)
