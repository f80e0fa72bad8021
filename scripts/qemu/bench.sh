#!/usr/bin/env bash
# make bench: my_sysdig's overhead on nginx + ab, in ONE QEMU boot under
# -icount (deterministic instruction counting), each configuration measured
# between two baselines and reported as its median throughput ratio to them.
usage() {
	cat <<'EOF'
Usage: scripts/qemu/bench.sh [--quick] [--rounds R] [--requests N] [--out DIR]
                             [--ko FILE] [--limit PCT]
  --quick         CI mode: only all-syscalls vs baseline, fewer requests and
                  rounds (a couple of minutes); prints PASS/FAIL and exits
                  non-zero if the overhead is above --limit or events dropped
  --rounds R      rounds of (base, X) for every configuration (default 5; quick 3)
  --requests N    ab requests per measurement (default 1500; quick 600)
  --out DIR       where results go (default: bench/ of the repo; quick: a
                  temporary directory, removed afterwards)
  --ko FILE       my_sysdig.ko to measure (default: the repo's, built by make;
                  with MYSD_ARCH=armhf, one built for the armmp kernel here)
  --limit PCT     all-syscalls overhead limit for the checks (default 15)
Configurations (each between baselines): all = my_sysdig, every syscall of
every process; nginx = proc_name=nginx; calls = syscalls=$calls_set (what
a security monitor watches); reject = pid=1 (filter rejects everything);
ftrace = raw_syscalls events on; empty = empty sys_exit probe.
Writes results.md, raw.txt and overhead.png to the output directory.
MYSD_ARCH=armhf (make bench-armhf): the same on Debian's 32-bit armmp
kernel, one Cortex-A15 vCPU, results in bench/armhf/.
EOF
}
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/qemu/lib.sh
source "$here/lib.sh"
top=$(cd "$here/../.." && pwd)

quick='' rounds='' requests='' out='' ko='' limit=15
# The "calls" configuration: the syscalls a security monitor watches.
calls_set=execve,openat,connect,accept4
argv_all=("$@")
while (($#)); do
	case $1 in
	--quick) quick=1 ;;
	--rounds) rounds=$2 && shift ;;
	--requests) requests=$2 && shift ;;
	--out) out=$2 && shift ;;
	--ko) ko=$2 && shift ;;
	--limit) limit=$2 && shift ;;
	-h | --help) usage && exit 0 ;;
	*) usage >&2 && exit 2 ;;
	esac
	shift
done
load_env
# 32-bit ARM (MYSD_ARCH=armhf, make bench-armhf): Debian's armmp kernel on
# a Cortex-A15. Under -icount it boots one vCPU only (boot.sh), so the
# programs and the writer share it, as they share vCPU 1 on arm64; the
# writer-under-load test, which needs a second CPU, is left out. Its
# module is built here unless --ko names one (guest_module).
if [[ $MYSD_ARCH == armhf ]]; then
	results=$top/bench/armhf
else
	results=$top/bench
fi
smp=$ICOUNT_SMP pin_cpu=$ICOUNT_PIN_CPU
[[ -z $ko || -f $ko ]] || die "no $ko"

conc=4
if [[ -n $quick ]]; then
	rounds=${rounds:-3} requests=${requests:-600}
	configs='all' micro_rounds=0 micro_configs='' sink_secs=0 mem_rounds=0
else
	rounds=${rounds:-5} requests=${requests:-1500}
	configs='all nginx calls reject ftrace empty'
	micro_rounds=3 micro_configs='all probe reject empty ftrace' sink_secs=3
	mem_rounds=5
	((smp > 1)) || sink_secs=0
fi
# For development only: run a subset (e.g. BENCH_CONFIGS=all BENCH_MICRO_CONFIGS=).
configs=${BENCH_CONFIGS-$configs} micro_configs=${BENCH_MICRO_CONFIGS-$micro_configs}
mem_rounds=${BENCH_MEM_ROUNDS-$mem_rounds}
[[ -n $micro_configs ]] || micro_rounds=0
[[ $rounds =~ ^[1-9][0-9]*$ && $requests =~ ^[1-9][0-9]*$ ]] ||
	die "--rounds and --requests must be positive integers"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -n $ko ]] || ko=$(guest_module "$work")
