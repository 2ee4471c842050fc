"""Server-side SVG charts for the console: a stacked column chart over time and horizontal
bars. Every label is escaped; the result is safe to embed as markup."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

COLOURS = {"allow": "#3b8f5a", "review": "#d39a1c", "deny": "#c0392b"}
OUTCOMES = ("allow", "review", "deny")


def _fmt(n: float) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M"
    if n >= 10_000:
        return f"{n / 1000:.0f}k"
    if n >= 1000:
        return f"{n / 1000:.1f}k"
    return f"{n:g}"


def _nice(peak: float) -> float:
    """The axis top: a round number at or above `peak` that divides into 4 whole ticks."""
    if peak <= 4:
        return 4.0
    step = 10 ** (len(str(int(peak))) - 1)
    for m in (1, 2, 2.5, 5, 10):
        top = m * step
        if top >= peak and (top / 4) == int(top / 4):
            return float(top)
    return float(10 * step)


def columns(
    buckets: Sequence[tuple[str, Mapping[str, int]]], *, width: int = 1180, height: int = 240, title: str = ""
) -> Markup:
    """Stacked columns, one per bucket (label, counts by outcome)."""
    left, bottom, top = 48, 28, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = _nice(max((sum(c.values()) for _, c in buckets), default=0))
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    ]
    for i in range(5):
        y = top + plot_h - plot_h * i / 4
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e3e3"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="axis">{_fmt(peak * i / 4)}</text>'
        )
    n = max(len(buckets), 1)
    step = plot_w / n
    bar = max(step * 0.8, 1.0)
    label_every = max(1, n // 8)
    for i, (label, counts) in enumerate(buckets):
        x = left + i * step + (step - bar) / 2
        y = top + plot_h
        for outcome in OUTCOMES:
            v = counts.get(outcome, 0)
            if not v:
                continue
            h = plot_h * v / peak
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{COLOURS[outcome]}">'
                f"<title>{escape(label)}: {v} {outcome}</title></rect>"
            )
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - 10}" text-anchor="middle" class="axis">'
                f"{escape(label)}</text>"
            )
    if not buckets:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">no decisions</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def bars(rows: Sequence[tuple[str, Mapping[str, int]]], *, width: int = 580, title: str = "") -> Markup:
    """Horizontal stacked bars, one per row (label, counts by outcome), largest first."""
    row_h, label_w, pad = 22, 270, 6
    height = max(len(rows), 1) * row_h + 2 * pad
    peak = max((sum(c.values()) for _, c in rows), default=0) or 1
    plot_w = width - label_w - 60
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    ]
    for i, (label, counts) in enumerate(rows):
        y = pad + i * row_h
        short = label.rsplit("/", 1)[-1]  # a clause id without its pack (the full id on hover)
        short = short if len(short) <= 40 else short[:39] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" class="label">'
            f"<title>{escape(label)}</title>{escape(short)}</text>"
        )
        x = float(label_w)
        for outcome in OUTCOMES:
            v = counts.get(outcome, 0)
            if not v:
                continue
            w = plot_w * v / peak
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{max(w, 1):.1f}" height="{row_h - 6}" '
                f'fill="{COLOURS[outcome]}"><title>{escape(label)}: {v} {outcome}</title></rect>'
            )
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 15}" class="axis">{_fmt(sum(counts.values()))}</text>')
    if not rows:
        parts.append(f'<text x="{width / 2}" y="{height / 2 + 4}" text-anchor="middle">none</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
