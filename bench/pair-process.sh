#!/usr/bin/env bash
# Times `matchmaking pair` as a whole process (start-up, reading, featurizing, scoring, assignment, writing the JSON)
# on N applicants x N offers across the seven fields, capacities 1-3, eligibility off, for two workloads:
#   realistic: each text is 2-3 sentences of its field's corpus;
#   vocab60:   each text is 12-40 words drawn from one 60-word list, so every offer shares terms with every applicant.
# Prints, per size and workload, the median wall time and the peak resident memory of RUNS runs.
# Usage: bench/pair-process.sh [sizes...]   (default 1000 2000 5000 10000; RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 2000 5000 10000}")
read -r -a sizes <<<"${sizes[*]}"
runs=${RUNS:-3}
work=${WORK:-$(mktemp -d)}
dotnet build -c Release -v q -nologo src/Matchmaking.Cli >/dev/null
dotnet build -c Release -v q -nologo bench/Matchmaking.Benchmarks >/dev/null
cli=src/Matchmaking.Cli/bin/Release/net10.0/matchmaking.dll
bench=bench/Matchmaking.Benchmarks/bin/Release/net10.0/Matchmaking.Benchmarks.dll
printf '%-10s %8s %8s %10s %12s\n' workload size runs "wall s" "peak MB"
for workload in realistic vocab60; do
  for n in "${sizes[@]}"; do
    dir="$work/$workload-$n"
    [[ -f "$dir/mentors.csv" ]] || dotnet "$bench" pair-inputs "$dir" "$n" "$n" "$workload" >/dev/null
    times=(); peak=0
    for ((r = 0; r < runs; r++)); do
      /usr/bin/time -f '%e %M' -o "$dir/time" dotnet "$cli" pair --call 2027 --applicants "$dir/applicants.csv" \
        --mentors "$dir/mentors.csv" --eligibility none --out "$dir/result.json" 2>/dev/null
      read -r wall kb <"$dir/time"
      times+=("$wall"); ((kb > peak)) && peak=$kb
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-10s %8d %8d %10.2f %12.0f\n' "$workload" "$n" "$runs" "$median" "$((peak / 1024))"
  done
done
