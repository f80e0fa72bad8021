/*
 * test_format_sys.c - exact lines of the system's own interfaces: files'
 * nodes, attributes and splicing, memory locking, clocks, the kernel log,
 * reboot, ids, signals to others, bpf, seccomp, keys, perf events,
 * io_uring, fanotify and POSIX queues (syscalls/flags_sys.c's sets).
 * Built for 32-bit ARM too (tests/run.sh, qemu-arm): the native table is
 * then the EABI one, with its register pairs.
 *
 * Build and run from the repo root (names fragments generated first):
 *   syscalls/gen_host_names.sh /tmp/mysd-gen
 *   gcc -Wall -Wextra -O2 -fsanitize=address,undefined -I. -I/tmp/mysd-gen
 *       tests/host/test_format_sys.c $(cat syscalls/host_sources) -o /tmp/test_format_sys
 *   /tmp/test_format_sys
 */
#define _GNU_SOURCE
#include <asm/unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <sys/sem.h>
#include <linux/sched.h>
#include <sys/swap.h>
#include <linux/reboot.h>
#include <linux/bpf.h>
#include <linux/seccomp.h>
#include <linux/keyctl.h>
#include <linux/perf_event.h>
#include <linux/io_uring.h>
#include <linux/fanotify.h>
#include <linux/kcmp.h>
#include <linux/membarrier.h>
#include <linux/ioprio.h>
#include <linux/openat2.h>
#include <linux/mount.h>
#include "tests/host/check.h"
#include "tests/host/test_format_ev.h"
#include "syscalls/sysent.h"
#include "syscalls/nr_host.h"	/* the calls newer than the host's headers */

#define P "ts=12.000300000, comm=\"cat\", tid=130, pid=130, "

