# shellcheck shell=bash disable=SC2034 # vars are used by the sourcing scripts
# Shared helpers for scripts/qemu/*.sh. Sourced, never executed.

MYSD_QEMU_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# The cache lives outside the clone so every worktree/CI clone reuses it.
MYSD_CACHE=${MYSD_CACHE:-$HOME/.cache/my_sysdig}
MYSD_ARCH=${MYSD_ARCH:-arm64}
# Guest kernel series: '' (Debian's default kernel, 6.1 in bookworm), or
# X.Y / X.Y-rt / X.Y-16k for the linux-image-X.Y[-rt]-FLAVOUR[-16k] meta
# package (6.12, 6.12-rt and 6.12-16k in bookworm), 'rt' for the default
# series' PREEMPT_RT flavour, or
# 6.1-debug: Debian's 6.1 source built by debug-kernel.sh with KASAN,
# lockdep, UBSAN, kmemleak... (arm64 only).
MYSD_KERNEL=${MYSD_KERNEL:-}

log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Per-architecture knobs: Debian arch + kernel flavour, cross prefix,
# multiarch triplet (library dirs) and how QEMU boots it.
case $MYSD_ARCH in
arm64)
	DEB_ARCH=arm64 KFLAVOUR=arm64 KARCH=arm64
	TRIPLET=aarch64-linux-gnu
	QEMU_BIN=qemu-system-aarch64 QEMU_CPU=cortex-a72 QEMU_MACHINE=virt
	# One host thread for both vCPUs. With one each (MTTCG, QEMU's
	# default) a kernel text patch can be missed: loading my_sysdig sets
	# the syscall trace flag on every task, then turns on the jump label
	# in syscall_trace_exit(); another vCPU that translates that code in
	# between may run the stale translation for good (QEMU 7.2). The
	# branch is in memory, yet no sys_exit probe runs: 5 loads in 300,
	# against 0 in 300 with thread=single. (-icount is single anyway.)
	QEMU_ACCEL=tcg,thread=single
	# -icount measurements (bench.sh, cost.sh): two vCPUs, nginx, ab and
	# the writer pinned to vCPU 1.
	ICOUNT_SMP=2 ICOUNT_PIN_CPU=1
	ENV_FILE=$MYSD_CACHE/env.sh
	;;
armhf)
	DEB_ARCH=armhf KFLAVOUR=armmp KARCH=arm
	TRIPLET=arm-linux-gnueabihf
	# highmem=off: the 32-bit kernel cannot use the high PCIe ECAM window.
	QEMU_BIN=qemu-system-arm QEMU_CPU=cortex-a15 QEMU_MACHINE=virt,highmem=off
	# Multi-threaded: armmp hangs bringing up CPU1 with thread=single. The
	# 32-bit kernel patches text under stop_machine(), so no vCPU can be
	# translating it meanwhile (0 missed loads in 70).
	QEMU_ACCEL=tcg,thread=multi
	# -icount runs on one host thread (boot.sh), where armmp boots one
	# vCPU only: the programs and the writer share it.
	ICOUNT_SMP=1 ICOUNT_PIN_CPU=0
	ENV_FILE=$MYSD_CACHE/env-armhf.sh
	;;
*) die "MYSD_ARCH must be arm64 or armhf, got '$MYSD_ARCH'" ;;
esac
# MYSD_MACHINE=vexpress-a9 (armhf): a Cortex-A9 board instead of virt's A15.
# The A9 has no architected timer, so the module stamps events with the
# monotonic clock there. Its device tree ships with Debian's armmp kernel.
MYSD_MACHINE=${MYSD_MACHINE:-}
QEMU_DTB=''
case $MYSD_ARCH/$MYSD_MACHINE in
*/) ;;
armhf/vexpress-a9) QEMU_MACHINE=vexpress-a9 QEMU_CPU=cortex-a9 QEMU_DTB=vexpress-v2p-ca9.dtb ;;
*) die "MYSD_MACHINE must be empty or vexpress-a9 (MYSD_ARCH=armhf), got '$MYSD_MACHINE'" ;;
esac
CROSS_COMPILE=${CROSS_COMPILE:-$TRIPLET-}
GUEST_ROOT=$MYSD_CACHE/$DEB_ARCH-root

