/*
 * test_format.c - exact record lines for hand-built events (native ABI).
 *
 * Build and run from the repo root (names fragments generated first):
 *   syscalls/gen_host_names.sh /tmp/mysd-gen
 *   gcc -Wall -Wextra -O2 -fsanitize=address,undefined -I. -I/tmp/mysd-gen
 *       tests/host/test_format.c $(cat syscalls/host_sources) -o /tmp/test_format
 *   /tmp/test_format
 */
#define _GNU_SOURCE
#include <asm/unistd.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <sys/stat.h>
#include <linux/futex.h>
#include <sched.h>
#include <time.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/random.h>
#include <sys/wait.h>
#include <linux/fs.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/time.h>
#include <sys/ioctl.h>
#include <linux/sockios.h>
#include <sys/timerfd.h>
#include <sys/signalfd.h>
#include <linux/close_range.h>
#include <linux/falloc.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/ptrace.h>
#include <linux/module.h>
#ifndef MNT_DETACH
#define MNT_DETACH	2	/* <sys/mount.h> would clash with <linux/fs.h> */
#define UMOUNT_NOFOLLOW	8
#endif
#include <errno.h>
#include "tests/host/check.h"
#include "tests/host/test_format_ev.h"
#include "syscalls/sysent.h"
#include "syscalls/table.h"

#define P "ts=12.000300000, comm=\"cat\", tid=130, pid=130, "

static void test_original_set(void)
{
	static const u8 sin[16] = { 2, 0, 0x1f, 0x90, 127, 0, 0, 1 };
	static const u8 peer[16] = { 2, 0, 0xa8, 0xca, 127, 0, 0, 1 };
	static const char cwd[] = "/home/user";
	u8 st[sizeof(struct stat)];
	struct stat s;

	EV(__NR_getuid, 1000);
	CHECK_STR(tfmt(), P "getuid, res=1000\n");

	EV(__NR_recvfrom, 5, 4, 0x1000, 64, MSG_DONTWAIT, 0x2000, 0x3000);
	TCAP_STR(1, "hello");
	tcap(4, MYSD_CAP_SOCKADDR, 0, peer, sizeof(peer));
	CHECK_STR(tfmt(), P "recvfrom, fd=4, size=64, flags=MSG_DONTWAIT, res=5, "
		  "data=\"hello\", addr=127.0.0.1:43210\n");

	EV(__NR_socket, 3, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	CHECK_STR(tfmt(), P "socket, domain=AF_INET, type=SOCK_STREAM|SOCK_CLOEXEC, "
		  "protocol=IPPROTO_IP, res=3\n");
	EV(__NR_socket, 3, AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
	CHECK_STR(tfmt(), P "socket, domain=AF_INET6, type=SOCK_DGRAM, "
		  "protocol=IPPROTO_UDP, res=3\n");
	EV(__NR_socket, -EPROTONOSUPPORT, AF_INET, SOCK_STREAM, 9999);
	CHECK_STR(tfmt(), P "socket, domain=AF_INET, type=SOCK_STREAM, "
		  "protocol=9999, res=-93 EPROTONOSUPPORT\n");

	memset(&s, 0, sizeof(s));
	s.st_mode = S_IFREG | 0644;
	s.st_size = 1234;
	memcpy(st, &s, sizeof(st));
	EV(__NR_fstat, 0, 3, 0x7ffd0000);
	tcap(1, MYSD_CAP_BUF, 0, st, sizeof(st));
	CHECK_STR(tfmt(), P "fstat, fd=3, res=0, stat={mode=S_IFREG|0644, size=1234}\n");
	/* what the probe captures: up to st_size; one byte less is a pointer */
	EV(__NR_fstat, 0, 3, 0x7ffd0000);
	tcap(1, MYSD_CAP_BUF, 0, st, MYSD_STAT_CAPTURE);
	CHECK_STR(tfmt(), P "fstat, fd=3, res=0, stat={mode=S_IFREG|0644, size=1234}\n");
	EV(__NR_fstat, 0, 3, 0x7ffd0000);
	tcap(1, MYSD_CAP_BUF, 0, st, MYSD_STAT_CAPTURE - 1);
	CHECK_STR(tfmt(), P "fstat, fd=3, res=0, stat=0x7ffd0000\n");

	EV(__NR_getcwd, 11, 0x5000, 4096);
	tcap(0, MYSD_CAP_STR, 0, cwd, sizeof(cwd) - 1);
	CHECK_STR(tfmt(), P "getcwd, size=4096, res=11, path=\"/home/user\"\n");

	EV(__NR_lseek, 100, 3, (u64)-20, SEEK_END);
	CHECK_STR(tfmt(), P "lseek, fd=3, offset=-20, whence=SEEK_END, res=100\n");

	EV(__NR_futex, -ETIMEDOUT, 0x7000, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 2, 0x8000);
	CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAIT|FUTEX_PRIVATE_FLAG, "
		  "val=2, timeout=0x8000, res=-110 ETIMEDOUT\n");
	{
		/*
		 * futex's fourth argument, as its op reads it (strace's names);
		 * val, uaddr2 and val3 only where it reads them
		 */
		static const s64 rel[2] = { 0, 1000 }, abs[2] = { 1700000000, 5 };

		EV(__NR_futex, -ETIMEDOUT, 0x7000, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 2, 0x8000);
		tcap(3, MYSD_CAP_BUF, 0, rel, sizeof(rel));
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAIT|FUTEX_PRIVATE_FLAG, "
			  "val=2, timeout={tv_sec=0, tv_nsec=1000}, "
			  "res=-110 ETIMEDOUT\n");
		EV(__NR_futex, -EAGAIN, 0x7000, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 2, 0);
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAIT|FUTEX_PRIVATE_FLAG, "
			  "val=2, timeout=NULL, res=-11 EAGAIN\n");
		EV(__NR_futex, -EFAULT, 0x7000, FUTEX_WAIT, 2, 0x10);
		tcap(3, MYSD_CAP_BUF, MYSD_CAPF_FAULT, NULL, 0);
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAIT, val=2, "
			  "timeout=0x10<fault>, res=-14 EFAULT\n");
		/* WAKE has no use for it (whatever the register holds) */
		EV(__NR_futex, 1, 0x7000, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1, 0x8000);
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAKE|FUTEX_PRIVATE_FLAG, "
			  "val=1, res=1\n");
		EV(__NR_futex, 0, 0x7000, FUTEX_UNLOCK_PI_PRIVATE, 0, 0);
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_UNLOCK_PI|FUTEX_PRIVATE_FLAG, "
			  "res=0\n");
		/* the requeues' count, val2: a number, never read */
		EV(__NR_futex, 1, 0x7000, FUTEX_CMP_REQUEUE_PRIVATE, 1, 0x7fffffff,
		   0x7004, 2);
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_CMP_REQUEUE|FUTEX_PRIVATE_FLAG, "
			  "val=1, val2=2147483647, uaddr2=0x7004, val3=2, res=1\n");
		/* a capture the probe would not make is not printed */
		EV(__NR_futex, 0, 0x7000, FUTEX_REQUEUE, 1, 0xffffffff00000003ULL, 0x7004);
		tcap(3, MYSD_CAP_BUF, 0, rel, sizeof(rel));
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_REQUEUE, val=1, val2=3, "
			  "uaddr2=0x7004, res=0\n");
		/* an absolute timeout, and the bitset of any waiter */
		EV(__NR_futex, -ETIMEDOUT, 0x7000, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG |
		   FUTEX_CLOCK_REALTIME, 0, 0x8000, 0, FUTEX_BITSET_MATCH_ANY);
		tcap(3, MYSD_CAP_BUF, 0, abs, sizeof(abs));
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAIT_BITSET|"
			  "FUTEX_PRIVATE_FLAG|FUTEX_CLOCK_REALTIME, val=0, "
			  "timeout={tv_sec=1700000000, tv_nsec=5}, "
			  "val3=FUTEX_BITSET_MATCH_ANY, res=-110 ETIMEDOUT\n");
		EV(__NR_futex, 0, 0x7000, FUTEX_WAKE_BITSET_PRIVATE, 1, 0, 0, 0x5);
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAKE_BITSET|FUTEX_PRIVATE_FLAG, "
			  "val=1, val3=0x5, res=0\n");
		EV(__NR_futex, 0, 0x7000, FUTEX_LOCK_PI, 0, 0x8000);
		tcap(3, MYSD_CAP_BUF, 0, abs, sizeof(abs));
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_LOCK_PI, "
			  "timeout={tv_sec=1700000000, tv_nsec=5}, res=0\n");
		/* WAIT_REQUEUE_PI: its timeout and uaddr2; val unsigned */
		EV(__NR_futex, 0, 0x7000, FUTEX_WAIT_REQUEUE_PI, 0xffffffff, 0,
		   0x7004, 9);
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAIT_REQUEUE_PI, "
			  "val=4294967295, timeout=NULL, uaddr2=0x7004, res=0\n");
		/* FUTEX_WAKE_OP: val2, and its op as strace decodes it */
		EV(__NR_futex, 1, 0x7000, FUTEX_WAKE_OP_PRIVATE, 1, 1, 0x7004,
		   FUTEX_OP(FUTEX_OP_SET, 0, FUTEX_OP_CMP_GT, 1));
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAKE_OP|FUTEX_PRIVATE_FLAG, "
			  "val=1, val2=1, uaddr2=0x7004, "
			  "val3=FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1, res=1\n");
		/* FUTEX_OP(FUTEX_OP_OPARG_SHIFT | FUTEX_OP_XOR, 0x123, 0xf, 0xabc) */
		EV(__NR_futex, 0, 0x7000, FUTEX_WAKE_OP, 2, 0, 0x7004, 0xcf123abc);
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=FUTEX_WAKE_OP, val=2, val2=0, "
			  "uaddr2=0x7004, val3=FUTEX_OP_OPARG_SHIFT<<28|FUTEX_OP_XOR<<28|"
			  "0x123<<12|0xf<<24|0xabc, res=0\n");
		/* an unknown command (ENOSYS): a pointer, not read */
		EV(__NR_futex, -ENOSYS, 0x7000, 0x7a, 1, 0x8000, 0, 7);
		CHECK_STR(tfmt(), P "futex, uaddr=0x7000, op=0x7a, val=1, timeout=0x8000, "
			  "uaddr2=NULL, val3=7, res=-38 ENOSYS\n");
	}

	EV(__NR_sendto, 3, 5, 0x1000, 3, MSG_NOSIGNAL, 0x2000, 16);
	TCAP_STR(1, "GET");
	tcap(4, MYSD_CAP_SOCKADDR, 0, sin, sizeof(sin));
	CHECK_STR(tfmt(), P "sendto, fd=5, data=\"GET\", size=3, flags=MSG_NOSIGNAL, "
		  "addr=127.0.0.1:8080, res=3\n");

	EV(__NR_clone, 131, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
	   CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID |
	   CLONE_CHILD_CLEARTID, 0x7f00, 0x7f10, 0x7f20, 0x7f30);
#if defined(__x86_64__)
	CHECK_STR(tfmt(), P "clone, flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|"
		  "CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|"
		  "CLONE_CHILD_CLEARTID, stack=0x7f00, parent_tid=0x7f10, "
		  "child_tid=0x7f20, tls=0x7f30, res=131\n");
#endif
	EV(__NR_clone, 132, CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD);
	CHECK(strstr(tfmt(), "flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD,") != NULL);
	EV(__NR_clone, 132, SIGCHLD);
	CHECK(strstr(tfmt(), "clone, flags=SIGCHLD,") != NULL);

	EV(__NR_read, 12, 3, 0x1000, 4096);
	TCAP_STR(1, "root:x:0:0:\n");
	CHECK_STR(tfmt(), P "read, fd=3, size=4096, res=12, data=\"root:x:0:0:\\n\"\n");

	EV(__NR_mmap, 0x7f0000001000LL, 0, 8192, PROT_READ | PROT_WRITE,
	   MAP_PRIVATE | MAP_ANONYMOUS, (u64)-1, 0);
	CHECK_STR(tfmt(), P "mmap, addr=NULL, len=8192, prot=PROT_READ|PROT_WRITE, "
		  "flags=MAP_PRIVATE|MAP_ANONYMOUS, fd=-1, offset=0x0, res=0x7f0000001000\n");

	EV(__NR_exit_group, 0, 0);
	TEV->flags = MYSD_EVF_NORET;
	CHECK_STR(tfmt(), P "exit_group, status=0, res=?\n");

	EV(__NR_close, -EBADF, 99);
	CHECK_STR(tfmt(), P "close, fd=99, res=-9 EBADF\n");

	EV(__NR_tgkill, 0, 120, 121, SIGTERM);
	CHECK_STR(tfmt(), P "tgkill, tgid=120, tid=121, sig=SIGTERM, res=0\n");

	EV(__NR_munmap, 0, 0x7f0000001000ULL, 8192);
	CHECK_STR(tfmt(), P "munmap, addr=0x7f0000001000, len=8192, res=0\n");

	{
		static const s64 ts[2] = { 1, 500000000 };

		EV(__NR_nanosleep, -EINTR, 0x1000, 0x2000);
		tcap(0, MYSD_CAP_BUF, 0, ts, sizeof(ts));
		CHECK_STR(tfmt(), P "nanosleep, req={tv_sec=1, tv_nsec=500000000}, "
			  "rem=0x2000, res=-4 EINTR\n");
		/* one buffer for both (glibc's sleep()): interrupted, it holds rem */
		EV(__NR_nanosleep, -EINTR, 0x1000, 0x1000);
		tcap(0, MYSD_CAP_BUF, 0, ts, sizeof(ts));
		CHECK_STR(tfmt(), P "nanosleep, req=0x1000, rem=0x1000, res=-4 EINTR\n");
		EV(__NR_nanosleep, 0, 0x1000, 0x1000);	/* slept: req as given */
		tcap(0, MYSD_CAP_BUF, 0, ts, sizeof(ts));
		CHECK_STR(tfmt(), P "nanosleep, req={tv_sec=1, tv_nsec=500000000}, "
			  "rem=0x1000, res=0\n");
	}
	{
		struct pollfd pf[2] = { { 3, POLLIN, 0 },
					{ 4, POLLIN | POLLOUT, POLLOUT | POLLHUP } };
		u64 mask = (1ULL << (SIGINT - 1)) | (1ULL << (SIGTERM - 1));

		EV(__NR_ppoll, 1, 0x1000, 2, 0, 0x3000, 8);
		tcap(0, MYSD_CAP_BUF, 0, pf, sizeof(pf));
		tcap(3, MYSD_CAP_BUF, 0, &mask, sizeof(mask));
		CHECK_STR(tfmt(), P "ppoll, fds=[{fd=3, events=POLLIN}, "
			  "{fd=4, events=POLLIN|POLLOUT}], nfds=2, "
			  "sigmask=[SIGINT|SIGTERM], sigsetsize=8, res=1, "
			  "left=NULL, revents=[{fd=4, revents=POLLOUT|POLLHUP}]\n");
		/* timed out: nothing found; failed: nothing shown */
		pf[1].revents = 0;
		EV(__NR_ppoll, 0, 0x1000, 2, 0, 0, 8);
		tcap(0, MYSD_CAP_BUF, 0, pf, sizeof(pf));
		CHECK_STR(tfmt(), P "ppoll, fds=[{fd=3, events=POLLIN}, "
			  "{fd=4, events=POLLIN|POLLOUT}], nfds=2, sigmask=NULL, "
			  "sigsetsize=8, res=0, left=NULL, revents=[]\n");
		EV(__NR_ppoll, -EINTR, 0x1000, 2, 0, 0, 8);
		tcap(0, MYSD_CAP_BUF, 0, pf, sizeof(pf));
		CHECK_STR(tfmt(), P "ppoll, fds=[{fd=3, events=POLLIN}, "
			  "{fd=4, events=POLLIN|POLLOUT}], nfds=2, sigmask=NULL, "
			  "sigsetsize=8, res=-4 EINTR\n");
		/* the array unread or cut */
		EV(__NR_ppoll, 1, 0x1000, 2, 0, 0, 8);
		tcap(0, MYSD_CAP_BUF, MYSD_CAPF_FAULT, NULL, 0);
		CHECK_STR(tfmt(), P "ppoll, fds=0x1000<fault>, nfds=2, sigmask=NULL, "
			  "sigsetsize=8, res=1, left=NULL, revents=?\n");
		pf[0].revents = POLLIN;
		EV(__NR_ppoll, 1, 0x1000, 200, 0, 0, 8);
		tcap(0, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, pf, sizeof(pf));
		CHECK_STR(tfmt(), P "ppoll, fds=[{fd=3, events=POLLIN}, "
			  "{fd=4, events=POLLIN|POLLOUT}]..., nfds=200, sigmask=NULL, "
			  "sigsetsize=8, res=1, left=NULL, "
			  "revents=[{fd=3, revents=POLLIN}]...\n");
	}

	EV(__NR_dup, 4, 3);
	CHECK_STR(tfmt(), P "dup, fd=3, res=4\n");

	EV(__NR_ioctl, -ENOTTY, 1, 0x5401, 0x7ffc0000);
	CHECK_STR(tfmt(), P "ioctl, fd=1, cmd=TCGETS, arg=0x7ffc0000, res=-25 ENOTTY\n");
	EV(__NR_ioctl, 0, 3, FIONBIO, 0x7ffc0000);
	CHECK_STR(tfmt(), P "ioctl, fd=3, cmd=FIONBIO, arg=0x7ffc0000, res=0\n");
	EV(__NR_ioctl, 0, 3, SIOCGIFINDEX, 0x7ffc0000);
	CHECK_STR(tfmt(), P "ioctl, fd=3, cmd=SIOCGIFINDEX, arg=0x7ffc0000, res=0\n");
	/* an unknown request in hex; the high half of the register ignored */
	EV(__NR_ioctl, 0, 3, 0xffffffff80086601ULL, 0);
	CHECK_STR(tfmt(), P "ioctl, fd=3, cmd=0x80086601, arg=0x0, res=0\n");

	EV(__NR_openat, 3, (u64)AT_FDCWD, 0x1000, O_RDONLY | O_CLOEXEC, 0);
	TCAP_STR(1, "/etc/passwd");
	CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=\"/etc/passwd\", "
		  "flags=O_RDONLY|O_CLOEXEC, res=3\n");

	EV(__NR_openat, 4, 5, 0x1000, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	TCAP_STR(1, "out.txt");
	CHECK_STR(tfmt(), P "openat, dirfd=5, path=\"out.txt\", "
		  "flags=O_WRONLY|O_CREAT|O_TRUNC, mode=0644, res=4\n");

	/* O_TMPFILE holds O_DIRECTORY's bit: a directory open takes no mode. */
	EV(__NR_openat, 4, (u64)AT_FDCWD, 0x1000, O_RDONLY | O_DIRECTORY, 0);
	TCAP_STR(1, "/");
	CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=\"/\", "
		  "flags=O_RDONLY|O_DIRECTORY, res=4\n");

	EV(__NR_openat, 5, (u64)AT_FDCWD, 0x1000, O_RDWR | O_TMPFILE, 0600);
	TCAP_STR(1, "/tmp");
	CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=\"/tmp\", "
		  "flags=O_RDWR|O_TMPFILE, mode=0600, res=5\n");

	EV(__NR_write, 6, 1, 0x1000, 6);
	TCAP_STR(1, "hello\n");
	CHECK_STR(tfmt(), P "write, fd=1, data=\"hello\\n\", size=6, res=6\n");

	EV(__NR_accept4, 7, 6, 0x1000, 0x2000, SOCK_NONBLOCK | SOCK_CLOEXEC);
	tcap(1, MYSD_CAP_SOCKADDR, 0, peer, sizeof(peer));
	CHECK_STR(tfmt(), P "accept4, fd=6, flags=SOCK_NONBLOCK|SOCK_CLOEXEC, res=7, "
		  "addr=127.0.0.1:43210\n");

	{
		static const char argv[] = "ls\0-l\0/tmp";

		EV(__NR_execve, 0, 0x1000, 0x2000, 0x3000);
		TCAP_STR(0, "/bin/ls");
		tcap(1, MYSD_CAP_ARGV, 0, argv, sizeof(argv));
		CHECK_STR(tfmt(), P "execve, path=\"/bin/ls\", argv=[\"ls\", \"-l\", "
			  "\"/tmp\"], envp=0x3000, res=0\n");
		EV(__NR_execve, -ENOENT, 0x1000, 0x2000, 0x3000);
		TCAP_STR(0, "/nope");
		tcap(1, MYSD_CAP_ARGV, MYSD_CAPF_TRUNC, argv, 3);
		CHECK_STR(tfmt(), P "execve, path=\"/nope\", argv=[\"ls\"]..., "
			  "envp=0x3000, res=-2 ENOENT\n");
		/* the last string cut at string_max: no NUL kept */
		EV(__NR_execve, 0, 0x1000, 0x2000, 0x3000);
		TCAP_STR(0, "/bin/ls");
		tcap(1, MYSD_CAP_ARGV, MYSD_CAPF_TRUNC, argv, 9);
		CHECK_STR(tfmt(), P "execve, path=\"/bin/ls\", argv=[\"ls\", \"-l\", "
			  "\"/tm\"...]..., envp=0x3000, res=0\n");
	}
	{
		/* envp: the pointer and the count of its entries, as strace */
		static const u32 three = 3, one = 1, most = 4096;

		EV(__NR_execve, 0, 0x1000, 0x2000, 0x3000);
		tcap(2, MYSD_CAP_BUF, 0, &three, sizeof(three));
		CHECK_STR(tfmt(), P "execve, path=0x1000, argv=0x2000, "
			  "envp=0x3000 /* 3 vars */, res=0\n");
		EV(__NR_execve, 0, 0x1000, 0x2000, 0x3000);
		tcap(2, MYSD_CAP_BUF, 0, &one, sizeof(one));
		CHECK_STR(tfmt(), P "execve, path=0x1000, argv=0x2000, "
			  "envp=0x3000 /* 1 var */, res=0\n");
		EV(__NR_execve, 0, 0x1000, 0x2000, 0x3000);
		tcap(2, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, &most, sizeof(most));
		CHECK_STR(tfmt(), P "execve, path=0x1000, argv=0x2000, "
			  "envp=0x3000 /* 4096+ vars */, res=0\n");
		EV(__NR_execve, -EFAULT, 0x1000, 0x2000, 0x3000);
		tcap(2, MYSD_CAP_BUF, MYSD_CAPF_FAULT, NULL, 0);
		CHECK_STR(tfmt(), P "execve, path=0x1000, argv=0x2000, "
			  "envp=0x3000<fault>, res=-14 EFAULT\n");
		EV(__NR_execve, -EFAULT, 0x1000, 0x2000, 0);
		CHECK_STR(tfmt(), P "execve, path=0x1000, argv=0x2000, "
			  "envp=NULL, res=-14 EFAULT\n");
		/* a short capture (malformed event): the pointer alone */
		EV(__NR_execve, 0, 0x1000, 0x2000, 0x3000);
		tcap(2, MYSD_CAP_BUF, 0, &three, 2);
		CHECK_STR(tfmt(), P "execve, path=0x1000, argv=0x2000, "
			  "envp=0x3000, res=0\n");
	}

	EV(__NR_exit, 0, 3);
	TEV->flags = MYSD_EVF_NORET;
	CHECK_STR(tfmt(), P "exit, status=3, res=?\n");
}

