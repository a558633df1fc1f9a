#!/usr/bin/env bash
# Loads the demo into the running suite (./suite up calls it once the services are ready): imports the sample
# jobs the project ships (and ../shared/data/jobs when present), signs in a demo user, uploads the demo resume,
# waits until it is parsed and matched, and prints the top matches with their scores and explanations.
# Idempotent: imports are keyed by each posting's externalId, the demo user is created once, and uploading the
# same file again returns the resume already stored.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${SUITE_STATE_DIR:-$ROOT/.suite}"
SAMPLES="$ROOT/scripts/sample-data"
SHARED_DATA="${SHARED_DATA:-$ROOT/../shared/data}"
USER_URL="${USER_SERVICE_URL:-http://localhost:8081}"
RESUME_URL="${RESUME_SERVICE_URL:-http://localhost:8082}"
MATCHING_URL="${MATCHING_SERVICE_URL:-http://localhost:8084}"
# Its OpenAPI document is on the management interface, not the API port.
MATCHING_MANAGEMENT_URL="${MATCHING_MANAGEMENT_URL:-http://localhost:9084}"
DEMO_EMAIL="${DEMO_EMAIL:-demo@jobmatch.local}"
# A local demo account; set DEMO_PASSWORD to choose another.
DEMO_PASSWORD="${DEMO_PASSWORD:-jobmatch-demo-account}"
WAIT_SECONDS="${DEMO_WAIT_SECONDS:-240}"
TOP="${DEMO_TOP_MATCHES:-10}"
# DEMO_SHARED_JOBS=0 skips the import of ../shared/data/jobs (its ~3,600 postings keep ai-service's one
# enrichment queue busy for a long while; benches that import their own jobs set it).
SHARED_JOBS="${DEMO_SHARED_JOBS:-1}"

step() { printf '\n==> [%s] %s\n' "$1" "$2" >&2; }
info() { printf '    %s\n' "$*" >&2; }
fail() { printf 'demo: %s\n' "$*" >&2; exit 1; }
# progress SECONDS TEXT: one updating line on a terminal, a line every 30 s otherwise.
progress() {
  if [ -t 2 ]; then printf '\r    %s %3ds ' "$2" "$1" >&2
  elif [ $(($1 % 30)) -lt 3 ]; then printf '    %s %ds\n' "$2" "$1" >&2; fi
}
end_progress() { if [ -t 2 ]; then printf '\r%60s\r' '' >&2; fi; }

require_tools() {
  command -v curl >/dev/null 2>&1 || fail "curl is needed"
  if ! command -v jq >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
      info "installing jq (apt-get)"
      if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq jq >/dev/null; else sudo apt-get install -y -qq jq >/dev/null; fi
    fi
    command -v jq >/dev/null 2>&1 || fail "jq is needed (apt-get install jq, brew install jq)"
  fi
}

# api METHOD URL [curl args...]: leaves the response body in $BODY and the HTTP status in $STATUS.
api() {
  local method="$1" url="$2"; shift 2
  local out; out=$(mktemp)
  STATUS=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" "$url" "$@") || STATUS=000
  BODY=$(cat "$out"); rm -f "$out"
}

service_token() {
  [ -f "$STATE/keys/service-secrets.env" ] || fail "$STATE/keys/service-secrets.env is missing: start the suite with ./suite up"
  # shellcheck disable=SC1091
  . "$STATE/keys/service-secrets.env"
  local body; body=$(jq -n --arg secret "$MATCHING_SECRET" '{clientId: "matching-service", clientSecret: $secret}')
  local response
  api POST "$USER_URL/api/auth/service-token" -H 'Content-Type: application/json' --data-binary "$body"
  response=$BODY
  [ "$STATUS" = 200 ] || fail "could not obtain a service token (HTTP $STATUS): $response"
  jq -r .accessToken <<<"$response"
}

report_import() {
  local label="$1" response="$2"
  if [ "$STATUS" != 201 ]; then info "$label: HTTP $STATUS $(jq -r '.detail // .title // .' <<<"$response" 2>/dev/null | head -c 300)"; return; fi
  info "$(jq -r --arg l "$label" '"\($l): \(.totalRows) rows, \(.newCount) new, \(.updatedCount) updated, \(.unchangedCount) unchanged, \(.rejectedCount) rejected"' <<<"$response")"
}

import_jobs() {
  local token="$1"
  step 2/6 "Importing the sample jobs ($(jq length "$SAMPLES/jobs.json") postings across 19 occupations)"
  local response
  api POST "$MATCHING_URL/api/jobs/imports?source=jobmatch-sample" \
    -H 'Content-Type: application/json' -H "Authorization: Bearer $token" --data-binary "@$SAMPLES/jobs.json"
  response=$BODY
  report_import "sample jobs" "$response"
  [ "$STATUS" = 201 ] || fail "the sample import failed"
}

# Real postings go in last: their enrichment (skills and embeddings from ai-service) runs in the background
# and the demo's matches are shown first; the ranking updates as those jobs are enriched.
import_shared_jobs() {
  local token="$1"
  step 6/6 "Importing real postings from $SHARED_DATA/jobs (enriched in the background)"
  if [ "$SHARED_JOBS" = 0 ]; then info "DEMO_SHARED_JOBS=0: skipped"; return; fi
  if [ ! -d "$SHARED_DATA/jobs" ]; then info "not present: skipped"; return; fi
  local file preset
  # The files whose columns matching-service's CSV presets describe (the folder names the preset).
  for file in linkedin-2018/DataAnalyst.csv linkedin-2018/DataScientist.csv glassdoor-2019/Uncleaned_DS_jobs.csv; do
    preset=$(dirname "$file")
    file="$SHARED_DATA/jobs/$file"
    [ -f "$file" ] || continue
    api POST "$MATCHING_URL/api/jobs/imports?preset=$preset&source=$preset" \
      -H 'Content-Type: text/csv' -H "Authorization: Bearer $token" --data-binary "@$file"
    response=$BODY
    report_import "$preset/$(basename "$file")" "$response"
  done
}

