#!/usr/bin/env bash
# Load on the read endpoints a page uses, on loopback, against the real service (Release build, embedded PostgreSQL of
# its own, the sample call paired once): open-loop at RATE requests per second for SECONDS per endpoint, then the rate
# limits (sign-in and imports) seen from one client. Prints p50/p90/p99/max per endpoint and the 429s.
# Usage: bench/load.sh   (RATE=1000 SECONDS=10 PORT=5098)
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${RATE:-1000}; seconds=${SECONDS_PER_PATH:-10}; port=${PORT:-5098}
base="http://127.0.0.1:$port"
export Database__EmbeddedDirectory=.data/postgres-load
dotnet build -c Release -v q -nologo src/Matchmaking.Web >/dev/null
dotnet build -c Release -v q -nologo src/Matchmaking.Cli >/dev/null
dotnet build -c Release -v q -nologo bench/Matchmaking.Benchmarks >/dev/null
log=$(mktemp)
Urls=$base Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/Matchmaking.Web/bin/Release/net10.0/Matchmaking.Web.dll >"$log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null; wait $web 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/health" >/dev/null || { cat "$log"; exit 1; }
token=$(dotnet src/Matchmaking.Cli/bin/Release/net10.0/matchmaking.dll users add --name load-secretariat --role secretariat 2>/dev/null | tail -1)
round=$(curl -fs -X POST -H "Authorization: Bearer $token" "$base/api/calls/2027/rounds" -D - -o /dev/null | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
for _ in $(seq 120); do
  status=$(curl -fs -H "Authorization: Bearer $token" "$base$round" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  [[ $status == completed || $status == failed ]] && break; sleep 0.5
done
echo "round $round: $status; $(nproc) cores; client and server share them"
load() { dotnet bench/Matchmaking.Benchmarks/bin/Release/net10.0/Matchmaking.Benchmarks.dll load "$base" "$@"; }
echo "as the secretariat:"
load "$token" "$rate" "$seconds" "/api/calls/2027/proposals" "$round" "/api/calls/2027/applicants"
coordinator=$(dotnet src/Matchmaking.Cli/bin/Release/net10.0/matchmaking.dll users add --name load-music --role coordinator --field music 2>/dev/null | tail -1)
echo "as the music coordinator (the proposals of a field):"
load "$coordinator" "$rate" "$seconds" "/api/calls/2027/proposals"
codes=$(for i in $(seq 12); do curl -s -o /dev/null -w '%{http_code} ' -X POST -d 'Name=x&Password=y' "$base/account/sign-in"; done)
echo "12 sign-in posts from one client: $codes"