static void test_extended(void)
{
	int fds[2] = { 3, 4 };

	EV(__NR_pipe2, 0, 0x1000, O_CLOEXEC);
	tcap(0, MYSD_CAP_BUF, 0, fds, sizeof(fds));
	CHECK_STR(tfmt(), P "pipe2, flags=O_CLOEXEC, res=0, fds=[3, 4]\n");

	EV(__NR_pread64, 10, 3, 0x1000, 10, 4096);
	TCAP_STR(1, "0123456789");
	CHECK_STR(tfmt(), P "pread64, fd=3, size=10, offset=4096, res=10, "
		  "data=\"0123456789\"\n");

	EV(__NR_newfstatat, -ENOENT, (u64)AT_FDCWD, 0x1000, 0x2000, AT_SYMLINK_NOFOLLOW);
	TCAP_STR(1, "/x");
	CHECK_STR(tfmt(), P "newfstatat, dirfd=AT_FDCWD, path=\"/x\", "
		  "flags=AT_SYMLINK_NOFOLLOW, res=-2 ENOENT\n");

	EV(__NR_fcntl, 0, 3, F_SETFL, O_NONBLOCK | O_RDWR);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_SETFL, arg=O_RDWR|O_NONBLOCK, res=0\n");
	EV(__NR_fcntl, 0x802, 3, F_GETFL);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETFL, res=2050 O_RDWR|O_NONBLOCK\n");
	EV(__NR_fcntl, 0, 3, F_GETFL);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETFL, res=0 O_RDONLY\n");
	EV(__NR_fcntl, -EBADF, 3, F_GETFL);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETFL, res=-9 EBADF\n");
	EV(__NR_fcntl, FD_CLOEXEC, 3, F_GETFD);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETFD, res=1 FD_CLOEXEC\n");
	EV(__NR_fcntl, 0, 3, F_GETFD);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETFD, res=0\n");
	EV(__NR_fcntl, F_UNLCK, 3, F_GETLEASE);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETLEASE, res=2 F_UNLCK\n");
	EV(__NR_fcntl, F_RDLCK, 3, F_GETLEASE);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETLEASE, res=0 F_RDLCK\n");
	EV(__NR_fcntl, 0, 3, F_SETLEASE, F_WRLCK);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_SETLEASE, arg=F_WRLCK, res=0\n");
	EV(__NR_fcntl, F_SEAL_SEAL | F_SEAL_GROW, 3, F_GET_SEALS);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GET_SEALS, res=5 F_SEAL_SEAL|F_SEAL_GROW\n");
	EV(__NR_fcntl, 0, 3, F_GET_SEALS);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GET_SEALS, res=0\n");
	EV(__NR_fcntl, 0, 3, F_ADD_SEALS, F_SEAL_WRITE | 0x400);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_ADD_SEALS, arg=F_SEAL_WRITE|0x400, res=0\n");
	EV(__NR_fcntl, SIGUSR1, 3, F_GETSIG);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETSIG, res=10 SIGUSR1\n");
	EV(__NR_fcntl, 0, 3, F_GETSIG);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETSIG, res=0\n");
	EV(__NR_fcntl, 35, 3, F_GETSIG);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETSIG, res=35 SIGRT_3\n");
	EV(__NR_fcntl, 99, 3, F_GETSIG);	/* no name: the number once */
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETSIG, res=99\n");
	EV(__NR_fcntl, 7, 3, F_GETLEASE);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETLEASE, res=7\n");
	EV(__NR_fcntl, 0, 3, F_SETSIG, SIGUSR1);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_SETSIG, arg=SIGUSR1, res=0\n");
	EV(__NR_fcntl, 0, 3, F_SETSIG, 0);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_SETSIG, arg=0, res=0\n");
	EV(__NR_fcntl, 0, 3, F_NOTIFY, DN_MODIFY | DN_MULTISHOT);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_NOTIFY, arg=DN_MODIFY|DN_MULTISHOT, res=0\n");
	EV(__NR_fcntl, 10, 3, F_DUPFD_CLOEXEC, 10);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_DUPFD_CLOEXEC, arg=10, res=10\n");

	EV(__NR_faccessat, 0, (u64)AT_FDCWD, 0x1000, R_OK | X_OK);
	TCAP_STR(1, "/bin/sh");
	CHECK_STR(tfmt(), P "faccessat, dirfd=AT_FDCWD, path=\"/bin/sh\", "
		  "mode=R_OK|X_OK, res=0\n");
	EV(__NR_faccessat, 0, (u64)AT_FDCWD, 0x1000, F_OK);
	TCAP_STR(1, "/");
	CHECK(strstr(tfmt(), "mode=F_OK, res=0") != NULL);

	EV(__NR_renameat2, 0, (u64)AT_FDCWD, 0x1000, (u64)AT_FDCWD, 0x2000, RENAME_NOREPLACE);
	TCAP_STR(1, "a");
	TCAP_STR(3, "b");
	CHECK_STR(tfmt(), P "renameat2, olddirfd=AT_FDCWD, oldpath=\"a\", "
		  "newdirfd=AT_FDCWD, newpath=\"b\", flags=RENAME_NOREPLACE, res=0\n");

	EV(__NR_mprotect, 0, 0x7000, 4096, PROT_NONE);
	CHECK_STR(tfmt(), P "mprotect, addr=0x7000, len=4096, prot=PROT_NONE, res=0\n");
	EV(__NR_brk, 0x560000021000LL, 0);
	CHECK_STR(tfmt(), P "brk, addr=NULL, res=0x560000021000\n");
	EV(__NR_madvise, 0, 0x7000, 4096, MADV_DONTNEED);
	CHECK_STR(tfmt(), P "madvise, addr=0x7000, len=4096, advice=MADV_DONTNEED, res=0\n");
	EV(__NR_madvise, 0, 0x7000, 4096, 22);
	CHECK_STR(tfmt(), P "madvise, addr=0x7000, len=4096, advice=MADV_POPULATE_READ, res=0\n");
	EV(__NR_madvise, 0, 0x7000, 4096, 24);
	CHECK_STR(tfmt(), P "madvise, addr=0x7000, len=4096, advice=MADV_DONTNEED_LOCKED, res=0\n");

	EV(__NR_wait4, 131, (u64)-1, 0x1000, WNOHANG, 0);
	CHECK_STR(tfmt(), P "wait4, pid=-1, options=WNOHANG, res=131, "
		  "wstatus=0x1000, rusage=NULL\n");
	{
		static const struct {
			u32 status;
			const char *text;
		} ws[] = {
			{ 0x0300, "[{WIFEXITED(s) && WEXITSTATUS(s) == 3}]" },
			{ 0x0000, "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]" },
			{ 0x0009, "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}]" },
			{ 0x008b, "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}]" },
			{ 0x137f, "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}]" },
			/* a tracee's stops, as strace 6 shows them */
			{ 0x3057f, "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}"
				   "|PTRACE_EVENT_CLONE<<16]" },
			{ 0x6057f, "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}"
				   "|PTRACE_EVENT_EXIT<<16]" },
			{ 0x80137f, "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}"
				    "|PTRACE_EVENT_STOP<<16]" },
			{ 0x857f, "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP | 0x80}]" },
			{ 0x4057f, "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}"
				   "|PTRACE_EVENT_EXEC<<16]" },
			{ 0x9057f, "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}"
				   "|0x9<<16]" },
			{ 0xffff, "[{WIFCONTINUED(s)}]" },
			/* bits no macro reads: a hex rest, or the number */
			{ 0x10300, "[{WIFEXITED(s) && WEXITSTATUS(s) == 3}"
				   "|PTRACE_EVENT_FORK<<16]" },
			{ 0x0380, "[{WIFEXITED(s) && WEXITSTATUS(s) == 3}|0x80]" },
			{ 0x0109, "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}|0x100]" },
			{ 0x1ff, "[0x1ff]" },
			{ 0x1ffff, "[0x1ffff]" },
		};
		static const s64 ru[4] = { 1, 20, 0, 999999 };
		char want[256];
		unsigned int i;

		for (i = 0; i < ARRAY_SIZE(ws); i++) {
			EV(__NR_wait4, 131, (u64)-1, 0x1000, 0, 0x2000);
			tcap(1, MYSD_CAP_BUF, 0, &ws[i].status, 4);
			tcap(3, MYSD_CAP_BUF, 0, ru, sizeof(ru));
			snprintf(want, sizeof(want), P "wait4, pid=-1, options=0, "
				 "res=131, wstatus=%s, rusage={ru_utime={tv_sec=1, "
				 "tv_usec=20}, ru_stime={tv_sec=0, tv_usec=999999}, "
				 "...}\n", ws[i].text);
			CHECK_STR(tfmt(), want);
		}
		/* WNOHANG and no child ready: status and rusage not written */
		EV(__NR_wait4, 0, (u64)-1, 0x1000, WNOHANG, 0x2000);
		tcap(1, MYSD_CAP_BUF, 0, &ws[0].status, 4);
		tcap(3, MYSD_CAP_BUF, 0, ru, sizeof(ru));
		CHECK_STR(tfmt(), P "wait4, pid=-1, options=WNOHANG, res=0, "
			  "wstatus=0x1000, rusage=0x2000\n");
		/* a failed wait shows no output */
		EV(__NR_wait4, -ECHILD, (u64)-1, 0x1000, 0, 0x2000);
		CHECK_STR(tfmt(), P "wait4, pid=-1, options=0, res=-10 ECHILD\n");
		/* a rusage cut short prints as its pointer */
		EV(__NR_getrusage, 0, RUSAGE_SELF, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, ru, 24);
		CHECK_STR(tfmt(), P "getrusage, who=RUSAGE_SELF, res=0, usage=0x1000\n");
	}
	{
		/* siginfo_t laid out by libc: the capture reads the same offsets */
		const u32 n = MYSD_SIGINFO_SIZE(sizeof(long));
		static const s64 ru[4] = { 1, 20, 0, 999999 };
		siginfo_t si;
		char want[256];

		memset(&si, 0, sizeof(si));
		si.si_signo = SIGCHLD;
		si.si_code = CLD_EXITED;
		si.si_pid = 42;
		si.si_uid = 1000;
		si.si_status = 3;
		si.si_utime = 5;
		si.si_stime = 2;
		EV(__NR_waitid, 0, P_PID, 42, 0x1000, WEXITED, 0);
		tcap(2, MYSD_CAP_BUF, 0, &si, n);
		CHECK_STR(tfmt(), P "waitid, which=P_PID, id=42, options=WEXITED, "
			  "res=0, infop={si_signo=SIGCHLD, si_code=CLD_EXITED, "
			  "si_pid=42, si_uid=1000, si_status=3, si_utime=5, "
			  "si_stime=2}, rusage=NULL\n");
		si.si_utime = si.si_stime = 0;
		si.si_code = CLD_KILLED;
		si.si_status = SIGKILL;
		EV(__NR_waitid, 0, P_ALL, 0, 0x1000, WEXITED, 0);
		tcap(2, MYSD_CAP_BUF, 0, &si, n);
		CHECK_STR(tfmt(), P "waitid, which=P_ALL, id=0, options=WEXITED, "
			  "res=0, infop={si_signo=SIGCHLD, si_code=CLD_KILLED, "
			  "si_pid=42, si_uid=1000, si_status=SIGKILL, si_utime=0, "
			  "si_stime=0}, rusage=NULL\n");
		/*
		 * a tracee's event stop: si_status is the stop's code,
		 * SIGTRAP|PTRACE_EVENT_FORK<<8, no signal's number: decimal,
		 * as strace
		 */
		si.si_code = CLD_TRAPPED;
		si.si_status = SIGTRAP | 1 << 8;
		EV(__NR_waitid, 0, P_PID, 42, 0x1000, WEXITED, 0);
		tcap(2, MYSD_CAP_BUF, 0, &si, n);
		CHECK_STR(tfmt(), P "waitid, which=P_PID, id=42, options=WEXITED, "
			  "res=0, infop={si_signo=SIGCHLD, si_code=CLD_TRAPPED, "
			  "si_pid=42, si_uid=1000, si_status=261, si_utime=0, "
			  "si_stime=0}, rusage=NULL\n");
		si.si_code = CLD_KILLED;
		si.si_status = SIGKILL;
		/* a child reported: its rusage */
		EV(__NR_waitid, 0, P_ALL, 0, 0x1000, WEXITED, 0x2000);
		tcap(2, MYSD_CAP_BUF, 0, &si, n);
		tcap(4, MYSD_CAP_BUF, 0, ru, sizeof(ru));
		CHECK_STR(tfmt(), P "waitid, which=P_ALL, id=0, options=WEXITED, "
			  "res=0, infop={si_signo=SIGCHLD, si_code=CLD_KILLED, "
			  "si_pid=42, si_uid=1000, si_status=SIGKILL, si_utime=0, "
			  "si_stime=0}, rusage={"
			  "ru_utime={tv_sec=1, tv_usec=20}, ru_stime={tv_sec=0, "
			  "tv_usec=999999}, ...}\n");
		/*
		 * WNOHANG and no child ready: the kernel wrote si_signo 0, and
		 * not the rusage
		 */
		memset(&si, 0, sizeof(si));
		EV(__NR_waitid, 0, P_ALL, 0, 0x1000, WEXITED | WNOHANG, 0x2000);
		tcap(2, MYSD_CAP_BUF, 0, &si, n);
		tcap(4, MYSD_CAP_BUF, 0, ru, sizeof(ru));
		CHECK_STR(tfmt(), P "waitid, which=P_ALL, id=0, "
			  "options=WNOHANG|WEXITED, res=0, infop={}, rusage=0x2000\n");
		/* cut short: the pointer; failed: nothing */
		EV(__NR_waitid, 0, P_ALL, 0, 0x1000, WEXITED, 0);
		tcap(2, MYSD_CAP_BUF, 0, &si, n - 1);
		CHECK_STR(tfmt(), P "waitid, which=P_ALL, id=0, options=WEXITED, "
			  "res=0, infop=0x1000, rusage=NULL\n");
		EV(__NR_waitid, -ECHILD, P_ALL, 0, 0x1000, WEXITED, 0);
		CHECK_STR(tfmt(), P "waitid, which=P_ALL, id=0, options=WEXITED, "
			  "res=-10 ECHILD\n");
		/*
		 * Taken by rt_sigtimedwait(): a signal from tgkill() names its
		 * sender, a fault its address (the union's first word: si_pid
		 * 7 here), another signal's codes are numbers (SEGV_MAPERR is
		 * 1).
		 */
		static const struct {
			int signo, code;
			const char *name, *info;
		} taken[] = {
			{ SIGUSR2, SI_TKILL, "SIGUSR2", "{si_signo=SIGUSR2, si_code=SI_TKILL, "
					     "si_pid=7, si_uid=0}" },
			{ SIGSEGV, SI_KERNEL, "SIGSEGV", "{si_signo=SIGSEGV, si_code=SI_KERNEL, "
					     "si_addr=0x7}" },
			{ SIGSEGV, SEGV_MAPERR, "SIGSEGV", "{si_signo=SIGSEGV, si_code=1, "
					     "si_addr=0x7}" },
			/* the kernel's SIGHUP: a sender only where one is set */
			{ SIGHUP, SI_KERNEL, "SIGHUP", "{si_signo=SIGHUP, si_code=SI_KERNEL, "
					     "si_pid=7, si_uid=0}" },
			{ 34, SI_TKILL, "SIGRT_2", "{si_signo=SIGRT_2, si_code=SI_TKILL, "
					     "si_pid=7, si_uid=0}" },
		};
		unsigned int i;

		si.si_pid = 7;
		si.si_uid = 0;
		for (i = 0; i < ARRAY_SIZE(taken); i++) {
			si.si_signo = taken[i].signo;
			si.si_code = taken[i].code;
			EV(__NR_rt_sigtimedwait, taken[i].signo, 0x2000, 0x1000, 0, 8);
			tcap(1, MYSD_CAP_BUF, 0, &si, n);
			snprintf(want, sizeof(want), P "rt_sigtimedwait, set=0x2000, "
				 "timeout=NULL, sigsetsize=8, res=%d %s, info=%s\n",
				 taken[i].signo, taken[i].name, taken[i].info);
			CHECK_STR(tfmt(), want);
		}
		/* sigqueue()'s value, a timer's, an errno */
		memset(&si, 0, sizeof(si));
		si.si_signo = SIGUSR1;
		si.si_code = SI_QUEUE;
		si.si_pid = 9;
		si.si_uid = 1000;
		si.si_value.sival_ptr = (void *)0x12345678;
		EV(__NR_rt_sigtimedwait, SIGUSR1, 0x2000, 0x1000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, &si, n);
		CHECK_STR(tfmt(), P "rt_sigtimedwait, set=0x2000, timeout=NULL, "
			  "sigsetsize=8, res=10 SIGUSR1, info={si_signo=SIGUSR1, "
			  "si_code=SI_QUEUE, si_pid=9, si_uid=1000, "
			  "si_int=305419896, si_ptr=0x12345678}\n");
		si.si_value.sival_ptr = NULL;	/* no value: none shown */
		si.si_errno = EPERM;
		EV(__NR_rt_sigtimedwait, SIGUSR1, 0x2000, 0x1000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, &si, n);
		CHECK_STR(tfmt(), P "rt_sigtimedwait, set=0x2000, timeout=NULL, "
			  "sigsetsize=8, res=10 SIGUSR1, info={si_signo=SIGUSR1, "
			  "si_code=SI_QUEUE, si_errno=EPERM, si_pid=9, "
			  "si_uid=1000}\n");
		memset(&si, 0, sizeof(si));
		si.si_signo = SIGALRM;
		si.si_code = SI_TIMER;
		si.si_timerid = 3;
		si.si_overrun = 2;
		si.si_value.sival_int = -1;
		EV(__NR_rt_sigtimedwait, SIGALRM, 0x2000, 0x1000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, &si, n);
		CHECK_STR(tfmt(), P "rt_sigtimedwait, set=0x2000, timeout=NULL, "
			  "sigsetsize=8, res=14 SIGALRM, info={si_signo=SIGALRM, "
			  "si_code=SI_TIMER, si_timerid=0x3, si_overrun=2, "
			  "si_int=-1, si_ptr=0xffffffff}\n");
		memset(&si, 0, sizeof(si));
		si.si_signo = SIGIO;
		si.si_code = POLL_IN;
		si.si_band = POLLIN;
		si.si_fd = 5;
		EV(__NR_rt_sigtimedwait, SIGIO, 0x2000, 0x1000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, &si, n);
		CHECK_STR(tfmt(), P "rt_sigtimedwait, set=0x2000, timeout=NULL, "
			  "sigsetsize=8, res=29 SIGIO, info={si_signo=SIGIO, "
			  "si_code=1, si_band=1, si_fd=5}\n");
	}
	{
		/* CPU masks: unsigned longs, CPU n is bit n of the array */
		static const u64 mask[2] = { 0x8000000000000003ULL, 0x5 };

		EV(__NR_sched_getaffinity, 8, 0, 128, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, mask, 8);
		CHECK_STR(tfmt(), P "sched_getaffinity, pid=0, size=128, res=8, "
			  "mask=[0, 1, 63]\n");
		EV(__NR_sched_setaffinity, 0, 0, 16, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, mask, 16);
		CHECK_STR(tfmt(), P "sched_setaffinity, pid=0, size=16, "
			  "mask=[0, 1, 63, 64, 66], res=0\n");
		/* kept up to MYSD_CPUSET_MAX: the rest is "..." */
		EV(__NR_sched_setaffinity, 0, 0, 4096, 0x1000);
		tcap(2, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, mask, 16);
		CHECK_STR(tfmt(), P "sched_setaffinity, pid=0, size=4096, "
			  "mask=[0, 1, 63, 64, 66]..., res=0\n");
		/* a size that is not whole words: the tail is not shown */
		EV(__NR_sched_setaffinity, 0, 0, 12, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, mask, 12);
		CHECK_STR(tfmt(), P "sched_setaffinity, pid=0, size=12, "
			  "mask=[0, 1, 63]..., res=0\n");
		EV(__NR_sched_setaffinity, 0, 0, 0, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, mask, 0);
		CHECK_STR(tfmt(), P "sched_setaffinity, pid=0, size=0, mask=[], res=0\n");
	}
	EV(__NR_kill, 0, 131, SIGKILL);
	CHECK_STR(tfmt(), P "kill, pid=131, sig=SIGKILL, res=0\n");
	/* the kernel's real-time signals, as strace names them */
	EV(__NR_kill, 0, 131, 32);
	CHECK_STR(tfmt(), P "kill, pid=131, sig=SIGRTMIN, res=0\n");
	EV(__NR_kill, 0, 131, 33);
	CHECK_STR(tfmt(), P "kill, pid=131, sig=SIGRT_1, res=0\n");
	EV(__NR_kill, 0, 131, 64);
	CHECK_STR(tfmt(), P "kill, pid=131, sig=SIGRT_32, res=0\n");
	EV(__NR_kill, -EINVAL, 131, 65);
	CHECK_STR(tfmt(), P "kill, pid=131, sig=65, res=-22 EINVAL\n");
	/* prctl: as strace, only the arguments the option reads */
	EV(__NR_prctl, 0, PR_SET_NAME, 0x1000);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_NAME, arg2=0x1000, res=0\n");
	EV(__NR_prctl, 0, PR_SET_NAME, 0x1000);
	TCAP_STR(1, "worker 1");
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_NAME, arg2=\"worker 1\", res=0\n");
	EV(__NR_prctl, 0, PR_GET_NAME, 0x1000);
	TCAP_STR(1, "worker 1");
	CHECK_STR(tfmt(), P "prctl, option=PR_GET_NAME, arg2=\"worker 1\", res=0\n");
	/* a failed PR_GET_NAME filled nothing; other options hold numbers */
	EV(__NR_prctl, -EFAULT, PR_GET_NAME, 0x1000);
	TCAP_STR(1, "junk");
	CHECK_STR(tfmt(), P "prctl, option=PR_GET_NAME, arg2=0x1000, "
		  "res=-14 EFAULT\n");
	EV(__NR_prctl, 0, PR_SET_SECUREBITS, 0x2f);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_SECUREBITS, arg2=SECBIT_NOROOT|"
		  "SECBIT_NOROOT_LOCKED|SECBIT_NO_SETUID_FIXUP|"
		  "SECBIT_NO_SETUID_FIXUP_LOCKED|SECBIT_KEEP_CAPS_LOCKED, res=0\n");
	EV(__NR_prctl, 0, PR_SET_SECUREBITS, 0x1010);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_SECUREBITS, "
		  "arg2=SECBIT_KEEP_CAPS|0x1000, res=0\n");
	EV(__NR_prctl, 0, PR_SET_IO_FLUSHER, 1);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_IO_FLUSHER, arg2=1, arg3=0x0, "
		  "arg4=0x0, arg5=0x0, res=0\n");
	EV(__NR_prctl, 0, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_NO_NEW_PRIVS, arg2=1, arg3=0x0, "
		  "arg4=0x0, arg5=0x0, res=0\n");
	EV(__NR_prctl, 0, PR_SET_DUMPABLE, 0x1000);
	TCAP_STR(1, "junk");
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_DUMPABLE, arg2=4096, res=0\n");
	EV(__NR_prctl, 0, PR_SET_DUMPABLE, 1);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_DUMPABLE, arg2=SUID_DUMP_USER, "
		  "res=0\n");
	EV(__NR_prctl, 1, PR_GET_DUMPABLE, 0x1000, 7, 8, 9);
	CHECK_STR(tfmt(), P "prctl, option=PR_GET_DUMPABLE, res=1 SUID_DUMP_USER\n");
	EV(__NR_prctl, 0, PR_GET_SECUREBITS);
	CHECK_STR(tfmt(), P "prctl, option=PR_GET_SECUREBITS, res=0\n");
	EV(__NR_prctl, 0x110, PR_GET_SECUREBITS);
	CHECK_STR(tfmt(), P "prctl, option=PR_GET_SECUREBITS, "
		  "res=272 SECBIT_KEEP_CAPS|SECBIT_EXEC_RESTRICT_FILE\n");
	EV(__NR_prctl, 0x1000, PR_GET_SECUREBITS);	/* no name: no suffix */
	CHECK_STR(tfmt(), P "prctl, option=PR_GET_SECUREBITS, res=4096\n");
	EV(__NR_prctl, 1, PR_GET_KEEPCAPS);	/* a getter strace leaves a number */
	CHECK_STR(tfmt(), P "prctl, option=PR_GET_KEEPCAPS, res=1\n");
	EV(__NR_prctl, 0, PR_SET_PDEATHSIG, SIGKILL);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_PDEATHSIG, arg2=SIGKILL, res=0\n");
	EV(__NR_prctl, 0, PR_GET_PDEATHSIG, 0x1000);
	CHECK_STR(tfmt(), P "prctl, option=PR_GET_PDEATHSIG, arg2=0x1000, res=0\n");
	EV(__NR_prctl, 1, PR_CAPBSET_READ, 21);
	CHECK_STR(tfmt(), P "prctl, option=PR_CAPBSET_READ, arg2=CAP_SYS_ADMIN, "
		  "res=1\n");
	EV(__NR_prctl, -EINVAL, PR_CAPBSET_DROP, 64);
	CHECK_STR(tfmt(), P "prctl, option=PR_CAPBSET_DROP, arg2=64, "
		  "res=-22 EINVAL\n");
	EV(__NR_prctl, 0, PR_SET_PTRACER, (unsigned long)-1);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_PTRACER, arg2=PR_SET_PTRACER_ANY, "
		  "res=0\n");
	EV(__NR_prctl, 0, PR_SET_PTRACER, 1234);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_PTRACER, arg2=1234, res=0\n");
	EV(__NR_prctl, 0, PR_SET_TIMERSLACK, 50000);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_TIMERSLACK, arg2=50000, res=0\n");
	EV(__NR_prctl, 0, PR_SET_SECCOMP, 2, 0x2000);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_SECCOMP, arg2=SECCOMP_MODE_FILTER, "
		  "arg3=0x2000, res=0\n");
	EV(__NR_prctl, 0, PR_SET_SECCOMP, 1, 0x2000);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_SECCOMP, arg2=SECCOMP_MODE_STRICT, "
		  "res=0\n");
	EV(__NR_prctl, -EINVAL, PR_SET_SECCOMP, 7, 1, 2, 3);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_SECCOMP, arg2=7, arg3=0x1, "
		  "arg4=0x2, arg5=0x3, res=-22 EINVAL\n");
	EV(__NR_prctl, 0, PR_SET_SPECULATION_CTRL, 0, 4, 5, 6);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_SPECULATION_CTRL, arg2=0x0, "
		  "arg3=0x4, res=0\n");
	/* an option strace does not decode: all four, in hex */
	EV(__NR_prctl, 0, PR_SET_MM, 1, 0x2000, 0, 0);
	CHECK_STR(tfmt(), P "prctl, option=PR_SET_MM, arg2=0x1, arg3=0x2000, "
		  "arg4=0x0, arg5=0x0, res=0\n");
	EV(__NR_prctl, -EINVAL, 0x7fff, 1, 2, 3, 4);
	CHECK_STR(tfmt(), P "prctl, option=32767, arg2=0x1, arg3=0x2, "
		  "arg4=0x3, arg5=0x4, res=-22 EINVAL\n");
	EV(__NR_prlimit64, 0, 0, RLIMIT_NOFILE, 0, 0x1000);
	CHECK_STR(tfmt(), P "prlimit64, pid=0, resource=RLIMIT_NOFILE, new_limit=NULL, "
		  "res=0, old_limit=0x1000\n");
	{
		static const u64 lim[2] = { 1024, ~0ULL }, inf[2] = { ~0ULL, 4096 };

		EV(__NR_prlimit64, 0, 0, RLIMIT_NOFILE, 0x1000, 0x2000);
		tcap(2, MYSD_CAP_BUF, 0, lim, sizeof(lim));
		tcap(3, MYSD_CAP_BUF, 0, inf, sizeof(inf));
		CHECK_STR(tfmt(), P "prlimit64, pid=0, resource=RLIMIT_NOFILE, "
			  "new_limit={rlim_cur=1024, rlim_max=RLIM64_INFINITY}, res=0, "
			  "old_limit={rlim_cur=RLIM64_INFINITY, rlim_max=4096}\n");
		/* one buffer for both: it holds old_limit, new_limit is unknown */
		EV(__NR_prlimit64, 0, 0, RLIMIT_NOFILE, 0x1000, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, inf, sizeof(inf));
		tcap(3, MYSD_CAP_BUF, 0, inf, sizeof(inf));
		CHECK_STR(tfmt(), P "prlimit64, pid=0, resource=RLIMIT_NOFILE, "
			  "new_limit=0x1000, res=0, "
			  "old_limit={rlim_cur=RLIM64_INFINITY, rlim_max=4096}\n");
		/* failed: nothing written back, new_limit is as given */
		EV(__NR_prlimit64, -EPERM, 0, RLIMIT_NOFILE, 0x1000, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, lim, sizeof(lim));
		CHECK_STR(tfmt(), P "prlimit64, pid=0, resource=RLIMIT_NOFILE, "
			  "new_limit={rlim_cur=1024, rlim_max=RLIM64_INFINITY}, res=-1 EPERM\n");
		EV(__NR_setrlimit, -EPERM, RLIMIT_CORE, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, lim, sizeof(lim));
		CHECK_STR(tfmt(), P "setrlimit, resource=RLIMIT_CORE, "
			  "rlim={rlim_cur=1024, rlim_max=RLIM_INFINITY}, res=-1 EPERM\n");
		/* cut short: the pointer */
		EV(__NR_setrlimit, 0, RLIMIT_CORE, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, lim, 8);
		CHECK_STR(tfmt(), P "setrlimit, resource=RLIMIT_CORE, rlim=0x1000, res=0\n");
	}
	{
		/* struct sysinfo: 13 longs and a u32; procs a u16 at word 10 */
		u64 si[14] = { 3600, 65536, 32768, 0, 1000, 900, 10, 20, 0, 0,
			       0, 0, 0, 0 };

		si[10] = 77;	/* procs: a u16, little-endian here */
		si[13] = 4096;	/* mem_unit: a u32 */
		EV(__NR_sysinfo, 0, 0x1000);
		tcap(0, MYSD_CAP_BUF, 0, si, 13 * 8 + 4);
		CHECK_STR(tfmt(), P "sysinfo, res=0, info={uptime=3600, "
			  "loads=[65536, 32768, 0], totalram=1000, freeram=900, "
			  "sharedram=10, bufferram=20, totalswap=0, freeswap=0, "
			  "procs=77, totalhigh=0, freehigh=0, mem_unit=4096}\n");
		EV(__NR_sysinfo, 0, 0x1000);
		tcap(0, MYSD_CAP_BUF, 0, si, 13 * 8);
		CHECK_STR(tfmt(), P "sysinfo, res=0, info=0x1000\n");
		EV(__NR_sysinfo, -EFAULT, 0x1000);
		CHECK_STR(tfmt(), P "sysinfo, res=-14 EFAULT\n");
	}
	{
		char u[5 * 65] = { 0 };

		strcpy(u, "Linux");
		strcpy(u + 65, "box");
		strcpy(u + 130, "6.1.0");
		strcpy(u + 195, "#1 SMP");
		strcpy(u + 260, "aarch64");
		EV(__NR_uname, 0, 0x1000);
		tcap(0, MYSD_CAP_BUF, 0, u, sizeof(u));
		CHECK_STR(tfmt(), P "uname, res=0, buf={sysname=\"Linux\", nodename=\"box\", "
			  "release=\"6.1.0\", machine=\"aarch64\"}\n");
	}

	{
		static const u8 un[] = { 1, 0, '/', 'r', 'u', 'n', '/', 's', 0, 'x' };
		static const u8 abs_un[] = { 1, 0, 0, 'a', 'b', '"' };
		static const u8 nl[16] = { 16, 0 };
		static const u8 odd[4] = { 250, 0 };
		u8 s6[28] = { 10, 0, 0, 80 };

		EV(__NR_connect, 0, 3, 0x1000, sizeof(un));
		tcap(1, MYSD_CAP_SOCKADDR, 0, un, sizeof(un));
		CHECK_STR(tfmt(), P "connect, fd=3, addr=unix:\"/run/s\", res=0\n");
		EV(__NR_bind, 0, 3, 0x1000, sizeof(abs_un));
		tcap(1, MYSD_CAP_SOCKADDR, 0, abs_un, sizeof(abs_un));
		CHECK_STR(tfmt(), P "bind, fd=3, addr=unix:@\"ab\\\"\", res=0\n");
		EV(__NR_bind, 0, 3, 0x1000, sizeof(nl));
		tcap(1, MYSD_CAP_SOCKADDR, 0, nl, sizeof(nl));
		CHECK_STR(tfmt(), P "bind, fd=3, addr={family=AF_NETLINK}, res=0\n");
		EV(__NR_bind, -EAFNOSUPPORT, 3, 0x1000, sizeof(odd));
		tcap(1, MYSD_CAP_SOCKADDR, 0, odd, sizeof(odd));
		CHECK_STR(tfmt(), P "bind, fd=3, addr={family=250}, res=-97 EAFNOSUPPORT\n");
		s6[23] = 1;	/* ::1 */
		EV(__NR_connect, -ECONNREFUSED, 3, 0x1000, sizeof(s6));
		tcap(1, MYSD_CAP_SOCKADDR, 0, s6, sizeof(s6));
		CHECK_STR(tfmt(), P "connect, fd=3, addr=[::1]:80, res=-111 ECONNREFUSED\n");
		memset(s6 + 8, 0, 16);
		s6[8] = 0x20; s6[9] = 0x01; s6[10] = 0x0d; s6[11] = 0xb8;
		s6[23] = 1;
		EV(__NR_connect, 0, 3, 0x1000, sizeof(s6));
		tcap(1, MYSD_CAP_SOCKADDR, 0, s6, sizeof(s6));
		CHECK(strstr(tfmt(), "addr=[2001:db8::1]:80,") != NULL);
		memset(s6 + 8, 0, 16);
		s6[18] = s6[19] = 0xff; s6[20] = 10; s6[23] = 1;
		EV(__NR_connect, 0, 3, 0x1000, sizeof(s6));
		tcap(1, MYSD_CAP_SOCKADDR, 0, s6, sizeof(s6));
		CHECK(strstr(tfmt(), "addr=[::ffff:10.0.0.1]:80,") != NULL);
		memset(s6 + 8, 0, 16);
		s6[8] = 0xfe; s6[9] = 0x80; s6[15] = 1; s6[23] = 2;
		EV(__NR_connect, 0, 3, 0x1000, sizeof(s6));
		tcap(1, MYSD_CAP_SOCKADDR, 0, s6, sizeof(s6));
		CHECK(strstr(tfmt(), "addr=[fe80:0:0:1::2]:80,") != NULL);
	}
	EV(__NR_listen, 0, 3, 128);
	CHECK_STR(tfmt(), P "listen, fd=3, backlog=128, res=0\n");
	EV(__NR_shutdown, 0, 3, SHUT_WR);
	CHECK_STR(tfmt(), P "shutdown, fd=3, how=SHUT_WR, res=0\n");
	EV(__NR_socketpair, 0, AF_UNIX, SOCK_DGRAM, 0, 0x1000);
	tcap(3, MYSD_CAP_BUF, 0, fds, sizeof(fds));
	CHECK_STR(tfmt(), P "socketpair, domain=AF_UNIX, type=SOCK_DGRAM, protocol=0, "
		  "res=0, sv=[3, 4]\n");
	EV(__NR_setsockopt, 0, 3, SOL_SOCKET, SO_REUSEADDR, 0x1000, 4);
	tcap(3, MYSD_CAP_BUF, 0, "\x01\0\0\0", 4);
	CHECK_STR(tfmt(), P "setsockopt, fd=3, level=SOL_SOCKET, optname=SO_REUSEADDR, "
		  "optval=\"\\x01\\x00\\x00\\x00\", optlen=4, res=0\n");
	/* optname is named by its level */
	EV(__NR_setsockopt, 0, 3, SOL_TCP, TCP_NODELAY, 0, 4);
	CHECK_STR(tfmt(), P "setsockopt, fd=3, level=SOL_TCP, optname=TCP_NODELAY, "
		  "optval=NULL, optlen=4, res=0\n");
	EV(__NR_setsockopt, 0, 3, SOL_IPV6, IPV6_V6ONLY, 0, 4);
	CHECK_STR(tfmt(), P "setsockopt, fd=3, level=SOL_IPV6, optname=IPV6_V6ONLY, "
		  "optval=NULL, optlen=4, res=0\n");
	EV(__NR_setsockopt, 0, 3, SOL_IP, IP_TOS, 0, 4);
	CHECK_STR(tfmt(), P "setsockopt, fd=3, level=SOL_IP, optname=IP_TOS, "
		  "optval=NULL, optlen=4, res=0\n");
	/* the same number at another level is another option */
	EV(__NR_setsockopt, 0, 3, SOL_IP, SO_REUSEADDR, 0, 4);
	CHECK_STR(tfmt(), P "setsockopt, fd=3, level=SOL_IP, optname=IP_TTL, "
		  "optval=NULL, optlen=4, res=0\n");
	EV(__NR_setsockopt, -ENOPROTOOPT, 3, SOL_SOCKET, 9999, 0, 4);
	CHECK_STR(tfmt(), P "setsockopt, fd=3, level=SOL_SOCKET, optname=9999, "
		  "optval=NULL, optlen=4, res=-92 ENOPROTOOPT\n");
	EV(__NR_setsockopt, 0, 3, SOL_UDP, 1, 0, 4);
	CHECK_STR(tfmt(), P "setsockopt, fd=3, level=SOL_UDP, optname=1, "
		  "optval=NULL, optlen=4, res=0\n");

	EV(__NR_epoll_create1, 5, EPOLL_CLOEXEC);
	CHECK_STR(tfmt(), P "epoll_create1, flags=EPOLL_CLOEXEC, res=5\n");
	EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_ADD, 3, 0x1000);
	CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=3, event=0x1000, res=0\n");
	EV(__NR_eventfd2, 6, 0, EFD_NONBLOCK | EFD_CLOEXEC);
	CHECK_STR(tfmt(), P "eventfd2, initval=0, flags=EFD_NONBLOCK|EFD_CLOEXEC, res=6\n");
	EV(__NR_rt_sigprocmask, 0, SIG_SETMASK, 0x1000, 0, 8);
	{
		u64 none = 0;

		tcap(1, MYSD_CAP_BUF, 0, &none, 8);
	}
	CHECK_STR(tfmt(), P "rt_sigprocmask, how=SIG_SETMASK, set=[], sigsetsize=8, "
		  "res=0, oldset=NULL\n");
	{
		/* the previous mask, after res= */
		u64 old = 1ULL << (SIGINT - 1) | 1ULL << (SIGTERM - 1);

		EV(__NR_rt_sigprocmask, 0, SIG_BLOCK, 0, 0x2000, 8);
		tcap(2, MYSD_CAP_BUF, 0, &old, 8);
		CHECK_STR(tfmt(), P "rt_sigprocmask, how=SIG_BLOCK, set=NULL, sigsetsize=8, "
			  "res=0, oldset=[SIGINT|SIGTERM]\n");
		/* one buffer for both: it holds oldset */
		EV(__NR_rt_sigprocmask, 0, SIG_BLOCK, 0x2000, 0x2000, 8);
		tcap(1, MYSD_CAP_BUF, 0, &old, 8);
		tcap(2, MYSD_CAP_BUF, 0, &old, 8);
		CHECK_STR(tfmt(), P "rt_sigprocmask, how=SIG_BLOCK, set=0x2000, sigsetsize=8, "
			  "res=0, oldset=[SIGINT|SIGTERM]\n");
	}
	{
		/* more than 32 of the 64 set: the complement, as strace */
		u64 all = ~0ULL, most = ~(1ULL << (SIGKILL - 1) | 1ULL << (SIGSTOP - 1));
		u64 half = 0xffffffffULL, over = 0x1ffffffffULL;	/* 1..32, 1..33 */

		EV(__NR_rt_sigprocmask, 0, SIG_BLOCK, 0x1000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, &all, 8);
		CHECK_STR(tfmt(), P "rt_sigprocmask, how=SIG_BLOCK, set=~[], sigsetsize=8, "
			  "res=0, oldset=NULL\n");
		EV(__NR_rt_sigprocmask, 0, SIG_SETMASK, 0x1000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, &most, 8);
		CHECK_STR(tfmt(), P "rt_sigprocmask, how=SIG_SETMASK, set=~[SIGKILL|SIGSTOP], "
			  "sigsetsize=8, res=0, oldset=NULL\n");
		EV(__NR_rt_sigprocmask, 0, SIG_SETMASK, 0x1000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, &over, 8);
		CHECK_STR(tfmt(), P "rt_sigprocmask, how=SIG_SETMASK, set=~[SIGRT_2|"
			  "SIGRT_3|SIGRT_4|SIGRT_5|SIGRT_6|SIGRT_7|SIGRT_8|SIGRT_9|SIGRT_10|"
			  "SIGRT_11|SIGRT_12|SIGRT_13|SIGRT_14|SIGRT_15|SIGRT_16|SIGRT_17|"
			  "SIGRT_18|SIGRT_19|SIGRT_20|SIGRT_21|SIGRT_22|SIGRT_23|SIGRT_24|"
			  "SIGRT_25|SIGRT_26|SIGRT_27|SIGRT_28|SIGRT_29|SIGRT_30|SIGRT_31|"
			  "SIGRT_32], "
			  "sigsetsize=8, res=0, oldset=NULL\n");
		/* exactly half: listed */
		EV(__NR_rt_sigprocmask, 0, SIG_SETMASK, 0x1000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, &half, 8);
		CHECK_STR(tfmt(), P "rt_sigprocmask, how=SIG_SETMASK, set=[SIGHUP|SIGINT|"
			  "SIGQUIT|SIGILL|SIGTRAP|SIGABRT|SIGBUS|SIGFPE|SIGKILL|SIGUSR1|"
			  "SIGSEGV|SIGUSR2|SIGPIPE|SIGALRM|SIGTERM|SIGSTKFLT|SIGCHLD|"
			  "SIGCONT|SIGSTOP|SIGTSTP|SIGTTIN|SIGTTOU|SIGURG|SIGXCPU|SIGXFSZ|"
			  "SIGVTALRM|SIGPROF|SIGWINCH|SIGIO|SIGPWR|SIGSYS|SIGRTMIN], "
			  "sigsetsize=8, res=0, oldset=NULL\n");
	}
	EV(__NR_rt_sigaction, 0, SIGINT, 0x1000, 0, 8);
	CHECK_STR(tfmt(), P "rt_sigaction, sig=SIGINT, act=0x1000, sigsetsize=8, "
		  "res=0, oldact=NULL\n");
	{
		/* the kernel's struct sigaction: handler, flags, restorer, mask */
		u64 act[4] = { 1, SA_RESTART, 0, 1ULL << (SIGTERM - 1) };
		u64 old[4] = { 0xaaaa0000f00dULL, SA_SIGINFO | MYSD_SA_RESTORER,
			       0xffff0000beefULL, 0 };

		EV(__NR_rt_sigaction, 0, SIGINT, 0x1000, 0x2000, 8);
		tcap(1, MYSD_CAP_BUF, 0, act, sizeof(act));
		tcap(2, MYSD_CAP_BUF, 0, old, sizeof(old));
		CHECK_STR(tfmt(), P "rt_sigaction, sig=SIGINT, act={sa_handler=SIG_IGN, "
			  "sa_mask=[SIGTERM], sa_flags=SA_RESTART}, sigsetsize=8, res=0, "
			  "oldact={sa_handler=0xaaaa0000f00d, sa_mask=[], "
			  "sa_flags=SA_SIGINFO|SA_RESTORER, sa_restorer=0xffff0000beef}\n");
		act[0] = 0;
		act[1] = SA_NODEFER | SA_RESETHAND | SA_ONSTACK | 0x100;
		EV(__NR_rt_sigaction, -EINVAL, SIGKILL, 0x1000, 0x2000, 8);
		tcap(1, MYSD_CAP_BUF, 0, act, sizeof(act));
		CHECK_STR(tfmt(), P "rt_sigaction, sig=SIGKILL, act={sa_handler=SIG_DFL, "
			  "sa_mask=[SIGTERM], sa_flags=SA_ONSTACK|SA_NODEFER|SA_RESETHAND|0x100}, "
			  "sigsetsize=8, res=-22 EINVAL\n");
		/* shorter than the struct: the pointer */
		EV(__NR_rt_sigaction, 0, SIGINT, 0x1000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, act, 16);
		CHECK_STR(tfmt(), P "rt_sigaction, sig=SIGINT, act=0x1000, sigsetsize=8, "
			  "res=0, oldact=NULL\n");
	}
	{
		static const s64 ts[2] = { 5, 42 };

		EV(__NR_clock_gettime, 0, CLOCK_MONOTONIC, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, ts, sizeof(ts));
		CHECK_STR(tfmt(), P "clock_gettime, clockid=CLOCK_MONOTONIC, res=0, "
			  "tp={tv_sec=5, tv_nsec=42}\n");
		EV(__NR_clock_nanosleep, 0, CLOCK_REALTIME, TIMER_ABSTIME, 0x1000, 0);
		tcap(2, MYSD_CAP_BUF, 0, ts, sizeof(ts));
		CHECK_STR(tfmt(), P "clock_nanosleep, clockid=CLOCK_REALTIME, "
			  "flags=TIMER_ABSTIME, req={tv_sec=5, tv_nsec=42}, rem=NULL, res=0\n");
	}
	EV(__NR_getrandom, 4, 0x1000, 4, GRND_NONBLOCK);
	tcap(0, MYSD_CAP_BUF, 0, "\xde\xad\xbe\xef", 4);
	CHECK_STR(tfmt(), P "getrandom, size=4, flags=GRND_NONBLOCK, res=4, "
		  "buf=\"\\xde\\xad\\xbe\\xef\"\n");
	EV(__NR_memfd_create, 3, 0x1000, MFD_CLOEXEC);
	TCAP_STR(0, "shm");
	CHECK_STR(tfmt(), P "memfd_create, name=\"shm\", flags=MFD_CLOEXEC, res=3\n");
	{
		u64 ca[11] = { CLONE_VM | CLONE_VFORK, 0, 0, 0, SIGCHLD,
			       0x7f000000, 0x8000 };
		/* glibc's pthread_create() */
		u64 th[11] = { CLONE_VM | CLONE_FS | CLONE_FILES |
			       CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
			       CLONE_SETTLS | CLONE_PARENT_SETTID |
			       CLONE_CHILD_CLEARTID, 0x10, 0x7f00f000,
			       0x7f00f000, 0, 0x7f000000, 0x7ff000,
			       0x7f00f8c0 };

		EV(__NR_clone3, 140, 0x1000, 88);
		tcap(0, MYSD_CAP_BUF, 0, ca, sizeof(ca));
		CHECK_STR(tfmt(), P "clone3, args={flags=CLONE_VM|CLONE_VFORK, "
			  "exit_signal=SIGCHLD, stack=0x7f000000, "
			  "stack_size=0x8000}, size=88, res=140\n");
		EV(__NR_clone3, 141, 0x1000, 88);
		tcap(0, MYSD_CAP_BUF, 0, th, sizeof(th));
		CHECK_STR(tfmt(), P "clone3, args={flags=CLONE_VM|CLONE_FS|"
			  "CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|"
			  "CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, "
			  "child_tid=0x7f00f000, parent_tid=0x7f00f000, "
			  "exit_signal=0, stack=0x7f000000, stack_size=0x7ff000, "
			  "tls=0x7f00f8c0}, size=88, res=141\n");
		/* set_tid (VER1) and cgroup (VER2), where set */
		ca[0] = CLONE_PIDFD | 0x200000000ULL;	/* CLONE_INTO_CGROUP */
		ca[1] = 0x2000;
		ca[8] = 0x3000;
		ca[9] = 1;
		ca[10] = 7;
		EV(__NR_clone3, 142, 0x1000, 88);
		tcap(0, MYSD_CAP_BUF, 0, ca, sizeof(ca));
		CHECK_STR(tfmt(), P "clone3, args={flags=CLONE_PIDFD|"
			  "CLONE_INTO_CGROUP, pidfd=0x2000, exit_signal=SIGCHLD, "
			  "stack=0x7f000000, stack_size=0x8000, set_tid=0x3000, "
			  "set_tid_size=1, cgroup=7}, size=88, res=142\n");
		/* VER0: no set_tid or cgroup read */
		EV(__NR_clone3, 143, 0x1000, 64);
		tcap(0, MYSD_CAP_BUF, 0, ca, 64);
		CHECK_STR(tfmt(), P "clone3, args={flags=CLONE_PIDFD|"
			  "CLONE_INTO_CGROUP, pidfd=0x2000, exit_signal=SIGCHLD, "
			  "stack=0x7f000000, stack_size=0x8000}, size=64, "
			  "res=143\n");
		/* less than the kernel takes: its pointer */
		EV(__NR_clone3, -EINVAL, 0x1000, 40);
		tcap(0, MYSD_CAP_BUF, 0, ca, 40);
		CHECK_STR(tfmt(), P "clone3, args=0x1000, size=40, "
			  "res=-22 EINVAL\n");
		/* an exit signal past any int */
		ca[0] = 0;
		ca[4] = 0x80000000ULL;
		EV(__NR_clone3, -EINVAL, 0x1000, 64);
		tcap(0, MYSD_CAP_BUF, 0, ca, 64);
		CHECK_STR(tfmt(), P "clone3, args={flags=0, "
			  "exit_signal=2147483648, stack=0x7f000000, "
			  "stack_size=0x8000}, size=64, res=-22 EINVAL\n");
	}
	EV(__NR_sendfile, 100, 1, 3, 0, 100);
	CHECK_STR(tfmt(), P "sendfile, out_fd=1, in_fd=3, count=100, res=100, offset=NULL\n");
	{
		/* the offset the kernel left, after res=; none when it failed */
		s64 off = 612;

		EV(__NR_sendfile, 612, 5, 11, 0x1000, 0x7ffff000);
		tcap(2, MYSD_CAP_BUF, 0, &off, sizeof(off));
		CHECK_STR(tfmt(), P "sendfile, out_fd=5, in_fd=11, count=2147479552, "
			  "res=612, offset=612\n");
		EV(__NR_sendfile, -EAGAIN, 5, 11, 0x1000, 612);
		CHECK_STR(tfmt(), P "sendfile, out_fd=5, in_fd=11, count=612, "
			  "res=-11 EAGAIN\n");
		/* short: the pointer */
		EV(__NR_sendfile, 612, 5, 11, 0x1000, 612);
		tcap(2, MYSD_CAP_BUF, 0, &off, 2);
		CHECK_STR(tfmt(), P "sendfile, out_fd=5, in_fd=11, count=612, "
			  "res=612, offset=0x1000\n");
	}
	EV(__NR_getpid, 130);
	CHECK_STR(tfmt(), P "getpid, res=130\n");
}

