#!/usr/bin/env bash
# Boot the guest kernel with an initramfs from mkrootfs.sh under QEMU (TCG,
# no KVM here) and exit with the guest command's status (MYSD_GUEST_EXIT).
usage() {
	cat <<'EOF'
Usage: scripts/qemu/boot.sh [--initrd FILE] [--log FILE] [--timeout SECS]
                            [--icount] [--smp N] [--append 'KERNEL ARGS']
                            [--kernel SERIES]
  --initrd FILE   initramfs (default: $MYSD_CACHE/initrd-<arch>.cpio.gz)
  --log FILE      also write the console output (CRs stripped) to FILE
  --timeout SECS  kill QEMU after SECS seconds (default 600; 0 = never)
  --icount        deterministic instruction counting (-icount shift=4,sleep=off)
  --smp N         vCPUs (default 2)
  --append ARGS   extra kernel command line arguments
  --kernel SERIES guest kernel, as MYSD_KERNEL: 6.1 (default), 6.12, 6.12-rt,
                  6.12-16k (16 KiB pages, QEMU's max CPU),
                  5.10, 6.1-debug (built by debug-kernel.sh)
Environment: MYSD_ARCH=armhf (32-bit ARM), MYSD_MACHINE=vexpress-a9 (with
armhf: a Cortex-A9 board instead of virt's Cortex-A15).
Exit status: the guest's MYSD_GUEST_EXIT, 124 on timeout, 125 if missing.
EOF
}
set -euo pipefail
# --kernel picks the env file lib.sh selects: take it before sourcing.
for ((i = 1; i < $#; i++)); do
	[[ ${!i} == --kernel ]] && j=$((i + 1)) && export MYSD_KERNEL=${!j}
done
# shellcheck source=scripts/qemu/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

initrd='' logf='' tmo=600 append='' smp=2
extra=()
while (($#)); do
	case $1 in
	--initrd) initrd=$2 && shift ;;
	--log) logf=$2 && shift ;;
	--timeout) tmo=$2 && shift ;;
	# QEMU runs -icount on one host thread (no MTTCG): armmp then hangs
	# bringing up a second vCPU, so its benchmark boots with --smp 1.
	--icount) extra+=(-icount 'shift=4,sleep=off') && QEMU_ACCEL=tcg,thread=single ;;
	--smp) smp=$2 && shift ;;
	--append) append=$2 && shift ;;
	--kernel) shift ;; # handled above
	-h | --help) usage && exit 0 ;;
	*) usage >&2 && exit 2 ;;
	esac
	shift
done
load_env
initrd=${initrd:-$MYSD_CACHE/initrd-$DEB_ARCH.cpio.gz}
[[ -f $initrd ]] || die "no initrd $initrd (build it with mkrootfs.sh)"
[[ -f $VMLINUZ ]] || die "no kernel $VMLINUZ (run fetch.sh)"
if [[ -z $logf ]]; then
	logf=$(mktemp)
	trap 'rm -f "$logf"' EXIT
fi

if [[ -n $QEMU_DTB ]]; then
	dtb=${VMLINUZ%/boot/*}/usr/lib/linux-image-$KVER/$QEMU_DTB
	[[ -f $dtb ]] || die "no device tree $dtb in the kernel's package"
	# vexpress has a sound chip (pl041): given no host audio backend, QEMU
	# would probe them all and say so on stderr.
	extra+=(-dtb "$dtb" -audiodev 'none,id=snd0' -global pl041.audiodev=snd0)
fi

# -nic none: the guest only talks to itself over lo; the default NIC would
# also need ipxe-qemu's option ROM, not installed without recommends.
cmd=("$QEMU_BIN" -M "$QEMU_MACHINE" -cpu "$QEMU_CPU" -smp "$smp" -m 1024 -nographic -no-reboot -nic none
	-accel "$QEMU_ACCEL"
	-kernel "$VMLINUZ" -initrd "$initrd"
	-append "console=ttyAMA0 quiet panic=-1 $append" ${extra[@]+"${extra[@]}"})
log "booting $KVER (timeout ${tmo}s): ${cmd[*]}"
start=$SECONDS
# --foreground: QEMU may own the terminal (interactive shell); -k: SIGKILL
# if it ignores SIGTERM. The guest console comes back with CRLF endings.
set +e
timeout --foreground -k 10 "$tmo" "${cmd[@]}" | tr -d '\r' | tee "$logf"
qrc=${PIPESTATUS[0]}
set -e

rc=$(sed -n 's/^.*MYSD_GUEST_EXIT=\([0-9]\{1,\}\).*$/\1/p' "$logf" | tail -n1)
if [[ -n $rc ]]; then
	log "guest exited $rc after $((SECONDS - start))s"
	exit "$rc"
elif ((qrc == 124 || qrc == 137)); then
	log "timeout: QEMU killed after ${tmo}s without MYSD_GUEST_EXIT"
	exit 124
fi
log "no MYSD_GUEST_EXIT in console output (QEMU exit $qrc)"
exit 125
