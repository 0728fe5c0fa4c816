#!/usr/bin/env bash
# Adds the editorial report (npm run report) to the run's summary and, on a pull request,
# keeps one comment with it up to date. Pull requests from forks get a read-only token:
# the comment is then skipped and the summary is all there is.
set -uo pipefail

marker='<!-- pmi-hub-editorial-report -->'
report="$(mktemp)"
if ! npm run -s report -- --out "$report" > /dev/null; then
  echo "The editorial report could not be written (see npm run report)."
  exit 0
fi
cat "$report" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"

if [ -z "${PR:-}" ]; then
  exit 0
fi

body="$(mktemp)"
{ echo "$marker"; cat "$report"; } > "$body"
existing="$(gh api "repos/$REPO/issues/$PR/comments" --paginate \
  --jq ".[] | select(.body | startswith(\"$marker\")) | .id" 2>/dev/null | head -n 1)"
if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$REPO/issues/comments/$existing" -F "body=@$body" > /dev/null \
    || echo "Could not update the report comment (read-only token?)."
else
  gh pr comment "$PR" --repo "$REPO" --body-file "$body" > /dev/null \
    || echo "Could not post the report comment (read-only token?)."
fi
exit 0
