"""Deterministic plan: which defect is planted into which good reply."""
from collections import defaultdict
GOODS = "01a 02a 03a 03b 04a 05a 05b 06a 07a 08a 09a 10a 11a 12a 13a 14a 14b 15a 16a 17a 17b 18a 19a 20a 21a 22a 22b 23a 23b 24a".split()
CAP = "03a 03b 14a 14b 23a 23b 05a 05b 10a 17a 17b 22a 22b".split()
D = "refund_promise invented_amount_or_date invented_tracking_number off_platform_contact placeholder internal_note wrong_language feedback_request blame shouting missing_required_point".split()
def plan():
    a = defaultdict(list)
    for g in CAP:
        a[g].append("amount_over_cap")
    for k in range(143):
        a[GOODS[k % 30]].append(D[k % 11])
    return a
if __name__ == "__main__":
    for g, v in plan().items():
        print(g, v)