static void test_files(void)
{
	struct open_how how = { O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_SYMLINKS };

	/* struct open_how: the mode only when creating, resolve when set */
	EV(__NR_openat2, 3, (u64)AT_FDCWD, 0x1000, 0x2000, sizeof(how));
	TCAP_STR(1, "/etc/passwd");
	tcap(2, MYSD_CAP_BUF, 0, &how, sizeof(how));
	CHECK_STR(tfmt(), P "openat2, dirfd=AT_FDCWD, path=\"/etc/passwd\", "
		  "how={flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_SYMLINKS}, "
		  "size=24, res=3\n");
	how.flags = O_WRONLY | O_CREAT;
	how.mode = 0600;
	how.resolve = 0;
	EV(__NR_openat2, -EEXIST, 5, 0x1000, 0x2000, sizeof(how));
	TCAP_STR(1, "f");
	tcap(2, MYSD_CAP_BUF, 0, &how, sizeof(how));
	CHECK_STR(tfmt(), P "openat2, dirfd=5, path=\"f\", "
		  "how={flags=O_WRONLY|O_CREAT, mode=0600}, size=24, res=-17 EEXIST\n");
	/* a struct cut short (an unreadable tail) prints as its pointer */
	EV(__NR_openat2, -EFAULT, 5, 0x1000, 0x2000, sizeof(how));
	TCAP_STR(1, "f");
	tcap(2, MYSD_CAP_BUF, 0, &how, 16);
	CHECK(strstr(tfmt(), "how=0x2000") != NULL);
	CHECK(MYSD_OPEN_HOW_SIZE == sizeof(how));

	/* dev only for a device, as strace: the kernel reads it for no other */
	EV(__NR_mknodat, 0, (u64)AT_FDCWD, 0x1000, S_IFIFO | 0600, 0x1234);
	TCAP_STR(1, "fifo");
	CHECK_STR(tfmt(), P "mknodat, dirfd=AT_FDCWD, path=\"fifo\", "
		  "mode=S_IFIFO|0600, res=0\n");
	/* no type: a regular file, as mknod(2) takes it */
	EV(__NR_mknodat, -EEXIST, 3, 0x1000, 0644, 0x801);
	TCAP_STR(1, "f");
	CHECK_STR(tfmt(), P "mknodat, dirfd=3, path=\"f\", mode=0644, "
		  "res=-17 EEXIST\n");
	EV(__NR_mknodat, 0, (u64)AT_FDCWD, 0x1000, S_IFSOCK | 0600, 0);
	TCAP_STR(1, "s");
	CHECK_STR(tfmt(), P "mknodat, dirfd=AT_FDCWD, path=\"s\", "
		  "mode=S_IFSOCK|0600, res=0\n");
	/* /dev/null's 1:3; new_decode_dev()'s split of 32 bits, 0 as 0 */
	EV(__NR_mknodat, 0, (u64)AT_FDCWD, 0x1000, S_IFCHR | 0666, 0x103);
	TCAP_STR(1, "null");
	CHECK_STR(tfmt(), P "mknodat, dirfd=AT_FDCWD, path=\"null\", "
		  "mode=S_IFCHR|0666, dev=makedev(0x1, 0x3), res=0\n");
	EV(__NR_mknodat, -EEXIST, 3, 0x1000, S_IFBLK | 0600, 0);
	TCAP_STR(1, "b");
	CHECK_STR(tfmt(), P "mknodat, dirfd=3, path=\"b\", mode=S_IFBLK|0600, "
		  "dev=makedev(0, 0), res=-17 EEXIST\n");
	/* major 0x234 and minor 0x56789 (glibc's makedev(0x1234, 0x56789)) */
	EV(__NR_mknodat, 0, 3, 0x1000, S_IFBLK | 0600, 0x56723489);
	TCAP_STR(1, "b");
	CHECK_STR(tfmt(), P "mknodat, dirfd=3, path=\"b\", mode=S_IFBLK|0600, "
		  "dev=makedev(0x234, 0x56789), res=0\n");
	/* the kernel's dev is 32 bits: the rest of the register is not read */
	EV(__NR_mknodat, 0, 3, 0x1000, S_IFCHR | 0600, 0xffffffffffffffffULL);
	TCAP_STR(1, "c");
	CHECK_STR(tfmt(), P "mknodat, dirfd=3, path=\"c\", mode=S_IFCHR|0600, "
		  "dev=makedev(0xfff, 0xfffff), res=0\n");
#ifdef __NR_mknod
	EV(__NR_mknod, 0, 0x1000, S_IFCHR | 0600, 0x10203);
	TCAP_STR(0, "c");
	CHECK_STR(tfmt(), P "mknod, path=\"c\", mode=S_IFCHR|0600, "
		  "dev=makedev(0x102, 0x3), res=0\n");
	EV(__NR_mknod, 0, 0x1000, S_IFIFO | 0600, 0x10203);
	TCAP_STR(0, "f");
	CHECK_STR(tfmt(), P "mknod, path=\"f\", mode=S_IFIFO|0600, res=0\n");
#endif

	EV(__NR_setxattr, 0, 0x1000, 0x2000, 0x3000, 2, XATTR_CREATE);
	TCAP_STR(0, "f");
	TCAP_STR(1, "trusted.k");
	tcap(2, MYSD_CAP_BUF, 0, "v1", 2);
	CHECK_STR(tfmt(), P "setxattr, path=\"f\", name=\"trusted.k\", value=\"v1\", "
		  "size=2, flags=XATTR_CREATE, res=0\n");
	EV(__NR_fgetxattr, 2, 3, 0x2000, 0x3000, 16);
	TCAP_STR(1, "trusted.k");
	tcap(2, MYSD_CAP_BUF, 0, "v1", 2);
	CHECK_STR(tfmt(), P "fgetxattr, fd=3, name=\"trusted.k\", size=16, res=2, "
		  "value=\"v1\"\n");
	/* the list is names, each ended by a NUL */
	EV(__NR_llistxattr, 10, 0x1000, 0x2000, 64);
	TCAP_STR(0, "f");
	tcap(1, MYSD_CAP_BUF, 0, "trusted.k", 10);
	CHECK_STR(tfmt(), P "llistxattr, path=\"f\", size=64, res=10, "
		  "list=\"trusted.k\\x00\"\n");
	EV(__NR_lremovexattr, -ENODATA, 0x1000, 0x2000);
	TCAP_STR(0, "f");
	TCAP_STR(1, "user.none");
	CHECK_STR(tfmt(), P "lremovexattr, path=\"f\", name=\"user.none\", "
		  "res=-61 ENODATA\n");

	EV(__NR_splice, 5, 3, 0, 4, 0x1000, 5, SPLICE_F_MOVE | SPLICE_F_MORE | 0x40);
	CHECK_STR(tfmt(), P "splice, fd_in=3, off_in=NULL, fd_out=4, off_out=0x1000, "
		  "len=5, flags=SPLICE_F_MOVE|SPLICE_F_MORE|0x40, res=5\n");
	EV(__NR_tee, 0, 3, 4, 65536, SPLICE_F_NONBLOCK);
	CHECK_STR(tfmt(), P "tee, fd_in=3, fd_out=4, len=65536, "
		  "flags=SPLICE_F_NONBLOCK, res=0\n");
	EV(__NR_copy_file_range, 3, 3, 0, 4, 0, 3, 0);
	CHECK_STR(tfmt(), P "copy_file_range, fd_in=3, off_in=NULL, fd_out=4, "
		  "off_out=NULL, len=3, flags=0, res=3\n");
	EV(__NR_swapon, -ENOENT, 0x1000, SWAP_FLAG_PREFER | SWAP_FLAG_DISCARD | 5);
	TCAP_STR(0, "/dev/sda2");
	CHECK_STR(tfmt(), P "swapon, path=\"/dev/sda2\", "
		  "flags=SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|0x5, res=-2 ENOENT\n");
#ifdef __arm__
	/* the EABI's 64-bit values in register pairs, low word first */
	EV(__NR_truncate64, 0, 0x1000, 0, 3, 1);
	TCAP_STR(0, "f");
	CHECK_STR(tfmt(), P "truncate64, path=\"f\", length_lo=0x3, "
		  "length_hi=0x1, res=0\n");
	EV(__NR_arm_fadvise64_64, 0, 3, POSIX_FADV_SEQUENTIAL, 0, 0, 4096, 0);
	CHECK_STR(tfmt(), P "arm_fadvise64_64, fd=3, advice=POSIX_FADV_SEQUENTIAL, "
		  "offset_lo=0x0, offset_hi=0x0, len_lo=0x1000, len_hi=0x0, res=0\n");
	EV(__NR_arm_sync_file_range, 0, 3, SYNC_FILE_RANGE_WRITE, 0, 0, 4096, 0);
	CHECK_STR(tfmt(), P "arm_sync_file_range, fd=3, flags=SYNC_FILE_RANGE_WRITE, "
		  "offset_lo=0x0, offset_hi=0x0, nbytes_lo=0x1000, nbytes_hi=0x0, "
		  "res=0\n");
	EV(__NR_readahead, 0, 3, 0, 0x1000, 0, 4096);
	CHECK_STR(tfmt(), P "readahead, fd=3, offset_lo=0x1000, offset_hi=0x0, "
		  "count=4096, res=0\n");
#else
	EV(__NR_truncate, 0, 0x1000, 3);
	TCAP_STR(0, "f");
	CHECK_STR(tfmt(), P "truncate, path=\"f\", length=3, res=0\n");
	EV(__NR_fadvise64, 0, 3, 0, 0, POSIX_FADV_DONTNEED);
	CHECK_STR(tfmt(), P "fadvise64, fd=3, offset=0, len=0, "
		  "advice=POSIX_FADV_DONTNEED, res=0\n");
	EV(__NR_sync_file_range, 0, 3, 0, 4096,
	   SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE);
	CHECK_STR(tfmt(), P "sync_file_range, fd=3, offset=0, nbytes=4096, "
		  "flags=SYNC_FILE_RANGE_WAIT_BEFORE|SYNC_FILE_RANGE_WRITE, res=0\n");
	EV(__NR_readahead, 0, 3, 4096, 4096);
	CHECK_STR(tfmt(), P "readahead, fd=3, offset=4096, count=4096, res=0\n");
#endif
}

