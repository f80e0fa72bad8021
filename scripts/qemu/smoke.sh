#!/usr/bin/env bash
# End-to-end check of the harness: fetch, build an nginx initramfs, boot it
# and run guest-smoke.sh. Exit status is the guest's.
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source=scripts/qemu/lib.sh
source "$here/lib.sh"
initrd=$MYSD_CACHE/initrd-smoke-$DEB_ARCH.cpio.gz
"$here/mkrootfs.sh" -o "$initrd" --nginx \
	--add "$here/guest-smoke.sh:/root/guest-smoke.sh" --run /root/guest-smoke.sh >/dev/null
exec "$here/boot.sh" --initrd "$initrd" --timeout 300 "$@"
