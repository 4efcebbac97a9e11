#!/usr/bin/env bash
# The integrator's first hour, end to end, with curl: the emergency management bureau (HD-YJJ)
# refers a fatal explosion to public security (HD-GAJ) with its transfer letter, public security
# signs the receipt and accepts, the bureau reads the history, the procuratorate (HD-JCY) finds the
# bureau's penalty record, and the oversight office (HD-ZFJD) reads who saw the referral.
#
#   make run &                      # or: .venv/bin/referral-service demo
#   examples/quickstart.sh          # BASE=http://127.0.0.1:8080 CREDENTIALS=instance/demo-credentials.json
#
# Needs curl, and jq or python3 to read JSON. Exits non-zero at the first unexpected status.
set -euo pipefail

BASE="${BASE:-http://127.0.0.1:8080}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CREDENTIALS="${CREDENTIALS:-$HERE/../instance/demo-credentials.json}"
SAMPLE_PDF="${SAMPLE_PDF:-$HERE/sample.pdf}"
RUN="$(date +%Y%m%d%H%M%S)-$$"          # makes this run's keys and case number unique
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# json FIELD [FILE]: one field of a JSON document (dots for nesting, digits for list items).
JQ="${JQ:-jq}"                         # JQ=none reads JSON with python3 even where jq is installed
json() {
  if command -v "$JQ" >/dev/null; then
    "$JQ" -er --arg path "$1" 'getpath($path | split(".") | map(tonumber? // .))' "${2:-/dev/stdin}"
  else
    python3 -c 'import json, sys
value = json.load(open(sys.argv[2]))
for part in sys.argv[1].split("."):
    value = value[int(part)] if part.isdigit() else value[part]
print(value)' "$1" "${2:-/dev/stdin}"
  fi
}

# call STATUS METHOD PATH [curl options...]: the body lands in $WORK/body, headers in $WORK/headers.
call() {
  local want="$1" method="$2" path="$3"; shift 3
  local got
  got="$(curl -sS -X "$method" -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' "$@" "$BASE$path")"
  if [ "$got" != "$want" ]; then
    echo "$method $path: expected $want, got $got" >&2
    cat "$WORK/body" >&2; echo >&2
    exit 1
  fi
}

# header NAME: a header of the last response.
header() { grep -i "^$1:" "$WORK/headers" | head -n1 | cut -d' ' -f2- | tr -d '\r'; }

# token AGENCY: a bearer token for that demo agency's client.
token() {
  local id secret
  id="$(json "$1.client_id" "$CREDENTIALS")"
  secret="$(json "$1.client_secret" "$CREDENTIALS")"
  call 200 POST /oauth/token -u "$id:$secret" -d grant_type=client_credentials
  json access_token "$WORK/body"
}

[ -r "$CREDENTIALS" ] || { echo "no credentials at $CREDENTIALS: run 'make run' first" >&2; exit 1; }
BUREAU="$(token HD-YJJ)"      # 河东区应急管理局: submits
POLICE="$(token HD-GAJ)"      # 公安局河东分局: receives and decides
JCY="$(token HD-JCY)"         # 河东区人民检察院: supervises, reads every record
AUDITOR="$(token HD-ZFJD)"    # 行政执法监督办公室: reads the access log
CASE_NUMBER="津河应急罚〔2026〕QS-$RUN号"

# 1. The bureau shares its penalty record, then refers the case (线索移送).
call 201 POST /api/v1/records -H "Authorization: Bearer $BUREAU" -H "Content-Type: application/json" \
  -d '{"kind": "penalty_decision", "case_number": "'"$CASE_NUMBER"'",
       "subject": {"name": "天津市某化工有限公司", "credit_code": "91120102MA05K3XQ1X"},
       "facts": "仓库违规存放危险化学品，消防通道被堵塞，发生爆炸致1人死亡、3人重伤。",
       "legal_basis": "《中华人民共和国安全生产法》第一百零二条",
       "penalty": {"type": "fine", "amount_yuan": "200000.00"},
       "decided_at": "2026-03-20T10:00:00+08:00", "deaths": 1, "serious_injuries": 3}'
RECORD_ID="$(json id "$WORK/body")"

call 201 POST /api/v1/referrals -H "Authorization: Bearer $BUREAU" -H "Content-Type: application/json" \
  -H "Idempotency-Key: quickstart-$RUN" \
  -d '{"category": "criminal", "recipient_agency": "HD-GAJ",
       "title": "某化工公司仓库爆炸事故涉嫌重大责任事故罪",
       "summary": "2026年3月15日仓库爆炸，造成1人死亡、3人重伤。",
       "suspected_offence": "134(1)",
       "incident": {"occurred_at": "2026-03-15T09:30:00+08:00", "deaths": 1, "serious_injuries": 3},
       "related_case_number": "'"$CASE_NUMBER"'",
       "contact": {"name": "李四", "phone": "022-24123456"}}'
REFERRAL_ID="$(json id "$WORK/body")"
echo "submitted $(json reference "$WORK/body") ($REFERRAL_ID), status $(json status "$WORK/body")"

call 201 POST "/api/v1/referrals/$REFERRAL_ID/attachments" -H "Authorization: Bearer $BUREAU" \
  -F "file=@$SAMPLE_PDF;type=application/pdf" -F document_type=transfer_letter
echo "attached the transfer letter, sha256 $(json sha256 "$WORK/body")"

# 2. Public security reads it, signs the receipt (回执) and accepts (立案), each with the ETag it read.
call 200 GET "/api/v1/referrals/$REFERRAL_ID" -H "Authorization: Bearer $POLICE"
ETAG="$(header ETag)"
call 200 POST "/api/v1/referrals/$REFERRAL_ID/actions" -H "Authorization: Bearer $POLICE" \
  -H "If-Match: $ETAG" -H "Content-Type: application/json" -d '{"action": "receive"}'
ETAG="$(header ETag)"
call 200 POST "/api/v1/referrals/$REFERRAL_ID/actions" -H "Authorization: Bearer $POLICE" \
  -H "If-Match: $ETAG" -H "Content-Type: application/json" -d '{"action": "accept"}'
echo "public security: $(json status "$WORK/body")"

# 3. The bureau reads what became of its referral.
call 200 GET "/api/v1/referrals/$REFERRAL_ID/events" -H "Authorization: Bearer $BUREAU"
echo "history: $(json items.0.to_status "$WORK/body") → $(json items.1.to_status "$WORK/body") → $(json items.2.to_status "$WORK/body")"

# 4. The procuratorate searches the shared records.
call 200 GET "/api/v1/records?q=%E6%B6%88%E9%98%B2%E9%80%9A%E9%81%93&limit=200" -H "Authorization: Bearer $JCY"
grep -q "$RECORD_ID" "$WORK/body" || { echo "record $RECORD_ID not found by the search" >&2; exit 1; }
echo "the procuratorate found record $RECORD_ID by searching 消防通道"

# 5. The oversight office asks who has seen or changed the referral.
call 200 GET "/api/v1/audit-events?resource_id=$REFERRAL_ID" -H "Authorization: Bearer $AUDITOR"
echo "access log: $(json items.0.action "$WORK/body") by $(json items.0.agency_code "$WORK/body") is the latest of the entries naming it"
