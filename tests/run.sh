#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# tests/run.sh - what `make test` runs (after building my_sysdig.ko).
#
#   tests/run.sh          host unit tests, the static checks, then the QEMU
#                         guest suite on Debian's arm64 6.1 kernel, armmp
#                         6.1 (32-bit ARM), arm64 6.12, 6.12 PREEMPT_RT and
#                         6.12 with 16 KiB pages, armmp 6.12, Debian 11's
#                         arm64 and armmp 5.10, armmp 6.1 on a Cortex-A9
#                         board, the overhead guard (bench.sh --quick),
#                         then ONE final line "N passed, N failed"
#   tests/run.sh host     only the host stage  (make -C tests host)
#   tests/run.sh check    only the static checks: make check's W=1 + sparse
#                         build (no warning), the same build for arm64
#                         kernels without CONFIG_COMPAT, and without
#                         CONFIG_KPROBES, and checkpatch (clean)
#   tests/run.sh guest    only the guest stage (make -C tests guest)
#   tests/run.sh guest32  only the stage on the 32-bit ARM kernel (armmp 6.1)
#   tests/run.sh guest612 only the stage on the arm64 6.12 kernel
#   tests/run.sh guest612rt  only the stage on 6.12 PREEMPT_RT
#   tests/run.sh guest612_16k  only the stage on 6.12 with 16 KiB pages
#                         (QEMU's max CPU: the A72 has no 16K granule)
#   tests/run.sh guest32_612  only the stage on the armmp 6.12 kernel
#   tests/run.sh guest510 only the stage on the arm64 5.10 kernel (bullseye)
#   tests/run.sh guest32_510  only the stage on the armmp 5.10 kernel (bullseye)
#   tests/run.sh guest32_a9   only the stage on armmp 6.1 on a Cortex-A9
#                         (vexpress-a9: no architected timer)
#   tests/run.sh guest_debug  only the stage on a debug build of Debian's
#                         arm64 6.1 (KASAN, lockdep, UBSAN, kmemleak...:
#                         scripts/qemu/debug-kernel.sh builds it, the
#                         first time for most of an hour); not in the
#                         default run
#   tests/run.sh bench    the overhead target (bench.sh --quick, make
#                         bench-check): fails above 15% all-syscalls
#                         overhead or on drops. Not reached yet
#                         (bench/results.md); make test runs the same
#                         measurement last, as a guard at 20% (below).
#
# Host stage: every tests/host/test_*.c is built by the commands written at
# its top (with /tmp/ moved into tests/build/host/) and run; each prints
# "<prog>: N passed, N failed" and those counts are summed. A test that
# does not build, crashes or prints no summary counts as one failure.
# test_ring, test_drain and test_format_compat also run built for 32-bit
# ARM, under qemu-arm.
#
# Guest stage: the same unit tests cross-built static for aarch64, the
# workload programs (aarch64 and 32-bit ARM), guest-tests.sh and the module
# go into an initramfs; one QEMU boot runs guest-tests.sh, whose
# "PASS <case>" / "FAIL <case>: <why>" lines are counted here. The 32-bit
# stage does the same on Debian's armmp kernel: the module built for it,
# workload32 as the native program, the 32-bit unit tests. A stage that
# cannot run (no module, no toolchain, guest crash, timeout) is a failure,
# never a skip. Exit status: non-zero if anything failed.
#
# Each guest stage also keeps the whole kernel log (/dev/kmsg, from boot:
# the suite's own dmesg check misses what its dmesg -c cleared), prints it
# after the suite and fails kernel-log-clean on any report in it.
#
# Environment: MYSD_GUEST_TIMEOUT (QEMU time limit, s, default 400; 1200
# for guest_debug).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=$here/build
cd "$root" || exit 2

passed=0
failed=0

pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }

# test_commands FILE: the shell commands of FILE's header comment, one a
# line (a further-indented comment line continues the previous command).
test_commands() {
	awk '
	/Build and run from the repo/ { on = 1; next }
	!on { next }
	/^ \*   [^ ]/ {
		if (cmd != "") print cmd
		cmd = $0; sub(/^ \*   /, "", cmd); sub(/ *\\$/, "", cmd); next
	}
	/^ \*    +[^ ]/ && cmd != "" {
		l = $0; sub(/^ \* +/, "", l); sub(/ *\\$/, "", l)
		cmd = cmd " " l; next
	}
	{ exit }
	END { if (cmd != "") print cmd }' "$1"
}