static void test_edges(void)
{
	char big[300];
	u8 all[256];
	size_t n;
	int i;

	/* zero flags, zero-name flags, unknown bits */
	EV(__NR_openat, 3, (u64)AT_FDCWD, 0x1000, 0x40000000 | O_CLOEXEC);
	TCAP_STR(1, "/");
	CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=\"/\", "
		  "flags=O_RDONLY|O_CLOEXEC|0x40000000, res=3\n");
	EV(__NR_accept4, 7, 6, 0, 0, 0);
	CHECK_STR(tfmt(), P "accept4, fd=6, flags=0, res=7, addr=NULL\n");
	EV(__NR_mmap, -ENOMEM, 0, 4096, PROT_READ | 0x100000, MAP_SHARED, 3, 0);
	CHECK_STR(tfmt(), P "mmap, addr=NULL, len=4096, prot=PROT_READ|0x100000, "
		  "flags=MAP_SHARED, fd=3, offset=0x0, res=-12 ENOMEM\n");
	/* a huge page's size, its log2 in bits 26 to 31, as strace */
	EV(__NR_mmap, -ENOMEM, 0, 4096, PROT_READ,
	   MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | 21U << 26, -1, 0);
	CHECK_STR(tfmt(), P "mmap, addr=NULL, len=4096, prot=PROT_READ, "
		  "flags=MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT, "
		  "fd=-1, offset=0x0, res=-12 ENOMEM\n");
	EV(__NR_mmap, -EINVAL, 0, 4096, PROT_READ,
	   MAP_SHARED | MAP_HUGETLB | 0x3fU << 26, 3, 0);
	CHECK_STR(tfmt(), P "mmap, addr=NULL, len=4096, prot=PROT_READ, "
		  "flags=MAP_SHARED|MAP_HUGETLB|63<<MAP_HUGE_SHIFT, fd=3, "
		  "offset=0x0, res=-22 EINVAL\n");
	/* without MAP_HUGETLB too (the kernel ignores them), and alone */
	EV(__NR_mmap, 0x10000, 0, 4096, PROT_READ,
	   MAP_PRIVATE | MAP_ANONYMOUS | 30U << 26 | 0x4000000, -1, 0);
	CHECK_STR(tfmt(), P "mmap, addr=NULL, len=4096, prot=PROT_READ, "
		  "flags=MAP_PRIVATE|MAP_ANONYMOUS|31<<MAP_HUGE_SHIFT, fd=-1, "
		  "offset=0x0, res=0x10000\n");
	EV(__NR_mmap, -EINVAL, 0, 4096, PROT_READ, 21U << 26, -1, 0);
	CHECK_STR(tfmt(), P "mmap, addr=NULL, len=4096, prot=PROT_READ, "
		  "flags=21<<MAP_HUGE_SHIFT, fd=-1, offset=0x0, res=-22 EINVAL\n");
	EV(__NR_lseek, 0, 3, 0, 77);
	CHECK_STR(tfmt(), P "lseek, fd=3, offset=0, whence=77, res=0\n");
	EV(__NR_kill, 0, 1, 0);
	CHECK_STR(tfmt(), P "kill, pid=1, sig=0, res=0\n");

	/* kernel-internal errnos and errno range */
	EV(__NR_read, -512, 3, 0x1000, 10);
	CHECK_STR(tfmt(), P "read, fd=3, size=10, res=-512 ERESTARTSYS\n");
	EV(__NR_read, -513, 3, 0x1000, 10);
	CHECK_STR(tfmt(), P "read, fd=3, size=10, res=-513 ERESTARTNOINTR\n");
	EV(__NR_read, -514, 3, 0x1000, 10);
	CHECK_STR(tfmt(), P "read, fd=3, size=10, res=-514 ERESTARTNOHAND\n");
	EV(__NR_nanosleep, -516, 0, 0);
	CHECK_STR(tfmt(), P "nanosleep, req=NULL, rem=NULL, "
		  "res=-516 ERESTART_RESTARTBLOCK\n");
	EV(__NR_read, -4000, 3, 0x1000, 10);
	CHECK_STR(tfmt(), P "read, fd=3, size=10, res=-4000\n");
	EV(__NR_lseek, -4096, 3, 0, 0);
	CHECK_STR(tfmt(), P "lseek, fd=3, offset=0, whence=SEEK_SET, res=-4096\n");
	EV(__NR_mmap, -EACCES, 0, 4096, PROT_READ, MAP_SHARED, 3, 0);
	CHECK_STR(tfmt(), P "mmap, addr=NULL, len=4096, prot=PROT_READ, "
		  "flags=MAP_SHARED, fd=3, offset=0x0, res=-13 EACCES\n");

	/* read of 0 bytes, data capture disabled, fault, NULL */
	EV(__NR_read, 0, 3, 0x1000, 10);
	CHECK_STR(tfmt(), P "read, fd=3, size=10, res=0, data=\"\"\n");
	EV(__NR_read, 5, 3, 0x1000, 10);
	CHECK_STR(tfmt(), P "read, fd=3, size=10, res=5, data=0x1000\n");
	EV(__NR_openat, -EFAULT, (u64)AT_FDCWD, 0x1234, O_RDONLY);
	tcap(1, MYSD_CAP_STR, MYSD_CAPF_FAULT, NULL, 0);
	CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=0x1234<fault>, "
		  "flags=O_RDONLY, res=-14 EFAULT\n");
	EV(__NR_openat, -EFAULT, (u64)AT_FDCWD, 0, O_RDONLY);
	CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=NULL, flags=O_RDONLY, "
		  "res=-14 EFAULT\n");

	/* truncated captures */
	EV(__NR_write, 100, 1, 0x1000, 100);
	tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, "abcd", 4);
	CHECK_STR(tfmt(), P "write, fd=1, data=\"abcd\"..., size=100, res=100\n");
	EV(__NR_read, 100, 1, 0x1000, 100);
	tcap(1, MYSD_CAP_BUF, 0, "abcd", 4);
	CHECK_STR(tfmt(), P "read, fd=1, size=100, res=100, data=\"abcd\"...\n");
	memset(big, 'a', sizeof(big));
	EV(__NR_openat, 3, (u64)AT_FDCWD, 0x1000, O_RDONLY);
	tcap(1, MYSD_CAP_STR, MYSD_CAPF_TRUNC, big, 256);
	tfmt();
	CHECK(strstr(tline, "aaa\"..., flags=O_RDONLY, res=3\n") != NULL);
	CHECK(strlen(tline) == strlen(P) + strlen("openat, dirfd=AT_FDCWD, path=\"\"..., "
						   "flags=O_RDONLY, res=3\n") + 256);

	/* every byte class: named escapes, \xNN, printable */
	for (i = 0; i < 256; i++)
		all[i] = (u8)i;
	EV(__NR_write, 256, 1, 0x1000, 256);
	tcap(1, MYSD_CAP_BUF, 0, all, 256);
	tfmt();
	CHECK(strstr(tline, "data=\"\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\v\\f\\r\\x0e") != NULL);
	CHECK(strstr(tline, "\\x1f !\\\"#$%&'()*+,-./0123456789") != NULL);
	CHECK(strstr(tline, "XYZ[\\\\]^_`abc") != NULL);
	CHECK(strstr(tline, "xyz{|}~\\x7f\\x80\\x81") != NULL);
	CHECK(strstr(tline, "\\xfe\\xff\", size=256, res=256\n") != NULL);
	CHECK(strchr(tline, '\n') == tline + strlen(tline) - 1);
	for (i = 0; tline[i]; i++)
		if ((u8)tline[i] < 0x20 && tline[i] != '\n')
			break;
	CHECK(tline[i] == '\0');
	{
		/* data_max=1024 of bytes that are all escapes: whole, res= kept */
		static u8 ones[1024];

		memset(ones, 1, sizeof(ones));
		EV(__NR_write, 1024, 1, 0x1000, 1024);
		tcap(1, MYSD_CAP_BUF, 0, ones, sizeof(ones));
		tfmt();
		CHECK(strlen(tline) == strlen(P) + strlen("write, fd=1, data=\"\", "
							   "size=1024, res=1024\n") + 4 * 1024);
		CHECK(strstr(tline, "\\x01\", size=1024, res=1024\n") != NULL);
	}

	/* comm with quote, newline, backslash; full 16-byte comm */
	EV(__NR_getpid, 1);
	memcpy(TEV->comm, "a\"b\nc\\", 6);
	CHECK_STR(tfmt(), "ts=12.000300000, comm=\"a\\\"b\\nc\\\\\", tid=130, pid=130, "
		  "getpid, res=1\n");
	EV(__NR_getpid, 1);
	memcpy(TEV->comm, "0123456789abcdef", 16);
	CHECK_STR(tfmt(), "ts=12.000300000, comm=\"0123456789abcdef\", tid=130, "
		  "pid=130, getpid, res=1\n");

	/* timestamps */
	EV(__NR_getpid, 1);
	TEV->ts = 0;
	CHECK(strncmp(tfmt(), "ts=0.000000000, ", 16) == 0);
	TEV->ts = 18446744073709551615ULL;
	CHECK(strncmp(tfmt(), "ts=18446744073.709551615, ", 26) == 0);

	/* unknown number, named but undecoded */
	EV(999, -ENOSYS, 1, 2, 0, 0, 0, 0);
	memcpy(TEV->comm, "a.out\0", 6);
	CHECK_STR(tfmt(), "ts=12.000300000, comm=\"a.out\", tid=130, pid=130, syscall_999, "
		  "args=(0x1, 0x2, 0x0, 0x0, 0x0, 0x0), res=-38 ENOSYS\n");
	EV(__NR_remap_file_pages, 0, 0xffffffff);
	CHECK_STR(tfmt(), P "remap_file_pages, args=(0xffffffff, 0x0, 0x0, 0x0, 0x0, 0x0), res=0\n");
	EV(0xffffffffu, 0);
	CHECK_STR(tfmt(), P "syscall_4294967295, "
		  "args=(0x0, 0x0, 0x0, 0x0, 0x0, 0x0), res=0\n");

	/* line overflow (a 4 KiB buffer): still one line ending in "...\n" */
	EV(__NR_write, 3000, 1, 0x1000, 3000);
	{
		static u8 nl[3000];

		memset(nl, '\n', sizeof(nl));
		tcap(1, MYSD_CAP_BUF, 0, nl, sizeof(nl));
	}
	n = mysd_format_event(TEV, tline, 4096);
	CHECK(n == strlen(tline) && n < 4096);
	CHECK(n >= 4 && strcmp(tline + n - 4, "...\n") == 0);
	CHECK(strchr(tline, '\n') == tline + n - 1);
	CHECK(strstr(tline, "\\n\\n...\n") != NULL);	/* cut between escapes */
	for (i = 1; i < 80; i++) {
		char small[80];

		memset(small, 'X', sizeof(small));
		n = mysd_format_event(TEV, small, i);
		CHECK(n < (size_t)i && small[n] == '\0' && strlen(small) == n);
		CHECK(n == 0 || (small[n - 1] == '\n' && strchr(small, '\n') == small + n - 1));
		CHECK(small[i] == 'X' || i == 79);
	}
	n = mysd_format_event(TEV, tline, 0);
	CHECK(n == 0);

	/* lost-events line */
	n = mysd_format_lost(tline, sizeof(tline), 1, 37, 12400000000ULL, 12500000000ULL);
	CHECK_STR(tline, "ts=12.500000000, my_sysdig: lost=37, cpu=1, since=12.400000000\n");
	CHECK(n == strlen(tline));
	n = mysd_format_lost(tline, 20, 1, 37, 12400000000ULL, 12500000000ULL);
	CHECK_STR(tline, "ts=12.500000000...\n");

	/* lines a failed write (a full disk) kept from the record */
	n = mysd_format_unwritten(tline, sizeof(tline), 1523, -28, 12500000000ULL);
	CHECK_STR(tline, "ts=12.500000000, my_sysdig: unwritten=1523, error=-28 ENOSPC\n");
	CHECK(n == strlen(tline));
	mysd_format_unwritten(tline, sizeof(tline), 1, -4000, 7);
	CHECK_STR(tline, "ts=0.000000007, my_sysdig: unwritten=1, error=-4000\n");
}

