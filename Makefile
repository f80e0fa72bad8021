# SPDX-License-Identifier: GPL-2.0
#
# my_sysdig - record system calls as text lines.
#
#   make                 build my_sysdig.ko for Debian's arm64 kernel
#                        (fetched once into $(MYSD_CACHE) by scripts/qemu)
#   make ARCH=arm        the same for Debian's 32-bit ARM (armmp) kernel
#   make KDIR=/path/to/kernel/build ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu-
#                        build for any kernel tree (KERNEL_SRC= also works)
#   make modules_install build for KDIR, install into
#                        $(INSTALL_MOD_PATH)/lib/modules/...
#   make deps            apt-get install the toolchains, QEMU, sparse (Debian 12)
#   make demo            build, boot QEMU, record a workload, print the record
#   make test            host unit tests + QEMU guest tests + overhead guard (20%)
#   make test-debug      the arm64 guest suite on Debian's 6.1 built with KASAN,
#                        lockdep, UBSAN, kmemleak... (builds that kernel first:
#                        20-35 minutes on 2 cores; not part of make test)
#   make bench           overhead benchmark (nginx + ab in QEMU)
#   make bench-check     its short form at the 15% target: fails above it or on drops
#   make bench-armhf     the benchmark on the 32-bit armmp kernel (bench/armhf/)
#   make check           W=1 + sparse build, checkpatch
#   make COST=1          a module that times its own work per syscall
#                        (/proc/my_sysdig/cost; scripts/qemu/cost.sh)
#   make help            this list

MYSD_CACHE ?= $(HOME)/.cache/my_sysdig
export MYSD_CACHE

KDIR ?= $(KERNEL_SRC)
ifeq ($(KDIR),)
# No kernel given: Debian's arm64 kernel, or with ARCH=arm (or
# MYSD_ARCH=armhf) its 32-bit armmp one, cross-compiled. Only the kernel is
# fetched here, on first use: make deps and make clean need none.
DEFAULT_KERNEL := 1
ifeq ($(ARCH),arm)
MYSD_ARCH ?= armhf
endif
ifeq ($(MYSD_ARCH),armhf)
ifneq ($(filter-out arm,$(ARCH)),)
$(error MYSD_ARCH=armhf builds for ARCH=arm, not ARCH=$(ARCH))
endif
ARCH ?= arm
CROSS_COMPILE ?= arm-linux-gnueabihf-
else
ARCH ?= arm64
CROSS_COMPILE ?= aarch64-linux-gnu-
endif
FETCHED_KDIR = $(or $(shell MYSD_ARCH=$(MYSD_ARCH) scripts/qemu/fetch.sh --kernel-only | \
		  sed -n 's/^KDIR=//p'), \
	    $(error no kernel to build against: Debian's could not be fetched \
		    (above): pass KDIR=<a kernel build tree> with its ARCH and CROSS_COMPILE))
# Looked up on first use (make deps and make clean need none), then kept.
KDIR = $(eval KDIR := $(FETCHED_KDIR))$(KDIR)
endif

# kbuild, after a plain word on a wrong KDIR, ARCH or CROSS_COMPILE. It runs
# in KDIR, where a relative INSTALL_MOD_PATH would land.
MAKE_KERNEL = scripts/check-kdir.sh "$(KDIR)" "$(ARCH)" "$(CROSS_COMPILE)" \
	"$(if $(filter command line,$(origin CC)),$(CC))" "$(LLVM)" && \
	$(MAKE) -C $(KDIR) M=$(CURDIR) \
	$(if $(INSTALL_MOD_PATH),INSTALL_MOD_PATH=$(abspath $(INSTALL_MOD_PATH))) \
	$(if $(ARCH),ARCH=$(ARCH)) $(if $(CROSS_COMPILE),CROSS_COMPILE=$(CROSS_COMPILE)) \
	$(if $(COST),MYSD_COST=y)

.PHONY: all help deps have-deps modules modules_install clean check test test-debug host-test guest-test demo bench bench-check bench-armhf

all: modules

help:
	@sed -n '5,/^$$/s/^#//p' $(firstword $(MAKEFILE_LIST))

deps:
	scripts/install-deps.sh

# Without KDIR everything comes from Debian's archive: the first build on a
# fresh machine installs the toolchains and QEMU too (make demo, make test).
have-deps:
	@scripts/install-deps.sh --missing

ifdef DEFAULT_KERNEL
modules: have-deps
endif

modules:
	+$(MAKE_KERNEL) W=1 modules

# Built first, for this KDIR: the tree may hold a module for another one.
# A tree without its signing key (Debian's headers do not ship it) installs
# the module unsigned, as it loads there (tainting the kernel); a PKCS#11
# key is left to kbuild.
SIG_KEY = $(patsubst "%",%,$(shell sed -n 's/^CONFIG_MODULE_SIG_KEY=//p' $(KDIR)/.config 2>/dev/null))
NO_SIG_KEY = $(if $(filter pkcs11:%,$(SIG_KEY)),,$(if $(wildcard $(SIG_KEY) $(KDIR)/$(SIG_KEY)),,1))
modules_install: modules
	+$(MAKE_KERNEL) modules_install $(if $(NO_SIG_KEY),CONFIG_MODULE_SIG_ALL=)

clean:
	-$(MAKE) -C tests clean
	find . \( -name '*.o' -o -name '*.ko' -o -name '*.mod' -o -name '*.mod.c' \
		-o -name '.*.cmd' -o -name '*.o.d' \) -not -path './.git/*' -delete
	rm -rf Module.symvers modules.order syscalls/gen syscalls/names_native.h syscalls/names_compat.h

# sparse does not define __ARM_EABI__ as gcc does: without it, 32-bit ARM's
# syscall numbers read as the old ABI's (0x900000 + n).
check:
	+$(MAKE_KERNEL) W=1 C=2 $(if $(filter arm,$(ARCH)),CF=-D__ARM_EABI__) modules
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
