/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sysent.h - the syscall description table (internal to syscalls/).
 *
 * One row per decoded syscall, written in syscalls/entries.h:
 *
 *   #ifdef __NR_read
 *   SC(read, A(FD, "fd"), AX(BUF_OUT, 2, "data"), A(SIZE, "size")),
 *   #endif
 *
 * Each argument has a kind (enum mysd_kind) and a label. The kind alone
 * decides (a) how the raw value or its capture is printed, (b) whether it
 * is printed before "res=" (input) or after it (output, success only) and
 * (c) which user memory the probe copies (derived once by mysd_table_init()).
 * The optional aux byte is the index of another argument the kind reads:
 * its length or count (BUF_IN/BUF_OUT, SOCKADDR_IN, POLLFDS, IOV_IN/IOV_OUT,
 * GIDS...), the length pointer of a SOCKADDR_OUT, or the command or flags
 * that decide its layout (FCNTL*, OPEN_MODE, the *_ATTR kinds...).
 *
 * entries.h is compiled twice: by table.c against the native <asm/unistd.h>
 * and by table_compat.c against arm64's <asm/unistd32.h>, so the same rows
 * index both ABIs' numbers. Rows whose __NR_x is missing drop out.
 */
#ifndef MYSD_SYSENT_H
#define MYSD_SYSENT_H

#include "table.h"

/*
 * A second (32-bit compat) table exists on arm64 kernels with CONFIG_COMPAT
 * (AArch32 tasks, numbered by <asm/unistd32.h>). Host test builds on x86_64
 * use the i386 <asm/unistd_32.h> as a stand-in to exercise the same code.
 */
#if defined(__KERNEL__)
#if defined(CONFIG_COMPAT) && defined(CONFIG_ARM64)
#define MYSD_HAVE_COMPAT 1
#endif
#elif defined(__x86_64__)
#define MYSD_HAVE_COMPAT 1
#endif

/*
 * A table of the 32-bit ARM EABI: the compat table, or a 32-bit ARM
 * kernel's own. A few of its rows differ (64-bit values in register pairs).
 */
#if defined(MYSD_COMPAT_TABLE) || defined(__arm__)
#define MYSD_EABI_TABLE 1
#endif

/*
 * Its calls without "32" (setuid, chown, getgroups...) take 16-bit ids,
 * old_uid_t: their values are read as such, their lists and getresuid's
 * ids are left as pointers (glibc calls the *32 twins).
 */
#ifdef MYSD_EABI_TABLE
#define MYSD_K_OLD_UID		MYSD_K_UID16
#define MYSD_K_OLD_UID_OUT	MYSD_K_PTR
#define MYSD_K_OLD_GIDS		MYSD_K_PTR
#define MYSD_K_OLD_GIDS_OUT	MYSD_K_PTR
#else
#define MYSD_K_OLD_UID		MYSD_K_UID
#define MYSD_K_OLD_UID_OUT	MYSD_K_UID_OUT
#define MYSD_K_OLD_GIDS		MYSD_K_GIDS
#define MYSD_K_OLD_GIDS_OUT	MYSD_K_GIDS_OUT
#endif

