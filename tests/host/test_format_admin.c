/*
 * test_format_admin.c - exact lines of what init systems and sandboxes
 * call: the new mount API, quotas, memory policies, Landlock, protection
 * keys, capabilities, AIO, file handles and signal waits (syscalls/flags_admin.c's sets
 * and their printers). The expected names come from the libc's and
 * linux-libc-dev's headers, not from the module's own definitions.
 * Built for 32-bit ARM too (tests/run.sh, qemu-arm), where the old calls
 * (sigsuspend, _newselect, 16-bit chown) exist.
 *
 * Build and run from the repo root (names fragments generated first):
 *   syscalls/gen_host_names.sh /tmp/mysd-gen
 *   gcc -Wall -Wextra -O2 -fsanitize=address,undefined -I. -I/tmp/mysd-gen
 *       tests/host/test_format_admin.c $(cat syscalls/host_sources) -o /tmp/test_format_admin
 *   /tmp/test_format_admin
 */
#define _GNU_SOURCE
#include <asm/unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/timex.h>
#include <linux/mount.h>
#include <linux/quota.h>
#include <linux/mempolicy.h>
#include <linux/landlock.h>
#include <linux/capability.h>
#include "tests/host/check.h"
#include "tests/host/test_format_ev.h"
#include "syscalls/sysent.h"

#define P "ts=12.000300000, comm=\"cat\", tid=130, pid=130, "

static void test_mount_api(void)
{
	struct mount_attr ma = {
		.attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID,
		.attr_clr = MOUNT_ATTR_NOATIME, .propagation = MS_PRIVATE,
	};

	EV(__NR_fsopen, 3, 0x1000, FSOPEN_CLOEXEC);
	TCAP_STR(0, "tmpfs");
	CHECK_STR(tfmt(), P "fsopen, fsname=\"tmpfs\", flags=FSOPEN_CLOEXEC, res=3\n");

	/* the value: a string for SET_STRING and the paths, else a pointer */
	EV(__NR_fsconfig, 0, 3, FSCONFIG_SET_STRING, 0x1000, 0x2000, 0);
	TCAP_STR(2, "size");
	TCAP_STR(3, "1M");
	CHECK_STR(tfmt(), P "fsconfig, fd=3, cmd=FSCONFIG_SET_STRING, key=\"size\", "
		  "value=\"1M\", aux=0, res=0\n");
	EV(__NR_fsconfig, 0, 3, FSCONFIG_SET_PATH, 0x1000, 0x2000, AT_FDCWD);
	TCAP_STR(2, "source");
	TCAP_STR(3, "/dev/mmcblk0p2");
	CHECK_STR(tfmt(), P "fsconfig, fd=3, cmd=FSCONFIG_SET_PATH, key=\"source\", "
		  "value=\"/dev/mmcblk0p2\", aux=-100, res=0\n");
	/* a binary blob is read as a string too, but not shown as one */
	EV(__NR_fsconfig, 0, 3, FSCONFIG_SET_BINARY, 0x1000, 0x2000, 4);
	TCAP_STR(2, "blob");
	TCAP_STR(3, "ab");
	CHECK_STR(tfmt(), P "fsconfig, fd=3, cmd=FSCONFIG_SET_BINARY, key=\"blob\", "
		  "value=0x2000, aux=4, res=0\n");
	EV(__NR_fsconfig, 0, 3, FSCONFIG_CMD_CREATE, 0, 0, 0);
	CHECK_STR(tfmt(), P "fsconfig, fd=3, cmd=FSCONFIG_CMD_CREATE, key=NULL, "
		  "value=NULL, aux=0, res=0\n");
	/* a command newer than the table: its number */
	EV(__NR_fsconfig, -EINVAL, 3, 99, 0, 0, 0);
	CHECK_STR(tfmt(), P "fsconfig, fd=3, cmd=99, key=NULL, value=NULL, aux=0, "
		  "res=-22 EINVAL\n");

	EV(__NR_fsmount, 4, 3, FSMOUNT_CLOEXEC,
	   MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC | MOUNT_ATTR_NOATIME);
	CHECK_STR(tfmt(), P "fsmount, fd=3, flags=FSMOUNT_CLOEXEC, "
		  "attr_flags=MOUNT_ATTR_NODEV|MOUNT_ATTR_NOEXEC|MOUNT_ATTR_NOATIME, "
		  "res=4\n");
	EV(__NR_move_mount, 0, 4, 0x1000, (u64)AT_FDCWD, 0x2000,
	   MOVE_MOUNT_F_EMPTY_PATH);
	TCAP_STR(1, "");
	TCAP_STR(3, "/mnt");
	CHECK_STR(tfmt(), P "move_mount, from_dirfd=4, from_path=\"\", "
		  "to_dirfd=AT_FDCWD, to_path=\"/mnt\", flags=MOVE_MOUNT_F_EMPTY_PATH, "
		  "res=0\n");
	EV(__NR_open_tree, 5, (u64)AT_FDCWD, 0x1000,
	   OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE);
	TCAP_STR(1, "/mnt");
	CHECK_STR(tfmt(), P "open_tree, dirfd=AT_FDCWD, path=\"/mnt\", "
		  "flags=OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE, res=5\n");
	EV(__NR_fspick, 6, (u64)AT_FDCWD, 0x1000,
	   FSPICK_CLOEXEC | FSPICK_NO_AUTOMOUNT);
	TCAP_STR(1, "/mnt");
	CHECK_STR(tfmt(), P "fspick, dirfd=AT_FDCWD, path=\"/mnt\", "
		  "flags=FSPICK_CLOEXEC|FSPICK_NO_AUTOMOUNT, res=6\n");
	EV(__NR_mount_setattr, 0, (u64)AT_FDCWD, 0x1000, AT_RECURSIVE, 0x2000,
	   sizeof(ma));
	TCAP_STR(1, "/mnt");
	tcap(3, MYSD_CAP_BUF, 0, &ma, sizeof(ma));
	CHECK_STR(tfmt(), P "mount_setattr, dirfd=AT_FDCWD, path=\"/mnt\", "
		  "flags=AT_RECURSIVE, attr={attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_NOSUID, "
		  "attr_clr=MOUNT_ATTR_NOATIME, propagation=MS_PRIVATE, userns_fd=0}, "
		  "size=32, res=0\n");
	/* cut short (a size below the struct's first version): its pointer */
	EV(__NR_mount_setattr, -EINVAL, (u64)AT_FDCWD, 0x1000, 0, 0x2000, 16);
	TCAP_STR(1, "/mnt");
	tcap(3, MYSD_CAP_BUF, 0, &ma, 16);
	CHECK(strstr(tfmt(), ", attr=0x2000, size=16, ") != NULL);
	CHECK(MYSD_MOUNT_ATTR_SIZE == MOUNT_ATTR_SIZE_VER0);
}