/* The event parser must never read beyond ev->size. */
static void test_malformed(void)
{
	struct mysd_event *ev;
	struct mysd_cap *cap;
	u8 *heap;
	size_t sz;

	/* ncaps says 4, only one capture present */
	EV(__NR_openat, 3, (u64)AT_FDCWD, 0x1000, O_RDONLY);
	TCAP_STR(0, "zz");
	TEV->ncaps = 4;
	CHECK(strstr(tfmt(), "path=0x1000, flags") != NULL);

	/* Copy to an exact-size heap block so ASan catches any over-read. */
	EV(__NR_openat, 3, (u64)AT_FDCWD, 0x1000, O_RDONLY);
	TCAP_STR(1, "/etc");
	TEV->ncaps = 200;
	sz = TEV->size;
	heap = malloc(sz);
	memcpy(heap, TEV, sz);
	ev = (struct mysd_event *)heap;
	mysd_format_event(ev, tline, sizeof(tline));
	CHECK(strstr(tline, "path=\"/etc\"") != NULL);
	/* capture header claims more data than the event holds */
	cap = (struct mysd_cap *)(heap + sizeof(*ev));
	cap->arg = 0;
	cap->len = 1000;
	mysd_format_event(ev, tline, sizeof(tline));
	CHECK(strstr(tline, "path=0x1000") != NULL);
	/* a length whose aligned size wraps around u32 */
	cap->arg = 1;
	cap->len = 0xfffffffcU;
	mysd_format_event(ev, tline, sizeof(tline));
	CHECK(strstr(tline, "path=0x1000") != NULL);
	/* size smaller than the header: no captures read at all */
	cap->len = 4;
	ev->size = 8;
	mysd_format_event(ev, tline, sizeof(tline));
	CHECK(strstr(tline, "path=0x1000") != NULL);
	free(heap);

	/* short struct captures fall back to the pointer */
	EV(__NR_fstat, 0, 3, 0x7ffd0000);
	tcap(1, MYSD_CAP_BUF, 0, "abc", 3);
	CHECK_STR(tfmt(), P "fstat, fd=3, res=0, stat=0x7ffd0000\n");
	EV(__NR_pipe2, 0, 0x1000, 0);
	tcap(0, MYSD_CAP_BUF, 0, "abc", 3);
	CHECK_STR(tfmt(), P "pipe2, flags=0, res=0, fds=0x1000\n");
	EV(__NR_pipe2, -EINVAL, 0x1000, O_NONBLOCK | O_DIRECT | O_EXCL);
	CHECK_STR(tfmt(), P "pipe2, flags=O_NONBLOCK|O_DIRECT|0x80, res=-22 EINVAL\n");
}

/* An iovec capture as the probe lays it out (event.h). */
static u32 iov_put(u8 *p, u64 base, u64 len, const char *data, u32 kept,
		   u8 flags)
{
	struct mysd_iov_entry e = { base, len, kept, flags };

	memcpy(p, &e, sizeof(e));
	memcpy(p + sizeof(e), data, kept);
	return sizeof(e) + kept;
}

static void test_iov(void)
{
	u8 c[256];
	u32 n;

	/* no capture (data_max=0, or a negative count): the pointer */
	EV(__NR_readv, 10, 3, 0x1000, 2);
	CHECK_STR(tfmt(), P "readv, fd=3, iovcnt=2, res=10, iov=0x1000\n");
	EV(__NR_writev, 10, 3, 0x1000, 2);
	CHECK_STR(tfmt(), P "writev, fd=3, iov=0x1000, iovcnt=2, res=10\n");

	n = iov_put(c, 0x2000, 2, "12", 2, 0);
	n += iov_put(c + n, 0x3000, 3, "345", 3, 0);
	EV(__NR_writev, 5, 3, 0x1000, 2);
	tcap(1, MYSD_CAP_IOV, 0, c, n);
	CHECK_STR(tfmt(), P "writev, fd=3, iov=[{base=\"12\", len=2}, "
		  "{base=\"345\", len=3}], iovcnt=2, res=5\n");

	/* data cut at data_max, more iovecs than shown, a fault */
	n = iov_put(c, 0x2000, 247, "HTTP/1.1 200 OK\r\n", 17, MYSD_CAPF_TRUNC);
	n += iov_put(c + n, 0x3000, 8, "", 0, MYSD_CAPF_FAULT);
	EV(__NR_writev, -EFAULT, 3, 0x1000, 9);
	tcap(1, MYSD_CAP_IOV, MYSD_CAPF_TRUNC, c, n);
	CHECK_STR(tfmt(), P "writev, fd=3, iov=[{base=\"HTTP/1.1 200 OK\\r\\n\"..., "
		  "len=247}, {base=0x3000<fault>, len=8}]..., iovcnt=9, "
		  "res=-14 EFAULT\n");

	/* readv: output, what was read into each; none past the result */
	n = iov_put(c, 0x2000, 4, "abcd", 4, 0);
	n += iov_put(c + n, 0x3000, 4, "e", 1, 0);
	n += iov_put(c + n, 0x4000, 4, "", 0, 0);
	EV(__NR_readv, 5, 3, 0x1000, 3);
	tcap(1, MYSD_CAP_IOV, 0, c, n);
	CHECK_STR(tfmt(), P "readv, fd=3, iovcnt=3, res=5, iov=[{base=\"abcd\", "
		  "len=4}, {base=\"e\", len=4}, {base=\"\", len=4}]\n");
	EV(__NR_readv, -EBADF, 9, 0x1000, 1);
	CHECK_STR(tfmt(), P "readv, fd=9, iovcnt=1, res=-9 EBADF\n");

	/* preadv/pwritev: a 64-bit offset, its high half hidden */
	n = iov_put(c, 0x2000, 8, "abc", 3, 0);
	EV(__NR_preadv, 3, 3, 0x1000, 1, 4096, 0);
	tcap(1, MYSD_CAP_IOV, 0, c, n);
	CHECK_STR(tfmt(), P "preadv, fd=3, iovcnt=1, offset=4096, res=3, "
		  "iov=[{base=\"abc\", len=8}]\n");
	n = iov_put(c, 0x2000, 2, "ok", 2, 0);
	EV(__NR_pwritev, 2, 3, 0x1000, 1, 512, 0);
	tcap(1, MYSD_CAP_IOV, 0, c, n);
	CHECK_STR(tfmt(), P "pwritev, fd=3, iov=[{base=\"ok\", len=2}], "
		  "iovcnt=1, offset=512, res=2\n");
	/* preadv2/pwritev2: offset -1 is the file's own, and RWF_* flags */
	n = iov_put(c, 0x2000, 8, "", 0, 0);
	EV(__NR_preadv2, -EAGAIN, 3, 0x1000, 1, (u64)-1, 0, RWF_NOWAIT);
	tcap(1, MYSD_CAP_IOV, 0, c, n);
	CHECK_STR(tfmt(), P "preadv2, fd=3, iovcnt=1, offset=-1, "
		  "flags=RWF_NOWAIT, res=-11 EAGAIN\n");
	n = iov_put(c, 0x2000, 2, "ok", 2, 0);
	EV(__NR_pwritev2, 2, 3, 0x1000, 1, 0, 0, RWF_DSYNC | RWF_APPEND | 0x100);
	tcap(1, MYSD_CAP_IOV, 0, c, n);
	CHECK_STR(tfmt(), P "pwritev2, fd=3, iov=[{base=\"ok\", len=2}], "
		  "iovcnt=1, offset=0, flags=RWF_DSYNC|RWF_APPEND|0x100, res=2\n");
	EV(__NR_pwritev2, 0, 3, 0x1000, 0, 0, 0, 0);
	tcap(1, MYSD_CAP_IOV, 0, c, 0);
	CHECK_STR(tfmt(), P "pwritev2, fd=3, iov=[], iovcnt=0, offset=0, "
		  "flags=0, res=0\n");

	/* iovcnt=0 */
	EV(__NR_writev, 0, 3, 0x1000, 0);
	tcap(1, MYSD_CAP_IOV, 0, c, 0);
	CHECK_STR(tfmt(), P "writev, fd=3, iov=[], iovcnt=0, res=0\n");

	/* an entry claiming more data than the capture holds: not read past */
	n = iov_put(c, 0x2000, 4, "ab", 2, 0);
	c[sizeof(struct mysd_iov_entry) - 5] = 200;	/* kept = 200 */
	EV(__NR_writev, 4, 3, 0x1000, 1);
	tcap(1, MYSD_CAP_IOV, 0, c, n);
	CHECK_STR(tfmt(), P "writev, fd=3, iov=[]..., iovcnt=1, res=4\n");
}

/* A msghdr capture as the probe lays it out (event.h); returns its size. */
static u32 msghdr_put(u8 *p, const struct mysd_msghdr_cap *m,
		      const void *name, const void *control, const u8 *iov,
		      u32 iov_len)
{
	u32 n = sizeof(*m);

	memcpy(p, m, n);
	if (m->name_kept)
		memcpy(p + n, name, m->name_kept);
	n += m->name_kept;
	if (m->control_kept)
		memcpy(p + n, control, m->control_kept);
	n += m->control_kept;
	if (iov_len)
		memcpy(p + n, iov, iov_len);
	return n + iov_len;
}

/* A control message in the native layout: cmsg_len, level, type, data. */
static u32 cmsg_put(u8 *p, int level, int type, const void *data, u32 n)
{
	u64 len = 16 + n;

	memcpy(p, &len, 8);
	memcpy(p + 8, &level, 4);
	memcpy(p + 12, &type, 4);
	memcpy(p + 16, data, n);
	memset(p + 16 + n, 0, (8 - n % 8) % 8);
	return (16 + n + 7) & ~7U;
}

/* A sendmmsg capture's message: its entry, then its msghdr capture. */
static u32 mmsg_put(u8 *p, u32 msg_len, const u8 *hdr, u32 size)
{
	struct mysd_mmsg_entry e = { .msg_len = msg_len, .size = size };

	memcpy(p, &e, sizeof(e));
	memcpy(p + sizeof(e), hdr, size);
	return sizeof(e) + size;
}