enum mysd_kind {
	MYSD_K_NONE = 0,	/* end of the argument list */
	MYSD_K_HIDE,		/* not printed (e.g. accept's addrlen pointer) */
	/* plain values */
	MYSD_K_FD,		/* int, decimal */
	MYSD_K_DIRFD,		/* int, AT_FDCWD or decimal */
	MYSD_K_INT,		/* int, decimal */
	MYSD_K_UINT,		/* unsigned int, decimal */
	MYSD_K_LONG,		/* long (32-bit in compat), decimal */
	MYSD_K_SIZE,		/* size_t, decimal */
	MYSD_K_HEX,		/* unsigned long, 0x-hex */
	MYSD_K_HEX32,		/* an int in hex: reboot's magics, IPC keys */
	MYSD_K_PTR,		/* user pointer: NULL or 0x-hex, never dereferenced */
	MYSD_K_MODE,		/* mode_t, octal */
	MYSD_K_OPEN_MODE,	/* octal, only when args[aux] has O_CREAT/O_TMPFILE */
	MYSD_K_PID,		/* pid_t, decimal */
	MYSD_K_IOCTL,		/* ioctl request: TCGETS..., else 0x-hex */
	/* captured user memory */
	MYSD_K_PATH,		/* NUL-terminated string, input: a file's name */
	MYSD_K_STR,		/* same, another string (a module's name) */
	MYSD_K_STR_OUT,		/* NUL-terminated string written by the kernel (getcwd) */
	MYSD_K_BUF_IN,		/* data, length in args[aux] */
	MYSD_K_BUF_OUT,		/* data written by the kernel, length = ret */
	MYSD_K_SOCKADDR_IN,	/* struct sockaddr, length in args[aux] */
	MYSD_K_SOCKADDR_OUT,	/* struct sockaddr, length in *args[aux] */
	MYSD_K_ARGV,		/* NULL-terminated char *[] (execve argv) */
	MYSD_K_ENVP,		/* NULL-terminated char *[] (execve envp): counted, not read */
	MYSD_K_STAT_OUT,	/* struct stat (native ABI only) */
	MYSD_K_PIPEFDS_OUT,	/* int[2] */
	MYSD_K_TIMESPEC,	/* struct timespec in the task's ABI, input */
	MYSD_K_TIMESPEC_OUT,	/* same, output */
	MYSD_K_TIMESPEC64,	/* struct __kernel_timespec (compat *_time64) */
	MYSD_K_TIMESPEC64_OUT,
	MYSD_K_ITIMERSPEC,	/* struct itimerspec in the task's ABI, input */
	MYSD_K_ITIMERSPEC_OUT,
	MYSD_K_ITIMERSPEC64,	/* struct __kernel_itimerspec (compat *_time64) */
	MYSD_K_ITIMERSPEC64_OUT,
	MYSD_K_ITIMERVAL,	/* struct itimerval in the task's ABI, input */
	MYSD_K_ITIMERVAL_OUT,
	MYSD_K_RUSAGE_OUT,	/* struct rusage: its two times, then "..." */
	MYSD_K_WSTATUS_OUT,	/* wait4's int status, as WIFEXITED(s)... */
	MYSD_K_CPUSET_IN,	/* CPU mask of args[aux] bytes, as CPU numbers */
	MYSD_K_CPUSET_OUT,	/* same, ret bytes written by the kernel */
	MYSD_K_RLIMIT_IN,	/* struct rlimit in the task's longs */
	MYSD_K_RLIMIT_OUT,
	MYSD_K_RLIMIT64_IN,	/* struct rlimit64: two u64, either ABI */
	MYSD_K_RLIMIT64_OUT,
	MYSD_K_TIMEVAL_OUT,	/* struct timeval in the task's longs */
	MYSD_K_SYSINFO_OUT,	/* struct sysinfo in the task's longs */
	MYSD_K_STATFS_OUT,	/* struct statfs in the task's longs */
	MYSD_K_STATFS64_OUT,	/* a 32-bit task's struct statfs64 */
	MYSD_K_FDSET_OUT,	/* fd_set of args[aux] bits: the fds left in it */
	/* after a row's arguments: poll's revents in the pollfds of args[aux] */
	MYSD_K_POLL_REVENTS,
	MYSD_K_SIGSET,		/* sigset_t (first 64 signals), input */
	MYSD_K_POLLFDS,		/* struct pollfd[args[aux]], input */
	MYSD_K_CLONE_ARGS,	/* struct clone_args, of the size in args[aux] */
	MYSD_K_UTSNAME_OUT,	/* struct new_utsname */
	MYSD_K_INT_OUT,		/* int written by the kernel (getsockopt value) */
	MYSD_K_EPOLL_EVENT,	/* struct epoll_event, input */
	MYSD_K_EPOLL_EVENTS_OUT,	/* struct epoll_event[ret] */
	MYSD_K_IOV_IN,		/* struct iovec[args[aux]] and the data in them */
	MYSD_K_IOV_OUT,		/* struct iovec[args[aux]], ret bytes read into them */
	MYSD_K_MSGHDR_IN,	/* struct msghdr: address, iovecs and their data */
	MYSD_K_MSGHDR_OUT,	/* same, ret bytes received into them */
	MYSD_K_MMSGHDR_IN,	/* struct mmsghdr[args[aux]]: MSGHDR_IN, msg_len */
	MYSD_K_MMSGHDR_OUT,	/* struct mmsghdr[ret]: MSGHDR_OUT, msg_len each */
	MYSD_K_SIGEVENT,	/* struct sigevent: how a timer notifies, input */
	MYSD_K_SCHED_PARAM,	/* struct sched_param (its priority), input */
	MYSD_K_SCHED_PARAM_OUT,
	MYSD_K_SIGINFO_OUT,	/* siginfo_t: signal, code, sender or child */
	MYSD_K_TIMEVAL,		/* struct timeval in the task's longs, input */
	MYSD_K_SIGSET_OUT,	/* sigset_t written by the kernel (rt_sigpending) */
	MYSD_K_OPEN_HOW,	/* openat2's struct open_how: flags, mode, resolve */
	MYSD_K_SEMBUF,		/* struct sembuf[args[aux]]: semop's operations */
	MYSD_K_BPF_ATTR,	/* union bpf_attr of args[aux] bytes, by bpf's cmd */
	MYSD_K_PERF_ATTR,	/* struct perf_event_attr: type, size, config */
	MYSD_K_SCHED_ATTR,	/* struct sched_attr (its first 48 bytes), input */
	MYSD_K_SCHED_ATTR_OUT,
	MYSD_K_MOUNT_ATTR,	/* struct mount_attr of args[aux] bytes, input */
	MYSD_K_LANDLOCK_RULESET_ATTR,	/* handled_access_fs, of args[aux] bytes */
	MYSD_K_LANDLOCK_RULE_ATTR,	/* a rule of args[aux]'s type: path_beneath */
	MYSD_K_TIMEX_OUT,	/* struct timex in the task's longs, up to tick */
	MYSD_K_TIMEX64_OUT,	/* struct __kernel_timex (clock_adjtime64) */
	MYSD_K_MSGBUF_IN,	/* struct msgbuf: mtype, args[aux] bytes of text */
	MYSD_K_MSGBUF_OUT,	/* same, ret bytes of text received */
	MYSD_K_CAPHDR,		/* capget/capset's header: version, pid */
	MYSD_K_CAPDATA,		/* their data: three capability sets, 64-bit */
	MYSD_K_CAPDATA_OUT,
	MYSD_K_SIGACTION,	/* rt_sigaction's struct sigaction, in the task's longs */
	MYSD_K_SIGACTION_OUT,
	MYSD_K_STATX_OUT,	/* struct statx: its mask, mode and size */
	MYSD_K_STACK,		/* sigaltstack's stack_t, in the task's longs */
	MYSD_K_STACK_OUT,
	MYSD_K_UID_OUT,		/* a 32-bit id written by the kernel (getresuid) */
	MYSD_K_GIDS,		/* gid_t[args[aux]] (setgroups) */
	MYSD_K_GIDS_OUT,	/* gid_t[ret] (getgroups), when args[aux] > 0 */
	MYSD_K_OFF_OUT,		/* off_t the kernel left (sendfile), task's long */
	MYSD_K_LOFF_OUT,	/* loff_t the kernel left (sendfile64), 64-bit */
	MYSD_K_UTIMES,		/* utimensat's struct timespec[2], task's longs */
	MYSD_K_UTIMES64,	/* struct __kernel_timespec[2] (utimensat_time64) */
	MYSD_K_DIRENTS_OUT,	/* linux_dirent64 records, the first bytes of ret */
	MYSD_K_CACHESTAT_RANGE,	/* struct cachestat_range: off, len */
	MYSD_K_CACHESTAT_OUT,	/* struct cachestat: the page cache's counts */
	/*
	 * Symbolic values: flag sets and enums (syscalls/flags.c), from here
	 * to MYSD_K_COUNT; the order matters (table_derive.c, format.c test the
	 * range). PRCTL_ARG2 and FSCONFIG_VALUE among them can be pointers.
	 */
	MYSD_K_FIRST_SYMBOLIC,
	MYSD_K_OPEN_FLAGS = MYSD_K_FIRST_SYMBOLIC,
	MYSD_K_AT_FLAGS,
	MYSD_K_ACCESSAT_FLAGS,	/* faccessat2: AT_EACCESS|... */
	MYSD_K_HANDLE_AT_FLAGS,	/* name_to_handle_at: AT_HANDLE_FID|... */
	MYSD_K_ACCESS_MODE,	/* F_OK / R_OK|W_OK|X_OK */
	MYSD_K_PROT,
	MYSD_K_MAP_FLAGS,
	MYSD_K_MREMAP_FLAGS,
	MYSD_K_MADVISE,
	MYSD_K_CLONE_FLAGS,	/* flags | exit signal in the low byte */
	MYSD_K_SOCK_FAMILY,	/* AF_* */
	MYSD_K_SOCK_TYPE,	/* SOCK_STREAM|SOCK_CLOEXEC... */
	MYSD_K_SOCK_FLAGS,	/* SOCK_NONBLOCK|SOCK_CLOEXEC (accept4, pipe2...) */
	MYSD_K_SOCK_PROTOCOL,	/* named by the domain in args[aux] */
	MYSD_K_MSG_FLAGS,
	MYSD_K_SOL,		/* setsockopt level */
	MYSD_K_SOCKOPT,		/* its optname, named by the level in args[aux] */
	MYSD_K_SHUT_HOW,
	MYSD_K_WHENCE,
	MYSD_K_FUTEX_OP,
	MYSD_K_FUTEX_BITSET,	/* futex_wake/futex_wait's mask */
	MYSD_K_FUTEX2_FLAGS,	/* FUTEX2_SIZE_U32|FUTEX2_PRIVATE */
	/*
	 * From here to MYSD_K_LAST_SHOWN_BY_OTHER: kinds shown or left out by
	 * another argument's value (format.c's arg_shown() tests the range).
	 *
	 * futex's fourth argument, by the op in args[aux] (mysd_futex_arg4()):
	 * a timeout (a struct timespec in the task's ABI; struct
	 * __kernel_timespec for _64, futex_time64's), a count printed as
	 * "val2=", or left out where the op has no use for it
	 */
	MYSD_K_FUTEX_TIMEOUT,
	MYSD_K_FIRST_SHOWN_BY_OTHER = MYSD_K_FUTEX_TIMEOUT,
	MYSD_K_FUTEX_TIMEOUT64,
	MYSD_K_FUTEX_VAL3,	/* by the op in args[aux]: a bitset, FUTEX_WAKE_OP's op */
	MYSD_K_FUTEX_VAL,	/* unsigned, where the op in args[aux] reads it */
	MYSD_K_FUTEX_UADDR2,	/* a pointer, likewise (mysd_futex_shown()) */
	MYSD_K_FCNTL_ARG,	/* decoded according to args[1]; locks: struct flock */
	MYSD_K_FCNTL64_ARG,	/* same, fcntl64's: F_*LK64 and F_OFD_* take flock64 */
	MYSD_K_PRCTL_ARG2,	/* by the option: PR_SET_NAME's name, a signal... */
	MYSD_K_PRCTL_ARG,	/* arg3..arg5: hex, where the option reads them */
	MYSD_K_DEV,		/* makedev(0x1, 0x3); only for args[aux]'s S_IFCHR/BLK */
	MYSD_K_LAST_SHOWN_BY_OTHER = MYSD_K_DEV,
	MYSD_K_EPOLL_CTL,
	MYSD_K_SIGNAL,
	MYSD_K_SIGPROCMASK_HOW,
	MYSD_K_FCNTL_CMD,
	MYSD_K_PRCTL_OPTION,
	MYSD_K_CLOCK_ID,
	MYSD_K_TIMER_FLAGS,	/* TIMER_ABSTIME */
	MYSD_K_WAIT_OPTIONS,
	MYSD_K_RLIMIT,
	MYSD_K_GRND_FLAGS,
	MYSD_K_MFD_FLAGS,
	MYSD_K_EFD_FLAGS,
	MYSD_K_PIDFD_FLAGS,	/* pidfd_open */
	MYSD_K_EPOLL_FLAGS,	/* epoll_create1 */
	MYSD_K_RENAME_FLAGS,
	MYSD_K_RWF_FLAGS,	/* preadv2/pwritev2 */
	MYSD_K_FLOCK_OP,	/* flock: LOCK_SH|LOCK_NB... */
	MYSD_K_PRIO_WHICH,	/* PRIO_PROCESS... */
	MYSD_K_RUSAGE_WHO,	/* RUSAGE_SELF... */
	MYSD_K_INOTIFY_INIT_FLAGS,	/* IN_NONBLOCK|IN_CLOEXEC */
	MYSD_K_INOTIFY_MASK,	/* IN_MODIFY|IN_CREATE... */
	MYSD_K_MOUNT_FLAGS,	/* MS_RDONLY|MS_NOSUID... */
	MYSD_K_UMOUNT_FLAGS,	/* MNT_DETACH... */
	MYSD_K_CLOSE_RANGE_FLAGS,	/* CLOSE_RANGE_CLOEXEC... */
	MYSD_K_TFD_FLAGS,	/* timerfd_create: TFD_NONBLOCK|TFD_CLOEXEC */
	MYSD_K_TFD_SETTIME_FLAGS,	/* TFD_TIMER_ABSTIME... */
	MYSD_K_SFD_FLAGS,	/* signalfd4: SFD_NONBLOCK|SFD_CLOEXEC */
	MYSD_K_WAITID_WHICH,	/* P_ALL, P_PID... */
	MYSD_K_FALLOC_MODE,	/* FALLOC_FL_KEEP_SIZE... */
	MYSD_K_ITIMER_WHICH,	/* ITIMER_REAL... */
	MYSD_K_IPC_GET_FLAGS,	/* msgget/semget: IPC_CREAT|0600 */
	MYSD_K_SHM_GET_FLAGS,	/* shmget: IPC_CREAT|SHM_HUGETLB|0600 */
	MYSD_K_MSGCTL_CMD,	/* IPC_RMID, MSG_STAT... (IPC_64| in front) */
	MYSD_K_SEMCTL_CMD,	/* IPC_RMID, GETVAL... */
	MYSD_K_SHMCTL_CMD,	/* IPC_RMID, SHM_LOCK... */
	MYSD_K_MSG_IPC_FLAGS,	/* msgsnd/msgrcv: IPC_NOWAIT|MSG_NOERROR... */
	MYSD_K_SHMAT_FLAGS,	/* SHM_RDONLY|SHM_RND... */
	MYSD_K_SCHED_POLICY,	/* SCHED_FIFO|SCHED_RESET_ON_FORK... */
	MYSD_K_PTRACE_REQUEST,	/* PTRACE_ATTACH... */
	MYSD_K_DELETE_MODULE_FLAGS,	/* O_NONBLOCK|O_TRUNC */
	MYSD_K_FINIT_MODULE_FLAGS,	/* MODULE_INIT_IGNORE_MODVERSIONS... */
	MYSD_K_FILE_MODE,	/* mknod: S_IFIFO|0600 */
	MYSD_K_XATTR_FLAGS,	/* XATTR_CREATE... */
	MYSD_K_SPLICE_FLAGS,	/* SPLICE_F_MOVE|SPLICE_F_MORE... */
	MYSD_K_SYNC_FILE_RANGE_FLAGS,
	MYSD_K_FADVISE,		/* POSIX_FADV_SEQUENTIAL... */
	MYSD_K_SWAP_FLAGS,	/* SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|prio */
	MYSD_K_MSYNC_FLAGS,	/* MS_ASYNC... */
	MYSD_K_MLOCK_FLAGS,	/* mlock2: MLOCK_ONFAULT */
	MYSD_K_MLOCKALL_FLAGS,	/* MCL_CURRENT|MCL_FUTURE... */
	MYSD_K_MEMBARRIER_CMD,
	MYSD_K_REBOOT_CMD,	/* LINUX_REBOOT_CMD_POWER_OFF... */
	MYSD_K_SYSLOG_ACTION,	/* SYSLOG_ACTION_READ_ALL... */
	MYSD_K_IOPRIO_WHICH,	/* IOPRIO_WHO_PROCESS... */
	MYSD_K_IOPRIO,		/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4) */
	MYSD_K_PERSONALITY,	/* PER_LINUX32|ADDR_NO_RANDOMIZE, 0xffffffff */
	MYSD_K_KCMP_TYPE,	/* KCMP_FILE... */
	MYSD_K_BPF_CMD,		/* BPF_PROG_LOAD... */
	MYSD_K_SECCOMP_OP,	/* SECCOMP_SET_MODE_FILTER... */
	MYSD_K_SECCOMP_FLAGS,	/* SECCOMP_FILTER_FLAG_TSYNC... */
	MYSD_K_KEYCTL_OP,	/* KEYCTL_READ... */
	MYSD_K_KEY_SERIAL,	/* a key: KEY_SPEC_SESSION_KEYRING..., else decimal */
	MYSD_K_PERF_FLAGS,	/* PERF_FLAG_FD_CLOEXEC... */
	MYSD_K_IO_URING_ENTER_FLAGS,	/* IORING_ENTER_GETEVENTS... */
	MYSD_K_IO_URING_REGISTER_OP,	/* IORING_REGISTER_BUFFERS... */
	MYSD_K_FAN_INIT_FLAGS,	/* FAN_CLASS_NOTIF|FAN_CLOEXEC... */
	MYSD_K_FAN_MARK_FLAGS,	/* FAN_MARK_ADD|FAN_MARK_MOUNT... */
	MYSD_K_FAN_EVENTS,	/* FAN_OPEN|FAN_CLOSE_WRITE... */
	MYSD_K_UFFD_FLAGS,	/* userfaultfd: O_CLOEXEC|UFFD_USER_MODE_ONLY */
	MYSD_K_UID,		/* a user or group id: decimal, -1 ("unchanged") */
	MYSD_K_UID16,		/* the same, 16 bits (32-bit ARM's calls without 32) */
	MYSD_K_KEYCTL_ARG2,	/* keyctl's: a key (KEY_SERIAL), or by args[0] not */
	MYSD_K_OPEN_TREE_FLAGS,	/* OPEN_TREE_CLONE|AT_RECURSIVE... */
	MYSD_K_MOVE_MOUNT_FLAGS,	/* MOVE_MOUNT_F_EMPTY_PATH... */
	MYSD_K_FSOPEN_FLAGS,	/* FSOPEN_CLOEXEC */
	MYSD_K_FSMOUNT_FLAGS,	/* FSMOUNT_CLOEXEC */
	MYSD_K_FSPICK_FLAGS,	/* FSPICK_CLOEXEC... */
	MYSD_K_FSCONFIG_CMD,	/* FSCONFIG_SET_STRING... */
	MYSD_K_FSCONFIG_VALUE,	/* a string for the commands that take one, else hex */
	MYSD_K_MOUNT_ATTR_FLAGS,	/* MOUNT_ATTR_RDONLY|MOUNT_ATTR_NOEXEC... */
	MYSD_K_QUOTACTL_CMD,	/* QCMD(Q_GETQUOTA, USRQUOTA) */
	MYSD_K_MPOL_MODE,	/* MPOL_BIND|MPOL_F_STATIC_NODES */
	MYSD_K_MPOL_MF_FLAGS,	/* mbind, move_pages: MPOL_MF_MOVE... */
	MYSD_K_GET_MEMPOLICY_FLAGS,	/* MPOL_F_NODE|MPOL_F_ADDR... */
	MYSD_K_LANDLOCK_CREATE_FLAGS,	/* LANDLOCK_CREATE_RULESET_VERSION */
	MYSD_K_LANDLOCK_RULE_TYPE,	/* LANDLOCK_RULE_PATH_BENEATH */
	MYSD_K_PKEY_ACCESS,	/* PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE */
	MYSD_K_CLOEXEC_FLAGS,	/* dup3, memfd_secret: O_CLOEXEC */
	MYSD_K_PIPE_FLAGS,	/* pipe2: O_CLOEXEC|O_NONBLOCK|O_DIRECT */
	MYSD_K_NS_FLAGS,	/* unshare, setns: CLONE_NEW*, no exit signal */
	MYSD_K_STATX_MASK,	/* STATX_BASIC_STATS|STATX_BTIME... */
	MYSD_K_SHADOW_STACK_FLAGS,	/* SHADOW_STACK_SET_TOKEN... */
	MYSD_K_LISTMOUNT_FLAGS,	/* LISTMOUNT_REVERSE */
	MYSD_K_LSM_ATTR,	/* LSM_ATTR_CURRENT... */
	MYSD_K_LSM_FLAGS,	/* LSM_FLAG_SINGLE */
	MYSD_K_COUNT
};
/* struct mysd_arg keeps a kind in a byte */
static_assert(MYSD_K_COUNT <= 256);

