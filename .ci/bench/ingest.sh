#!/usr/bin/env bash
# Ingest benchmarks for the README: extract-only and embedded ingest on the
# whole BBC and Reuters files (articles/s, MB/s, CPU per article, peak
# memory), and how ingest time grows from 1k to 19k Reuters articles.
#
#   .ci/bench/ingest.sh            # 3 runs of each, medians
#   REPS=1 .ci/bench/ingest.sh     # quicker
#
# Needs the third-party corpus (../shared/corpus next to the module, or
# ACTORGRAPH_SHARED) and GNU time (/usr/bin/time). The machine's load is
# printed with every figure: on a shared machine wall-clock rates fall
# with the load, CPU time per article much less (prefer it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
shared=${ACTORGRAPH_SHARED:-$(cd .. && pwd)/shared}
corpus=$shared/corpus
reps=${REPS:-3}
[[ -f $corpus/bbc.jsonl && -f $corpus/reuters21578.jsonl ]] || { echo "corpus not found in $corpus (set ACTORGRAPH_SHARED)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time (/usr/bin/time) is required" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/actorgraph-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
go build -o "$work/actorgraph" ./cmd/actorgraph
bin=$work/actorgraph

echo "# $(date -u +%FT%TZ) $(go version | cut -d' ' -f3) commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo '+dirty')"
echo "# $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); reps=$reps (medians)"
# ingest applies its own GC policy unless one of these is set (see ingest --help).
echo "# GOGC=${GOGC:-unset} GOMEMLIMIT=${GOMEMLIMIT:-unset}"

# measure NAME ARTICLES BYTES CMD... : runs CMD reps times (a fresh store
# each time when CMD names $store) and prints the median figures.
measure() {
	local name=$1 n=$2 bytes=$3
	shift 3
	local rows=()
	for ((i = 0; i < reps; i++)); do
		rm -rf "$work/store"
		local load
		load=$(cut -d' ' -f1 /proc/loadavg)
		/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
			local rc=$?
			# 3 = some input was bad (named on stderr); anything else is a failure.
			[[ $rc == 3 ]] || { cat "$work/err" >&2; exit 1; }
		}
		read -r wall user sys rss <"$work/time"
		rows+=("$(awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v n="$n" -v b="$bytes" -v l="$load" \
			'BEGIN { printf "%.3f %.0f %.2f %.3f %.1f %.3f %s\n", w, (u+s)*1e6/n, n/w, b/w/1e6, r/1024, w*1000/n, l }')")
	done
	# median by wall time
	local med
	med=$(printf '%s\n' "${rows[@]}" | sort -n | awk -v k=$(((reps + 1) / 2)) 'NR == k')
	read -r wall cpu rate mbs rss per1k load <<<"$med"
	printf '| %-28s | %6d | %7.1f | %8.0f | %7.2f | %8.0f | %7.1f | %6.2f | %5s |\n' "$name" "$n" "$wall" "$rate" "$mbs" "$cpu" "$rss" "$per1k" "$load"
}

header() {
	echo
	echo "| run                          | articles | wall s | articles/s | MB/s | CPU µs/article | max RSS MB | s per 1k | load |"
	echo "|------------------------------|---------:|-------:|-----------:|-----:|---------------:|-----------:|---------:|-----:|"
}

lines() { wc -l <"$1" | tr -d ' '; }
size() { stat -c %s "$1"; }

echo
echo "## extract only vs ingest (embedded), whole files"
header
for f in bbc.jsonl reuters21578.jsonl; do
	n=$(lines "$corpus/$f")
	b=$(size "$corpus/$f")
	measure "extract $f" "$n" "$b" "$bin" extract "$corpus/$f"
	measure "ingest $f" "$n" "$b" "$bin" ingest --progress none --store "file:$work/store" "$corpus/$f"
done

echo
echo "## growth: ingest of the first N Reuters articles into a fresh store"
header
for n in 1000 2000 5000 10000 19032; do
	head -n "$n" "$corpus/reuters21578.jsonl" >"$work/head.jsonl"
	n=$(lines "$work/head.jsonl")
	measure "ingest reuters first $n" "$n" "$(size "$work/head.jsonl")" "$bin" ingest --progress none --store "file:$work/store" "$work/head.jsonl"
done
echo
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