if [[ -z $out ]]; then
	if [[ -n $quick ]]; then out=$work/out; else out=$results; fi
fi
mkdir -p "$out" "$work/guest" "$work/ep"
start=$SECONDS

# The tree's version now, when the module is taken (commits may follow
# during a long run).
version=$(git -C "$top" describe --always --dirty 2>/dev/null || echo unknown)
if [[ $ko == "$work/src/my_sysdig.ko" ]]; then
	version="$version, built here for $KVER"
elif [[ $ko != "$top/my_sysdig.ko" ]]; then
	version="$ko (tree $version)"
fi

# Guest binaries: the module under test (copied now: the tree may be rebuilt
# meanwhile), the empty-probe reference (same KDIR), the micro program.
cp "$ko" "$work/guest/my_sysdig.ko"
build_bench_modules "$work/ep"
cp "$work/ep/empty_probe.ko" "$work/guest/"
"${CROSS_COMPILE}gcc" -static -O2 -Wall -o "$work/guest/syscall_micro" \
	"$top/tests/bench/syscall_micro.c" || die "building syscall_micro failed"
cp "$here/bench-guest.sh" "$work/guest/bench-guest.sh"
cat >"$work/guest/bench.conf" <<EOF
PIN_CPU=$pin_cpu
ROUNDS=$rounds
REQUESTS=$requests
CONC=$conc
CONFIGS='$configs'
CALLS_SET=$calls_set
MICRO_ROUNDS=$micro_rounds
MICRO_CONFIGS='$micro_configs'
MICRO_N=10000
MICRO_OPEN_N=2000
DRAIN_N=$((micro_rounds ? 12000 : 0))
DRAIN_AB=200
SINK_SECS=$sink_secs
MEM_ROUNDS=$mem_rounds
EOF

"$here/mkrootfs.sh" -o "$work/initrd.cpio.gz" --nginx \
	--add "$work/guest:/root/bench" --run /root/bench/bench-guest.sh >/dev/null

# Guest time per measurement is ~requests/280 s; wall time is about the same
# under -icount on a recent x86 host. Generous, so a slow CI box still ends.
nconf=$(wc -w <<<"$configs")
nmeas=$((rounds * nconf * 2 + 1))
tmo=$((180 + nmeas * requests / 100 + micro_rounds * 120 + sink_secs * 20 + mem_rounds * 20))
log "$nconf configuration(s), $rounds round(s), ab -n $requests -c $conc; timeout ${tmo}s"
set +e
"$here/boot.sh" --initrd "$work/initrd.cpio.gz" --icount --smp "$smp" --timeout "$tmo" \
	--log "$work/console.log" >/dev/null 2>"$work/boot.err"
brc=$?
set -e
cat "$work/boot.err" >&2
qemu_cmd=$(sed -n 's/^\[boot\.sh\] booting [^:]*: //p' "$work/boot.err" | tail -n1)
# The copy printed at the end, clear of interleaved console messages.
sed -n '/^BENCH_BEGIN$/,/^BENCH_END$/p' "$work/console.log" | grep '^BENCH ' >"$work/raw.txt" || true
if [[ ! -s $work/raw.txt ]]; then
	grep '^BENCH ' "$work/console.log" >"$work/raw.txt" || true
fi
if ((brc != 0)); then
	tail -n 30 "$work/console.log" >&2
	log "guest run failed (exit $brc)"
fi
if grep '^BENCH error' "$work/raw.txt" >&2 && ((brc == 0)); then brc=1; fi
wall=$((SECONDS - start))

awk -f "$here/bench-stats.awk" "$work/raw.txt" >"$work/stats.tsv"