static void test_memory_and_system(void)
{
	u64 set = 1ULL << (SIGUSR2 - 1);
	long tv[2] = { 5, 250 };
	s32 cpu = 1, node = 0;

	EV(__NR_msync, 0, 0x1000, 4096, MS_ASYNC | MS_INVALIDATE);
	CHECK_STR(tfmt(), P "msync, addr=0x1000, len=4096, "
		  "flags=MS_ASYNC|MS_INVALIDATE, res=0\n");
	EV(__NR_mlock2, 0, 0x1000, 4096, MLOCK_ONFAULT);
	CHECK_STR(tfmt(), P "mlock2, addr=0x1000, len=4096, flags=MLOCK_ONFAULT, res=0\n");
	EV(__NR_mlockall, -ENOMEM, MCL_CURRENT | MCL_FUTURE);
	CHECK_STR(tfmt(), P "mlockall, flags=MCL_CURRENT|MCL_FUTURE, res=-12 ENOMEM\n");
	EV(__NR_membarrier, 0x1ff, MEMBARRIER_CMD_QUERY, 0, 0);
	CHECK_STR(tfmt(), P "membarrier, cmd=MEMBARRIER_CMD_QUERY, flags=0, "
		  "cpu_id=0, res=511\n");

	EV(__NR_reboot, -EINVAL, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
	   LINUX_REBOOT_CMD_POWER_OFF, 0);
	CHECK_STR(tfmt(), P "reboot, magic1=0xfee1dead, magic2=0x28121969, "
		  "cmd=LINUX_REBOOT_CMD_POWER_OFF, arg=NULL, res=-22 EINVAL\n");
	/* glibc passes magic1 as an int: sign-extended in the register */
	EV(__NR_reboot, -EPERM, (u64)(s64)(s32)LINUX_REBOOT_MAGIC1,
	   LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART, 0);
	CHECK_STR(tfmt(), P "reboot, magic1=0xfee1dead, magic2=0x28121969, "
		  "cmd=LINUX_REBOOT_CMD_RESTART, arg=NULL, res=-1 EPERM\n");
	EV(__NR_syslog, 131072, 10, 0, 0);
	CHECK_STR(tfmt(), P "syslog, type=SYSLOG_ACTION_SIZE_BUFFER, len=0, "
		  "res=131072, buf=NULL\n");
	EV(__NR_syslog, 3, 3, 0x1000, 64);
	tcap(1, MYSD_CAP_BUF, 0, "<6>", 3);
	CHECK_STR(tfmt(), P "syslog, type=SYSLOG_ACTION_READ_ALL, len=64, "
		  "res=3, buf=\"<6>\"\n");
	EV(__NR_sethostname, 0, 0x1000, 4);
	tcap(0, MYSD_CAP_BUF, 0, "mysd", 4);
	CHECK_STR(tfmt(), P "sethostname, name=\"mysd\", len=4, res=0\n");
	/* len is an int: a negative one fails, and nothing was read */
	EV(__NR_sethostname, -EINVAL, 0x1000, (u32)-1);
	CHECK_STR(tfmt(), P "sethostname, name=0x1000, len=-1, res=-22 EINVAL\n");
	/* the persona's type and flags, the query as a number, as strace */
	EV(__NR_personality, 0, 0xffffffff);
	CHECK_STR(tfmt(), P "personality, persona=0xffffffff, res=0x0 PER_LINUX\n");
	EV(__NR_personality, 0x40008, 0);
	CHECK_STR(tfmt(), P "personality, persona=PER_LINUX, "
		  "res=0x40008 PER_LINUX32|ADDR_NO_RANDOMIZE\n");
	EV(__NR_personality, 0, 0x8);
	CHECK_STR(tfmt(), P "personality, persona=PER_LINUX32, res=0x0 PER_LINUX\n");
	EV(__NR_personality, 0x1234ff, 0x812345);
	CHECK_STR(tfmt(), P "personality, persona=0x45|ADDR_LIMIT_32BIT|0x12300, "
		  "res=0x1234ff PER_MASK|UNAME26|MMAP_PAGE_ZERO|0x3400\n");
	/* a type without a name: the result's number alone */
	EV(__NR_personality, 0x812345, 0x4000000);
	CHECK_STR(tfmt(), P "personality, persona=PER_LINUX|STICKY_TIMEOUTS, "
		  "res=0x812345\n");
	/*
	 * the query's own value as a 64-bit kernel's result (the fuzz's
	 * find): no name; a 32-bit kernel's long is -1, an error
	 */
	EV(__NR_personality, 0xffffffff, 0);
	CHECK_STR(tfmt(), sizeof(long) == 8 ?
		  P "personality, persona=PER_LINUX, res=0xffffffff\n" :
		  P "personality, persona=PER_LINUX, res=-1 EPERM\n");
	/* an I/O priority's class and data, as strace */
	EV(__NR_ioprio_get, 0x4004, IOPRIO_WHO_PROCESS, 0);
	CHECK_STR(tfmt(), P "ioprio_get, which=IOPRIO_WHO_PROCESS, who=0, "
		  "res=16388 IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)\n");
	EV(__NR_ioprio_get, 0, IOPRIO_WHO_PGRP, 0);
	CHECK_STR(tfmt(), P "ioprio_get, which=IOPRIO_WHO_PGRP, who=0, "
		  "res=0 IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0)\n");
	EV(__NR_ioprio_get, -ESRCH, IOPRIO_WHO_PROCESS, 99999);
	CHECK_STR(tfmt(), P "ioprio_get, which=IOPRIO_WHO_PROCESS, who=99999, "
		  "res=-3 ESRCH\n");
	EV(__NR_ioprio_set, 0, IOPRIO_WHO_PROCESS, 0, 2 << 13 | 4);
	CHECK_STR(tfmt(), P "ioprio_set, which=IOPRIO_WHO_PROCESS, who=0, "
		  "ioprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), res=0\n");
	EV(__NR_ioprio_set, 0, IOPRIO_WHO_PROCESS, 0, 3 << 13);
	CHECK_STR(tfmt(), P "ioprio_set, which=IOPRIO_WHO_PROCESS, who=0, "
		  "ioprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_IDLE, 0), res=0\n");
	EV(__NR_ioprio_set, 0, IOPRIO_WHO_USER, 0, 1 << 13 | 7);
	CHECK_STR(tfmt(), P "ioprio_set, which=IOPRIO_WHO_USER, who=0, "
		  "ioprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 7), res=0\n");
	/* a class no name has in hex, its bits above unmasked, as strace */
	EV(__NR_ioprio_set, -EINVAL, IOPRIO_WHO_PROCESS, 0, 0xffffffff);
	CHECK_STR(tfmt(), P "ioprio_set, which=IOPRIO_WHO_PROCESS, who=0, "
		  "ioprio=IOPRIO_PRIO_VALUE(0x7ffff, 8191), res=-22 EINVAL\n");
	EV(__NR_kcmp, 0, 1, 2, KCMP_FILE, 3, 4);
	CHECK_STR(tfmt(), P "kcmp, pid1=1, pid2=2, type=KCMP_FILE, idx1=0x3, "
		  "idx2=0x4, res=0\n");

	EV(__NR_settimeofday, 0, 0x1000, 0);
	tcap(0, MYSD_CAP_BUF, 0, tv, sizeof(tv));
	CHECK_STR(tfmt(), P "settimeofday, tv={tv_sec=5, tv_usec=250}, tz=NULL, res=0\n");
	{
		long ts[2] = { 0, 1 };

		EV(__NR_clock_getres, 0, CLOCK_MONOTONIC, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, ts, sizeof(ts));
		CHECK_STR(tfmt(), P "clock_getres, clockid=CLOCK_MONOTONIC, res=0, "
			  "resolution={tv_sec=0, tv_nsec=1}\n");
	}
	EV(__NR_getcpu, 0, 0x1000, 0x1004, 0);
	tcap(0, MYSD_CAP_BUF, 0, &cpu, sizeof(cpu));
	tcap(1, MYSD_CAP_BUF, 0, &node, sizeof(node));
	CHECK_STR(tfmt(), P "getcpu, tcache=NULL, res=0, cpu=1, node=0\n");
	EV(__NR_rt_sigpending, 0, 0x1000, 8);
	tcap(0, MYSD_CAP_BUF, 0, &set, sizeof(set));
	CHECK_STR(tfmt(), P "rt_sigpending, sigsetsize=8, res=0, set=[SIGUSR2]\n");
	EV(__NR_rt_sigpending, -EFAULT, 0x10, 8);
	CHECK_STR(tfmt(), P "rt_sigpending, sigsetsize=8, res=-14 EFAULT\n");

	/* -1 keeps an id; others are unsigned */
	EV(__NR_setreuid, 0, (u32)-1, 1000);
	CHECK_STR(tfmt(), P "setreuid, ruid=-1, euid=1000, res=0\n");
	EV(__NR_setfsgid, 0, 0xfffffffe);
#ifdef __arm__	/* 32-bit ARM's call without "32" takes the low 16 bits */
	CHECK_STR(tfmt(), P "setfsgid, fsgid=65534, res=0\n");
#else
	CHECK_STR(tfmt(), P "setfsgid, fsgid=4294967294, res=0\n");
#endif
	EV(__NR_pidfd_send_signal, 0, 3, SIGTERM, 0, 0);
	CHECK_STR(tfmt(), P "pidfd_send_signal, pidfd=3, sig=SIGTERM, info=NULL, "
		  "flags=0, res=0\n");
	/* PIDFD_NONBLOCK and PIDFD_THREAD are O_NONBLOCK and O_EXCL */
	EV(__NR_pidfd_open, 4, 120, O_NONBLOCK);
	CHECK_STR(tfmt(), P "pidfd_open, pid=120, flags=PIDFD_NONBLOCK, res=4\n");
	EV(__NR_pidfd_open, -EINVAL, 120, O_EXCL | 1);
	CHECK_STR(tfmt(), P "pidfd_open, pid=120, flags=PIDFD_THREAD|0x1, "
		  "res=-22 EINVAL\n");
	EV(__NR_pidfd_open, 4, 120, 0);
	CHECK_STR(tfmt(), P "pidfd_open, pid=120, flags=0, res=4\n");
}