static void test_quota_numa(void)
{
	EV(__NR_quotactl, 0, QCMD((u32)Q_GETQUOTA, USRQUOTA), 0x1000, 1000, 0x2000);
	TCAP_STR(1, "/dev/sda1");
	CHECK_STR(tfmt(), P "quotactl, cmd=QCMD(Q_GETQUOTA, USRQUOTA), "
		  "special=\"/dev/sda1\", id=1000, addr=0x2000, res=0\n");
	/* an unknown command in hex (as the Q_ names are), a type by number */
	EV(__NR_quotactl_fd, -EINVAL, 3, QCMD(0x5801, 7), 0, 0);
	CHECK_STR(tfmt(), P "quotactl_fd, fd=3, cmd=QCMD(0x5801, 7), id=0, "
		  "addr=NULL, res=-22 EINVAL\n");
	EV(__NR_quotactl, -ENOSYS, QCMD((u32)Q_SYNC, PRJQUOTA), 0, 0xffffffff, 0);
	CHECK_STR(tfmt(), P "quotactl, cmd=QCMD(Q_SYNC, PRJQUOTA), special=NULL, "
		  "id=-1, addr=NULL, res=-38 ENOSYS\n");

	EV(__NR_set_mempolicy, 0, MPOL_BIND | MPOL_F_STATIC_NODES, 0x1000, 65);
	CHECK_STR(tfmt(), P "set_mempolicy, mode=MPOL_BIND|MPOL_F_STATIC_NODES, "
		  "nodemask=0x1000, maxnode=65, res=0\n");
	EV(__NR_set_mempolicy, 0, MPOL_DEFAULT, 0, 0);
	CHECK_STR(tfmt(), P "set_mempolicy, mode=MPOL_DEFAULT, nodemask=NULL, "
		  "maxnode=0, res=0\n");
	EV(__NR_mbind, -EINVAL, 0x10000, 4096, MPOL_INTERLEAVE | MPOL_F_RELATIVE_NODES,
	   0x1000, 65, MPOL_MF_STRICT | MPOL_MF_MOVE);
	CHECK_STR(tfmt(), P "mbind, addr=0x10000, len=4096, "
		  "mode=MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES, nodemask=0x1000, "
		  "maxnode=65, flags=MPOL_MF_STRICT|MPOL_MF_MOVE, res=-22 EINVAL\n");
	EV(__NR_get_mempolicy, 0, 0x1000, 0, 0, 0x10000, MPOL_F_NODE | MPOL_F_ADDR);
	CHECK_STR(tfmt(), P "get_mempolicy, mode=0x1000, nodemask=NULL, maxnode=0, "
		  "addr=0x10000, flags=MPOL_F_NODE|MPOL_F_ADDR, res=0\n");
	EV(__NR_move_pages, 0, 0, 1, 0x1000, 0, 0x2000, MPOL_MF_MOVE_ALL);
	CHECK_STR(tfmt(), P "move_pages, pid=0, count=1, pages=0x1000, nodes=NULL, "
		  "status=0x2000, flags=MPOL_MF_MOVE_ALL, res=0\n");
}

