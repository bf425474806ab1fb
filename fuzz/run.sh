#!/bin/sh
# fuzz/run.sh BUILD [SECONDS]: runs the HTTP fuzz driver of BUILD (a build
# configured with -DCMAKE_C_COMPILER=clang -DCADRE_FUZZ=ON) for SECONDS
# (60 by default) from the seeds of fuzz/corpus, with fuzz/http.dict.
# What it finds is kept in a corpus of the run only; the source tree is
# not written. A crash, a sanitizer's finding, a leak or a hang exits
# non-zero with the input saved as BUILD/fuzz/crash-… (or leak-, timeout-):
# replay it with `BUILD/fuzz/fuzz_http FILE`.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
seconds=${2:-60}
work=$(mktemp -d "${TMPDIR:-/tmp}/cadre-fuzz-corpus-XXXXXX")
trap 'rm -rf "$work"' EXIT
# -close_fd_mask=2: the server's log line of each request is not wanted;
# libFuzzer and the sanitizers still report on a copy of stderr.
"$build/fuzz/fuzz_http" -max_total_time="$seconds" -max_len=8192 \
  -close_fd_mask=2 -timeout=60 -dict="$here/http.dict" -artifact_prefix="$build/fuzz/" \
  -print_final_stats=1 "$work" "$here/corpus"
