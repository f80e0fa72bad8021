/* SPDX-License-Identifier: GPL-2.0 */
/*
 * entries.h - THE syscall table: one row per decoded syscall.
 *
 * Included inside an array initializer by table.c (native numbers) and by
 * table_compat.c (AArch32 numbers); see sysent.h for the row macros and the
 * argument kinds. A row is positional: args[i] describes register i. Output
 * kinds are printed after "res=", everything else before it. To decode a new
 * syscall add one guarded row, e.g.
 *
 *   #ifdef __NR_fchdir
 *   SC(fchdir, A(FD, "fd")),
 *   #endif
 *
 * Syscalls without a row are still recorded, by name with raw arguments.
 * MYSD_EABI_TABLE (sysent.h) selects the few rows whose register layout
 * differs in the 32-bit ARM EABI (64-bit values in register pairs).
 */

/* ---- the original my_sysdig set ---------------------------------------- */
#ifdef __NR_getuid
SC0(getuid),
#endif
#ifdef __NR_recvfrom
SC(recvfrom, A(FD, "fd"), AX(BUF_OUT, 2, "data"), A(SIZE, "size"),
	A(MSG_FLAGS, "flags"), AX(SOCKADDR_OUT, 5, "addr"), A(HIDE, "addrlen")),
#endif
#ifdef __NR_socket
SC(socket, A(SOCK_FAMILY, "domain"), A(SOCK_TYPE, "type"),
	AX(SOCK_PROTOCOL, 0, "protocol")),
#endif
#ifdef __NR_fstat
SC(fstat, A(FD, "fd"), A(STAT_OUT, "stat")),
#endif
#ifdef __NR_getcwd
SC(getcwd, A(STR_OUT, "path"), A(SIZE, "size")),
#endif
#ifdef __NR_lseek
SC(lseek, A(FD, "fd"), A(LONG, "offset"), A(WHENCE, "whence")),
#endif
#ifdef __NR_futex
SC(futex, A(PTR, "uaddr"), A(FUTEX_OP, "op"), AX(FUTEX_VAL, 1, "val"),
	AX(FUTEX_TIMEOUT, 1, "timeout"), AX(FUTEX_UADDR2, 1, "uaddr2"),
	AX(FUTEX_VAL3, 1, "val3")),
#endif
#ifdef __NR_sendto
SC(sendto, A(FD, "fd"), AX(BUF_IN, 2, "data"), A(SIZE, "size"),
	A(MSG_FLAGS, "flags"), AX(SOCKADDR_IN, 5, "addr"), A(HIDE, "addrlen")),
#endif
#ifdef __NR_clone
#if defined(CONFIG_CLONE_BACKWARDS) || defined(__aarch64__) || defined(__arm__) || defined(MYSD_COMPAT_TABLE)
SC(clone, A(CLONE_FLAGS, "flags"), A(PTR, "stack"), A(PTR, "parent_tid"),
	A(HEX, "tls"), A(PTR, "child_tid")),
#else
SC(clone, A(CLONE_FLAGS, "flags"), A(PTR, "stack"), A(PTR, "parent_tid"),
	A(PTR, "child_tid"), A(HEX, "tls")),
#endif
#endif
#ifdef __NR_read
SC(read, A(FD, "fd"), AX(BUF_OUT, 2, "data"), A(SIZE, "size")),
#endif
#ifdef __NR_mmap
SCR(mmap, HEX, A(PTR, "addr"), A(SIZE, "len"), A(PROT, "prot"),
	A(MAP_FLAGS, "flags"), A(FD, "fd"), A(HEX, "offset")),
#endif
#ifdef __NR_exit_group
SC(exit_group, A(INT, "status")),
#endif
#ifdef __NR_close
SC(close, A(FD, "fd")),
#endif
#ifdef __NR_tgkill
SC(tgkill, A(PID, "tgid"), A(PID, "tid"), A(SIGNAL, "sig")),
#endif
#ifdef __NR_munmap
SC(munmap, A(PTR, "addr"), A(SIZE, "len")),
#endif
#ifdef __NR_nanosleep
SC(nanosleep, A(TIMESPEC, "req"), A(PTR, "rem")),
#endif
/*
 * ppoll and pselect6 write the time left into their timeout (and select
 * the ready fds into its sets) before the exit probe reads them: shown
 * after res, as left= and the sets the call left.
 */
#ifdef __NR_ppoll
SC(ppoll, AX(POLLFDS, 1, "fds"), A(UINT, "nfds"), A(TIMESPEC_OUT, "left"),
	A(SIGSET, "sigmask"), A(SIZE, "sigsetsize"), A(POLL_REVENTS, "revents")),
#endif
#ifdef __NR_dup
SC(dup, A(FD, "fd")),
#endif
#ifdef __NR_ioctl
SC(ioctl, A(FD, "fd"), A(IOCTL, "cmd"), A(HEX, "arg")),
#endif
#ifdef __NR_openat
SC(openat, A(DIRFD, "dirfd"), A(PATH, "path"), A(OPEN_FLAGS, "flags"),
	AX(OPEN_MODE, 2, "mode")),
#endif
#ifdef __NR_write
SC(write, A(FD, "fd"), AX(BUF_IN, 2, "data"), A(SIZE, "size")),
#endif
#ifdef __NR_accept4
SC(accept4, A(FD, "fd"), AX(SOCKADDR_OUT, 2, "addr"), A(HIDE, "addrlen"),
	A(SOCK_FLAGS, "flags")),
#endif
#ifdef __NR_execve
SC(execve, A(PATH, "path"), A(ARGV, "argv"), A(ENVP, "envp")),
#endif
#ifdef __NR_exit
SC(exit, A(INT, "status")),
#endif

/* ---- files ------------------------------------------------------------ */
#ifdef __NR_open
SC(open, A(PATH, "path"), A(OPEN_FLAGS, "flags"), AX(OPEN_MODE, 1, "mode")),
#endif
#ifdef __NR_creat
SC(creat, A(PATH, "path"), A(MODE, "mode")),
#endif
#ifdef __NR_pread64
#ifdef MYSD_EABI_TABLE	/* a 64-bit offset in an even register pair */
SC(pread64, A(FD, "fd"), AX(BUF_OUT, 2, "data"), A(SIZE, "size"), A(HIDE, "pad"),
	A(HEX, "offset_lo"), A(HEX, "offset_hi")),
#else
SC(pread64, A(FD, "fd"), AX(BUF_OUT, 2, "data"), A(SIZE, "size"), A(LONG, "offset")),
#endif
#endif
#ifdef __NR_pwrite64
#ifdef MYSD_EABI_TABLE
SC(pwrite64, A(FD, "fd"), AX(BUF_IN, 2, "data"), A(SIZE, "size"), A(HIDE, "pad"),
	A(HEX, "offset_lo"), A(HEX, "offset_hi")),
#else
SC(pwrite64, A(FD, "fd"), AX(BUF_IN, 2, "data"), A(SIZE, "size"), A(LONG, "offset")),
#endif
#endif
#ifdef __NR_readv
SC(readv, A(FD, "fd"), AX(IOV_OUT, 2, "iov"), A(SIZE, "iovcnt")),
#endif
#ifdef __NR_writev
SC(writev, A(FD, "fd"), AX(IOV_IN, 2, "iov"), A(SIZE, "iovcnt")),
#endif
#ifdef __NR_preadv
#ifdef MYSD_EABI_TABLE	/* the offset's halves in two registers */
SC(preadv, A(FD, "fd"), AX(IOV_OUT, 2, "iov"), A(SIZE, "iovcnt"),
	A(HEX, "offset_lo"), A(HEX, "offset_hi")),
#else			/* 64-bit: the kernel ignores the high half */
SC(preadv, A(FD, "fd"), AX(IOV_OUT, 2, "iov"), A(SIZE, "iovcnt"),
	A(LONG, "offset"), A(HIDE, "offset_hi")),
#endif
#endif
#ifdef __NR_pwritev
#ifdef MYSD_EABI_TABLE
SC(pwritev, A(FD, "fd"), AX(IOV_IN, 2, "iov"), A(SIZE, "iovcnt"),
	A(HEX, "offset_lo"), A(HEX, "offset_hi")),
#else
SC(pwritev, A(FD, "fd"), AX(IOV_IN, 2, "iov"), A(SIZE, "iovcnt"),
	A(LONG, "offset"), A(HIDE, "offset_hi")),
#endif
#endif
#ifdef __NR_preadv2
#ifdef MYSD_EABI_TABLE
SC(preadv2, A(FD, "fd"), AX(IOV_OUT, 2, "iov"), A(SIZE, "iovcnt"),
	A(HEX, "offset_lo"), A(HEX, "offset_hi"), A(RWF_FLAGS, "flags")),
#else
SC(preadv2, A(FD, "fd"), AX(IOV_OUT, 2, "iov"), A(SIZE, "iovcnt"),
	A(LONG, "offset"), A(HIDE, "offset_hi"), A(RWF_FLAGS, "flags")),
#endif
#endif
#ifdef __NR_pwritev2
#ifdef MYSD_EABI_TABLE
SC(pwritev2, A(FD, "fd"), AX(IOV_IN, 2, "iov"), A(SIZE, "iovcnt"),
	A(HEX, "offset_lo"), A(HEX, "offset_hi"), A(RWF_FLAGS, "flags")),
#else
SC(pwritev2, A(FD, "fd"), AX(IOV_IN, 2, "iov"), A(SIZE, "iovcnt"),
	A(LONG, "offset"), A(HIDE, "offset_hi"), A(RWF_FLAGS, "flags")),
#endif
#endif
#ifdef __NR__llseek
SC(_llseek, A(FD, "fd"), A(HEX, "offset_hi"), A(HEX, "offset_lo"),
	A(PTR, "result"), A(WHENCE, "whence")),
#endif
#ifdef __NR_stat
SC(stat, A(PATH, "path"), A(STAT_OUT, "stat")),
#endif
#ifdef __NR_lstat
SC(lstat, A(PATH, "path"), A(STAT_OUT, "stat")),
#endif
#ifdef __NR_newfstatat
SC(newfstatat, A(DIRFD, "dirfd"), A(PATH, "path"), A(STAT_OUT, "stat"),
	A(AT_FLAGS, "flags")),