/*
 * struct stat is captured up to st_size, the last field a line shows
 * (mode, size): 56 of its 128 bytes on arm64. Used where <linux/stat.h>
 * (kernel) or <sys/stat.h> (host) is included.
 */
#define MYSD_STAT_CAPTURE offsetofend(struct stat, st_size)

/*
 * struct statx up to stx_size, the same in every ABI: stx_mask (u32) at 0,
 * stx_mode (u16) at 28, stx_size (u64) at 40.
 */
#define MYSD_STATX_MODE		28
#define MYSD_STATX_SIZE		40
#define MYSD_STATX_CAPTURE	48

/*
 * struct epoll_event: 12 bytes where the kernel packs it (x86-64, both
 * ABIs), else 16, data 8-aligned (ARM, both ABIs).
 */
#ifdef __x86_64__
#define MYSD_EPOLL_EVENT_SIZE	12
#else
#define MYSD_EPOLL_EVENT_SIZE	16
#endif
#define MYSD_EPOLL_DATA_OFF	(MYSD_EPOLL_EVENT_SIZE - 8)
#define MYSD_EPOLL_EVENTS_MAX	8	/* events shown of epoll_wait's */
#define MYSD_POLLFDS_MAX	8	/* pollfds shown of poll's, ppoll's */
#define MYSD_CPUSET_MAX		128	/* bytes of a CPU mask: 1024 CPUs, glibc's */
#define MYSD_FDSET_MAX		128	/* bytes of an fd_set: FD_SETSIZE, 1024 */
/*
 * struct sysinfo in words of @w bytes (the task's long): uptime, loads[3],
 * six memory sizes, then procs (u16) at word 10, totalhigh and freehigh
 * at 11 and 12, mem_unit (u32) at 13, the last field read.
 */
