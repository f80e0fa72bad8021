#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# gen_host_names.sh OUTDIR - the name fragments for host test builds.
#
# Writes OUTDIR/names_native.h from the host's own unistd headers (32-bit
# ARM's are unistd-eabi.h and unistd-common.h) and, on
# x86_64 hosts, OUTDIR/names_compat.h from the i386 header (the stand-in
# compat ABI of the host tests), both with the newer calls of nr_host.h.
# Add -IOUTDIR when compiling syscalls/*.c.
set -e
here=$(dirname "$0")
out=${1:?usage: gen_host_names.sh OUTDIR}
inc=${HOST_INCLUDE:-/usr/include}
multi=$(${CC:-gcc} -print-multiarch 2>/dev/null || true)
mkdir -p "$out"
"$here/gen_names.sh" "$inc/asm-generic/unistd.h" \
	"$inc/$multi/asm/unistd_64.h" "$inc/$multi/asm/unistd.h" \
	"$inc/asm/unistd_64.h" "$inc/asm/unistd.h" \
	"$inc/asm/unistd-eabi.h" "$inc/asm/unistd-common.h" \
	"$here/nr_host.h" > "$out/names_native.h"
if [ -r "$inc/$multi/asm/unistd_32.h" ]; then
	"$here/gen_names.sh" "$inc/$multi/asm/unistd_32.h" "$here/nr_host.h" \
		> "$out/names_compat.h"
else
	echo "/* No compat ABI on this host. */" > "$out/names_compat.h"
fi
