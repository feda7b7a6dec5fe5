"""Deterministic plan: which good row carries which planted defect (13 per defect)."""
GOODS = ["oz01a","oz02a","oz03a","oz03b","oz04a","oz05a","oz06a","oz07a","oz08a","oz08b","oz09a","oz10a","oz10b",
         "oz11a","oz11b","oz12a","oz13a","oz14a","oz15a","oz16a","oz17a","oz17b","oz18a","oz19a","oz20a","oz21a",
         "oz22a","oz23a","oz23b","oz24a"]
DEFECTS = ["refund_promise","amount_over_cap","invented_amount_or_date","invented_tracking_number","off_platform_contact",
           "placeholder","internal_note","wrong_language","feedback_request","blame","shouting","missing_required_point"]
CAP_OK = ["oz03a","oz03b","oz04a","oz10a","oz10b","oz11a","oz11b","oz17a","oz17b","oz20a","oz23a","oz23b","oz24a"]
def plan():
    load = {g: 0 for g in GOODS}; out = {g: [] for g in GOODS}
    for g in CAP_OK: out[g].append("amount_over_cap"); load[g] += 1
    start = 0
    for d in DEFECTS:
        if d == "amount_over_cap": continue
        order = GOODS[start:] + GOODS[:start]; start = (start + 7) % len(GOODS)
        chosen = sorted(order, key=lambda g: (load[g], order.index(g)))[:13]
        for g in chosen: out[g].append(d); load[g] += 1
    return out
if __name__ == "__main__":
    for g, ds in plan().items(): print(g, len(ds), ds)