#define MYSD_SYSINFO_SIZE(w)	(13 * (w) + 4)
/*
 * struct statfs up to f_flags, the last field read: f_type and f_bsize in
 * words of @w bytes (the task's long), five counts of @c (8 in statfs64),
 * f_fsid (two ints), then f_namelen, f_frsize and f_flags in words of @w.
 */
#define MYSD_STATFS_SIZE(w, c)	(5 * (w) + 5 * (c) + 8)

/*
 * siginfo_t's head: si_signo, si_errno, si_code (ints), then the union,
 * aligned to the task's pointers: at 16 where a long is 8 bytes, 12 where
 * it is 4. Its longest member shown is SIGCHLD's: si_pid, si_uid,
 * si_status (ints), then si_utime and si_stime (clock_t, longs): the
 * capture ends there.
 */
#define MYSD_SIGINFO_UNION(w)	((w) == 8 ? 16 : 12)
#define MYSD_SIGINFO_SIZE(w)	(MYSD_SIGINFO_UNION(w) + ALIGN(12, (w)) + \
				 2 * (w))

/*
 * struct sigevent up to the thread id: sigev_value (a union of an int and
 * a pointer: the task's long), sigev_signo, sigev_notify, then the union
 * whose first member is SIGEV_THREAD_ID's thread.
 */
