#!/usr/bin/env bash
# Fetch (from Debian's archive only) and unpack everything the QEMU harness
# needs into $MYSD_CACHE: the guest kernel + its headers (usable as KDIR for
# out-of-tree module builds) and a guest userland (busybox, nginx, ab + libs).
# Idempotent: a second run downloads nothing and just rewrites env.sh.
# Usage: scripts/qemu/fetch.sh            (MYSD_ARCH=armhf for 32-bit ARM,
#        MYSD_KERNEL=6.12, 6.12-rt or 6.12-16k for bookworm's 6.12 kernels: env-6.12.sh,
#        MYSD_KERNEL=5.10 for bullseye's: env-5.10.sh; MYSD_KERNEL=6.1-debug
#        hands over to debug-kernel.sh, which builds it: env-6.1-debug.sh)
#        scripts/qemu/fetch.sh --kernel-only   (the kernel and its headers,
#        for a module build: make does this; prints KDIR=, writes no env file)
set -euo pipefail
kernel_only=
[[ ${1:-} == --kernel-only ]] && kernel_only=1
# shellcheck source=scripts/qemu/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DEBS=$MYSD_CACHE/debs
STAMPS=$MYSD_CACHE/stamps
mkdir -p "$DEBS" "$STAMPS"

# Fast path: nothing to do if env.sh is newer than the apt lists (so no
# newer kernel/package can have appeared) and than these scripts.
if [[ -f $ENV_FILE && -z ${MYSD_REFETCH:-} ]] &&
	[[ -z $(find /var/lib/apt/lists "$MYSD_QEMU_DIR/fetch.sh" "$MYSD_QEMU_DIR/lib.sh" \
		-maxdepth 1 -newer "$ENV_FILE" -print -quit) ]]; then
	sed -n 's/^export \(KDIR=.*\)/\1/p' "$ENV_FILE"
	exit 0
fi

# Guest userland: these packages plus their shared-library dependencies.
USER_PKGS=(busybox-static nginx apache2-utils)
# Binaries that must run in the guest (their NEEDED libs are verified).
USER_BINS=(/bin/busybox /usr/sbin/nginx /usr/bin/ab)

# Debian's docker images disable apt's binary cache, making every apt-cache
# call re-parse all lists (~2 s); keep our own copy in the cache instead.
# APT_OPTS: the apt state to use, the machine's unless set (kernel below).
APT_OPTS=()
apt_cache() { apt-cache -o Dir::Cache::pkgcache="$MYSD_CACHE/pkgcache.bin" "${APT_OPTS[@]}" "$@"; }

# Fresh machines only know their native arch; foreign package lists are
# needed before apt-cache can resolve anything for the guest.
if ! apt_cache show --no-all-versions "$KMETA:$DEB_ARCH" >/dev/null 2>&1; then
	log "no $DEB_ARCH package lists: adding the architecture and running apt-get update"
	dpkg --add-architecture "$DEB_ARCH"
	# A mirror mid-sync can fail one index; what matters is the check below.
	apt-get update -q >&2 || log "apt-get update reported errors; going on if $DEB_ARCH resolves"
	apt_cache show --no-all-versions "$KMETA:$DEB_ARCH" >/dev/null 2>&1 ||
		die "$KMETA:$DEB_ARCH still unknown after apt-get update"
fi

# stanza_field PKG FIELD: a field of the candidate version's stanza.
stanza_field() {
	apt_cache show --no-all-versions "$1" 2>/dev/null |
		awk -v f="$2: " 'index($0, f) == 1 && !n++ { print substr($0, length(f) + 1) }'
}

