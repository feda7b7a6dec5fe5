"""Tiny helpers shared by the reply data files."""

GOODS = {}   # good id -> {"sid": dispute set id, "text": str, "names": [accepted name forms] or None}
BADS = []    # dicts: good_id, defect, old, new, note, language (only for wrong_language)


def G(gid, sid, text, names=None):
    assert gid not in GOODS, gid
    GOODS[gid] = {"sid": sid, "text": text.strip("\n"), "names": names}


def B(gid, defect, old, new, note):
    """One edit: replace `old` (must occur exactly once in the good reply) by `new`."""
    BADS.append({"good_id": gid, "defect": defect, "old": old, "new": new, "note": note, "language": None})


def W(gid, language, text, note):
    """wrong_language: the whole reply, same content and signature, in another language."""
    BADS.append({"good_id": gid, "defect": "wrong_language", "old": None, "new": text.strip("\n"),
                 "note": note, "language": language})
