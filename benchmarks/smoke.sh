#!/usr/bin/env bash
# CI smoke run of the benchmarks: every benchmark once, in-process, with BenchmarkDotNet's Dry job (seconds, not
# minutes). Fails when the build or run fails, when a benchmark throws, or when fewer benchmarks ran than expected
# (a filter that matches nothing, or a benchmark class that is no longer discovered, would otherwise pass).
#
# Usage: benchmarks/smoke.sh            (from any directory)
# Env:   BENCH_SMOKE_EXPECTED  minimum number of benchmarks that must run (default below; raise it with new benchmarks)
#        BENCH_SMOKE_FILTER    BenchmarkDotNet --filter (default '*')
set -euo pipefail

expected="${BENCH_SMOKE_EXPECTED:-17}"
filter="${BENCH_SMOKE_FILTER:-*}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/benchmarks/Ipt.Domain.Benchmarks"
artifacts="$(mktemp -d)"
log="$artifacts/smoke.log"
trap 'rm -rf "$artifacts"' EXIT

status=0
dotnet run -c Release --project "$project" -- \
  --filter "$filter" --job dry --inProcess --artifacts "$artifacts" >"$log" 2>&1 || status=$?

# BenchmarkDotNet ends with "Global total time: ..., executed benchmarks: N"; N counts only benchmarks that
# produced a result. No such line means nothing ran at all.
ran="$(sed -n 's/^Global total time:.*executed benchmarks: \([0-9][0-9]*\).*$/\1/p' "$log" | tail -n 1)"
ran="${ran:-0}"
echo "benchmarks smoke: $ran benchmarks ran"

if [ "$status" -ne 0 ]; then
  tail -n 60 "$log" >&2
  echo "benchmarks smoke: FAILED (exit code $status)" >&2
  exit "$status"
fi

if [ "$ran" -lt "$expected" ]; then
  tail -n 60 "$log" >&2
  echo "benchmarks smoke: FAILED (expected at least $expected benchmarks)" >&2
  exit 1
fi
