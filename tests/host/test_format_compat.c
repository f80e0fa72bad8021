/*
 * test_format_compat.c - 32-bit compat events. On x86_64 hosts the i386
 * <asm/unistd_32.h> numbers stand in for arm64's <asm/unistd32.h>. Built
 * for 32-bit ARM (tests/run.sh runs it so, under qemu-arm) the same events
 * go through the native table, which is then the EABI one, as in a 32-bit
 * ARM kernel: the same lines without the abi=compat tag. On other hosts
 * only the "no compat table" behaviour is checked.
 *
 * Build and run from the repo root (names fragments generated first):
 *   syscalls/gen_host_names.sh /tmp/mysd-gen
 *   gcc -Wall -Wextra -O2 -fsanitize=address,undefined -I. -I/tmp/mysd-gen
 *       tests/host/test_format_compat.c $(cat syscalls/host_sources) -o /tmp/test_format_compat
 *   /tmp/test_format_compat
 */
#define _GNU_SOURCE
#ifdef __x86_64__
#include <asm/unistd_32.h>
#elif defined(__arm__)
#include <asm/unistd.h>
#endif
#include <fcntl.h>
#include <errno.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/resource.h>
#include <sys/prctl.h>
#include <signal.h>
#include <time.h>
#include "tests/host/check.h"
#include "tests/host/test_format_ev.h"
#include "syscalls/sysent.h"
#include "syscalls/nr_host.h"	/* the calls newer than the host's headers */

#ifdef __arm__			/* a 32-bit ARM kernel's own table */
#define ABI32 false		/* mysd_syscall_*()'s compat argument */
#define TAG ""
#define CEV(...) EV(__VA_ARGS__)
#else
#define ABI32 true
#define TAG "abi=compat, "
#define CEV(...) (EV(__VA_ARGS__), TEV->flags |= MYSD_EVF_COMPAT)
#endif
#if defined(F_SETLKW64) && F_SETLKW64 == 14	/* 64-bit libcs: F_SETLKW */
#define SETLKW64 "F_SETLKW64"
#else
#define SETLKW64 "14"
#endif
#define P "ts=12.000300000, " TAG "comm=\"cat\", tid=130, pid=130, "