#endif
#ifdef __NR_fstat64
SC(fstat64, A(FD, "fd"), A(PTR, "stat")),
#endif
#ifdef __NR_stat64
SC(stat64, A(PATH, "path"), A(PTR, "stat")),
#endif
#ifdef __NR_lstat64
SC(lstat64, A(PATH, "path"), A(PTR, "stat")),
#endif
#ifdef __NR_fstatat64
SC(fstatat64, A(DIRFD, "dirfd"), A(PATH, "path"), A(PTR, "stat"),
	A(AT_FLAGS, "flags")),
#endif
#ifdef __NR_statx
SC(statx, A(DIRFD, "dirfd"), A(PATH, "path"), A(AT_FLAGS, "flags"),
	A(STATX_MASK, "mask"), A(STATX_OUT, "statx")),
#endif
#ifdef __NR_fcntl
SCR(fcntl, FCNTL, A(FD, "fd"), A(FCNTL_CMD, "cmd"), AX(FCNTL_ARG, 1, "arg")),
#endif
#ifdef __NR_fcntl64
SCR(fcntl64, FCNTL, A(FD, "fd"), A(FCNTL_CMD, "cmd"),
	AX(FCNTL64_ARG, 1, "arg")),
#endif
#ifdef __NR_dup2
SC(dup2, A(FD, "oldfd"), A(FD, "newfd")),
#endif
#ifdef __NR_dup3
SC(dup3, A(FD, "oldfd"), A(FD, "newfd"), A(CLOEXEC_FLAGS, "flags")),
#endif
#ifdef __NR_pipe
SC(pipe, A(PIPEFDS_OUT, "fds")),
#endif
#ifdef __NR_pipe2
SC(pipe2, A(PIPEFDS_OUT, "fds"), A(PIPE_FLAGS, "flags")),
#endif
#ifdef __NR_getdents64
SC(getdents64, A(FD, "fd"), A(DIRENTS_OUT, "dirp"), A(SIZE, "count")),
#endif
#ifdef __NR_readlink
SC(readlink, A(PATH, "path"), AX(BUF_OUT, 2, "buf"), A(SIZE, "size")),
#endif
#ifdef __NR_readlinkat
SC(readlinkat, A(DIRFD, "dirfd"), A(PATH, "path"), AX(BUF_OUT, 3, "buf"),
	A(SIZE, "size")),
#endif
#ifdef __NR_access
SC(access, A(PATH, "path"), A(ACCESS_MODE, "mode")),
#endif
#ifdef __NR_faccessat
SC(faccessat, A(DIRFD, "dirfd"), A(PATH, "path"), A(ACCESS_MODE, "mode")),
#endif
#ifdef __NR_faccessat2
SC(faccessat2, A(DIRFD, "dirfd"), A(PATH, "path"), A(ACCESS_MODE, "mode"),
	A(ACCESSAT_FLAGS, "flags")),
#endif
#ifdef __NR_mkdir
SC(mkdir, A(PATH, "path"), A(MODE, "mode")),
#endif
#ifdef __NR_mkdirat
SC(mkdirat, A(DIRFD, "dirfd"), A(PATH, "path"), A(MODE, "mode")),
#endif
#ifdef __NR_rmdir
SC(rmdir, A(PATH, "path")),
#endif
#ifdef __NR_unlink
SC(unlink, A(PATH, "path")),
#endif
#ifdef __NR_unlinkat
SC(unlinkat, A(DIRFD, "dirfd"), A(PATH, "path"), A(AT_FLAGS, "flags")),
#endif
#ifdef __NR_rename
SC(rename, A(PATH, "oldpath"), A(PATH, "newpath")),
#endif
#ifdef __NR_renameat
SC(renameat, A(DIRFD, "olddirfd"), A(PATH, "oldpath"), A(DIRFD, "newdirfd"),
	A(PATH, "newpath")),
#endif
#ifdef __NR_renameat2
SC(renameat2, A(DIRFD, "olddirfd"), A(PATH, "oldpath"), A(DIRFD, "newdirfd"),
	A(PATH, "newpath"), A(RENAME_FLAGS, "flags")),
#endif
#ifdef __NR_symlinkat
SC(symlinkat, A(PATH, "target"), A(DIRFD, "newdirfd"), A(PATH, "linkpath")),
#endif
#ifdef __NR_linkat
SC(linkat, A(DIRFD, "olddirfd"), A(PATH, "oldpath"), A(DIRFD, "newdirfd"),
	A(PATH, "newpath"), A(AT_FLAGS, "flags")),
#endif
#ifdef __NR_fchmod
SC(fchmod, A(FD, "fd"), A(MODE, "mode")),
#endif
#ifdef __NR_fchmodat
SC(fchmodat, A(DIRFD, "dirfd"), A(PATH, "path"), A(MODE, "mode")),
#endif
#ifdef __NR_fchown
SC(fchown, A(FD, "fd"), A(OLD_UID, "uid"), A(OLD_UID, "gid")),
#endif
#ifdef __NR_fchownat
SC(fchownat, A(DIRFD, "dirfd"), A(PATH, "path"), A(UID, "uid"), A(UID, "gid"),
	A(AT_FLAGS, "flags")),
#endif
#ifdef __NR_ftruncate
SC(ftruncate, A(FD, "fd"), A(LONG, "length")),
#endif
#ifdef __NR_fsync
SC(fsync, A(FD, "fd")),
#endif
#ifdef __NR_fdatasync
SC(fdatasync, A(FD, "fd")),
#endif
#ifdef __NR_chdir
SC(chdir, A(PATH, "path")),
#endif
#ifdef __NR_fchdir
SC(fchdir, A(FD, "fd")),
#endif
#ifdef __NR_umask
SCR(umask, OCT, A(MODE, "mask")),
#endif
#ifdef __NR_sendfile
SC(sendfile, A(FD, "out_fd"), A(FD, "in_fd"), A(OFF_OUT, "offset"),
	A(SIZE, "count")),
#endif
#ifdef __NR_sendfile64
SC(sendfile64, A(FD, "out_fd"), A(FD, "in_fd"), A(LOFF_OUT, "offset"),
	A(SIZE, "count")),
#endif
#ifdef __NR_memfd_create
SC(memfd_create, A(PATH, "name"), A(MFD_FLAGS, "flags")),
#endif

/* ---- memory ----------------------------------------------------------- */
#ifdef __NR_mmap2
SCR(mmap2, HEX, A(PTR, "addr"), A(SIZE, "len"), A(PROT, "prot"),
	A(MAP_FLAGS, "flags"), A(FD, "fd"), A(HEX, "pgoff")),
#endif
#ifdef __NR_mprotect
SC(mprotect, A(PTR, "addr"), A(SIZE, "len"), A(PROT, "prot")),
#endif
#ifdef __NR_brk
SCR(brk, HEX, A(PTR, "addr")),
#endif
#ifdef __NR_madvise
SC(madvise, A(PTR, "addr"), A(SIZE, "len"), A(MADVISE, "advice")),
#endif
#ifdef __NR_mremap
SCR(mremap, HEX, A(PTR, "old_addr"), A(SIZE, "old_size"), A(SIZE, "new_size"),
	A(MREMAP_FLAGS, "flags"), A(PTR, "new_addr")),
#endif

/* ---- processes -------------------------------------------------------- */
#ifdef __NR_clone3
SC(clone3, AX(CLONE_ARGS, 1, "args"), A(SIZE, "size")),
#endif
#ifdef __NR_fork
SC0(fork),
#endif
#ifdef __NR_vfork
SC0(vfork),
#endif
#ifdef __NR_execveat
SC(execveat, A(DIRFD, "dirfd"), A(PATH, "path"), A(ARGV, "argv"),
	A(ENVP, "envp"), A(AT_FLAGS, "flags")),
#endif
#ifdef __NR_waitid
SC(waitid, A(WAITID_WHICH, "which"), A(PID, "id"), A(SIGINFO_OUT, "infop"),
	A(WAIT_OPTIONS, "options"), A(RUSAGE_OUT, "rusage")),
#endif
#ifdef __NR_wait4
SC(wait4, A(PID, "pid"), A(WSTATUS_OUT, "wstatus"),
	A(WAIT_OPTIONS, "options"), A(RUSAGE_OUT, "rusage")),
#endif
#ifdef __NR_kill
SC(kill, A(PID, "pid"), A(SIGNAL, "sig")),
#endif
#ifdef __NR_tkill
SC(tkill, A(PID, "tid"), A(SIGNAL, "sig")),
#endif
#ifdef __NR_getpid
SC0(getpid),
#endif
#ifdef __NR_getppid
SC0(getppid),
#endif
#ifdef __NR_gettid
SC0(gettid),
#endif
#ifdef __NR_geteuid
SC0(geteuid),
#endif
#ifdef __NR_getgid
SC0(getgid),
#endif
#ifdef __NR_getegid
SC0(getegid),
#endif
#ifdef __NR_getuid32
SC0(getuid32),
#endif
#ifdef __NR_geteuid32
SC0(geteuid32),
#endif
#ifdef __NR_getgid32
SC0(getgid32),
#endif
#ifdef __NR_getegid32
SC0(getegid32),
#endif
#ifdef __NR_set_tid_address
SC(set_tid_address, A(PTR, "tidptr")),
#endif
#ifdef __NR_set_robust_list
SC(set_robust_list, A(PTR, "head"), A(SIZE, "len")),
#endif
#ifdef __NR_rseq
SC(rseq, A(PTR, "rseq"), A(UINT, "len"), A(INT, "flags"), A(HEX, "sig")),
#endif
#ifdef __NR_prctl
SCR(prctl, PRCTL, A(PRCTL_OPTION, "option"), A(PRCTL_ARG2, "arg2"),
	A(PRCTL_ARG, "arg3"), A(PRCTL_ARG, "arg4"), A(PRCTL_ARG, "arg5")),
