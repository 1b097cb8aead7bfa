#!/usr/bin/env bash
# The wheel check (`make test` runs it after pytest; `make wheel-check` alone):
#   1. build the wheel (pip wheel --no-deps) from a copy of the checkout's files (git's view:
#      tracked + untracked, not ignored), so no stale build/ folder can leak into it;
#   2. check it holds every module of qa/ and its package data (qa/prompts/*.txt, qa/web/static/**);
#   3. install it into a fresh venv outside the checkout (same base Python, same pip config/cache);
#   4. from a folder outside the checkout, with QA_INDEX_DIR in a temp folder and QA_CONFIG naming
#      an empty file: `qa index <checkout>/data/articles`, `qa ask` (must name Wonsan), and
#      `qa ask --mode llm` against the test LLM server (tests/llm_serve.py): exit 0, an answer,
#      no missing-prompt error.
# Prints a line per step; on failure the last line says why. WHEEL_CHECK_KEEP=1 keeps the temp
# folder; WHEEL_CHECK_TMP=DIR puts it in DIR. Without the LLM server (cannot be installed) the LLM
# step is skipped with a warning, like the LLM tests, unless QA_TEST_LLM_REQUIRED=1.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${WHEEL_CHECK_PYTHON:-$ROOT/.venv/bin/python}"
QUESTION="Where did Lavrov meet Kim Jong Un?"
T0=$SECONDS

step() { echo "[wheel-check $((SECONDS - T0))s] $*" >&2; }
fail() { echo "[wheel-check $((SECONDS - T0))s] FAILED: $*" >&2; exit 1; }
show() { sed 's/^/    | /' "$1" | tail -n "${2:-25}" >&2; }  # the tail of a log, indented

[ -x "$PY" ] || fail "no $PY (run make test, or set WHEEL_CHECK_PYTHON)"
# The fresh venv is ~1 GB of small files: on a RAM disk (/dev/shm, when it has 3 GB free) creating
# and deleting it takes seconds instead of a minute each on a slow disk. WHEEL_CHECK_TMP overrides.
TMP_BASE="${WHEEL_CHECK_TMP:-}"
if [ -z "$TMP_BASE" ]; then
  TMP_BASE="${TMPDIR:-/tmp}"
  if [ -d /dev/shm ] && [ -w /dev/shm ] && ! grep -qE '^[^ ]+ /dev/shm [^ ]+ [^ ]*noexec' /proc/mounts \
     && [ "$(df -Pk /dev/shm 2>/dev/null | awk 'NR==2 {print $4}')" -ge 3000000 ] 2>/dev/null; then
    TMP_BASE=/dev/shm
  fi
fi
WORK="$(mktemp -d "$TMP_BASE/qa-wheel-check.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "${WHEEL_CHECK_KEEP:-0}" = 1 ]; then echo "[wheel-check] kept $WORK" >&2; else rm -rf "$WORK"; fi
  echo "[wheel-check $((SECONDS - T0))s] cleaned up" >&2
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. build ---------------------------------------------------------------------------------
step "copying the checkout's files to $WORK/src"
mkdir -p "$WORK/src" "$WORK/dist" "$WORK/run" "$WORK/index"
git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1 || fail "$ROOT is not a git checkout"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard \
  | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$WORK/src" \
  || fail "could not copy the checkout to $WORK/src"
step "building the wheel (pip wheel --no-deps)"
"$PY" -m pip wheel -q --no-deps -w "$WORK/dist" "$WORK/src" >"$WORK/build.log" 2>&1 \
  || { show "$WORK/build.log"; fail "pip wheel failed (log above)"; }
WHEEL="$(ls "$WORK"/dist/*.whl 2>/dev/null | head -n 1)"
[ -n "$WHEEL" ] || fail "pip wheel produced no .whl in $WORK/dist"

# --- 2. contents ------------------------------------------------------------------------------
step "checking $(basename "$WHEEL") holds every qa/ module, the prompts and the page's static files"
"$PY" - "$WHEEL" "$WORK/src" <<'EOF' || fail "the wheel misses files (listed above)"
import sys, zipfile
from pathlib import Path
wheel, src = sys.argv[1], Path(sys.argv[2])
names = set(zipfile.ZipFile(wheel).namelist())
prompts = sorted(src.glob("qa/prompts/*.txt"))
# every data file the package reads (prompts, the page's CSS/JS, the phrase tables…)
static = sorted(p for p in src.glob("qa/**/*") if p.is_file() and p.suffix not in {".py", ".pyc"}
                and "__pycache__" not in p.parts)
modules = sorted(p for p in src.glob("qa/**/*.py") if "__pycache__" not in p.parts)
if not prompts:
    print("    | the checkout has no qa/prompts/*.txt", file=sys.stderr)
    sys.exit(1)
missing = [p.relative_to(src).as_posix() for p in prompts + static + modules
           if p.relative_to(src).as_posix() not in names]
for m in missing:
    print(f"    | missing from the wheel: {m}", file=sys.stderr)
print(f"    | {len(modules)} modules, {len(prompts)} prompts, {len(static)} static files: "
      f"{'all' if not missing else len(modules) + len(prompts) + len(static) - len(missing)} in the wheel",
      file=sys.stderr)
sys.exit(1 if missing else 0)
EOF