#define MYSD_SIGEVENT_SIZE(w)	((w) + 3 * 4)

/* struct open_how: three u64 (flags, mode, resolve), in every ABI */
#define MYSD_OPEN_HOW_SIZE	24
/*
 * struct clone_args, u64s in every ABI: flags, pidfd, child_tid,
 * parent_tid, exit_signal, stack, stack_size, tls (VER0, the least the
 * kernel takes), set_tid, set_tid_size (VER1), cgroup (VER2).
 */
#define MYSD_CLONE_ARGS_SIZE	(8 * 8)
#define MYSD_CLONE_ARGS_MAX	(11 * 8)
/* struct new_utsname's fields shown: sysname .. machine, 65 bytes each */
#define MYSD_UTSNAME_FIELD	65	/* __NEW_UTS_LEN + 1 */
#define MYSD_UTSNAME_SIZE	(5 * MYSD_UTSNAME_FIELD)
/* struct sembuf: u16 sem_num, s16 sem_op, s16 sem_flg; 8 shown of a call */
#define MYSD_SEMBUF_SIZE	6
#define MYSD_SEMBUFS_MAX	8
/*
 * struct sched_attr up to sched_period (SCHED_ATTR_SIZE_VER0): size,
 * policy (u32), flags (u64), nice, priority (32-bit), then runtime,
 * deadline and period (u64), in every ABI.
 */