#endif
#ifdef __NR_prlimit64
SC(prlimit64, A(PID, "pid"), A(RLIMIT, "resource"),
	A(RLIMIT64_IN, "new_limit"), A(RLIMIT64_OUT, "old_limit")),
#endif
#ifdef __NR_getrlimit
SC(getrlimit, A(RLIMIT, "resource"), A(RLIMIT_OUT, "rlim")),
#endif
#ifdef __NR_ugetrlimit
SC(ugetrlimit, A(RLIMIT, "resource"), A(RLIMIT_OUT, "rlim")),
#endif
#ifdef __NR_setrlimit
SC(setrlimit, A(RLIMIT, "resource"), A(RLIMIT_IN, "rlim")),
#endif
#ifdef __NR_sched_yield
SC0(sched_yield),
#endif
#ifdef __NR_uname
SC(uname, A(UTSNAME_OUT, "buf")),
#endif

/* ---- sockets ---------------------------------------------------------- */
#ifdef __NR_bind
SC(bind, A(FD, "fd"), AX(SOCKADDR_IN, 2, "addr"), A(HIDE, "addrlen")),
#endif
#ifdef __NR_listen
SC(listen, A(FD, "fd"), A(INT, "backlog")),
#endif
#ifdef __NR_connect
SC(connect, A(FD, "fd"), AX(SOCKADDR_IN, 2, "addr"), A(HIDE, "addrlen")),
#endif
#ifdef __NR_accept
SC(accept, A(FD, "fd"), AX(SOCKADDR_OUT, 2, "addr"), A(HIDE, "addrlen")),
#endif
#ifdef __NR_send
SC(send, A(FD, "fd"), AX(BUF_IN, 2, "data"), A(SIZE, "size"),
	A(MSG_FLAGS, "flags")),
#endif
#ifdef __NR_recv
SC(recv, A(FD, "fd"), AX(BUF_OUT, 2, "data"), A(SIZE, "size"),
	A(MSG_FLAGS, "flags")),
#endif
#ifdef __NR_sendmmsg
SC(sendmmsg, A(FD, "fd"), AX(MMSGHDR_IN, 2, "msgvec"), A(UINT, "vlen"),
	A(MSG_FLAGS, "flags")),
#endif
/* recvmmsg writes the time left into its timeout when it receives any */
#ifdef __NR_recvmmsg
SC(recvmmsg, A(FD, "fd"), AX(MMSGHDR_OUT, 2, "msgvec"), A(UINT, "vlen"),
	A(MSG_FLAGS, "flags"), A(TIMESPEC_OUT, "left")),
#endif
#ifdef __NR_recvmmsg_time64
SC(recvmmsg_time64, A(FD, "fd"), AX(MMSGHDR_OUT, 2, "msgvec"),
	A(UINT, "vlen"), A(MSG_FLAGS, "flags"), A(TIMESPEC64_OUT, "left")),
#endif
#ifdef __NR_sendmsg
SC(sendmsg, A(FD, "fd"), A(MSGHDR_IN, "msg"), A(MSG_FLAGS, "flags")),
#endif
#ifdef __NR_recvmsg
SC(recvmsg, A(FD, "fd"), A(MSGHDR_OUT, "msg"), A(MSG_FLAGS, "flags")),
#endif
#ifdef __NR_setsockopt
SC(setsockopt, A(FD, "fd"), A(SOL, "level"), AX(SOCKOPT, 1, "optname"),
	AX(BUF_IN, 4, "optval"), A(INT, "optlen")),
#endif
#ifdef __NR_getsockopt
SC(getsockopt, A(FD, "fd"), A(SOL, "level"), AX(SOCKOPT, 1, "optname"),
	A(PTR, "optval"), A(PTR, "optlen")),
#endif
#ifdef __NR_getsockname
SC(getsockname, A(FD, "fd"), AX(SOCKADDR_OUT, 2, "addr"), A(HIDE, "addrlen")),
#endif
#ifdef __NR_getpeername
SC(getpeername, A(FD, "fd"), AX(SOCKADDR_OUT, 2, "addr"), A(HIDE, "addrlen")),
#endif
#ifdef __NR_shutdown
SC(shutdown, A(FD, "fd"), A(SHUT_HOW, "how")),
#endif
#ifdef __NR_socketpair
SC(socketpair, A(SOCK_FAMILY, "domain"), A(SOCK_TYPE, "type"),
	AX(SOCK_PROTOCOL, 0, "protocol"), A(PIPEFDS_OUT, "sv")),
#endif

/* ---- poll / epoll / eventfd ------------------------------------------- */
#ifdef __NR_poll
SC(poll, AX(POLLFDS, 1, "fds"), A(UINT, "nfds"), A(INT, "timeout"),
	A(POLL_REVENTS, "revents")),
#endif
#ifdef __NR_ppoll_time64
SC(ppoll_time64, AX(POLLFDS, 1, "fds"), A(UINT, "nfds"),
	A(TIMESPEC64_OUT, "left"), A(SIGSET, "sigmask"), A(SIZE, "sigsetsize"),
	A(POLL_REVENTS, "revents")),
#endif
#ifdef __NR_pselect6
SC(pselect6, A(INT, "nfds"), AX(FDSET_OUT, 0, "readfds"),
	AX(FDSET_OUT, 0, "writefds"), AX(FDSET_OUT, 0, "exceptfds"),
	A(TIMESPEC_OUT, "left"), A(PTR, "sigmask")),
#endif
#ifdef __NR_pselect6_time64
SC(pselect6_time64, A(INT, "nfds"), AX(FDSET_OUT, 0, "readfds"),
	AX(FDSET_OUT, 0, "writefds"), AX(FDSET_OUT, 0, "exceptfds"),
	A(TIMESPEC64_OUT, "left"), A(PTR, "sigmask")),
#endif
#ifdef __NR_epoll_create
SC(epoll_create, A(INT, "size")),
#endif
#ifdef __NR_epoll_create1
SC(epoll_create1, A(EPOLL_FLAGS, "flags")),
#endif
#ifdef __NR_epoll_ctl
SC(epoll_ctl, A(FD, "epfd"), A(EPOLL_CTL, "op"), A(FD, "fd"),
	A(EPOLL_EVENT, "event")),
#endif
#ifdef __NR_epoll_wait
SC(epoll_wait, A(FD, "epfd"), A(EPOLL_EVENTS_OUT, "events"), A(INT, "maxevents"),
	A(INT, "timeout")),
#endif
#ifdef __NR_epoll_pwait
SC(epoll_pwait, A(FD, "epfd"), A(EPOLL_EVENTS_OUT, "events"), A(INT, "maxevents"),
	A(INT, "timeout"), A(SIGSET, "sigmask"), A(SIZE, "sigsetsize")),
#endif
#ifdef __NR_epoll_pwait2	/* a struct __kernel_timespec in both ABIs */
SC(epoll_pwait2, A(FD, "epfd"), A(EPOLL_EVENTS_OUT, "events"),
	A(INT, "maxevents"), A(TIMESPEC64, "timeout"), A(SIGSET, "sigmask"),
	A(SIZE, "sigsetsize")),
#endif
#ifdef __NR_eventfd2
SC(eventfd2, A(UINT, "initval"), A(EFD_FLAGS, "flags")),
#endif

/* ---- signals ---------------------------------------------------------- */
#ifdef __NR_rt_sigaction
SC(rt_sigaction, A(SIGNAL, "sig"), A(SIGACTION, "act"), A(SIGACTION_OUT, "oldact"),
	A(SIZE, "sigsetsize")),
#endif
#ifdef __NR_rt_sigprocmask
SC(rt_sigprocmask, A(SIGPROCMASK_HOW, "how"), A(SIGSET, "set"),
	A(SIGSET_OUT, "oldset"), A(SIZE, "sigsetsize")),
#endif
#ifdef __NR_rt_sigreturn
SC0(rt_sigreturn),
#endif
#ifdef __NR_sigreturn	/* 32-bit ARM: a handler without SA_SIGINFO */
SC0(sigreturn),
#endif
#ifdef __NR_sigaltstack
SC(sigaltstack, A(STACK, "ss"), A(STACK_OUT, "old_ss")),
#endif
#ifdef __NR_rt_sigtimedwait
SCR(rt_sigtimedwait, SIGNAL, A(SIGSET, "set"), A(SIGINFO_OUT, "info"),
	A(TIMESPEC, "timeout"), A(SIZE, "sigsetsize")),
#endif
#ifdef __NR_rt_sigtimedwait_time64
SCR(rt_sigtimedwait_time64, SIGNAL, A(SIGSET, "set"), A(SIGINFO_OUT, "info"),
	A(TIMESPEC64, "timeout"), A(SIZE, "sigsetsize")),
#endif

/* ---- time ------------------------------------------------------------- */
#ifdef __NR_clock_gettime
SC(clock_gettime, A(CLOCK_ID, "clockid"), A(TIMESPEC_OUT, "tp")),
#endif
#ifdef __NR_clock_gettime64
SC(clock_gettime64, A(CLOCK_ID, "clockid"), A(TIMESPEC64_OUT, "tp")),
#endif
#ifdef __NR_clock_nanosleep
SC(clock_nanosleep, A(CLOCK_ID, "clockid"), A(TIMER_FLAGS, "flags"),
	A(TIMESPEC, "req"), A(PTR, "rem")),
#endif
#ifdef __NR_clock_nanosleep_time64
SC(clock_nanosleep_time64, A(CLOCK_ID, "clockid"), A(TIMER_FLAGS, "flags"),
	A(TIMESPEC64, "req"), A(PTR, "rem")),
#endif
#ifdef __NR_gettimeofday
SC(gettimeofday, A(TIMEVAL_OUT, "tv"), A(PTR, "tz")),
#endif

/* ---- misc ------------------------------------------------------------- */
#ifdef __NR_getrandom
SC(getrandom, AX(BUF_OUT, 1, "buf"), A(SIZE, "size"), A(GRND_FLAGS, "flags")),
#endif
#ifdef __NR_futex_time64
SC(futex_time64, A(PTR, "uaddr"), A(FUTEX_OP, "op"), AX(FUTEX_VAL, 1, "val"),
	AX(FUTEX_TIMEOUT64, 1, "timeout"), AX(FUTEX_UADDR2, 1, "uaddr2"),
	AX(FUTEX_VAL3, 1, "val3")),