#if defined(MYSD_HAVE_COMPAT) || defined(__arm__)
static void test_compat(void)
{
	static const s32 ts32[2] = { 2, 7 };

	CHECK_STR(mysd_syscall_name(ABI32, __NR_mmap2) ?: "", "mmap2");
	CHECK_STR(mysd_syscall_name(ABI32, __NR__llseek) ?: "", "_llseek");
	CHECK_STR(mysd_syscall_name(ABI32, __NR_fcntl64) ?: "", "fcntl64");
	CHECK_STR(mysd_syscall_name(ABI32, __NR_fstat64) ?: "", "fstat64");
	CHECK_STR(mysd_syscall_name(ABI32, __NR_read) ?: "", "read");

	/* register values arrive zero-extended: ints and errnos sign-extend */
	CEV(__NR_openat, 0xfffffffeULL, 0xffffff9cULL, 0x1000, O_RDONLY);
	TCAP_STR(1, "/etc/hosts");
	CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=\"/etc/hosts\", "
		  "flags=O_RDONLY, res=-2 ENOENT\n");
	CEV(__NR_read, -EBADF, 3, 0x1000, 0xffffffffULL);
	CHECK_STR(tfmt(), P "read, fd=3, size=4294967295, res=-9 EBADF\n");
	CEV(__NR_write, 3, 1, 0xfff0, 3);
	TCAP_STR(1, "hi\n");
	CHECK_STR(tfmt(), P "write, fd=1, data=\"hi\\n\", size=3, res=3\n");
	/* prctl's ints and longs from 32-bit registers */
	CEV(__NR_prctl, 0, PR_SET_PTRACER, 0xffffffffULL);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_PTRACER, "
		  "arg2=PR_SET_PTRACER_ANY, res=0\n");
	CEV(__NR_prctl, -EINVAL, PR_SET_TIMERSLACK, 0xffffffffULL);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_TIMERSLACK, arg2=-1, "
		  "res=-22 EINVAL\n");

	/* high 32-bit addresses are not errors */
	CEV(__NR_mmap2, 0xf7001000ULL, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS,
	    0xffffffffULL, 0);
	CHECK_STR(tfmt(), P "mmap2, addr=NULL, len=4096, prot=PROT_READ, "
		  "flags=MAP_PRIVATE|MAP_ANONYMOUS, fd=-1, pgoff=0x0, res=0xf7001000\n");
	/* the same from a 32-bit kernel, whose long result is sign-extended */
	CEV(__NR_mmap2, (s64)(s32)0xf7001000U, 0, 4096, PROT_READ,
	    MAP_PRIVATE | MAP_ANONYMOUS, 0xffffffffULL, 0);
	CHECK(strstr(tfmt(), ", res=0xf7001000\n") != NULL);
	/* a huge page's size: 2 MiB */
	CEV(__NR_mmap2, (u32)-ENOMEM, 0, 4096, PROT_READ,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | 21U << 26, 0xffffffffULL, 0);
	CHECK_STR(tfmt(), P "mmap2, addr=NULL, len=4096, prot=PROT_READ, "
		  "flags=MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT, "
		  "fd=-1, pgoff=0x0, res=-12 ENOMEM\n");

	CEV(__NR__llseek, 0, 3, 0, 4096, 0xffd0, SEEK_SET);
	CHECK_STR(tfmt(), P "_llseek, fd=3, offset_hi=0x0, offset_lo=0x1000, "
		  "result=0xffd0, whence=SEEK_SET, res=0\n");
	CEV(__NR_lseek, 0, 3, 0xffffffecULL, SEEK_CUR);
	CHECK(strstr(tfmt(), "offset=-20, whence=SEEK_CUR") != NULL);

	/* EABI: a 64-bit offset in an even register pair, after a pad */
	CEV(__NR_pread64, 2, 3, 0x1000, 4, 0, 11, 0);
	tcap(1, MYSD_CAP_BUF, 0, "ab", 2);
	CHECK_STR(tfmt(), P "pread64, fd=3, size=4, offset_lo=0xb, offset_hi=0x0, "
		  "res=2, data=\"ab\"\n");

	/* preadv: the offset's halves in two registers, no pad */
	{
		struct mysd_iov_entry e = { 0x2000, 4, 2, 0 };
		u8 c[sizeof(e) + 2];

		memcpy(c, &e, sizeof(e));
		memcpy(c + sizeof(e), "ab", 2);
		CEV(__NR_preadv, 2, 3, 0x1000, 1, 11, 1);
		tcap(1, MYSD_CAP_IOV, 0, c, sizeof(c));
		CHECK_STR(tfmt(), P "preadv, fd=3, iovcnt=1, offset_lo=0xb, "
			  "offset_hi=0x1, res=2, iov=[{base=\"ab\", len=4}]\n");
	}

	/* a 32-bit task's control messages: a 12-byte cmsghdr, 4-aligned */
	{
		static const u32 ctl[] = { 16, 1 /* SOL_SOCKET */,
					   1 /* SCM_RIGHTS */, 9, 16, 1, 1, 8 };
		struct mysd_msghdr_cap m = { .control = 0x6000, .controllen = 32,
					     .control_kept = 32 };
		u8 c[sizeof(m) + sizeof(ctl)];

		memcpy(c, &m, sizeof(m));
		memcpy(c + sizeof(m), ctl, sizeof(ctl));
		CEV(__NR_sendmsg, 0, 4, 0x1000, 0);
		tcap(1, MYSD_CAP_MSGHDR, 0, c, sizeof(c));
		CHECK_STR(tfmt(), P "sendmsg, fd=4, msg={name=NULL, namelen=0, "
			  "iov=NULL, iovlen=0, control=[{level=SOL_SOCKET, "
			  "type=SCM_RIGHTS, fds=[9]}, {level=SOL_SOCKET, "
			  "type=SCM_RIGHTS, fds=[8]}], controllen=32, flags=0}, "
			  "flags=0, res=0\n");
	}

	/* EABI fallocate: offset and length each in a register pair */
	CEV(__NR_fallocate, 0, 3, 1 /* FALLOC_FL_KEEP_SIZE */, 0x1000, 0, 0x2000, 1);
	CHECK_STR(tfmt(), P "fallocate, fd=3, mode=FALLOC_FL_KEEP_SIZE, "
		  "offset_lo=0x1000, offset_hi=0x0, len_lo=0x2000, len_hi=0x1, res=0\n");

	/* compat timespec is two 32-bit words */
	CEV(__NR_nanosleep, 0, 0x1000, 0);
	tcap(0, MYSD_CAP_BUF, 0, ts32, sizeof(ts32));
	CHECK_STR(tfmt(), P "nanosleep, req={tv_sec=2, tv_nsec=7}, rem=NULL, res=0\n");

	/* futex's timeout is one of those; futex_time64's two 64-bit words */
	{
		static const s64 ts64[2] = { 1LL << 33, 5 };
		const struct mysd_capture_spec *s;

		CHECK(mysd_syscall_captures(ABI32, __NR_futex, &s) == 1 &&
		      s[0].arg == 3 && s[0].len_src == MYSD_LEN_FUTEX &&
		      s[0].max == 8);
		CHECK(mysd_syscall_captures(ABI32, __NR_futex_time64, &s) == 1 &&
		      s[0].arg == 3 && s[0].len_src == MYSD_LEN_FUTEX &&
		      s[0].max == 16);
		CEV(__NR_futex, -ETIMEDOUT, 0xff00, FUTEX_WAIT_PRIVATE, 2, 0xff10);
		tcap(3, MYSD_CAP_BUF, 0, ts32, sizeof(ts32));
		CHECK_STR(tfmt(), P "futex, uaddr=0xff00, op=FUTEX_WAIT|FUTEX_PRIVATE_FLAG, "
			  "val=2, timeout={tv_sec=2, tv_nsec=7}, "
			  "res=-110 ETIMEDOUT\n");
		CEV(__NR_futex_time64, -ETIMEDOUT, 0xff00, FUTEX_WAIT_BITSET_PRIVATE,
		    2, 0xff10, 0, 0xffffffff);
		tcap(3, MYSD_CAP_BUF, 0, ts64, sizeof(ts64));
		CHECK_STR(tfmt(), P "futex_time64, uaddr=0xff00, "
			  "op=FUTEX_WAIT_BITSET|FUTEX_PRIVATE_FLAG, val=2, "
			  "timeout={tv_sec=8589934592, tv_nsec=5}, "
			  "val3=FUTEX_BITSET_MATCH_ANY, res=-110 ETIMEDOUT\n");
		CEV(__NR_futex_time64, 1, 0xff00, FUTEX_CMP_REQUEUE_PRIVATE, 1,
		    0x7fffffff, 0xff04, 0);
		CHECK_STR(tfmt(), P "futex_time64, uaddr=0xff00, "
			  "op=FUTEX_CMP_REQUEUE|FUTEX_PRIVATE_FLAG, val=1, "
			  "val2=2147483647, uaddr2=0xff04, val3=0, res=1\n");
		CEV(__NR_futex_time64, 0, 0xff00, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0);
		CHECK_STR(tfmt(), P "futex_time64, uaddr=0xff00, "
			  "op=FUTEX_WAKE|FUTEX_PRIVATE_FLAG, val=1, res=0\n");
	}

	{
		static const s32 its32[4] = { 1, 500, -1, 999999999 };
		static const s64 its64[4] = { 1LL << 33, 500, 3, 4 };

		/* itimerspec and itimerval: four 32-bit words */
		CEV(__NR_timer_settime, 0, 1, TIMER_ABSTIME, 0x1000, 0x2000);
		tcap(2, MYSD_CAP_BUF, 0, its32, sizeof(its32));
		tcap(3, MYSD_CAP_BUF, 0, its32, sizeof(its32));
		CHECK_STR(tfmt(), P "timer_settime, timerid=1, flags=TIMER_ABSTIME, "
			  "new_value={it_interval={tv_sec=1, tv_nsec=500}, "
			  "it_value={tv_sec=-1, tv_nsec=999999999}}, res=0, "
			  "old_value={it_interval={tv_sec=1, tv_nsec=500}, "
			  "it_value={tv_sec=-1, tv_nsec=999999999}}\n");
		CEV(__NR_getitimer, 0, ITIMER_REAL, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, its32, sizeof(its32));
		CHECK_STR(tfmt(), P "getitimer, which=ITIMER_REAL, res=0, "
			  "curr_value={it_interval={tv_sec=1, tv_usec=500}, "
			  "it_value={tv_sec=-1, tv_usec=999999999}}\n");
		/* the *time64 calls: 64-bit words in either ABI */
		CEV(__NR_timer_gettime64, 0, 1, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, its64, sizeof(its64));
		CHECK_STR(tfmt(), P "timer_gettime64, timerid=1, res=0, "
			  "curr_value={it_interval={tv_sec=8589934592, tv_nsec=500}, "
			  "it_value={tv_sec=3, tv_nsec=4}}\n");
		/*
		 * siginfo_t's union at 12 where a long is 4 bytes; a child's
		 * clock_t times right after its status, a sigval at 8
		 */
		{
			static const u32 si[8] = { 17 /* SIGCHLD */, 0,
						   1 /* CLD_EXITED */, 42, 0, 7,
						   5, 0xffffffff };
			static const u32 sq[8] = { 10 /* SIGUSR1 */, 0,
						   (u32)-1 /* SI_QUEUE */, 42,
						   1000, 0xfff01000 };

			CEV(__NR_waitid, 0, 1 /* P_PID */, 42, 0x1000,
			    4 /* WEXITED */, 0);
			tcap(2, MYSD_CAP_BUF, 0, si, sizeof(si));
			CHECK_STR(tfmt(), P "waitid, which=P_PID, id=42, "
				  "options=WEXITED, res=0, infop={si_signo=SIGCHLD, "
				  "si_code=CLD_EXITED, si_pid=42, si_uid=0, "
				  "si_status=7, si_utime=5, si_stime=-1}, "
				  "rusage=NULL\n");
			CEV(__NR_rt_sigtimedwait, 10, 0x2000, 0x1000, 0, 8);
			tcap(1, MYSD_CAP_BUF, 0, sq, sizeof(sq));
			CHECK_STR(tfmt(), P "rt_sigtimedwait, set=0x2000, "
				  "timeout=NULL, sigsetsize=8, res=10 SIGUSR1, "
				  "info={si_signo=SIGUSR1, si_code=SI_QUEUE, "
				  "si_pid=42, si_uid=1000, si_int=-1044480, "
				  "si_ptr=0xfff01000}\n");
		}
		/*
		 * Locks: fcntl's struct flock in 32-bit words; fcntl64's
		 * flock64 for F_*LK64 and F_OFD_*, offsets 8-aligned (ARM's
		 * EABI; i386, standing in here, would pack them).
		 */
		{
			static const u32 fl32[4] = { 1 /* F_WRLCK */, 7, 9, 77 };
			static const u32 fl64[7] = { 0x10000 /* F_RDLCK, SEEK_CUR */,
						     0, 5, 1, 0xffffffff,
						     0xffffffff, 77 };

			CEV(__NR_fcntl64, 0, 3, 6 /* F_SETLK */, 0x1000);
			tcap(2, MYSD_CAP_BUF, 0, fl32, sizeof(fl32));
			CHECK_STR(tfmt(), P "fcntl64, fd=3, cmd=F_SETLK, "
				  "arg={l_type=F_WRLCK, l_whence=SEEK_SET, l_start=7, "
				  "l_len=9}, res=0\n");
			CEV(__NR_fcntl64, 0, 3, 36 /* F_OFD_GETLK */, 0x1000);
			tcap(2, MYSD_CAP_BUF, 0, fl64, sizeof(fl64));
			CHECK_STR(tfmt(), P "fcntl64, fd=3, cmd=F_OFD_GETLK, "
				  "arg={l_type=F_RDLCK, l_whence=SEEK_CUR, "
				  "l_start=4294967301, l_len=-1, l_pid=77}, res=0\n");
			CEV(__NR_fcntl64, 0, 3, 14 /* F_SETLKW64 */, 0x1000);
			tcap(2, MYSD_CAP_BUF, 0, fl64, sizeof(fl64));
			CHECK_STR(tfmt(), P "fcntl64, fd=3, cmd=" SETLKW64 ", "
				  "arg={l_type=F_RDLCK, l_whence=SEEK_CUR, "
				  "l_start=4294967301, l_len=-1}, res=0\n");
		}
		/* a rusage's times and a CPU mask in 32-bit words */
		CEV(__NR_wait4, 9, 9, 0x1000, 0, 0x2000);
		tcap(1, MYSD_CAP_BUF, 0, "\x00\x07\x00\x00", 4);
		tcap(3, MYSD_CAP_BUF, 0, its32, sizeof(its32));
		CHECK_STR(tfmt(), P "wait4, pid=9, options=0, res=9, "
			  "wstatus=[{WIFEXITED(s) && WEXITSTATUS(s) == 7}], "
			  "rusage={ru_utime={tv_sec=1, tv_usec=500}, "
			  "ru_stime={tv_sec=-1, tv_usec=999999999}, ...}\n");
		/* a 32-bit tracer's tracee, stopped for a clone */
		CEV(__NR_wait4, 9, 9, 0x1000, 0, 0);
		tcap(1, MYSD_CAP_BUF, 0, "\x7f\x05\x03\x00", 4);
		CHECK_STR(tfmt(), P "wait4, pid=9, options=0, res=9, "
			  "wstatus=[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}"
			  "|PTRACE_EVENT_CLONE<<16], rusage=NULL\n");
		CEV(__NR_sched_getaffinity, 8, 0, 8, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, "\x03\x00\x00\x00\x01\x00\x00\x80", 8);
		CHECK_STR(tfmt(), P "sched_getaffinity, pid=0, size=8, res=8, "
			  "mask=[0, 1, 32, 63]\n");
		/* an fd_set in 32-bit words: fds 0, 33 and 40 of 40 */
		CEV(__NR_pselect6, 1, 40, 0x1000, 0, 0, 0, 0);
		tcap(1, MYSD_CAP_BUF, 0, "\x01\x00\x00\x00\x02\x01\x00\x00", 8);
		CHECK_STR(tfmt(), P "pselect6, nfds=40, sigmask=NULL, res=1, "
			  "readfds=[0, 33], writefds=NULL, exceptfds=NULL, left=NULL\n");
		/* a 32-bit task's mknod: /dev/null's 1:3 */
		CEV(__NR_mknod, 0, 0x1000, S_IFCHR | 0666, 0x103);
		TCAP_STR(0, "null");
		CHECK_STR(tfmt(), P "mknod, path=\"null\", mode=S_IFCHR|0666, "
			  "dev=makedev(0x1, 0x3), res=0\n");
		/* a 32-bit task's persona, as an arm64 kernel sets it */
		CEV(__NR_personality, 0x8, 0xffffffff);
		CHECK_STR(tfmt(), P "personality, persona=0xffffffff, "
			  "res=0x8 PER_LINUX32\n");
		CEV(__NR_personality, 0x8, 0x40008);
		CHECK_STR(tfmt(), P "personality, "
			  "persona=PER_LINUX32|ADDR_NO_RANDOMIZE, res=0x8 PER_LINUX32\n");
		/* rlimits and a timeval in 32-bit words; rlimit64 is 64-bit */
		CEV(__NR_ugetrlimit, 0, RLIMIT_STACK, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, "\x00\x00\x80\x00\xff\xff\xff\xff", 8);
		CHECK_STR(tfmt(), P "ugetrlimit, resource=RLIMIT_STACK, res=0, "
			  "rlim={rlim_cur=8388608, rlim_max=RLIM_INFINITY}\n");
		CEV(__NR_prlimit64, 0, 0, RLIMIT_NOFILE, 0, 0x1000);
		tcap(3, MYSD_CAP_BUF, 0, its64, 16);
		CHECK_STR(tfmt(), P "prlimit64, pid=0, resource=RLIMIT_NOFILE, "
			  "new_limit=NULL, res=0, old_limit={rlim_cur=8589934592, "
			  "rlim_max=500}\n");
		CEV(__NR_gettimeofday, 0, 0x1000, 0);
		tcap(0, MYSD_CAP_BUF, 0, its32, 8);
		CHECK_STR(tfmt(), P "gettimeofday, tz=NULL, res=0, "
			  "tv={tv_sec=1, tv_usec=500}\n");
		{
			u32 si[14] = { 60, 1, 2, 3, 1000, 900, 10, 20, 5, 4,
				       33, 0, 0, 1 };

			CEV(__NR_sysinfo, 0, 0x1000);
			tcap(0, MYSD_CAP_BUF, 0, si, sizeof(si));
			CHECK_STR(tfmt(), P "sysinfo, res=0, info={uptime=60, "
				  "loads=[1, 2, 3], totalram=1000, freeram=900, "
				  "sharedram=10, bufferram=20, totalswap=5, "
				  "freeswap=4, procs=33, totalhigh=0, freehigh=0, "
				  "mem_unit=1}\n");
		}
		{
			/* statfs: 32-bit words; statfs64: its counts 64-bit */
			u32 sf[12] = { 0xef53, 1024, 10, 9, 8, 100, 90, 3, 4,
				       255, 1024, 0x21 };
			u32 sf64[17] = { 0x73717368, 4096, 10, 1, 9, 0, 8, 0,
					 100, 0, 90, 0, 3, 4, 255, 4096, 0x21 };

			CEV(__NR_statfs, 0, 0x1000, 0x2000);
			tcap(1, MYSD_CAP_BUF, 0, sf, sizeof(sf));
			CHECK(strstr(tfmt(), "res=0, buf={f_type=EXT2_SUPER_MAGIC, "
				     "f_bsize=1024, f_blocks=10, f_bfree=9, "
				     "f_bavail=8, f_files=100, f_ffree=90, "
				     "f_fsid={val=[3, 4]}, f_namelen=255, "
				     "f_frsize=1024, f_flags=ST_RDONLY|ST_VALID}\n") != NULL);
			CEV(__NR_fstatfs64, 0, 3, 84, 0x2000);
			tcap(2, MYSD_CAP_BUF, 0, sf64, sizeof(sf64));
			CHECK_STR(tfmt(), P "fstatfs64, fd=3, size=84, res=0, "
				  "buf={f_type=SQUASHFS_MAGIC, f_bsize=4096, "
				  "f_blocks=4294967306, f_bfree=9, f_bavail=8, "
				  "f_files=100, f_ffree=90, f_fsid={val=[3, 4]}, "
				  "f_namelen=255, f_frsize=4096, "
				  "f_flags=ST_RDONLY|ST_VALID}\n");
		}
		CEV(__NR_timerfd_gettime64, 0, 4, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, its64, 16);
		CHECK_STR(tfmt(), P "timerfd_gettime64, fd=4, res=0, "
			  "curr_value=0x1000\n");
	}

	{
		const struct mysd_capture_spec *s;

#ifdef __arm__	/* the kernel's own struct stat, up to st_size */
		CHECK(mysd_syscall_captures(ABI32, __NR_fstat, &s) == 1 &&
		      s[0].max == MYSD_STAT_CAPTURE);
#else		/* the compat struct stat differs: never decoded */
		CHECK(mysd_syscall_captures(ABI32, __NR_fstat, &s) == 0);
#endif
		CHECK(mysd_syscall_captures(ABI32, __NR_nanosleep, &s) == 1 &&
		      s[0].max == 8);
		CHECK(mysd_syscall_captures(ABI32, __NR_clock_gettime64, &s) == 1 &&
		      s[0].max == 16);
		/* the task's words, and 16-bit ids left unread */
		CHECK(mysd_syscall_captures(ABI32, __NR_sigaltstack, &s) == 2 &&
		      s[0].max == 12 && s[1].max == 12);
		CHECK(mysd_syscall_captures(ABI32, __NR_sendfile, &s) == 1 &&
		      s[0].max == 4);
		CHECK(mysd_syscall_captures(ABI32, __NR_sendfile64, &s) == 1 &&
		      s[0].max == 8);
		/* linux_dirent64 is the same in every ABI */
		CHECK(mysd_syscall_captures(ABI32, __NR_getdents64, &s) == 1 &&
		      s[0].max == 256);
		CHECK(mysd_syscall_captures(ABI32, __NR_getresuid, &s) == 0);
		CHECK(mysd_syscall_captures(ABI32, __NR_getgroups, &s) == 0);
		CHECK(mysd_syscall_captures(ABI32, __NR_getgroups32, &s) == 1 &&
		      s[0].scale == 4);
	}
	CEV(__NR_fstat64, 0, 3, 0xffe0);
	CHECK_STR(tfmt(), P "fstat64, fd=3, stat=0xffe0, res=0\n");

	CEV(__NR_exit_group, 0, 1);
	TEV->flags |= MYSD_EVF_NORET;
	CHECK_STR(tfmt(), P "exit_group, status=1, res=?\n");

	CEV(9999, -ENOSYS, 1);
	CHECK_STR(tfmt(), P "syscall_9999, args=(0x1, 0x0, 0x0, 0x0, 0x0, 0x0), "
		  "res=-38 ENOSYS\n");
	/* named but undecoded keeps its compat name */
	CEV(__NR_remap_file_pages, 0, 0xffffffff);
	CHECK_STR(tfmt(), P "remap_file_pages, args=(0xffffffff, 0x0, 0x0, 0x0, 0x0, 0x0), res=0\n");
	{
		/* struct sigaction in 32-bit words, the 64-bit mask after them */
		static const u32 sa[5] = { 0x10420, SA_SIGINFO | MYSD_SA_RESTORER,
					   0x10400, 1U << (SIGUSR1 - 1), 1U << 1 };

		CEV(__NR_rt_sigaction, 0, SIGUSR2, 0, 0x2000, 8);
		tcap(2, MYSD_CAP_BUF, 0, sa, sizeof(sa));
		CHECK_STR(tfmt(), P "rt_sigaction, sig=SIGUSR2, act=NULL, sigsetsize=8, "
			  "res=0, oldact={sa_handler=0x10420, sa_mask=[SIGUSR1|SIGRT_2], "
			  "sa_flags=SA_SIGINFO|SA_RESTORER, sa_restorer=0x10400}\n");
	}
	{
		/* stack_t in 32-bit words; sendfile's off_t one, sendfile64's two */
		static const u32 ss[3] = { 0xf7e00000, 1U << 31, 8192 };
		static const u32 off = 612;
		static const u64 loff = 1ULL << 32;

		CEV(__NR_sigaltstack, 0, 0, 0xff00);
		tcap(1, MYSD_CAP_BUF, 0, ss, sizeof(ss));
		CHECK_STR(tfmt(), P "sigaltstack, ss=NULL, res=0, old_ss={ss_sp=0xf7e00000, "
			  "ss_flags=SS_AUTODISARM, ss_size=8192}\n");
		CEV(__NR_sendfile, 612, 5, 11, 0xff00, 4096);
		tcap(2, MYSD_CAP_BUF, 0, &off, sizeof(off));
		CHECK_STR(tfmt(), P "sendfile, out_fd=5, in_fd=11, count=4096, "
			  "res=612, offset=612\n");
		CEV(__NR_sendfile64, 612, 5, 11, 0xff00, 4096);
		tcap(2, MYSD_CAP_BUF, 0, &loff, sizeof(loff));
		CHECK_STR(tfmt(), P "sendfile64, out_fd=5, in_fd=11, count=4096, "
			  "res=612, offset=4294967296\n");
	}
	{
		/* utimensat's timespecs in 32-bit words, _time64's in 64-bit */
		static const s32 t32[4] = { 1700000000, 7, 0, (1 << 30) - 1 };
		static const s64 t64[4] = { 1LL << 33, (1 << 30) - 2, 5, 0 };

		CEV(__NR_utimensat, 0, 3, 0, 0xff00, 0);
		tcap(2, MYSD_CAP_BUF, 0, t32, sizeof(t32));
		CHECK_STR(tfmt(), P "utimensat, dirfd=3, path=NULL, times=[{tv_sec=1700000000, "
			  "tv_nsec=7}, UTIME_NOW], flags=0, res=0\n");
#ifdef __NR_utimensat_time64
		CEV(__NR_utimensat_time64, 0, 3, 0, 0xff00, 0);
		tcap(2, MYSD_CAP_BUF, 0, t64, sizeof(t64));
		CHECK_STR(tfmt(), P "utimensat_time64, dirfd=3, path=NULL, times=[UTIME_OMIT, "
			  "{tv_sec=5, tv_nsec=0}], flags=0, res=0\n");
		/* tv_nsec's upper half is padding, the kernel reads the lower */
		{
			static const u64 pad[4] = {
				0, 0xdeadbeef00000000ULL | ((1 << 30) - 2),
				5, 0xdeadbeef00000000ULL | 7 };

			CEV(__NR_utimensat_time64, 0, 3, 0, 0xff00, 0);
			tcap(2, MYSD_CAP_BUF, 0, pad, sizeof(pad));
			CHECK_STR(tfmt(), P "utimensat_time64, dirfd=3, path=NULL, "
				  "times=[UTIME_OMIT, {tv_sec=5, tv_nsec=7}], flags=0, res=0\n");
			CEV(__NR_clock_nanosleep_time64, 0, CLOCK_MONOTONIC, 0,
			    0xff00, 0);
			tcap(2, MYSD_CAP_BUF, 0, pad + 2, 2 * sizeof(pad[0]));
			CHECK_STR(tfmt(), P "clock_nanosleep_time64, clockid=CLOCK_MONOTONIC, "
				  "flags=0, req={tv_sec=5, tv_nsec=7}, rem=NULL, res=0\n");
			/*
			 * An invalid low half (EINVAL): a 64-bit kernel reads it
			 * unsigned, a 32-bit one into its long
			 */
			{
				static const u64 bad[2] = { 5, 0xdeadbeefffffffffULL };

				CEV(__NR_clock_nanosleep_time64, -EINVAL,
				    CLOCK_MONOTONIC, 0, 0xff00, 0);
				tcap(2, MYSD_CAP_BUF, 0, bad, sizeof(bad));
				CHECK_STR(tfmt(), P "clock_nanosleep_time64, "
					  "clockid=CLOCK_MONOTONIC, flags=0, "
#ifdef __arm__
					  "req={tv_sec=5, tv_nsec=-1}, "
#else
					  "req={tv_sec=5, tv_nsec=4294967295}, "
#endif
					  "rem=NULL, res=-22 EINVAL\n");
			}
			CEV(__NR_timer_settime64, 0, 1, 0, 0xff00, 0);
			tcap(2, MYSD_CAP_BUF, 0, pad, sizeof(pad));
			CHECK_STR(tfmt(), P "timer_settime64, timerid=1, flags=0, "
				  "new_value={it_interval={tv_sec=0, tv_nsec=1073741822}, "
				  "it_value={tv_sec=5, tv_nsec=7}}, res=0, old_value=NULL\n");
		}
#endif
	}
	{
		/* ids: 16 bits in the calls without "32", whose -1 is 0xffff */
		static const u32 ids[3] = { 0, 1000, (u32)-1 };

		CEV(__NR_setuid, 0, 0xffff);
		CHECK_STR(tfmt(), P "setuid, uid=-1, res=0\n");
		CEV(__NR_setresgid, 0, 0xffffffff, 100, 0x1ffff);
		CHECK_STR(tfmt(), P "setresgid, rgid=-1, egid=100, sgid=-1, res=0\n");
		CEV(__NR_fchown, 0, 3, 0xfffe, 0xffff);
		CHECK_STR(tfmt(), P "fchown, fd=3, uid=65534, gid=-1, res=0\n");
		CEV(__NR_setuid32, 0, 0xffff);
		CHECK_STR(tfmt(), P "setuid32, uid=65535, res=0\n");
		/* 16-bit lists stay pointers; the 32-bit calls' are shown */
		CEV(__NR_getresuid, 0, 0xff00, 0xff04, 0xff08);
		CHECK_STR(tfmt(), P "getresuid, ruid=0xff00, euid=0xff04, suid=0xff08, "
			  "res=0\n");
		CEV(__NR_getresuid32, 0, 0xff00, 0xff04, 0xff08);
		tcap(0, MYSD_CAP_BUF, 0, ids, 4);
		tcap(1, MYSD_CAP_BUF, 0, ids + 1, 4);
		tcap(2, MYSD_CAP_BUF, 0, ids + 2, 4);
		CHECK_STR(tfmt(), P "getresuid32, res=0, ruid=0, euid=1000, suid=-1\n");
		CEV(__NR_getgroups, 2, 32, 0xff00);
		CHECK_STR(tfmt(), P "getgroups, size=32, list=0xff00, res=2\n");
		CEV(__NR_getgroups32, 2, 32, 0xff00);
		tcap(1, MYSD_CAP_BUF, 0, ids, 8);
		CHECK_STR(tfmt(), P "getgroups32, size=32, res=2, list=[0, 1000]\n");
	}