# --- checks: all-syscalls overhead and drops ---------------------------------
all_line=$(awk -F'\t' '$1 == "AB" && $2 == "all"' "$work/stats.tsv")
pass=0 failn=0 verdict=PASS
if [[ -n $all_line ]]; then
	all_ovh=$(cut -f7 <<<"$all_line") all_drop=$(cut -f8 <<<"$all_line")
	if awk -v o="$all_ovh" -v l="$limit" 'BEGIN { exit !(o <= l) }'; then
		pass=$((pass + 1))
	else
		failn=$((failn + 1)) verdict=FAIL
	fi
	if ((all_drop == 0)); then pass=$((pass + 1)); else failn=$((failn + 1)) verdict=FAIL; fi
	summary=$(printf 'all-syscalls overhead %.1f%% (limit %s%%), drops %s' "$all_ovh" "$limit" "$all_drop")
else
	failn=2 verdict=FAIL summary='no all-syscalls measurement (guest run failed)'
fi

# --- report -----------------------------------------------------------------
cp "$work/raw.txt" "$out/raw.txt"
guest_kernel=$(awk '$2 == "guest" { sub(/^.*kernel=/, ""); print $1 }' "$work/raw.txt" | head -n1)
host_cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
qemu_ver=$("$QEMU_BIN" --version | head -n1)
if [[ $MYSD_ARCH == armhf ]]; then
	if [[ ${#argv_all[@]} -eq 0 ]]; then rerun='make bench-armhf'; else rerun="MYSD_ARCH=armhf scripts/qemu/bench.sh ${argv_all[*]}"; fi
elif [[ -n $quick ]]; then
	rerun="scripts/qemu/bench.sh ${argv_all[*]}"
elif [[ ${#argv_all[@]} -eq 0 ]]; then
	rerun='make bench'
else
	rerun="make && scripts/qemu/bench.sh ${argv_all[*]}"
fi

label() {
	case $1 in
	all) echo 'my_sysdig, all syscalls, no filter' ;;
	nginx) echo 'my_sysdig proc_name=nginx' ;;
	calls) echo "my_sysdig syscalls=$calls_set" ;;
	reject) echo 'my_sysdig pid=1 (filter rejects all)' ;;
	probe) echo 'my_sysdig probe only (writer asleep)' ;;
	ftrace) echo 'ftrace raw_syscalls (reference)' ;;
	empty) echo 'empty sys_exit probe (floor)' ;;
	*) echo "$1" ;;
	esac
}
short() {
	case $1 in
	all) echo 'all syscalls' ;; nginx) echo 'proc_name=nginx' ;; calls) echo 'syscalls=4 names' ;;
	reject) echo 'pid=1 (reject)' ;; probe) echo 'probe only' ;; ftrace) echo 'ftrace raw_syscalls' ;;
	empty) echo 'empty probe' ;; *) echo "$1" ;;
	esac
}