#endif

/* ---- sessions, priorities, usage -------------------------------------- */
#ifdef __NR_setsid
SC0(setsid),
#endif
#ifdef __NR_getsid
SC(getsid, A(PID, "pid")),
#endif
#ifdef __NR_setpgid
SC(setpgid, A(PID, "pid"), A(PID, "pgid")),
#endif
#ifdef __NR_getpgid
SC(getpgid, A(PID, "pid")),
#endif
#ifdef __NR_getpriority
SC(getpriority, A(PRIO_WHICH, "which"), A(INT, "who")),
#endif
#ifdef __NR_setpriority
SC(setpriority, A(PRIO_WHICH, "which"), A(INT, "who"), A(INT, "prio")),
#endif
#ifdef __NR_getrusage
SC(getrusage, A(RUSAGE_WHO, "who"), A(RUSAGE_OUT, "usage")),
#endif
#ifdef __NR_sysinfo
SC(sysinfo, A(SYSINFO_OUT, "info")),
#endif
#ifdef __NR_sched_setscheduler
SC(sched_setscheduler, A(PID, "pid"), A(SCHED_POLICY, "policy"),
	A(SCHED_PARAM, "param")),
#endif
#ifdef __NR_sched_getscheduler
SC(sched_getscheduler, A(PID, "pid")),
#endif
#ifdef __NR_sched_setparam
SC(sched_setparam, A(PID, "pid"), A(SCHED_PARAM, "param")),
#endif
#ifdef __NR_sched_getparam
SC(sched_getparam, A(PID, "pid"), A(SCHED_PARAM_OUT, "param")),
#endif
#ifdef __NR_sched_get_priority_max
SC(sched_get_priority_max, A(SCHED_POLICY, "policy")),
#endif
#ifdef __NR_sched_get_priority_min
SC(sched_get_priority_min, A(SCHED_POLICY, "policy")),
#endif
#ifdef __NR_sched_rr_get_interval
SC(sched_rr_get_interval, A(PID, "pid"), A(TIMESPEC_OUT, "tp")),
#endif
#ifdef __NR_sched_rr_get_interval_time64
SC(sched_rr_get_interval_time64, A(PID, "pid"), A(TIMESPEC64_OUT, "tp")),
#endif
#ifdef __NR_sched_getaffinity
SC(sched_getaffinity, A(PID, "pid"), A(UINT, "size"),
	A(CPUSET_OUT, "mask")),
#endif
#ifdef __NR_sched_setaffinity
SC(sched_setaffinity, A(PID, "pid"), A(UINT, "size"),
	AX(CPUSET_IN, 1, "mask")),
#endif
#ifdef __NR_pidfd_open
SC(pidfd_open, A(PID, "pid"), A(PIDFD_FLAGS, "flags")),
#endif

/* ---- file systems, locks, notifications ------------------------------- */
#ifdef __NR_flock
SC(flock, A(FD, "fd"), A(FLOCK_OP, "op")),
#endif
#ifdef __NR_close_range
SC(close_range, A(UINT, "fd"), A(UINT, "max_fd"), A(CLOSE_RANGE_FLAGS, "flags")),
#endif
#ifdef __NR_fallocate
#ifdef MYSD_EABI_TABLE	/* 64-bit offset and length in register pairs */
SC(fallocate, A(FD, "fd"), A(FALLOC_MODE, "mode"), A(HEX, "offset_lo"),
	A(HEX, "offset_hi"), A(HEX, "len_lo"), A(HEX, "len_hi")),
#else
SC(fallocate, A(FD, "fd"), A(FALLOC_MODE, "mode"), A(LONG, "offset"),
	A(LONG, "len")),
#endif
#endif
#ifdef __NR_sync
SC0(sync),
#endif
#ifdef __NR_syncfs
SC(syncfs, A(FD, "fd")),
#endif
#ifdef __NR_statfs
SC(statfs, A(PATH, "path"), A(STATFS_OUT, "buf")),
#endif
#ifdef __NR_fstatfs
SC(fstatfs, A(FD, "fd"), A(STATFS_OUT, "buf")),
#endif
#ifdef __NR_statfs64	/* 32-bit ARM: the struct's size first */
SC(statfs64, A(PATH, "path"), A(SIZE, "size"), A(STATFS64_OUT, "buf")),
#endif
#ifdef __NR_fstatfs64
SC(fstatfs64, A(FD, "fd"), A(SIZE, "size"), A(STATFS64_OUT, "buf")),
#endif
#ifdef __NR_utimensat
SC(utimensat, A(DIRFD, "dirfd"), A(PATH, "path"), A(UTIMES, "times"),
	A(AT_FLAGS, "flags")),
#endif
#ifdef __NR_utimensat_time64
SC(utimensat_time64, A(DIRFD, "dirfd"), A(PATH, "path"), A(UTIMES64, "times"),
	A(AT_FLAGS, "flags")),
#endif
#ifdef __NR_chroot
SC(chroot, A(PATH, "path")),
#endif
#ifdef __NR_mount	/* data: most file systems take an option string */
SC(mount, A(PATH, "source"), A(PATH, "target"), A(PATH, "fstype"),
	A(MOUNT_FLAGS, "flags"), A(PATH, "data")),
#endif
#ifdef __NR_umount2
SC(umount2, A(PATH, "target"), A(UMOUNT_FLAGS, "flags")),
#endif
#ifdef __NR_inotify_init1
SC(inotify_init1, A(INOTIFY_INIT_FLAGS, "flags")),
#endif
#ifdef __NR_inotify_add_watch
SC(inotify_add_watch, A(FD, "fd"), A(PATH, "path"), A(INOTIFY_MASK, "mask")),
#endif
#ifdef __NR_inotify_rm_watch
SC(inotify_rm_watch, A(FD, "fd"), A(INT, "wd")),
#endif

/* ---- POSIX and interval timers ----------------------------------------- */
#ifdef __NR_timer_create
SC(timer_create, A(CLOCK_ID, "clockid"), A(SIGEVENT, "sevp"),
	A(INT_OUT, "timerid")),
#endif
#ifdef __NR_timer_settime
SC(timer_settime, A(INT, "timerid"), A(TIMER_FLAGS, "flags"),
	A(ITIMERSPEC, "new_value"), A(ITIMERSPEC_OUT, "old_value")),
#endif
#ifdef __NR_timer_settime64
SC(timer_settime64, A(INT, "timerid"), A(TIMER_FLAGS, "flags"),
	A(ITIMERSPEC64, "new_value"), A(ITIMERSPEC64_OUT, "old_value")),
#endif
#ifdef __NR_timer_gettime
SC(timer_gettime, A(INT, "timerid"), A(ITIMERSPEC_OUT, "curr_value")),
#endif
#ifdef __NR_timer_gettime64
SC(timer_gettime64, A(INT, "timerid"), A(ITIMERSPEC64_OUT, "curr_value")),
#endif
#ifdef __NR_timer_getoverrun
SC(timer_getoverrun, A(INT, "timerid")),
#endif
#ifdef __NR_timer_delete
SC(timer_delete, A(INT, "timerid")),
#endif
#ifdef __NR_setitimer
SC(setitimer, A(ITIMER_WHICH, "which"), A(ITIMERVAL, "new_value"),
	A(ITIMERVAL_OUT, "old_value")),
#endif
#ifdef __NR_getitimer
SC(getitimer, A(ITIMER_WHICH, "which"), A(ITIMERVAL_OUT, "curr_value")),
#endif

/* ---- timers and signals as file descriptors ---------------------------- */
#ifdef __NR_timerfd_create
SC(timerfd_create, A(CLOCK_ID, "clockid"), A(TFD_FLAGS, "flags")),
#endif
#ifdef __NR_timerfd_settime
SC(timerfd_settime, A(FD, "fd"), A(TFD_SETTIME_FLAGS, "flags"),
	A(ITIMERSPEC, "new_value"), A(ITIMERSPEC_OUT, "old_value")),
#endif
#ifdef __NR_timerfd_settime64
SC(timerfd_settime64, A(FD, "fd"), A(TFD_SETTIME_FLAGS, "flags"),
	A(ITIMERSPEC64, "new_value"), A(ITIMERSPEC64_OUT, "old_value")),
#endif
#ifdef __NR_timerfd_gettime
SC(timerfd_gettime, A(FD, "fd"), A(ITIMERSPEC_OUT, "curr_value")),
#endif
#ifdef __NR_timerfd_gettime64
SC(timerfd_gettime64, A(FD, "fd"), A(ITIMERSPEC64_OUT, "curr_value")),
#endif
#ifdef __NR_signalfd4
SC(signalfd4, A(FD, "fd"), A(SIGSET, "mask"), A(SIZE, "sizemask"),
	A(SFD_FLAGS, "flags")),
#endif

/* ---- credentials ------------------------------------------------------- */
#ifdef __NR_setuid
SC(setuid, A(OLD_UID, "uid")),
#endif
#ifdef __NR_setgid
SC(setgid, A(OLD_UID, "gid")),
#endif
#ifdef __NR_getgroups
SC(getgroups, A(INT, "size"), AX(OLD_GIDS_OUT, 0, "list")),
#endif
#ifdef __NR_setgroups
SC(setgroups, A(INT, "size"), AX(OLD_GIDS, 0, "list")),
#endif
#ifdef __NR_setresuid
SC(setresuid, A(OLD_UID, "ruid"), A(OLD_UID, "euid"), A(OLD_UID, "suid")),
#endif
#ifdef __NR_setresgid
SC(setresgid, A(OLD_UID, "rgid"), A(OLD_UID, "egid"), A(OLD_UID, "sgid")),
#endif
#ifdef __NR_getresuid
SC(getresuid, A(OLD_UID_OUT, "ruid"), A(OLD_UID_OUT, "euid"),
	A(OLD_UID_OUT, "suid")),
#endif
#ifdef __NR_getresgid
SC(getresgid, A(OLD_UID_OUT, "rgid"), A(OLD_UID_OUT, "egid"),
	A(OLD_UID_OUT, "sgid")),