#ifdef __NR_msgsnd
	{
		/* struct msgbuf's mtype is the task's long: 4 bytes */
		static const u8 m[8] = { 0xfe, 0xff, 0xff, 0xff, 'p', 'o', 'n', 'g' };

		CEV(__NR_msgsnd, 0, 3, 0x1000, 4, 0);
		tcap(1, MYSD_CAP_BUF, 0, m, sizeof(m));
		CHECK_STR(tfmt(), P "msgsnd, msqid=3, msgp={mtype=-2, mtext=\"pong\"}, "
			  "msgsz=4, msgflg=0, res=0\n");
	}
#endif
	{
		/*
		 * Linux 6.5+'s calls (numbered by nr_host.h on the host): the
		 * same numbers, u64 structs and a struct __kernel_timespec
		 */
		static const u64 range[2] = { 4096, 8192 };
		static const u64 cstat[5] = { 2, 1, 0, 0, 0 };
		static const s64 ts64[2] = { 1LL << 33, 5 };

		CEV(__NR_cachestat, 0, 3, 0xff00, 0xff10, 0);
		tcap(1, MYSD_CAP_BUF, 0, range, sizeof(range));
		tcap(2, MYSD_CAP_BUF, 0, cstat, sizeof(cstat));
		CHECK_STR(tfmt(), P "cachestat, fd=3, "
			  "cstat_range={off=0x1000, len=8192}, flags=0, res=0, "
			  "cstat={nr_cache=2, nr_dirty=1, nr_writeback=0, "
			  "nr_evicted=0, nr_recently_evicted=0}\n");
		CEV(__NR_fchmodat2, 0, 0xffffff9cULL, 0xff00, 0644,
		    AT_SYMLINK_NOFOLLOW);
		TCAP_STR(1, "f");
		CHECK_STR(tfmt(), P "fchmodat2, dirfd=AT_FDCWD, path=\"f\", "
			  "mode=0644, flags=AT_SYMLINK_NOFOLLOW, res=0\n");
		CEV(__NR_futex_wake, 1, 0xff00, 0xffffffffULL, 1, 0x82);
		CHECK_STR(tfmt(), P "futex_wake, uaddr=0xff00, "
			  "mask=FUTEX_BITSET_MATCH_ANY, nr=1, "
			  "flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE, res=1\n");
		CEV(__NR_futex_wait, -ETIMEDOUT, 0xff00, 0xffffffffULL,
		    0xffffffffULL, 2, 0xff10, CLOCK_MONOTONIC);
		tcap(4, MYSD_CAP_BUF, 0, ts64, sizeof(ts64));
		CHECK_STR(tfmt(), P "futex_wait, uaddr=0xff00, val=4294967295, "
			  "mask=FUTEX_BITSET_MATCH_ANY, flags=FUTEX2_SIZE_U32, "
			  "timeout={tv_sec=8589934592, tv_nsec=5}, "
			  "clockid=CLOCK_MONOTONIC, res=-110 ETIMEDOUT\n");
		CEV(__NR_futex_requeue, -EINVAL, 0xff00, 0, 1, 0xffffffffULL);
		CHECK_STR(tfmt(), P "futex_requeue, waiters=0xff00, flags=0, "
			  "nr_wake=1, nr_requeue=-1, res=-22 EINVAL\n");
		CEV(__NR_map_shadow_stack, -ENOSYS, 0, 4096, 1);
		CHECK_STR(tfmt(), P "map_shadow_stack, addr=NULL, len=4096, "
			  "flags=SHADOW_STACK_SET_TOKEN, res=-38 ENOSYS\n");
		CEV(__NR_statmount, -EINVAL, 0xff00, 0xff10, 0xffffffffULL, 0);
		CHECK_STR(tfmt(), P "statmount, req=0xff00, buf=0xff10, "
			  "bufsize=4294967295, flags=0, res=-22 EINVAL\n");
		CEV(__NR_listmount, 0, 0xff00, 0xff10, 8, 0);
		CHECK_STR(tfmt(), P "listmount, req=0xff00, mnt_ids=0xff10, "
			  "nr_mnt_ids=8, flags=0, res=0\n");
		CEV(__NR_lsm_get_self_attr, -EOPNOTSUPP, 104, 0xff00, 0xff10, 0);
		CHECK_STR(tfmt(), P "lsm_get_self_attr, attr=LSM_ATTR_PREV, "
			  "ctx=0xff00, size=0xff10, flags=0, res=-95 EOPNOTSUPP\n");
		CEV(__NR_lsm_set_self_attr, -EINVAL, 100, 0xff00, 16, 1);
		CHECK_STR(tfmt(), P "lsm_set_self_attr, attr=LSM_ATTR_CURRENT, "
			  "ctx=0xff00, size=16, flags=LSM_FLAG_SINGLE, "
			  "res=-22 EINVAL\n");
		CEV(__NR_lsm_list_modules, 3, 0xff00, 0xff10, 0);
		CHECK_STR(tfmt(), P "lsm_list_modules, ids=0xff00, size=0xff10, "
			  "flags=0, res=3\n");
		CEV(__NR_mseal, -EPERM, 0xf7000000ULL, 8192, 0);
		CHECK_STR(tfmt(), P "mseal, addr=0xf7000000, len=8192, flags=0, "
			  "res=-1 EPERM\n");
		CEV(__NR_removexattrat, 0, 3, 0xff00, 0x1000, 0xff10);
		TCAP_STR(1, "");
		TCAP_STR(3, "user.k");
		CHECK_STR(tfmt(), P "removexattrat, dirfd=3, path=\"\", "
			  "at_flags=AT_EMPTY_PATH, name=\"user.k\", res=0\n");
	}
}

