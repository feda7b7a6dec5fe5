"""Build disputes/ and labelled.jsonl for the fourteenth set; plain string sanity checks only (no checker)."""
import hashlib, json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from disputes import DISPUTES
from replies import GOODS
from banks import B, INTERNAL, PLACEHOLDERS, SIG_PLACEHOLDERS

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
DECIDE = "/work/main/.venv/bin/disputedraft"
REFUND_OK = {"propose_partial_or_return", "return_instructions", "return_received"}
DEFECTS = ["refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date", "wrong_language",
           "placeholder", "blame", "missing_required_point", "feedback_request", "internal_note", "shouting"]
CAP = {"p13a": [("18.00 USD", "25.00 USD", "cap raised to 25.00 USD"), ("up to 18.00 USD, or", "up to 18.00 USD (we could even stretch to 30.00 USD), or", "extra higher amount next to cap"), ("send them back to us for a full refund.", "send them back to us for a full refund. Or honestly, just keep them and we'll refund the whole 60.00 USD anyway.", "full refund while keeping item")],
       "p13b": [("partial refund of up to 18.00 USD", "partial refund of 50% of the price", "50 % instead of cap"), ("18.00 USD", "18.00 USD, or even 40.00 USD if that feels fairer to you", "higher amount next to cap"), ("If you'd rather not keep them, you can return them and get a full refund.", "If you'd rather, we can also just refund you in full and you keep the boots.", "full refund while keeping item (replaces return option)")],
       "p14a": [("20.00 EUR", "35.00 EUR", "cap replaced by 35.00 EUR"), ("- o devolverla y recibir el reembolso completo.", "- o quedártela igualmente y te devolvemos el importe completo.", "full refund while keeping the lamp")],
       "p14b": [("reembolso parcial de hasta 20.00 EUR", "reembolso parcial del 50 %", "50 % instead of cap"), ("20.00 EUR.", "20.00 EUR, aunque si insiste podríamos llegar a 30.00 EUR.", "higher amount next to cap"), ("Si le parece bien quedarse", "Le devolvemos el importe íntegro y puede quedarse la lámpara. Si le parece bien quedarse", "full refund while keeping lamp")]}

def words(t):
    cjk = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", t))
    return len(t.split()) if cjk < 20 else cjk // 2

def decide(path):
    o = subprocess.run([DECIDE, "decide", path], capture_output=True, text=True)
    assert o.returncode == 0, (path, o.stderr)
    return json.loads(o.stdout)