#endif
#ifdef __NR_setuid32	/* 32-bit ARM: 32-bit ids (its calls above take 16) */
SC(setuid32, A(UID, "uid")),
#endif
#ifdef __NR_setgid32
SC(setgid32, A(UID, "gid")),
#endif
#ifdef __NR_getgroups32
SC(getgroups32, A(INT, "size"), AX(GIDS_OUT, 0, "list")),
#endif
#ifdef __NR_setgroups32
SC(setgroups32, A(INT, "size"), AX(GIDS, 0, "list")),
#endif
#ifdef __NR_setresuid32
SC(setresuid32, A(UID, "ruid"), A(UID, "euid"), A(UID, "suid")),
#endif
#ifdef __NR_setresgid32
SC(setresgid32, A(UID, "rgid"), A(UID, "egid"), A(UID, "sgid")),
#endif
#ifdef __NR_getresuid32
SC(getresuid32, A(UID_OUT, "ruid"), A(UID_OUT, "euid"), A(UID_OUT, "suid")),
#endif
#ifdef __NR_getresgid32
SC(getresgid32, A(UID_OUT, "rgid"), A(UID_OUT, "egid"), A(UID_OUT, "sgid")),
#endif

/* ---- System V IPC (its own calls on ARM, not ipc()) --------------------- */
#ifdef __NR_msgget
SC(msgget, A(HEX32, "key"), A(IPC_GET_FLAGS, "msgflg")),
#endif
#ifdef __NR_msgsnd
SC(msgsnd, A(INT, "msqid"), AX(MSGBUF_IN, 2, "msgp"), A(SIZE, "msgsz"),
	A(MSG_IPC_FLAGS, "msgflg")),
#endif
#ifdef __NR_msgrcv
SC(msgrcv, A(INT, "msqid"), AX(MSGBUF_OUT, 2, "msgp"), A(SIZE, "msgsz"),
	A(LONG, "msgtyp"), A(MSG_IPC_FLAGS, "msgflg")),
#endif
#ifdef __NR_msgctl
SC(msgctl, A(INT, "msqid"), A(MSGCTL_CMD, "cmd"), A(PTR, "buf")),
#endif
#ifdef __NR_semget
SC(semget, A(HEX32, "key"), A(INT, "nsems"), A(IPC_GET_FLAGS, "semflg")),
#endif
#ifdef __NR_semop
SC(semop, A(INT, "semid"), AX(SEMBUF, 2, "sops"), A(UINT, "nsops")),
#endif
#ifdef __NR_semctl
SC(semctl, A(INT, "semid"), A(INT, "semnum"), A(SEMCTL_CMD, "cmd"),
	A(HEX, "arg")),
#endif
#ifdef __NR_shmget
SC(shmget, A(HEX32, "key"), A(SIZE, "size"), A(SHM_GET_FLAGS, "shmflg")),
#endif
#ifdef __NR_shmat
SCR(shmat, HEX, A(INT, "shmid"), A(PTR, "shmaddr"),
	A(SHMAT_FLAGS, "shmflg")),
#endif
#ifdef __NR_shmdt
SC(shmdt, A(PTR, "shmaddr")),
#endif
#ifdef __NR_shmctl
SC(shmctl, A(INT, "shmid"), A(SHMCTL_CMD, "cmd"), A(PTR, "buf")),
#endif

/* ---- modules, namespaces, tracing: what a security monitor watches ----- */
#ifdef __NR_init_module
SC(init_module, A(PTR, "module_image"), A(SIZE, "len"),
	A(STR, "param_values")),
#endif
#ifdef __NR_finit_module
SC(finit_module, A(FD, "fd"), A(STR, "param_values"),
	A(FINIT_MODULE_FLAGS, "flags")),
#endif
#ifdef __NR_delete_module
SC(delete_module, A(STR, "name"), A(DELETE_MODULE_FLAGS, "flags")),
#endif
#ifdef __NR_unshare
SC(unshare, A(NS_FLAGS, "flags")),
#endif
#ifdef __NR_setns
SC(setns, A(FD, "fd"), A(NS_FLAGS, "nstype")),
#endif
#ifdef __NR_ptrace
SC(ptrace, A(PTRACE_REQUEST, "request"), A(PID, "pid"), A(PTR, "addr"),
	A(HEX, "data")),
#endif

/* ---- files: truncation, nodes, extended attributes, splicing ----------- */
#ifdef __NR_truncate
SC(truncate, A(PATH, "path"), A(LONG, "length")),
#endif
#if defined(__NR_truncate64) && defined(MYSD_EABI_TABLE)
SC(truncate64, A(PATH, "path"), A(HIDE, "pad"), A(HEX, "length_lo"),
	A(HEX, "length_hi")),
#endif
#if defined(__NR_ftruncate64) && defined(MYSD_EABI_TABLE)
SC(ftruncate64, A(FD, "fd"), A(HIDE, "pad"), A(HEX, "length_lo"),
	A(HEX, "length_hi")),
#endif
#ifdef __NR_openat2
SC(openat2, A(DIRFD, "dirfd"), A(PATH, "path"), A(OPEN_HOW, "how"),
	A(SIZE, "size")),
#endif
#ifdef __NR_mknod
SC(mknod, A(PATH, "path"), A(FILE_MODE, "mode"), AX(DEV, 1, "dev")),
#endif
#ifdef __NR_mknodat
SC(mknodat, A(DIRFD, "dirfd"), A(PATH, "path"), A(FILE_MODE, "mode"),
	AX(DEV, 2, "dev")),
#endif
/* an attribute's name is not a file's: STR, so %file stays the paths */
#ifdef __NR_setxattr
SC(setxattr, A(PATH, "path"), A(STR, "name"), AX(BUF_IN, 3, "value"),
	A(SIZE, "size"), A(XATTR_FLAGS, "flags")),
#endif
#ifdef __NR_lsetxattr
SC(lsetxattr, A(PATH, "path"), A(STR, "name"), AX(BUF_IN, 3, "value"),
	A(SIZE, "size"), A(XATTR_FLAGS, "flags")),
#endif
#ifdef __NR_fsetxattr
SC(fsetxattr, A(FD, "fd"), A(STR, "name"), AX(BUF_IN, 3, "value"),
	A(SIZE, "size"), A(XATTR_FLAGS, "flags")),
#endif
#ifdef __NR_getxattr
SC(getxattr, A(PATH, "path"), A(STR, "name"), AX(BUF_OUT, 3, "value"),
	A(SIZE, "size")),
#endif
#ifdef __NR_lgetxattr
SC(lgetxattr, A(PATH, "path"), A(STR, "name"), AX(BUF_OUT, 3, "value"),
	A(SIZE, "size")),
#endif
#ifdef __NR_fgetxattr
SC(fgetxattr, A(FD, "fd"), A(STR, "name"), AX(BUF_OUT, 3, "value"),
	A(SIZE, "size")),
#endif
#ifdef __NR_listxattr
SC(listxattr, A(PATH, "path"), AX(BUF_OUT, 2, "list"), A(SIZE, "size")),
#endif
#ifdef __NR_llistxattr
SC(llistxattr, A(PATH, "path"), AX(BUF_OUT, 2, "list"), A(SIZE, "size")),
#endif
#ifdef __NR_flistxattr
SC(flistxattr, A(FD, "fd"), AX(BUF_OUT, 2, "list"), A(SIZE, "size")),
#endif
#ifdef __NR_removexattr
SC(removexattr, A(PATH, "path"), A(STR, "name")),
#endif
#ifdef __NR_lremovexattr
SC(lremovexattr, A(PATH, "path"), A(STR, "name")),
#endif
#ifdef __NR_fremovexattr
SC(fremovexattr, A(FD, "fd"), A(STR, "name")),
#endif
#ifdef __NR_copy_file_range
SC(copy_file_range, A(FD, "fd_in"), A(PTR, "off_in"), A(FD, "fd_out"),
	A(PTR, "off_out"), A(SIZE, "len"), A(UINT, "flags")),
#endif
#ifdef __NR_splice
SC(splice, A(FD, "fd_in"), A(PTR, "off_in"), A(FD, "fd_out"),
	A(PTR, "off_out"), A(SIZE, "len"), A(SPLICE_FLAGS, "flags")),
#endif
#ifdef __NR_tee
SC(tee, A(FD, "fd_in"), A(FD, "fd_out"), A(SIZE, "len"),
	A(SPLICE_FLAGS, "flags")),
#endif
#ifdef __NR_vmsplice
SC(vmsplice, A(FD, "fd"), AX(IOV_IN, 2, "iov"), A(SIZE, "nr_segs"),
	A(SPLICE_FLAGS, "flags")),
#endif
#ifdef __NR_sync_file_range
SC(sync_file_range, A(FD, "fd"), A(LONG, "offset"), A(LONG, "nbytes"),
	A(SYNC_FILE_RANGE_FLAGS, "flags")),
#endif
/*
 * ARM's: the flags first, so the 64-bit values fall in register pairs.
 * Named arm_sync_file_range on every kernel (gen_names.sh).
 */
#if defined(__NR_arm_sync_file_range) && defined(MYSD_EABI_TABLE)
SC(arm_sync_file_range, A(FD, "fd"), A(SYNC_FILE_RANGE_FLAGS, "flags"),
	A(HEX, "offset_lo"), A(HEX, "offset_hi"), A(HEX, "nbytes_lo"),
	A(HEX, "nbytes_hi")),
#elif defined(__NR_sync_file_range2) && defined(MYSD_EABI_TABLE)
SC(sync_file_range2, A(FD, "fd"), A(SYNC_FILE_RANGE_FLAGS, "flags"),
	A(HEX, "offset_lo"), A(HEX, "offset_hi"), A(HEX, "nbytes_lo"),
	A(HEX, "nbytes_hi")),
#endif
#ifdef __NR_readahead
#ifdef MYSD_EABI_TABLE
SC(readahead, A(FD, "fd"), A(HIDE, "pad"), A(HEX, "offset_lo"),
	A(HEX, "offset_hi"), A(SIZE, "count")),