static void test_security(void)
{
	union { u32 w[16]; char c[64]; } ba;

	/* bpf's attr: a map's and a program's creation, by the command */
	memset(&ba, 0, sizeof(ba));
	ba.w[0] = BPF_MAP_TYPE_HASH;
	ba.w[1] = 4;
	ba.w[2] = 8;
	ba.w[3] = 1024;
	ba.w[4] = BPF_F_NO_PREALLOC;
	memcpy(ba.c + 28, "pids", 4);
	EV(__NR_bpf, 3, BPF_MAP_CREATE, 0x1000, 120);
	tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, &ba, sizeof(ba));
	CHECK_STR(tfmt(), P "bpf, cmd=BPF_MAP_CREATE, attr={map_type=BPF_MAP_TYPE_HASH, "
		  "key_size=4, value_size=8, max_entries=1024, map_flags=0x1, "
		  "map_name=\"pids\"}, size=120, res=3\n");
	/* a caller's size short of map_name: the fields it holds */
	EV(__NR_bpf, 3, BPF_MAP_CREATE, 0x1000, 20);
	tcap(1, MYSD_CAP_BUF, 0, &ba, 20);
	CHECK_STR(tfmt(), P "bpf, cmd=BPF_MAP_CREATE, attr={map_type=BPF_MAP_TYPE_HASH, "
		  "key_size=4, value_size=8, max_entries=1024, map_flags=0x1}, "
		  "size=20, res=3\n");
	memset(&ba, 0, sizeof(ba));
	ba.w[0] = BPF_PROG_TYPE_KPROBE;
	ba.w[1] = 12;
	memcpy(ba.c + 48, "trace_open", 10);
	EV(__NR_bpf, 4, BPF_PROG_LOAD, 0x1000, 128);
	tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, &ba, sizeof(ba));
	CHECK_STR(tfmt(), P "bpf, cmd=BPF_PROG_LOAD, attr={prog_type=BPF_PROG_TYPE_KPROBE, "
		  "insn_cnt=12, prog_flags=0x0, prog_name=\"trace_open\"}, size=128, "
		  "res=4\n");
	/* other commands: the pointer */
	EV(__NR_bpf, 0, BPF_OBJ_GET_INFO_BY_FD, 0x1000, 16);
	tcap(1, MYSD_CAP_BUF, 0, &ba, 16);
	CHECK_STR(tfmt(), P "bpf, cmd=BPF_OBJ_GET_INFO_BY_FD, attr=0x1000, size=16, "
		  "res=0\n");
	CHECK(MYSD_BPF_ATTR_MAX == offsetof(union bpf_attr, prog_name) + 16);
	CHECK(offsetof(union bpf_attr, map_name) == 28);

	EV(__NR_bpf, -EPERM, BPF_PROG_LOAD, 0x1000, 128);
	CHECK_STR(tfmt(), P "bpf, cmd=BPF_PROG_LOAD, attr=0x1000, size=128, "
		  "res=-1 EPERM\n");
	EV(__NR_bpf, -EINVAL, 999, 0, 0);
	CHECK_STR(tfmt(), P "bpf, cmd=999, attr=NULL, size=0, res=-22 EINVAL\n");
	EV(__NR_seccomp, 0, SECCOMP_SET_MODE_FILTER,
	   SECCOMP_FILTER_FLAG_TSYNC | SECCOMP_FILTER_FLAG_LOG, 0x1000);
	CHECK_STR(tfmt(), P "seccomp, op=SECCOMP_SET_MODE_FILTER, "
		  "flags=SECCOMP_FILTER_FLAG_TSYNC|SECCOMP_FILTER_FLAG_LOG, "
		  "args=0x1000, res=0\n");
	/* a keyring as libc passes it: a negative int, sign-extended */
	EV(__NR_keyctl, 0x1234, KEYCTL_GET_KEYRING_ID,
	   (u64)(long)KEY_SPEC_SESSION_KEYRING, 1);
	CHECK_STR(tfmt(), P "keyctl, op=KEYCTL_GET_KEYRING_ID, "
		  "arg2=KEY_SPEC_SESSION_KEYRING, arg3=0x1, arg4=0x0, arg5=0x0, "
		  "res=4660\n");
	EV(__NR_keyctl, 10, KEYCTL_READ, 4660, 0x1000, 64);
	CHECK_STR(tfmt(), P "keyctl, op=KEYCTL_READ, arg2=4660, arg3=0x1000, "
		  "arg4=0x40, arg5=0x0, res=10\n");
	/* the operations whose second argument is not a key */
	EV(__NR_keyctl, 7, KEYCTL_JOIN_SESSION_KEYRING, 0xffffb000);
	CHECK_STR(tfmt(), P "keyctl, op=KEYCTL_JOIN_SESSION_KEYRING, arg2=0xffffb000, "
		  "arg3=0x0, arg4=0x0, arg5=0x0, res=7\n");