static void test_sandboxes(void)
{
	struct landlock_ruleset_attr rs = {
		.handled_access_fs = LANDLOCK_ACCESS_FS_WRITE_FILE |
			LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_MAKE_SYM |
			LANDLOCK_ACCESS_FS_REFER,
	};
	struct landlock_path_beneath_attr pb = {
		.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE |
			LANDLOCK_ACCESS_FS_READ_DIR,
		.parent_fd = 4,
	};

	EV(__NR_landlock_create_ruleset, 3, 0, 0, LANDLOCK_CREATE_RULESET_VERSION);
	CHECK_STR(tfmt(), P "landlock_create_ruleset, attr=NULL, size=0, "
		  "flags=LANDLOCK_CREATE_RULESET_VERSION, res=3\n");
	EV(__NR_landlock_add_rule, -EBADF, (u64)-1, LANDLOCK_RULE_PATH_BENEATH,
	   0x1000, 0);
	CHECK_STR(tfmt(), P "landlock_add_rule, ruleset_fd=-1, "
		  "rule_type=LANDLOCK_RULE_PATH_BENEATH, rule_attr=0x1000, flags=0, "
		  "res=-9 EBADF\n");
	/* the ruleset's accesses, read no further than its size */
	EV(__NR_landlock_create_ruleset, 3, 0x1000, sizeof(rs), 0);
	tcap(0, MYSD_CAP_BUF, 0, &rs, sizeof(rs));
	CHECK_STR(tfmt(), P "landlock_create_ruleset, attr={handled_access_fs="
		  "LANDLOCK_ACCESS_FS_WRITE_FILE|LANDLOCK_ACCESS_FS_READ_FILE|"
		  "LANDLOCK_ACCESS_FS_MAKE_SYM|LANDLOCK_ACCESS_FS_REFER}, size=8, flags=0, res=3\n");
	EV(__NR_landlock_add_rule, 0, 3, LANDLOCK_RULE_PATH_BENEATH, 0x1000, 0);
	tcap(2, MYSD_CAP_BUF, 0, &pb, sizeof(pb));
	CHECK_STR(tfmt(), P "landlock_add_rule, ruleset_fd=3, "
		  "rule_type=LANDLOCK_RULE_PATH_BENEATH, rule_attr={allowed_access="
		  "LANDLOCK_ACCESS_FS_READ_FILE|LANDLOCK_ACCESS_FS_READ_DIR, parent_fd=4}, "
		  "flags=0, res=0\n");
	/* another rule type: its struct is not known, the pointer shown */
	EV(__NR_landlock_add_rule, -EINVAL, 3, 2, 0x1000, 0);
	tcap(2, MYSD_CAP_BUF, 0, &pb, sizeof(pb));
	CHECK_STR(tfmt(), P "landlock_add_rule, ruleset_fd=3, rule_type=2, "
		  "rule_attr=0x1000, flags=0, res=-22 EINVAL\n");
	CHECK(sizeof(pb) == MYSD_LANDLOCK_PATH_BENEATH_SIZE &&
	      LANDLOCK_RULE_PATH_BENEATH == MYSD_LANDLOCK_PATH_BENEATH);
	EV(__NR_pkey_alloc, -ENOSPC, 0, PKEY_DISABLE_ACCESS | PKEY_DISABLE_WRITE);
	CHECK_STR(tfmt(), P "pkey_alloc, flags=0, "
		  "access_rights=PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE, "
		  "res=-28 ENOSPC\n");
	EV(__NR_pkey_mprotect, -EINVAL, 0x10000, 4096, PROT_READ, (u64)-1);
	CHECK_STR(tfmt(), P "pkey_mprotect, addr=0x10000, len=4096, prot=PROT_READ, "
		  "pkey=-1, res=-22 EINVAL\n");
#ifdef __NR_memfd_secret
	EV(__NR_memfd_secret, 3, O_CLOEXEC);
	CHECK_STR(tfmt(), P "memfd_secret, flags=O_CLOEXEC, res=3\n");
#endif
}