#else
SC(readahead, A(FD, "fd"), A(LONG, "offset"), A(SIZE, "count")),
#endif
#endif
#if defined(__NR_fadvise64) && !defined(MYSD_EABI_TABLE)
SC(fadvise64, A(FD, "fd"), A(LONG, "offset"), A(LONG, "len"),
	A(FADVISE, "advice")),
#endif
#ifdef __NR_arm_fadvise64_64	/* the advice first, as sync_file_range2 */
SC(arm_fadvise64_64, A(FD, "fd"), A(FADVISE, "advice"), A(HEX, "offset_lo"),
	A(HEX, "offset_hi"), A(HEX, "len_lo"), A(HEX, "len_hi")),
#endif
#ifdef __NR_acct
SC(acct, A(PATH, "path")),
#endif
#ifdef __NR_swapon
SC(swapon, A(PATH, "path"), A(SWAP_FLAGS, "flags")),
#endif
#ifdef __NR_swapoff
SC(swapoff, A(PATH, "path")),
#endif
#ifdef __NR_pivot_root
SC(pivot_root, A(PATH, "new_root"), A(PATH, "put_old")),
#endif

/* ---- memory locking and residency -------------------------------------- */
#ifdef __NR_msync
SC(msync, A(PTR, "addr"), A(SIZE, "len"), A(MSYNC_FLAGS, "flags")),
#endif
#ifdef __NR_mlock
SC(mlock, A(PTR, "addr"), A(SIZE, "len")),
#endif
#ifdef __NR_munlock
SC(munlock, A(PTR, "addr"), A(SIZE, "len")),
#endif
#ifdef __NR_mlock2
SC(mlock2, A(PTR, "addr"), A(SIZE, "len"), A(MLOCK_FLAGS, "flags")),
#endif
#ifdef __NR_mlockall
SC(mlockall, A(MLOCKALL_FLAGS, "flags")),
#endif
#ifdef __NR_munlockall
SC0(munlockall),
#endif
#ifdef __NR_mincore
SC(mincore, A(PTR, "addr"), A(SIZE, "len"), A(PTR, "vec")),
#endif
#ifdef __NR_membarrier
SC(membarrier, A(MEMBARRIER_CMD, "cmd"), A(UINT, "flags"), A(INT, "cpu_id")),
#endif

/* ---- clocks, names, the kernel log, reboot ------------------------------ */
#ifdef __NR_clock_settime
SC(clock_settime, A(CLOCK_ID, "clockid"), A(TIMESPEC, "tp")),
#endif
#ifdef __NR_clock_settime64
SC(clock_settime64, A(CLOCK_ID, "clockid"), A(TIMESPEC64, "tp")),
#endif
#ifdef __NR_clock_getres
SC(clock_getres, A(CLOCK_ID, "clockid"), A(TIMESPEC_OUT, "resolution")),
#endif
#ifdef __NR_clock_getres_time64
SC(clock_getres_time64, A(CLOCK_ID, "clockid"),
	A(TIMESPEC64_OUT, "resolution")),
#endif
#ifdef __NR_settimeofday
SC(settimeofday, A(TIMEVAL, "tv"), A(PTR, "tz")),
#endif
#ifdef __NR_times
SC(times, A(PTR, "buf")),
#endif
#ifdef __NR_getcpu
SC(getcpu, A(INT_OUT, "cpu"), A(INT_OUT, "node"), A(PTR, "tcache")),
#endif
#ifdef __NR_sethostname
SC(sethostname, AX(BUF_IN, 1, "name"), A(INT, "len")),
#endif
#ifdef __NR_setdomainname
SC(setdomainname, AX(BUF_IN, 1, "name"), A(INT, "len")),
#endif
#ifdef __NR_syslog
SC(syslog, A(SYSLOG_ACTION, "type"), AX(BUF_OUT, 2, "buf"), A(INT, "len")),
#endif
#ifdef __NR_reboot
SC(reboot, A(HEX32, "magic1"), A(HEX32, "magic2"), A(REBOOT_CMD, "cmd"),
	A(PTR, "arg")),
#endif
#ifdef __NR_personality
SCR(personality, PERSONALITY, A(PERSONALITY, "persona")),
#endif
#ifdef __NR_ioprio_get
SCR(ioprio_get, IOPRIO, A(IOPRIO_WHICH, "which"), A(INT, "who")),
#endif
#ifdef __NR_ioprio_set
SC(ioprio_set, A(IOPRIO_WHICH, "which"), A(INT, "who"),
	A(IOPRIO, "ioprio")),
#endif
#ifdef __NR_sched_setattr
SC(sched_setattr, A(PID, "pid"), A(SCHED_ATTR, "attr"), A(UINT, "flags")),
#endif
#ifdef __NR_sched_getattr
SC(sched_getattr, A(PID, "pid"), A(SCHED_ATTR_OUT, "attr"), A(UINT, "size"),
	A(UINT, "flags")),
#endif

/* ---- credentials (more) ------------------------------------------------- */
#ifdef __NR_setreuid
SC(setreuid, A(OLD_UID, "ruid"), A(OLD_UID, "euid")),
#endif
#ifdef __NR_setregid
SC(setregid, A(OLD_UID, "rgid"), A(OLD_UID, "egid")),
#endif
#ifdef __NR_setfsuid
SC(setfsuid, A(OLD_UID, "fsuid")),
#endif
#ifdef __NR_setfsgid
SC(setfsgid, A(OLD_UID, "fsgid")),
#endif
#ifdef __NR_setreuid32
SC(setreuid32, A(UID, "ruid"), A(UID, "euid")),
#endif
#ifdef __NR_setregid32
SC(setregid32, A(UID, "rgid"), A(UID, "egid")),
#endif
#ifdef __NR_setfsuid32
SC(setfsuid32, A(UID, "fsuid")),
#endif
#ifdef __NR_setfsgid32
SC(setfsgid32, A(UID, "fsgid")),
#endif
#ifdef __NR_capget
SC(capget, A(CAPHDR, "hdrp"), A(CAPDATA_OUT, "datap")),
#endif
#ifdef __NR_capset
SC(capset, A(CAPHDR, "hdrp"), A(CAPDATA, "datap")),
#endif

/* ---- signals and other processes (more) --------------------------------- */
#ifdef __NR_rt_sigpending
SC(rt_sigpending, A(SIGSET_OUT, "set"), A(SIZE, "sigsetsize")),
#endif
#ifdef __NR_rt_sigqueueinfo
SC(rt_sigqueueinfo, A(PID, "tgid"), A(SIGNAL, "sig"), A(PTR, "info")),
#endif
#ifdef __NR_rt_tgsigqueueinfo
SC(rt_tgsigqueueinfo, A(PID, "tgid"), A(PID, "tid"), A(SIGNAL, "sig"),
	A(PTR, "info")),
#endif
#ifdef __NR_pidfd_send_signal
SC(pidfd_send_signal, A(FD, "pidfd"), A(SIGNAL, "sig"), A(PTR, "info"),
	A(UINT, "flags")),
#endif
#ifdef __NR_pidfd_getfd
SC(pidfd_getfd, A(FD, "pidfd"), A(INT, "targetfd"), A(UINT, "flags")),
#endif
#ifdef __NR_process_vm_readv
SC(process_vm_readv, A(PID, "pid"), A(PTR, "local_iov"), A(SIZE, "liovcnt"),
	A(PTR, "remote_iov"), A(SIZE, "riovcnt"), A(UINT, "flags")),
#endif
#ifdef __NR_process_vm_writev
SC(process_vm_writev, A(PID, "pid"), A(PTR, "local_iov"), A(SIZE, "liovcnt"),
	A(PTR, "remote_iov"), A(SIZE, "riovcnt"), A(UINT, "flags")),
#endif
#ifdef __NR_kcmp
SC(kcmp, A(PID, "pid1"), A(PID, "pid2"), A(KCMP_TYPE, "type"),
	A(HEX, "idx1"), A(HEX, "idx2")),
#endif

/* ---- bpf, seccomp, keys, perf, kexec: what a security monitor watches --- */
#ifdef __NR_bpf
SC(bpf, A(BPF_CMD, "cmd"), AX(BPF_ATTR, 2, "attr"), A(UINT, "size")),
#endif
#ifdef __NR_seccomp
SC(seccomp, A(SECCOMP_OP, "op"), A(SECCOMP_FLAGS, "flags"), A(PTR, "args")),
#endif
/* keyctl: most operations take a key (or keyring) first (format.c) */
#ifdef __NR_keyctl
SC(keyctl, A(KEYCTL_OP, "op"), A(KEYCTL_ARG2, "arg2"), A(HEX, "arg3"),
	A(HEX, "arg4"), A(HEX, "arg5")),
#endif
#ifdef __NR_add_key
SC(add_key, A(STR, "type"), A(STR, "description"), AX(BUF_IN, 3, "payload"),
	A(SIZE, "plen"), A(KEY_SERIAL, "keyring")),
#endif
#ifdef __NR_request_key
SC(request_key, A(STR, "type"), A(STR, "description"),
	A(STR, "callout_info"), A(KEY_SERIAL, "dest_keyring")),
#endif
#ifdef __NR_perf_event_open
SC(perf_event_open, A(PERF_ATTR, "attr"), A(PID, "pid"), A(INT, "cpu"),
	A(FD, "group_fd"), A(PERF_FLAGS, "flags")),
#endif
#ifdef __NR_kexec_load
SC(kexec_load, A(HEX, "entry"), A(SIZE, "nr_segments"), A(PTR, "segments"),
	A(HEX, "flags")),
#endif
#ifdef __NR_kexec_file_load
SC(kexec_file_load, A(FD, "kernel_fd"), A(FD, "initrd_fd"),
	A(SIZE, "cmdline_len"), A(STR, "cmdline"), A(HEX, "flags")),
