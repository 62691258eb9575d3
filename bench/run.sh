#!/usr/bin/env bash
# The performance suite of issue 7: builds bench/ in Release, then measures the generator and analyzers
# (BenchmarkDotNet, in-process), the runtime's cold start (fresh processes, typed catalog against the JSON
# baseline), real `dotnet build`s with -p:ReportAnalyzer=true and the package size, and prints one table
# (also written to artifacts/bench/report.md). About 15 minutes on 2 cores; see docs/performance.md.
#
# usage: bench/run.sh [--launches N] [--first-run-launches N] [--builds N] [--no-build-share]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

models=$(grep -rlE '^kind: *model *$' catalog --include='*.yaml' 2>/dev/null | wc -l)
echo "== catalog/: $(find catalog -name '*.yaml' -not -path 'catalog/schema/*' | wc -l) YAML files, ${models} models"
if [ "$models" -eq 0 ]; then
  echo "bench: catalog/ holds no model records; the suite measures the real catalog, so import it first" >&2
  exit 1
fi

echo "== dotnet build bench (Release)"
dotnet build bench/Catalog.Benchmarks/Catalog.Benchmarks.csproj -c Release -nologo -v:q

dotnet bench/Catalog.Benchmarks/bin/Release/net10.0/Catalog.Benchmarks.dll report "$@"