/* A capget/capset event with its header and, unless NULL, its data read. */
static void cap_event(u32 nr, s64 ret, const void *hdr, const void *data)
{
	EV(nr, ret, 0x1000, data ? 0x2000 : 0);
	tcap(0, MYSD_CAP_BUF, 0, hdr, MYSD_CAPHDR_SIZE);
	if (data)
		tcap(1, MYSD_CAP_BUF, 0, data, MYSD_CAPDATA_SIZE);
}

/* capget/capset: the header, and each set's 64 capabilities by name */
static void test_capabilities(void)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2] = {
		{ 1U << CAP_CHOWN | 1U << CAP_NET_ADMIN, 1U << CAP_CHOWN |
		  1U << CAP_NET_ADMIN | 1U << CAP_SYS_ADMIN, 0 },
		{ 1U << (CAP_BPF - 32), 1U << (CAP_BPF - 32) | 1U << 31, 0 },
	};
#define SETS "{effective=CAP_CHOWN|CAP_NET_ADMIN|CAP_BPF, permitted=CAP_CHOWN|" \
	     "CAP_NET_ADMIN|CAP_SYS_ADMIN|CAP_BPF|0x8000000000000000, inheritable=0}"

	CHECK(sizeof(hdr) == MYSD_CAPHDR_SIZE && sizeof(data) == MYSD_CAPDATA_SIZE);
	cap_event(__NR_capget, 0, &hdr, data);
	CHECK_STR(tfmt(), P "capget, hdrp={version=_LINUX_CAPABILITY_VERSION_3, "
		  "pid=0}, res=0, datap=" SETS "\n");
	/* refused: the sets it was given come before res= */
	cap_event(__NR_capset, -EPERM, &hdr, data);
	CHECK_STR(tfmt(), P "capset, hdrp={version=_LINUX_CAPABILITY_VERSION_3, "
		  "pid=0}, datap=" SETS ", res=-1 EPERM\n");
