"""Inline SVG bar charts for the HTML report: no JavaScript, no CDN, nothing fetched."""

from __future__ import annotations

from html import escape

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2")


def grouped_bars(
    title: str,
    groups: dict[str, dict[str, float]],
    series: list[str],
    *,
    maximum: float,
    ticks: list[float],
    fmt: str = "{:.1f}",
) -> str:
    """One cluster of bars per group (e.g. a remedy), one bar per series (e.g. a criterion)."""
    bar_w, gap, left, top, height = 14, 18, 44, 40, 180
    cluster = bar_w * len(series) + gap
    width = left + cluster * max(1, len(groups)) + 140  # room for the last slanted label
    label_room = 120  # group names are written at a slant below the axis
    total_h = top + height + label_room
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{total_h}" '
        f'viewBox="0 0 {width} {total_h}" font-family="sans-serif" font-size="11">',
        f"<title>{escape(title)}</title>",
        f'<text x="{left}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>',
    ]
    for i, name in enumerate(series):  # legend
        lx = left + i * 120
        out.append(
            f'<rect x="{lx}" y="22" width="10" height="10" fill="{PALETTE[i % len(PALETTE)]}"/>'
            f'<text x="{lx + 14}" y="31">{escape(name)}</text>'
        )
    for tick in ticks:
        y = top + height - tick / maximum * height
        out.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{escape(fmt.format(tick))}</text>'
        )
    for g, (group, values) in enumerate(groups.items()):
        x0 = left + g * cluster + gap / 2
        for i, name in enumerate(series):
            value = values.get(name)
            if value is None:
                continue
            h = max(0.0, min(value, maximum)) / maximum * height
            x = x0 + i * bar_w
            out.append(
                f'<rect x="{x:.1f}" y="{top + height - h:.1f}" width="{bar_w - 2}" height="{h:.1f}" '
                f'fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(group)} · {escape(name)}: '
                f"{escape(fmt.format(value))}</title></rect>"
            )
        cx = x0 + bar_w * len(series) / 2
        out.append(
            f'<text transform="translate({cx:.1f},{top + height + 10}) rotate(35)" '
            f'text-anchor="start">{escape(group)}</text>'
        )
    out.append(f'<line x1="{left}" x2="{width - 10}" y1="{top + height}" y2="{top + height}" stroke="#333"/>')
    out.append("</svg>")
    return "".join(out)