#ifdef KEYCTL_PKEY_SIGN
	/* the public key operations take a struct keyctl_pkey_params */
	EV(__NR_keyctl, 64, KEYCTL_PKEY_SIGN, 0xbeef1000, 0x1000, 0x2000, 0x3000);
	CHECK_STR(tfmt(), P "keyctl, op=KEYCTL_PKEY_SIGN, arg2=0xbeef1000, "
		  "arg3=0x1000, arg4=0x2000, arg5=0x3000, res=64\n");
#endif
	/* request_key()'s default keyring, not a key: -1 is NO_CHANGE */
	EV(__NR_keyctl, 0, KEYCTL_SET_REQKEY_KEYRING, (u32)-1);
	CHECK_STR(tfmt(), P "keyctl, op=KEYCTL_SET_REQKEY_KEYRING, "
		  "arg2=KEY_REQKEY_DEFL_NO_CHANGE, arg3=0x0, arg4=0x0, arg5=0x0, res=0\n");
	EV(__NR_keyctl, 0, KEYCTL_SET_REQKEY_KEYRING, 7);
	CHECK_STR(tfmt(), P "keyctl, op=KEYCTL_SET_REQKEY_KEYRING, "
		  "arg2=KEY_REQKEY_DEFL_REQUESTOR_KEYRING, arg3=0x0, arg4=0x0, arg5=0x0, res=0\n");
	EV(__NR_keyctl, 7, KEYCTL_GET_PERSISTENT, (u32)-1, 5);
	CHECK_STR(tfmt(), P "keyctl, op=KEYCTL_GET_PERSISTENT, arg2=-1, arg3=0x5, "
		  "arg4=0x0, arg5=0x0, res=7\n");
	EV(__NR_add_key, 5, 0x1000, 0x2000, 0x3000, 6,
	   (u64)(long)KEY_SPEC_PROCESS_KEYRING);
	TCAP_STR(0, "user");
	TCAP_STR(1, "k");
	tcap(2, MYSD_CAP_BUF, 0, "secret", 6);
	CHECK_STR(tfmt(), P "add_key, type=\"user\", description=\"k\", "
		  "payload=\"secret\", plen=6, keyring=KEY_SPEC_PROCESS_KEYRING, "
		  "res=5\n");
	EV(__NR_request_key, -ENOKEY, 0x1000, 0x2000, 0, 0);
	TCAP_STR(0, "user");
	TCAP_STR(1, "none");
	CHECK_STR(tfmt(), P "request_key, type=\"user\", description=\"none\", "
		  "callout_info=NULL, dest_keyring=0, res=-126 ENOKEY\n");
	{
		struct perf_event_attr pa = { .type = PERF_TYPE_SOFTWARE,
					      .size = 128,
					      .config = PERF_COUNT_SW_TASK_CLOCK };

		EV(__NR_perf_event_open, 3, 0x1000, 0, (u64)-1, (u64)-1,
		   PERF_FLAG_FD_CLOEXEC);
		tcap(0, MYSD_CAP_BUF, 0, &pa, MYSD_PERF_ATTR_HEAD);
		CHECK_STR(tfmt(), P "perf_event_open, attr={type=PERF_TYPE_SOFTWARE, "
			  "size=128, config=0x1}, pid=0, cpu=-1, group_fd=-1, "
			  "flags=PERF_FLAG_FD_CLOEXEC, res=3\n");
		CHECK(offsetof(struct perf_event_attr, config) + 8 ==
		      MYSD_PERF_ATTR_HEAD);
	}
	EV(__NR_userfaultfd, 3, O_CLOEXEC | O_NONBLOCK);
	CHECK_STR(tfmt(), P "userfaultfd, flags=O_CLOEXEC|O_NONBLOCK, res=3\n");
	EV(__NR_fanotify_init, 3, FAN_CLASS_CONTENT | FAN_CLOEXEC, O_RDONLY | O_CLOEXEC);
	CHECK_STR(tfmt(), P "fanotify_init, flags=FAN_CLASS_CONTENT|FAN_CLOEXEC, "
		  "event_f_flags=O_RDONLY|O_CLOEXEC, res=3\n");
	EV(__NR_fanotify_init, 3, FAN_NONBLOCK, 0);
	CHECK_STR(tfmt(), P "fanotify_init, flags=FAN_CLASS_NOTIF|FAN_NONBLOCK, "
		  "event_f_flags=O_RDONLY, res=3\n");