# build_test SRC TMPDIR [arm64|arm32]: run SRC's build commands with /tmp/
# as TMPDIR/; prints the binary path. arm64, arm32: cross-built static for
# that target, no sanitizers.
build_test() {
	local src=$1 tmp=$2 target=${3:-} cmd bin='' ok=0 cross='' cross_inc=''
	local -a cmds
	case $target in
	arm64) cross=aarch64-linux-gnu-gcc cross_inc=/usr/aarch64-linux-gnu/include ;;
	arm32) cross=arm-linux-gnueabihf-gcc cross_inc=/usr/arm-linux-gnueabihf/include ;;
	esac
	mkdir -p "$tmp"
	mapfile -t cmds < <(test_commands "$src")
	((${#cmds[@]})) || { echo "no build command at the top of $src" >&2; return 1; }
	for cmd in "${cmds[@]}"; do
		cmd=${cmd//\/tmp\//$tmp/}
		if [[ $cmd =~ (^|[[:space:]])gcc[[:space:]] ]]; then
			cmd=${cmd%%&&*}
			bin=$(sed -n 's/.* -o \([^ ]*\).*/\1/p' <<<"$cmd")
			if [[ -n $cross ]]; then
				cmd=$(sed -E "s/(^|[[:space:]])gcc[[:space:]]/\\1$cross -static /; s/ -fsanitize=[^ ]*//g" <<<"$cmd")
			fi
			echo "+ $cmd" >&2
			bash -c "$cmd" >&2 || return 1
			ok=1
		elif [[ $cmd == "$tmp"/* ]]; then
			continue	# the run command: run by the caller
		else
			echo "+ $cmd" >&2
			if [[ -n $cross ]]; then
				CC=$cross HOST_INCLUDE=$cross_inc bash -c "$cmd" >&2 || return 1
			else
				bash -c "$cmd" >&2 || return 1
			fi
		fi
	done
	[[ $ok == 1 && -n $bin && -x $bin ]] || { echo "no binary built from $src" >&2; return 1; }
	echo "$bin"
}

# ---- host stage ---------------------------------------------------------

# count_unit NAME LOG RC: add the "<prog>: N passed, N failed" lines of a
# unit test's LOG (exit status RC) to the totals; show the log on failure.
count_unit() {
	local name=$1 log=$2 rc=$3 line p f got=0
	while IFS= read -r line; do
		if [[ $line =~ ^[^[:space:]]+:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
			p=${BASH_REMATCH[1]} f=${BASH_REMATCH[2]}
			passed=$((passed + p)) failed=$((failed + f))
			got=1
		fi
	done <"$log"
	if ((rc != 0 || !got)) || grep -qE 'FAILED|runtime error:' "$log"; then
		cat "$log"
	else
		grep -E ': [0-9]+ passed, [0-9]+ failed$' "$log"
	fi
	# UBSan reports and carries on, exit status 0: its report is a failure
	if grep -q 'runtime error:' "$log"; then
		fail "$name" "undefined behaviour (UBSan's 'runtime error:' above)"
	fi
	if ((!got)); then
		fail "$name" "exit $rc without a summary line"
	elif ((rc != 0)) && ! grep -qE ': [0-9]+ passed, [1-9][0-9]* failed$' "$log"; then
		fail "$name" "exit $rc although no check failed"
	fi
}

# Where the width of a long matters, tests also run as 32-bit ARM programs
# (qemu-arm), as in a 32-bit ARM kernel: the ring and the drain rebuild
# 64-bit sequence numbers from 32-bit words; the formatter's native table
# is then the EABI one (test_format_compat, and test_format_sys with its
# register pairs), with ARM's private calls (test_call_set). Bugs showed
# only there.
host32_tests=(test_ring test_drain test_format_compat test_format_sys test_format_admin test_tsconv test_call_set)

host_stage() {
	local src name bin log
	local -a srcs=("$here"/host/test_*.c)
	echo "=== host unit tests"
	[[ -e ${srcs[0]} ]] || { fail host "no tests/host/test_*.c"; return; }
	for src in "${srcs[@]}"; do
		name=$(basename "$src" .c)
		log=$build/host/$name.log
		mkdir -p "$build/host"
		if ! bin=$(build_test "$src" "$build/host/tmp" 2>"$log.build"); then
			cat "$log.build"
			fail "host/$name" "does not build (see above)"
			continue
		fi
		(cd "$root" && timeout 600 "$bin") >"$log" 2>&1
		count_unit "host/$name" "$log" $?
	done
	echo "=== host unit tests, 32-bit ARM (qemu-arm)"
	mkdir -p "$build/host32"
	for name in "${host32_tests[@]}"; do
		log=$build/host32/$name.log
		if ! bin=$(build_test "$here/host/$name.c" "$build/host32/tmp" arm32 2>"$log.build"); then
			cat "$log.build"
			fail "host32/$name" "does not build for 32-bit ARM (see above)"
			continue
		fi
		(cd "$root" && timeout 600 qemu-arm "$bin") >"$log" 2>&1
		count_unit "host32/$name" "$log" $?
	done
}

# ---- guest stage --------------------------------------------------------

guest_stage() {
	echo "=== guest tests (QEMU, arm64 kernel)"
	if [[ ! -f $root/my_sysdig.ko ]]; then
		fail guest "no my_sysdig.ko (build it first: make modules)"
		return
	fi
	rm -rf "$build/guest"
	mkdir -p "$build/guest/t"
	guest_suite guest arm64 "${MYSD_KERNEL:-}" "$root/my_sysdig.ko"
}

# guest_suite NAME ARCH SERIES KO: the guest suite with module KO on
# Debian's ARCH kernel of SERIES: the workload programs and the unit tests
# for ARCH into build/NAME/t, then one boot (run_guest_suite).
guest_suite() {
	local name=$1 arch=$2 series=$3 ko=$4 gdir=$build/$1 t=$build/$1/t n
	local progs=$build/programs
	local -a srcs=()
	if ! make -s -C "$here" programs >"$gdir/programs.log" 2>&1; then
		cat "$gdir/programs.log"
		fail "$name/programs" "the workload programs do not build"
		return
	fi
	if [[ $arch == armhf ]]; then
		# No compat ABI there: workload32 is the native program.
		for n in "${host32_tests[@]}"; do
			srcs+=("$here/host/$n.c")
		done
		build_units arm32 "$gdir" "$t" "${srcs[@]}"
		cp "$progs/workload32" "$t/"
	else
		# The host unit tests, cross-built: they must pass on the target too.
		build_units arm64 "$gdir" "$t" "$here"/host/test_*.c
		cp "$progs/workload" "$progs/workload32" "$t/"
	fi
	cp "$ko" "$here/guest/guest-tests.sh" "$here/guest/check-lines.awk" "$t/"
	MYSD_ARCH=$arch MYSD_KERNEL=$series run_guest_suite "$gdir" "$t"
}

# build_units TARGET DIR T SRC...: each unit test SRC cross-built for
# TARGET (arm64, arm32) into T/unit, listed in T/unit/list; DIR holds the
# build logs. One that does not build is a failure.
build_units() {
	local target=$1 gdir=$2 t=$3 src name bin list=''
	shift 3
	mkdir -p "$t/unit"
	for src in "$@"; do
		name=$(basename "$src" .c)
		if bin=$(build_test "$src" "$gdir/unit-tmp" "$target" 2>"$gdir/$name.build"); then
			cp "$bin" "$t/unit/$name"
			list="$list $name"
		else
			tail -n 20 "$gdir/$name.build"
			fail "$target/$name" "does not cross-build (see above)"
		fi
	done
	echo "$list" >"$t/unit/list"
}

# What a kernel log must not have: warnings, oopses and the debug kernel's
# reports (KASAN, UBSAN, lockdep, sleeping in atomic context, kmemleak,
# hung tasks, soft lockups, RCU stalls). As guest-tests.sh's dmesg check.
kernel_report_re='WARNING|BUG|Oops|lockdep|Call trace|general protection|refcount_t|KASAN|UBSAN|suspected memory leak|hung_task|blocked for more than|soft lockup|detected stall|scheduling while atomic|sleeping function called from invalid context'
# Boot banners that match it: PROVE_RCU's.
kernel_banner_re='rcu: .*RCU lockdep checking is enabled'

# run_guest_suite DIR T: T as /root/t in an initramfs for $MYSD_ARCH (the
# environment's, arm64 by default), one boot running guest-tests.sh, its
# PASS/FAIL lines counted. DIR holds the initramfs and the console log.
# The kernel log since boot is kept and checked too (kmsg_check; the
# suite's own dmesg check misses what its dmesg -c cleared), unless
# MYSD_GUEST_KMSG is set empty; MYSD_GUEST_APPEND: more kernel command line.
run_guest_suite() {
	local gdir=$1 t=$2 initrd log rc line run="sh /root/t/guest-tests.sh"
	local kmsg=${MYSD_GUEST_KMSG-1} summary passed0=$passed failed0=$failed
	initrd=$gdir/initrd.cpio.gz
	if [[ -n $kmsg ]]; then
		# Each open of /dev/kmsg reads on from its own position, which
		# dmesg -c does not move: one from boot sees every message.
		cat >"$t/kmsg-wrap.sh" <<'EOF'
#!/bin/sh
# Generated by tests/run.sh: the suite, then the kernel log since boot.
cat /dev/kmsg >/run/kmsg.log 2>/run/kmsg.err &
k=$!
sh /root/t/guest-tests.sh
rc=$?
sleep 1
# cat stops at a read error (EPIPE: the log overran it): the log is partial
kill -0 $k 2>/dev/null || echo "kmsg: the reader stopped early: $(cat /run/kmsg.err)"
kill $k
# Lockdep turns itself off after its first report, or on a taint.
[ -r /proc/lockdep_stats ] &&
	echo "lockdep: debug_locks=$(awk '$1 == "debug_locks:" { print $2 }' /proc/lockdep_stats)"
echo "=== kernel log since boot (/dev/kmsg)"
sed -n 's/^[0-9]*,[0-9]*,\([0-9]*\),[^;]*;/[\1] /p' /run/kmsg.log
echo "=== end of kernel log"
exit $rc
EOF
		run="sh /root/t/kmsg-wrap.sh"
	fi
	if ! "$root/scripts/qemu/mkrootfs.sh" -o "$initrd" --add "$t:/root/t" \
		--run "$run" >"$gdir/mkrootfs.log" 2>&1; then
		cat "$gdir/mkrootfs.log"
		fail guest "mkrootfs.sh failed"
		return
	fi
	log=$gdir/console.log
	"$root/scripts/qemu/boot.sh" --initrd "$initrd" --log "$log" \
		--timeout "${MYSD_GUEST_TIMEOUT:-400}" --append "${MYSD_GUEST_APPEND:-}" \
		>/dev/null 2>"$gdir/boot.err"
	rc=$?
	cat "$gdir/boot.err"
	# The suite's own output: from its banner to its summary.
	sed -n '/^=== my_sysdig guest suite/,/^guest-suite: /p' "$log"
	while IFS= read -r line; do
		case $line in
		PASS\ *) passed=$((passed + 1)) ;;
		FAIL\ *) failed=$((failed + 1)) ;;
		esac
	done < <(sed -n '/^=== my_sysdig guest suite/,/^guest-suite: /p' "$log" | grep -E '^(PASS|FAIL) ')
	summary=$(grep -m1 '^guest-suite: [0-9]* passed, [0-9]* failed' "$log")
	if [[ -z $summary ]]; then
		echo "--- last console lines:"
		tail -n 40 "$log"
		fail guest "the suite did not finish (boot.sh exit $rc; console: $log)"
	elif [[ $summary != "guest-suite: $((passed - passed0)) passed, $((failed - failed0)) failed"* ]]; then
		# A PASS or FAIL line lost or garbled on the serial console
		fail guest "counted $((passed - passed0)) passed, $((failed - failed0)) failed on the console; the suite said: $summary"
	elif ((rc != 0)) && [[ $summary == *" 0 failed"* ]]; then
		fail guest "guest exit status $rc although no case failed"
	fi
	[[ -z $kmsg ]] || kmsg_check "$(basename "$gdir")" "$gdir"
}

# kmsg_check NAME DIR: the kernel log kmsg-wrap.sh printed (in DIR's
# console.log, kept as DIR/kmsg.log) has no report (kernel_report_re);
# the lines that do are shown.
kmsg_check() {
	local name=$1 dir=$2 n
	if ! grep -q '^=== end of kernel log' "$dir/console.log"; then
		fail "$name/kernel-log-clean" "no kernel log after the suite (see $dir/console.log)"
		return
	fi
	sed -n '/^=== kernel log since boot/,/^=== end of kernel log/{//!p}' \
		"$dir/console.log" >"$dir/kmsg.log"
	n=$(grep -c . "$dir/kmsg.log")
	if ! grep -q 'my_sysdig: recording to ' "$dir/kmsg.log"; then
		fail "$name/kernel-log-clean" "the kernel log has no line of the module's ($n messages: $dir/kmsg.log)"
		return
	fi
	if grep -q '^kmsg: the reader stopped early' "$dir/console.log"; then
		fail "$name/kernel-log-whole" "$(grep -m1 '^kmsg: the reader' "$dir/console.log")"
	fi
	if grep -q '^lockdep: debug_locks=0' "$dir/console.log"; then
		fail "$name/lockdep-on-to-the-end" "lockdep was off when the suite ended"
	elif grep -q '^lockdep: debug_locks=1' "$dir/console.log"; then
		pass "$name/lockdep-on-to-the-end"
	elif [[ $name == guest_debug ]]; then
		fail "$name/lockdep-on-to-the-end" "the debug kernel has no lockdep"
	fi
	# the debug kernel's leak check must have run, not been skipped
	if [[ $name == guest_debug ]] &&
	   ! grep -q '^PASS kmemleak-no-module-leak' "$dir/console.log" &&
	   ! grep -q '^FAIL kmemleak-no-module-leak' "$dir/console.log"; then
		fail "$name/kmemleak-ran" "the suite found no kmemleak to scan with"
	fi
	if grep -E "$kernel_report_re" "$dir/kmsg.log" | grep -vE "$kernel_banner_re" >"$dir/kmsg.bad"; then
		sed 's/^/    /' "$dir/kmsg.bad" | head -n 60
		fail "$name/kernel-log-clean" "$(grep -c . "$dir/kmsg.bad") report lines in $n messages ($dir/kmsg.log)"
	else
		pass "$name/kernel-log-clean ($n messages)"
	fi
}

# ---- static checks ------------------------------------------------------

# builds_clean LOG MAKE_ARG...: make with those arguments, its output in
# LOG; false, with the first reports shown, if it fails or warns.
builds_clean() {
	local log=$1
	shift
	if make "$@" >"$log" 2>&1 && ! grep -qE 'warning:|error:' "$log"; then
		return 0
	fi
	grep -E 'warning:|error:' "$log" | head -n 20
	return 1
}

# Many boards' arm64 kernels have no 32-bit compat ABI, or no kprobes; no
# Debian kernel is built so. check_variant compiles the module (W=1 +
# sparse, no warning allowed) against a copy of Debian's arm64 6.1 headers
# with options turned off: CONFIG_COMPAT with what 6.1's olddefconfig turns
# off with it, or CONFIG_KPROBES with its two. Their generated autoconf.h
# and auto.conf then match a tree prepared from the source with that
# .config. Compile only: no such kernel is booted.
no_compat_off=(COMPAT ARCH_MMAP_RND_COMPAT_BITS
	ARCH_WANT_COMPAT_IPC_PARSE_VERSION ARM64_ERRATUM_1418040
	ARM64_ERRATUM_1742098 ARM64_ERRATUM_845719 ARMV8_DEPRECATED
	AUDIT_COMPAT_GENERIC BLOCK_COMPAT COMPAT_ALIGNMENT_FIXUPS
	COMPAT_BINFMT_ELF COMPAT_NETLINK_MESSAGES COMPAT_OLD_SIGACTION
	COMPAT_VDSO CP15_BARRIER_EMULATION GENERIC_COMPAT_VDSO
	HAVE_ARCH_MMAP_RND_COMPAT_BITS HAVE_UID16 KUSER_HELPERS
	NETFILTER_XTABLES_COMPAT OLD_SIGSUSPEND3 SETEND_EMULATION SWP_EMULATION
	SYSVIPC_COMPAT THUMB2_COMPAT_VDSO UID16)
no_kprobes_off=(KPROBES KPROBE_EVENTS KRETPROBES)

# check_variant DIR KDIR NAME ABSENT PRESENT OPTION...: the module built
# against a copy of KDIR with the OPTIONs off (the first names the variant)
# must not define or use the symbol ABSENT (proof they are off) and must
# still have PRESENT ('' for none).
check_variant() {
	local dir=$1/$3 kdir=$2 name=$3 absent=$4 present=$5 main=$6 opt syms
	shift 5
	mkdir -p "$dir"
	cp -a "$kdir" "$dir/kdir"
	ln -sfn "$(readlink -f "$kdir/scripts")" "$dir/kdir/scripts"
	for opt; do
		sed -i "/^CONFIG_$opt=/d" "$dir/kdir/.config" \
			"$dir/kdir/include/config/auto.conf"
		sed -i -E "/^#define CONFIG_$opt [0-9]+\$/d" \
			"$dir/kdir/include/generated/autoconf.h"
	done
	"$root/scripts/copy-tree.sh" "$dir/src"
	if ! builds_clean "$dir/build.log" -C "$dir/src" KDIR="$dir/kdir" \
		ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- modules C=1; then
		fail "check/$name" "the build without CONFIG_$main (see $dir/build.log)"
		return
	fi
	syms=$(aarch64-linux-gnu-nm "$dir/src/my_sysdig.ko" | awk '{ print $NF }')
	if grep -qx "$absent" <<<"$syms"; then
		fail "check/$name" "the module still has $absent: CONFIG_$main is not off"
	elif [[ -n $present ]] && ! grep -qx "$present" <<<"$syms"; then
		fail "check/$name" "the module has no $present"
	else
		pass "check/$name (arm64 without CONFIG_$main: W=1 + C=1, no warnings)"
	fi
}

# Static checks, as make check runs them, on the default kernel: the module
# built with W=1 and sparse (in a copy: ./my_sysdig.ko stays as make built
# it) without one warning, and checkpatch clean; then the variants above.
check_stage() {
	local cdir=$build/check kdir
	echo "=== static checks (W=1 + sparse, checkpatch)"
	rm -rf "$cdir"
	"$root/scripts/copy-tree.sh" "$cdir/src"
	if builds_clean "$cdir/build.log" -C "$cdir/src" modules C=1; then
		pass "check/sparse (W=1 + C=1, no warnings)"
	else
		fail check/sparse "W=1 + sparse reports (see $cdir/build.log)"
	fi
	kdir=$(MYSD_ARCH=arm64 MYSD_KERNEL='' "$root/scripts/qemu/fetch.sh" \
		--kernel-only </dev/null 2>/dev/null | sed -n 's/^KDIR=//p')
	if [[ -z $kdir ]]; then
		fail check/variants "Debian's arm64 6.1 headers could not be fetched"
	else
		check_variant "$cdir" "$kdir" no-compat mysd_compat_abi '' \
			"${no_compat_off[@]}"
		check_variant "$cdir" "$kdir" no-kprobes register_kprobe \
			mysd_compat_abi "${no_kprobes_off[@]}"
	fi
	if "$root/scripts/checkpatch.sh" >"$cdir/checkpatch.log" 2>&1 &&
		! grep -qE ':[0-9]+: (ERROR|WARNING|CHECK):' "$cdir/checkpatch.log"; then
		pass check/checkpatch
	else
		head -n 20 "$cdir/checkpatch.log"
		fail check/checkpatch "checkpatch reports (see $cdir/checkpatch.log)"
	fi
}

# ---- guest stage on another kernel ---------------------------------------

# other_kernel_stage NAME ARCH SERIES [MACHINE]: the same suite on another
# of Debian's kernels, fetched once as scripts/qemu/fetch.sh does the
# default: MYSD_ARCH=ARCH (arm64, armhf) and MYSD_KERNEL=SERIES ('' for
# 6.1, 6.12, 6.12-rt...), booted on QEMU's MYSD_MACHINE=MACHINE (lib.sh;
# default virt). The module is built for it from a copy of the tree (W=1, no
# warnings allowed), so ./my_sysdig.ko and its objects stay. On armhf,
# workload32 is the native program (no compat ABI there) and the unit tests
# are the 32-bit ones.
other_kernel_stage() {
	local name=$1 arch=$2 series=$3 machine=${4:-} gdir=$build/$1 kdir cross
	echo "=== guest tests (QEMU, $name: $arch ${series:-6.1} kernel${machine:+ on $machine})"
	rm -rf "$gdir"
	mkdir -p "$gdir/t"
	if ! MYSD_ARCH=$arch MYSD_KERNEL=$series "$root/scripts/qemu/fetch.sh" \
		</dev/null >"$gdir/fetch.log" 2>&1; then
		tail -n 20 "$gdir/fetch.log"
		fail "$name/fetch" "the kernel or the guest userland could not be fetched"
		return
	fi
	kdir=$(sed -n 's/^KDIR=//p' "$gdir/fetch.log" | tail -n1)
	"$root/scripts/copy-tree.sh" "$gdir/src"
	case $arch in
	armhf) cross=arm-linux-gnueabihf- ;;
	*) cross=aarch64-linux-gnu- ;;
	esac
	if ! builds_clean "$gdir/build.log" -C "$kdir" M="$gdir/src" \
		ARCH="${arch/armhf/arm}" CROSS_COMPILE=$cross W=1 modules; then
		fail "$name/module" "my_sysdig.ko does not build cleanly (see $gdir/build.log)"
		return
	fi
	pass "$name/module-builds (W=1, no warnings)"
	MYSD_MACHINE=$machine guest_suite "$name" "$arch" "$series" "$gdir/src/my_sysdig.ko"
}

# ---- bench stage --------------------------------------------------------

# scripts/qemu/bench.sh --quick (nginx + ab in QEMU under -icount, all
# syscalls recorded) fails above @1 percent overhead or on any dropped
# event. Its two checks count like the others.
bench_stage() {
	local limit=$1 log=$build/bench-quick.log line rc
	mkdir -p "$build"
	echo "=== bench --quick --limit $limit (log: $log)"
	scripts/qemu/bench.sh --quick --limit "$limit" </dev/null >"$log" 2>&1
	rc=$?
	grep -E '^(bench: |\| my_sysdig|BENCH error)' "$log"
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n1)
	if [[ -z $line ]]; then
		tail -n 20 "$log"
		fail bench "bench.sh --quick printed no result"
		return
	fi
	passed=$((passed + ${line%% passed*}))
	line=${line#*passed, }
	failed=$((failed + ${line%% failed*}))
	# An error in another configuration (ab failing) leaves the checks'
	# count whole: bench.sh's status says it.
	if ((rc != 0)) && [[ $line == "0 failed" ]]; then
		fail bench "bench.sh --quick exit $rc with its checks passed (see $log)"
	fi
}

# The issue's target for CI, not reached: 17-18% in the last runs.
bench_target=15
# What make test holds the module to meanwhile: a regression of ~2 points,
# or any drop, fails it.
bench_guard=20

# make test's other kernels, in its order: stage name, arch, kernel series
# and QEMU machine ("-": the default, Debian's 6.1 on virt).
other_kernels=(
	"guest32      armhf -        -"
	"guest612     arm64 6.12     -"
	"guest612rt   arm64 6.12-rt  -"
	"guest612_16k arm64 6.12-16k -"
	"guest32_612  armhf 6.12     -"
	"guest510     arm64 5.10     -"
	"guest32_510  armhf 5.10     -"
	"guest32_a9   armhf -        vexpress-a9"
)

# other_kernel ROW: the stage of one row of other_kernels.
other_kernel() {
	local name arch series machine
	read -r name arch series machine <<<"$1"
	other_kernel_stage "$name" "$arch" "${series#-}" "${machine#-}"
}

# other_kernel_named NAME: the stage named NAME; false when none is.
other_kernel_named() {
	local row
	for row in "${other_kernels[@]}"; do
		if [[ ${row%% *} == "$1" ]]; then
			other_kernel "$row"
			return 0
		fi
	done
	return 1
}

start=$SECONDS
case ${1:-all} in
host) host_stage ;;
check) check_stage ;;
guest) guest_stage ;;
# Inline KASAN, lockdep, kmemleak...: the suite takes 210-225 s there
# against ~50 s on Debian's kernel; the limit leaves room for a busy host.
# kasan_multi_shot: every KASAN report, not only the first.
guest_debug)
	MYSD_GUEST_TIMEOUT=${MYSD_GUEST_TIMEOUT:-1200} \
		MYSD_GUEST_APPEND=kasan_multi_shot other_kernel_stage guest_debug arm64 6.1-debug
	;;
bench) bench_stage $bench_target ;;
all)
	host_stage
	check_stage
	guest_stage
	for row in "${other_kernels[@]}"; do
		other_kernel "$row"
	done
	bench_stage $bench_guard
	;;
*)
	if ! other_kernel_named "$1"; then
		names=$(printf '%s\n' "${other_kernels[@]}" | awk '{ printf "|%s", $1 }')
		echo "usage: tests/run.sh [host|check|guest$names|guest_debug|bench]" >&2
		exit 2
	fi
	;;
esac
echo "($((SECONDS - start)) s)"
echo "$passed passed, $failed failed"
((failed == 0))
