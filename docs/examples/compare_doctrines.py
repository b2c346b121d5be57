#!/usr/bin/env python3
"""Civil wars and human security under each doctrine: a small ensemble of the default scenario.

Runs the built-in `default` scenario with every state under one doctrine at a time, for seeds 1 to N, and prints per
doctrine the mean over seeds of: civil wars begun, their battle deaths, civilians killed by governments and by rebels,
and the world's Human Security Index and its two pillars in the last year. Standard library only; the runs go to
runs/doctrines/ and are reused if they are already complete (their manifest.json exists).

    python3 docs/examples/compare_doctrines.py --seeds 6
"""
import argparse
import csv
import os
import subprocess

DOCTRINES = ["balanced", "realist", "human-security", "human-development"]


def run(cli, doctrine, seed, root):
    folder = os.path.join(root, f"{doctrine}-seed{seed}")
    if not os.path.exists(os.path.join(folder, "manifest.json")):
        subprocess.run(cli + ["run", "default", "--seed", str(seed), "--set", f"doctrines.default={doctrine}",
                              "--out", folder, "--quiet"], check=True)
    return folder


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=6)
    parser.add_argument("--root", default=os.path.join("runs", "doctrines"))
    parser.add_argument("--cli", default="dotnet src/Westphalia.Cli/bin/Release/net10.0/Westphalia.Cli.dll",
                        help="how to start the westphalia command (build it first: dotnet build -c Release src/Westphalia.Cli)")
    args = parser.parse_args()
    cli = args.cli.split()
    print("| doctrine | civil wars | battle deaths | civilians killed by governments | by rebels | HSI | freedom from fear | freedom from want |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for doctrine in DOCTRINES:
        totals = [0.0] * 7
        for seed in range(1, args.seeds + 1):
            folder = run(cli, doctrine, seed, args.root)
            wars = read(os.path.join(folder, "civil_wars.csv"))
            last = read(os.path.join(folder, "world.csv"))[-1]
            values = [len(wars), sum(int(w["battle_deaths"]) for w in wars),
                      sum(int(w["civilians_killed_by_government"]) for w in wars),
                      sum(int(w["civilians_killed_by_rebels"]) for w in wars),
                      float(last["hsi"]), float(last["freedom_from_fear"]), float(last["freedom_from_want"])]
            totals = [t + v / args.seeds for t, v in zip(totals, values)]
        print(f"| {doctrine} | {totals[0]:.1f} | {totals[1]:,.0f} | {totals[2]:,.0f} | {totals[3]:,.0f} | "
              f"{totals[4]:.3f} | {totals[5]:.3f} | {totals[6]:.3f} |")


if __name__ == "__main__":
    main()
