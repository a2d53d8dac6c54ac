#!/usr/bin/env bash
# Verifies Ipt.Domain as a package user meets it:
#   1. packs the library (Release, ContinuousIntegrationBuild, SOURCE_DATE_EPOCH) with a throwaway version into a
#      folder feed, and checks the .nupkg holds lib/net8.0 and lib/net10.0 (DLL + XML docs), README.md, the licence,
#      and that a .snupkg was produced, with no absolute build path in the DLLs or PDBs;
#   2. builds and runs build/consumer/ (a console app outside the solution) against that version from the feed, with
#      an isolated NUGET_PACKAGES folder so the package is really restored from the feed; the app registers the library
#      with AddIptDomain, runs a complete standard-IPT course from the registered catalogue, reviews it with the
#      registered fidelity reviewer and exits non-zero unless it completes, reviews without errors and replays equal;
#   2b. packs Ipt.Domain.Fhir with the same version into the same feed, checks its .nupkg (net8.0/net10.0 DLLs and XML
#      docs, README.md, dependencies on Ipt.Domain of that version and on Hl7.Fhir.R4), and builds and runs
#      build/consumer-fhir/ against it from the feed: it exports a course as a transaction Bundle, reads a
#      QuestionnaireResponse into the measure command and round-trips standard IPT through a PlanDefinition;
#   2c. packs Ipt.Domain.Storage.Sqlite, .Storage.Marten, .Research, .Testing and the ipt tool (Ipt.Domain.Cli) with the
#      same version, checks each has its README.md and licence, builds and runs build/consumer-sqlite/ (save, load and
#      a repeated command id through the packaged SQLite store), and installs the ipt tool from the packed nupkg into a
#      temporary tool path and runs `ipt protocols`;
#   3. packs the committed HEAD again from a fresh clone at another path and checks the .nupkg and .snupkg are
#      byte-identical (skipped with a notice when the working tree has uncommitted changes, or with --no-determinism).
# Needs only the .NET SDK, git, and unzip or python3 (to read the zip). Prints one summary line last.
# Usage: build/verify-package.sh [--no-determinism] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

check_determinism=1
keep=0
for arg in "$@"; do
  case "$arg" in
    --no-determinism) check_determinism=0 ;;
    --keep) keep=1 ;;
    *) echo "usage: $0 [--no-determinism] [--keep]" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"
work=$(mktemp -d "${TMPDIR:-/tmp}/ipt-verify-package.XXXXXX")
if [ "$keep" -eq 0 ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work"; fi

fail() { echo "verify-package: FAILED: $*" >&2; exit 1; }

zip_list() { # prints the entry names of a zip, one per line
  if command -v unzip > /dev/null; then
    unzip -Z1 "$1"
  elif command -v python3 > /dev/null; then
    python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"
  else
    fail "neither unzip nor python3 is available to read $1"
  fi
}

zip_extract() { # zip_extract ZIP DEST
  if command -v unzip > /dev/null; then
    unzip -q -o "$1" -d "$2"
  else
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$1" "$2"
  fi
}

pack_project() { # pack_project PROJECT: packs src/PROJECT into the feed with the throwaway version, no warnings allowed
  dotnet pack "src/$1" "${pack_args[@]}" -o "$work/feed" > "$work/pack-$1.log" 2>&1 || { cat "$work/pack-$1.log"; fail "dotnet pack $1"; }
  if grep -E ': warning [A-Z]+[0-9]+' "$work/pack-$1.log"; then fail "dotnet pack $1 reported warnings"; fi
  [ -f "$work/feed/$1.$version.nupkg" ] || fail "$work/feed/$1.$version.nupkg not produced"
}

check_package() { # check_package PROJECT: extracts the packed PROJECT to $work/x-PROJECT; README (absolute links), MIT
  mkdir -p "$work/x-$1"
  zip_extract "$work/feed/$1.$version.nupkg" "$work/x-$1"
  [ -f "$work/x-$1/README.md" ] || fail "README.md missing from the $1 package"
  grep -q '<readme>README.md</readme>' "$work/x-$1/$1.nuspec" || fail "the $1 nuspec does not name README.md as the readme"
  if grep -noP '\]\((?!https?://|#|mailto:)[^)]*\)' "$work/x-$1/README.md"; then fail "the packed $1 README.md has relative links"; fi
  grep -q '<license type="expression">MIT</license>' "$work/x-$1/$1.nuspec" || fail "the $1 nuspec does not declare the MIT licence"
}

run_consumer() { # run_consumer FOLDER: copies build/FOLDER beside the feed and runs it against the packed version only
  cp -R "build/$1" "$work/$1"
  rm -rf "$work/$1/bin" "$work/$1/obj"
  cat > "$work/$1/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="ipt-domain-verify" value="$work/feed" />
  </packageSources>
</configuration>
EOF
  if ! NUGET_PACKAGES="$work/packages" dotnet run --project "$work/$1" -c Release -p:IptDomainVersion="$version" > "$work/$1.log" 2>&1; then
    cat "$work/$1.log"; fail "$1 did not build or did not complete"
  fi
  cat "$work/$1.log"
}

resolved_as_package() { # resolved_as_package FOLDER PACKAGE: the consumer's assets name PACKAGE at the packed version
  grep -q "\"$2/$version\"" "$work/$1/obj/project.assets.json" || fail "$1 did not resolve $2 $version as a package"
}

base_version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/Ipt.Domain/Ipt.Domain.csproj | head -n 1)
[ -n "$base_version" ] || fail "no <Version> in src/Ipt.Domain/Ipt.Domain.csproj"
version="${IPT_PACKAGE_VERSION:-${base_version%%-*}-ci.$(git rev-list --count HEAD).$(date +%s)}"
pack_args=(-c Release -p:Version="$version" -p:ContinuousIntegrationBuild=true -nologo)