#endif
#ifdef __NR_userfaultfd
SC(userfaultfd, A(UFFD_FLAGS, "flags")),
#endif
#ifdef __NR_fanotify_init
SC(fanotify_init, A(FAN_INIT_FLAGS, "flags"), A(OPEN_FLAGS, "event_f_flags")),
#endif
#ifdef __NR_fanotify_mark
#ifdef MYSD_EABI_TABLE	/* the 64-bit mask in a register pair */
SC(fanotify_mark, A(FD, "fd"), A(FAN_MARK_FLAGS, "flags"),
	A(FAN_EVENTS, "mask_lo"), A(HEX, "mask_hi"), A(DIRFD, "dirfd"),
	A(PATH, "path")),
#else
SC(fanotify_mark, A(FD, "fd"), A(FAN_MARK_FLAGS, "flags"),
	A(FAN_EVENTS, "mask"), A(DIRFD, "dirfd"), A(PATH, "path")),
#endif
#endif

/* ---- io_uring ----------------------------------------------------------- */
#ifdef __NR_io_uring_setup
SC(io_uring_setup, A(UINT, "entries"), A(PTR, "params")),
#endif
#ifdef __NR_io_uring_enter
SC(io_uring_enter, A(FD, "fd"), A(UINT, "to_submit"), A(UINT, "min_complete"),
	A(IO_URING_ENTER_FLAGS, "flags"), A(PTR, "arg"), A(SIZE, "argsz")),
#endif
#ifdef __NR_io_uring_register
SC(io_uring_register, A(FD, "fd"), A(IO_URING_REGISTER_OP, "opcode"),
	A(PTR, "arg"), A(UINT, "nr_args")),
#endif

/* ---- POSIX message queues, and semtimedop ------------------------------- */
#ifdef __NR_mq_open
SC(mq_open, A(STR, "name"), A(OPEN_FLAGS, "oflag"), AX(OPEN_MODE, 1, "mode"),
	A(PTR, "attr")),
#endif
#ifdef __NR_mq_unlink
SC(mq_unlink, A(STR, "name")),
#endif
#ifdef __NR_mq_timedsend
SC(mq_timedsend, A(FD, "mqdes"), AX(BUF_IN, 2, "msg"), A(SIZE, "len"),
	A(UINT, "prio"), A(TIMESPEC, "timeout")),
#endif
#ifdef __NR_mq_timedsend_time64
SC(mq_timedsend_time64, A(FD, "mqdes"), AX(BUF_IN, 2, "msg"), A(SIZE, "len"),
	A(UINT, "prio"), A(TIMESPEC64, "timeout")),
#endif
#ifdef __NR_mq_timedreceive
SC(mq_timedreceive, A(FD, "mqdes"), AX(BUF_OUT, 2, "msg"), A(SIZE, "len"),
	A(PTR, "prio"), A(TIMESPEC, "timeout")),
#endif
#ifdef __NR_mq_timedreceive_time64
SC(mq_timedreceive_time64, A(FD, "mqdes"), AX(BUF_OUT, 2, "msg"), A(SIZE, "len"),
	A(PTR, "prio"), A(TIMESPEC64, "timeout")),
#endif
#ifdef __NR_mq_notify
SC(mq_notify, A(FD, "mqdes"), A(SIGEVENT, "sevp")),
#endif
#ifdef __NR_mq_getsetattr
SC(mq_getsetattr, A(FD, "mqdes"), A(PTR, "newattr"), A(PTR, "oldattr")),
#endif
#ifdef __NR_semtimedop
SC(semtimedop, A(INT, "semid"), AX(SEMBUF, 2, "sops"), A(UINT, "nsops"),
	A(TIMESPEC, "timeout")),
#endif
#ifdef __NR_semtimedop_time64
SC(semtimedop_time64, A(INT, "semid"), AX(SEMBUF, 2, "sops"), A(UINT, "nsops"),
	A(TIMESPEC64, "timeout")),
#endif

/* ---- 32-bit ARM's older calls ------------------------------------------- */
#ifdef __NR_link
SC(link, A(PATH, "oldpath"), A(PATH, "newpath")),
#endif
#ifdef __NR_symlink
SC(symlink, A(PATH, "target"), A(PATH, "linkpath")),
#endif
#ifdef __NR_chmod
SC(chmod, A(PATH, "path"), A(MODE, "mode")),
#endif
#ifdef __NR_chown32
SC(chown32, A(PATH, "path"), A(UID, "uid"), A(UID, "gid")),
#endif
#ifdef __NR_lchown32
SC(lchown32, A(PATH, "path"), A(UID, "uid"), A(UID, "gid")),
#endif
#ifdef __NR_fchown32
SC(fchown32, A(FD, "fd"), A(UID, "uid"), A(UID, "gid")),
#endif
#ifdef __NR_getpgrp
SC0(getpgrp),
#endif
#ifdef __NR_nice
SC(nice, A(INT, "inc")),
#endif
#ifdef __NR_eventfd
SC(eventfd, A(UINT, "initval")),
#endif
#ifdef __NR_inotify_init
SC0(inotify_init),
#endif
#ifdef __NR_signalfd
SC(signalfd, A(FD, "fd"), A(SIGSET, "mask"), A(SIZE, "sizemask")),
#endif
#ifdef __NR_utimes
SC(utimes, A(PATH, "path"), A(PTR, "times")),
#endif
#ifdef __NR_futimesat
SC(futimesat, A(DIRFD, "dirfd"), A(PATH, "path"), A(PTR, "times")),
#endif
#ifdef __NR_getdents
SC(getdents, A(FD, "fd"), A(PTR, "dirp"), A(SIZE, "count")),
#endif
/* the old calls' sigset is one 32-bit word: pointers only */
#ifdef __NR_sigpending
SC(sigpending, A(PTR, "set")),
#endif
#ifdef __NR_sigprocmask
SC(sigprocmask, A(SIGPROCMASK_HOW, "how"), A(PTR, "set"), A(PTR, "oldset")),
#endif
#ifdef __NR_sigaction
SC(sigaction, A(SIGNAL, "sig"), A(PTR, "act"), A(PTR, "oldact")),
#endif

/* ---- signals' waits and restarts ---------------------------------------- */
#ifdef __NR_rt_sigsuspend
SC(rt_sigsuspend, A(SIGSET, "mask"), A(SIZE, "sigsetsize")),
#endif
/* 32-bit ARM's sigsuspend: two unused words, then the mask by value */
#ifdef __NR_sigsuspend
SC(sigsuspend, A(HIDE, "unused1"), A(HIDE, "unused2"), A(HEX, "mask")),
#endif
#ifdef __NR_pause
SC0(pause),
#endif
#ifdef __NR_restart_syscall
SC0(restart_syscall),
#endif
#ifdef __NR__newselect	/* select(2) with a timeval, written back as ppoll's */
SC(_newselect, A(INT, "nfds"), AX(FDSET_OUT, 0, "readfds"),
	AX(FDSET_OUT, 0, "writefds"), AX(FDSET_OUT, 0, "exceptfds"),
	A(TIMEVAL_OUT, "left")),
#endif

/*
 * clocks: NTP's adjustments. The kernel writes the struct timex back (the
 * result is the clock's state, TIME_OK...): shown after res.
 */
#ifdef __NR_adjtimex
SC(adjtimex, A(TIMEX_OUT, "buf")),
#endif
#ifdef __NR_clock_adjtime
SC(clock_adjtime, A(CLOCK_ID, "clockid"), A(TIMEX_OUT, "buf")),
#endif
#ifdef __NR_clock_adjtime64
SC(clock_adjtime64, A(CLOCK_ID, "clockid"), A(TIMEX64_OUT, "buf")),
#endif

/* ---- asynchronous I/O (io_setup...): a context is a number -------------- */
#ifdef __NR_io_setup
SC(io_setup, A(UINT, "nr_events"), A(PTR, "ctx_idp")),
#endif
#ifdef __NR_io_destroy
SC(io_destroy, A(HEX, "ctx")),
#endif
#ifdef __NR_io_submit
SC(io_submit, A(HEX, "ctx"), A(LONG, "nr"), A(PTR, "iocbpp")),
#endif
#ifdef __NR_io_cancel
SC(io_cancel, A(HEX, "ctx"), A(PTR, "iocb"), A(PTR, "result")),
#endif
#ifdef __NR_io_getevents
SC(io_getevents, A(HEX, "ctx"), A(LONG, "min_nr"), A(LONG, "nr"),
	A(PTR, "events"), A(TIMESPEC, "timeout")),
#endif
#ifdef __NR_io_pgetevents
SC(io_pgetevents, A(HEX, "ctx"), A(LONG, "min_nr"), A(LONG, "nr"),
	A(PTR, "events"), A(TIMESPEC, "timeout"), A(PTR, "usig")),
#endif
#ifdef __NR_io_pgetevents_time64
SC(io_pgetevents_time64, A(HEX, "ctx"), A(LONG, "min_nr"), A(LONG, "nr"),
	A(PTR, "events"), A(TIMESPEC64, "timeout"), A(PTR, "usig")),
#endif

/* ---- files by handle, terminals, 16-bit ids (32-bit ARM) ---------------- */
#ifdef __NR_name_to_handle_at
SC(name_to_handle_at, A(DIRFD, "dirfd"), A(PATH, "path"), A(PTR, "handle"),
	A(PTR, "mount_id"), A(HANDLE_AT_FLAGS, "flags")),
#endif
#ifdef __NR_open_by_handle_at
SC(open_by_handle_at, A(FD, "mount_fd"), A(PTR, "handle"),
	A(OPEN_FLAGS, "flags")),
#endif
#ifdef __NR_vhangup
SC0(vhangup),
#endif
#ifdef __NR_chown
SC(chown, A(PATH, "path"), A(OLD_UID, "uid"), A(OLD_UID, "gid")),
#endif
#ifdef __NR_lchown
SC(lchown, A(PATH, "path"), A(OLD_UID, "uid"), A(OLD_UID, "gid")),
#endif
#ifdef __NR_ustat
SC(ustat, A(HEX, "dev"), A(PTR, "ubuf")),
#endif
#ifdef __NR_sysfs
SC(sysfs, A(INT, "option"), A(HEX, "arg1"), A(HEX, "arg2")),
#endif

