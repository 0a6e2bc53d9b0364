#!/usr/bin/env bash
# Draws docs/benchmarks/generator-cost.png (generator time against N) from the BenchmarkDotNet CSV report of
# GeneratorBenchmarks. Needs gnuplot: apt-get install gnuplot-nox.
#   bash docs/benchmarks/plot.sh BenchmarkDotNet.Artifacts/results/AuditGen.Benchmarks.Build.GeneratorBenchmarks-report.csv
set -euo pipefail
csv=${1:?usage: plot.sh GeneratorBenchmarks-report.csv}
out=$(dirname "$0")/generator-cost.png
data=$(mktemp)

# CSV columns: Method, ..., Methods (N), ..., Mean. Means are printed with units ("1.234 ms", "12.3 μs"); convert to ms.
python3 - "$csv" > "$data" <<'PY'
import csv, sys, collections
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
unit = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0}
series = collections.defaultdict(dict)
for r in rows:
    value, u = r["Mean"].replace(",", "").split()
    series[r["Method"]][int(r["Methods"])] = float(value) * unit[u]
methods = sorted(series)
ns = sorted({n for s in series.values() for n in s})
print("N " + " ".join(methods))
for n in ns:
    print(n, " ".join(f"{series[m].get(n, float('nan')):.4f}" for m in methods))
PY

columns=$(head -1 "$data" | wc -w)
gnuplot <<GP
set terminal pngcairo size 900,540 font "sans,10" noenhanced
set output "$out"
set title "Generator time against audited/[LoggerMessage] methods (N)"
set xlabel "N (methods)"
set ylabel "time per run (ms, log scale)"
set logscale xy
set key left top
set grid
plot for [i=2:$columns] "$data" using 1:i with linespoints title columnheader(i)
GP
echo "wrote $out"