static void test_mmsg(void)
{
	static const u8 sin[16] = { 2, 0, 0, 53, 10, 0, 0, 1 };
	u8 h1[256], h2[256], c[600], v[64];
	struct mysd_msghdr_cap m;
	u32 n1, n2, n;

	memset(&m, 0, sizeof(m));
	m.name = 0x2000;
	m.namelen = 16;
	m.name_kept = 16;
	m.iov = 0x3000;
	m.iovlen = 1;
	n1 = msghdr_put(h1, &m, sin, NULL, v, iov_put(v, 0x4000, 1, "A", 1, 0));
	n2 = msghdr_put(h2, &m, sin, NULL, v, iov_put(v, 0x5000, 4, "AAAA", 4, 0));
	n = mmsg_put(c, 1, h1, n1);
	n += mmsg_put(c + n, 4, h2, n2);
	/* glibc's resolver: two queries in one call, both sent */
	EV(__NR_sendmmsg, 2, 3, 0x1000, 2, MSG_NOSIGNAL);
	tcap(1, MYSD_CAP_MMSG, 0, c, n);
	CHECK_STR(tfmt(), P "sendmmsg, fd=3, msgvec=[{msg_hdr={name=10.0.0.1:53, "
		  "namelen=16, iov=[{base=\"A\", len=1}], iovlen=1, control=NULL, "
		  "controllen=0, flags=0}, msg_len=1}, {msg_hdr={name=10.0.0.1:53, "
		  "namelen=16, iov=[{base=\"AAAA\", len=4}], iovlen=1, "
		  "control=NULL, controllen=0, flags=0}, msg_len=4}], vlen=2, "
		  "flags=MSG_NOSIGNAL, res=2\n");
	/* one sent: the second's msg_len was not written; more than kept */
	EV(__NR_sendmmsg, 1, 3, 0x1000, 5, 0);
	tcap(1, MYSD_CAP_MMSG, MYSD_CAPF_TRUNC, c, n);
	CHECK(strstr(tfmt(), "flags=0}, msg_len=1}, {msg_hdr={name=10.0.0.1:53, "
		     "namelen=16, iov=[{base=\"AAAA\", len=4}], iovlen=1, "
		     "control=NULL, controllen=0, flags=0}}]..., vlen=5, flags=0, "
		     "res=1\n") != NULL);
	/* failed: no message was sent */
	EV(__NR_sendmmsg, -EAGAIN, 3, 0x1000, 2, MSG_DONTWAIT);
	tcap(1, MYSD_CAP_MMSG, 0, c, mmsg_put(c, 0, h1, n1));
	CHECK_STR(tfmt(), P "sendmmsg, fd=3, msgvec=[{msg_hdr={name=10.0.0.1:53, "
		  "namelen=16, iov=[{base=\"A\", len=1}], iovlen=1, control=NULL, "
		  "controllen=0, flags=0}}], vlen=2, flags=MSG_DONTWAIT, "
		  "res=-11 EAGAIN\n");
	/* an entry claiming more than the capture holds ends the list */
	n = mmsg_put(c, 1, h1, n1);
	EV(__NR_sendmmsg, 1, 3, 0x1000, 1, 0);
	tcap(1, MYSD_CAP_MMSG, 0, c, n - 1);
	CHECK_STR(tfmt(), P "sendmmsg, fd=3, msgvec=[], vlen=1, flags=0, res=1\n");
	EV(__NR_sendmmsg, -EFAULT, 3, 0x1000, 1, 0);
	tcap(1, MYSD_CAP_MMSG, MYSD_CAPF_FAULT, NULL, 0);
	CHECK_STR(tfmt(), P "sendmmsg, fd=3, msgvec=0x1000<fault>, vlen=1, "
		  "flags=0, res=-14 EFAULT\n");

	/* recvmmsg: the messages it filled, after the result */
	n = mmsg_put(c, 1, h1, n1);
	n += mmsg_put(c + n, 4, h2, n2);
	EV(__NR_recvmmsg, 2, 3, 0x1000, 8, MSG_WAITFORONE, 0);
	tcap(1, MYSD_CAP_MMSG, 0, c, n);
	CHECK_STR(tfmt(), P "recvmmsg, fd=3, vlen=8, flags=MSG_WAITFORONE, "
		  "res=2, msgvec=[{msg_hdr={name=10.0.0.1:53, "
		  "namelen=16, iov=[{base=\"A\", len=1}], iovlen=1, control=NULL, "
		  "controllen=0, flags=0}, msg_len=1}, {msg_hdr={name=10.0.0.1:53, "
		  "namelen=16, iov=[{base=\"AAAA\", len=4}], iovlen=1, "
		  "control=NULL, controllen=0, flags=0}, msg_len=4}], left=NULL\n");
	/* the time left, which the kernel wrote over the timeout */
	{
		static const s64 left[2] = { 4, 999000000 };

		n = mmsg_put(c, 1, h1, n1);
		EV(__NR_recvmmsg, 1, 3, 0x1000, 1, 0, 0x2000);
		tcap(1, MYSD_CAP_MMSG, 0, c, n);
		tcap(4, MYSD_CAP_BUF, 0, left, sizeof(left));
		CHECK_STR(tfmt(), P "recvmmsg, fd=3, vlen=1, flags=0, res=1, "
			  "msgvec=[{msg_hdr={name=10.0.0.1:53, namelen=16, "
			  "iov=[{base=\"A\", len=1}], iovlen=1, control=NULL, "
			  "controllen=0, flags=0}, msg_len=1}], "
			  "left={tv_sec=4, tv_nsec=999000000}\n");
	}
	/* none received (vlen 0): the timeout was not written, the pointer */
	{
		static const s64 asked[2] = { 5, 0 };

		EV(__NR_recvmmsg, 0, 3, 0x1000, 0, 0, 0x2000);
		tcap(4, MYSD_CAP_BUF, 0, asked, sizeof(asked));
		CHECK_STR(tfmt(), P "recvmmsg, fd=3, vlen=0, flags=0, res=0, "
			  "msgvec=0x1000, left=0x2000\n");
	}
	/* nothing received: no messages shown */
	EV(__NR_recvmmsg, -EAGAIN, 3, 0x1000, 8, MSG_DONTWAIT, 0);
	CHECK_STR(tfmt(), P "recvmmsg, fd=3, vlen=8, flags=MSG_DONTWAIT, "
		  "res=-11 EAGAIN\n");
}

static void test_msghdr(void)
{
	static const u8 sin[16] = { 2, 0, 0, 53, 10, 0, 0, 1 };
	u8 c[512], v[128];
	struct mysd_msghdr_cap m;
	u32 n, nv;

	/* sendmsg: an address, two iovecs of data */
	memset(&m, 0, sizeof(m));
	m.name = 0x2000;
	m.namelen = 16;
	m.name_kept = 16;
	m.iov = 0x3000;
	m.iovlen = 2;
	nv = iov_put(v, 0x4000, 2, "hi", 2, 0);
	nv += iov_put(v + nv, 0x5000, 1, "!", 1, 0);
	n = msghdr_put(c, &m, sin, NULL, v, nv);
	EV(__NR_sendmsg, 3, 4, 0x1000, MSG_DONTWAIT);
	tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
	CHECK_STR(tfmt(), P "sendmsg, fd=4, msg={name=10.0.0.1:53, namelen=16, "
		  "iov=[{base=\"hi\", len=2}, {base=\"!\", len=1}], iovlen=2, "
		  "control=NULL, controllen=0, flags=0}, flags=MSG_DONTWAIT, res=3\n");
	/* its output twin: printed after res=, only on success; an fd passed */
	{
		u8 ctl[64];
		int fd = 7;

		m.control = 0x6000;
		m.controllen = cmsg_put(ctl, SOL_SOCKET, SCM_RIGHTS, &fd, 4);
		m.control_kept = m.controllen;
		m.flags = MSG_TRUNC;
		n = msghdr_put(c, &m, sin, ctl, v, nv);
		EV(__NR_recvmsg, 3, 4, 0x1000, 0);
		tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
		CHECK_STR(tfmt(), P "recvmsg, fd=4, flags=0, res=3, msg={name=10.0.0.1:53, "
			  "namelen=16, iov=[{base=\"hi\", len=2}, {base=\"!\", len=1}], "
			  "iovlen=2, control=[{level=SOL_SOCKET, type=SCM_RIGHTS, fds=[7]}], "
			  "controllen=24, flags=MSG_TRUNC}\n");
	}
	EV(__NR_recvmsg, -EAGAIN, 4, 0x1000, MSG_DONTWAIT);
	CHECK_STR(tfmt(), P "recvmsg, fd=4, flags=MSG_DONTWAIT, res=-11 EAGAIN\n");

	/* no address, no iovecs; a connected socket's empty one */
	memset(&m, 0, sizeof(m));
	m.namelen = 5;
	n = msghdr_put(c, &m, NULL, NULL, NULL, 0);
	EV(__NR_sendmsg, 0, 4, 0x1000, 0);
	tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
	CHECK_STR(tfmt(), P "sendmsg, fd=4, msg={name=NULL, namelen=5, iov=NULL, "
		  "iovlen=0, control=NULL, controllen=0, flags=0}, flags=0, res=0\n");
	m.name = 0x2000;
	m.namelen = 0;
	m.iov = 0x3000;
	n = msghdr_put(c, &m, NULL, NULL, NULL, 0);
	EV(__NR_recvmsg, 0, 4, 0x1000, 0);
	tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
	CHECK_STR(tfmt(), P "recvmsg, fd=4, flags=0, res=0, msg={name={}, namelen=0, "
		  "iov=[], iovlen=0, control=NULL, controllen=0, flags=0}\n");

	/* unreadable address and iovecs; a cut address; more iovecs */
	memset(&m, 0, sizeof(m));
	m.name = 0x2000;
	m.namelen = 200;
	m.name_flags = MYSD_CAPF_FAULT;
	m.iov = 0x3000;
	m.iovlen = 3;
	m.iov_flags = MYSD_CAPF_FAULT;
	n = msghdr_put(c, &m, NULL, NULL, NULL, 0);
	EV(__NR_sendmsg, -EFAULT, 4, 0x1000, 0);
	tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
	CHECK_STR(tfmt(), P "sendmsg, fd=4, msg={name=0x2000<fault>, namelen=200, "
		  "iov=0x3000<fault>, iovlen=3, control=NULL, controllen=0, flags=0}, flags=0, "
		  "res=-14 EFAULT\n");
	m.name_flags = MYSD_CAPF_TRUNC;
	m.name_kept = 6;
	m.iov_flags = MYSD_CAPF_TRUNC;
	m.iovlen = 9;
	nv = iov_put(v, 0x4000, 2, "hi", 2, 0);
	n = msghdr_put(c, &m, "\1\0/a/b", NULL, v, nv);
	EV(__NR_sendmsg, 2, 4, 0x1000, 0);
	tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
	CHECK_STR(tfmt(), P "sendmsg, fd=4, msg={name=unix:\"/a/b\"..., "
		  "namelen=200, iov=[{base=\"hi\", len=2}]..., iovlen=9, "
		  "control=NULL, controllen=0, flags=0}, flags=0, res=2\n");

	/* control messages: two, credentials, another level, cut, malformed */
	{
		static const u32 creds[3] = { 130, 1000, 100 };
		static const int fds[3] = { 5, 6, 7 };
		u8 ctl[256];
		u32 k;

		memset(&m, 0, sizeof(m));
		m.control = 0x6000;
		k = cmsg_put(ctl, SOL_SOCKET, SCM_RIGHTS, fds, sizeof(fds));
		k += cmsg_put(ctl + k, SOL_SOCKET, SCM_CREDENTIALS, creds, 12);
		k += cmsg_put(ctl + k, 0 /* SOL_IP */, 8 /* IP_PKTINFO */, "ab", 2);
		m.controllen = m.control_kept = k;
		n = msghdr_put(c, &m, NULL, ctl, NULL, 0);
		EV(__NR_sendmsg, 0, 4, 0x1000, 0);
		tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
		CHECK_STR(tfmt(), P "sendmsg, fd=4, msg={name=NULL, namelen=0, "
			  "iov=NULL, iovlen=0, control=[{level=SOL_SOCKET, "
			  "type=SCM_RIGHTS, fds=[5, 6, 7]}, {level=SOL_SOCKET, "
			  "type=SCM_CREDENTIALS, creds={pid=130, uid=1000, gid=100}}, "
			  "{level=SOL_IP, type=8, data=\"ab\"}], controllen=88, "
			  "flags=0}, flags=0, res=0\n");
		/* the probe kept 52 of 88 bytes: the second message cut */
		m.control_kept = 52;
		m.control_flags = MYSD_CAPF_TRUNC;
		n = msghdr_put(c, &m, NULL, ctl, NULL, 0);
		EV(__NR_sendmsg, 0, 4, 0x1000, 0);
		tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
		CHECK(strstr(tfmt(), "control=[{level=SOL_SOCKET, type=SCM_RIGHTS, "
			     "fds=[5, 6, 7]}, {level=SOL_SOCKET, "
			     "type=SCM_CREDENTIALS, data=\"\\x82\\x00\\x00\\x00\"}]..., "
			     "controllen=88,") != NULL);
		/* a cmsg_len below its header ends the list */
		memset(ctl, 0, 16);
		m.control_kept = 24;
		m.control_flags = 0;
		n = msghdr_put(c, &m, NULL, ctl, NULL, 0);
		EV(__NR_sendmsg, -EINVAL, 4, 0x1000, 0);
		tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
		CHECK(strstr(tfmt(), "control=[]..., controllen=88,") != NULL);
		/* a control buffer the kernel filled with nothing */
		m.controllen = m.control_kept = 0;
		n = msghdr_put(c, &m, NULL, ctl, NULL, 0);
		EV(__NR_recvmsg, 0, 4, 0x1000, 0);
		tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
		CHECK(strstr(tfmt(), "control=[], controllen=0,") != NULL);
		m.control_flags = MYSD_CAPF_FAULT;
		m.controllen = 24;
		n = msghdr_put(c, &m, NULL, ctl, NULL, 0);
		EV(__NR_sendmsg, -EFAULT, 4, 0x1000, 0);
		tcap(1, MYSD_CAP_MSGHDR, 0, c, n);
		CHECK(strstr(tfmt(), "control=0x6000<fault>, controllen=24,") != NULL);
	}

	/* unreadable msghdr, or one the probe could not keep whole */
	EV(__NR_sendmsg, -EFAULT, 4, 0x1000, 0);
	tcap(1, MYSD_CAP_MSGHDR, MYSD_CAPF_FAULT, c, 0);
	CHECK_STR(tfmt(), P "sendmsg, fd=4, msg=0x1000<fault>, flags=0, "
		  "res=-14 EFAULT\n");
	EV(__NR_sendmsg, 0, 4, 0x1000, 0);
	tcap(1, MYSD_CAP_MSGHDR, 0, c, sizeof(m) - 1);
	CHECK_STR(tfmt(), P "sendmsg, fd=4, msg=0x1000, flags=0, res=0\n");
	/* an address claiming more bytes than the capture holds */
	memset(&m, 0, sizeof(m));
	m.name = 0x2000;
	m.namelen = 16;
	m.name_kept = 16;
	n = msghdr_put(c, &m, sin, NULL, NULL, 0);
	EV(__NR_sendmsg, 0, 4, 0x1000, 0);
	tcap(1, MYSD_CAP_MSGHDR, 0, c, n - 8);
	CHECK_STR(tfmt(), P "sendmsg, fd=4, msg={name=10.0.0.1:53, namelen=16, "
		  "iov=NULL, iovlen=0, control=NULL, controllen=0, flags=0}, flags=0, res=0\n");
}

/* struct epoll_event as the task's ABI lays it out (sysent.h). */
static void epoll_put(u8 *p, u32 events, u64 data)
{
	memset(p, 0, MYSD_EPOLL_EVENT_SIZE);
	memcpy(p, &events, 4);
	memcpy(p + MYSD_EPOLL_DATA_OFF, &data, 8);
}

static void test_epoll(void)
{
	u8 c[MYSD_EPOLL_EVENTS_MAX * MYSD_EPOLL_EVENT_SIZE];
	int i;

	epoll_put(c, EPOLLIN | EPOLLRDHUP | EPOLLET, 0xaaaad6f1c0e1ULL);
	EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_ADD, 6, 0x1000);
	tcap(3, MYSD_CAP_BUF, 0, c, MYSD_EPOLL_EVENT_SIZE);
	CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=6, "
		  "event={events=EPOLLIN|EPOLLRDHUP|EPOLLET, data=0xaaaad6f1c0e1}, "
		  "res=0\n");
	/*
	 * Cut at every length in ", data=0x...}": only where writing piece by
	 * piece cuts it: after ", ", "data", "=", the value or the brace.
	 */
	{
		char full[MYSD_LINE_MAX], cut[MYSD_LINE_MAX];
		size_t at, ends[6], size, k;

		strcpy(full, tfmt());
		at = strstr(full, ", data=") - full;
		ends[0] = at;
		ends[1] = at + 2;
		ends[2] = at + 6;
		ends[3] = at + 7;
		ends[4] = strchr(full + at, '}') - full;
		ends[5] = ends[4] + 1;
		for (size = at + MYSD_OUT_RESERVE; size <= ends[5] + 5; size++) {
			for (k = 5; k > 0 && ends[k] > size - MYSD_OUT_RESERVE; k--)
				;
			mysd_format_event(TEV, cut, size);
			CHECK(!strncmp(cut, full, ends[k]) &&
			      !strcmp(cut + ends[k], "...\n"));
		}
	}
	EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_DEL, 6, 0);
	CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_DEL, fd=6, "
		  "event=NULL, res=0\n");
	/* a short capture: the pointer */
	EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_MOD, 6, 0x1000);
	tcap(3, MYSD_CAP_BUF, 0, c, 4);
	CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_MOD, fd=6, "
		  "event=0x1000, res=0\n");

	epoll_put(c, EPOLLIN, 6);
	epoll_put(c + MYSD_EPOLL_EVENT_SIZE, EPOLLOUT | EPOLLHUP | 0x40000,
		  0xffffffffffffffffULL);
	EV(__NR_epoll_pwait, 2, 5, 0x1000, 64, (u64)-1, 0, 8);
	tcap(1, MYSD_CAP_BUF, 0, c, 2 * MYSD_EPOLL_EVENT_SIZE);
	CHECK_STR(tfmt(), P "epoll_pwait, epfd=5, maxevents=64, timeout=-1, "
		  "sigmask=NULL, sigsetsize=8, res=2, events=[{events=EPOLLIN, "
		  "data=0x6}, {events=EPOLLOUT|EPOLLHUP|0x40000, "
		  "data=0xffffffffffffffff}]\n");
	EV(__NR_epoll_pwait, 0, 5, 0x1000, 64, 0, 0, 8);
	CHECK_STR(tfmt(), P "epoll_pwait, epfd=5, maxevents=64, timeout=0, "
		  "sigmask=NULL, sigsetsize=8, res=0, events=[]\n");
	EV(__NR_epoll_pwait, -EINTR, 5, 0x1000, 64, (u64)-1, 0, 8);
	CHECK_STR(tfmt(), P "epoll_pwait, epfd=5, maxevents=64, timeout=-1, "
		  "sigmask=NULL, sigsetsize=8, res=-4 EINTR\n");
	/* more ready than the probe keeps: the first ones, then "..." */
	for (i = 0; i < MYSD_EPOLL_EVENTS_MAX; i++)
		epoll_put(c + i * MYSD_EPOLL_EVENT_SIZE, EPOLLIN, i);
	EV(__NR_epoll_pwait, 9, 5, 0x1000, 64, (u64)-1, 0, 8);
	tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, c, sizeof(c));
	CHECK(strstr(tfmt(), ", res=9, events=[{events=EPOLLIN, data=0x0}, "
		     "{events=EPOLLIN, data=0x1}, ") != NULL);
	CHECK(strstr(tline, "{events=EPOLLIN, data=0x7}]...\n") != NULL);

	/* epoll_pwait2: the timeout is a struct __kernel_timespec */
	{
		static const s64 ts[2] = { 0, 250000000 };

		epoll_put(c, EPOLLIN, 7);
		EV(__NR_epoll_pwait2, 1, 5, 0x1000, 16, 0x2000, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, c, MYSD_EPOLL_EVENT_SIZE);
		tcap(3, MYSD_CAP_BUF, 0, ts, sizeof(ts));
		CHECK_STR(tfmt(), P "epoll_pwait2, epfd=5, maxevents=16, "
			  "timeout={tv_sec=0, tv_nsec=250000000}, sigmask=NULL, "
			  "sigsetsize=8, res=1, events=[{events=EPOLLIN, data=0x7}]\n");
		EV(__NR_epoll_pwait2, 0, 5, 0x1000, 16, 0, 0, 8);
		CHECK_STR(tfmt(), P "epoll_pwait2, epfd=5, maxevents=16, "
			  "timeout=NULL, sigmask=NULL, sigsetsize=8, res=0, "
			  "events=[]\n");
	}
}

