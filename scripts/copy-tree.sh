#!/usr/bin/env bash
# copy-tree.sh DEST: the source tree, without what builds and tests leave
# in it, copied into DEST, to build the module there (for another kernel,
# or with COST=1) and leave ./my_sysdig.ko and its objects alone.
set -euo pipefail
dest=${1:?usage: scripts/copy-tree.sh DEST}
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$dest"
tar -C "$top" --exclude=./.git --exclude=./tests/build --exclude='*.o' \
	--exclude='*.ko' --exclude='.*.cmd' -cf - . | tar -C "$dest" -xf -
