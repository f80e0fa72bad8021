#!/usr/bin/env bash
# Where the guest's instructions go while nginx serves ab, with or without
# my_sysdig: a sampling profile (tests/bench/pc_sample.c) in one -icount
# boot, printed as samples per kernel function. A development tool for the
# overhead work (bench/findings.md); make bench measures, this explains.
usage() {
	cat <<'USAGE'
Usage: scripts/qemu/profile.sh [--config C]... [--requests N] [--period US] [--top K]
  --config C     base (no module), all (my_sysdig, every syscall) or probe
                 (my_sysdig, writer asleep); repeatable, in order (default: base all)
  --requests N   ab requests per profile (default 1500)
  --period US    sampling period, guest microseconds (default 200; shorter
                 periods cost more and skew the workload)
  --top K        functions listed per configuration (default 40)
Each configuration prints "samples share function" lines, most first
([user] is user mode; idle vCPUs are left out of the shares), and the ab
throughput under the profiler. MYSD_ARCH=armhf: the same on the armmp
kernel (one vCPU), with a module built for it here.
USAGE
}
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/qemu/lib.sh
source "$here/lib.sh"
top=$(cd "$here/../.." && pwd)

configs=() requests=1500 period=200 ntop=40
while (($#)); do
	case $1 in
	--config) configs+=("$2") && shift ;;
	--requests) requests=$2 && shift ;;
	--period) period=$2 && shift ;;
	--top) ntop=$2 && shift ;;
	-h | --help) usage && exit 0 ;;
	*) usage >&2 && exit 2 ;;
	esac
	shift
done
((${#configs[@]})) || configs=(base all)
for c in "${configs[@]}"; do
	[[ $c =~ ^(base|all|probe)$ ]] || die "unknown configuration $c"
done
[[ $requests =~ ^[1-9][0-9]*$ && $period =~ ^[1-9][0-9]*$ && $ntop =~ ^[1-9][0-9]*$ ]] ||
	die "--requests, --period and --top must be positive integers"
load_env

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/guest"
ko=$(guest_module "$work")
cp "$ko" "$work/guest/"
build_bench_modules "$work/mod"
cp "$work/mod/pc_sample.ko" "$work/guest/"
cat >"$work/guest/profile-guest.sh" <<GUEST
#!/bin/sh
cd /root/prof || exit 1
dmesg -n 1
nginx || exit 1
ab -q -n 200 -c 4 http://127.0.0.1/ >/dev/null 2>&1
for c in ${configs[*]}; do
	case \$c in
	all) insmod ./my_sysdig.ko ;;
	probe) insmod ./my_sysdig.ko buf_kb=4096 flush_ms=10000 ;;
	esac
	insmod ./pc_sample.ko period_us=$period
	rps=\$(ab -q -n $requests -c 4 http://127.0.0.1/ | awk '/^Requests per second/ { print \$4 }')
	cat /proc/pc_sample >samples
	rmmod pc_sample
	[ \$c = base ] || rmmod my_sysdig
	echo "PROFILE \$c requests_per_s_under_profiler=\$rps"
	# Idle vCPUs are sampled too (the clock warps to their timers): left
	# out of the shares, counted apart.
	awk '{ f = \$2; sub(/\\+0x.*/, "", f)
	       if (f ~ /^(arch_cpu_idle|cpu_do_idle|cpu_v7_do_idle|default_idle_call)\$/) { idle += \$1; next }
	       n[f] += \$1; t += \$1 }
	     END { for (f in n) printf "%d %.1f%% %s\\n", n[f], 100 * n[f] / t, f
		   printf "%d idle samples, left out\\n", idle > "/dev/stderr" }' samples 2>idle |
		sort -rn | head -n $ntop
	cat idle
	echo "PROFILE_END"
done
GUEST
chmod +x "$work/guest/profile-guest.sh"
"$here/mkrootfs.sh" -o "$work/initrd.cpio.gz" --nginx \
	--add "$work/guest:/root/prof" --run /root/prof/profile-guest.sh >/dev/null
tmo=$((120 + ${#configs[@]} * requests / 20))
"$here/boot.sh" --initrd "$work/initrd.cpio.gz" --icount --smp "$ICOUNT_SMP" --timeout "$tmo" \
	--log "$work/console.log" >/dev/null
tr -d '\r' <"$work/console.log" | sed -n '/^PROFILE /,/^PROFILE_END$/p' | grep -v '^PROFILE_END$'