/* Sessions, priorities, file systems, locks, notifications. */
static void test_admin(void)
{
	EV(__NR_setsid, 130);
	CHECK_STR(tfmt(), P "setsid, res=130\n");
	EV(__NR_setpgid, 0, 0, 130);
	CHECK_STR(tfmt(), P "setpgid, pid=0, pgid=130, res=0\n");
	EV(__NR_getpriority, 20, PRIO_PROCESS, 0);
	CHECK_STR(tfmt(), P "getpriority, which=PRIO_PROCESS, who=0, res=20\n");
	EV(__NR_setpriority, -EACCES, PRIO_USER, 1000, (u64)-5);
	CHECK_STR(tfmt(), P "setpriority, which=PRIO_USER, who=1000, prio=-5, "
		  "res=-13 EACCES\n");
	EV(__NR_getrusage, 0, (u32)RUSAGE_CHILDREN, 0x1000);
	CHECK_STR(tfmt(), P "getrusage, who=RUSAGE_CHILDREN, res=0, usage=0x1000\n");
	EV(__NR_getrusage, -EINVAL, 7, 0x1000);
	CHECK_STR(tfmt(), P "getrusage, who=7, res=-22 EINVAL\n");
	EV(__NR_flock, -EWOULDBLOCK, 3, LOCK_EX | LOCK_NB);
	CHECK_STR(tfmt(), P "flock, fd=3, op=LOCK_EX|LOCK_NB, res=-11 EAGAIN\n");
	EV(__NR_close_range, 0, 3, 0xffffffff, CLOSE_RANGE_CLOEXEC);
	CHECK_STR(tfmt(), P "close_range, fd=3, max_fd=4294967295, "
		  "flags=CLOSE_RANGE_CLOEXEC, res=0\n");
	EV(__NR_statfs, 0, 0x1000, 0x2000);
	TCAP_STR(0, "/tmp");
	CHECK_STR(tfmt(), P "statfs, path=\"/tmp\", res=0, buf=0x2000\n");
	{
		/* struct statfs in 8-byte words, f_fsid two ints */
		u64 sf[11] = { 0x01021994, 4096, 100, 90, 80, 1000, 900, 0,
			       255, 4096, 0x20 | 0x2 | 0x1000 };
		s32 fsid[2] = { -1, 7 };

		memcpy(&sf[7], fsid, sizeof(fsid));
		EV(__NR_fstatfs, 0, 3, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, sf, sizeof(sf));
		CHECK_STR(tfmt(), P "fstatfs, fd=3, res=0, buf={f_type=TMPFS_MAGIC, "
			  "f_bsize=4096, f_blocks=100, f_bfree=90, f_bavail=80, "
			  "f_files=1000, f_ffree=900, f_fsid={val=[-1, 7]}, "
			  "f_namelen=255, f_frsize=4096, "
			  "f_flags=ST_NOSUID|ST_VALID|ST_RELATIME}\n");
		/* an unknown file system in hex; a capture short of f_flags */
		sf[0] = 0x12345678;
		EV(__NR_fstatfs, 0, 3, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, sf, sizeof(sf));
		CHECK(strstr(tfmt(), "buf={f_type=0x12345678, f_bsize=4096,") != NULL);
		EV(__NR_fstatfs, 0, 3, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, sf, sizeof(sf) - 1);
		CHECK_STR(tfmt(), P "fstatfs, fd=3, res=0, buf=0x1000\n");
	}
	EV(__NR_mount, 0, 0x1000, 0x2000, 0x3000, MS_MGC_VAL | MS_NOSUID | MS_NODEV,
	   0x4000);
	TCAP_STR(0, "tmpfs");
	TCAP_STR(1, "/mnt");
	TCAP_STR(2, "tmpfs");
	TCAP_STR(4, "size=1m");
	CHECK_STR(tfmt(), P "mount, source=\"tmpfs\", target=\"/mnt\", "
		  "fstype=\"tmpfs\", flags=MS_MGC_VAL|MS_NOSUID|MS_NODEV, "
		  "data=\"size=1m\", res=0\n");
	EV(__NR_mount, -EINVAL, 0, 0x2000, 0, MS_REMOUNT | MS_BIND | MS_RDONLY, 0);
	TCAP_STR(1, "/");
	CHECK_STR(tfmt(), P "mount, source=NULL, target=\"/\", fstype=NULL, "
		  "flags=MS_RDONLY|MS_REMOUNT|MS_BIND, data=NULL, res=-22 EINVAL\n");
	EV(__NR_umount2, 0, 0x2000, MNT_DETACH | UMOUNT_NOFOLLOW);
	TCAP_STR(0, "/mnt");
	CHECK_STR(tfmt(), P "umount2, target=\"/mnt\", flags=MNT_DETACH|UMOUNT_NOFOLLOW, "
		  "res=0\n");
	EV(__NR_inotify_init1, 4, IN_NONBLOCK | IN_CLOEXEC);
	CHECK_STR(tfmt(), P "inotify_init1, flags=IN_NONBLOCK|IN_CLOEXEC, res=4\n");
	EV(__NR_inotify_add_watch, 1, 4, 0x1000,
	   IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_ONLYDIR);
	TCAP_STR(1, "/etc");
	CHECK_STR(tfmt(), P "inotify_add_watch, fd=4, path=\"/etc\", "
		  "mask=IN_MOVED_TO|IN_CREATE|IN_DELETE|IN_ONLYDIR, res=1\n");
	EV(__NR_timerfd_create, 5, CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	CHECK_STR(tfmt(), P "timerfd_create, clockid=CLOCK_MONOTONIC, "
		  "flags=TFD_NONBLOCK|TFD_CLOEXEC, res=5\n");
	{
		static const s64 its[4] = { 1, 500, 2, 999999999 };

		EV(__NR_timerfd_settime, 0, 5, TFD_TIMER_ABSTIME, 0x1000, 0);
		tcap(2, MYSD_CAP_BUF, 0, its, sizeof(its));
		CHECK_STR(tfmt(), P "timerfd_settime, fd=5, flags=TFD_TIMER_ABSTIME, "
			  "new_value={it_interval={tv_sec=1, tv_nsec=500}, "
			  "it_value={tv_sec=2, tv_nsec=999999999}}, res=0, "
			  "old_value=NULL\n");
		/* a capture short of the struct prints the pointer */
		EV(__NR_timerfd_gettime, 0, 5, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, its, sizeof(its) - 8);
		CHECK_STR(tfmt(), P "timerfd_gettime, fd=5, res=0, curr_value=0x1000\n");
		/* an output is shown on success only */
		EV(__NR_timer_settime, -EINVAL, 0, 0, 0x1000, 0x2000);
		tcap(2, MYSD_CAP_BUF, 0, its, sizeof(its));
		CHECK_STR(tfmt(), P "timer_settime, timerid=0, flags=0, "
			  "new_value={it_interval={tv_sec=1, tv_nsec=500}, "
			  "it_value={tv_sec=2, tv_nsec=999999999}}, res=-22 EINVAL\n");
		EV(__NR_timer_gettime, 0, 3, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, its, sizeof(its));
		CHECK_STR(tfmt(), P "timer_gettime, timerid=3, res=0, "
			  "curr_value={it_interval={tv_sec=1, tv_nsec=500}, "
			  "it_value={tv_sec=2, tv_nsec=999999999}}\n");
		/* struct itimerval: microseconds */
		EV(__NR_setitimer, 0, ITIMER_PROF, 0x1000, 0x2000);
		tcap(1, MYSD_CAP_BUF, 0, its, sizeof(its));
		tcap(2, MYSD_CAP_BUF, MYSD_CAPF_FAULT, NULL, 0);
		CHECK_STR(tfmt(), P "setitimer, which=ITIMER_PROF, "
			  "new_value={it_interval={tv_sec=1, tv_usec=500}, "
			  "it_value={tv_sec=2, tv_usec=999999999}}, res=0, "
			  "old_value=0x2000<fault>\n");
		EV(__NR_getitimer, 0, 7, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, its, sizeof(its));
		CHECK_STR(tfmt(), P "getitimer, which=7, res=0, "
			  "curr_value={it_interval={tv_sec=1, tv_usec=500}, "
			  "it_value={tv_sec=2, tv_usec=999999999}}\n");
	}
	{
		s32 id = 2;

		EV(__NR_timer_create, 0, CLOCK_BOOTTIME, 0x1000, 0x2000);
		tcap(2, MYSD_CAP_BUF, 0, &id, sizeof(id));
		CHECK_STR(tfmt(), P "timer_create, clockid=CLOCK_BOOTTIME, "
			  "sevp=0x1000, res=0, timerid=2\n");
	}
	{
		/* libc's struct sigevent: the capture reads the same offsets */
		const u32 n = MYSD_SIGEVENT_SIZE(sizeof(long));
		struct sigevent se;
		s32 id = 2;

		CHECK(offsetof(struct sigevent, _sigev_un._tid) + 4 == n);
		memset(&se, 0, sizeof(se));
		se.sigev_value.sival_ptr = (void *)0x1234;
		se.sigev_signo = SIGALRM;
		se.sigev_notify = SIGEV_SIGNAL;
		EV(__NR_timer_create, 0, CLOCK_MONOTONIC, 0x1000, 0x2000);
		tcap(1, MYSD_CAP_BUF, 0, &se, n);
		tcap(2, MYSD_CAP_BUF, 0, &id, sizeof(id));
		CHECK_STR(tfmt(), P "timer_create, clockid=CLOCK_MONOTONIC, "
			  "sevp={sigev_value=0x1234, sigev_signo=SIGALRM, "
			  "sigev_notify=SIGEV_SIGNAL}, res=0, timerid=2\n");
		/* a signal to one thread (glibc's SIGEV_THREAD timers) */
		se.sigev_signo = SIGUSR1;
		se.sigev_notify = SIGEV_THREAD_ID;
		se._sigev_un._tid = 131;
		EV(__NR_timer_create, -EINVAL, CLOCK_MONOTONIC, 0x1000, 0x2000);
		tcap(1, MYSD_CAP_BUF, 0, &se, n);
		CHECK_STR(tfmt(), P "timer_create, clockid=CLOCK_MONOTONIC, "
			  "sevp={sigev_value=0x1234, sigev_signo=SIGUSR1, "
			  "sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=131}, "
			  "res=-22 EINVAL\n");
		/* no notification: no signal shown; short: the pointer */
		se.sigev_notify = SIGEV_NONE;
		EV(__NR_timer_create, 0, CLOCK_REALTIME, 0x1000, 0x2000);
		tcap(1, MYSD_CAP_BUF, 0, &se, n);
		tcap(2, MYSD_CAP_BUF, 0, &id, sizeof(id));
		CHECK_STR(tfmt(), P "timer_create, clockid=CLOCK_REALTIME, "
			  "sevp={sigev_value=0x1234, sigev_notify=SIGEV_NONE}, res=0, "
			  "timerid=2\n");
		EV(__NR_timer_create, 0, CLOCK_REALTIME, 0x1000, 0x2000);
		tcap(1, MYSD_CAP_BUF, 0, &se, n - 4);
		tcap(2, MYSD_CAP_BUF, 0, &id, sizeof(id));
		CHECK_STR(tfmt(), P "timer_create, clockid=CLOCK_REALTIME, "
			  "sevp=0x1000, res=0, timerid=2\n");
	}
	EV(__NR_timer_getoverrun, 3, 2);
	CHECK_STR(tfmt(), P "timer_getoverrun, timerid=2, res=3\n");
	EV(__NR_timer_delete, 0, 2);
	CHECK_STR(tfmt(), P "timer_delete, timerid=2, res=0\n");
	{
		u64 mask = (1ULL << (SIGTERM - 1)) | (1ULL << (SIGINT - 1));

		EV(__NR_signalfd4, 6, (u64)-1, 0x1000, 8, SFD_CLOEXEC);
		tcap(1, MYSD_CAP_BUF, 0, &mask, sizeof(mask));
		CHECK_STR(tfmt(), P "signalfd4, fd=-1, mask=[SIGINT|SIGTERM], "
			  "sizemask=8, flags=SFD_CLOEXEC, res=6\n");
	}
	EV(__NR_setuid, -EPERM, 0);
	CHECK_STR(tfmt(), P "setuid, uid=0, res=-1 EPERM\n");
	EV(__NR_setgroups, 0, 0, 0);
	CHECK_STR(tfmt(), P "setgroups, size=0, list=NULL, res=0\n");
	{
		/* gid_t lists: setgroups' of size, getgroups' of res */
		u32 gids[MYSD_GIDS_MAX + 1];
		unsigned int k;

		for (k = 0; k < ARRAY_SIZE(gids); k++)
			gids[k] = k * 10;
		gids[1] = (u32)-1;
		EV(__NR_setgroups, 0, 3, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, gids, 3 * sizeof(u32));
		CHECK_STR(tfmt(), P "setgroups, size=3, list=[0, -1, 20], res=0\n");
		EV(__NR_setgroups, 0, 0, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, gids, 0);
		CHECK_STR(tfmt(), P "setgroups, size=0, list=[], res=0\n");
		EV(__NR_setgroups, -EINVAL, (u64)-1, 0x1000);
		tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, gids, 8);
		CHECK_STR(tfmt(), P "setgroups, size=-1, list=0x1000, res=-22 EINVAL\n");
		EV(__NR_getgroups, 2, 64, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, gids + 2, 2 * sizeof(u32));
		CHECK_STR(tfmt(), P "getgroups, size=64, res=2, list=[20, 30]\n");
		/* more than are read: the first ones, then "..." */
		EV(__NR_getgroups, 40, 64, 0x1000);
		tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, gids + 2, 2 * sizeof(u32));
		CHECK_STR(tfmt(), P "getgroups, size=64, res=40, list=[20, 30]...\n");
		/* none, and size 0: the count only, nothing written */
		EV(__NR_getgroups, 0, 64, 0x1000);
		CHECK_STR(tfmt(), P "getgroups, size=64, res=0, list=[]\n");
		EV(__NR_getgroups, 0, 0, 0);
		CHECK_STR(tfmt(), P "getgroups, size=0, res=0, list=NULL\n");
		EV(__NR_getgroups, 0, 0, 0x1000);
		CHECK_STR(tfmt(), P "getgroups, size=0, res=0, list=0x1000\n");
		EV(__NR_getgroups, 5, 0, 0x1000);
		tcap(1, MYSD_CAP_BUF, 0, gids, 5 * sizeof(u32));
		CHECK_STR(tfmt(), P "getgroups, size=0, res=5, list=0x1000\n");
	}
	{
		/* getresuid's three ids, after res= */
		static const u32 ids[3] = { 0, 1000, (u32)-1 };

		EV(__NR_getresuid, 0, 0x1000, 0x1004, 0x1008);
		tcap(0, MYSD_CAP_BUF, 0, ids, 4);
		tcap(1, MYSD_CAP_BUF, 0, ids + 1, 4);
		tcap(2, MYSD_CAP_BUF, 0, ids + 2, 4);
		CHECK_STR(tfmt(), P "getresuid, res=0, ruid=0, euid=1000, suid=-1\n");
		EV(__NR_getresgid, -EFAULT, 0x1000, 0x1004, 0x1008);
		CHECK_STR(tfmt(), P "getresgid, res=-14 EFAULT\n");
	}
	EV(__NR_setresuid, 0, (u32)-1, 1000, (u32)-1);
	CHECK_STR(tfmt(), P "setresuid, ruid=-1, euid=1000, suid=-1, res=0\n");
	EV(__NR_waitid, 0, P_PID, 131, 0x1000, WEXITED | WNOHANG, 0);
	CHECK_STR(tfmt(), P "waitid, which=P_PID, id=131, "
		  "options=WNOHANG|WEXITED, res=0, infop=0x1000, rusage=NULL\n");
	EV(__NR_waitid, -ECHILD, 3, 5, 0x1000, WEXITED, 0);
	CHECK_STR(tfmt(), P "waitid, which=P_PIDFD, id=5, "
		  "options=WEXITED, res=-10 ECHILD\n");
	EV(__NR_fallocate, 0, 3, FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE,
	   4096, 8192);
	CHECK_STR(tfmt(), P "fallocate, fd=3, mode=FALLOC_FL_KEEP_SIZE|"
		  "FALLOC_FL_PUNCH_HOLE, offset=4096, len=8192, res=0\n");
	EV(__NR_inotify_rm_watch, 0, 4, 1);
	CHECK_STR(tfmt(), P "inotify_rm_watch, fd=4, wd=1, res=0\n");
	{
		static const s64 ts[2] = { 0, 0 };
		u64 mask = 1ULL << (SIGCHLD - 1);

		EV(__NR_rt_sigtimedwait, -EAGAIN, 0x1000, 0, 0x2000, 8);
		tcap(0, MYSD_CAP_BUF, 0, &mask, sizeof(mask));
		tcap(2, MYSD_CAP_BUF, 0, ts, sizeof(ts));
		CHECK_STR(tfmt(), P "rt_sigtimedwait, set=[SIGCHLD], "
			  "timeout={tv_sec=0, tv_nsec=0}, sigsetsize=8, "
			  "res=-11 EAGAIN\n");
	}
}

/* One exact line for each remaining commonly seen syscall. */
static void test_more(void)
{
	test_iov();
	test_msghdr();
	test_mmsg();
	test_admin();
	EV(__NR_pwrite64, 2, 3, 0x1000, 2, 512);
	TCAP_STR(1, "ok");
	CHECK_STR(tfmt(), P "pwrite64, fd=3, data=\"ok\", size=2, offset=512, res=2\n");
	EV(__NR_statx, 0, (u64)AT_FDCWD, 0x1000, AT_EMPTY_PATH, 0x7ff, 0x2000);
	TCAP_STR(1, "");
	CHECK_STR(tfmt(), P "statx, dirfd=AT_FDCWD, path=\"\", flags=AT_EMPTY_PATH, "
		  "mask=STATX_BASIC_STATS, res=0, statx=0x2000\n");
	{
		struct statx stx = {
			.stx_mask = STATX_BASIC_STATS | STATX_MNT_ID | 0x80000000U,
			.stx_mode = S_IFREG | 0644, .stx_size = 48,
		};

		CHECK(offsetof(struct statx, stx_mode) == MYSD_STATX_MODE &&
		      offsetof(struct statx, stx_size) == MYSD_STATX_SIZE);
		EV(__NR_statx, 0, 3, 0x1000, AT_EMPTY_PATH, STATX_TYPE | STATX_SIZE, 0x2000);
		TCAP_STR(1, "");
		tcap(4, MYSD_CAP_BUF, 0, &stx, MYSD_STATX_CAPTURE);
		CHECK_STR(tfmt(), P "statx, dirfd=3, path=\"\", flags=AT_EMPTY_PATH, "
			  "mask=STATX_TYPE|STATX_SIZE, res=0, statx={mask=STATX_BASIC_STATS|"
			  "STATX_MNT_ID|0x80000000, mode=S_IFREG|0644, size=48}\n");
	}
	EV(__NR_dup3, 10, 3, 10, O_CLOEXEC);
	CHECK_STR(tfmt(), P "dup3, oldfd=3, newfd=10, flags=O_CLOEXEC, res=10\n");
	/* glibc's dup2() on arm64 */
	EV(__NR_dup3, 1, 3, 1, 0);
	CHECK_STR(tfmt(), P "dup3, oldfd=3, newfd=1, flags=0, res=1\n");
	EV(__NR_getdents64, 480, 3, 0x1000, 32768);
	CHECK_STR(tfmt(), P "getdents64, fd=3, count=32768, res=480, dirp=0x1000\n");
	{
		/* linux_dirent64 records, 8-aligned as the kernel writes them */
		u8 d[80] = { 0 };

		d[0] = 2; d[16] = 24; d[18] = DT_DIR; memcpy(d + 19, ".", 2);
		d[24] = 9; d[40] = 32; d[42] = DT_REG; memcpy(d + 43, "passwd", 7);
		d[56] = 7; d[72] = 24; d[74] = 0x20; memcpy(d + 75, "x\"y", 4);
		EV(__NR_getdents64, 80, 3, 0x1000, 32768);
		tcap(1, MYSD_CAP_BUF, 0, d, 80);
		CHECK_STR(tfmt(), P "getdents64, fd=3, count=32768, res=80, dirp=[{d_ino=2, "
			  "d_type=DT_DIR, d_name=\".\"}, {d_ino=9, d_type=DT_REG, "
			  "d_name=\"passwd\"}, {d_ino=7, d_type=32, d_name=\"x\\\"y\"}]\n");
		/* more than was read: "..."; a record cut by the capture too */
		EV(__NR_getdents64, 4000, 3, 0x1000, 32768);
		tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, d, 60);
		CHECK_STR(tfmt(), P "getdents64, fd=3, count=32768, res=4000, dirp=[{d_ino=2, "
			  "d_type=DT_DIR, d_name=\".\"}, {d_ino=9, d_type=DT_REG, "
			  "d_name=\"passwd\"}]...\n");
		EV(__NR_getdents64, 50, 3, 0x1000, 32768);
		tcap(1, MYSD_CAP_BUF, 0, d, 50);
		CHECK_STR(tfmt(), P "getdents64, fd=3, count=32768, res=50, dirp=[{d_ino=2, "
			  "d_type=DT_DIR, d_name=\".\"}]...\n");
		/* a record claiming less than its header: the walk stops */
		d[16] = 8;
		EV(__NR_getdents64, 80, 3, 0x1000, 32768);
		tcap(1, MYSD_CAP_BUF, 0, d, 80);
		CHECK_STR(tfmt(), P "getdents64, fd=3, count=32768, res=80, dirp=[]...\n");
		/* a name without its NUL ends with its record */
		d[16] = 24; memcpy(d + 19, "abcde", 5);
		EV(__NR_getdents64, 24, 3, 0x1000, 32768);
		tcap(1, MYSD_CAP_BUF, 0, d, 24);
		CHECK_STR(tfmt(), P "getdents64, fd=3, count=32768, res=24, dirp=[{d_ino=2, "
			  "d_type=DT_DIR, d_name=\"abcde\"}]\n");
		EV(__NR_getdents64, 0, 3, 0x1000, 32768);
		CHECK_STR(tfmt(), P "getdents64, fd=3, count=32768, res=0, dirp=[]\n");
		EV(__NR_getdents64, -EBADF, 9, 0x1000, 32768);
		CHECK_STR(tfmt(), P "getdents64, fd=9, count=32768, res=-9 EBADF\n");
	}
	EV(__NR_readlinkat, 9, (u64)AT_FDCWD, 0x1000, 0x2000, 4096);
	TCAP_STR(1, "/proc/self/exe");
	TCAP_STR(2, "/bin/true");
	CHECK_STR(tfmt(), P "readlinkat, dirfd=AT_FDCWD, path=\"/proc/self/exe\", "
		  "size=4096, res=9, buf=\"/bin/true\"\n");
	EV(__NR_mkdirat, -EEXIST, (u64)AT_FDCWD, 0x1000, 0755);
	TCAP_STR(1, "d");
	CHECK_STR(tfmt(), P "mkdirat, dirfd=AT_FDCWD, path=\"d\", mode=0755, res=-17 EEXIST\n");
	EV(__NR_unlinkat, 0, 4, 0x1000, AT_REMOVEDIR);
	TCAP_STR(1, "d");
	CHECK_STR(tfmt(), P "unlinkat, dirfd=4, path=\"d\", flags=AT_REMOVEDIR, res=0\n");
	EV(__NR_fchmod, 0, 3, 04755);
	CHECK_STR(tfmt(), P "fchmod, fd=3, mode=04755, res=0\n");
	EV(__NR_fchown, 0, 3, 0xffffffffULL, 100);
	CHECK_STR(tfmt(), P "fchown, fd=3, uid=-1, gid=100, res=0\n");
	EV(__NR_ftruncate, 0, 3, 1 << 20);
	CHECK_STR(tfmt(), P "ftruncate, fd=3, length=1048576, res=0\n");
	EV(__NR_fsync, -EIO, 3);
	CHECK_STR(tfmt(), P "fsync, fd=3, res=-5 EIO\n");
	EV(__NR_chdir, 0, 0x1000);
	TCAP_STR(0, "/tmp");
	CHECK_STR(tfmt(), P "chdir, path=\"/tmp\", res=0\n");
	EV(__NR_mremap, 0x7f0000100000LL, 0x7f0000000000ULL, 4096, 8192, MREMAP_MAYMOVE, 0);
	CHECK_STR(tfmt(), P "mremap, old_addr=0x7f0000000000, old_size=4096, "
		  "new_size=8192, flags=MREMAP_MAYMOVE, new_addr=NULL, res=0x7f0000100000\n");
	{
		static const char argv[] = "sh\0-c\0true";

		EV(__NR_execveat, 0, 3, 0x1000, 0x2000, 0x3000, AT_EMPTY_PATH);
		TCAP_STR(1, "");
		tcap(2, MYSD_CAP_ARGV, 0, argv, sizeof(argv));
		CHECK_STR(tfmt(), P "execveat, dirfd=3, path=\"\", argv=[\"sh\", \"-c\", "
			  "\"true\"], envp=0x3000, flags=AT_EMPTY_PATH, res=0\n");
	}
	EV(__NR_getppid, 1);
	CHECK_STR(tfmt(), P "getppid, res=1\n");
	EV(__NR_gettid, 130);
	CHECK_STR(tfmt(), P "gettid, res=130\n");
	EV(__NR_geteuid, 0);
	CHECK_STR(tfmt(), P "geteuid, res=0\n");
	EV(__NR_getgid, 100);
	CHECK_STR(tfmt(), P "getgid, res=100\n");
	EV(__NR_getegid, 100);
	CHECK_STR(tfmt(), P "getegid, res=100\n");
	EV(__NR_set_tid_address, 130, 0x1000);
	CHECK_STR(tfmt(), P "set_tid_address, tidptr=0x1000, res=130\n");
	EV(__NR_set_robust_list, 0, 0x1000, 24);
	CHECK_STR(tfmt(), P "set_robust_list, head=0x1000, len=24, res=0\n");
	EV(__NR_sched_yield, 0);
	CHECK_STR(tfmt(), P "sched_yield, res=0\n");
	EV(__NR_accept, -EAGAIN, 3, 0, 0);
	CHECK_STR(tfmt(), P "accept, fd=3, res=-11 EAGAIN\n");
	EV(__NR_sendmsg, 5, 3, 0x1000, MSG_NOSIGNAL | MSG_MORE);
	CHECK_STR(tfmt(), P "sendmsg, fd=3, msg=0x1000, flags=MSG_NOSIGNAL|MSG_MORE, res=5\n");
	EV(__NR_recvmsg, 5, 3, 0x1000, MSG_CMSG_CLOEXEC);
	/* no capture (data_max=0): the pointer, after res= as an output */
	CHECK_STR(tfmt(), P "recvmsg, fd=3, flags=MSG_CMSG_CLOEXEC, res=5, msg=0x1000\n");
	EV(__NR_getsockopt, 0, 3, SOL_SOCKET, SO_ERROR, 0x1000, 0x2000);
	CHECK_STR(tfmt(), P "getsockopt, fd=3, level=SOL_SOCKET, optname=SO_ERROR, "
		  "optval=0x1000, optlen=0x2000, res=0\n");
	{
		static const u8 sin[16] = { 2, 0, 0, 53, 10, 0, 0, 2 };

		EV(__NR_getsockname, 0, 3, 0x1000, 0x2000);
		tcap(1, MYSD_CAP_SOCKADDR, 0, sin, sizeof(sin));
		CHECK_STR(tfmt(), P "getsockname, fd=3, res=0, addr=10.0.0.2:53\n");
	}
	{
		/* every width of a byte, and the port's */
		static const u8 sin[16] = { 2, 0, 0xff, 0xff, 255, 100, 99, 9 };
		static const u8 sin0[16] = { 2, 0, 0, 0, 0, 10, 199, 200 };

		EV(__NR_getsockname, 0, 3, 0x1000, 0x2000);
		tcap(1, MYSD_CAP_SOCKADDR, 0, sin, sizeof(sin));
		CHECK_STR(tfmt(), P "getsockname, fd=3, res=0, addr=255.100.99.9:65535\n");
		EV(__NR_getsockname, 0, 3, 0x1000, 0x2000);
		tcap(1, MYSD_CAP_SOCKADDR, 0, sin0, sizeof(sin0));
		CHECK_STR(tfmt(), P "getsockname, fd=3, res=0, addr=0.10.199.200:0\n");
		EV(__NR_getpeername, -ENOTCONN, 3, 0x1000, 0x2000);
		CHECK_STR(tfmt(), P "getpeername, fd=3, res=-107 ENOTCONN\n");
	}
	EV(__NR_pselect6, 0, 4, 0x1000, 0, 0, 0, 0);
	CHECK_STR(tfmt(), P "pselect6, nfds=4, sigmask=NULL, res=0, "
		  "readfds=0x1000, writefds=NULL, exceptfds=NULL, left=NULL\n");
	{
		/* fds 3, 65, 69 and 70: the set is read in whole longs */
		static const u64 set[2] = { 1ULL << 3, 0x62 };
		static const s64 left[2] = { 0, 250 };

		EV(__NR_pselect6, 3, 70, 0x1000, 0x2000, 0x3000, 0x4000, 0);
		tcap(1, MYSD_CAP_BUF, 0, set, sizeof(set));
		tcap(2, MYSD_CAP_BUF, 0, set, 8);
		tcap(3, MYSD_CAP_BUF, 0, set + 1, 8);
		tcap(4, MYSD_CAP_BUF, 0, left, sizeof(left));
		CHECK_STR(tfmt(), P "pselect6, nfds=70, sigmask=NULL, res=3, "
			  "readfds=[3, 65, 69], writefds=[3], exceptfds=[1, 5, 6], "
			  "left={tv_sec=0, tv_nsec=250}\n");
		EV(__NR_pselect6, -EINTR, 70, 0x1000, 0, 0, 0x4000, 0);
		CHECK_STR(tfmt(), P "pselect6, nfds=70, sigmask=NULL, "
			  "res=-4 EINTR\n");
	}
	test_epoll();
	EV(__NR_rt_sigreturn, 0);
	CHECK_STR(tfmt(), P "rt_sigreturn, res=0\n");
	EV(__NR_sigaltstack, 0, 0x1000, 0);
	CHECK_STR(tfmt(), P "sigaltstack, ss=0x1000, res=0, old_ss=NULL\n");
	{
		/* utimensat's two times; UTIME_NOW and UTIME_OMIT by name */
		s64 t[4] = { 1700000000, 5, 0, (1L << 30) - 2 };

		EV(__NR_utimensat, 0, (u64)AT_FDCWD, 0x1000, 0x2000, 0);
		TCAP_STR(1, "f");
		tcap(2, MYSD_CAP_BUF, 0, t, sizeof(t));
		CHECK_STR(tfmt(), P "utimensat, dirfd=AT_FDCWD, path=\"f\", "
			  "times=[{tv_sec=1700000000, tv_nsec=5}, UTIME_OMIT], flags=0, res=0\n");
		t[1] = (1L << 30) - 1;
		EV(__NR_utimensat, -EINVAL, 3, 0, 0x2000, AT_SYMLINK_NOFOLLOW);
		tcap(2, MYSD_CAP_BUF, 0, t, sizeof(t));
		CHECK_STR(tfmt(), P "utimensat, dirfd=3, path=NULL, times=[UTIME_NOW, "
			  "UTIME_OMIT], flags=AT_SYMLINK_NOFOLLOW, res=-22 EINVAL\n");
		EV(__NR_utimensat, 0, 3, 0, 0x2000, 0);
		tcap(2, MYSD_CAP_BUF, 0, t, 24);
		CHECK_STR(tfmt(), P "utimensat, dirfd=3, path=NULL, times=0x2000, flags=0, "
			  "res=0\n");
	}
	{
		/* stack_t: ss_sp, the int ss_flags in a word, ss_size */
		u64 ss[3] = { 0xffff8000a000ULL, 1U << 31, 65536 };	/* SS_AUTODISARM */
		u64 old[3] = { 0, SS_DISABLE, 0 };

		EV(__NR_sigaltstack, 0, 0x1000, 0x2000);
		tcap(0, MYSD_CAP_BUF, 0, ss, sizeof(ss));
		tcap(1, MYSD_CAP_BUF, 0, old, sizeof(old));
		CHECK_STR(tfmt(), P "sigaltstack, ss={ss_sp=0xffff8000a000, "
			  "ss_flags=SS_AUTODISARM, ss_size=65536}, res=0, "
			  "old_ss={ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}\n");
		ss[1] = SS_ONSTACK | 0x10;
		EV(__NR_sigaltstack, -EPERM, 0x1000, 0);
		tcap(0, MYSD_CAP_BUF, 0, ss, sizeof(ss));
		CHECK_STR(tfmt(), P "sigaltstack, ss={ss_sp=0xffff8000a000, "
			  "ss_flags=SS_ONSTACK|0x10, ss_size=65536}, res=-1 EPERM\n");
		/* short: the pointer */
		EV(__NR_sigaltstack, 0, 0x1000, 0);
		tcap(0, MYSD_CAP_BUF, 0, ss, 16);
		CHECK_STR(tfmt(), P "sigaltstack, ss=0x1000, res=0, old_ss=NULL\n");
	}
	{
		static const s64 tv[2] = { 1700000000, 999999 };

		EV(__NR_gettimeofday, 0, 0x1000, 0);
		tcap(0, MYSD_CAP_BUF, 0, tv, sizeof(tv));
		CHECK_STR(tfmt(), P "gettimeofday, tz=NULL, res=0, "
			  "tv={tv_sec=1700000000, tv_usec=999999}\n");
		EV(__NR_gettimeofday, 0, 0, 0x1000);
		CHECK_STR(tfmt(), P "gettimeofday, tz=0x1000, res=0, tv=NULL\n");
	}
	EV(__NR_rseq, 0, 0x1000, 32, 0, 0x53053053);
	CHECK_STR(tfmt(), P "rseq, rseq=0x1000, len=32, flags=0, sig=0x53053053, res=0\n");
	EV(__NR_umask, 022, 077);
	CHECK_STR(tfmt(), P "umask, mask=077, res=022\n");
	EV(__NR_umask, 0, 022);
	CHECK_STR(tfmt(), P "umask, mask=022, res=0\n");
	EV(__NR_fchdir, 0, 3);
	CHECK_STR(tfmt(), P "fchdir, fd=3, res=0\n");
	EV(__NR_fdatasync, 0, 3);
	CHECK_STR(tfmt(), P "fdatasync, fd=3, res=0\n");
	EV(__NR_tkill, 0, 131, SIGUSR1);
	CHECK_STR(tfmt(), P "tkill, tid=131, sig=SIGUSR1, res=0\n");
	EV(__NR_faccessat2, 0, (u64)AT_FDCWD, 0x1000, W_OK, AT_EACCESS);
	TCAP_STR(1, "f");
	CHECK_STR(tfmt(), P "faccessat2, dirfd=AT_FDCWD, path=\"f\", mode=W_OK, "
		  "flags=AT_EACCESS, res=0\n");
	EV(__NR_symlinkat, 0, 0x1000, (u64)AT_FDCWD, 0x2000);
	TCAP_STR(0, "t");
	TCAP_STR(2, "l");
	CHECK_STR(tfmt(), P "symlinkat, target=\"t\", newdirfd=AT_FDCWD, linkpath=\"l\", res=0\n");
	EV(__NR_linkat, 0, (u64)AT_FDCWD, 0x1000, (u64)AT_FDCWD, 0x2000, 0);
	TCAP_STR(1, "a");
	TCAP_STR(3, "b");
	CHECK_STR(tfmt(), P "linkat, olddirfd=AT_FDCWD, oldpath=\"a\", newdirfd=AT_FDCWD, "
		  "newpath=\"b\", flags=0, res=0\n");
	EV(__NR_fchmodat, 0, (u64)AT_FDCWD, 0x1000, 0600);
	TCAP_STR(1, "f");
	CHECK_STR(tfmt(), P "fchmodat, dirfd=AT_FDCWD, path=\"f\", mode=0600, res=0\n");
	EV(__NR_fchownat, 0, (u64)AT_FDCWD, 0x1000, 0, 0, AT_SYMLINK_NOFOLLOW);
	TCAP_STR(1, "f");
	CHECK_STR(tfmt(), P "fchownat, dirfd=AT_FDCWD, path=\"f\", uid=0, gid=0, "
		  "flags=AT_SYMLINK_NOFOLLOW, res=0\n");
	EV(__NR_getrlimit, 0, RLIMIT_STACK, 0x1000);