# 1. Pack and inspect.
echo "== pack Ipt.Domain $version (SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"
pack_project Ipt.Domain
nupkg="$work/feed/Ipt.Domain.$version.nupkg"
snupkg="$work/feed/Ipt.Domain.$version.snupkg"
[ -f "$snupkg" ] || fail "symbols package $snupkg not produced"

entries=$(zip_list "$nupkg")
for entry in lib/net8.0/Ipt.Domain.dll lib/net8.0/Ipt.Domain.xml lib/net10.0/Ipt.Domain.dll lib/net10.0/Ipt.Domain.xml README.md Ipt.Domain.nuspec; do
  grep -qxF "$entry" <<< "$entries" || fail "$entry missing from the package"
done
for entry in lib/net8.0/Ipt.Domain.pdb lib/net10.0/Ipt.Domain.pdb; do
  grep -qxF "$entry" <<< "$(zip_list "$snupkg")" || fail "$entry missing from the symbols package"
done

mkdir -p "$work/nupkg" "$work/snupkg"
zip_extract "$nupkg" "$work/nupkg"
zip_extract "$snupkg" "$work/snupkg"
nuspec="$work/nupkg/Ipt.Domain.nuspec"
if grep -q '<license type="expression">' "$nuspec"; then
  licence=$(sed -n 's:.*<license type="expression">\(.*\)</license>.*:\1:p' "$nuspec")
elif grep -q '<license type="file">' "$nuspec"; then
  licence=$(sed -n 's:.*<license type="file">\(.*\)</license>.*:\1:p' "$nuspec")
  grep -qxF "$licence" <<< "$entries" || fail "licence file $licence missing from the package"
else
  fail "the nuspec declares no licence"
fi
grep -q '<readme>README.md</readme>' "$nuspec" || fail "the nuspec does not name README.md as the readme"
# The packed readme is read on a package page, outside the repository: every link must be absolute.
if grep -noP '\]\((?!https?://|#|mailto:)[^)]*\)' "$work/nupkg/README.md"; then fail "the packed README.md has relative links"; fi
grep -q '<projectUrl>https://' "$nuspec" || fail "the nuspec has no projectUrl"
grep -q '<repository type="git" url="https://' "$nuspec" || fail "the nuspec has no repository url"
for dep in OneOf Ardalis.GuardClauses; do
  [ "$(grep -c "<dependency id=\"$dep\"" "$nuspec")" -eq 2 ] || fail "the nuspec does not declare $dep for net8.0 and net10.0"
done
[ "$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$nuspec")" = "$version" ] || fail "the nuspec version is not $version"
[ "$(grep -c '<dependency id="Microsoft.Extensions.DependencyInjection.Abstractions"' "$nuspec")" -eq 2 ] ||
  fail "the nuspec does not declare Microsoft.Extensions.DependencyInjection.Abstractions for net8.0 and net10.0"