{
	echo "# my_sysdig benchmark$([[ -n $quick ]] && echo ' (quick)')"
	echo
	echo "nginx (1 worker, access_log off, 127.0.0.1:80) + \`ab -n $requests -c $conc http://127.0.0.1/\`"
	echo "in one QEMU boot under \`-icount shift=4,sleep=off\` (guest time is"
	echo "instruction count x 16 ns, repeatable to ~0.5%). Each configuration ran"
	echo "between two baselines (base, X, base, Y, ..., base) for $rounds rounds;"
	echo "ratio = its ab requests/s over the mean of the two adjacent baselines'."
	echo "Overhead = 1/ratio - 1 (extra guest time per request). Drops: events"
	echo "my_sysdig could not buffer (\`dropped\` in /proc/my_sysdig/stats, summed"
	echo "over the rounds, default buffers). nginx, ab and my_sysdig's writer"
	if ((smp > 1)); then
		echo "thread run on vCPU 1 in every configuration, the baseline included:"
		echo "under -icount QEMU's round-robin, not the guest's scheduler, splits the"
		echo "one instruction clock between vCPUs, and a writer alone on the other"
		echo "vCPU can be held to an eighth of it (drops every round), which a real"
		echo "board would not do (scripts/qemu/bench-guest.sh, bench/findings.md)."
	else
		echo "thread share the guest's one vCPU (Debian's armmp kernel does not"
		echo "bring up a second under -icount), as a single-core board runs them."
	fi
	echo
	echo "| configuration | median ratio to baseline | overhead % | ratio min..max | drops | lines written | overhead %, rounds without drops |"
	echo "| --- | ---: | ---: | --- | ---: | ---: | ---: |"
	awk -F'\t' '$1 == "AB"' "$work/stats.tsv" | while IFS=$'\t' read -r _ c n med lo hi ovh drop _ lines _ overrun _ nclean cmed; do
		case $c in
		ftrace) d="n/a ($overrun overwritten)" l='-' ;;
		empty) d='n/a' l='-' ;;
		*) d=$drop l=$lines ;;
		esac
		if ((nclean == 0)); then
			cl='none'
		else
			cl=$(awk -v m="$cmed" -v k="$nclean" -v n="$n" 'BEGIN { printf "%.2f (%d of %d)", (1 / m - 1) * 100, k, n }')
		fi
		printf '| %s | %.4f | %.2f | %.4f..%.4f | %s | %s | %s |\n' "$(label "$c")" "$med" "$ovh" "$lo" "$hi" "$d" "$l" "$cl"
	done
	echo
	if ((smp > 1)); then
		echo "Under \`-icount\` QEMU runs the vCPUs in turn on one instruction clock, so"
		echo "guest time is the instructions of both vCPUs together: work done on the"
		echo "\"other\" CPU (the my_sysdig writer thread) is never free. The overhead is"
		echo "therefore the added CPU work per request."
	else
		echo "The overhead is the added CPU work per request: the writer thread's"
		echo "included, on the same CPU."
	fi
	echo "When the writer cannot get the CPU it needs, the per-CPU rings overflow"
	echo "and events are dropped; such rounds look cheaper (less text is made),"
	echo "hence the last column."
	base=$(awk -F'\t' '$1 == "BASE"' "$work/stats.tsv")
	if [[ -n $base ]]; then
		IFS=$'\t' read -r _ bmed bn bmin bmax <<<"$base"
		echo
		echo "Baseline: median $bmed requests/s (guest time) over $bn runs, $bmin..$bmax."
	fi
	echo
	echo "Check: $verdict $summary."
	if grep -q '^MICRO' "$work/stats.tsv"; then
		echo
		echo "## Micro-costs (tests/bench/syscall_micro.c, static ${CROSS_COMPILE%-})"
		echo
		echo "Median over the rounds of each test's guest ns per operation, each run"
		echo "between two baseline runs. read = pread of 64 bytes from a tmpfs file;"
		echo "openclose = openat + close (2 syscalls per op)."
		echo
		echo "With my_sysdig recording all syscalls:"
		echo
		echo "| test | baseline ns/op | my_sysdig ns/op | ratio | added ns per syscall | rounds with drops |"
		echo "| --- | ---: | ---: | ---: | ---: | ---: |"
		awk -F'\t' '$1 == "MICRO" && $2 == "all"' "$work/stats.tsv" | while IFS=$'\t' read -r _ _ t n b v r a nd; do
			per=$a
			[[ $t == openclose ]] && per=$(awk -v a="$a" 'BEGIN { printf "%.1f", a / 2 }')
			printf '| %s | %s | %s | %s | %s | %s of %s |\n' "$t" "$b" "$v" "$r" "$per" "$nd" "$n"
		done
		echo
		echo "A round with drops ran at about the \"probe only\" cost below: the writer"
		echo "fell behind and the events it never formatted cost nothing more."
		echo
		echo "Added ns per syscall, every configuration (where the time goes: the"
		echo "empty probe is the hook's floor, pid=1 adds the probe's filter path,"
		echo "probe only adds copying the event into the ring (my_sysdig with"
		echo "buf_kb=4096 flush_ms=10000: the writer sleeps through the run), all"
		echo "adds the writer's formatting and file write, paid on the same guest"
		if ((smp > 1)); then
			echo "timeline: under -icount both vCPUs share one instruction clock):"
		else
			echo "timeline, on the same CPU):"
		fi
		echo
		tl=$(awk -F'\t' '$1 == "MICRO" { print $3 }' "$work/stats.tsv" | awk '!s[$0]++')
		printf '| configuration |'; for t in $tl; do printf ' %s |' "$t"; done; echo
		printf '| --- |'; for t in $tl; do printf ' ---: |'; done; echo
		for c in empty reject probe all ftrace; do
			grep -q "^MICRO	$c	" "$work/stats.tsv" || continue
			printf '| %s |' "$(short "$c")"
			for t in $tl; do
				awk -F'\t' -v c="$c" -v t="$t" '$1 == "MICRO" && $2 == c && $3 == t {
					a = $8; if (t == "openclose") a /= 2; printf " %.1f |", a }' "$work/stats.tsv"
			done
			echo
		done
	fi
	if grep -q '^DRAIN' "$work/stats.tsv"; then
		echo
		echo "## Sink throughput: the writer alone"
		echo
		echo "Events left in 4 MiB rings with the writer asleep, then formatted and"
		echo "written by rmmod (synchronous final flush), timed minus an empty rmmod;"
		echo "median over the rounds. getppid = short lines; nginx = the events of"
		echo "\`ab -n 200\` (nginx + ab, the benchmark's own mix)."
		echo
		echo "| events | lines | bytes/line | writer ns per line | lines/s |"
		echo "| --- | ---: | ---: | ---: | ---: |"
		awk -F'\t' '$1 == "DRAIN" { printf "| %s | %d | %d | %d | %.0f |\n", $2, $5, $7, $4, $4 ? 1e9 / $4 : 0 }' "$work/stats.tsv"
		awk -F'\t' '$1 == "DRAIN" && $6 > 0 { printf "\nWarning: %s: the writer woke before the timed drain (%d lines).\n", $2, $6 }' "$work/stats.tsv"
		# Cost model: overhead per event vs probe + writer.
		awk -F'\t' -v req="$requests" -v rounds="$rounds" '
			$1 == "BASE" { rps = $2 }
			$1 == "AB" && $2 == "all" { ratio = $4; seen = $11 }
			$1 == "MICRO" && $2 == "probe" && $3 == "getppid" { probe = $8 }
			$1 == "MICRO" && $2 == "empty" && $3 == "getppid" { floor = $8 }
			$1 == "DRAIN" && $2 == "nginx" { writer = $4 }
			END {
				if (!rps || !ratio || !seen) exit
				epr = seen / (req * rounds)
				ovh = (1 / ratio - 1) / rps * 1e9
				printf "\nCost model (all syscalls): %.1f events per request; the overhead is\n", epr
				printf "%.0f ns of guest time per request, %.0f ns per event. Of that, hook\n", ovh, ovh / epr
				printf "floor ~%.0f ns (empty probe, getppid), probe ~%.0f ns (probe only, getppid),\n", floor, probe
				printf "writer ~%.0f ns per line (nginx mix): the text formatting and write\n", writer
				printf "account for ~%.0f%% of the per-event cost.\n", writer / (ovh / epr) * 100
			}' "$work/stats.tsv"
	fi
	sink=$(grep '^BENCH sink' "$work/raw.txt" || true)
	if [[ -n $sink ]]; then
		echo
		echo "## Sink throughput: the writer under load"
		echo
		awk '{ for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
		END {
			s = v["secs"]
			printf "A getppid loop (one CPU) for %.2f s of guest time with my_sysdig recording\n", s
			printf "everything: %d events offered (%.0f/s), %d recorded, %d dropped; the writer\n",
			       v["spin_calls"], v["spin_calls"] / s, v["recorded"], v["dropped"]
			printf "wrote %d lines (%.0f bytes) meanwhile: **%.0f lines/s, %.2f MB/s** (guest time)",
			       v["lines"], v["bytes"], v["lines"] / s, v["bytes"] / s / 1e6
			if (v["dropped"] > 0) {
				printf ", with drops.\nUnder -icount the writer, on the other vCPU, runs for the share of the\n"
				printf "one instruction clock that QEMU'"'"'s round-robin gives it, not for what it\n"
				printf "needs: this is that share, not its capacity (the table above is;\n"
				printf "bench/findings.md).\n"
			} else
				printf ";\nno drops, so this is a lower bound of what it sustains.\n"
		}' <<<"$sink"
	fi
	if grep -q '^BENCH mem ' "$work/raw.txt"; then
		echo
		echo "## Memory"
		echo
		echo "What my_sysdig takes in the guest, each state against the same round's"
		echo "\"before\" on an idle system (nginx waiting); median KiB over $mem_rounds"
		echo "rounds. The rings come from the page allocator (\`buffer_bytes\` in"
		echo "/proc/my_sysdig/stats; \`buf_kb\` sets them); the other columns are"
		echo "/proc/meminfo's counters: VmallocUsed holds the module's image and the"
		echo "writer's 64 KiB output buffer, KernelStack the writer thread's stack."
		echo "Kernel workers come and go meanwhile, and a stack the kernel maps anew"
		echo "(VMAP_STACK) rather than from its cache shows in VmallocUsed as well:"
		echo "either moves a round's figures by 16 KiB, hence the median."
		echo "my_sysdig allocates when loaded or when a parameter is written, nothing"
		echo "while recording. The record file's own pages (page cache, or RAM on a"
		echo "tmpfs or initramfs root) come on top: up to twice \`rotate_kb\` with"
		echo "rotation."
		echo
		awk -f "$here/bench-mem.awk" "$work/raw.txt"
	fi
	echo
	echo "## Machine and run"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- host CPU: ${host_cpu:-unknown} ($(nproc) CPUs)"
	echo "- QEMU: $qemu_ver"
	echo "- qemu command: \`$qemu_cmd\`"
	echo "- guest kernel: ${guest_kernel:-unknown} (Debian $DEB_ARCH), $smp vCPU(s), 1 GiB"
	echo "- my_sysdig: $version, default parameters except the filter"
	echo "- wall time: ${wall}s"
	echo "- rerun: \`$rerun\`"
	echo
	echo "Raw per-round numbers: raw.txt (one BENCH line per measurement)."
} >"$out/results.md"

