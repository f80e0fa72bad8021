#!/usr/bin/env bash
# Build Debian's 6.1 kernel from its own source package (linux-source-6.1)
# with the kernel's bug detectors on (KASAN, lockdep, DEBUG_ATOMIC_SLEEP,
# PREEMPT + DEBUG_PREEMPT, UBSAN, kmemleak...), for QEMU's arm64 virt board,
# and write env-6.1-debug.sh so the harness boots it (MYSD_KERNEL=6.1-debug,
# tests/run.sh guest_debug). Debian's production kernels report none of
# those bugs. Build tree and cache: $MYSD_CACHE/debug-kernel/ (outside the
# clone). Idempotent: a rerun with nothing changed returns at once.
# Usage: scripts/qemu/debug-kernel.sh [--config]   (--config: stop after
#        writing and checking .config; MYSD_JOBS=N: make -jN, default 2)
set -euo pipefail
export MYSD_KERNEL=6.1-debug
# shellcheck source=scripts/qemu/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

config_only=''
case ${1:-} in
'') ;;
--config) config_only=1 ;;
*) die "usage: scripts/qemu/debug-kernel.sh [--config]" ;;
esac
[[ $MYSD_ARCH == arm64 ]] || die "the debug kernel is arm64 only (MYSD_ARCH=$MYSD_ARCH)"

SRCPKG=linux-source-6.1
DDIR=$MYSD_CACHE/debug-kernel
DEBS=$DDIR/debs
SRC=$DDIR/$SRCPKG
BUILD=$DDIR/build
mkdir -p "$DEBS" "$DDIR/stamps"

# The checkers, each checked to be =y after olddefconfig: KASAN generic
# inline (and on vmalloc memory: the module's rings, modules
# themselves, and VMAP_STACK needs it), lockdep (PROVE_LOCKING also gives
# PROVE_RCU), sleeping in atomic context, full preemption with its checks,
# UBSAN, list and debug-objects checks (timers, work, RCU heads freed
# live), kmemleak, hung tasks and soft lockups.
DEBUG_OPTS=(KASAN KASAN_GENERIC KASAN_INLINE KASAN_VMALLOC
	PROVE_LOCKING PROVE_RCU DEBUG_ATOMIC_SLEEP DEBUG_IRQFLAGS
	PREEMPT DEBUG_PREEMPT
	UBSAN UBSAN_SANITIZE_ALL UBSAN_BOUNDS UBSAN_SHIFT UBSAN_DIV_ZERO UBSAN_BOOL UBSAN_ENUM
	DEBUG_LIST DEBUG_OBJECTS DEBUG_OBJECTS_FREE DEBUG_OBJECTS_TIMERS DEBUG_OBJECTS_WORK
	DEBUG_OBJECTS_RCU_HEAD
	DEBUG_KMEMLEAK DETECT_HUNG_TASK SOFTLOCKUP_DETECTOR)
# What the module and the guest suite need, Debian's config already has.
KEEP_OPTS=(MODULES MODULE_UNLOAD FTRACE_SYSCALLS KPROBES COMPAT SYSVIPC EPOLL EVENTFD
	TIMERFD SIGNALFD INOTIFY_USER IO_URING MEMFD_CREATE INET UNIX TMPFS DEVTMPFS PROC_FS
	SYSFS DEBUG_FS BLK_DEV_INITRD RD_GZIP SERIAL_AMBA_PL011_CONSOLE ARM_PSCI_FW)