#define MYSD_SCHED_ATTR_SIZE	48
/*
 * struct mount_attr (MOUNT_ATTR_SIZE_VER0): attr_set, attr_clr,
 * propagation, userns_fd, u64 each, in every ABI.
 */
#define MYSD_MOUNT_ATTR_SIZE	32
/*
 * Landlock (5.13): a ruleset's handled_access_fs (u64, the first field of
 * a struct that grows), and the one rule type every kernel has,
 * LANDLOCK_RULE_PATH_BENEATH, whose packed struct is the access (u64) and
 * the parent's fd (s32).
 */
#define MYSD_LANDLOCK_RULESET_HEAD	8
#define MYSD_LANDLOCK_PATH_BENEATH	1
#define MYSD_LANDLOCK_PATH_BENEATH_SIZE	12
/*
 * struct timex up to tick: modes (u32), then offset, freq, maxerror,
 * esterror, status (an int), constant, precision, tolerance, time (two
 * words) and tick, each a word of @w bytes (the task's long; 8 in
 * __kernel_timex).
 */
#define MYSD_TIMEX_SIZE(w)	(12 * (w))
/*
 * union bpf_attr up to BPF_PROG_LOAD's prog_name (48 + 16 bytes): the
 * creation of maps and programs, the same in every ABI.
 */
#define MYSD_BPF_ATTR_MAX	64
/* struct perf_event_attr's head: type, size (u32), config (u64) */
#define MYSD_PERF_ATTR_HEAD	16
/*
 * Capabilities: the header is a u32 version and an int pid; the data, two
 * structs of three u32 sets (effective, permitted, inheritable), the low
 * then the high 32 capabilities, in every ABI. _LINUX_CAPABILITY_VERSION_1
 * callers pass one struct: the second is read but not shown.
 */
#define MYSD_CAPHDR_SIZE	8
#define MYSD_CAPDATA_SIZE	24
/*
 * The kernel's struct sigaction (rt_sigaction): sa_handler, sa_flags and
 * sa_restorer in words of @w bytes (the task's long), then the 64-bit
 * sa_mask. ARM, arm64 and x86 (the host's tests) have sa_restorer; other
 * arches' structs are not decoded (0: the pointer is printed).
 */
#if defined(__arm__) || defined(__aarch64__) || defined(__x86_64__)
#define MYSD_SIGACTION_SIZE(w)	(3 * (w) + 8)
#else
#define MYSD_SIGACTION_SIZE(w)	0
#endif
/*
 * stack_t: ss_sp, then the int ss_flags in a word of its own, then
 * ss_size, in words of @w bytes (the task's long), on every arch.
 */
#define MYSD_STACK_SIZE(w)	(3 * (w))
/*
 * getdents64's struct linux_dirent64, the same in every ABI: d_ino (u64),
 * d_off (s64), d_reclen (u16), d_type (u8), then d_name and its NUL. The
 * first 256 bytes are read: a dozen short names.
 */
#define MYSD_DIRENT_NAME	19
#define MYSD_DIRENTS_MAX	256
/* setgroups/getgroups: the first 32 ids are shown (NGROUPS_MAX is 65536) */
#define MYSD_GIDS_MAX		32
/*
 * cachestat (6.5): struct cachestat_range (off, len) and struct cachestat
 * (five counts), u64 each, in every ABI.
 */