demo_user_token() {
  step 3/6 "Signing in the demo user $DEMO_EMAIL"
  local body response
  body=$(jq -n --arg e "$DEMO_EMAIL" --arg p "$DEMO_PASSWORD" '{email: $e, password: $p, name: "Jordan Avery"}')
  api POST "$USER_URL/api/auth/register" -H 'Content-Type: application/json' --data-binary "$body"
  response=$BODY
  # 202 whether the email is new or already registered (registration does not tell which); the login says.
  [ "$STATUS" = 202 ] || fail "registration failed (HTTP $STATUS): $response"
  body=$(jq -n --arg e "$DEMO_EMAIL" --arg p "$DEMO_PASSWORD" '{email: $e, password: $p}')
  api POST "$USER_URL/api/auth/login" -H 'Content-Type: application/json' --data-binary "$body"
  response=$BODY
  [ "$STATUS" = 200 ] || fail "login failed (HTTP $STATUS): $response (set DEMO_EMAIL/DEMO_PASSWORD for an existing account)"
  jq -r .accessToken <<<"$response"
}

upload_resume() {
  local token="$1"
  step 4/6 "Uploading the demo resume (scripts/sample-data/demo-resume.pdf) and waiting until it is parsed"
  local response
  api POST "$RESUME_URL/api/resumes" -H "Authorization: Bearer $token" \
    -F "file=@$SAMPLES/demo-resume.pdf;type=application/pdf" -F "title=Demo resume"
  response=$BODY
  case "$STATUS" in
    201) info "uploaded" ;;
    200) info "already uploaded earlier: reusing it" ;;
    *) fail "upload failed (HTTP $STATUS): $response" ;;
  esac
  local id status waited=0
  id=$(jq -r .id <<<"$response")
  while :; do
    api GET "$RESUME_URL/api/resumes/$id" -H "Authorization: Bearer $token"
    response=$BODY
    status=$(jq -r .status <<<"$response")
    case "$status" in
      parsed) break ;;
      failed) fail "parsing failed: $(jq -r .errorMessage <<<"$response")" ;;
    esac
    [ "$waited" -lt "$WAIT_SECONDS" ] || fail "the resume was not parsed within $WAIT_SECONDS s (status: $status)"
    progress "$waited" "status: $status"
    sleep 2; waited=$((waited + 2))
  done
  end_progress
  info "parsed: $(jq -r '[.resumeData.contact_info.full_name // "?", "\(.resumeData.skills | length) skills", "\((.totalExperienceMonths // 0) / 12 | floor) years of experience"] | join(", ")' <<<"$response")"
  echo "$id"
}

show_matches() {
  local token="$1" resume="$2"
  step 5/6 "Waiting until every job is enriched (skills and embedding from ai-service), then for matches"
  api GET "$MATCHING_MANAGEMENT_URL/q/openapi?format=json"
  if [ "$STATUS" != 200 ] || [ "$(jq '.paths | has("/api/matches")' <<<"$BODY")" != true ]; then
    info "this build of matching-service does not serve /api/matches yet: no matches to show"; return
  fi
  local response waited=0 pending
  while :; do
    api GET "$MATCHING_URL/api/jobs/statistics" -H "Authorization: Bearer $token"
    pending=$(jq -r '.awaitingEnrichment // 0' <<<"$BODY" 2>/dev/null || echo 0)
    [ "$STATUS" = 200 ] && [ "$pending" = 0 ] && break
    [ "$waited" -lt "$WAIT_SECONDS" ] || { info "$pending jobs still await enrichment after $WAIT_SECONDS s: showing matches anyway"; break; }
    progress "$waited" "$pending jobs awaiting enrichment..."
    sleep 3; waited=$((waited + 3))
  done
  end_progress
  waited=0
  while :; do
    api GET "$MATCHING_URL/api/matches?resumeId=$resume&size=$TOP&refresh=true" -H "Authorization: Bearer $token"
    response=$BODY
    if [ "$STATUS" = 200 ] && [ "$(jq '.items | length' <<<"$response")" -gt 0 ]; then break; fi
    [ "$waited" -lt "$WAIT_SECONDS" ] || { info "no matches after $WAIT_SECONDS s (HTTP $STATUS)"; return; }
    progress "$waited" "computing matches..."
    sleep 3; waited=$((waited + 3))
  done
  end_progress
  echo
  jq -r '.items[] |
    "  \(.overallScore | tostring | .[0:5])  \(.title) at \(.company) (\(.location // "?"))" +
    (if .semanticScore == null then "  [non-semantic scoring]" else "" end) + "\n" +
    "         \((.reasoning // "") | gsub("\n"; "; ") | .[0:220])"' <<<"$response"
}

main() {
  require_tools
  step 1/6 "Signing in as matching-service to import jobs (service credentials from $STATE/keys)"
  local service; service=$(service_token)
  import_jobs "$service"
  local user; user=$(demo_user_token)
  local resume; resume=$(upload_resume "$user")
  show_matches "$user" "$resume"
  import_shared_jobs "$(service_token)"
  echo
  info "Demo user: $DEMO_EMAIL / $DEMO_PASSWORD   (run ./scripts/demo.sh again at any time: nothing is duplicated)"
}

main "$@"
