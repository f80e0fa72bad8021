#!/bin/sh
# Guest side of scripts/qemu/bench.sh (busybox sh). Runs in ONE boot under
# -icount: nginx + ab throughput for each configuration, each measurement
# between two baselines (base, X, base, Y, base, ...), then per-syscall
# micro-costs, the record writer's rate alone, the memory my_sysdig takes,
# and the writer's rate under load.
#
# Settings come from /root/bench/bench.conf (written by bench.sh):
#   ROUNDS REQUESTS CONC CONFIGS CALLS_SET MICRO_ROUNDS MICRO_CONFIGS SINK_SECS
#   DRAIN_N DRAIN_AB MEM_ROUNDS
# Results are printed as "BENCH key=value ..." lines as they come, and once
# more, all together, between BENCH_BEGIN and BENCH_END at the end (the
# copy bench.sh parses, away from any interleaved kernel message).
cd /root/bench || exit 1
# shellcheck source=/dev/null
. ./bench.conf
KO=/root/bench/my_sysdig.ko
EP=/root/bench/empty_probe.ko
STATS=/proc/my_sysdig/stats
REC=/etc/syscall-record/record
TR=/sys/kernel/tracing
OUT=/root/bench/results.txt
: >"$OUT"

# Keep kernel messages (module taint warning...) off the console.
dmesg -n 1 2>/dev/null

# Everything measured runs on vCPU $PIN_CPU: this shell and so nginx, ab and
# the test programs it starts, and my_sysdig's writer thread (mysd_load).
# Under -icount both vCPUs share one instruction clock and QEMU's
# round-robin, not the guest's scheduler, decides how it is split between
# them: a writer alone on the other vCPU can get as little as an eighth of
# it while nginx and ab run at full speed, and falls behind (drops) where a
# real two-core board would keep up. On one vCPU the guest's scheduler
# shares the CPU between the programs and the writer, as on hardware; every
# instruction the writer adds is paid for in the figures either way.
PIN_MASK=$((1 << ${PIN_CPU:-1}))
taskset -p "$PIN_MASK" $$ >/dev/null || exit 1

# insmod my_sysdig [PARAMS]: load it, its writer on the measured vCPU.
mysd_load() {
	insmod $KO "$@" && taskset -p "$PIN_MASK" "$(pidof my_sysdig)" >/dev/null
}

emit() {
	echo "BENCH $*" | tee -a "$OUT"
}

fail() {
	echo "bench-guest: $*" >&2
	emit "error msg=$(echo "$*" | tr ' =' '__')"
}

# snap: copy /proc/my_sysdig/stats once (one consistent-ish snapshot);
# mstat FIELD: a field of the last snapshot (0 if absent).
snap() {
	cat $STATS >stats.snap 2>/dev/null || : >stats.snap
}
mstat() {
	awk -v k="$1" '$1 == k { v = $2 } END { print v + 0 }' stats.snap
}

# Sum of one field over ftrace's per-CPU stats.
ftrace_stat() {
	cat $TR/per_cpu/cpu*/stats 2>/dev/null |
		awk -v k="$1:" '$1 == k { s += $2 } END { print s + 0 }'
}

# config_on NAME / config_off NAME: set up / tear down one configuration.
config_on() {
	case $1 in
	base) ;;
	all) mysd_load ;;
	# Probe alone: 4 MiB rings and a 10 s flush period keep the writer
	# asleep through a short micro run (under half a ring), so only the
	# probe's own cost is measured.
	probe) mysd_load buf_kb=4096 flush_ms=10000 ;;
	nginx) mysd_load proc_name=nginx ;;
	calls) mysd_load syscalls=$CALLS_SET ;;
	reject) mysd_load pid=1 ;;	# /init's shell: alive, never nginx
	ftrace)
		echo 0 >$TR/tracing_on && echo >$TR/trace &&
			echo 1 >$TR/events/raw_syscalls/enable &&
			echo 1 >$TR/tracing_on ;;
	empty) insmod $EP ;;
	*) return 1 ;;
	esac
}