# A continuous-integration build maps source paths to /_/: the build folder must not leak into binaries.
for f in "$work"/nupkg/lib/*/Ipt.Domain.dll "$work"/snupkg/lib/*/Ipt.Domain.pdb; do
  if grep -aqF "$root/" "$f"; then fail "$f contains the absolute build path $root"; fi
done
# The SDK's built-in Source Link maps only hosted providers (GitHub, GitLab, Azure DevOps, Bitbucket); a clone of a
# local path or an unknown host gets no source links, and that is not a packaging fault.
origin_url="$(git remote get-url origin 2>/dev/null || true)"
if printf '%s' "$origin_url" | grep -qE '(github\.com|gitlab\.com|dev\.azure\.com|visualstudio\.com|bitbucket\.org)'; then
  for f in "$work"/snupkg/lib/*/Ipt.Domain.pdb; do
    grep -aqF '{"documents":' "$f" || fail "$f has no Source Link information although the origin is a hosted provider"
  done
  sourcelink="present"
elif [ -n "$origin_url" ]; then
  sourcelink="not applicable (origin is not a hosted provider)"
else
  sourcelink="not applicable (no origin remote)"
fi

# 2. Consumer: references the package by version from the folder feed only.
echo "== consumer against Ipt.Domain $version from the folder feed"
run_consumer consumer
grep -q "replay equals live course: True" "$work/consumer.log" || fail "the consumer did not report an equal replay"
grep -q "^fidelity score: " "$work/consumer.log" || fail "the consumer did not report its fidelity review"
[ -f "$work/packages/ipt.domain/$version/ipt.domain.$version.nupkg" ] || fail "Ipt.Domain $version was not restored from the feed"
resolved_as_package consumer Ipt.Domain

# 2b. Ipt.Domain.Fhir: packed with the same version; its consumer restores both packages from the feed.
echo "== pack Ipt.Domain.Fhir $version"
pack_project Ipt.Domain.Fhir
fhir_nupkg="$work/feed/Ipt.Domain.Fhir.$version.nupkg"
[ -f "$work/feed/Ipt.Domain.Fhir.$version.snupkg" ] || fail "symbols package of Ipt.Domain.Fhir not produced"
fhir_entries=$(zip_list "$fhir_nupkg")
for entry in lib/net8.0/Ipt.Domain.Fhir.dll lib/net8.0/Ipt.Domain.Fhir.xml lib/net10.0/Ipt.Domain.Fhir.dll lib/net10.0/Ipt.Domain.Fhir.xml README.md Ipt.Domain.Fhir.nuspec; do
  grep -qxF "$entry" <<< "$fhir_entries" || fail "$entry missing from the Ipt.Domain.Fhir package"
done
check_package Ipt.Domain.Fhir
fhir_nuspec="$work/x-Ipt.Domain.Fhir/Ipt.Domain.Fhir.nuspec"
[ "$(grep -c "<dependency id=\"Ipt.Domain\" version=\"$version\"" "$fhir_nuspec")" -eq 2 ] ||
  fail "the Ipt.Domain.Fhir nuspec does not depend on Ipt.Domain $version for net8.0 and net10.0"
[ "$(grep -c '<dependency id="Hl7.Fhir.R4"' "$fhir_nuspec")" -eq 2 ] || fail "the Ipt.Domain.Fhir nuspec does not declare Hl7.Fhir.R4 for net8.0 and net10.0"
for f in "$work"/x-Ipt.Domain.Fhir/lib/*/Ipt.Domain.Fhir.dll; do
  if grep -aqF "$root/" "$f"; then fail "$f contains the absolute build path $root"; fi
done

echo "== consumer against Ipt.Domain.Fhir $version from the folder feed"
run_consumer consumer-fhir
grep -q "plan definition round trip: True" "$work/consumer-fhir.log" || fail "the FHIR consumer did not report an equal PlanDefinition round trip"
grep -q "questionnaire response recorded: True" "$work/consumer-fhir.log" || fail "the FHIR consumer did not record the imported measure"
resolved_as_package consumer-fhir Ipt.Domain.Fhir
resolved_as_package consumer-fhir Ipt.Domain

# 2c. Every other shipped package: packed with the same version, each with its README (absolute links) and the MIT
#     licence; the SQLite store's consumer saves and loads from the feed; the ipt tool installs into a temporary
#     tool path from the packed nupkg and `ipt protocols` runs.
for project in Ipt.Domain.Storage.Sqlite Ipt.Domain.Storage.Marten Ipt.Domain.Research Ipt.Domain.Testing Ipt.Domain.Cli; do
  echo "== pack $project $version"
  pack_project "$project"
  check_package "$project"