#define MYSD_CACHESTAT_RANGE_SIZE	16
#define MYSD_CACHESTAT_SIZE		40

/* Plain kinds whose text depends on another argument's value (args[aux]). */
static inline bool mysd_kind_reads_aux(unsigned int k)
{
	return k == MYSD_K_OPEN_MODE || k == MYSD_K_FCNTL_ARG ||
	       k == MYSD_K_FCNTL64_ARG || k == MYSD_K_SOCKOPT ||
	       k == MYSD_K_SOCK_PROTOCOL || k == MYSD_K_FUTEX_TIMEOUT ||
	       k == MYSD_K_FUTEX_TIMEOUT64 || k == MYSD_K_FUTEX_VAL3 ||
	       k == MYSD_K_FUTEX_VAL || k == MYSD_K_FUTEX_UADDR2 ||
	       k == MYSD_K_DEV;
}

/* Output arguments are printed after "res=" and only on success. */
static inline bool mysd_kind_is_out(unsigned int k)
{
	switch (k) {
	case MYSD_K_STR_OUT:
	case MYSD_K_BUF_OUT:
	case MYSD_K_SOCKADDR_OUT:
	case MYSD_K_STAT_OUT:
	case MYSD_K_PIPEFDS_OUT:
	case MYSD_K_TIMESPEC_OUT:
	case MYSD_K_TIMESPEC64_OUT:
	case MYSD_K_ITIMERSPEC_OUT:
	case MYSD_K_ITIMERSPEC64_OUT:
	case MYSD_K_ITIMERVAL_OUT:
	case MYSD_K_RUSAGE_OUT:
	case MYSD_K_WSTATUS_OUT:
	case MYSD_K_SIGINFO_OUT:
	case MYSD_K_MMSGHDR_OUT:
	case MYSD_K_SCHED_PARAM_OUT:
	case MYSD_K_SCHED_ATTR_OUT:
	case MYSD_K_CPUSET_OUT:
	case MYSD_K_FDSET_OUT:
	case MYSD_K_POLL_REVENTS:
	case MYSD_K_RLIMIT_OUT:
	case MYSD_K_RLIMIT64_OUT:
	case MYSD_K_TIMEVAL_OUT:
	case MYSD_K_SIGSET_OUT:
	case MYSD_K_TIMEX_OUT:
	case MYSD_K_TIMEX64_OUT:
	case MYSD_K_SYSINFO_OUT:
	case MYSD_K_STATFS_OUT:
	case MYSD_K_STATFS64_OUT:
	case MYSD_K_UTSNAME_OUT:
	case MYSD_K_INT_OUT:
	case MYSD_K_EPOLL_EVENTS_OUT:
	case MYSD_K_IOV_OUT:
	case MYSD_K_MSGHDR_OUT:
	case MYSD_K_MSGBUF_OUT:
	case MYSD_K_CAPDATA_OUT:
	case MYSD_K_SIGACTION_OUT:
	case MYSD_K_STATX_OUT:
	case MYSD_K_STACK_OUT:
	case MYSD_K_UID_OUT:
	case MYSD_K_GIDS_OUT:
	case MYSD_K_OFF_OUT:
	case MYSD_K_LOFF_OUT:
	case MYSD_K_DIRENTS_OUT:
	case MYSD_K_CACHESTAT_OUT:
		return true;
	default:
		return false;
	}
}

struct mysd_arg {
	u8 kind;		/* enum mysd_kind */
	u8 aux;			/* index of a related argument (see above) */
	u8 label_len;		/* strlen(label), so printing needs no strlen() */
	const char *key;	/* ", label=": written in one move */
};

/* The argument's name alone: inside its key, label_len bytes, no NUL. */
#define MYSD_ARG_LABEL(a)	((a)->key + 2)
#define MYSD_ARG_KEY_LEN(a)	((size_t)(a)->label_len + 3)

/* How "res=" is printed. */
#define MYSD_RET_DEC	0	/* decimal (default) */
#define MYSD_RET_HEX	1	/* an address (mmap, brk) */
#define MYSD_RET_OCT	2	/* a mode (umask) */
#define MYSD_RET_FCNTL	3	/* decimal, named as the command reads it */
#define MYSD_RET_SIGNAL	4	/* decimal, and the signal's name */
#define MYSD_RET_PRCTL	5	/* decimal, named as the option reads it */
#define MYSD_RET_IOPRIO	6	/* decimal, and the I/O priority it is */
#define MYSD_RET_PERSONALITY	7	/* hex, and the persona it is */

struct mysd_out;
struct mysd_syscall;

/*
 * An override prints the whole argument list of one syscall itself
 * (@out_phase: false before "res=", true after it on success) using the
 * print helpers of syscalls/out.h. Most syscalls need none.
 */
typedef void (*mysd_override_fn)(struct mysd_out *out,
				 const struct mysd_event *ev,
				 const struct mysd_syscall *sc, bool out_phase);

struct mysd_syscall {
	struct mysd_arg args[MYSD_MAX_ARGS];
	u8 decoded;		/* 1 for every row; 0 = hole in the array */
	u8 ret;			/* MYSD_RET_* */
	mysd_override_fn fn;	/* NULL: print args[] by kind */
};