#ifdef __NR_getrlimit
	CHECK_STR(tfmt(), P "getrlimit, resource=RLIMIT_STACK, res=0, rlim=0x1000\n");
#endif
	EV(__NR_fcntl, 0, 3, F_SETFD, FD_CLOEXEC);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_SETFD, arg=FD_CLOEXEC, res=0\n");
	/* a lock without its struct (not read): the pointer */
	EV(__NR_fcntl, 0, 3, F_SETLK, 0x1000);
	CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_SETLK, arg=0x1000, res=0\n");
	{
		/* libc's struct flock: the capture's layout for the task's long */
		const u32 n = sizeof(long) == 8 ? MYSD_FLOCK64_SIZE : MYSD_FLOCK32_SIZE;
		struct flock fl;

		CHECK(offsetof(struct flock, l_pid) + 4 == n);
		memset(&fl, 0, sizeof(fl));
		fl.l_type = F_WRLCK;
		fl.l_whence = SEEK_SET;
		fl.l_start = 100;
		fl.l_len = 0;
		EV(__NR_fcntl, 0, 3, F_SETLKW, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, &fl, n);
		CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_SETLKW, arg={l_type=F_WRLCK, "
			  "l_whence=SEEK_SET, l_start=100, l_len=0}, res=0\n");
		/* F_GETLK shows what it found, and who holds it */
		fl.l_type = F_RDLCK;
		fl.l_whence = SEEK_CUR;
		fl.l_start = -5;
		fl.l_len = 10;
		fl.l_pid = 4242;
		EV(__NR_fcntl, 0, 3, F_GETLK, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, &fl, n);
		CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_GETLK, arg={l_type=F_RDLCK, "
			  "l_whence=SEEK_CUR, l_start=-5, l_len=10, l_pid=4242}, res=0\n");
		fl.l_type = 7;
		EV(__NR_fcntl, -EINVAL, 3, F_OFD_SETLK, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, &fl, n);
		CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_OFD_SETLK, arg={l_type=7, "
			  "l_whence=SEEK_CUR, l_start=-5, l_len=10}, res=-22 EINVAL\n");
		/* unreadable: the pointer, marked; a length of neither layout */
		EV(__NR_fcntl, -EFAULT, 3, F_SETLK, 0x1000);
		tcap(2, MYSD_CAP_BUF, MYSD_CAPF_FAULT, NULL, 0);
		CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_SETLK, arg=0x1000<fault>, "
			  "res=-14 EFAULT\n");
		EV(__NR_fcntl, 0, 3, F_SETLK, 0x1000);
		tcap(2, MYSD_CAP_BUF, 0, &fl, 8);
		CHECK_STR(tfmt(), P "fcntl, fd=3, cmd=F_SETLK, arg=0x1000, res=0\n");
	}
	EV(__NR_socket, 3, AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, 0);
	CHECK_STR(tfmt(), P "socket, domain=AF_NETLINK, type=SOCK_RAW|SOCK_CLOEXEC, "
		  "protocol=NETLINK_ROUTE, res=3\n");
	EV(__NR_socket, 3, AF_NETLINK, SOCK_DGRAM, 15);
	CHECK_STR(tfmt(), P "socket, domain=AF_NETLINK, type=SOCK_DGRAM, "
		  "protocol=NETLINK_KOBJECT_UEVENT, res=3\n");
	EV(__NR_socket, -EINVAL, 99, 15, 0);
	CHECK_STR(tfmt(), P "socket, domain=99, type=0xf, protocol=0, res=-22 EINVAL\n");
	EV(__NR_futex, 1, 0x7000, FUTEX_WAKE_BITSET | FUTEX_CLOCK_REALTIME | 0x70, 1);
	CHECK(strstr(tfmt(), "op=FUTEX_CLOCK_REALTIME|0x7a, val=1") != NULL);
}

/* System V IPC, scheduling, modules, namespaces and ptrace. */
static void test_ipc_sched_modules(void)
{
	s32 prio = 10;

	EV(__NR_msgget, 3, IPC_PRIVATE, IPC_CREAT | 0600);
	CHECK_STR(tfmt(), P "msgget, key=0x0, msgflg=IPC_CREAT|0600, res=3\n");
	/* key_t is an int: an ftok() key above 2^31 arrives sign-extended */
	EV(__NR_msgget, -EINVAL, (u64)(s64)(s32)0x9e010203, IPC_CREAT | SHM_HUGETLB | 0600);
	CHECK_STR(tfmt(), P "msgget, key=0x9e010203, msgflg=IPC_CREAT|0x800|0600, "
		  "res=-22 EINVAL\n");
	EV(__NR_semget, 4, 0x1234, 1, 0640);
	CHECK_STR(tfmt(), P "semget, key=0x1234, nsems=1, semflg=0640, res=4\n");
	EV(__NR_shmget, -EEXIST, 0x1234, 4096, IPC_CREAT | IPC_EXCL | SHM_HUGETLB);
	CHECK_STR(tfmt(), P "shmget, key=0x1234, size=4096, "
		  "shmflg=IPC_CREAT|IPC_EXCL|SHM_HUGETLB, res=-17 EEXIST\n");
	EV(__NR_msgsnd, 0, 3, 0x1000, 4, IPC_NOWAIT);
	CHECK_STR(tfmt(), P "msgsnd, msqid=3, msgp=0x1000, msgsz=4, "
		  "msgflg=IPC_NOWAIT, res=0\n");
	EV(__NR_msgrcv, 4, 3, 0x1000, 8, (u64)-5, IPC_NOWAIT | MSG_NOERROR);
	CHECK_STR(tfmt(), P "msgrcv, msqid=3, msgsz=8, msgtyp=-5, "
		  "msgflg=IPC_NOWAIT|MSG_NOERROR, res=4, msgp=0x1000\n");
	{
		/* struct msgbuf: a long mtype, then the text (no NUL) */
		const u8 m[12] = { 1, 0, 0, 0, 0, 0, 0, 0, 'p', 'i', 'n', 'g' };

		EV(__NR_msgsnd, 0, 3, 0x1000, 4, IPC_NOWAIT);
		tcap(1, MYSD_CAP_BUF, 0, m, sizeof(m));
		CHECK_STR(tfmt(), P "msgsnd, msqid=3, msgp={mtype=1, mtext=\"ping\"}, "
			  "msgsz=4, msgflg=IPC_NOWAIT, res=0\n");
		EV(__NR_msgsnd, -EAGAIN, 3, 0x1000, 400, IPC_NOWAIT);
		tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, m, sizeof(m));
		CHECK_STR(tfmt(), P "msgsnd, msqid=3, msgp={mtype=1, mtext=\"ping\"...}, "
			  "msgsz=400, msgflg=IPC_NOWAIT, res=-11 EAGAIN\n");
		/* received: after res=, ret bytes of text */
		EV(__NR_msgrcv, 4, 3, 0x1000, 8, (u64)-5, IPC_NOWAIT | MSG_NOERROR);
		tcap(1, MYSD_CAP_BUF, 0, m, sizeof(m));
		CHECK_STR(tfmt(), P "msgrcv, msqid=3, msgsz=8, msgtyp=-5, "
			  "msgflg=IPC_NOWAIT|MSG_NOERROR, res=4, "
			  "msgp={mtype=1, mtext=\"ping\"}\n");
		/* shorter than its mtype: the pointer */
		EV(__NR_msgsnd, 0, 3, 0x1000, 4, 0);
		tcap(1, MYSD_CAP_BUF, 0, m, 4);
		CHECK_STR(tfmt(), P "msgsnd, msqid=3, msgp=0x1000, msgsz=4, "
			  "msgflg=0, res=0\n");
	}
	/* 32-bit libcs ask for the 64-bit structs */
	EV(__NR_msgctl, 0, 3, 0x100 | IPC_RMID, 0);
	CHECK_STR(tfmt(), P "msgctl, msqid=3, cmd=IPC_64|IPC_RMID, buf=NULL, res=0\n");
	EV(__NR_semctl, 1, 4, 0, GETVAL, 0);
	CHECK_STR(tfmt(), P "semctl, semid=4, semnum=0, cmd=GETVAL, arg=0x0, res=1\n");
	EV(__NR_shmctl, 0, 5, SHM_LOCK, 0);
	CHECK_STR(tfmt(), P "shmctl, shmid=5, cmd=SHM_LOCK, buf=NULL, res=0\n");
	EV(__NR_shmat, 0xffff8000, 5, 0, SHM_RDONLY | SHM_RND);
	CHECK_STR(tfmt(), P "shmat, shmid=5, shmaddr=NULL, shmflg=SHM_RDONLY|SHM_RND, "
		  "res=0xffff8000\n");

	EV(__NR_sched_setscheduler, 0, 0, SCHED_FIFO | SCHED_RESET_ON_FORK, 0x1000);
	tcap(2, MYSD_CAP_BUF, 0, &prio, sizeof(prio));
	CHECK_STR(tfmt(), P "sched_setscheduler, pid=0, "
		  "policy=SCHED_FIFO|SCHED_RESET_ON_FORK, param={sched_priority=10}, "
		  "res=0\n");
	EV(__NR_sched_getparam, 0, 42, 0x1000);
	tcap(1, MYSD_CAP_BUF, 0, &prio, sizeof(prio));
	CHECK_STR(tfmt(), P "sched_getparam, pid=42, res=0, param={sched_priority=10}\n");
	EV(__NR_sched_get_priority_max, 0, SCHED_OTHER);
	CHECK_STR(tfmt(), P "sched_get_priority_max, policy=SCHED_OTHER, res=0\n");
	EV(__NR_sched_get_priority_min, -EINVAL, 77);
	CHECK_STR(tfmt(), P "sched_get_priority_min, policy=77, res=-22 EINVAL\n");

	EV(__NR_delete_module, -ENOENT, 0x1000, O_NONBLOCK | O_TRUNC);
	TCAP_STR(0, "my_sysdig");
	CHECK_STR(tfmt(), P "delete_module, name=\"my_sysdig\", "
		  "flags=O_NONBLOCK|O_TRUNC, res=-2 ENOENT\n");
	EV(__NR_finit_module, 0, 3, 0x1000, MODULE_INIT_IGNORE_MODVERSIONS);
	TCAP_STR(1, "debug=1");
	CHECK_STR(tfmt(), P "finit_module, fd=3, param_values=\"debug=1\", "
		  "flags=MODULE_INIT_IGNORE_MODVERSIONS, res=0\n");
	EV(__NR_unshare, 0, CLONE_NEWNS | CLONE_NEWPID);
	CHECK_STR(tfmt(), P "unshare, flags=CLONE_NEWNS|CLONE_NEWPID, res=0\n");
	EV(__NR_setns, -EBADF, (u64)-1, CLONE_NEWNET);
	CHECK_STR(tfmt(), P "setns, fd=-1, nstype=CLONE_NEWNET, res=-9 EBADF\n");
	/* no exit signal in the low byte, as clone's: CLONE_NEWTIME is 0x80 */
	EV(__NR_unshare, 0, CLONE_NEWNS | CLONE_NEWTIME);
	CHECK_STR(tfmt(), P "unshare, flags=CLONE_NEWNS|CLONE_NEWTIME, res=0\n");
	EV(__NR_unshare, -EINVAL, 0x11);
	CHECK_STR(tfmt(), P "unshare, flags=0x11, res=-22 EINVAL\n");
	EV(__NR_setns, 0, 3, 0);
	CHECK_STR(tfmt(), P "setns, fd=3, nstype=0, res=0\n");
	EV(__NR_ptrace, 0, PTRACE_SEIZE, 42, 0, PTRACE_O_TRACESYSGOOD);
	CHECK_STR(tfmt(), P "ptrace, request=PTRACE_SEIZE, pid=42, addr=NULL, "
		  "data=0x1, res=0\n");
}

/* A line of @tid/@pid/@comm at @ts through the writer's line cache. */
static const char *cached_line(u64 ts, u32 tid, u32 pid, const char *comm,
			       bool compat)
{
	EV(__NR_getppid, 1);
	TEV->ts = ts;
	TEV->tid = tid;
	TEV->pid = pid;
	memset(TEV->comm, 0, sizeof(TEV->comm));
	memcpy(TEV->comm, comm, strnlen(comm, sizeof(TEV->comm)));
	if (compat)
		TEV->flags |= MYSD_EVF_COMPAT;
	return tfmt();	/* also checks: cached == uncached */
}

/* The cache follows every change of second, thread, name and ABI. */
static void test_line_cache(void)
{
	static const struct {
		u64 ts;
		u32 tid, pid;
		const char *comm;
		bool compat;
		const char *want;
	} seq[] = {
		{ 0, 1, 1, "init", false,
		  "ts=0.000000000, comm=\"init\", tid=1, pid=1, getppid, res=1\n" },
		{ 999999999, 1, 1, "init", false,
		  "ts=0.999999999, comm=\"init\", tid=1, pid=1, getppid, res=1\n" },
		{ 1000000000, 1, 1, "init", false,
		  "ts=1.000000000, comm=\"init\", tid=1, pid=1, getppid, res=1\n" },
		{ 999999998, 1, 1, "init", false,	/* back in time: other CPU */
		  "ts=0.999999998, comm=\"init\", tid=1, pid=1, getppid, res=1\n" },
		{ 12000300000ULL, 2, 1, "init", false,	/* other thread */
		  "ts=12.000300000, comm=\"init\", tid=2, pid=1, getppid, res=1\n" },
		{ 12000300001ULL, 2, 3, "init", false,	/* same tid, other pid */
		  "ts=12.000300001, comm=\"init\", tid=2, pid=3, getppid, res=1\n" },
		{ 12000300002ULL, 2, 3, "in\tit", false,	/* renamed (prctl) */
		  "ts=12.000300002, comm=\"in\\tit\", tid=2, pid=3, getppid, res=1\n" },
		{ 12000300003ULL, 2, 3, "0123456789abcdef", false,	/* 16th byte */
		  "ts=12.000300003, comm=\"0123456789abcdef\", tid=2, pid=3, getppid, res=1\n" },
		{ 12000300004ULL, 2, 3, "0123456789abcdeg", false,
		  "ts=12.000300004, comm=\"0123456789abcdeg\", tid=2, pid=3, getppid, res=1\n" },
		{ 12000300005ULL, 2, 3, "0123456789abcdeg", true,	/* exec'd 32-bit */
		  "ts=12.000300005, abi=compat, comm=\"0123456789abcdeg\", tid=2, pid=3, getppid, res=1\n" },
		{ 18446744073709551615ULL, 4294967295U, 4294967295U, "x", false,
		  "ts=18446744073.709551615, comm=\"x\", tid=4294967295, pid=4294967295, getppid, res=1\n" },
		{ 18446744073709551614ULL, 4294967295U, 4294967295U, "x", false,
		  "ts=18446744073.709551614, comm=\"x\", tid=4294967295, pid=4294967295, getppid, res=1\n" },
		/* two threads taking turns, then a third, a rename */
		{ 13000000000ULL, 10, 10, "nginx", false,
		  "ts=13.000000000, comm=\"nginx\", tid=10, pid=10, getppid, res=1\n" },
		{ 13000000001ULL, 11, 11, "ab", false,
		  "ts=13.000000001, comm=\"ab\", tid=11, pid=11, getppid, res=1\n" },
		{ 13000000002ULL, 10, 10, "nginx", false,
		  "ts=13.000000002, comm=\"nginx\", tid=10, pid=10, getppid, res=1\n" },
		{ 13000000003ULL, 11, 11, "ab", false,
		  "ts=13.000000003, comm=\"ab\", tid=11, pid=11, getppid, res=1\n" },
		{ 13000000004ULL, 12, 11, "ab", false,
		  "ts=13.000000004, comm=\"ab\", tid=12, pid=11, getppid, res=1\n" },
		{ 13000000005ULL, 11, 11, "ab", false,
		  "ts=13.000000005, comm=\"ab\", tid=11, pid=11, getppid, res=1\n" },
		{ 13000000006ULL, 10, 10, "nginx", false,
		  "ts=13.000000006, comm=\"nginx\", tid=10, pid=10, getppid, res=1\n" },
		{ 13000000007ULL, 11, 11, "ab", false,
		  "ts=13.000000007, comm=\"ab\", tid=11, pid=11, getppid, res=1\n" },
		{ 13000000008ULL, 10, 10, "nginy", false,
		  "ts=13.000000008, comm=\"nginy\", tid=10, pid=10, getppid, res=1\n" },
		{ 13000000009ULL, 11, 12, "ab", false,
		  "ts=13.000000009, comm=\"ab\", tid=11, pid=12, getppid, res=1\n" },
		{ 13000000010ULL, 10, 10, "nginy", true,
		  "" },
		{ 13000000011ULL, 10, 10, "nginy", false,
		  "ts=13.000000011, comm=\"nginy\", tid=10, pid=10, getppid, res=1\n" },
	};
	unsigned int i;

	memset(&tcache, 0, sizeof(tcache));
	for (i = 0; i < sizeof(seq) / sizeof(seq[0]); i++) {
		const char *line = cached_line(seq[i].ts, seq[i].tid, seq[i].pid,
					       seq[i].comm, seq[i].compat);

		/* getppid is not compat's name for every number: skip those */
		if (!seq[i].compat)
			CHECK_STR(line, seq[i].want);
	}
}

