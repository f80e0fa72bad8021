# SPDX-License-Identifier: GPL-2.0
#
# my_sysdig - record system calls as text lines.
#
#   make                 build my_sysdig.ko for Debian's arm64 kernel
#                        (fetched once into $(MYSD_CACHE) by scripts/qemu)
#   make KDIR=/path/to/kernel/build ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu-
#                        build for any kernel tree (KERNEL_SRC= also works)
#   make modules_install install into $(INSTALL_MOD_PATH)/lib/modules/...
#   make deps            apt-get install the toolchains, QEMU, sparse (Debian 12)
#   make demo            build, boot QEMU, record a workload, print the record
#   make test            host unit tests + QEMU guest tests + overhead guard (20%)
#   make test-debug      the arm64 guest suite on Debian's 6.1 built with KASAN,
#                        lockdep, UBSAN, kmemleak... (builds that kernel first:
#                        most of an hour on 2 cores; not part of make test)
#   make bench           overhead benchmark (nginx + ab in QEMU)
#   make bench-check     its short form at the 15% target: fails above it or on drops
#   make bench-armhf     the benchmark on the 32-bit armmp kernel (bench/armhf/)
#   make check           W=1 + sparse build, checkpatch
#   make COST=1          a module that times its own work per syscall
#                        (/proc/my_sysdig/cost; scripts/qemu/cost.sh)

MYSD_CACHE ?= $(HOME)/.cache/my_sysdig
export MYSD_CACHE

KDIR ?= $(KERNEL_SRC)
ifeq ($(KDIR),)
# No kernel given: Debian's arm64 kernel, cross-compiled.
DEFAULT_KERNEL := 1
ARCH ?= arm64
CROSS_COMPILE ?= aarch64-linux-gnu-
KDIR = $(shell scripts/qemu/fetch.sh | sed -n 's/^KDIR=//p')
endif

MAKE_KERNEL = $(MAKE) -C $(KDIR) M=$(CURDIR) \
	$(if $(ARCH),ARCH=$(ARCH)) $(if $(CROSS_COMPILE),CROSS_COMPILE=$(CROSS_COMPILE)) \
	$(if $(COST),MYSD_COST=y)

.PHONY: all deps modules modules_install clean check test test-debug host-test guest-test demo bench bench-check bench-armhf

all: modules

deps:
	scripts/install-deps.sh

modules:
	$(MAKE_KERNEL) W=1 modules

# Debian's signing key is not shipped: do not try to sign for its kernel
# (unsigned modules load there, tainting it); other trees sign as configured.
modules_install:
	$(MAKE_KERNEL) modules_install $(if $(DEFAULT_KERNEL),CONFIG_MODULE_SIG_ALL=)

clean:
	-$(MAKE) -C tests clean
	find . \( -name '*.o' -o -name '*.ko' -o -name '*.mod' -o -name '*.mod.c' \
		-o -name '.*.cmd' -o -name '*.o.d' \) -not -path './.git/*' -delete
	rm -rf Module.symvers modules.order syscalls/gen

# sparse does not define __ARM_EABI__ as gcc does: without it, 32-bit ARM's
# syscall numbers read as the old ABI's (0x900000 + n).
check:
	$(MAKE_KERNEL) W=1 C=2 $(if $(filter arm,$(ARCH)),CF=-D__ARM_EABI__) modules
	scripts/checkpatch.sh

host-test:
	$(MAKE) -C tests host

guest-test: modules
	$(MAKE) -C tests guest

test: modules
	tests/run.sh

# The stage builds its own module, against the debug kernel's tree.
test-debug:
	scripts/qemu/debug-kernel.sh && tests/run.sh guest_debug

demo: modules
	scripts/qemu/demo.sh

bench: modules
	scripts/qemu/bench.sh

bench-check: modules
	tests/run.sh bench

bench-armhf:
	MYSD_ARCH=armhf scripts/qemu/bench.sh