#endif

#ifdef MYSD_HAVE_COMPAT
/*
 * ARM private calls of AArch32 tasks (set_tls at every glibc startup).
 * i386 has none: a stand-in list numbered like arm64's __ARM_NR_compat_x
 * checks the lines; only the arm64 guest proves the real list.
 */
static void test_private(void)
{
	static const struct mysd_private_sc priv[] = {
		PSC0(0x0f0000, 0x0f0002, "cacheflush"),
		PSC(0x0f0000, 0x0f0005, "set_tls", A(HEX, "tls")),
	};
	struct mysd_abi_table saved = mysd_compat_abi;
	const struct mysd_capture_spec *s;

	CHECK(mysd_syscall_name(true, 0x0f0005) == NULL);
	mysd_compat_abi.priv = priv;
	mysd_compat_abi.npriv = ARRAY_SIZE(priv);
	mysd_compat_abi.priv_base = 0x0f0000;

	CHECK_STR(mysd_syscall_name(true, 0x0f0005) ?: "", "set_tls");
	CHECK(mysd_syscall_name(false, 0x0f0005) == NULL);
	CHECK(mysd_syscall_captures(true, 0x0f0005, &s) == 0 && s == NULL);
	CEV(0x0f0005, 0, 0xf7ff4f70ULL);
	CHECK_STR(tfmt(), P "set_tls, tls=0xf7ff4f70, res=0\n");
	CEV(0x0f0002, 0, 0x10000, 0x10040, 0);
	CHECK_STR(tfmt(), P "cacheflush, args=(0x10000, 0x10040, 0x0, 0x0, 0x0, 0x0), "
		  "res=0\n");
	CEV(0x0f0007, -ENOSYS);
	CHECK_STR(tfmt(), P "syscall_983047, args=(0x0, 0x0, 0x0, 0x0, 0x0, 0x0), "
		  "res=-38 ENOSYS\n");
	mysd_compat_abi = saved;
}
#endif

#ifdef __arm__
/* A 32-bit ARM kernel's own private calls (glibc's set_tls). */
static void test_private_native(void)
{
	CHECK_STR(mysd_syscall_name(false, __ARM_NR_set_tls) ?: "", "set_tls");
	EV(__ARM_NR_set_tls, 0, 0xb6ff4f70ULL);
	CHECK_STR(tfmt(), P "set_tls, tls=0xb6ff4f70, res=0\n");
}
#endif

int main(void)
{
	mysd_table_init();
#ifdef __arm__
	test_compat();
	test_private_native();
#elif defined(MYSD_HAVE_COMPAT)
	test_compat();
	test_private();
#else
	CHECK(mysd_syscall_name(true, 0) == NULL);
	EV(0, 0, 0);
	TEV->flags |= MYSD_EVF_COMPAT;
	CHECK(strstr(tfmt(), "abi=compat, comm=\"cat\", tid=130, pid=130, syscall_0, args=") != NULL);
#endif
	return check_summary("test_format_compat");
}
