#!/usr/bin/env bash
# Run the kernel's checkpatch.pl over the module's C sources. checkpatch is
# not in Debian's kernel headers: take it once from Debian's linux-source
# package into the cache. Exit status: checkpatch's.
set -euo pipefail
cache=${MYSD_CACHE:-$HOME/.cache/my_sysdig}/checkpatch
cp=$cache/linux-source-6.1/scripts/checkpatch.pl
if [[ ! -x $cp ]]; then
	mkdir -p "$cache" && cd "$cache"
	apt-get download linux-source-6.1 >/dev/null
	dpkg -x linux-source-6.1_*.deb x
	tar -xJf x/usr/src/linux-source-6.1.tar.xz --wildcards \
		'linux-source-6.1/scripts/checkpatch.pl' \
		'linux-source-6.1/scripts/spelling.txt' \
		'linux-source-6.1/scripts/const_structs.checkpatch'
	rm -rf x linux-source-6.1_*.deb
	cd - >/dev/null
fi
cd "$(dirname "$0")/.."
# The sources: git's list, or in an unpacked copy (a tarball, copy-tree.sh)
# every .c/.h outside tests/ and the build's generated files.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	mapfile -t srcs < <(git ls-files '*.c' '*.h' | grep -v '^tests/')
else
	mapfile -t srcs < <(find . \( -path ./tests -o -path ./.git \) -prune -o \
		\( -name '*.c' -o -name '*.h' \) -not -name '*.mod.c' -not -name 'names_*.h' -print |
		sed 's|^\./||' | grep -v '^syscalls/gen/' | sort)
fi
((${#srcs[@]})) || { echo "checkpatch.sh: no sources found" >&2; exit 1; }
# Out of tree and built for several kernel versions: LINUX_VERSION_CODE is
# needed; portable.h defines host stand-ins for the kernel's attribute macros;
# ENOSYS appears in the errno-name table, as a name, not as a return value.
exec "$cp" --no-tree --terse --show-types \
	--ignore SPDX_LICENSE_TAG,LINUX_VERSION_CODE,CONSTANT_COMPARISON,EMBEDDED_FILENAME,PREFER_DEFINED_ATTRIBUTE_MACRO,ENOSYS \
	-f "${srcs[@]}"