def swap(tn):
    ds = [i for i in range(len(tn) - 1) if tn[i].isdigit() and tn[i + 1].isdigit() and tn[i] != tn[i + 1]]
    i = ds[len(ds) // 2]; return tn[:i] + tn[i + 1] + tn[i] + tn[i + 2:]

def insert(msg, sent, k):
    paras = msg.split("\n\n")
    pos = len(paras) - 1 if k % 2 == 0 else 1
    if k % 3 == 2 and len(paras) > 3: pos = 2
    old = paras[pos - 1]; new = old + ("" if paras[pos-1].endswith("\n") else " ") + sent if k % 2 == 0 and not old.startswith("-") and "\n" not in old.strip() else None
    if new:
        paras[pos - 1] = new
    else:
        paras.insert(pos, sent)
    return "\n\n".join(paras)

def main():
    os.makedirs(os.path.join(ROOT, "disputes"), exist_ok=True)
    dec = {}
    for k, (lt, rem, d) in DISPUTES.items():
        rel = f"disputes/{k}_{lt}_{rem}.json"
        with open(os.path.join(ROOT, rel), "w") as f: json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")
        j = decide(os.path.join(ROOT, rel)); assert j["remedy"] == rem, (k, j["remedy"])
        dec[k] = (rel, j, lt)
    rows = []; n = 0
    for gid, g in GOODS.items():
        rel, j, lt = dec[g["d"]]; f = j["facts"]; rem = j["remedy"]; msg = g["msg"]
        factstr = " ".join(str(v) for v in f.values() if v) + " " + json.dumps(DISPUTES[g["d"]][2], ensure_ascii=False)
        mentions = [v for p in j["required_points"] for v in p["mention"].values()]
        # sanity on good
        assert msg.rstrip().endswith(f["signature"]), gid
        assert g["name"] in msg.split("\n")[0], gid
        for v in mentions: assert (msg.count(v) == 1 if len(v) > 4 else v in msg), (gid, v)
        for num in re.findall(r"\d+(?:[.,]\d+)?", msg): assert num in factstr, (gid, num)
        assert 40 <= words(msg) <= 200, (gid, words(msg))
        base = dict(dispute=rel, remedy=rem, buyer_language=lt.split("-")[0] if DISPUTES[g["d"]][2]["buyer"].get("language") else g["lang"], good_id=gid)
        rows.append(dict(id=gid, label="good", defect=None, message=msg, note="hand-written good reply", language=g["lang"], **base))
        bank = B[g["lang"]]; reason = DISPUTES[g["d"]][2]["reason"]
        edits = []
        def add(defect, old, new, note, lang=g["lang"]):
            assert msg.count(old) == 1, (gid, defect, old)
            m = msg.replace(old, new, 1); assert m != msg
            edits.append((defect, m, note, lang))
        def ins(defect, sent, note):
            nonlocal n
            n += 1; m = insert(msg, sent, n); edits.append((defect, m, note + f": '{sent}'", g["lang"]))
        if rem == "propose_partial_or_return":
            for old, new, note in CAP[gid]: add("amount_over_cap", old, new, note)
            pool = DEFECTS[(int(gid[1:3]) + ord(gid[3])) % 11:] + DEFECTS
            pool = list(dict.fromkeys(pool))[:3 if gid in ("p14a",) else 3] + (["refund_promise"] if gid == "p14a" else [])
        else:
            start = (int(gid[1:3]) * 3 + ord(gid[3])) % 11
            pool = [DEFECTS[(start + i) % 11] for i in range(11)]
            pool = [d for d in pool if d != "wrong_language" or g["wl"]][:7]
            if g["wl"] and "wrong_language" not in pool: pool[-1] = "wrong_language"
        seen = set()
        for dft in pool:
            if dft in seen: continue
            seen.add(dft); i = len(rows) + len(edits)
            if dft == "refund_promise":
                ins(dft, bank["C"] if rem in REFUND_OK else bank["R"], "inserted forbidden offer")
            elif dft == "off_platform_contact": ins(dft, bank["O"], "inserted off-platform contact")
            elif dft == "invented_amount_or_date": ins(dft, bank["A"], "inserted invented day count/date")
            elif dft == "blame": ins(dft, bank["BS"] if reason == "not_received" else bank["BI"], "inserted blame")
            elif dft == "feedback_request": ins(dft, bank["F"], "inserted feedback request")
            elif dft == "shouting": ins(dft, bank["S"], "inserted all-caps sentence with !!!")
            elif dft == "internal_note": ins(dft, INTERNAL[i % len(INTERNAL)].format(remedy=rem), "inserted internal note")
            elif dft == "invented_tracking_number":
                tnm = [v for p in j["required_points"] for k2, v in p["mention"].items() if "tracking" in k2]
                if tnm: add(dft, tnm[0], swap(tnm[0]), f"tracking number {tnm[0]} -> near miss {swap(tnm[0])}")
                else:
                    fake = f"LY{(7391 * (i + 13)) % 1000000:06d}{i % 97:03d}CN"
                    ins(dft, bank["T"].format(tn=fake), "inserted invented tracking number")
            elif dft == "placeholder":
                if i % 3 == 0: add(dft, f["signature"], SIG_PLACEHOLDERS[i % 3], "signature replaced by placeholder")
                else:
                    ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]; first = msg.split("\n")[0]
                    add(dft, first, first.replace(g["name"], ph, 1), f"greeting name replaced by {ph}")
            elif dft == "missing_required_point":
                old = g["miss"][0]; add(dft, old, "", "deleted required point: " + old.strip()[:80])
            elif dft == "wrong_language":
                wl, txt = g["wl"]; edits.append((dft, txt, f"whole reply translated into {wl}", wl))
        cnt = {}
        for dft, m, note, lang in edits:
            cnt[dft] = cnt.get(dft, 0) + 1
            rid = f"{gid}-{dft}" + (f"-{cnt[dft]}" if cnt[dft] > 1 else "")
            assert m != msg and m.strip()
            rows.append(dict(id=rid, label="bad", defect=dft, message=m, note=note, language=lang, **base))
    # extra sanity: bad rows that insert a number must use one not in the facts (amount/date, tracking)
    for r in rows:
        if r["defect"] in ("invented_amount_or_date", "invented_tracking_number"):
            g = GOODS[r["good_id"]]["msg"]
            new = set(re.findall(r"[A-Z]*\d+", r["message"])) - set(re.findall(r"[A-Z]*\d+", g))
            assert new, r["id"]
    out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path = os.path.join(ROOT, "labelled.jsonl"); frozen = os.path.join(HERE, "frozen.sha256")
    sha = hashlib.sha256(out.encode()).hexdigest()
    if os.path.exists(frozen):
        want = open(frozen).read().split()[0]
        if want != sha: sys.exit(f"refusing: labelled.jsonl is frozen at {want}, new content {sha}")
    with open(path, "w") as fh: fh.write(out)
    from collections import Counter
    print("good", sum(r["label"] == "good" for r in rows), "bad", sum(r["label"] == "bad" for r in rows))
    print(Counter(r["defect"] for r in rows if r["defect"]))
    print(Counter(r["buyer_language"] for r in rows)); print(Counter(r["remedy"] for r in rows)); print(sha)

if __name__ == "__main__":
    main()
