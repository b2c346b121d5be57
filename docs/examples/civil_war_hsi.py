#!/usr/bin/env python3
"""What one civil war does to the Human Security Index of its state and of its neighbours.

Reads two run folders of the same scenario, one with the war and one without it, and prints, year by year, the
difference in the HSI (with minus without) of the state at war and of each neighbouring state; with --svg it also
draws those differences. Standard library only.

    python3 docs/examples/civil_war_hsi.py runs/with runs/without "State 31" --svg chart.svg
"""
import argparse
import csv
import math
from collections import defaultdict


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def neighbours(regions, state):
    """States owning a region next to one of the state's regions (centres one map unit apart on the grid)."""
    mine = [(float(r["x"]), float(r["y"])) for r in regions if r["state"] == state]
    found = set()
    for r in regions:
        if r["state"] == state:
            continue
        x, y = float(r["x"]), float(r["y"])
        if any(math.hypot(x - a, y - b) < 1.01 for a, b in mine):
            found.add(r["state"])
    return sorted(found, key=lambda s: int(s.split()[-1]) if s.split()[-1].isdigit() else 0)


def yearly_hsi(states):
    """Mean HSI per state and year over the rows of that year (monthly or yearly cadence alike)."""
    sums = defaultdict(lambda: [0.0, 0])
    for row in states:
        cell = sums[(row["state"], int(row["year"]))]
        cell[0] += float(row["hsi"])
        cell[1] += 1
    return {key: total / count for key, (total, count) in sums.items()}


def svg(series, years, path, title):
    width, height, left, right, top, bottom = 760, 420, 70, 170, 40, 50
    low = min(min(v) for v in series.values())
    high = max(0.0, max(max(v) for v in series.values()))
    span = (high - low) or 1.0
    x = lambda i: left + (width - left - right) * i / (len(years) - 1)
    y = lambda v: top + (height - top - bottom) * (high - v) / span
    colours = ["#c0392b", "#2c7fb8", "#41ab5d", "#807dba", "#fd8d3c", "#636363", "#e7298a", "#66a61e"]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="22" font-size="14">{title}</text>',
           f'<line x1="{left}" y1="{y(0):.1f}" x2="{width - right}" y2="{y(0):.1f}" stroke="#999"/>']
    for k in range(6):
        v = low + span * k / 5
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:+.3f}</text>')
    for i, year in enumerate(years):
        if year % 5 == 0:
            out.append(f'<text x="{x(i):.1f}" y="{height - bottom + 18}" text-anchor="middle">{year}</text>')
    out.append(f'<text x="{(left + width - right) / 2}" y="{height - 12}" text-anchor="middle">year (HSI with the war minus HSI without it)</text>')
    for n, (name, values) in enumerate(series.items()):
        colour = colours[n % len(colours)]
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        stroke = 3 if n == 0 else 1.5
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="{stroke}" points="{points}"/>')
        label = f"{name} (at war)" if n == 0 else name
        out.append(f'<text x="{width - right + 8}" y="{top + 16 * n + 4}" fill="{colour}">{label}</text>')
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("with_war")
    parser.add_argument("without_war")
    parser.add_argument("state")
    parser.add_argument("--svg", help="also draw the differences to this SVG file")
    args = parser.parse_args()
    regions = read(f"{args.with_war}/regions.csv")
    near = neighbours(regions, args.state)
    a = yearly_hsi(read(f"{args.with_war}/states.csv"))
    b = yearly_hsi(read(f"{args.without_war}/states.csv"))
    years = sorted({year for (_, year) in a})
    names = [args.state] + near
    print("| year | " + " | ".join(f"{n}{' (at war)' if n == args.state else ''}" for n in names) + " |")
    print("|---:|" + "---:|" * len(names))
    series = {n: [] for n in names}
    for year in years:
        cells = []
        for n in names:
            d = a.get((n, year), float("nan")) - b.get((n, year), float("nan"))
            series[n].append(0.0 if math.isnan(d) else d)
            cells.append(f"{d:+.4f}")
        print(f"| {year} | " + " | ".join(cells) + " |")
    if args.svg:
        svg(series, years, args.svg, f"A civil war in {args.state}: its Human Security Index and its neighbours'")


if __name__ == "__main__":
    main()