#ifdef __arm__
	EV(__NR_fanotify_mark, 0, 3, FAN_MARK_ADD | FAN_MARK_MOUNT,
	   FAN_OPEN | FAN_CLOSE_WRITE, 0, (u32)AT_FDCWD, 0x1000);
	TCAP_STR(5, "/");
	CHECK_STR(tfmt(), P "fanotify_mark, fd=3, flags=FAN_MARK_ADD|FAN_MARK_MOUNT, "
		  "mask_lo=FAN_CLOSE_WRITE|FAN_OPEN, mask_hi=0x0, dirfd=AT_FDCWD, "
		  "path=\"/\", res=0\n");
#else
	EV(__NR_fanotify_mark, 0, 3, FAN_MARK_ADD | FAN_MARK_MOUNT,
	   FAN_OPEN | FAN_CLOSE_WRITE, (u64)AT_FDCWD, 0x1000);
	TCAP_STR(4, "/");
	CHECK_STR(tfmt(), P "fanotify_mark, fd=3, flags=FAN_MARK_ADD|FAN_MARK_MOUNT, "
		  "mask=FAN_CLOSE_WRITE|FAN_OPEN, dirfd=AT_FDCWD, path=\"/\", res=0\n");
#endif
	EV(__NR_io_uring_enter, 1, 4, 1, 1, IORING_ENTER_GETEVENTS, 0, 0);
	CHECK_STR(tfmt(), P "io_uring_enter, fd=4, to_submit=1, min_complete=1, "
		  "flags=IORING_ENTER_GETEVENTS, arg=NULL, argsz=0, res=1\n");
	EV(__NR_io_uring_register, 0, 4, IORING_REGISTER_FILES, 0x1000, 2);
	CHECK_STR(tfmt(), P "io_uring_register, fd=4, opcode=IORING_REGISTER_FILES, "
		  "arg=0x1000, nr_args=2, res=0\n");
}

/* semop's operations and sched_setattr's struct, as strace shows them. */
static void test_sem_sched(void)
{
	struct sembuf ops[9];
	struct {
		u32 size, policy;
		u64 flags;
		s32 nice;
		u32 prio;
		u64 runtime, deadline, period;
	} attr = { 48, SCHED_DEADLINE, SCHED_FLAG_RESET_ON_FORK | 0x100, -5, 0,
		   1000000, 5000000, 10000000 };
	unsigned int i;

	for (i = 0; i < 9; i++) {
		ops[i].sem_num = i;
		ops[i].sem_op = -1;
		ops[i].sem_flg = i ? IPC_NOWAIT | SEM_UNDO : 0;
	}
	EV(__NR_semop, 0, 3, 0x1000, 2);
	tcap(1, MYSD_CAP_BUF, 0, ops, 2 * sizeof(ops[0]));
	CHECK_STR(tfmt(), P "semop, semid=3, sops=[{sem_num=0, sem_op=-1, sem_flg=0}, "
		  "{sem_num=1, sem_op=-1, sem_flg=IPC_NOWAIT|SEM_UNDO}], nsops=2, res=0\n");
	/* the first eight of nine, and "..." */
	EV(__NR_semop, -EAGAIN, 3, 0x1000, 9);
	tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, ops, 8 * sizeof(ops[0]));
	CHECK(strstr(tfmt(), "{sem_num=7, sem_op=-1, sem_flg=IPC_NOWAIT|SEM_UNDO}]..., "
		     "nsops=9, res=-11 EAGAIN\n") != NULL);
	CHECK(MYSD_SEMBUF_SIZE == sizeof(ops[0]));

	EV(__NR_sched_setattr, 0, 0, 0x1000, 0);
	tcap(1, MYSD_CAP_BUF, 0, &attr, sizeof(attr));
	CHECK_STR(tfmt(), P "sched_setattr, pid=0, attr={size=48, "
		  "sched_policy=SCHED_DEADLINE, "
		  "sched_flags=SCHED_FLAG_RESET_ON_FORK|0x100, sched_nice=-5, "
		  "sched_priority=0, sched_runtime=1000000, sched_deadline=5000000, "
		  "sched_period=10000000}, flags=0, res=0\n");
	CHECK(MYSD_SCHED_ATTR_SIZE == sizeof(attr));
	EV(__NR_sched_getattr, -EINVAL, 0, 0x1000, 8, 0);
	CHECK_STR(tfmt(), P "sched_getattr, pid=0, size=8, flags=0, res=-22 EINVAL\n");
}