/* ---- the new mount API (fsopen, fsconfig, fsmount, move_mount...) ------- */
#ifdef __NR_fsopen
SC(fsopen, A(STR, "fsname"), A(FSOPEN_FLAGS, "flags")),
#endif
#ifdef __NR_fsconfig
SC(fsconfig, A(FD, "fd"), A(FSCONFIG_CMD, "cmd"), A(STR, "key"),
	AX(FSCONFIG_VALUE, 1, "value"), A(INT, "aux")),
#endif
#ifdef __NR_fsmount
SC(fsmount, A(FD, "fd"), A(FSMOUNT_FLAGS, "flags"),
	A(MOUNT_ATTR_FLAGS, "attr_flags")),
#endif
#ifdef __NR_fspick
SC(fspick, A(DIRFD, "dirfd"), A(PATH, "path"), A(FSPICK_FLAGS, "flags")),
#endif
#ifdef __NR_open_tree
SC(open_tree, A(DIRFD, "dirfd"), A(PATH, "path"), A(OPEN_TREE_FLAGS, "flags")),
#endif
#ifdef __NR_move_mount
SC(move_mount, A(DIRFD, "from_dirfd"), A(PATH, "from_path"),
	A(DIRFD, "to_dirfd"), A(PATH, "to_path"), A(MOVE_MOUNT_FLAGS, "flags")),
#endif
#ifdef __NR_mount_setattr
SC(mount_setattr, A(DIRFD, "dirfd"), A(PATH, "path"), A(AT_FLAGS, "flags"),
	AX(MOUNT_ATTR, 4, "attr"), A(SIZE, "size")),
#endif

/* ---- quotas ------------------------------------------------------------- */
#ifdef __NR_quotactl
SC(quotactl, A(QUOTACTL_CMD, "cmd"), A(PATH, "special"), A(UID, "id"),
	A(PTR, "addr")),
#endif
#ifdef __NR_quotactl_fd
SC(quotactl_fd, A(FD, "fd"), A(QUOTACTL_CMD, "cmd"), A(UID, "id"),
	A(PTR, "addr")),
#endif

/* ---- memory policies (NUMA) and process memory --------------------------- */
#ifdef __NR_mbind
SC(mbind, A(PTR, "addr"), A(SIZE, "len"), A(MPOL_MODE, "mode"),
	A(PTR, "nodemask"), A(SIZE, "maxnode"), A(MPOL_MF_FLAGS, "flags")),
#endif
#ifdef __NR_set_mempolicy
SC(set_mempolicy, A(MPOL_MODE, "mode"), A(PTR, "nodemask"),
	A(SIZE, "maxnode")),
#endif
#ifdef __NR_get_mempolicy
SC(get_mempolicy, A(PTR, "mode"), A(PTR, "nodemask"), A(SIZE, "maxnode"),
	A(PTR, "addr"), A(GET_MEMPOLICY_FLAGS, "flags")),
#endif
#ifdef __NR_set_mempolicy_home_node
SC(set_mempolicy_home_node, A(PTR, "start"), A(SIZE, "len"),
	A(SIZE, "home_node"), A(HEX, "flags")),
#endif
#ifdef __NR_migrate_pages
SC(migrate_pages, A(PID, "pid"), A(SIZE, "maxnode"), A(PTR, "old_nodes"),
	A(PTR, "new_nodes")),
#endif
#ifdef __NR_move_pages
SC(move_pages, A(PID, "pid"), A(SIZE, "count"), A(PTR, "pages"),
	A(PTR, "nodes"), A(PTR, "status"), A(MPOL_MF_FLAGS, "flags")),
#endif
#ifdef __NR_process_madvise
SC(process_madvise, A(FD, "pidfd"), A(PTR, "iovec"), A(SIZE, "vlen"),
	A(MADVISE, "advice"), A(UINT, "flags")),
#endif
#ifdef __NR_process_mrelease
SC(process_mrelease, A(FD, "pidfd"), A(UINT, "flags")),
#endif

/* ---- sandboxes: Landlock, protection keys, secret memory; futexes, lists - */
#ifdef __NR_landlock_create_ruleset
SC(landlock_create_ruleset, AX(LANDLOCK_RULESET_ATTR, 1, "attr"), A(SIZE, "size"),
	A(LANDLOCK_CREATE_FLAGS, "flags")),
#endif
#ifdef __NR_landlock_add_rule
SC(landlock_add_rule, A(FD, "ruleset_fd"), A(LANDLOCK_RULE_TYPE, "rule_type"),
	AX(LANDLOCK_RULE_ATTR, 1, "rule_attr"), A(UINT, "flags")),
#endif
#ifdef __NR_landlock_restrict_self
SC(landlock_restrict_self, A(FD, "ruleset_fd"), A(UINT, "flags")),
#endif
#ifdef __NR_pkey_alloc
SC(pkey_alloc, A(UINT, "flags"), A(PKEY_ACCESS, "access_rights")),
#endif
#ifdef __NR_pkey_free
SC(pkey_free, A(INT, "pkey")),
#endif
#ifdef __NR_pkey_mprotect
SC(pkey_mprotect, A(PTR, "addr"), A(SIZE, "len"), A(PROT, "prot"),
	A(INT, "pkey")),
#endif
#ifdef __NR_memfd_secret
SC(memfd_secret, A(CLOEXEC_FLAGS, "flags")),
#endif
#ifdef __NR_futex_waitv	/* its timeout is a struct __kernel_timespec in both ABIs */
SC(futex_waitv, A(PTR, "waiters"), A(UINT, "nr_futexes"), A(UINT, "flags"),
	A(TIMESPEC64, "timeout"), A(CLOCK_ID, "clockid")),
#endif
#ifdef __NR_get_robust_list
SC(get_robust_list, A(PID, "pid"), A(PTR, "head_ptr"), A(PTR, "len_ptr")),
#endif

/*
 * ---- Linux 6.5 to 6.15's calls: the same numbers on every arch ----------
 * (asm-generic's, from 424 on), in both ABIs; no 64-bit value in a pair.
 */
#ifdef __NR_cachestat	/* the range read, the page cache's counts left */
SC(cachestat, A(FD, "fd"), A(CACHESTAT_RANGE, "cstat_range"),
	A(CACHESTAT_OUT, "cstat"), A(UINT, "flags")),
#endif
#ifdef __NR_fchmodat2
SC(fchmodat2, A(DIRFD, "dirfd"), A(PATH, "path"), A(MODE, "mode"),
	A(AT_FLAGS, "flags")),
#endif
#ifdef __NR_map_shadow_stack
SCR(map_shadow_stack, HEX, A(PTR, "addr"), A(SIZE, "len"),
	A(SHADOW_STACK_FLAGS, "flags")),
#endif
/* futex2: a struct __kernel_timespec in both ABIs; waiters: futex_waitv[2] */
#ifdef __NR_futex_wake
SC(futex_wake, A(PTR, "uaddr"), A(FUTEX_BITSET, "mask"), A(INT, "nr"),
	A(FUTEX2_FLAGS, "flags")),
#endif
#ifdef __NR_futex_wait
SC(futex_wait, A(PTR, "uaddr"), A(SIZE, "val"), A(FUTEX_BITSET, "mask"),
	A(FUTEX2_FLAGS, "flags"), A(TIMESPEC64, "timeout"),
	A(CLOCK_ID, "clockid")),
#endif
#ifdef __NR_futex_requeue
SC(futex_requeue, A(PTR, "waiters"), A(UINT, "flags"), A(INT, "nr_wake"),
	A(INT, "nr_requeue")),
#endif
/* statmount's struct mnt_id_req grows by version: pointers */
#ifdef __NR_statmount
SC(statmount, A(PTR, "req"), A(PTR, "buf"), A(SIZE, "bufsize"),
	A(UINT, "flags")),
#endif
#ifdef __NR_listmount
SC(listmount, A(PTR, "req"), A(PTR, "mnt_ids"), A(SIZE, "nr_mnt_ids"),
	A(LISTMOUNT_FLAGS, "flags")),
#endif
/* the LSM calls: their contexts and sizes are pointers */
#ifdef __NR_lsm_get_self_attr
SC(lsm_get_self_attr, A(LSM_ATTR, "attr"), A(PTR, "ctx"), A(PTR, "size"),
	A(LSM_FLAGS, "flags")),
#endif
#ifdef __NR_lsm_set_self_attr
SC(lsm_set_self_attr, A(LSM_ATTR, "attr"), A(PTR, "ctx"), A(UINT, "size"),
	A(LSM_FLAGS, "flags")),
#endif
#ifdef __NR_lsm_list_modules
SC(lsm_list_modules, A(PTR, "ids"), A(PTR, "size"), A(UINT, "flags")),
#endif
#ifdef __NR_mseal
SC(mseal, A(PTR, "addr"), A(SIZE, "len"), A(UINT, "flags")),
#endif
/* the *xattrat calls (6.13): set/get take a struct xattr_args */
#ifdef __NR_setxattrat
SC(setxattrat, A(DIRFD, "dirfd"), A(PATH, "path"), A(AT_FLAGS, "at_flags"),
	A(STR, "name"), A(PTR, "args"), A(SIZE, "size")),
#endif
#ifdef __NR_getxattrat
SC(getxattrat, A(DIRFD, "dirfd"), A(PATH, "path"), A(AT_FLAGS, "at_flags"),
	A(STR, "name"), A(PTR, "args"), A(SIZE, "size")),
#endif
#ifdef __NR_listxattrat
SC(listxattrat, A(DIRFD, "dirfd"), A(PATH, "path"), A(AT_FLAGS, "at_flags"),
	AX(BUF_OUT, 4, "list"), A(SIZE, "size")),
#endif
#ifdef __NR_removexattrat
SC(removexattrat, A(DIRFD, "dirfd"), A(PATH, "path"), A(AT_FLAGS, "at_flags"),
	A(STR, "name")),
#endif
#ifdef __NR_open_tree_attr	/* 6.15: open_tree, then mount_setattr's attr */
SC(open_tree_attr, A(DIRFD, "dirfd"), A(PATH, "path"),
	A(OPEN_TREE_FLAGS, "flags"), AX(MOUNT_ATTR, 4, "attr"), A(SIZE, "size")),
#endif