#undef SETS
	/* version 1 has one struct: what follows it is not a capability */
	hdr.version = _LINUX_CAPABILITY_VERSION_1;
	hdr.pid = 120;
	cap_event(__NR_capget, 0, &hdr, data);
	CHECK_STR(tfmt(), P "capget, hdrp={version=_LINUX_CAPABILITY_VERSION_1, "
		  "pid=120}, res=0, datap={effective=CAP_CHOWN|CAP_NET_ADMIN, "
		  "permitted=CAP_CHOWN|CAP_NET_ADMIN|CAP_SYS_ADMIN, inheritable=0}\n");
	/*
	 * An unknown version is answered in the header: what the probe reads
	 * is the kernel's, not the caller's. The pointer, then.
	 */
	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	cap_event(__NR_capget, -EINVAL, &hdr, data);
	CHECK_STR(tfmt(), P "capget, hdrp=0x1000, res=-22 EINVAL\n");
	cap_event(__NR_capset, -EINVAL, &hdr, data);
	CHECK_STR(tfmt(), P "capset, hdrp=0x1000, datap={effective=CAP_CHOWN|"
		  "CAP_NET_ADMIN|CAP_BPF, permitted=CAP_CHOWN|CAP_NET_ADMIN|"
		  "CAP_SYS_ADMIN|CAP_BPF|0x8000000000000000, inheritable=0}, "
		  "res=-22 EINVAL\n");
	/* libcap's probe: datap NULL, 0 whatever the version was */
	cap_event(__NR_capget, 0, &hdr, NULL);
	CHECK_STR(tfmt(), P "capget, hdrp=0x1000, res=0, datap=NULL\n");
	/* another version than the kernel's is the caller's */
	hdr.version = _LINUX_CAPABILITY_VERSION_1;
	cap_event(__NR_capget, 0, &hdr, NULL);
	CHECK_STR(tfmt(), P "capget, hdrp={version=_LINUX_CAPABILITY_VERSION_1, "
		  "pid=120}, res=0, datap=NULL\n");
}

static void test_waits_aio(void)
{
	struct { long long s, ns; } ts64 = { 1, 500 };

	/* the mask the task waits with; the kernel's own restart code */
	EV(__NR_rt_sigsuspend, -514, 0x1000, 8);
	tcap(0, MYSD_CAP_BUF, 0, (u64[1]){ 1ULL << (SIGUSR2 - 1) }, 8);
	CHECK_STR(tfmt(), P "rt_sigsuspend, mask=[SIGUSR2], sigsetsize=8, "
		  "res=-514 ERESTARTNOHAND\n");
	EV(__NR_futex_waitv, -EINVAL, 0, 0, 0, 0x1000, CLOCK_MONOTONIC);
	tcap(3, MYSD_CAP_BUF, 0, &ts64, sizeof(ts64));
	CHECK_STR(tfmt(), P "futex_waitv, waiters=NULL, nr_futexes=0, flags=0, "
		  "timeout={tv_sec=1, tv_nsec=500}, clockid=CLOCK_MONOTONIC, "
		  "res=-22 EINVAL\n");
	EV(__NR_io_setup, 0, 8, 0x1000);
	CHECK_STR(tfmt(), P "io_setup, nr_events=8, ctx_idp=0x1000, res=0\n");
	EV(__NR_io_submit, 0, 0xb6f0d000, 0, 0);
	CHECK_STR(tfmt(), P "io_submit, ctx=0xb6f0d000, nr=0, iocbpp=NULL, res=0\n");
	EV(__NR_name_to_handle_at, 0, (u64)AT_FDCWD, 0x1000, 0x2000, 0x3000,
	   AT_EMPTY_PATH);
	TCAP_STR(1, "");
	CHECK_STR(tfmt(), P "name_to_handle_at, dirfd=AT_FDCWD, path=\"\", "
		  "handle=0x2000, mount_id=0x3000, flags=AT_EMPTY_PATH, res=0\n");
	/* 0x200 is AT_HANDLE_FID here (6.5), not AT_REMOVEDIR */
	EV(__NR_name_to_handle_at, 0, 3, 0x1000, 0x2000, 0x3000,
	   AT_EMPTY_PATH | 0x200);
	TCAP_STR(1, "");
#ifdef AT_HANDLE_FID
	CHECK_STR(tfmt(), P "name_to_handle_at, dirfd=3, path=\"\", handle=0x2000, "
		  "mount_id=0x3000, flags=AT_EMPTY_PATH|AT_HANDLE_FID, res=0\n");
#else
	CHECK_STR(tfmt(), P "name_to_handle_at, dirfd=3, path=\"\", handle=0x2000, "
		  "mount_id=0x3000, flags=AT_EMPTY_PATH|0x200, res=0\n");
#endif
	EV(__NR_open_by_handle_at, 4, 3, 0x2000, O_RDONLY | O_CLOEXEC);
	CHECK_STR(tfmt(), P "open_by_handle_at, mount_fd=3, handle=0x2000, "
		  "flags=O_RDONLY|O_CLOEXEC, res=4\n");
#ifdef __arm__
	/* 32-bit ARM's sigsuspend: its mask by value, the unused words hidden */
	EV(__NR_sigsuspend, -514, 0, 0, 0x800);
	CHECK_STR(tfmt(), P "sigsuspend, mask=0x800, res=-514 ERESTARTNOHAND\n");
	EV(__NR_chown, 0, 0x1000, 0xffffffff, 100);
	TCAP_STR(0, "f");
	CHECK_STR(tfmt(), P "chown, path=\"f\", uid=-1, gid=100, res=0\n");
#endif
}