static void test_mq(void)
{
	EV(__NR_mq_open, 3, 0x1000, O_RDWR | O_CREAT, 0600, 0);
	TCAP_STR(0, "mysd");
	CHECK_STR(tfmt(), P "mq_open, name=\"mysd\", oflag=O_RDWR|O_CREAT, mode=0600, "
		  "attr=NULL, res=3\n");
	EV(__NR_mq_open, 3, 0x1000, O_RDONLY, 0600, 0);
	TCAP_STR(0, "mysd");
	CHECK_STR(tfmt(), P "mq_open, name=\"mysd\", oflag=O_RDONLY, attr=NULL, res=3\n");
	EV(__NR_mq_timedsend, 0, 3, 0x1000, 2, 1, 0);
	tcap(1, MYSD_CAP_BUF, 0, "hi", 2);
	CHECK_STR(tfmt(), P "mq_timedsend, mqdes=3, msg=\"hi\", len=2, prio=1, "
		  "timeout=NULL, res=0\n");
	EV(__NR_mq_timedreceive, 2, 3, 0x1000, 8192, 0x2000, 0);
	tcap(1, MYSD_CAP_BUF, 0, "hi", 2);
	CHECK_STR(tfmt(), P "mq_timedreceive, mqdes=3, len=8192, prio=0x2000, "
		  "timeout=NULL, res=2, msg=\"hi\"\n");
	EV(__NR_mq_unlink, -ENOENT, 0x1000);
	TCAP_STR(0, "mysd");
	CHECK_STR(tfmt(), P "mq_unlink, name=\"mysd\", res=-2 ENOENT\n");
}

