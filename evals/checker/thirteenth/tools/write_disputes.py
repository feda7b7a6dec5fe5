import json, subprocess, sys, pathlib
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from disputes_data import DISPUTES
REPO = ROOT.parents[2]
ok = True
for qid, lang, remedy, disp in DISPUTES:
    short = lang.split("-")[0]
    p = ROOT / "disputes" / f"{qid}_{short}_{remedy}.json"
    p.write_text(json.dumps(disp, ensure_ascii=False, indent=2) + "\n")
    r = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "decide", str(p)], capture_output=True, text=True)
    if r.returncode != 0:
        print("FAIL", qid, r.stderr[-500:]); ok = False; continue
    dec = json.loads(r.stdout)
    (HERE / "decisions" / f"{qid}.json").write_text(json.dumps(dec, ensure_ascii=False, indent=2) + "\n")
    if dec["remedy"] != remedy:
        print("WRONG REMEDY", qid, dec["remedy"], remedy); ok = False
    else:
        m = {k: v for pt in dec["required_points"] for k, v in pt["mention"].items()}
        print(qid, remedy, dec["variant"], m, "|", dec["facts"]["signature"], "| cap", dec["facts"]["partial_refund_cap"])
sys.exit(0 if ok else 1)