/* struct timex in this libc's layout (the task's longs): the oracle */
static void test_timex(void)
{
	struct timex tx;

	memset(&tx, 0, sizeof(tx));
	tx.modes = ADJ_OFFSET_SINGLESHOT;
	tx.offset = -5000;
	tx.freq = 1234567;
	tx.maxerror = 16000;
	tx.esterror = 100;
	tx.status = STA_PLL | STA_UNSYNC | STA_NANO;
	tx.constant = 2;
	tx.precision = 1;
	tx.tolerance = 32768000;
	tx.time.tv_sec = 1700000000;
	tx.time.tv_usec = 250;
	tx.tick = 10000;
	CHECK(offsetof(struct timex, tick) + sizeof(tx.tick) ==
	      MYSD_TIMEX_SIZE(sizeof(long)));
	/* written back by the kernel: after res, which is the clock's state */
	EV(__NR_adjtimex, 5, 0x1000);
	tcap(0, MYSD_CAP_BUF, 0, &tx, MYSD_TIMEX_SIZE(sizeof(long)));
	CHECK_STR(tfmt(), P "adjtimex, res=5, buf={modes=ADJ_OFFSET_SINGLESHOT, "
		  "offset=-5000, freq=1234567, maxerror=16000, esterror=100, "
		  "status=STA_PLL|STA_UNSYNC|STA_NANO, constant=2, precision=1, "
		  "tolerance=32768000, time={tv_sec=1700000000, tv_usec=250}, "
		  "tick=10000, ...}\n");
	tx.modes = ADJ_OFFSET | ADJ_FREQUENCY | ADJ_STATUS;
	EV(__NR_clock_adjtime, 0, CLOCK_REALTIME, 0x1000);
	tcap(1, MYSD_CAP_BUF, 0, &tx, MYSD_TIMEX_SIZE(sizeof(long)));
	CHECK(strstr(tfmt(), P "clock_adjtime, clockid=CLOCK_REALTIME, res=0, "
		     "buf={modes=ADJ_OFFSET|ADJ_FREQUENCY|ADJ_STATUS, offset=-5000, ") != NULL);
#ifdef __arm__
	{	/* struct __kernel_timex: 64-bit words in a 32-bit task too */
		long long k[12] = { ADJ_NANO, -1, 2, 3, 4, STA_NANO, 6, 7, 8, 9, 10, 11 };

		EV(__NR_clock_adjtime64, 0, CLOCK_TAI, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, k, sizeof(k));
		CHECK_STR(tfmt(), P "clock_adjtime64, clockid=CLOCK_TAI, res=0, "
			  "buf={modes=ADJ_NANO, offset=-1, freq=2, maxerror=3, "
			  "esterror=4, status=STA_NANO, constant=6, precision=7, "
			  "tolerance=8, time={tv_sec=9, tv_usec=10}, tick=11, ...}\n");
	}
#endif
	/* refused: nothing was written back, nothing shown */
	EV(__NR_adjtimex, -EPERM, 0x1000);
	CHECK_STR(tfmt(), P "adjtimex, res=-1 EPERM\n");
}

int main(void)
{
	mysd_table_init();
	test_mount_api();
	test_quota_numa();
	test_sandboxes();
	test_capabilities();
	test_waits_aio();
	test_timex();
	return check_summary("test_format_admin");
}
