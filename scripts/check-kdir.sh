#!/bin/sh
# Say plainly what is wrong with a build's KDIR, ARCH or CROSS_COMPILE
# before kbuild fails on it with errors of its own ("No rule to make target
# 'modules'", a compiler rejecting another arch's flags).
# Usage: scripts/check-kdir.sh KDIR ARCH CROSS_COMPILE CC LLVM
# (CC: one given on make's command line, which kbuild then uses.) The
# kernel's O= or KBUILD_OUTPUT, from the environment, holds its config.
kdir=$1 arch=$2 cross=$3 cc=$4 llvm=$5
fail() {
	echo "my_sysdig: $*" >&2
	exit 1
}
[ -n "$kdir" ] && [ -f "$kdir/Makefile" ] ||
	fail "KDIR=$kdir is not a kernel tree (no Makefile there): give the kernel's build directory or its headers"
conf=${O:-${KBUILD_OUTPUT:-$kdir}}/include/config/auto.conf
[ -f "$conf" ] ||
	fail "KDIR=$kdir is not configured (no $conf): run 'make modules_prepare' there with the kernel's .config, or use the tree the kernel was built in"
if grep -qx 'CONFIG_ARM64=y' "$conf"; then
	karch=arm64 kcross=aarch64-linux-gnu- machine='aarch64*'
elif grep -qx 'CONFIG_ARM=y' "$conf"; then
	karch=arm kcross=arm-linux-gnueabihf- machine='arm*'
else
	exit 0	# another arch: kbuild judges
fi
# Without ARCH, kbuild builds for the machine it runs on, unless the tree
# sets it (Debian's headers: "override ARCH = arm64" in .kernelvariables).
grep -qsx "override ARCH *= *$karch" "$kdir/.kernelvariables" && arch=$karch
host=$(uname -m)
case $host in aarch64) host=arm64 ;; arm*) host=arm ;; esac
[ "${arch:-$host}" = "$karch" ] ||
	fail "KDIR=$kdir is an $karch kernel: build with ARCH=$karch CROSS_COMPILE=$kcross (or your toolchain's prefix)"
# clang (LLVM=1) or a compiler named on the command line: kbuild's choice
[ -z "$cc$llvm" ] || exit 0
[ -n "$cross" ] || [ "$host" = "$karch" ] ||
	fail "building for $karch on $(uname -m) needs CROSS_COMPILE=$kcross (or your toolchain's prefix)"
command -v "${cross}gcc" >/dev/null ||
	fail "no ${cross}gcc: install the cross compiler (Debian: gcc-${kcross%-}) or fix CROSS_COMPILE"
target=$("${cross}gcc" -dumpmachine)
case $target in
$machine) ;;
*) fail "${cross}gcc builds for $target, not $karch: CROSS_COMPILE=$kcross (or your toolchain's prefix)" ;;
esac
