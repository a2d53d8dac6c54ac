#!/usr/bin/env bash
# Verifies Ipt.Domain under trimming: a trimmed, self-contained linux-x64 publish of
#   1. the quickstart (samples/Ipt.Domain.Quickstart), and
#   2. the consumer app (build/consumer, here against the library project) which also runs the JSON history and the
#      optimistic version check,
# must report no trim or AOT analysis warning (IL2xxx / IL3xxx), and each published binary must run its course to
# completion with an equal replay. Needs only the .NET SDK (the runtime pack comes from the default package source).
# Prints one summary line last.
# Usage: build/verify-trim.sh [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
keep=0
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    *) echo "usage: $0 [--keep]" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
rid="${IPT_TRIM_RID:-linux-x64}"
work=$(mktemp -d "${TMPDIR:-/tmp}/ipt-verify-trim.XXXXXX")
if [ "$keep" -eq 0 ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work"; fi

fail() { echo "verify-trim: FAILED: $*" >&2; exit 1; }
publish_args=(-c Release -r "$rid" --self-contained -p:PublishTrimmed=true -p:TrimmerSingleWarn=false -nologo)

publish_and_run() { # publish_and_run NAME PROJECT APP [extra publish args...]
  local name=$1 project=$2 app=$3; shift 3
  echo "== trimmed publish: $name ($rid)"
  if ! dotnet publish "$project" "${publish_args[@]}" -o "$work/$name" "$@" > "$work/$name.publish.log" 2>&1; then
    cat "$work/$name.publish.log"; fail "publishing $name"
  fi
  local warnings
  warnings=$(grep -E '(warning|error) IL[23][0-9]{3}' "$work/$name.publish.log" | sort -u || true)
  if [ -n "$warnings" ]; then
    echo "$warnings"; fail "$name: $(wc -l <<< "$warnings") trim/AOT analysis warning(s)"
  fi
  if ! "$work/$name/$app" > "$work/$name.run.log" 2>&1; then
    cat "$work/$name.run.log"; fail "the trimmed $name exited with an error"
  fi
  grep -q "replay equals live course: True" "$work/$name.run.log" || { cat "$work/$name.run.log"; fail "the trimmed $name did not complete its course"; }
  grep -E "Completed, 16 of 16 sessions held" "$work/$name.run.log" | head -n 1 | sed 's/^ *//'
}

publish_and_run quickstart samples/Ipt.Domain.Quickstart Ipt.Domain.Quickstart

cp -R build/consumer "$work/consumer-src"
rm -rf "$work/consumer-src/bin" "$work/consumer-src/obj"
publish_and_run consumer "$work/consumer-src/Ipt.Domain.Consumer.csproj" Ipt.Domain.Consumer \
  -p:IptDomainProject="$root/src/Ipt.Domain/Ipt.Domain.csproj"

size=$(du -sm "$work/quickstart" | cut -f1)
echo "verify-trim: OK quickstart and consumer published trimmed self-contained ($rid, quickstart ${size} MB) with 0 IL2xxx/IL3xxx warnings and ran their courses to completion; $(( $(date +%s) - started )) s"