# Prints the config's counters as key=value, then tears it down.
config_off() {
	case $1 in
	all | nginx | calls | reject | probe)
		sleep 0.3	# let the writer catch up (flush_ms=100 + settle)
		snap
		echo "seen=$(mstat events_seen) filtered=$(mstat filtered_out)" \
			"recorded=$(mstat recorded) dropped=$(mstat dropped)" \
			"lines=$(mstat lines_written) bytes=$(mstat bytes_written)"
		rmmod my_sysdig
		rm -f $REC
		;;
	ftrace)
		echo "entries=$(ftrace_stat entries) overrun=$(ftrace_stat overrun)"
		echo 0 >$TR/events/raw_syscalls/enable
		echo >$TR/trace
		;;
	empty) rmmod empty_probe ;;
	esac
}

# measure ROUND SEQ CONFIG: one ab run under CONFIG.
measure() {
	config_on "$3" || { fail "cannot set up $3"; return 1; }
	ab -q -n "$REQUESTS" -c "$CONC" http://127.0.0.1/ >ab.out 2>&1
	abrc=$?
	extra=$(config_off "$3" | tr '\n' ' ')
	rps=$(awk '/^Requests per second:/ { print $4 }' ab.out)
	failed=$(awk '/^Failed requests:/ { print $3 }' ab.out)
	secs=$(awk '/^Time taken for tests:/ { print $5 }' ab.out)
	if [ $abrc -ne 0 ] || [ -z "$rps" ]; then
		cat ab.out >&2
		fail "ab failed under $3"
		return 1
	fi
	emit "ab round=$1 seq=$2 config=$3 rps=$rps failed=$failed secs=$secs $extra"
}

# micro ROUND CONFIG: per-syscall costs under CONFIG, each test with the
# configuration set up afresh (so "probe" never fills half a ring).
micro() {
	for t in getppid read openclose; do
		n=$MICRO_N
		[ $t = openclose ] && n=$MICRO_OPEN_N
		config_on "$2" || { fail "cannot set up $2"; return 1; }
		./syscall_micro -n "$n" -t $t >micro.out
		mrc=$?
		snap
		mod="lines_during=$(mstat lines_written) dropped=$(mstat dropped)"
		config_off "$2" >/dev/null
		[ $mrc -eq 0 ] || { fail "syscall_micro $t failed under $2"; return 1; }
		read -r _ test iters ns per <micro.out
		emit "micro round=$1 config=$2 test=$test iters=$iters ns=$ns per_op=$per $mod"
	done
}

# drain ROUND KIND: the writer alone. Events are left in 4 MiB rings with
# the writer asleep (flush_ms=10000, under half a ring), then rmmod formats
# and writes them all synchronously; its time minus an empty rmmod's is the
# writer's cost for those lines, with nothing else running.
# shellcheck disable=SC2046 # "EXEC ns status" split into $3..$5, $6..$8
drain() {
	mysd_load buf_kb=4096 flush_ms=10000
	set -- "$1" "$2" $(./syscall_micro -x rmmod my_sysdig)
	rm -f $REC
	mysd_load buf_kb=4096 flush_ms=10000
	case $2 in
	getppid) ./syscall_micro -n "$DRAIN_N" -t getppid >/dev/null ;;
	nginx) ab -q -n "$DRAIN_AB" -c "$CONC" http://127.0.0.1/ >/dev/null 2>&1 ;;
	esac
	snap
	before=$(mstat lines_written) dropped=$(mstat dropped)
	set -- "$@" $(./syscall_micro -x rmmod my_sysdig)
	total=$(wc -l <$REC)
	bytes=$(wc -c <$REC)
	rm -f $REC
	emit "drain round=$1 kind=$2 lines=$((total - before)) lines_before=$before dropped=$dropped bytes=$bytes ns=$7 empty_ns=$4"
}

# meminfo: the kernel's own memory counters of /proc/meminfo (KiB), as
# key=value. MemFree is left out: freed pages wait on per-CPU lists, so it
# moves by hundreds of KiB with nobody allocating.
meminfo() {
	awk '$1 ~ /^(Slab|VmallocUsed|KernelStack|Percpu):$/ {
		printf "%s=%s ", tolower(substr($1, 1, length($1) - 1)), $2 }' /proc/meminfo
}

