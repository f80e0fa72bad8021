#!/usr/bin/env bash
# Exact aarch64 instructions per record line of the writer's formatter:
# tests/bench/format_bench.c cross-built with the arm64 kernel's code
# generation flags (below) and run under
# qemu-aarch64 -singlestep, which logs every instruction executed. Counts
# the formatter's functions only (syscalls/*.c), divided by lines made.
# MYSD_ARCH=armhf: the same for 32-bit ARM, with the armmp kernel's flags,
# under qemu-arm.
#
# Usage: [MYSD_ARCH=armhf] tests/bench/format_icount.sh [EVENT...] [-- nocache]
#   EVENT: getppid pread64 openat recvfrom accept4 epoll_pwait epoll_ctl writev close sendfile
#          fcntl newfstatat statx (default all)
# Needs gcc-aarch64-linux-gnu or gcc-arm-linux-gnueabihf (make deps) and
# qemu-user (apt-get install qemu-user). bench/findings.md has its figures.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
events=() mode=''
while (($#)); do
	case $1 in
	--) mode=${2:-} && break ;;
	*) events+=("$1") ;;
	esac
	shift
done
((${#events[@]})) || events=(getppid pread64 openat recvfrom accept4 epoll_pwait epoll_ctl writev close sendfile fcntl newfstatat statx)
# Each arch's kernel code generation flags (its .o.cmd files): they decide
# what is inlined (-fconserve-stack), whether tail calls are made and which
# registers memcpy() may use. User space keeps its own float ABI and stack
# guard (the kernel's guard is read at a per-task offset).
case ${MYSD_ARCH:-arm64} in
arm64)
	triplet=aarch64-linux-gnu qemu=qemu-aarch64
	kflags=(-O2 -fno-strict-aliasing -fno-strict-overflow -fno-omit-frame-pointer
		-fno-delete-null-pointer-checks -fconserve-stack
		-fno-optimize-sibling-calls -mgeneral-regs-only
		-mbranch-protection=pac-ret+leaf -fstack-protector-strong
		-ftrivial-auto-var-init=zero -fpatchable-function-entry=2) ;;
armhf)
	triplet=arm-linux-gnueabihf qemu=qemu-arm
	kflags=(-O2 -fno-strict-aliasing -fno-strict-overflow -fno-ipa-sra
		-fno-delete-null-pointer-checks -fconserve-stack -fno-common
		-fno-allow-store-data-races -funwind-tables -march=armv7-a+fp -marm
		-fstack-protector-strong -ftrivial-auto-var-init=zero) ;;
*) echo "MYSD_ARCH must be arm64 or armhf" >&2 && exit 2 ;;
esac
# 32-bit ARM has no newfstatat: format_bench.c leaves it out there.
[[ $qemu == qemu-aarch64 ]] || mapfile -t events < <(printf '%s\n' "${events[@]}" | grep -vx newfstatat)
command -v "$qemu" >/dev/null || { echo "needs $qemu: apt-get install qemu-user" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$top"
CC=$triplet-gcc HOST_INCLUDE=/usr/$triplet/include \
	sh syscalls/gen_host_names.sh "$work/gen"
# The bench's main() uses floating point, so it is built apart.
objs=()
for f in $(cat syscalls/host_sources); do
	"$triplet-gcc" "${kflags[@]}" -I. -I"$work/gen" -c "$f" \
		-o "$work/$(basename "$f" .c).o"
	objs+=("$work/$(basename "$f" .c).o")
done
"$triplet-gcc" -static -O2 -I. -I"$work/gen" tests/bench/format_bench.c \
	"${objs[@]}" -o "$work/fb"
# The formatter's functions: those defined in syscalls/*.c, and the C
# library's memcpy/memset/strlen they call (the kernel has its own).
# (named ones only: a static 32-bit ARM link can hold a nameless local)
"$triplet-nm" -n "$work/fb" | awk '$2 ~ /^[tTwW]$/ && NF > 2 { print $1, $3 }' >"$work/syms"
for f in $(cat syscalls/host_sources); do
	"$triplet-gcc" -c -O2 -I. -I"$work/gen" "$f" -o "$work/o.o"
	"$triplet-nm" "$work/o.o" | awk '$2 ~ /^[tT]$/ { print $3 }'
done | sed 's/\.constprop.*//; s/\.isra.*//; s/\.part.*//' | sort -u >"$work/ours"

n=1000
lines=$((n + n / 10 + 1))	# format_bench: warm-up, timed, final line
for e in "${events[@]}"; do
	"$qemu" -singlestep -d nochain,exec -D "$work/log" "$work/fb" "$e" "$n" $mode >/dev/null
	awk '/^Trace/ { split($4, a, "/"); c[a[2]]++ } END { for (p in c) print p, c[p] }' \
		"$work/log" >"$work/pcs"
	python3 - "$work/syms" "$work/pcs" "$work/ours" "$lines" "$e" "$mode" <<'PY'
import bisect, sys
syms = [l.split() for l in open(sys.argv[1])]
addrs = [int(a, 16) for a, _ in syms]
ours = {l.strip() for l in open(sys.argv[3])}
per = {}
for l in open(sys.argv[2]):
    pc, c = l.split()
    i = bisect.bisect_right(addrs, int(pc, 16)) - 1
    f = syms[i][1].split('.')[0] if i >= 0 else '?'
    if (f in ours or f.startswith(('memcpy', '__memcpy', 'memset', '__memset', 'strlen', '__strlen', 'memmove', '__memmove'))) and f not in ('mysd_table_init', 'flag_index_build', 'mysd_table_derive', 'mysd_print_plan_of', 'mysd_arg_capture'):
        per[f] = per.get(f, 0) + int(c)
lines = int(sys.argv[4])
top = ', '.join('%s %.0f' % (f, c / lines) for f, c in sorted(per.items(), key=lambda x: -x[1])[:4])
print('%-12s %5.0f instructions/line %s (%s)' % (sys.argv[5], sum(per.values()) / lines, sys.argv[6] or '', top))
PY
done
