#!/usr/bin/env bash
# make demo: boot Debian's arm64 kernel in QEMU, load my_sysdig, record a
# small workload (nginx serving three requests, then cat) and print the
# record. Expects my_sysdig.ko built (make does that first).
set -euo pipefail
# shellcheck source=scripts/qemu/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env

top=$(cd "$MYSD_QEMU_DIR/../.." && pwd)
ko=$top/my_sysdig.ko
[[ -f $ko ]] || die "no $ko: run make first"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/demo-guest.sh" <<'GUEST'
#!/bin/sh
# Runs in the guest.
set -e
nginx
echo "# insmod my_sysdig.ko proc_name=nginx; three HTTP requests"
insmod /root/my_sysdig.ko proc_name=nginx
for i in 1 2 3; do wget -q -O /dev/null http://127.0.0.1/; done
sleep 0.3
echo "# echo cat > /sys/module/my_sysdig/parameters/proc_name; cat /etc/hostname"
echo cat > /sys/module/my_sysdig/parameters/proc_name
cat /etc/hostname > /dev/null
rmmod my_sysdig
echo "# ls -l /etc/syscall-record/record"
ls -l /etc/syscall-record/record
echo "# cat /etc/syscall-record/record"
cat /etc/syscall-record/record
GUEST
chmod +x "$work/demo-guest.sh"
echo my-board >"$work/hostname"

"$MYSD_QEMU_DIR/mkrootfs.sh" -o "$work/initrd.cpio.gz" --nginx \
	--add "$ko:/root/my_sysdig.ko" --add "$work/demo-guest.sh:/root/demo.sh" \
	--add "$work/hostname:/etc/hostname" --run /root/demo.sh >/dev/null
"$MYSD_QEMU_DIR/boot.sh" --initrd "$work/initrd.cpio.gz" --timeout 300 --log "$work/console.log" >/dev/null
# The console without the kernel's own messages.
sed -n '/^# insmod/,/^MYSD_GUEST_EXIT/p' "$work/console.log" | grep -v '^\[ *[0-9.]*\]' | grep -v '^MYSD_GUEST_EXIT'
