"""Write disputes/ from disputes_data.py, run `disputedraft decide` on each, check the intended remedy."""
import json, subprocess, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REPO = ROOT.parents[2]
sys.path.insert(0, str(HERE))
from disputes_data import DISPUTES

def main():
    (ROOT / "disputes").mkdir(exist_ok=True)
    (HERE / "decisions").mkdir(exist_ok=True)
    bad = 0
    for key, (remedy, d) in DISPUTES.items():
        p = ROOT / "disputes" / f"{key}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "decide", str(p)], capture_output=True, text=True)
        if r.returncode != 0:
            print("FAIL decide", key, r.stderr); bad += 1; continue
        dec = json.loads(r.stdout)
        (HERE / "decisions" / f"{key}.json").write_text(json.dumps(dec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if dec["remedy"] != remedy:
            print("WRONG remedy", key, dec["remedy"], "!=", remedy); bad += 1
    if bad:
        sys.exit(1)
    print(f"{len(DISPUTES)} disputes ok")

if __name__ == "__main__":
    main()
