#!/usr/bin/env bash
# Coverage-guided fuzzing of the catalog's YAML front end (CatalogParser.Parse, then CatalogValidator) with
# AFL++ and SharpFuzz, for a bounded time. Installs what it needs: afl++ (apt-get), sharpfuzz (dotnet tool).
#
#   fuzz/run.sh [seconds]        fuzz for that long (default 60), seeded from fuzz/corpus with fuzz/yaml.dict
#   fuzz/run.sh --replay [path]  run the oracle over the corpus (or given files) without AFL
#
# Exit status 0 when AFL found no crash and no hang; 1 otherwise, with each finding copied to
# artifacts/fuzz/findings/ and replayed to print what it breaks. Add a fixed finding to fuzz/corpus/ and to
# tests/Catalog.Robustness.Tests/Corpus/ with its expected diagnostics.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out=artifacts/fuzz
tools="$out/tools"
# Two copies of the target: instrumented for AFL, plain for replays (instrumented code needs AFL's shared memory).
target="$out/bin/JapaneseLlm.Catalog.Fuzz.dll"
replay="$out/plain/JapaneseLlm.Catalog.Fuzz.dll"

dotnet publish fuzz/Catalog.Fuzz -c Release -o "$out/plain" -v quiet

if [ "${1:-}" = "--replay" ]; then
  shift
  exec dotnet "$replay" "${@:-fuzz/corpus}"
fi
seconds="${1:-60}"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

rm -rf "$out/bin"
cp -r "$out/plain" "$out/bin"
# Coverage comes from these two: the catalog's parser and the YAML scanner under it.
for assembly in JapaneseLlm.Catalog.Authoring.dll YamlDotNet.dll; do
  "$tools/sharpfuzz" "$out/bin/$assembly"
done

# dotnet is not an AFL-instrumented binary (SharpFuzz instruments the assemblies), the machine's core
# pattern and CPU governor are not ours to change, and CI has no terminal.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
rm -rf "$out/afl" "$out/findings"
afl-fuzz -V "$seconds" -s 6 -t 5000 -m none -i fuzz/corpus -x fuzz/yaml.dict -o "$out/afl" -- dotnet "$target" > "$out/afl.log" 2>&1 || {
  tail -n 40 "$out/afl.log"
  exit 1
}

stats="$out/afl/default/fuzzer_stats"
stat() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }
echo "fuzz: $(stat execs_done) executions in $(stat run_time) s ($(stat execs_per_sec)/s), corpus $(stat corpus_count) inputs, crashes $(stat saved_crashes), hangs $(stat saved_hangs)"

mkdir -p "$out/findings"
find "$out/afl/default/crashes" "$out/afl/default/hangs" -type f -name 'id:*' -exec cp {} "$out/findings/" \;
if [ -n "$(ls -A "$out/findings")" ]; then
  dotnet "$replay" "$out/findings" || true
  echo "fuzz: findings in $out/findings"
  exit 1
fi