/* Linux 6.5 to 6.15's calls: numbered on the host by syscalls/nr_host.h */
static void test_recent(void)
{
	static const u64 range[2] = { 0, 4096 }, range2[2] = { 8192, 0 };
	static const u64 cstat[5] = { 1, 2, 0, 3, 4 };
	static const s64 ts[2] = { 1, 500 };
	static const u64 attr[4] = { MOUNT_ATTR_RDONLY, 0, 0, 0 };

	/* cachestat: the range read, the counts written back */
	EV(__NR_cachestat, 0, 3, 0x1000, 0x2000, 0);
	tcap(1, MYSD_CAP_BUF, 0, range, sizeof(range));
	tcap(2, MYSD_CAP_BUF, 0, cstat, sizeof(cstat));
	CHECK_STR(tfmt(), P "cachestat, fd=3, cstat_range={off=0, len=4096}, "
		  "flags=0, res=0, cstat={nr_cache=1, nr_dirty=2, "
		  "nr_writeback=0, nr_evicted=3, nr_recently_evicted=4}\n");
	EV(__NR_cachestat, -EBADF, 9, 0x1000, 0x2000, 0);
	tcap(1, MYSD_CAP_BUF, 0, range2, sizeof(range2));
	CHECK_STR(tfmt(), P "cachestat, fd=9, cstat_range={off=0x2000, len=0}, "
		  "flags=0, res=-9 EBADF\n");
	/* a range cut short prints as its pointer */
	EV(__NR_cachestat, -EFAULT, 3, 0x1000, 0x2000, 0);
	tcap(1, MYSD_CAP_BUF, 0, range, 8);
	CHECK_STR(tfmt(), P "cachestat, fd=3, cstat_range=0x1000, flags=0, "
		  "res=-14 EFAULT\n");

	EV(__NR_fchmodat2, 0, (u64)AT_FDCWD, 0x1000, 0640,
	   AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH);
	TCAP_STR(1, "f");
	CHECK_STR(tfmt(), P "fchmodat2, dirfd=AT_FDCWD, path=\"f\", mode=0640, "
		  "flags=AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH, res=0\n");
	EV(__NR_fchmodat2, -EOPNOTSUPP, 3, 0x1000, 0600, AT_SYMLINK_NOFOLLOW);
	TCAP_STR(1, "l");
	CHECK_STR(tfmt(), P "fchmodat2, dirfd=3, path=\"l\", mode=0600, "
		  "flags=AT_SYMLINK_NOFOLLOW, res=-95 EOPNOTSUPP\n");

	EV(__NR_map_shadow_stack, -ENOSYS, 0, 4096, 1);
	CHECK_STR(tfmt(), P "map_shadow_stack, addr=NULL, len=4096, "
		  "flags=SHADOW_STACK_SET_TOKEN, res=-38 ENOSYS\n");
	EV(__NR_map_shadow_stack, 0x7f000000, 0, 8192, 3);
	CHECK_STR(tfmt(), P "map_shadow_stack, addr=NULL, len=8192, "
		  "flags=SHADOW_STACK_SET_TOKEN|SHADOW_STACK_SET_MARKER, "
		  "res=0x7f000000\n");

	/* futex2: the size first, as strace; the mask a bitset */
	EV(__NR_futex_wake, 1, 0x1000, 0xffffffff, 1, 0x82);
	CHECK_STR(tfmt(), P "futex_wake, uaddr=0x1000, "
		  "mask=FUTEX_BITSET_MATCH_ANY, nr=1, "
		  "flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE, res=1\n");
	EV(__NR_futex_wake, 0, 0x1000, 0xf0, 2147483647, 0);
	CHECK_STR(tfmt(), P "futex_wake, uaddr=0x1000, mask=0xf0, "
		  "nr=2147483647, flags=FUTEX2_SIZE_U8, res=0\n");
	EV(__NR_futex_wake, -EINVAL, 0x1000, 0xffffffff, 1, 0x107);
	CHECK_STR(tfmt(), P "futex_wake, uaddr=0x1000, "
		  "mask=FUTEX_BITSET_MATCH_ANY, nr=1, "
		  "flags=FUTEX2_SIZE_U64|FUTEX2_NUMA|0x100, res=-22 EINVAL\n");
	EV(__NR_futex_wait, -ETIMEDOUT, 0x1000, 7, 0xffffffff, 0x82, 0x2000,
	   CLOCK_MONOTONIC);
	tcap(4, MYSD_CAP_BUF, 0, ts, sizeof(ts));
	CHECK_STR(tfmt(), P "futex_wait, uaddr=0x1000, val=7, "
		  "mask=FUTEX_BITSET_MATCH_ANY, "
		  "flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE, "
		  "timeout={tv_sec=1, tv_nsec=500}, clockid=CLOCK_MONOTONIC, "
		  "res=-110 ETIMEDOUT\n");
	EV(__NR_futex_wait, -EAGAIN, 0x1000, 0, 1, 0x81, 0, CLOCK_REALTIME);
	CHECK_STR(tfmt(), P "futex_wait, uaddr=0x1000, val=0, mask=0x1, "
		  "flags=FUTEX2_SIZE_U16|FUTEX2_PRIVATE, timeout=NULL, "
		  "clockid=CLOCK_REALTIME, res=-11 EAGAIN\n");
	EV(__NR_futex_requeue, 1, 0x1000, 0, 1, 2);
	CHECK_STR(tfmt(), P "futex_requeue, waiters=0x1000, flags=0, nr_wake=1, "
		  "nr_requeue=2, res=1\n");

	EV(__NR_statmount, 0, 0x1000, 0x2000, 4096, 0);
	CHECK_STR(tfmt(), P "statmount, req=0x1000, buf=0x2000, bufsize=4096, "
		  "flags=0, res=0\n");
	EV(__NR_listmount, 3, 0x1000, 0x2000, 32, 1);
	CHECK_STR(tfmt(), P "listmount, req=0x1000, mnt_ids=0x2000, "
		  "nr_mnt_ids=32, flags=LISTMOUNT_REVERSE, res=3\n");

	EV(__NR_lsm_get_self_attr, 1, 100, 0x1000, 0x2000, 1);
	CHECK_STR(tfmt(), P "lsm_get_self_attr, attr=LSM_ATTR_CURRENT, "
		  "ctx=0x1000, size=0x2000, flags=LSM_FLAG_SINGLE, res=1\n");
	EV(__NR_lsm_set_self_attr, -EOPNOTSUPP, 102, 0x1000, 64, 0);
	CHECK_STR(tfmt(), P "lsm_set_self_attr, attr=LSM_ATTR_FSCREATE, "
		  "ctx=0x1000, size=64, flags=0, res=-95 EOPNOTSUPP\n");
	EV(__NR_lsm_get_self_attr, -EINVAL, 7, 0x1000, 0x2000, 0);
	CHECK_STR(tfmt(), P "lsm_get_self_attr, attr=7, ctx=0x1000, "
		  "size=0x2000, flags=0, res=-22 EINVAL\n");
	EV(__NR_lsm_list_modules, 2, 0x1000, 0x2000, 0);
	CHECK_STR(tfmt(), P "lsm_list_modules, ids=0x1000, size=0x2000, "
		  "flags=0, res=2\n");

	EV(__NR_mseal, 0, 0x10000, 4096, 0);
	CHECK_STR(tfmt(), P "mseal, addr=0x10000, len=4096, flags=0, res=0\n");

	EV(__NR_setxattrat, 0, (u64)AT_FDCWD, 0x1000, AT_SYMLINK_NOFOLLOW,
	   0x2000, 0x3000, 16);
	TCAP_STR(1, "f");
	TCAP_STR(3, "user.k");
	CHECK_STR(tfmt(), P "setxattrat, dirfd=AT_FDCWD, path=\"f\", "
		  "at_flags=AT_SYMLINK_NOFOLLOW, name=\"user.k\", args=0x3000, "
		  "size=16, res=0\n");
	EV(__NR_getxattrat, 2, 3, 0x1000, AT_EMPTY_PATH, 0x2000, 0x3000, 16);
	TCAP_STR(1, "");
	TCAP_STR(3, "user.k");
	CHECK_STR(tfmt(), P "getxattrat, dirfd=3, path=\"\", "
		  "at_flags=AT_EMPTY_PATH, name=\"user.k\", args=0x3000, "
		  "size=16, res=2\n");
	EV(__NR_listxattrat, 7, (u64)AT_FDCWD, 0x1000, 0, 0x2000, 64);
	TCAP_STR(1, "f");
	tcap(3, MYSD_CAP_BUF, 0, "user.k", 7);
	CHECK_STR(tfmt(), P "listxattrat, dirfd=AT_FDCWD, path=\"f\", "
		  "at_flags=0, size=64, res=7, list=\"user.k\\x00\"\n");
	EV(__NR_removexattrat, -ENODATA, (u64)AT_FDCWD, 0x1000, 0, 0x2000);
	TCAP_STR(1, "f");
	TCAP_STR(3, "user.k");
	CHECK_STR(tfmt(), P "removexattrat, dirfd=AT_FDCWD, path=\"f\", "
		  "at_flags=0, name=\"user.k\", res=-61 ENODATA\n");

	EV(__NR_open_tree_attr, 4, (u64)AT_FDCWD, 0x1000,
	   OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC, 0x2000, sizeof(attr));
	TCAP_STR(1, "/mnt");
	tcap(3, MYSD_CAP_BUF, 0, attr, sizeof(attr));
	CHECK_STR(tfmt(), P "open_tree_attr, dirfd=AT_FDCWD, path=\"/mnt\", "
		  "flags=OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC, "
		  "attr={attr_set=MOUNT_ATTR_RDONLY, attr_clr=0, propagation=0, "
		  "userns_fd=0}, size=32, res=4\n");
}

int main(void)
{
	mysd_table_init();
	test_files();
	test_memory_and_system();
	test_security();
	test_sem_sched();
	test_mq();
	test_recent();
	return check_summary("test_format_sys");
}
