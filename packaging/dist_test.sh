#!/usr/bin/env bash
# Smoke test of the built program, run outside any virtual environment:
#
#     bash packaging/dist_test.sh dist/btvcrm/btvcrm
#
# Every command runs under `env -i` (no VIRTUAL_ENV, PYTHONPATH or user PATH; HOME is a
# fresh temporary folder) with Qt's offscreen platform, on a temporary data file.
# Prints each step; exits non-zero on the first failure. `make dist-test` runs it.
set -uo pipefail

PROGRAM="${1:-dist/btvcrm/btvcrm}"
STEP_TIMEOUT="${DIST_TEST_TIMEOUT:-180}"

if [[ ! -x "$PROGRAM" ]]; then
    echo "dist_test: no executable program at '$PROGRAM' (run 'make dist' first)" >&2
    exit 2
fi
PROGRAM="$(cd "$(dirname "$PROGRAM")" && pwd)/$(basename "$PROGRAM")"
BUNDLE="$(dirname "$PROGRAM")"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/btvcrm-dist-test.XXXXXX")"
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
cd "$tmp" || exit 2

db="$tmp/test.sqlite"
failures=0
steps=0

# Run the program with a clean environment; stdout+stderr go to $tmp/out.
run() {
    env -i PATH=/usr/bin:/bin HOME="$tmp" \
        QT_QPA_PLATFORM=offscreen \
        timeout "$STEP_TIMEOUT" "$PROGRAM" "$@" >"$tmp/out" 2>&1
}

pass() { echo "  ok    $1"; }
fail() {
    echo "  FAIL  $1" >&2
    sed 's/^/        | /' "$tmp/out" | tail -n 40 >&2
    failures=$((failures + 1))
}

# step "description" command... : runs a check, times it, reports ok/FAIL.
step() {
    local what="$1"
    shift
    steps=$((steps + 1))
    local start=$SECONDS
    : >"$tmp/out"
    if "$@"; then
        pass "$what ($((SECONDS - start)) s)"
    else
        fail "$what ($((SECONDS - start)) s)"
    fi
}

check_version() {
    run --version || return 1
    grep -Eq '[0-9]+\.[0-9]+' "$tmp/out" || { echo "no version number in output" >>"$tmp/out"; return 1; }
}

check_demo() {
    run --db "$db" demo || return 1
    [[ -s "$db" ]] || { echo "demo did not create $db" >>"$tmp/out"; return 1; }
}

check_search() {
    run --db "$db" search ferje || return 1
    grep -qi 'ferje' "$tmp/out" || { echo "no hit for 'ferje' in the demo data" >>"$tmp/out"; return 1; }
}

check_list_json() {
    run --db "$db" list meetings --json || return 1
    if [[ -x /usr/bin/python3 ]]; then
        # only to validate the output; the program itself never uses this Python
        env -i /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); assert d, "empty list"' \
            "$tmp/out" 2>>"$tmp/out.err" || { cat "$tmp/out.err" >>"$tmp/out"; return 1; }
    else
        grep -Eq '^\s*[\[{]' "$tmp/out" || { echo "output is not JSON" >>"$tmp/out"; return 1; }
    fi
}

check_report() {
    local pdf="$tmp/telemark.pdf"
    run --db "$db" report county Telemark -o "$pdf" || return 1
    [[ -s "$pdf" ]] || { echo "no PDF at $pdf" >>"$tmp/out"; return 1; }
    [[ "$(head -c 4 "$pdf" 2>/dev/null)" == "%PDF" ]] || { echo "$pdf does not start with %PDF" >>"$tmp/out"; return 1; }
    echo "$(wc -c <"$pdf") bytes" >>"$tmp/out"
}

check_export() {
    run --db "$db" export --format xlsx -o "$tmp/all.xlsx" || return 1
    [[ "$(head -c 2 "$tmp/all.xlsx" 2>/dev/null)" == "PK" ]] || { echo "all.xlsx is not a zip (xlsx)" >>"$tmp/out"; return 1; }
    run --db "$db" export --format ics -o "$tmp/all.ics" || return 1
    grep -q "BEGIN:VCALENDAR" "$tmp/all.ics" || { echo "all.ics is not iCalendar" >>"$tmp/out"; return 1; }
}

check_check() {
    run --db "$db" check
}

check_pages() {
    run --db "$db" --check-pages
}

check_bundle() {
    local internal="$BUNDLE/_internal"
    [[ -d "$internal" ]] || internal="$BUNDLE"
    local missing=0
    for f in resources/fonts/DejaVuSans.ttf resources/fonts/LICENSE-DejaVu.txt \
             resources/icons/btvcrm.svg resources/icons/btvcrm.png; do
        [[ -f "$internal/$f" ]] || { echo "missing from the bundle: $f" >>"$tmp/out"; missing=1; }
    done
    ls "$internal"/resources/translations/*.ts >/dev/null 2>&1 \
        || { echo "missing from the bundle: resources/translations/*.ts" >>"$tmp/out"; missing=1; }
    for f in resources/translations/btvcrm_nb.qm resources/translations/btvcrm_en.qm; do
        [[ -f "$internal/$f" ]] || { echo "missing from the bundle: $f" >>"$tmp/out"; missing=1; }
    done
    # things that must not be there
    local unwanted
    unwanted="$(find "$internal" \( -name '_tkinter*' -o -name 'libtk*' -o -name 'libtcl*' \
        -o -name 'QtNetwork*' -o -name 'QtQml*' -o -name 'QtQuick*' -o -name 'QtWebEngine*' \
        -o -name 'Qt3D*' -o -name 'QtMultimedia*' -o -name 'pytest*' -o -name 'hypothesis*' \) \
        -print 2>/dev/null | head -n 20)"
    if [[ -n "$unwanted" ]]; then
        echo "unwanted files in the bundle:" >>"$tmp/out"
        echo "$unwanted" >>"$tmp/out"
        missing=1
    fi
    echo "bundle size: $(du -sh "$BUNDLE" | cut -f1)" >>"$tmp/out"
    return "$missing"
}

echo "dist_test: $PROGRAM"
echo "dist_test: clean environment (env -i), HOME=$tmp, QT_QPA_PLATFORM=offscreen"
step "bundle holds resources/ and leaves out tkinter and unused Qt modules" check_bundle
cat "$tmp/out" | sed 's/^/        /'
step "--version" check_version
sed 's/^/        /' "$tmp/out" | head -n 3
step "demo (creates $db)" check_demo
step "search ferje" check_search
step "list meetings --json (valid, non-empty JSON)" check_list_json
step "report county Telemark -o telemark.pdf (a PDF)" check_report
step "export --format xlsx / ics (openpyxl, icalendar)" check_export
step "check" check_check
step "--check-pages (desktop app offscreen: main window, every page, exit 0)" check_pages

echo "dist_test: $((steps - failures))/$steps steps passed"
if ((failures > 0)); then
    exit 1
fi
