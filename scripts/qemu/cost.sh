#!/usr/bin/env bash
# The module's own cost, per syscall, while nginx serves ab: my_sysdig
# built with COST=1 (config/cost.h) records every syscall in one -icount
# boot and /proc/my_sysdig/cost is printed as a table. Under -icount
# shift=4 one tick of the counter is one guest instruction. A development
# tool for the overhead work (bench/findings.md); make bench measures.
usage() {
	cat <<'USAGE'
Usage: scripts/qemu/cost.sh [--requests N] [--top K]
  --requests N   ab requests recorded (default 600)
  --top K        syscalls listed, most frequent first (default 20)
Prints, per syscall: lines, then guest instructions per event for the
probe (filter to commit, the tracepoint's own call not included), its
user-memory captures (part of the probe), the line's formatting; then
the writes to the record, per line, and the writer's rounds as a whole
(merge, lines, writes) per line.
USAGE
}
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/qemu/lib.sh
source "$here/lib.sh"

requests=600 ntop=20
while (($#)); do
	case $1 in
	--requests) requests=$2 && shift ;;
	--top) ntop=$2 && shift ;;
	-h | --help) usage && exit 0 ;;
	*) usage >&2 && exit 2 ;;
	esac
	shift
done
[[ $requests =~ ^[1-9][0-9]*$ && $ntop =~ ^[1-9][0-9]*$ ]] ||
	die "--requests and --top must be positive integers"
load_env

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/guest"
build_module "$work" MYSD_COST=y
cp "$work/src/my_sysdig.ko" "$work/guest/"
# Pinned as make bench pins: nginx, ab and the writer on one vCPU.
pin_mask=$((1 << ICOUNT_PIN_CPU))
cat >"$work/guest/cost-guest.sh" <<GUEST
#!/bin/sh
cd /root/cost || exit 1
dmesg -n 1
taskset -p $pin_mask \$\$ >/dev/null
nginx || exit 1
ab -q -n 200 -c 4 http://127.0.0.1/ >/dev/null 2>&1
insmod ./my_sysdig.ko && taskset -p $pin_mask \$(pidof my_sysdig) >/dev/null
ab -q -n $requests -c 4 http://127.0.0.1/ >/dev/null 2>&1
sleep 1
echo COST_START
cat /proc/my_sysdig/cost
echo COST_END
rmmod my_sysdig
GUEST
chmod +x "$work/guest/cost-guest.sh"
"$here/mkrootfs.sh" -o "$work/initrd.cpio.gz" --nginx \
	--add "$work/guest:/root/cost" --run /root/cost/cost-guest.sh >/dev/null
"$here/boot.sh" --initrd "$work/initrd.cpio.gz" --icount --smp "$ICOUNT_SMP" --timeout $((120 + requests / 10)) \
	--log "$work/console.log" >/dev/null
tr -d '\r' <"$work/console.log" | sed -n '/^COST_START$/,/^COST_END$/p' | sed '1d;$d' >"$work/cost"
[[ -s $work/cost ]] || die "no /proc/my_sysdig/cost in the guest's output"
awk -v ntop="$ntop" '
	/^# ticks_per_sec/ { hz = $3; next }
	/^#/ { next }
	$1 == "all" { all = sprintf("%-16s %8d %8d %9d %8d", "all", $3, $4, $5, $6); fl = $6; next }
	$1 == "writes" { w = $0; wn = $2; wt = $3; wb = $4; wl = $5; next }
	$1 == "rounds" { rn = $2; rl = $4; next }
	{ print $3, sprintf("%-16s %8d %8d %9d %8d", $1 ($2 == "compat" ? " (32)" : ""), $3, $4, $5, $6) }
	END {
		if (hz != 62500000)
			printf "note: counter at %d Hz, not 62.5 MHz: ticks are not instructions\n", hz
		printf "%-16s %8s %8s %9s %8s\n", "syscall", "events", "probe", "captures", "format" > "/dev/stderr"
		printf "%s\n", all > "/dev/stderr"
		printf "writes to the record: %d, %d bytes each, %d instructions per line\n", wn, wb, wl > "/dev/stderr"
		printf "writer rounds: %d, %d instructions per line in all (the merge and the round'"'"'s own work: %d)\n", rn, rl, rl - fl - wl > "/dev/stderr"
	}' "$work/cost" 2>"$work/head" | sort -rn | head -n "$ntop" | cut -d' ' -f2- >"$work/rows"
sed -n 1p "$work/head"
cat "$work/rows"
sed -n '2,$p' "$work/head"