/* ("" label) only compiles for a literal, whose sizeof is its length + 1. */
#define A(kind, label)		AX(kind, 0, label)
#define AX(kind, aux, label) \
	{ MYSD_K_##kind, aux, sizeof("" label) - 1, ", " label "=" }
#define SC0(name) \
	[__NR_##name] = { .decoded = 1 }
#define SC(name, ...) \
	[__NR_##name] = { .decoded = 1, .args = { __VA_ARGS__ } }
#define SCR(name, r, ...) \
	[__NR_##name] = { .decoded = 1, .args = { __VA_ARGS__ }, \
			  .ret = MYSD_RET_##r }
#define SCF(name, f, ...) \
	[__NR_##name] = { .decoded = 1, .args = { __VA_ARGS__ }, .fn = f }

/*
 * ARM private syscalls (set_tls, cacheflush...) are numbered from a base
 * (0x0f0000) far past the __NR_x arrays. An ABI that has them lists them
 * apart, by offset from its base, named and numbered by its own header's
 * __ARM_NR_x macros. Only names and descriptions look there: no private
 * row captures user memory (the table tests check it), so the probe's
 * mysd_syscall_caps() stays one bounds check and two loads.
 */
struct mysd_private_sc {
	u32 off;		/* nr - the ABI's private base */
	const char *name;
	struct mysd_syscall sc;	/* .decoded 0: printed with raw arguments */
};

#define PSC0(base, nr, nm)	{ .off = (nr) - (base), .name = nm }
#define PSC(base, nr, nm, ...)	{ .off = (nr) - (base), .name = nm, \
				  .sc = { .decoded = 1, .args = { __VA_ARGS__ } } }

/*
 * How a row's arguments are printed, derived once from their kinds
 * (mysd_print_plan_of()), so a line does not test each kind for it.
 * Masks of argument indexes:
 *   in    printed before "res="
 *   out   printed after "res=", on success (an override's: nonzero)
 *   memo  the leading input arguments whose text is a function of the
 *         values of the arguments in memo_key (plain numbers, flags,
 *         enumerations) and of at most one short capture, argument
 *         memo_cap - 1 (an epoll_event, a sockaddr): the writer keeps that
 *         text (format.h), keyed by those. 0 where a lookup would cost
 *         about what it saves (two plain numbers).
 *   memo_nocap - 1: a kept argument whose text is a number's only when
 *         it has no capture (fcntl's: a lock command's struct is read);
 *         an event with one prints its arguments afresh.
 */
struct mysd_print_plan {
	u8 in, out, memo, memo_key, memo_cap, memo_nocap;
	u8 pad[2];	/* 8 bytes: loaded and passed as one word */
};

/* Per-ABI tables: table.c (native) and table_compat.c (arm64 AArch32). */
struct mysd_abi_table {
	const struct mysd_syscall *sc;	/* indexed by nr; .decoded 0 = no row */
	u32 nsc;
	const char *const *names;	/* generated: indexed by nr */
	u32 nnames;
	u8 *name_len;		/* derived: strlen of each name; 0 unknown */
	struct mysd_capture_spec (*caps)[MYSD_MAX_CAPS];	/* derived, nsc rows */
	u8 *ncaps;
	struct mysd_print_plan *plan;	/* derived, nsc rows */
	bool compat;
	const struct mysd_private_sc *priv;	/* NULL: no private syscalls */
	u32 npriv;
	u32 priv_base;
};

extern struct mysd_abi_table mysd_native_abi;
#ifdef MYSD_HAVE_COMPAT
extern struct mysd_abi_table mysd_compat_abi;
#endif

/* The table of the native (compat=false) or 32-bit ABI; NULL: none here. */
struct mysd_abi_table *mysd_abi(bool compat);

/* The description of @nr, or NULL when it has no decoder. */
const struct mysd_syscall *mysd_syscall_desc(bool compat, u32 nr);
/* A row and its print plan; returned in registers. */
struct mysd_row {
	const struct mysd_syscall *sc;	/* NULL: no description */
	struct mysd_print_plan plan;
};

struct mysd_row mysd_syscall_lookup_slow(bool compat, u32 nr,
					 const char **name);

/* The print plan of a row (derived into each table's plan[]). */
struct mysd_print_plan mysd_print_plan_of(const struct mysd_syscall *sc);

/*
 * All at once: the description of @nr and its print plan, and its name
 * (NULL: none) in *@name, with its length in *@name_len when known (else
 * 0: strlen()).
 */
static inline struct mysd_row
mysd_syscall_lookup(bool compat, u32 nr, const char **name, size_t *name_len)
{
	const struct mysd_abi_table *t = &mysd_native_abi;

	/* the common case: a native call with a row (maybe a hole) */
	if (likely(!compat && nr < t->nnames && nr < t->nsc)) {
		*name = t->names[nr];
		*name_len = t->name_len ? t->name_len[nr] : 0;
		return (struct mysd_row){
			t->sc[nr].decoded ? &t->sc[nr] : NULL, t->plan[nr]
		};
	}
	*name_len = 0;
	return mysd_syscall_lookup_slow(compat, nr, name);
}

/* The private row of @nr in @t (numbered from @t->priv_base), or NULL. */
const struct mysd_private_sc *mysd_private_find(const struct mysd_abi_table *t,
						u32 nr);

/* Derive the capture spec of argument @idx of @args; false when none. */
bool mysd_arg_capture(const struct mysd_arg *args, unsigned int idx,
		      bool compat, struct mysd_capture_spec *spec);

/* Fill @t->caps/ncaps from @t->sc; exposed for the table invariant tests. */
void mysd_table_derive(struct mysd_abi_table *t);

#endif /* MYSD_SYSENT_H */
