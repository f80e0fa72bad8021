#!/usr/bin/env bash
# Install what building, the QEMU guest and the tests need, from Debian's
# archive (Debian 12, as root). Used by .ci/run and by `make deps`.
# --missing: only when one of them is not installed yet (make demo, make
# test and make bench run it so, so a fresh machine needs no make deps).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
pkgs=(make gcc libc6-dev kmod bc flex bison cpio libssl-dev libelf-dev
	gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu
	gcc-arm-linux-gnueabihf libc6-dev-armhf-cross
	qemu-system-arm qemu-user sparse gnuplot-nox dwarves ca-certificates)
if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
	echo "install-deps.sh: no apt here: install a cross compiler yourself and build with" \
		"make KDIR=<a kernel build tree> ARCH=... CROSS_COMPILE=..." >&2
	exit 1
fi
host=$(dpkg --print-architecture)
if [[ $host != amd64 ]]; then
	# gcc-aarch64-linux-gnu and the other cross packages are amd64's
	echo "install-deps.sh: the scripts cross-build on an amd64 Debian 12 host, not $host." \
		"On a board, build for its own kernel: make KDIR=/lib/modules/\$(uname -r)/build" >&2
	exit 1
fi
if [[ ${1:-} == --missing ]]; then
	installed=$(dpkg-query -W -f='${db:Status-Status}\n' "${pkgs[@]}" 2>/dev/null |
		grep -cx installed || true)
	((installed == ${#pkgs[@]})) && exit 0
	echo "install-deps.sh: $((${#pkgs[@]} - installed)) of the packages needed are missing: installing them"
fi
# A mirror caught mid-sync fails an index file (apt exits 100: "File has
# unexpected size"): try again, then go on with the lists that came; the
# install below names any package they lack.
for try in 1 2 3; do
	apt-get update -q && break
	if ((try == 3)); then
		echo "install-deps.sh: apt-get update failed 3 times; going on with the package lists fetched" >&2
		break
	fi
	sleep 15
done
apt-get install -y -q --no-install-recommends "${pkgs[@]}"
