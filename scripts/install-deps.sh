#!/usr/bin/env bash
# Install what building, the QEMU guest and the tests need, from Debian's
# archive (Debian 12, as root). Used by .ci/run and by `make deps`.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends \
	make gcc libc6-dev kmod bc flex bison cpio libssl-dev libelf-dev \
	gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu \
	gcc-arm-linux-gnueabihf libc6-dev-armhf-cross \
	qemu-system-arm qemu-user sparse gnuplot-nox dwarves ca-certificates