# select_kernel: set KMETA (the meta package naming the kernel ABI),
# FETCH (the script that provides the kernel and writes ENV_FILE) and, for
# a non-default MYSD_KERNEL, its own ENV_FILE (env[-armhf]-6.12.sh...), so
# the default env.sh that CI sources is never rewritten by it.
select_kernel() {
	FETCH=$MYSD_QEMU_DIR/fetch.sh
	case $MYSD_KERNEL in
	'' | 6.1) KMETA=linux-image-$KFLAVOUR ;;
	# Built, not fetched (no meta package names it): fetch.sh hands over
	# to debug-kernel.sh, which also prints KDIR=, so make and
	# tests/run.sh get the debug tree through it as through any other.
	6.1-debug)
		[[ $MYSD_ARCH == arm64 ]] || die "MYSD_KERNEL=6.1-debug is arm64 only"
		KMETA=linux-image-$KFLAVOUR FETCH=$MYSD_QEMU_DIR/debug-kernel.sh
		[[ $(basename "$0") == fetch.sh ]] && exec "$FETCH"
		;;
	# Debian 11's kernel: the LTS many boards' BSPs still ship.
	5.10) KMETA=linux-image-$KFLAVOUR KSUITE=bullseye ;;
	rt | 6.1-rt) KMETA=linux-image-rt-$KFLAVOUR ;;
	# 16 KiB pages (X.Y-16k, arm64: 6.12 in bookworm). The Cortex-A72 has
	# no 16K translation granule: QEMU's "max" CPU has (its pointer
	# authentication in QEMU's own cheap algorithm, not QARMA).
	[0-9]*.[0-9]*-16k)
		[[ $MYSD_ARCH == arm64 ]] || die "MYSD_KERNEL=$MYSD_KERNEL is arm64 only"
		KFLAVOUR=$KFLAVOUR-16k QEMU_CPU=max,pauth-impdef=on
		KMETA=linux-image-${MYSD_KERNEL%-16k}-$KFLAVOUR
		;;
	[0-9]*.[0-9]* | [0-9]*.[0-9]*-rt) KMETA=linux-image-$MYSD_KERNEL-$KFLAVOUR ;;
	*) die "MYSD_KERNEL must be empty, 6.1, rt, 6.1-debug, X.Y, X.Y-rt or X.Y-16k, got '$MYSD_KERNEL'" ;;
	esac
	if [[ -n $MYSD_KERNEL && $MYSD_KERNEL != 6.1 ]]; then
		ENV_FILE=${ENV_FILE%.sh}-$MYSD_KERNEL.sh
	fi
}
select_kernel

# Source the env file written by fetch.sh (debug-kernel.sh for 6.1-debug),
# running it first if needed.
load_env() {
	[[ -f $ENV_FILE ]] || "$FETCH" >&2
	# shellcheck source=/dev/null
	source "$ENV_FILE"
}

# build_module DIR [VAR=VALUE...]: my_sysdig.ko built from a copy of the
# tree (DIR/src/my_sysdig.ko) against $KDIR (load_env first), with those
# make variables; the tree's own build is left as it is.
build_module() {
	local dir=$1
	shift
	"$MYSD_QEMU_DIR/../copy-tree.sh" "$dir/src"
	make -s -C "$KDIR" M="$dir/src" ARCH="$KARCH" CROSS_COMPILE="$CROSS_COMPILE" \
		"$@" modules >"$dir/build.log" 2>&1 || {
		cat "$dir/build.log" >&2
		die "building my_sysdig.ko ${*:+($*) }for $KVER failed"
	}
}

# guest_module DIR: prints the my_sysdig.ko a guest of $MYSD_ARCH runs: the
# tree's own on arm64 (make builds it), else one built in DIR (build_module).
guest_module() {
	local ko
	if [[ $MYSD_ARCH == arm64 ]]; then
		ko=$MYSD_QEMU_DIR/../../my_sysdig.ko
		[[ -f $ko ]] || die "no my_sysdig.ko: run make first"
	else
		build_module "$1"
		ko=$1/src/my_sysdig.ko
	fi
	echo "$(cd "$(dirname "$ko")" && pwd)/my_sysdig.ko"
}

# build_bench_modules DIR: tests/bench's modules (empty_probe.ko,
# pc_sample.ko) built in DIR against $KDIR (load_env first).
build_bench_modules() {
	local top=$MYSD_QEMU_DIR/../..
	mkdir -p "$1"
	cp "$top"/tests/bench/{empty_probe,pc_sample}.c "$top/tests/bench/Kbuild" "$1/"
	make -s -C "$KDIR" M="$1" ARCH="$KARCH" CROSS_COMPILE="$CROSS_COMPILE" \
		modules >"$1/build.log" 2>&1 || {
		cat "$1/build.log" >&2
		die "building tests/bench's modules failed"
	}
}

# Print the sonames an ELF file needs (empty for static binaries).
elf_needed() {
	"${CROSS_COMPILE}readelf" -d "$1" 2>/dev/null |
		sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
}

# Print the ELF interpreter (dynamic loader) path, if any.
elf_interp() {
	"${CROSS_COMPILE}readelf" -l "$1" 2>/dev/null |
		sed -n 's/.*Requesting program interpreter: \(.*\)\]/\1/p'
}

# lib_closure ROOT FILE...: print, as guest paths, the loader and every
# shared library the host FILEs need, recursively, looked up in ROOT the
# way ld.so would in a multiarch Debian root. Returns 1 (after naming the
# missing sonames on stderr) if any is missing.
lib_closure() {
	local root=$1 f so d found missing=0
	shift
	local -A seen=()
	local -a todo=("$@")
	while ((${#todo[@]})); do
		f=${todo[0]}
		todo=("${todo[@]:1}")
		so=$(elf_interp "$f")
		if [[ -n $so && -z ${seen[$so]:-} ]]; then
			seen[$so]=1
			echo "$so"
		fi
		for so in $(elf_needed "$f"); do
			[[ -n ${seen[$so]:-} ]] && continue
			seen[$so]=1
			found=
			for d in /lib/$TRIPLET /usr/lib/$TRIPLET /lib /usr/lib; do
				if [[ -e $root$d/$so ]]; then
					found=$d/$so
					break
				fi
			done
			if [[ -z $found ]]; then
				log "missing library $so (needed by ${f#"$root"})"
				missing=1
				continue
			fi
			echo "$found"
			todo+=("$root$found")
		done
	done
	return "$missing"
}