# ---- source -----------------------------------------------------------
# The candidate version, downloaded once; its tarball unpacked once.
ver=$(apt-cache show --no-all-versions "$SRCPKG" 2>/dev/null | sed -n 's/^Version: //p' | head -n1)
[[ -n $ver ]] || die "$SRCPKG unknown to apt (apt-get update?)"
deb=$DEBS/${SRCPKG}_${ver//:/%3a}_all.deb
if [[ ! -f $deb ]]; then
	log "downloading $SRCPKG $ver"
	# Sandbox user root: _apt cannot write into a cache under /root.
	(cd "$DEBS" && apt-get -q -o APT::Sandbox::User=root download "$SRCPKG=$ver") >&2
fi
sstamp=$DDIR/stamps/src-$ver
if [[ ! -f $sstamp ]]; then
	log "unpacking $SRCPKG $ver"
	rm -rf "$SRC" "$DDIR/deb" "$DDIR/stamps/src-"*
	dpkg -x "$deb" "$DDIR/deb"
	tar -C "$DDIR" -xaf "$DDIR/deb/usr/src/$SRCPKG.tar.xz"
	rm -rf "$DDIR/deb"
	[[ -f $SRC/Makefile ]] || die "no $SRC/Makefile after unpacking"
	# A new source version: the old objects are of no use.
	rm -rf "$BUILD"
	touch "$sstamp"
fi

# ---- host tools -------------------------------------------------------
# Kconfig (flex, bison), timeconst (bc), certs/extract-cert (libssl),
# libelf for the host tools some configs build (resolve_btfids...).
need=()
for p in bc flex bison libssl-dev libelf-dev; do
	dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || need+=("$p")
done
if ((${#need[@]})); then
	log "installing host packages: ${need[*]}"
	apt-get install -y -q --no-install-recommends "${need[@]}" >&2
fi
command -v "${CROSS_COMPILE}gcc" >/dev/null || die "no ${CROSS_COMPILE}gcc (apt-get install gcc-$TRIPLET)"

# ---- config -----------------------------------------------------------
# Debian's own arm64 config, from the default kernel fetch.sh unpacks: the
# same 6.1 series, so its hardware/filesystem/network choices are the
# production kernel's.
[[ -f $MYSD_CACHE/env.sh ]] || MYSD_KERNEL='' "$MYSD_QEMU_DIR/fetch.sh" >&2
dkver=$(sed -n 's/^export KVER=//p' "$MYSD_CACHE/env.sh")
dconfig=$MYSD_CACHE/kernel/$dkver/boot/config-$dkver
[[ -f $dconfig ]] || die "no Debian config $dconfig (run scripts/qemu/fetch.sh)"

# The guest userland is the default kernel's (busybox...): fetch.sh's job.
# Only when missing, so a CI run sourcing env.sh meanwhile is not raced.
[[ -f $GUEST_ROOT/.packages ]] || MYSD_KERNEL='' "$MYSD_QEMU_DIR/fetch.sh" >&2

mk() { make -C "$SRC" O="$BUILD" ARCH="$KARCH" CROSS_COMPILE="$CROSS_COMPILE" "$@"; }

# Rebuild only if the source, Debian's config or this script changed.
key=$(cat "$dconfig" "${BASH_SOURCE[0]}" | sha1sum | cut -c1-12)
bstamp=$DDIR/stamps/build-$ver-$key
if [[ -f $bstamp && -f $BUILD/arch/arm64/boot/Image.gz && -z $config_only ]]; then
	log "debug kernel $ver up to date ($BUILD)"
else
	mkdir -p "$BUILD"
	cfg=$BUILD/.config
	# Nothing is loaded from modules in the guest but my_sysdig: every =m
	# off saves most of the build.
	sed -E 's/^(CONFIG_[A-Za-z0-9_]+)=m$/# \1 is not set/' "$dconfig" >"$cfg"
	sc() { "$SRC/scripts/config" --file "$cfg" "$@"; }
	# Built in all the same, and never used on QEMU's virt board: the
	# SoC platforms (their clock, pinctrl, power... drivers), KVM, Xen
	# (373 of 1925 =y options). Instrumented, every object is slow.
	mapfile -t plats < <(sed -n -E 's/^(menu)?config (ARCH_[A-Z0-9_]+)$/\2/p' \
		"$SRC/arch/arm64/Kconfig.platforms")
	for o in "${plats[@]}"; do sc -d "$o"; done
	sc -d VIRTUALIZATION -d KVM -d XEN
	for o in "${DEBUG_OPTS[@]}"; do sc -e "$o"; done
	# One preemption model: full, decided at build time.
	sc -d PREEMPT_NONE -d PREEMPT_VOLUNTARY -d PREEMPT_DYNAMIC
	# Reports, not traps (a trap would end the suite at the first one).
	sc -d UBSAN_TRAP
	# kmemleak scans when the suite asks (after rmmod), not every 10 min
	# in the background, which on TCG would slow every test.
	sc -d DEBUG_KMEMLEAK_AUTO_SCAN -d DEBUG_KMEMLEAK_DEFAULT_OFF
	# Nothing signed, nothing enforced: Debian's key and certificate
	# lists are not in the source package. (MODULE_SIG itself stays on,
	# selected by the lockdown LSM: an unsigned module loads and taints
	# the kernel, as on Debian's.)
	sc -d MODULE_SIG -d MODULE_SIG_ALL -d MODULE_SIG_FORCE \
		--set-str SYSTEM_TRUSTED_KEYS '' --set-str SYSTEM_REVOCATION_KEYS '' \
		--set-str MODULE_SIG_KEY ''
	# No debug info (nor BTF, which needs it): the slowest part of a build,
	# and reports name functions through kallsyms anyway.
	sc -d DEBUG_INFO -d DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT -d DEBUG_INFO_DWARF4 \
		-d DEBUG_INFO_DWARF5 -e DEBUG_INFO_NONE -d DEBUG_INFO_BTF -d DEBUG_INFO_BTF_MODULES
	# uname -r says what it is; the source's version, no git suffix.
	sc --set-str LOCALVERSION -debug -d LOCALVERSION_AUTO
	mk -s olddefconfig >&2
	bad=()
	for o in "${DEBUG_OPTS[@]}" "${KEEP_OPTS[@]}"; do
		if grep -qx "CONFIG_$o=y" "$cfg"; then
			log "CONFIG_$o=y"
		else
			bad+=("$o")
		fi
	done
	((${#bad[@]} == 0)) || die "not =y after olddefconfig: ${bad[*]/#/CONFIG_}"
	for o in DEBUG_INFO MODULE_SIG_ALL MODULE_SIG_FORCE; do
		if grep -q "^CONFIG_$o=y" "$cfg"; then die "CONFIG_$o still on after olddefconfig"; fi
	done
	if [[ -n $config_only ]]; then
		log "config written: $cfg"
		exit 0
	fi

	log "building $ver (-j${MYSD_JOBS:-2}; log: $DDIR/build.log)"
	start=$SECONDS
	# modules: writes Module.symvers and the tools (modpost...) that an
	# out-of-tree module build against $BUILD needs; no module is =m.
	if ! mk -j"${MYSD_JOBS:-2}" Image.gz modules >"$DDIR/build.log" 2>&1; then
		grep -E 'error|Error' "$DDIR/build.log" | head -n 20 >&2
		die "kernel build failed (see $DDIR/build.log)"
	fi
	log "built in $((SECONDS - start)) s"
	rm -f "$DDIR/stamps/build-"*
	touch "$bstamp"
fi

# ---- env file ---------------------------------------------------------
KVER=$(mk -s kernelrelease)
VMLINUZ=$BUILD/arch/arm64/boot/Image.gz
[[ -f $VMLINUZ ]] || die "no $VMLINUZ"
{
	echo "# Generated by scripts/qemu/debug-kernel.sh; source it."
	echo "export MYSD_ARCH=$MYSD_ARCH"
	echo "export MYSD_KERNEL=$MYSD_KERNEL"
	echo "export KVER=$KVER"
	echo "export KDIR=$BUILD"
	echo "export VMLINUZ=$VMLINUZ"
	echo "export KARCH=$KARCH"
	echo "export CROSS_COMPILE=$CROSS_COMPILE"
	echo "export GUEST_ROOT=$GUEST_ROOT"
	echo "export ARM64_ROOT=$GUEST_ROOT"
} >"$ENV_FILE.tmp"
mv "$ENV_FILE.tmp" "$ENV_FILE"
echo "KDIR=$BUILD"