# fetch_debs PKG=VER...: apt-get download those not already in $DEBS.
# apt names files NAME_VER_ARCH.deb with ':' of an epoch written as %3a.
fetch_debs() {
	local spec name ver arch
	local -a need=()
	for spec in "$@"; do
		name=${spec%%=*} ver=${spec#*=}
		arch=${name#*:}
		[[ $arch == "$name" ]] && arch='*'
		name=${name%%:*}
		compgen -G "$DEBS/${name}_${ver//:/%3a}_$arch.deb" >/dev/null || need+=("$spec")
	done
	((${#need[@]})) || return 0
	log "downloading ${#need[@]} package(s): ${need[*]}"
	# Sandbox user root: _apt cannot write into a cache under /root.
	(cd "$DEBS" && apt-get -q -o APT::Sandbox::User=root "${APT_OPTS[@]}" download "${need[@]}") >&2
}

# unpack_debs DIR PKG=VER...: dpkg -x the downloaded .debs into DIR.
unpack_debs() {
	local dir=$1 spec name ver arch
	shift
	for spec in "$@"; do
		name=${spec%%=*} ver=${spec#*=}
		arch=${name#*:}
		[[ $arch == "$name" ]] && arch='*'
		name=${name%%:*}
		dpkg -x "$(compgen -G "$DEBS/${name}_${ver//:/%3a}_$arch.deb" | head -n1)" "$dir"
	done
}

# ---- kernel -----------------------------------------------------------
# Another release's kernel (KSUITE, lib.sh: 5.10 is bullseye's) is resolved
# and fetched through apt state of its own in the cache; the machine's
# sources and lists stay as they are.
if [[ -n ${KSUITE:-} ]]; then
	adir=$MYSD_CACHE/apt-$KSUITE
	APT_OPTS=(-o "Dir::Etc::sourcelist=$adir/sources.list" -o Dir::Etc::sourceparts=-
		-o "Dir::State::Lists=$adir/lists" -o "Dir::Cache=$adir/cache"
		-o "Dir::Cache::pkgcache=$adir/pkgcache.bin" -o "Dir::Cache::srcpkgcache=")
	if ! compgen -G "$adir/lists/*_${KSUITE}_main_binary-${DEB_ARCH}_Packages*" >/dev/null; then
		log "fetching the package lists of Debian $KSUITE (its kernel)"
		mkdir -p "$adir/lists/partial" "$adir/cache/archives/partial"
		echo "deb [arch=arm64,armhf,$(dpkg --print-architecture) signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]" \
			"http://deb.debian.org/debian $KSUITE main" >"$adir/sources.list"
		apt-get -q "${APT_OPTS[@]}" update >&2 ||
			log "apt-get update of $KSUITE reported errors; going on if $KMETA resolves"
	fi
fi
# Resolve the ABI from the meta package so we follow Debian's current kernel.
meta_dep=$(stanza_field "$KMETA:$DEB_ARCH" Depends)
re="linux-image-([^ ]+-$KFLAVOUR) \(= ([^)]+)\)"
[[ $meta_dep =~ $re ]] || die "cannot parse Depends of $KMETA: '$meta_dep'"
KVER=${BASH_REMATCH[1]} KPKGVER=${BASH_REMATCH[2]}
# The headers name the common headers and the kbuild package they need:
# 6.1: linux-headers-6.1.0-56-common, linux-kbuild-6.1;
# 6.12: linux-headers-6.12.117+deb12-common[-rt], linux-kbuild-6.12.117+deb12.
hdr_dep=$(stanza_field "linux-headers-$KVER:$DEB_ARCH" Depends)
re='(linux-headers-[^ ]+-common(-rt)?)[ ,]'
[[ $hdr_dep =~ $re ]] || die "no common headers in '$hdr_dep'"
KCOMMON=${BASH_REMATCH[1]}
[[ $hdr_dep =~ (linux-kbuild-[^ ,]+) ]] || die "no linux-kbuild in '$hdr_dep'"
KBUILD=${BASH_REMATCH[1]}

KROOT=$MYSD_CACHE/kernel/$KVER
KDIR=$KROOT/usr/src/linux-headers-$KVER
VMLINUZ=$KROOT/boot/vmlinuz-$KVER
kstamp=$STAMPS/kernel-$KVER-$KPKGVER

if [[ ! -f $kstamp ]]; then
	# The kbuild package holds host binaries (modpost, fixdep...): host arch.
	kpkgs=("linux-image-$KVER:$DEB_ARCH=$KPKGVER" "linux-headers-$KVER:$DEB_ARCH=$KPKGVER"
		"$KCOMMON=$KPKGVER" "$KBUILD:$(dpkg --print-architecture)=$KPKGVER")
	fetch_debs "${kpkgs[@]}"
	rm -rf "$KROOT"
	mkdir -p "$KROOT"
	unpack_debs "$KROOT" "${kpkgs[@]}"
	# The flavour Makefile includes the common one by absolute /usr/src path;
	# point it into the cache. scripts/ and tools/ are relative symlinks
	# (../../lib/linux-kbuild-*) and already resolve inside $KROOT.
	sed -i "s|^include /usr/src/|include $KROOT/usr/src/|" "$KDIR/Makefile"
	# Debian 11's headers name their compiler, gcc-10; this machine's
	# cross compiler is the unversioned one.
	[[ -f $KDIR/.kernelvariables ]] &&
		sed -i 's|^\(CC = .*\$(CROSS_COMPILE)gcc\)-10$|\1|' "$KDIR/.kernelvariables"
	ln -sfn "../../../usr/src/linux-headers-$KVER" "$KROOT/lib/modules/$KVER/build"
	ln -sfn "../../../usr/src/$KCOMMON" "$KROOT/lib/modules/$KVER/source"
	[[ -x $KDIR/scripts/mod/modpost ]] || die "$KDIR/scripts/mod/modpost missing"
	# 6.12's headers ship vmlinux as the BTF base: with
	# DEBUG_INFO_BTF_MODULES every module link then runs the host's pahole.
	if [[ -f $KDIR/vmlinux ]] && grep -q '^CONFIG_DEBUG_INFO_BTF_MODULES=y' "$KDIR/.config" &&
		! command -v pahole >/dev/null; then
		die "$KVER builds module BTF: install pahole (apt-get install dwarves)"
	fi

	# Prove KDIR works: build a trivial out-of-tree module.
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	cat >"$tmp/hello.c" <<'EOF'
#include <linux/module.h>
static int __init hello_init(void) { return 0; }
static void __exit hello_exit(void) { }
module_init(hello_init);
module_exit(hello_exit);
MODULE_LICENSE("GPL");
EOF
	echo 'obj-m := hello.o' >"$tmp/Kbuild"
	make -s -C "$KDIR" M="$tmp" ARCH="$KARCH" CROSS_COMPILE="$CROSS_COMPILE" modules >"$tmp/log" 2>&1 ||
		{ cat "$tmp/log" >&2; die "test module build against $KDIR failed"; }
	[[ -f $tmp/hello.ko ]] || die "test module build produced no hello.ko"
	log "kernel $KVER ($KPKGVER) ready, test module builds"
	touch "$kstamp"
fi
APT_OPTS=()
if [[ -n $kernel_only ]]; then
	echo "KDIR=$KDIR"
	exit 0
fi

# ---- guest userland ---------------------------------------------------
# Closure over Depends/Pre-Depends, following only Multi-Arch: same packages
# (that is what shared libraries are); this skips config/arch-all/tool
# packages such as nginx-common or iproute2 that the binaries never load.
# Prints "name version" per package.
resolve_userland() {
	local -A have=()
	local -a frontier=("${USER_PKGS[@]}") next
	local pkg ver ma deps d
	while ((${#frontier[@]})); do
		next=()
		while read -r pkg ver ma deps; do
			[[ -n ${have[$pkg]:-} ]] && continue
			if [[ $ma != same && " ${USER_PKGS[*]} " != *" $pkg "* ]]; then continue; fi
			have[$pkg]=$ver
			echo "$pkg $ver"
			for d in $deps; do [[ -n ${have[$d]:-} ]] || next+=("$d"); done
		done < <(apt_cache show --no-all-versions "${frontier[@]/%/:$DEB_ARCH}" 2>/dev/null |
			awk -F': ' '
			/^Package: /     { p = $2 }
			/^Version: /     { v = $2 }
			/^Multi-Arch: /  { m = $2 }
			/^(Pre-)?Depends: / { d = d ", " $2 }
			/^$/ { if (p != "") { out(); } p = v = m = d = "" }
			END  { if (p != "") out() }
			function out(  n, i, a, s) {
				# first alternative only; drop version constraints and :any
				n = split(d, a, ",")
				s = ""
				for (i = 1; i <= n; i++) {
					sub(/\|.*/, "", a[i]); sub(/\(.*/, "", a[i]); sub(/:any/, "", a[i])
					gsub(/ /, "", a[i]); if (a[i] != "") s = s " " a[i]
				}
				print p, v, (m == "" ? "no" : m) s
			}')
		frontier=("${next[@]}")
	done
}

mapfile -t user_list < <(resolve_userland | sort)
for p in "${USER_PKGS[@]}"; do
	[[ " ${user_list[*]/%/ ,} " == *" $p "* ]] || die "package $p:$DEB_ARCH not found"
done
ukey=$(printf '%s\n' "${user_list[@]}" | sha1sum | cut -c1-12)
ustamp=$STAMPS/root-$DEB_ARCH-$ukey

if [[ ! -f $ustamp ]]; then
	upkgs=()
	for l in "${user_list[@]}"; do upkgs+=("${l% *}:$DEB_ARCH=${l#* }"); done
	fetch_debs "${upkgs[@]}"
	rm -rf "$GUEST_ROOT"
	mkdir -p "$GUEST_ROOT"
	unpack_debs "$GUEST_ROOT" "${upkgs[@]}"
	lib_closure "$GUEST_ROOT" "${USER_BINS[@]/#/$GUEST_ROOT}" >/dev/null ||
		die "guest userland lacks libraries (see above); extend USER_PKGS?"
	printf '%s\n' "${user_list[@]}" >"$GUEST_ROOT/.packages"
	rm -f "$STAMPS/root-$DEB_ARCH-"*
	log "guest userland ready: ${#user_list[@]} packages in $GUEST_ROOT"
	touch "$ustamp"
fi

# ---- env file ---------------------------------------------------------
{
	echo "# Generated by scripts/qemu/fetch.sh; source it."
	echo "export MYSD_ARCH=$MYSD_ARCH"
	echo "export MYSD_KERNEL=$MYSD_KERNEL"
	echo "export KVER=$KVER"
	echo "export KDIR=$KDIR"
	echo "export VMLINUZ=$VMLINUZ"
	echo "export KARCH=$KARCH"
	echo "export CROSS_COMPILE=$CROSS_COMPILE"
	echo "export GUEST_ROOT=$GUEST_ROOT"
	[[ $MYSD_ARCH == arm64 ]] && echo "export ARM64_ROOT=$GUEST_ROOT"
} >"$ENV_FILE.tmp"
mv "$ENV_FILE.tmp" "$ENV_FILE"
echo "KDIR=$KDIR"