done
grep -q '<packageType name="DotnetTool"' "$work/x-Ipt.Domain.Cli/Ipt.Domain.Cli.nuspec" || fail "Ipt.Domain.Cli is not packed as a .NET tool"
grep -q "<dependency id=\"Ipt.Domain\" version=\"$version\"" "$work/x-Ipt.Domain.Testing/Ipt.Domain.Testing.nuspec" || fail "Ipt.Domain.Testing does not depend on Ipt.Domain $version"
grep -q '<dependency id="FsCheck"' "$work/x-Ipt.Domain.Testing/Ipt.Domain.Testing.nuspec" || fail "Ipt.Domain.Testing does not depend on FsCheck"

echo "== consumer against Ipt.Domain.Storage.Sqlite $version from the folder feed"
run_consumer consumer-sqlite
grep -q "sqlite save and load: True" "$work/consumer-sqlite.log" || fail "the SQLite consumer did not load back what it saved"
grep -q "repeat appended nothing: True" "$work/consumer-sqlite.log" || fail "the SQLite consumer's repeated command id appended"
resolved_as_package consumer-sqlite Ipt.Domain.Storage.Sqlite

echo "== ipt tool $version from the packed nupkg into a temporary tool path"
NUGET_PACKAGES="$work/packages" dotnet tool install Ipt.Domain.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/feed" > "$work/tool-install.log" 2>&1 ||
  { cat "$work/tool-install.log"; fail "dotnet tool install Ipt.Domain.Cli"; }
"$work/tools/ipt" protocols > "$work/ipt-protocols.log" 2>&1 || { cat "$work/ipt-protocols.log"; fail "ipt protocols failed"; }
grep -q "ipt-b" "$work/ipt-protocols.log" || { cat "$work/ipt-protocols.log"; fail "ipt protocols did not list the built-in protocols"; }

# 3. Determinism: the same commit packed from another clone at another path gives identical bytes.
determinism="skipped (--no-determinism)"
if [ "$check_determinism" -eq 1 ]; then
  if [ -n "$(git status --porcelain)" ]; then
    determinism="skipped (uncommitted changes; run on a clean tree)"
  else
    echo "== determinism: pack HEAD again from a clone at another path"
    git clone -q --no-hardlinks "$root" "$work/clone"
    git -C "$work/clone" remote remove origin
    if git remote get-url origin > /dev/null 2>&1; then git -C "$work/clone" remote add origin "$(git remote get-url origin)"; fi
    (cd "$work/clone" && dotnet pack src/Ipt.Domain "${pack_args[@]}" -o "$work/feed2" &&
      dotnet pack src/Ipt.Domain.Fhir "${pack_args[@]}" -o "$work/feed2") > "$work/pack2.log" 2>&1 || { cat "$work/pack2.log"; fail "second dotnet pack"; }
    for f in "Ipt.Domain.$version.nupkg" "Ipt.Domain.$version.snupkg" "Ipt.Domain.Fhir.$version.nupkg" "Ipt.Domain.Fhir.$version.snupkg"; do
      if ! cmp -s "$work/feed/$f" "$work/feed2/$f"; then
        mkdir -p "$work/second"; zip_extract "$work/feed2/$f" "$work/second/$f"
        [ -d "$work/first/$f" ] || { mkdir -p "$work/first"; zip_extract "$work/feed/$f" "$work/first/$f"; }
        diff -rq "$work/first/$f" "$work/second/$f" || true
        fail "$f differs between two packs of the same commit"
      fi
    done
    determinism="identical .nupkg and .snupkg from two clones"
  fi
fi

lib_list=$(grep -E '^lib/' <<< "$entries" | tr '\n' ' ')
echo "verify-package: OK Ipt.Domain $version [${lib_list% }; README.md; licence $licence; snupkg; Source Link $sourcelink]; consumer course completed and replayed equal; Ipt.Domain.Fhir packed, FHIR consumer exported, imported and round-tripped; Sqlite, Marten, Research, Testing and the ipt tool packed with READMEs, SQLite consumer saved and loaded, ipt installed and listed the protocols; determinism: $determinism; $(( $(date +%s) - started )) s"