# --- 3. install (the test LLM server starts meanwhile, in the background) ------------------------
step "starting the test LLM server in the background (tests/llm_serve.py)"
"$PY" -u "$ROOT/tests/llm_serve.py" >"$WORK/llm.out" 2>"$WORK/llm.err" </dev/null &
SERVER_PID=$!
LLM_REQUIRED="${QA_TEST_LLM_REQUIRED:-0}"
url=""
wait_for_llm_server() {  # sets url; up to 5 min: the first time it installs the runtime and the model
  local i
  for i in $(seq 1 600); do
    url="$(sed -n 's/^QA_LLM_BASE_URL=\([^ ]*\).*/\1/p' "$WORK/llm.out")"
    [ -n "$url" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || return 0
    sleep 0.5
  done
}
BASE_PY="$("$PY" -c 'import sys; print(getattr(sys, "_base_executable", None) or sys.executable)')"
step "creating a fresh venv with $BASE_PY and installing the wheel (dependencies from pip's index/cache)"
"$BASE_PY" -m venv "$WORK/venv" || fail "could not create a venv in $WORK/venv"
t=$SECONDS
"$WORK/venv/bin/python" -m pip install -q --no-compile "$WHEEL" >"$WORK/install.log" 2>&1 \
  || { show "$WORK/install.log"; fail "pip install of the wheel failed (log above)"; }
step "installed in $((SECONDS - t)) s; the venv takes $(du -sh "$WORK/venv" | cut -f1) (no .pyc: pip --no-compile)"

# --- 4. run it from outside the checkout --------------------------------------------------------
cd "$WORK/run"
# Nothing from the caller's settings or Python path: only what this check sets (the LLM server
# above was started with the caller's QA_TEST_LLM_* settings).
for v in $(compgen -e | grep '^QA_' || true); do unset "$v"; done
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
: > "$WORK/empty-qa.toml"  # a settings file of the check's own (none of the caller's)
export QA_INDEX_DIR="$WORK/index" QA_CONFIG="$WORK/empty-qa.toml"
QA="$WORK/venv/bin/qa"
[ -x "$QA" ] || fail "the wheel installed no qa command"

step "checking qa is imported from the venv and finds its prompts there"
"$WORK/venv/bin/python" - "$WORK/venv" "$WORK/src" <<'EOF' || fail "the installed package is not the wheel's, or has no prompts (above)"
import sys
from importlib.resources import files
from pathlib import Path
import qa
venv, src = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
where = Path(qa.__file__).resolve()
if venv not in where.parents:
    print(f"    | qa was imported from {where}, not from the venv {venv}", file=sys.stderr)
    sys.exit(1)
want = sorted(p.name for p in src.glob("qa/prompts/*.txt"))
have = sorted(p.name for p in files("qa").joinpath("prompts").iterdir() if p.name.endswith(".txt"))
if want != have:
    print(f"    | installed prompts {have}, expected {want}", file=sys.stderr)
    sys.exit(1)
print(f"    | {where.parent}: {len(have)} prompts", file=sys.stderr)
EOF

step "qa index $ROOT/data/articles"
timeout 600 "$QA" index -q "$ROOT/data/articles" >"$WORK/index.log" 2>&1 \
  || { rc=$?; show "$WORK/index.log"; fail "qa index exited $rc (log above)"; }
show "$WORK/index.log" 5

step "qa ask \"$QUESTION\""
timeout 300 "$QA" ask "$QUESTION" >"$WORK/ask.log" 2>&1 \
  || { rc=$?; show "$WORK/ask.log"; fail "qa ask exited $rc (log above)"; }
show "$WORK/ask.log" 12
grep -q "Wonsan" "$WORK/ask.log" || fail "qa ask's answer does not mention Wonsan (above)"

wait_for_llm_server
if [ -z "$url" ]; then
  show "$WORK/llm.err"
  if [ "$LLM_REQUIRED" = 1 ]; then
    fail "the test LLM server did not start (log above)"
  fi
  echo "WARNING: ******************************************************************" >&2
  echo "WARNING: the test LLM server did not start (log above): the wheel's LLM-mode" >&2
  echo "WARNING: qa ask was SKIPPED (QA_TEST_LLM_REQUIRED=1 makes this a failure)." >&2
  echo "WARNING: ******************************************************************" >&2
  step "passed, without the LLM step, in $((SECONDS - T0)) s"
  exit 0
fi

step "QA_LLM_BASE_URL=$url qa ask --mode llm \"$QUESTION\""
QA_LLM_BASE_URL="$url" QA_LLM_MODEL=local timeout 300 "$QA" ask --mode llm "$QUESTION" >"$WORK/llm-ask.log" 2>&1 \
  || { rc=$?; show "$WORK/llm-ask.log"; fail "qa ask --mode llm exited $rc (log above)"; }
show "$WORK/llm-ask.log" 15
if grep -q -E "FileNotFoundError|No such file|prompts?/[a-z_]+\.txt" "$WORK/llm-ask.log"; then
  fail "qa ask --mode llm could not read its prompt templates (above): they are not in the wheel"
fi
grep -q -i "unreachable" "$WORK/llm-ask.log" && fail "qa ask --mode llm did not reach the test server at $url (above)"
grep -q '[^[:space:]]' "$WORK/llm-ask.log" || fail "qa ask --mode llm printed no answer"

step "passed in $((SECONDS - T0)) s"