# mem ROUND: the memory my_sysdig takes, by /proc/meminfo: loaded with
# the defaults, after rmmod (what it did not give back), and loaded with
# follow_forks=1 (its bitmap). It allocates everything at load or at a
# parameter write, nothing while recording, so an idle system shows it all.
mem() {
	sleep 0.5
	emit "mem round=$1 state=before $(meminfo)"
	mysd_load
	sleep 0.3
	snap
	emit "mem round=$1 state=loaded" \
		"module_kb=$(awk '$1 == "my_sysdig" { print int($2 / 1024) }' /proc/modules)" \
		"buffer_kb=$(($(mstat buffer_bytes) / 1024)) $(meminfo)"
	rmmod my_sysdig
	rm -f $REC
	sleep 0.3
	emit "mem round=$1 state=unloaded $(meminfo)"
	mysd_load pid=1 follow_forks=1
	sleep 0.3
	snap
	emit "mem round=$1 state=follow" \
		"buffer_kb=$(($(mstat buffer_bytes) / 1024)) $(meminfo)"
	rmmod my_sysdig
	rm -f $REC
}

emit "guest kernel=$(uname -r) cpus=$(grep -c ^processor /proc/cpuinfo) mem_kb=$(awk '/MemTotal/ { print $2 }' /proc/meminfo)"
dd if=/dev/zero of=/root/bench/micro.dat bs=4096 count=1 2>/dev/null
nginx || { fail "nginx did not start"; exit 1; }
# Warm up nginx, ab and the page cache; not measured.
ab -q -n $((REQUESTS / 4 + 10)) -c "$CONC" http://127.0.0.1/ >/dev/null 2>&1
insmod $KO && rmmod my_sysdig && rm -f $REC

rc=0
seq=0
for r in $(seq 1 "$ROUNDS"); do
	for c in $CONFIGS; do
		measure "$r" $seq base || rc=1
		seq=$((seq + 1))
		measure "$r" $seq "$c" || rc=1
		seq=$((seq + 1))
	done
done
measure "$ROUNDS" $seq base || rc=1

for r in $(seq 1 "$MICRO_ROUNDS"); do
	for c in $MICRO_CONFIGS; do
		micro "$r" base || rc=1
		micro "$r" "$c" || rc=1
	done
done
[ -n "$MICRO_CONFIGS" ] && { micro "$MICRO_ROUNDS" base || rc=1; }

if [ "${DRAIN_N:-0}" != 0 ]; then
	for r in $(seq 1 "$MICRO_ROUNDS"); do
		drain "$r" getppid
		drain "$r" nginx
	done
fi

for r in $(seq 1 "${MEM_ROUNDS:-0}"); do
	mem "$r"
done

# Sink: a getppid loop on one CPU, the writer on the other (not pinned:
# this one measures what the writer sustains on its own). lines_written
# over guest time while the loop runs; if events were dropped the writer was
# the bottleneck and the rate is what it sustains.
if [ "${SINK_SECS:-0}" != 0 ]; then
	insmod $KO
	sleep 0.3
	snap
	l0=$(mstat lines_written) d0=$(mstat dropped) c0=$(mstat recorded) b0=$(mstat bytes_written)
	t0=$(cut -d' ' -f1 /proc/uptime)
	spin=$(./syscall_micro -s "$SINK_SECS")
	t1=$(cut -d' ' -f1 /proc/uptime)
	snap
	l1=$(mstat lines_written) d1=$(mstat dropped) c1=$(mstat recorded) b1=$(mstat bytes_written)
	sleep 0.5
	snap
	l2=$(mstat lines_written)
	rmmod my_sysdig
	rm -f $REC
	# shellcheck disable=SC2086 # "SPIN calls ns" into $1..$3
	set -- $spin
	emit "sink secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" \
		"spin_calls=$2 spin_ns=$3 lines=$((l1 - l0)) recorded=$((c1 - c0))" \
		"dropped=$((d1 - d0)) bytes=$((b1 - b0)) lines_after_drain=$((l2 - l0))"
fi

nginx -s quit
echo BENCH_BEGIN
cat "$OUT"
echo BENCH_END
exit $rc