/* The line of TEV in @size bytes, with and without the line cache. */
static void check_cut_both_ways(size_t size)
{
	char plain[MYSD_LINE_MAX], cached[MYSD_LINE_MAX];
	size_t n1, n2;

	n1 = mysd_format_event(TEV, plain, size);
	n2 = mysd_format_event_cached(&tcache, TEV, TEV->ts, cached, size);
	CHECK(n1 == n2);
	CHECK_STR(cached, plain);
}

/*
 * Flag and enum names come from the line cache once made: the same text,
 * also for values that share a slot, names too long to keep, unknown enum
 * values, and lines cut in the middle of a name.
 */
static void test_sym_memo(void)
{
	static const char want[] =
		P "fcntl, fd=4, cmd=F_SETFL, arg=O_RDWR|O_NONBLOCK, res=0\n";
	unsigned int i, round;
	size_t size;

	memset(&tcache, 0, sizeof(tcache));
	for (round = 0; round < 3; round++) {
		EV(__NR_fcntl, 0, 4, F_SETFL, O_RDWR | O_NONBLOCK);
		CHECK_STR(tfmt(), want);
		/* the same value of another set, and a neighbour of each */
		EV(__NR_openat, 3, (u64)AT_FDCWD, 0, O_RDWR | O_NONBLOCK, 0);
		CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=NULL, "
			  "flags=O_RDWR|O_NONBLOCK, res=3\n");
		EV(__NR_openat, 3, (u64)AT_FDCWD, 0, O_RDONLY | O_NONBLOCK, 0);
		CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=NULL, "
			  "flags=O_RDONLY|O_NONBLOCK, res=3\n");
		/* 62 characters: made each time, never kept */
		EV(__NR_openat, 3, (u64)AT_FDCWD, 0, O_WRONLY | O_CREAT | O_EXCL |
		   O_NOCTTY | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
		CHECK_STR(tfmt(), P "openat, dirfd=AT_FDCWD, path=NULL, "
			  "flags=O_WRONLY|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|"
			  "O_APPEND|O_CLOEXEC, mode=0600, res=3\n");
		/* an unknown enum value is decimal, a known one its name */
		EV(__NR_fcntl, -EINVAL, 4, 9999, 0);
		CHECK_STR(tfmt(), P "fcntl, fd=4, cmd=9999, arg=NULL, res=-22 EINVAL\n");
		EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_DEL, 3, 0);
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_DEL, fd=3, "
			  "event=NULL, res=0\n");
	}
	/* many values of one set: slots are reused, lines stay right */
	for (i = 0; i < 64; i++) {
		EV(__NR_socket, 3, AF_INET, SOCK_STREAM | (i & 1 ? SOCK_CLOEXEC : 0) |
		   (i & 2 ? SOCK_NONBLOCK : 0) | (i & 4 ? 0x100 : 0), i);
		tfmt();		/* checks cached == uncached */
	}
	/* cut at every length, the name kept (F_SETFL, O_RDWR|O_NONBLOCK) */
	EV(__NR_fcntl, 0, 4, F_SETFL, O_RDWR | O_NONBLOCK);
	for (size = 1; size <= sizeof(want) + 2; size++)
		check_cut_both_ways(size);
	/* a cut name is not kept: the next whole line is still right */
	memset(&tcache, 0, sizeof(tcache));
	for (size = sizeof(want) - 8; size <= sizeof(want) + 2; size++)
		check_cut_both_ways(size);
	CHECK_STR(tfmt(), want);
}

/*
 * A number both ABIs keep lists for, with other rows: each ABI's line is
 * its own (tfmt() checks each against the line made uncached).
 */
static void test_args_memo_compat(void)
{
#ifdef MYSD_HAVE_COMPAT
	char native[MYSD_LINE_MAX], compat[MYSD_LINE_MAX];
	unsigned int nr, key, round;

	for (nr = 0; nr < 512; nr++) {
		const char *name;
		size_t len;

		key = mysd_syscall_lookup(false, nr, &name, &len).plan.memo_key;
		/* the same key: the same row of the memo */
		if (!key ||
		    mysd_syscall_lookup(true, nr, &name, &len).plan.memo_key != key)
			continue;
		EV(nr, 0, 3, 2, 1, 0, 0, 0);
		mysd_format_event(TEV, native, sizeof(native));
		TEV->flags |= MYSD_EVF_COMPAT;
		mysd_format_event(TEV, compat, sizeof(compat));
		/* the arguments' text differs, not only the name */
		if (strcmp(strchr(strchr(strstr(native, "pid="), ',') + 1, ','),
			   strchr(strchr(strstr(compat, "pid="), ',') + 1, ',')))
			break;
	}
	CHECK(nr < 512);
	for (round = 0; round < 2; round++) {
		EV(nr, 0, 3, 2, 1, 0, 0, 0);
		CHECK(strstr(tfmt(), "abi=compat") == NULL);
		EV(nr, 0, 3, 2, 1, 0, 0, 0);
		TEV->flags |= MYSD_EVF_COMPAT;
		CHECK(strstr(tfmt(), "abi=compat") != NULL);
	}
#endif
}

/*
 * TEV, whose whole line is @want, cut at every length through the warm
 * line cache, then through a cold one each time followed by the whole
 * line: a text cut short is never kept.
 */
static void check_cuts_cached(const char *want)
{
	size_t size;

	for (size = 1; size <= strlen(want) + 2; size++)
		check_cut_both_ways(size);
	for (size = 1; size <= strlen(want) + 2; size++) {
		memset(&tcache, 0, sizeof(tcache));
		check_cut_both_ways(size);
		CHECK_STR(tfmt(), want);
	}
}

/*
 * A short capture is part of a list's key: other bytes, another length,
 * a fault or no capture (the pointer printed) are other texts.
 */
static void test_args_memo_cap(void)
{
	static const u8 sin[16] = { 2, 0, 0, 80, 127, 0, 0, 1 };
	u8 ev1[MYSD_EPOLL_EVENT_SIZE], ev2[MYSD_EPOLL_EVENT_SIZE];
	u8 sin2[16];
	unsigned int round;

	epoll_put(ev1, EPOLLIN, 0x1);
	epoll_put(ev2, EPOLLIN, 0x2);
	memcpy(sin2, sin, sizeof(sin2));
	sin2[3] = 81;
	memset(&tcache, 0, sizeof(tcache));
	for (round = 0; round < 3; round++) {
		EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_ADD, 6, 0x1000);
		tcap(3, MYSD_CAP_BUF, 0, ev1, sizeof(ev1));
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=6, "
			  "event={events=EPOLLIN, data=0x1}, res=0\n");
		EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_ADD, 6, 0x1000);
		tcap(3, MYSD_CAP_BUF, 0, ev2, sizeof(ev2));
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=6, "
			  "event={events=EPOLLIN, data=0x2}, res=0\n");
		/* the same bytes at another address: the same text */
		EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_ADD, 6, 0x2000);
		tcap(3, MYSD_CAP_BUF, 0, ev1, sizeof(ev1));
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=6, "
			  "event={events=EPOLLIN, data=0x1}, res=0\n");
		/* printed as their pointers: never kept by the bytes */
		EV(__NR_epoll_ctl, -EFAULT, 5, EPOLL_CTL_ADD, 6, 0x3000);
		tcap(3, MYSD_CAP_BUF, MYSD_CAPF_FAULT, NULL, 0);
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=6, "
			  "event=0x3000<fault>, res=-14 EFAULT\n");
		EV(__NR_epoll_ctl, -EFAULT, 5, EPOLL_CTL_ADD, 6, 0x4000);
		tcap(3, MYSD_CAP_BUF, MYSD_CAPF_FAULT, NULL, 0);
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=6, "
			  "event=0x4000<fault>, res=-14 EFAULT\n");
		EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_ADD, 6, 0x5000);
		tcap(3, MYSD_CAP_BUF, 0, ev1, 4);
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=6, "
			  "event=0x5000, res=0\n");
		EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_ADD, 6, 0x5800);
		tcap(3, MYSD_CAP_BUF, 0, ev1, 4);
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=6, "
			  "event=0x5800, res=0\n");
		EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_ADD, 6, 0x6000);
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_ADD, fd=6, "
			  "event=0x6000, res=0\n");
		EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_DEL, 6, 0);
		CHECK_STR(tfmt(), P "epoll_ctl, epfd=5, op=EPOLL_CTL_DEL, fd=6, "
			  "event=NULL, res=0\n");
		/* an address: its bytes, length and flags */
		EV(__NR_connect, 0, 4, 0x1000, sizeof(sin));
		tcap(1, MYSD_CAP_SOCKADDR, 0, sin, sizeof(sin));
		CHECK_STR(tfmt(), P "connect, fd=4, addr=127.0.0.1:80, res=0\n");
		EV(__NR_connect, 0, 4, 0x1000, sizeof(sin2));
		tcap(1, MYSD_CAP_SOCKADDR, 0, sin2, sizeof(sin2));
		CHECK_STR(tfmt(), P "connect, fd=4, addr=127.0.0.1:81, res=0\n");
		EV(__NR_connect, 0, 4, 0x1000, 2);
		tcap(1, MYSD_CAP_SOCKADDR, 0, sin, 2);
		CHECK_STR(tfmt(), P "connect, fd=4, addr={family=AF_INET}, res=0\n");
		EV(__NR_connect, -EFAULT, 4, 0x3000, sizeof(sin));
		tcap(1, MYSD_CAP_SOCKADDR, MYSD_CAPF_FAULT, NULL, 0);
		CHECK_STR(tfmt(), P "connect, fd=4, addr=0x3000<fault>, "
			  "res=-14 EFAULT\n");
		EV(__NR_connect, -EFAULT, 4, 0x4000, sizeof(sin));
		tcap(1, MYSD_CAP_SOCKADDR, MYSD_CAPF_FAULT, NULL, 0);
		CHECK_STR(tfmt(), P "connect, fd=4, addr=0x4000<fault>, "
			  "res=-14 EFAULT\n");
	}
	/* many events: lists share rows, each line its own */
	for (round = 0; round < 2 * 100; round++) {
		epoll_put(ev2, EPOLLIN, round % 100);
		EV(__NR_epoll_ctl, 0, 5, EPOLL_CTL_ADD, 6, 0x1000);
		tcap(3, MYSD_CAP_BUF, 0, ev2, sizeof(ev2));
		tfmt();		/* checks cached == uncached */
	}
}

/*
 * epoll events come from the line cache once made: by events and data,
 * many pairs sharing slots, and lines cut anywhere.
 */
static void test_epoll_memo(void)
{
	u8 c[MYSD_EPOLL_EVENTS_MAX * MYSD_EPOLL_EVENT_SIZE];
	char want[MYSD_LINE_MAX];
	unsigned int i, round;

	memset(&tcache, 0, sizeof(tcache));
	for (round = 0; round < 3; round++) {
		/* the same data with other events, the same events with other data */
		epoll_put(c, EPOLLIN, 0x10);
		epoll_put(c + MYSD_EPOLL_EVENT_SIZE, EPOLLOUT, 0x10);
		epoll_put(c + 2 * MYSD_EPOLL_EVENT_SIZE, EPOLLIN, 0x11);
		EV(__NR_epoll_pwait, 3, 5, 0x1000, 64, (u64)-1, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, c, 3 * MYSD_EPOLL_EVENT_SIZE);
		CHECK_STR(tfmt(), P "epoll_pwait, epfd=5, maxevents=64, timeout=-1, "
			  "sigmask=NULL, sigsetsize=8, res=3, events=["
			  "{events=EPOLLIN, data=0x10}, {events=EPOLLOUT, data=0x10}, "
			  "{events=EPOLLIN, data=0x11}]\n");
	}
	/*
	 * Many pairs sharing slots: one data with 64 sets of events, each
	 * after the first set (some share its slot).
	 */
	for (i = 0; i < 128; i++) {
		static const u32 bits[] = { EPOLLIN, EPOLLOUT, EPOLLPRI,
					    EPOLLERR, EPOLLHUP, EPOLLET };
		u32 events = 0, b;

		for (b = 0; b < ARRAY_SIZE(bits); b++)
			if ((i / 2) & (1U << b))
				events |= bits[b];
		epoll_put(c, i & 1 ? events : EPOLLIN, 0xaaaad6f1c0e1ULL);
		EV(__NR_epoll_pwait, 1, 5, 0x1000, 64, (u64)-1, 0, 8);
		tcap(1, MYSD_CAP_BUF, 0, c, MYSD_EPOLL_EVENT_SIZE);
		tfmt();		/* checks cached == uncached */
	}
	/*
	 * Cut at every length, the events kept, then not yet kept; the second
	 * event's text is longer than a slot.
	 */
	epoll_put(c, EPOLLIN | EPOLLRDHUP | EPOLLET, 0xaaaad6f1c0e1ULL);
	epoll_put(c + MYSD_EPOLL_EVENT_SIZE, EPOLLIN | EPOLLPRI | EPOLLOUT |
		  EPOLLERR | EPOLLHUP | EPOLLRDNORM | EPOLLRDBAND | EPOLLWRNORM |
		  EPOLLWRBAND | EPOLLMSG | EPOLLRDHUP, 0xaaaad6f1c1e1ULL);
	EV(__NR_epoll_pwait, 2, 5, 0x1000, 64, (u64)-1, 0, 8);
	tcap(1, MYSD_CAP_BUF, 0, c, 2 * MYSD_EPOLL_EVENT_SIZE);
	snprintf(want, sizeof(want), P "epoll_pwait, epfd=5, maxevents=64, "
		 "timeout=-1, sigmask=NULL, sigsetsize=8, res=2, events=["
		 "{events=EPOLLIN|EPOLLRDHUP|EPOLLET, data=0xaaaad6f1c0e1}, "
		 "{events=EPOLLIN|EPOLLPRI|EPOLLOUT|EPOLLERR|EPOLLHUP|"
		 "EPOLLRDNORM|EPOLLRDBAND|EPOLLWRNORM|EPOLLWRBAND|EPOLLMSG|"
		 "EPOLLRDHUP, data=0xaaaad6f1c1e1}]\n");
	CHECK_STR(tfmt(), want);
	check_cuts_cached(want);
}

/*
 * stat results come from the line cache once made: by mode and size (the
 * fields shown), many sharing slots, and lines cut anywhere.
 */
static void test_stat_memo(void)
{
	u8 st[sizeof(struct stat)];
	char want[MYSD_LINE_MAX];
	struct stat s;
	unsigned int i;

	memset(&tcache, 0, sizeof(tcache));
	memset(&s, 0, sizeof(s));
	for (i = 0; i < 128; i++) {
		/* each size with two modes in turn, then the next size */
		s.st_mode = i & 1 ? S_IFDIR | 0755 : S_IFREG | 0644;
		s.st_size = 600 + i / 2;
		memcpy(st, &s, sizeof(st));
		EV(__NR_fstat, 0, 3, 0x7ffd0000);
		tcap(1, MYSD_CAP_BUF, 0, st, MYSD_STAT_CAPTURE);
		snprintf(want, sizeof(want), P "fstat, fd=3, res=0, stat={mode=%s, "
			 "size=%u}\n", i & 1 ? "S_IFDIR|0755" : "S_IFREG|0644",
			 600 + i / 2);
		CHECK_STR(tfmt(), want);
	}
	check_cuts_cached(want);
}

/*
 * Leading plain argument lists come from the line cache once made: the
 * same text for the same values, another for any other value of the key,
 * also with the arguments after them, lists too long to keep, many lists
 * sharing rows, the compat ABI's same number, and lines cut anywhere.
 */
/* The same registers of a lock command, with and without its struct. */
static void fcntl_lock_lines(void)
{
	const u32 n = sizeof(long) == 8 ? MYSD_FLOCK64_SIZE : MYSD_FLOCK32_SIZE;
	struct flock fl;

	memset(&fl, 0, sizeof(fl));
	EV(__NR_fcntl, 0, 4, F_SETLK, 0x1000);
	CHECK_STR(tfmt(), P "fcntl, fd=4, cmd=F_SETLK, arg=0x1000, res=0\n");
	fl.l_type = F_WRLCK;
	EV(__NR_fcntl, 0, 4, F_SETLK, 0x1000);
	tcap(2, MYSD_CAP_BUF, 0, &fl, n);
	CHECK_STR(tfmt(), P "fcntl, fd=4, cmd=F_SETLK, arg={l_type=F_WRLCK, "
		  "l_whence=SEEK_SET, l_start=0, l_len=0}, res=0\n");
	fl.l_type = F_UNLCK;
	EV(__NR_fcntl, 0, 4, F_SETLK, 0x1000);
	tcap(2, MYSD_CAP_BUF, 0, &fl, n);
	CHECK_STR(tfmt(), P "fcntl, fd=4, cmd=F_SETLK, arg={l_type=F_UNLCK, "
		  "l_whence=SEEK_SET, l_start=0, l_len=0}, res=0\n");
}

static void test_args_memo(void)
{
	static const char want[] =
		P "epoll_pwait, epfd=3, maxevents=4, timeout=30000, sigmask=NULL, "
		"sigsetsize=8, res=0, events=[]\n";
	static const char mmap_want[] =
		P "mmap, addr=NULL, len=8392704, prot=PROT_READ|PROT_WRITE, "
		"flags=MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE|MAP_STACK|"
		"MAP_HUGETLB, fd=-1, offset=0x0, res=0x7f0000000000\n";
	const u64 mflags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE |
			   MAP_STACK | MAP_HUGETLB;
	char line[MYSD_LINE_MAX];
	unsigned int i, round;

	memset(&tcache, 0, sizeof(tcache));
	for (round = 0; round < 3; round++) {
		EV(__NR_epoll_pwait, 0, 3, 0x7fff0000, 4, 30000, 0, 8);
		CHECK_STR(tfmt(), want);
		/* one value of the key differs: another text */
		EV(__NR_epoll_pwait, 0, 3, 0x7fff0000, 4, 29999, 0, 8);
		CHECK_STR(tfmt(), P "epoll_pwait, epfd=3, maxevents=4, "
			  "timeout=29999, sigmask=NULL, sigsetsize=8, res=0, "
			  "events=[]\n");
		/* an output argument is no part of the key */
		EV(__NR_epoll_pwait, 0, 3, 0x7fff1000, 4, 30000, 0, 8);
		CHECK_STR(tfmt(), want);
		/* fcntl's arg, keyed by its command too */
		EV(__NR_fcntl, 0, 4, F_SETFL, O_RDWR | O_NONBLOCK);
		CHECK_STR(tfmt(), P "fcntl, fd=4, cmd=F_SETFL, "
			  "arg=O_RDWR|O_NONBLOCK, res=0\n");
		EV(__NR_fcntl, O_RDWR, 4, F_GETFL, O_RDWR | O_NONBLOCK);
		CHECK_STR(tfmt(), P "fcntl, fd=4, cmd=F_GETFL, res=2 O_RDWR\n");
		EV(__NR_fcntl, 0, 4, F_SETFD, O_RDWR | O_NONBLOCK);
		CHECK_STR(tfmt(), P "fcntl, fd=4, cmd=F_SETFD, arg=0x802, res=0\n");
		EV(__NR_fcntl, 0, 4, F_SETFD, FD_CLOEXEC);
		CHECK_STR(tfmt(), P "fcntl, fd=4, cmd=F_SETFD, arg=FD_CLOEXEC, "
			  "res=0\n");
		/* a lock's struct, read: never a text kept for these registers */
		fcntl_lock_lines();
		/* a kept list, then the arguments after it */
		EV(__NR_recvfrom, 3, 5, 0x7fff0000, 1024, MSG_DONTWAIT, 0, 0);
		tcap(1, MYSD_CAP_BUF, 0, "abc", 3);
		CHECK_STR(tfmt(), P "recvfrom, fd=5, size=1024, "
			  "flags=MSG_DONTWAIT, res=3, data=\"abc\", addr=NULL\n");
		/* longer than a slot: made each time */
		EV(__NR_mmap, 0x7f0000000000, 0, 8392704, PROT_READ | PROT_WRITE,
		   mflags, (u64)-1, 0);
		CHECK_STR(tfmt(), mmap_want);
	}
	test_args_memo_compat();
	/* many lists: slots are reused, lines stay right */
	for (i = 0; i < 200; i++) {
		EV(__NR_epoll_pwait, 0, i % 7, 0x7fff0000, 4, i, 0, 8);
		snprintf(line, sizeof(line), P "epoll_pwait, epfd=%u, maxevents=4, "
			 "timeout=%u, sigmask=NULL, sigsetsize=8, res=0, events=[]\n",
			 i % 7, i);
		CHECK_STR(tfmt(), line);
	}
	/* cut at every length, the list kept, then not yet kept */
	EV(__NR_epoll_pwait, 0, 3, 0x7fff0000, 4, 30000, 0, 8);
	CHECK_STR(tfmt(), want);
	check_cuts_cached(want);
	/* a list longer than a slot, cut: what was written is not kept */
	EV(__NR_fcntl, 0, 4, F_SETFL, O_WRONLY | O_APPEND | O_NONBLOCK |
	   O_DSYNC | O_DIRECT | O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW |
	   O_NOATIME | O_CLOEXEC);
	/* 64-bit glibc defines O_LARGEFILE as 0: no name for it there */
	snprintf(line, sizeof(line), P "fcntl, fd=4, cmd=F_SETFL, arg=O_WRONLY|"
		 "O_APPEND|O_NONBLOCK|O_DSYNC|O_DIRECT|%sO_DIRECTORY|"
		 "O_NOFOLLOW|O_NOATIME|O_CLOEXEC, res=0\n",
		 O_LARGEFILE ? "O_LARGEFILE|" : "");
	CHECK_STR(tfmt(), line);
	CHECK(strlen(line) > sizeof(P) + MYSD_ARGS_MEMO_TEXT);
	check_cuts_cached(line);
}

int main(void)
{
	mysd_table_init();
	test_original_set();
	test_extended();
	test_more();
	test_ipc_sched_modules();
	test_edges();
	test_malformed();
	test_line_cache();
	test_sym_memo();
	test_args_memo();
	test_args_memo_cap();
	test_epoll_memo();
	test_stat_memo();
	return check_summary("test_format");
}