# --- plot ---------------------------------------------------------------------
plot() {
	if ! command -v gnuplot >/dev/null; then
		log "gnuplot missing: apt-get install -y gnuplot-nox"
		apt-get install -y gnuplot-nox >/dev/null 2>&1 ||
			{ log "cannot install gnuplot-nox; no plot"; return 0; }
	fi
	awk -F'\t' '$1 == "AB" { print $2, $7 }' "$work/stats.tsv" | while read -r c o; do
		printf '"%s" %s\n' "$(short "$c")" "$o"
	done >"$work/plot.dat"
	[[ -s $work/plot.dat ]] || return 0
	local ymax
	ymax=$(awk '{ if ($NF > m) m = $NF } END { print (m < 6 ? 6 : m) * 1.15 }' "$work/plot.dat")
	gnuplot <<EOF || log "gnuplot failed; no plot"
set terminal pngcairo size 900,500 font "sans,10" noenhanced
set output "$out/overhead.png"
set title "my_sysdig overhead on nginx + ab (QEMU -icount, median of $rounds rounds)"
set ylabel "overhead vs adjacent baselines (%)"
set style data histograms
set style fill solid 0.8 border -1
set boxwidth 0.6
set yrange [0:$ymax]
set grid ytics
unset key
set arrow from graph 0, first 5 to graph 1, first 5 nohead dt 2 lc rgb "red"
set label "5% target" at graph 0.01, first 5 offset 0,0.7 tc rgb "red"
plot "$work/plot.dat" using 2:xtic(1) lc rgb "#4a7ab0", \
     "" using 0:2:(sprintf("%.2f%%", \$2)) with labels offset 0,0.8
EOF
}
plot

log "results in $out/results.md (wall ${wall}s)"
sed -n '/^| configuration/,/^$/p' "$out/results.md" >&2
echo "bench: $verdict $summary"
echo "$pass passed, $failn failed"
if ((brc != 0)); then exit "$brc"; fi
if [[ -n $quick && $verdict != PASS ]]; then exit 1; fi
exit 0
