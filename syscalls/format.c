// SPDX-License-Identifier: GPL-2.0
/*
 * format.c - one binary event in, one record line out: the line's head,
 * its arguments (numbers, flags, names) and result. The user memory the
 * probe captured (strings, structs, arrays) is printed by format_capture.c.
 *
 * RECORD GRAMMAR (one line per event, fields separated by ", "):
 *
 *   line     = syscall / lost / unwritten
 *   syscall  = "ts=" TS ", " [ "abi=compat, " ] "comm=" QSTR ", tid=" DEC
 *              ", pid=" DEC ", " NAME { ", " KEY "=" VALUE }   (input args)
 *              ", res=" RES { ", " KEY "=" VALUE }              (output args)
 *   lost     = "ts=" TS ", my_sysdig: lost=" DEC ", cpu=" DEC ", since=" TS
 *   unwritten = "ts=" TS ", my_sysdig: unwritten=" DEC ", error=" DEC
 *              [ " " ERRNO ]
 *   TS       = seconds "." 9-digit nanoseconds (monotonic, or realtime
 *              with clock=realtime)
 *   NAME     = syscall name from the kernel headers, or "syscall_" DEC
 *   RES      = DEC [ " " ERRNO ]   for -4095..-1, e.g. "-9 EBADF",
 *                                  "-512 ERESTARTSYS"
 *            | "0x" HEX            for address results (mmap, brk, mremap)
 *            | "0x" HEX [ " " WHAT ]  personality's, and its persona
 *            | DEC [ " " WHAT ]    otherwise; WHAT, what a few calls'
 *                                  values mean: fcntl's flags, a signal,
 *                                  IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)
 *            | "?"                 the syscall does not return (exit, exit_group)
 *   WHAT     = an upper-case name or names joined by "|" (a hex rest may
 *              follow), maybe with "(...)" after it
 *
 * Without a decoder the arguments are the six raw registers:
 *   "args=(0x1, 0x2, 0x0, 0x0, 0x0, 0x0)".
 * Output arguments (read data, accept's peer, getcwd's path, pipe2's fds,
 * fstat's struct) follow res and are printed only when res >= 0.
 *
 * VALUE forms:
 *   decimal          fds, sizes, counts, pids      fd=3, size=4096
 *   AT_FDCWD         a dirfd of AT_FDCWD
 *   octal            modes                         mode=0644
 *   0x-hex / NULL    pointers, raw words, ioctl requests
 *   FLAG|FLAG|0xN    flag sets; unknown bits as one hex rest; zero as 0 or
 *                    the zero name (O_RDONLY, PROT_NONE, F_OK)
 *   NAME or decimal  enumerations (SEEK_SET, SIGTERM, AF_INET, FUTEX_WAIT)
 *   "..."            captured strings and data, escaped by name (\n, \t,
 *                    \r, \v, \f, \", \\), other bytes < 0x20 or >= 0x7f as
 *                    \xNN, so a line never contains a raw newline; a truncated
 *                    capture is followed by ... ("abc"...)
 *   0x1234<fault>    a pointer the probe could not read
 *   sockaddr         1.2.3.4:80 | [::1]:80 | unix:"/path" | unix:@"abstract"
 *                    | {family=AF_NETLINK} | {family=42}
 *   [a, b]           arrays (argv, pipe fds, poll fds); {k=v, ...} structs
 *
 * A line longer than the buffer is cut where it stops fitting (inside a
 * string too) and ends in "...\n"; every line, cut or not, holds exactly
 * one '\n', at its end.
 */
#include "format_internal.h"

#ifndef IPC_64		/* the kernel's; libcs keep it to themselves */
#define IPC_64 0x0100
#endif

/* ---- one argument's value: numbers, flags, names ----------------------- */

/* A 32-bit value by its set: an enumeration's name (else decimal), or flags. */
static void print_by_set(struct mysd_out *o, const struct mysd_flagset *set,
			 u32 v)
{
	if (set->is_enum)
		mysd_enum(o, set, v, (s32)v);
	else
		mysd_flags(o, set, v);
}

/*
 * The names of the value fcntl command @cmd sets (its argument) or gets
 * (its result), or NULL for a number, a descriptor or a pointer.
 */
static const struct mysd_flagset *fcntl_value_set(u32 cmd)
{
	switch (cmd) {
	case F_SETFL:
	case F_GETFL:
		return &mysd_open_flags;
	case F_SETFD:
	case F_GETFD:
		return &mysd_fd_flags;
	case F_NOTIFY:
		return &mysd_dn_flags;
	case F_ADD_SEALS:
	case F_GET_SEALS:
		return &mysd_seal_flags;
	case F_SETLEASE:
	case F_GETLEASE:
		return &mysd_flock_type;
	case F_SETSIG:	/* 0: SIGIO, the default */
	case F_GETSIG:
		return &mysd_signals;
	default:
		return NULL;
	}
}

/* fcntl's third argument (@i), as its command @cmd reads it. */
static void print_fcntl_arg(struct mysd_out *o, const struct mysd_event *ev,
			    unsigned int i, u32 cmd)
{
	const struct mysd_flagset *set = fcntl_value_set(cmd);

	if (set) {
		print_by_set(o, set, (u32)ev->args[i]);
		return;
	}
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
	case F_SETOWN:
	case F_SETPIPE_SZ:
		mysd_dec(o, arg_int(ev, i));
		break;
	default:
		mysd_ptr(o, arg_ulong(ev, i));
	}
}

/* Commands whose third argument is unused. */
static bool fcntl_has_arg(u32 cmd)
{
	switch (cmd) {
	case F_GETFD:
	case F_GETFL:
	case F_GETOWN:
	case F_GETSIG:
	case F_GETLEASE:
	case F_GETPIPE_SZ:
	case F_GET_SEALS:
		return false;
	default:
		return true;
	}
}

/* " NAME" after a result that an enumeration names; nothing if none does. */
static inline void print_ret_enum(struct mysd_out *o,
				  const struct mysd_flagset *set, s64 ret)
{
	const char *name = mysd_enum_name(set, ret);

	if (name)
		mysd_suffix(o, name);
}

/*
 * " NAME|NAME|0xrest" after a result, made aside and written whole: a
 * value no entry names (F_GETFD's unknown bits, an access mode of 3) gets
 * none, its hex rest would only repeat the number (and RES is DEC [" "
 * NAME]). For fcntl's and prctl's getters.
 */
static noinline void print_ret_flags(struct mysd_out *o,
					   const struct mysd_flagset *set,
					   s64 ret)
{
	char tmp[256];	/* every open flag's name and a 64-bit hex rest */
	struct mysd_out t;

	mysd_out_init(&t, tmp, sizeof(tmp));
	t.memo = o->memo;
	mysd_out_char(&t, ' ');
	mysd_flags(&t, set, ret);
	if (!t.overflow && tmp[1] != '0')
		mysd_out_write(o, tmp, t.len);
}

/*
 * After the result of a command that gets a value (no argument), what it
 * means: "res=2050 O_RDWR|O_NONBLOCK" for F_GETFL. A 0 is named only
 * where it is a name (O_RDONLY, F_RDLCK), and a value without a name (a
 * real-time signal) stays a number.
 */
static void print_fcntl_ret(struct mysd_out *o, u32 cmd, s64 ret)
{
	const struct mysd_flagset *set;

	if (fcntl_has_arg(cmd))
		return;		/* a setter: its result is 0 or a number */
	set = fcntl_value_set(cmd);
	if (!set)
		return;
	if (set->is_enum) {
		print_ret_enum(o, set, ret);
		return;
	}
	if (!ret && set != &mysd_open_flags)
		return;		/* only the access mode names a 0 */
	print_ret_flags(o, set, ret);
}

/*
 * The flag or enum set of each symbolic kind (the set says which); kinds
 * with a printer of their own (clone flags, fcntl's argument) are not here.
 */
static const struct mysd_flagset *const kind_sets[MYSD_K_COUNT] = {
	[MYSD_K_OPEN_FLAGS] = &mysd_open_flags,
	[MYSD_K_AT_FLAGS] = &mysd_at_flags,
	[MYSD_K_HANDLE_AT_FLAGS] = &mysd_handle_at_flags,
	[MYSD_K_ACCESSAT_FLAGS] = &mysd_accessat_flags,
	[MYSD_K_ACCESS_MODE] = &mysd_access_mode,
	[MYSD_K_PROT] = &mysd_prot,
	[MYSD_K_MREMAP_FLAGS] = &mysd_mremap_flags,
	[MYSD_K_MADVISE] = &mysd_madvise,
	[MYSD_K_SOCK_FAMILY] = &mysd_sock_family,
	[MYSD_K_SOCK_TYPE] = &mysd_sock_type,
	[MYSD_K_SOCK_FLAGS] = &mysd_sock_flags,
	[MYSD_K_MSG_FLAGS] = &mysd_msg_flags,
	[MYSD_K_SOL] = &mysd_sol,
	[MYSD_K_SHUT_HOW] = &mysd_shut_how,
	[MYSD_K_WHENCE] = &mysd_whence,
	[MYSD_K_FUTEX_OP] = &mysd_futex_op,
	[MYSD_K_EPOLL_CTL] = &mysd_epoll_ctl,
	[MYSD_K_SIGNAL] = &mysd_signals,
	[MYSD_K_SIGPROCMASK_HOW] = &mysd_sigprocmask_how,
	[MYSD_K_FCNTL_CMD] = &mysd_fcntl_cmd,
	[MYSD_K_PRCTL_OPTION] = &mysd_prctl_option,
	[MYSD_K_CLOCK_ID] = &mysd_clock_id,
	[MYSD_K_TIMER_FLAGS] = &mysd_timer_flags,
	[MYSD_K_WAIT_OPTIONS] = &mysd_wait_options,
	[MYSD_K_RLIMIT] = &mysd_rlimit,
	[MYSD_K_GRND_FLAGS] = &mysd_grnd_flags,
	[MYSD_K_MFD_FLAGS] = &mysd_mfd_flags,
	[MYSD_K_EFD_FLAGS] = &mysd_efd_flags,
	[MYSD_K_PIDFD_FLAGS] = &mysd_pidfd_flags,
	[MYSD_K_EPOLL_FLAGS] = &mysd_epoll_flags,
	[MYSD_K_RENAME_FLAGS] = &mysd_rename_flags,
	[MYSD_K_RWF_FLAGS] = &mysd_rwf_flags,
	[MYSD_K_FLOCK_OP] = &mysd_flock_op,
	[MYSD_K_PRIO_WHICH] = &mysd_prio_which,
	[MYSD_K_RUSAGE_WHO] = &mysd_rusage_who,
	[MYSD_K_INOTIFY_INIT_FLAGS] = &mysd_inotify_init_flags,
	[MYSD_K_INOTIFY_MASK] = &mysd_inotify_mask,
	[MYSD_K_MOUNT_FLAGS] = &mysd_mount_flags,
	[MYSD_K_UMOUNT_FLAGS] = &mysd_umount_flags,
	[MYSD_K_CLOSE_RANGE_FLAGS] = &mysd_close_range_flags,
	[MYSD_K_TFD_FLAGS] = &mysd_tfd_flags,
	[MYSD_K_TFD_SETTIME_FLAGS] = &mysd_tfd_settime_flags,
	[MYSD_K_SFD_FLAGS] = &mysd_sfd_flags,
	[MYSD_K_WAITID_WHICH] = &mysd_waitid_which,
	[MYSD_K_FALLOC_MODE] = &mysd_falloc_mode,
	[MYSD_K_ITIMER_WHICH] = &mysd_itimer_which,
	[MYSD_K_MSG_IPC_FLAGS] = &mysd_msg_ipc_flags,
	[MYSD_K_SHMAT_FLAGS] = &mysd_shmat_flags,
	[MYSD_K_PTRACE_REQUEST] = &mysd_ptrace_request,
	[MYSD_K_DELETE_MODULE_FLAGS] = &mysd_delete_module_flags,
	[MYSD_K_FINIT_MODULE_FLAGS] = &mysd_finit_module_flags,
	[MYSD_K_XATTR_FLAGS] = &mysd_xattr_flags,
	[MYSD_K_SPLICE_FLAGS] = &mysd_splice_flags,
	[MYSD_K_SYNC_FILE_RANGE_FLAGS] = &mysd_sync_file_range_flags,
	[MYSD_K_FADVISE] = &mysd_fadvise,
	[MYSD_K_SWAP_FLAGS] = &mysd_swap_flags,
	[MYSD_K_MSYNC_FLAGS] = &mysd_msync_flags,
	[MYSD_K_MLOCK_FLAGS] = &mysd_mlock_flags,
	[MYSD_K_MLOCKALL_FLAGS] = &mysd_mlockall_flags,
	[MYSD_K_MEMBARRIER_CMD] = &mysd_membarrier_cmd,
	[MYSD_K_REBOOT_CMD] = &mysd_reboot_cmd,
	[MYSD_K_SYSLOG_ACTION] = &mysd_syslog_action,
	[MYSD_K_IOPRIO_WHICH] = &mysd_ioprio_which,
	[MYSD_K_KCMP_TYPE] = &mysd_kcmp_type,
	[MYSD_K_BPF_CMD] = &mysd_bpf_cmd,
	[MYSD_K_SECCOMP_OP] = &mysd_seccomp_op,
	[MYSD_K_SECCOMP_FLAGS] = &mysd_seccomp_flags,
	[MYSD_K_KEYCTL_OP] = &mysd_keyctl_op,
	[MYSD_K_KEY_SERIAL] = &mysd_key_spec,
	[MYSD_K_PERF_FLAGS] = &mysd_perf_flags,
	[MYSD_K_IO_URING_ENTER_FLAGS] = &mysd_io_uring_enter_flags,
	[MYSD_K_IO_URING_REGISTER_OP] = &mysd_io_uring_register_op,
	[MYSD_K_FAN_INIT_FLAGS] = &mysd_fan_init_flags,
	[MYSD_K_FAN_MARK_FLAGS] = &mysd_fan_mark_flags,
	[MYSD_K_FAN_EVENTS] = &mysd_fan_events,
	[MYSD_K_UFFD_FLAGS] = &mysd_uffd_flags,
	[MYSD_K_OPEN_TREE_FLAGS] = &mysd_open_tree_flags,
	[MYSD_K_MOVE_MOUNT_FLAGS] = &mysd_move_mount_flags,
	[MYSD_K_FSOPEN_FLAGS] = &mysd_fsopen_flags,
	[MYSD_K_FSMOUNT_FLAGS] = &mysd_fsmount_flags,
	[MYSD_K_FSPICK_FLAGS] = &mysd_fspick_flags,
	[MYSD_K_FSCONFIG_CMD] = &mysd_fsconfig_cmd,
	[MYSD_K_MOUNT_ATTR_FLAGS] = &mysd_mount_attr_flags,
	[MYSD_K_MPOL_MF_FLAGS] = &mysd_mpol_mf_flags,
	[MYSD_K_GET_MEMPOLICY_FLAGS] = &mysd_get_mempolicy_flags,
	[MYSD_K_LANDLOCK_CREATE_FLAGS] = &mysd_landlock_create_flags,
	[MYSD_K_LANDLOCK_RULE_TYPE] = &mysd_landlock_rule_type,
	[MYSD_K_PKEY_ACCESS] = &mysd_pkey_access,
	[MYSD_K_CLOEXEC_FLAGS] = &mysd_cloexec_flags,
	[MYSD_K_PIPE_FLAGS] = &mysd_pipe_flags,
	[MYSD_K_NS_FLAGS] = &mysd_clone_flags,
	[MYSD_K_STATX_MASK] = &mysd_statx_mask,
	[MYSD_K_FUTEX2_FLAGS] = &mysd_futex2_flags,
	[MYSD_K_SHADOW_STACK_FLAGS] = &mysd_shadow_stack_flags,
	[MYSD_K_LISTMOUNT_FLAGS] = &mysd_listmount_flags,
	[MYSD_K_LSM_ATTR] = &mysd_lsm_attr,
	[MYSD_K_LSM_FLAGS] = &mysd_lsm_flags,
};

/*
 * mmap's flags, then a huge page's size (its log2, bits 26 to 31), as
 * strace: MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT.
 */
#define MYSD_MAP_HUGE_SHIFT	26	/* the ABI's MAP_HUGE_SHIFT */
#define MYSD_MAP_HUGE_BITS	(0x3fU << MYSD_MAP_HUGE_SHIFT)
static void print_map_flags(struct mysd_out *o, u32 v)
{
	if (likely(!(v & MYSD_MAP_HUGE_BITS))) {
		mysd_flags(o, &mysd_map_flags, v);
		return;
	}
	if (v & ~MYSD_MAP_HUGE_BITS) {
		mysd_flags(o, &mysd_map_flags, v & ~MYSD_MAP_HUGE_BITS);
		mysd_bar(o);
	}
	mysd_udec(o, v >> MYSD_MAP_HUGE_SHIFT);
	mysd_out_puts(o, "<<MAP_HUGE_SHIFT");
}

/* msgget's, semget's and shmget's flags, then the mode: IPC_CREAT|0600. */
static void print_ipc_get_flags(struct mysd_out *o,
				const struct mysd_flagset *set, u32 v)
{
	if (v & ~0777U) {
		mysd_flags(o, set, v & ~0777U);
		if (!(v & 0777))
			return;
		mysd_bar(o);
	}
	mysd_oct(o, v & 0777);
}

/* An IPC command, after IPC_64 (32-bit libcs ask for the 64-bit structs). */
static void print_ipc_cmd(struct mysd_out *o, const struct mysd_flagset *set,
			  u32 v)
{
	if (v & IPC_64) {
		mysd_out_puts(o, "IPC_64");
		mysd_bar(o);
	}
	mysd_enum(o, set, v & ~IPC_64, (s32)(v & ~IPC_64));
}

/* quotactl's command and quota type: QCMD(Q_GETQUOTA, USRQUOTA), as strace. */
static void print_quotactl_cmd(struct mysd_out *o, u32 v)
{
	mysd_out_puts(o, "QCMD(");
	mysd_print_name_or_hex(o, &mysd_quota_cmd, v >> SUBCMDSHIFT);
	mysd_out_puts(o, ", ");
	mysd_enum(o, &mysd_quota_type, v & SUBCMDMASK, v & SUBCMDMASK);
	mysd_out_char(o, ')');
}

/*
 * An I/O priority, its class and data (the ABI's 13 bits), as strace:
 * IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4).
 */
#define MYSD_IOPRIO_CLASS_SHIFT	13
static void print_ioprio(struct mysd_out *o, u32 v)
{
	mysd_out_puts(o, "IOPRIO_PRIO_VALUE(");
	mysd_print_name_or_hex(o, &mysd_ioprio_class,
			       v >> MYSD_IOPRIO_CLASS_SHIFT);
	mysd_out_puts(o, ", ");
	mysd_udec(o, v & ((1U << MYSD_IOPRIO_CLASS_SHIFT) - 1));
	mysd_out_char(o, ')');
}

/*
 * A persona, as strace: its type (the low byte), then its flags, as
 * PER_LINUX32|ADDR_NO_RANDOMIZE; 0xffffffff, the query, as a number.
 */
#define MYSD_PER_MASK	0xff
#define MYSD_PER_QUERY	0xffffffff	/* asks for the persona, sets none */
static void print_personality(struct mysd_out *o, u32 v)
{
	if (v == MYSD_PER_QUERY) {
		mysd_hex(o, v);
		return;
	}
	mysd_print_name_or_hex(o, &mysd_personality_type, v & MYSD_PER_MASK);
	if (v & ~MYSD_PER_MASK) {
		mysd_bar(o);
		mysd_flags(o, &mysd_personality_flags, v & ~MYSD_PER_MASK);
	}
}

/*
 * A memory policy's mode, then its mode flags (bits 13 to 15, whatever
 * the kernel's MPOL_MODE_FLAGS names): MPOL_BIND|MPOL_F_STATIC_NODES.
 */
#define MYSD_MPOL_FLAG_BITS	(7U << 13)
static void print_mpol_mode(struct mysd_out *o, u32 v)
{
	u32 mode = v & ~MYSD_MPOL_FLAG_BITS;

	mysd_enum(o, &mysd_mpol_mode, mode, (s32)mode);
	if (v & MYSD_MPOL_FLAG_BITS) {
		mysd_bar(o);
		mysd_flags(o, &mysd_mpol_mode_flags, v & MYSD_MPOL_FLAG_BITS);
	}
}

/*
 * fsconfig's value: a string for these commands, else a pointer or NULL.
 * Its capture is printed as a STR's, keeping mysd_print_capture()'s switch to
 * the kinds below the symbolic ones (a jump table the server's lines use).
 */
static bool print_fsconfig_value(struct mysd_out *o,
				 const struct mysd_event *ev, u32 cmd,
				 unsigned int i)
{
	static const struct mysd_arg as_str = { .kind = MYSD_K_STR };

	if (cmd != FSCONFIG_SET_STRING && cmd != FSCONFIG_SET_PATH &&
	    cmd != FSCONFIG_SET_PATH_EMPTY)
		return false;
	return mysd_print_capture(o, ev, &as_str, i);
}

/*
 * keyctl's second argument is a key for most operations: a special
 * keyring by name, else its serial. A few take a name, a uid or a buffer.
 */
static void print_keyctl_arg2(struct mysd_out *o, u32 op, unsigned long v)
{
	switch (op) {
	case KEYCTL_JOIN_SESSION_KEYRING:
	case KEYCTL_DH_COMPUTE:
	case KEYCTL_CAPABILITIES:
#ifdef KEYCTL_PKEY_ENCRYPT	/* their struct keyctl_pkey_params */
	case KEYCTL_PKEY_ENCRYPT:
	case KEYCTL_PKEY_DECRYPT:
	case KEYCTL_PKEY_SIGN:
	case KEYCTL_PKEY_VERIFY:
#endif
		mysd_ptr(o, v);
		return;
	case KEYCTL_GET_PERSISTENT:
		mysd_print_uid(o, (u32)v);
		return;
	case KEYCTL_SET_REQKEY_KEYRING:
		mysd_enum(o, &mysd_reqkey_defl, (u32)v, (s32)v);
		return;
	default:
		mysd_enum(o, &mysd_key_spec, (u32)v, (s32)v);
	}
}

/*
 * How many of prctl's arguments after the option the option reads, as
 * strace prints them: the others are left out. All four for the options
 * strace does not decode.
 */
static unsigned int prctl_nargs(const struct mysd_event *ev)
{
	switch ((u32)ev->args[0]) {
	case PR_GET_KEEPCAPS:
	case PR_GET_SECCOMP:
	case PR_GET_TIMERSLACK:
	case PR_GET_TIMING:
	case PR_GET_DUMPABLE:
	case PR_GET_SECUREBITS:
	case PR_GET_FP_MODE:
	case PR_TASK_PERF_EVENTS_DISABLE:
	case PR_TASK_PERF_EVENTS_ENABLE:
#ifdef PR_SVE_GET_VL
	case PR_SVE_GET_VL:
#endif
#ifdef PR_SME_GET_VL
	case PR_SME_GET_VL:
#endif
		return 0;
	case PR_GET_CHILD_SUBREAPER:
	case PR_GET_ENDIAN:
	case PR_GET_FPEMU:
	case PR_GET_FPEXC:
	case PR_GET_NAME:
	case PR_GET_PDEATHSIG:
	case PR_GET_TID_ADDRESS:
	case PR_GET_TSC:
	case PR_GET_UNALIGN:
	case PR_GET_SPECULATION_CTRL:
	case PR_SET_CHILD_SUBREAPER:
	case PR_SET_ENDIAN:
	case PR_SET_FPEMU:
	case PR_SET_FPEXC:
	case PR_SET_KEEPCAPS:
	case PR_SET_TIMING:
	case PR_SET_DUMPABLE:
	case PR_CAPBSET_DROP:
	case PR_CAPBSET_READ:
	case PR_SET_NAME:
	case PR_SET_PDEATHSIG:
	case PR_SET_PTRACER:
	case PR_SET_SECUREBITS:
	case PR_SET_TIMERSLACK:
	case PR_SET_TSC:
	case PR_SET_UNALIGN:
	case PR_SET_FP_MODE:
#ifdef PR_SVE_SET_VL
	case PR_SVE_SET_VL:
#endif
#ifdef PR_SME_SET_VL
	case PR_SME_SET_VL:
#endif
		return 1;
	case PR_SET_SPECULATION_CTRL:
		return 2;
	case PR_SET_SECCOMP:	/* STRICT takes nothing more, FILTER its program */
		if (ev->args[1] == MYSD_SECCOMP_MODE_STRICT)
			return 1;
		return ev->args[1] == MYSD_SECCOMP_MODE_FILTER ? 2 : 4;
	default:
		return 4;
	}
}

/*
 * prctl's arg2 is a task name for PR_SET_NAME, and for PR_GET_NAME once it
 * succeeded; for other options a number (its capture, if any, unused).
 */
static bool prctl_arg2_is_name(const struct mysd_event *ev)
{
	u32 option = (u32)ev->args[0];

	return option == PR_SET_NAME ||
	       (option == PR_GET_NAME && event_ret(ev) >= 0);
}

/*
 * prctl's arg2 (argument @i) as strace prints it for the option: a task
 * name, a signal, a capability, names, a number; else in hex (among them
 * the pointers the PR_GET_ options write through).
 */
static void print_prctl_arg2(struct mysd_out *o, const struct mysd_event *ev,
			     const struct mysd_arg *a, unsigned int i)
{
	u64 v = arg_ulong(ev, i);
	const char *name;

	switch ((u32)ev->args[0]) {
	case PR_SET_NAME:
	case PR_GET_NAME:
		if (prctl_arg2_is_name(ev) && mysd_print_capture(o, ev, a, i))
			return;
		break;
	case PR_SET_PDEATHSIG:
		mysd_enum(o, &mysd_signals, v, (s64)v);
		return;
	case PR_CAPBSET_READ:
	case PR_CAPBSET_DROP:
		name = v < 64 ? mysd_enum_name(&mysd_cap_bits, 1ULL << v) : NULL;
		if (name)
			mysd_out_puts(o, name);
		else
			mysd_udec(o, v);
		return;
	case PR_SET_DUMPABLE:
		mysd_enum(o, &mysd_pr_dumpable, v, (s64)v);
		return;
	case PR_SET_SECCOMP:
		mysd_enum(o, &mysd_seccomp_mode, v, (s64)v);
		return;
	case PR_SET_SECUREBITS:
		mysd_flags(o, &mysd_secbits, v);
		return;
	case PR_SET_PTRACER:	/* a pid, or any process */
		if ((s32)v == -1)
			mysd_out_puts(o, "PR_SET_PTRACER_ANY");
		else
			mysd_dec(o, (s32)v);
		return;
	case PR_SET_TIMERSLACK:
		mysd_dec(o, arg_long(ev, i));
		return;
	case PR_SET_CHILD_SUBREAPER:
	case PR_SET_ENDIAN:
	case PR_SET_FPEMU:
	case PR_SET_FPEXC:
	case PR_SET_KEEPCAPS:
	case PR_SET_TIMING:
	case PR_SET_NO_NEW_PRIVS:
	case PR_SET_THP_DISABLE:
	case PR_SET_IO_FLUSHER:
		mysd_udec(o, v);
		return;
	}
	mysd_hex(o, v);
}

/* What futex's fourth argument @a is for, by the op it reads (args[aux]). */
static __always_inline unsigned int futex_arg4_use(const struct mysd_event *ev,
				   const struct mysd_arg *a)
{
	return mysd_futex_arg4((u32)ev->args[a->aux % MYSD_MAX_ARGS]);
}

/* A number in hex, as strace's %#x: 0 without its 0x. */
void mysd_print_hex_or_0(struct mysd_out *o, u64 v)
{
	if (v)
		mysd_hex(o, v);
	else
		mysd_out_puts(o, "0");
}

/*
 * mknod's device, as the kernel's new_decode_dev() splits its 32 bits:
 * makedev(0x1, 0x3), as strace.
 */
static void print_dev(struct mysd_out *o, u32 dev)
{
	mysd_out_puts(o, "makedev(");
	mysd_print_hex_or_0(o, (dev & 0xfff00) >> 8);
	mysd_out_puts(o, ", ");
	mysd_print_hex_or_0(o, (dev & 0xff) | ((dev >> 12) & 0xfff00));
	mysd_out_char(o, ')');
}

/* Whether mknod's @mode makes a device: strace leaves dev out otherwise. */
static bool mode_is_dev(u32 mode)
{
	return (mode & S_IFMT) == S_IFCHR || (mode & S_IFMT) == S_IFBLK;
}

/*
 * FUTEX_WAKE_OP's val3, as strace decodes it: the operation on *uaddr2
 * and its argument, the comparison of the old value and its argument,
 * each shifted into its place: FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1.
 */
static void print_futex_wake_op(struct mysd_out *o, u32 v)
{
	if ((v >> 28) & FUTEX_OP_OPARG_SHIFT)
		mysd_out_puts(o, "FUTEX_OP_OPARG_SHIFT<<28|");
	mysd_print_name_or_hex(o, &mysd_futex_wake_op, (v >> 28) & 7);
	mysd_out_puts(o, "<<28|");
	mysd_print_hex_or_0(o, (v >> 12) & 0xfff);
	mysd_out_puts(o, "<<12|");
	mysd_print_name_or_hex(o, &mysd_futex_wake_cmp, (v >> 24) & 0xf);
	mysd_out_puts(o, "<<24|");
	mysd_print_hex_or_0(o, v & 0xfff);
}

/* A futex's bitset (futex_wake's and futex_wait's mask: a long) */
static void print_futex_bitset(struct mysd_out *o, u64 v)
{
	if (v == FUTEX_BITSET_MATCH_ANY)
		mysd_out_puts(o, "FUTEX_BITSET_MATCH_ANY");
	else
		mysd_hex(o, v);
}

/*
 * futex's val3 as its op @op reads it: a bitset, FUTEX_WAKE_OP's operation,
 * else a number.
 */
static void print_futex_val3(struct mysd_out *o, u32 op, u32 v)
{
	switch (op & FUTEX_CMD_MASK) {
	case FUTEX_WAIT_BITSET:
	case FUTEX_WAKE_BITSET:
		print_futex_bitset(o, v);
		return;
	case FUTEX_WAKE_OP:
		print_futex_wake_op(o, v);
		return;
	default:
		mysd_udec(o, v);
	}
}

/*
 * futex's fourth argument: a timeout (its capture, made for the ops that
 * wait with one: mysd_futex_arg4()), else its pointer; a count for the ops
 * that take val2 (print_key_arg() names it so).
 */
static void print_futex_arg4(struct mysd_out *o, const struct mysd_event *ev,
			     const struct mysd_arg *a, unsigned int i)
{
	static const struct mysd_arg ts = { .kind = MYSD_K_TIMESPEC };
	static const struct mysd_arg ts64 = { .kind = MYSD_K_TIMESPEC64 };
	unsigned int use = futex_arg4_use(ev, a);

	if (use == MYSD_FUTEX_ARG4_VAL2)
		mysd_udec(o, (u32)ev->args[i]);
	else if (use != MYSD_FUTEX_ARG4_TIMEOUT || !arg_ulong(ev, i) ||
		 !mysd_print_capture(o, ev, a->kind == MYSD_K_FUTEX_TIMEOUT64 ?
					    &ts64 : &ts, i))
		mysd_ptr(o, arg_ulong(ev, i));
}

/* The names of a socket option (by its level) or protocol (by its domain). */
static const struct mysd_flagset *socket_names(const struct mysd_event *ev,
					       const struct mysd_arg *a)
{
	u32 by = (u32)ev->args[a->aux % MYSD_MAX_ARGS];

	return a->kind == MYSD_K_SOCKOPT ? mysd_sockopt_set(by) :
					   mysd_sock_protocol_set(by);
}

/*
 * A symbolic value: from its kind's flag or enum set, or by a printer of
 * its own. False for a kind that has neither (printed as a pointer).
 */
static noinline bool print_symbolic(struct mysd_out *o,
				    const struct mysd_event *ev,
				    const struct mysd_arg *a, unsigned int i)
{
	u32 v32 = (u32)ev->args[i];
	const struct mysd_flagset *set = a->kind < MYSD_K_COUNT ?
					 kind_sets[a->kind] : NULL;

	if (set) {
		print_by_set(o, set, v32);
		return true;
	}
	switch (a->kind) {
	case MYSD_K_MAP_FLAGS:
		print_map_flags(o, v32);
		return true;
	case MYSD_K_CLONE_FLAGS:
		mysd_print_clone_flags(o, arg_ulong(ev, i));
		return true;
	case MYSD_K_IPC_GET_FLAGS:
		print_ipc_get_flags(o, &mysd_ipc_get_flags, v32);
		return true;
	case MYSD_K_SHM_GET_FLAGS:
		print_ipc_get_flags(o, &mysd_shm_get_flags, v32);
		return true;
	case MYSD_K_MSGCTL_CMD:
		print_ipc_cmd(o, &mysd_msgctl_cmd, v32);
		return true;
	case MYSD_K_SEMCTL_CMD:
		print_ipc_cmd(o, &mysd_semctl_cmd, v32);
		return true;
	case MYSD_K_SHMCTL_CMD:
		print_ipc_cmd(o, &mysd_shmctl_cmd, v32);
		return true;
	case MYSD_K_SCHED_POLICY:
		mysd_print_sched_policy(o, v32);
		return true;
	case MYSD_K_FILE_MODE:
		mysd_print_file_mode(o, v32);
		return true;
	case MYSD_K_DEV:
		print_dev(o, v32);
		return true;
	case MYSD_K_UID:
		mysd_print_uid(o, v32);
		return true;
	case MYSD_K_UID16:	/* the kernel reads (u16)-1 as -1 */
		mysd_print_uid(o, (u16)v32 == 0xffff ? U32_MAX : (u16)v32);
		return true;
	case MYSD_K_QUOTACTL_CMD:
		print_quotactl_cmd(o, v32);
		return true;
	case MYSD_K_MPOL_MODE:
		print_mpol_mode(o, v32);
		return true;
	case MYSD_K_IOPRIO:
		print_ioprio(o, v32);
		return true;
	case MYSD_K_PERSONALITY:
		print_personality(o, v32);
		return true;
	case MYSD_K_FSCONFIG_VALUE:	/* fsconfig(fd, cmd, key, value, aux) */
		if (!print_fsconfig_value(o, ev, (u32)ev->args[a->aux % MYSD_MAX_ARGS], i))
			mysd_ptr(o, arg_ulong(ev, i));
		return true;
	case MYSD_K_KEYCTL_ARG2:	/* keyctl(op, arg2, ...) */
		print_keyctl_arg2(o, (u32)ev->args[0], arg_ulong(ev, i));
		return true;
	case MYSD_K_FCNTL_ARG:		/* a lock's struct, or a number */
	case MYSD_K_FCNTL64_ARG:
		if (!mysd_print_capture(o, ev, a, i))
			print_fcntl_arg(o, ev, i,
					(u32)ev->args[a->aux % MYSD_MAX_ARGS]);
		return true;
	case MYSD_K_SOCKOPT:
	case MYSD_K_SOCK_PROTOCOL:
		set = socket_names(ev, a);
		if (set)
			print_by_set(o, set, v32);
		else
			mysd_dec(o, (s32)v32);
		return true;
	case MYSD_K_PRCTL_ARG2:
		print_prctl_arg2(o, ev, a, i);
		return true;
	case MYSD_K_PRCTL_ARG:
		mysd_hex(o, arg_ulong(ev, i));
		return true;
	case MYSD_K_FUTEX_TIMEOUT:	/* futex(uaddr, op, val, timeout, ...) */
	case MYSD_K_FUTEX_TIMEOUT64:
		print_futex_arg4(o, ev, a, i);
		return true;
	case MYSD_K_FUTEX_VAL3:
		print_futex_val3(o, (u32)ev->args[a->aux % MYSD_MAX_ARGS], v32);
		return true;
	case MYSD_K_FUTEX_VAL:
		mysd_udec(o, v32);
		return true;
	case MYSD_K_FUTEX_UADDR2:
		mysd_ptr(o, arg_ulong(ev, i));
		return true;
	case MYSD_K_FUTEX_BITSET:
		print_futex_bitset(o, arg_ulong(ev, i));
		return true;
	default:
		return false;
	}
}

/*
 * Symbolic values and pointers: print_arg()'s less common kinds. A
 * server's lines come here for their pointers (data read, epoll events),
 * past no test of the symbolic kinds.
 */
static noinline void print_arg_other(struct mysd_out *o,
				     const struct mysd_event *ev,
				     const struct mysd_arg *a, unsigned int i)
{
	if (a->kind >= MYSD_K_FIRST_SYMBOLIC && print_symbolic(o, ev, a, i))
		return;
	if (a->kind == MYSD_K_POLL_REVENTS) {
		mysd_print_revents(o, ev, a->aux);
		return;
	}
	/* Pointers, with or without captured memory behind them. */
	if (a->kind == MYSD_K_BUF_OUT && event_ret(ev) == 0)
		mysd_quoted(o, NULL, 0, false);	/* nothing was transferred */
	else if (a->kind == MYSD_K_EPOLL_EVENTS_OUT && event_ret(ev) == 0)
		mysd_out_puts(o, "[]");		/* no event was ready */
	else if (!arg_ulong(ev, i))
		mysd_ptr(o, 0);
	else if (mysd_print_capture(o, ev, a, i))
		return;
	else if (event_ret(ev) == 0 && (a->kind == MYSD_K_DIRENTS_OUT ||
		 (a->kind == MYSD_K_GIDS_OUT &&
		  (s32)ev->args[a->aux % MYSD_MAX_ARGS] > 0)))
		mysd_out_puts(o, "[]");	/* the end of a directory, no group */
	else
		mysd_ptr(o, arg_ulong(ev, i));
}

/* A known value of @set by name, else in hex (ioctl requests, fs magics). */
noinline void mysd_print_name_or_hex(struct mysd_out *o,
				     const struct mysd_flagset *set, u32 v)
{
	const char *name = mysd_enum_name(set, v);

	if (name)
		mysd_out_puts(o, name);
	else
		mysd_hex(o, v);
}

/* The value of argument @i, described by @a (its key is already out). */
static inline void print_arg(struct mysd_out *o, const struct mysd_event *ev,
			     const struct mysd_arg *a, unsigned int i)
{
	switch (a->kind) {
	case MYSD_K_FD:
	case MYSD_K_INT:
	case MYSD_K_PID:
		mysd_dec(o, arg_int(ev, i));
		return;
	case MYSD_K_DIRFD:
		if (arg_int(ev, i) == AT_FDCWD)
			mysd_out_puts(o, "AT_FDCWD");
		else
			mysd_dec(o, arg_int(ev, i));
		return;
	case MYSD_K_UINT:
		mysd_udec(o, (u32)ev->args[i]);
		return;
	case MYSD_K_LONG:
		mysd_dec(o, arg_long(ev, i));
		return;
	case MYSD_K_SIZE:
		mysd_udec(o, arg_ulong(ev, i));
		return;
	case MYSD_K_HEX:
		mysd_hex(o, arg_ulong(ev, i));
		return;
	case MYSD_K_HEX32:
		mysd_hex(o, (u32)ev->args[i]);
		return;
	case MYSD_K_IOCTL:
		mysd_print_name_or_hex(o, &mysd_ioctl_cmd, (u32)ev->args[i]);
		return;
	case MYSD_K_MODE:
	case MYSD_K_OPEN_MODE:
		mysd_oct(o, (u32)ev->args[i]);
		return;
	default:
		print_arg_other(o, ev, a, i);
	}
}

/* ---- an argument in a line: its key, whether it is shown ------------- */

/*
 * ", key=" at the end of the line, unchecked. Arguments follow the syscall
 * name (or "res=") at the top level of the line, never first.
 */
static __always_inline char *put_key(struct mysd_out *o, const struct mysd_arg *a)
{
	char *p = o->buf + o->len;

	mysd_copy(p, a->key, MYSD_ARG_KEY_LEN(a));
	return p + MYSD_ARG_KEY_LEN(a);
}

/* put_key() where the line may end: cut like mysd_key_n() when short. */
static __always_inline void put_key_checked(struct mysd_out *o,
					    const struct mysd_arg *a)
{
	if (likely(MYSD_ARG_KEY_LEN(a) <= mysd_out_avail(o)))
		o->len = put_key(o, a) - o->buf;
	else
		mysd_key_cut(o, MYSD_ARG_LABEL(a), a->label_len);
}

/*
 * arg_shown() of the kinds another argument's value shows or hides (a
 * command, an op, an option, a mode): out of line, so that the common
 * kinds' test stays a few instructions in every argument's path.
 */
static noinline bool arg_shown_by_other(const struct mysd_event *ev,
					const struct mysd_arg *a,
					unsigned int i)
{
	u32 by = (u32)ev->args[a->aux % MYSD_MAX_ARGS];

	switch (a->kind) {
	case MYSD_K_FCNTL_ARG:
	case MYSD_K_FCNTL64_ARG:
		return fcntl_has_arg(by);
	case MYSD_K_FUTEX_TIMEOUT:	/* as strace: not where the op ignores it */
	case MYSD_K_FUTEX_TIMEOUT64:
		return mysd_futex_arg4(by) != MYSD_FUTEX_ARG4_UNUSED;
	case MYSD_K_FUTEX_VAL:	/* as strace: registers the op reads */
	case MYSD_K_FUTEX_UADDR2:
	case MYSD_K_FUTEX_VAL3:
		return mysd_futex_shown(by) & (1U << i);
	case MYSD_K_PRCTL_ARG2:	/* as strace: those the option reads */
	case MYSD_K_PRCTL_ARG:
		return i <= prctl_nargs(ev);
	case MYSD_K_DEV:
		return mode_is_dev(by);
	default:
		return true;
	}
}

/* Whether argument @i, described by @a, is printed at all in this event. */
static __always_inline bool arg_shown(const struct mysd_event *ev,
				      const struct mysd_arg *a, unsigned int i)
{
	switch (a->kind) {
	case MYSD_K_HIDE:
		return false;
	case MYSD_K_OPEN_MODE:	/* only meaningful when creating */
		return mysd_open_takes_mode(ev->args[a->aux % MYSD_MAX_ARGS]);
	case MYSD_K_FIRST_SHOWN_BY_OTHER ... MYSD_K_LAST_SHOWN_BY_OTHER:
		return arg_shown_by_other(ev, a, i);
	default:
		return true;
	}
}

/*
 * The key of futex's fourth argument @a: "val2" where the op reads it as
 * a count (strace's name), else its own ("timeout").
 */
static const struct mysd_arg *futex_arg4_key(const struct mysd_event *ev,
					     const struct mysd_arg *a)
{
	static const struct mysd_arg val2 = A(UINT, "val2");

	if (futex_arg4_use(ev, a) == MYSD_FUTEX_ARG4_VAL2)
		return &val2;
	return a;
}

/*
 * ", key=value" of argument @i, described by @a, if shown. The plain kinds
 * (numbers, pointers), most arguments of a line, are written with one
 * check, that the longest form fits (", " key "=" and 20 characters: a
 * decimal s64; hex, NULL and AT_FDCWD are shorter), and no call per piece;
 * the checked helpers would not have cut either, so the output is theirs.
 * One switch also decides whether the argument is shown (arg_shown()).
 */
static __always_inline void print_key_arg(struct mysd_out *o,
					  const struct mysd_event *ev,
					  const struct mysd_arg *a,
					  unsigned int i)
{
	bool room = likely((size_t)2 + a->label_len + 1 + MYSD_DEC_MAX <=
			   mysd_out_avail(o));
	char *p;

	switch (a->kind) {
	case MYSD_K_FD:
	case MYSD_K_INT:
	case MYSD_K_PID:
		if (!room)
			break;
		p = mysd_put_dec(put_key(o, a), arg_int(ev, i));
		o->len = p - o->buf;
		return;
	case MYSD_K_DIRFD:
		if (!room)
			break;
		p = put_key(o, a);
		if (arg_int(ev, i) == AT_FDCWD)
			p = mysd_put_lit(p, "AT_FDCWD");
		else
			p = mysd_put_dec(p, arg_int(ev, i));
		o->len = p - o->buf;
		return;
	case MYSD_K_UINT:
		if (!room)
			break;
		p = mysd_put_u32(put_key(o, a), (u32)ev->args[i]);
		o->len = p - o->buf;
		return;
	case MYSD_K_LONG:
		if (!room)
			break;
		p = mysd_put_dec(put_key(o, a), arg_long(ev, i));
		o->len = p - o->buf;
		return;
	case MYSD_K_SIZE:
		if (!room)
			break;
		p = mysd_put_udec(put_key(o, a), arg_ulong(ev, i));
		o->len = p - o->buf;
		return;
	case MYSD_K_HEX:
		if (!room)
			break;
		p = mysd_put_hex(put_key(o, a), arg_ulong(ev, i));
		o->len = p - o->buf;
		return;
	case MYSD_K_HEX32:
		break;	/* rare: print_arg() */
	case MYSD_K_PTR:
		/* with a capture (malformed event) mysd_print_capture() decides */
		if (!room || ev->ncaps)
			break;
		p = put_key(o, a);
		if (arg_ulong(ev, i))
			p = mysd_put_hex(p, arg_ulong(ev, i));
		else
			p = mysd_put_lit(p, "NULL");
		o->len = p - o->buf;
		return;
	case MYSD_K_HIDE:
		return;
	case MYSD_K_MODE:
	case MYSD_K_OPEN_MODE:
		if (!arg_shown(ev, a, i))
			return;
		break;
	case MYSD_K_IOCTL:
		break;
	case MYSD_K_FUTEX_TIMEOUT:	/* its key is the op's: timeout or val2 */
	case MYSD_K_FUTEX_TIMEOUT64:
		if (!arg_shown(ev, a, i))
			return;
		put_key_checked(o, futex_arg4_key(ev, a));
		print_arg_other(o, ev, a, i);
		return;
	default:
		/* not a plain kind: straight to its printer */
		if (!arg_shown(ev, a, i))
			return;
		put_key_checked(o, a);
		print_arg_other(o, ev, a, i);
		return;
	}
	/* a plain kind near the end of the line: checked writes */
	put_key_checked(o, a);
	print_arg(o, ev, a, i);
}

/* ---- argument lists already made (struct mysd_args_memo) -------------- */

static __always_inline u32 args_memo_key(const struct mysd_event *ev)
{
	return ev->nr | (is_compat(ev) ? MYSD_ARGS_MEMO_COMPAT : 0);
}

/*
 * The key part of the plan's short capture, argument @i: false when its
 * text would not be a function of the key (unread, faulted, too long, or
 * printed as its pointer).
 */
static __always_inline bool args_memo_cap(const struct mysd_event *ev,
					  const struct mysd_syscall *sc,
					  unsigned int i, struct mysd_memo_cap *k)
{
	const struct mysd_cap *cap;

	k->bytes[0] = k->bytes[1] = 0;
	k->flags = 0;
	if (!arg_ulong(ev, i)) {	/* as print_arg_other() reads it */
		k->len = MYSD_MEMO_CAP_NULL;	/* printed as NULL */
		return true;
	}
	cap = cap_of(ev, i);
	if (!cap || (cap->flags & MYSD_CAPF_FAULT) ||
	    cap->len > MYSD_MEMO_CAP_MAX ||
	    (sc->args[i].kind == MYSD_K_EPOLL_EVENT &&
	     cap->len < MYSD_EPOLL_EVENT_SIZE))
		return false;
	/* the same copy: at a constant size two loads, not a call */
	if (cap->len == MYSD_MEMO_CAP_MAX)
		memcpy(k->bytes, mysd_cap_data(cap), MYSD_MEMO_CAP_MAX);
	else
		memcpy(k->bytes, mysd_cap_data(cap), cap->len);
	k->len = cap->len;
	k->flags = cap->flags;
	return true;
}

static __always_inline u32 args_memo_mix(u32 h, u64 v)
{
	/* the shift: values that differ in low bits (fds) spread */
	h = (h ^ (u32)v ^ (u32)(v >> 32)) * MYSD_HASH_MUL;
	return h ^ (h >> 16);
}

/*
 * The slot holding the text of @ev's arguments in @keys and capture @kc
 * (NULL: none), or NULL; *@row is where it is or goes.
 */
static __always_inline struct mysd_args_memo_slot *
args_memo_find(struct mysd_args_memo *am, const struct mysd_event *ev,
	       unsigned int keys, const struct mysd_memo_cap *kc,
	       unsigned int *row)
{
	u32 key = args_memo_key(ev), h = key * MYSD_HASH_MUL;
	struct mysd_args_memo_slot *m;
	unsigned int k, w;

	for (k = keys; k; k &= k - 1)
		h = args_memo_mix(h, ev->args[__builtin_ctz(k)]);
	if (kc) {
		h = args_memo_mix(h, kc->bytes[0] ^ kc->len);
		h = args_memo_mix(h, kc->bytes[1] ^ kc->flags);
	}
	*row = h >> (32 - MYSD_ARGS_MEMO_BITS);
	m = am->row[*row];
	for (w = 0; w < MYSD_ARGS_MEMO_WAYS; w++, m++) {
		if (m->nr != key || !m->len)
			continue;
		if (kc && (m->cap.bytes[0] != kc->bytes[0] ||
			   m->cap.bytes[1] != kc->bytes[1] ||
			   m->cap.len != kc->len || m->cap.flags != kc->flags))
			continue;
		for (k = keys; k; k &= k - 1)
			if (m->args[__builtin_ctz(k)] != ev->args[__builtin_ctz(k)])
				break;
		if (!k)
			return m;
	}
	return NULL;
}

/* Keep what was written since @from as the text of @ev's arguments. */
static noinline void args_memo_keep(struct mysd_out *o,
				    struct mysd_args_memo *am,
				    const struct mysd_event *ev,
				    const struct mysd_memo_cap *kc,
				    unsigned int row, size_t from)
{
	struct mysd_args_memo_slot *m = &am->row[row][am->next[row]];
	size_t len = mysd_out_keepable(o, from, sizeof(m->text));

	if (!len)
		return;
	am->next[row] = (am->next[row] + 1) % MYSD_ARGS_MEMO_WAYS;
	m->nr = args_memo_key(ev);
	m->len = len;
	memcpy(m->args, ev->args, sizeof(m->args));
	if (kc)
		m->cap = *kc;
	memcpy(m->text, o->buf + from, len);
}

/* The input arguments (mask @in), in order, each by its kind. */
static __always_inline void print_in_args(struct mysd_out *o,
					  const struct mysd_event *ev,
					  const struct mysd_syscall *sc,
					  unsigned int in)
{
	unsigned int i;

	for (; in; in &= in - 1) {
		i = __builtin_ctz(in);
		print_key_arg(o, ev, &sc->args[i], i);
	}
}

/*
 * The input arguments of a row with a memo: its leading ones (plan.memo)
 * come from @am when it holds their text for these values and this short
 * capture, else are printed and kept there; then the others. A text is
 * used and kept only where the line has room for any kept text, so it is
 * what printing would write.
 */
static __always_inline void print_in_args_memo_with(struct mysd_out *o,
					struct mysd_args_memo *am,
					const struct mysd_event *ev,
					const struct mysd_syscall *sc,
					struct mysd_print_plan plan,
					const struct mysd_memo_cap *kc)
{
	const struct mysd_args_memo_slot *m;
	size_t from = o->len;
	unsigned int row;

	if (unlikely(mysd_out_avail(o) < sizeof(m->text))) {
		print_in_args(o, ev, sc, plan.in);
		return;
	}
	m = args_memo_find(am, ev, plan.memo_key, kc, &row);
	if (m) {
		mysd_out_kept(o, m->text, sizeof(m->text), m->len);
	} else {
		print_in_args(o, ev, sc, plan.memo);
		args_memo_keep(o, am, ev, kc, row, from);
	}
	print_in_args(o, ev, sc, plan.in & ~plan.memo);
}

static noinline void print_in_args_memo(struct mysd_out *o,
					struct mysd_args_memo *am,
					const struct mysd_event *ev,
					const struct mysd_syscall *sc,
					struct mysd_print_plan plan)
{
	/* fcntl's lock struct was read: its text is not the registers' */
	if (plan.memo_nocap && ev->ncaps && cap_of(ev, plan.memo_nocap - 1))
		print_in_args(o, ev, sc, plan.in);
	else
		print_in_args_memo_with(o, am, ev, sc, plan, NULL);
}

/* The same with the plan's short capture in the key (made apart). */
static noinline void print_in_args_memo_cap(struct mysd_out *o,
					    struct mysd_args_memo *am,
					    const struct mysd_event *ev,
					    const struct mysd_syscall *sc,
					    struct mysd_print_plan plan)
{
	struct mysd_memo_cap kc;

	if (args_memo_cap(ev, sc, plan.memo_cap - 1, &kc))
		print_in_args_memo_with(o, am, ev, sc, plan, &kc);
	else
		print_in_args(o, ev, sc, plan.in);
}

/* The output arguments (mask @out), after "res=" on success. */
static void print_out_args(struct mysd_out *o, const struct mysd_event *ev,
			   const struct mysd_syscall *sc, unsigned int out)
{
	const struct mysd_arg *a;
	unsigned int i;

	if (sc->fn) {
		sc->fn(o, ev, sc, true);
		return;
	}
	for (; out; out &= out - 1) {
		i = __builtin_ctz(out);
		a = &sc->args[i];
		/* output kinds are not plain: print_key_arg()'s switch is not needed */
		if (!arg_shown(ev, a, i))
			continue;
		put_key_checked(o, a);
		print_arg(o, ev, a, i);
	}
}

static void print_raw_args(struct mysd_out *o, const struct mysd_event *ev)
{
	unsigned int i;

	mysd_key(o, "args");
	mysd_open(o, '(');
	for (i = 0; i < MYSD_MAX_ARGS; i++) {
		mysd_sep(o);
		mysd_hex(o, arg_ulong(ev, i));
	}
	mysd_close(o, ')');
}

/*
 * After the result of a prctl option that gets a value, its names, as
 * strace: "res=1 SUID_DUMP_USER", "res=47 SECBIT_NOROOT|...".
 */
static void print_prctl_ret(struct mysd_out *o, u32 option, s64 ret)
{
	if (option == PR_GET_DUMPABLE)
		print_ret_enum(o, &mysd_pr_dumpable, ret);
	else if (option == PR_GET_SECUREBITS && ret)
		print_ret_flags(o, &mysd_secbits, ret);
}

/*
 * After a result >= 0 that is a name's number: its name, if it has one;
 * the I/O priority or the persona it is.
 */
static noinline void print_ret_name(struct mysd_out *o,
				    const struct mysd_event *ev,
				    const struct mysd_syscall *sc, s64 ret)
{
	if (sc->ret == MYSD_RET_FCNTL) {
		print_fcntl_ret(o, (u32)ev->args[1], ret);
	} else if (sc->ret == MYSD_RET_PRCTL) {
		print_prctl_ret(o, (u32)ev->args[0], ret);
	} else if (sc->ret == MYSD_RET_IOPRIO) {
		mysd_out_char(o, ' ');
		print_ioprio(o, (u32)ret);
	} else if (sc->ret == MYSD_RET_PERSONALITY) {
		/*
		 * a type without a name, or the query's 0xffffffff (a number
		 * to print_personality()): none, as RES's names begin with one
		 */
		if ((u32)ret == MYSD_PER_QUERY ||
		    !mysd_enum_name(&mysd_personality_type, ret & MYSD_PER_MASK))
			return;
		mysd_out_char(o, ' ');
		print_personality(o, (u32)ret);
	} else {	/* MYSD_RET_SIGNAL */
		print_ret_enum(o, &mysd_signals, ret);
	}
}

static __always_inline void print_ret(struct mysd_out *o,
				      const struct mysd_event *ev,
				      const struct mysd_syscall *sc)
{
	s64 ret = event_ret(ev);

	/* The usual result, >= 0, when ", res=" and 20 characters fit. */
	if (likely(ret >= 0 && !(ev->flags & MYSD_EVF_NORET) &&
		   6 + MYSD_DEC_MAX <= mysd_out_avail(o))) {
		char *p = o->buf + o->len;

		if (!o->first)
			p = mysd_put_lit(p, ", ");
		p = mysd_put_lit(p, "res=");
		o->first = false;
		if (likely(!sc || sc->ret == MYSD_RET_DEC)) {
			p = mysd_put_udec(p, (u64)ret);
		} else if (sc->ret >= MYSD_RET_FCNTL) {
			if (sc->ret == MYSD_RET_PERSONALITY)
				p = mysd_put_hex(p, (u64)ret);
			else
				p = mysd_put_udec(p, (u64)ret);
			o->len = p - o->buf;
			print_ret_name(o, ev, sc, ret);
			return;
		} else if (sc->ret == MYSD_RET_HEX) {
			p = mysd_put_hex(p, (u64)ret);
		} else {
			o->len = p - o->buf;
			mysd_oct(o, ret);	/* a checked write */
			return;
		}
		o->len = p - o->buf;
		return;
	}
	mysd_key(o, "res");
	if (ev->flags & MYSD_EVF_NORET) {
		mysd_out_write(o, "?", 1);
	} else if (ret < 0 && ret >= -4095) {
		const char *name = mysd_errno_name((unsigned int)-ret);

		mysd_dec(o, ret);
		if (name)
			mysd_suffix(o, name);
	} else if (sc && (sc->ret == MYSD_RET_HEX ||
			  sc->ret == MYSD_RET_PERSONALITY)) {
		mysd_hex(o, (u64)ret);
		if (sc->ret == MYSD_RET_PERSONALITY && ret >= 0)
			print_ret_name(o, ev, sc, ret);
	} else if (sc && sc->ret == MYSD_RET_OCT) {
		mysd_oct(o, ret);
	} else {
		mysd_dec(o, ret);
		/* as the fast path: near the end of the line too */
		if (sc && sc->ret >= MYSD_RET_FCNTL && ret >= 0)
			print_ret_name(o, ev, sc, ret);
	}
}

/* ---- the line's head (ts, thread) and the entry points ---------------- */

/*
 * The longest start of a line, up to the syscall name: "ts=" TS
 * ", abi=compat, comm=" quoted comm ", tid=" u32 ", pid=" u32 ", ".
 */
#define HEADER_MAX	(3 + MYSD_TS_MAX + 12 + 7 + \
			 MYSD_QUOTED_MAX(MYSD_COMM_LEN) + 6 + 10 + 6 + 10 + 2)

/* The cached parts fill the same room as the uncached ones. */
static_assert(3 + MYSD_TS_MAX + MYSD_WHO_MAX <= HEADER_MAX);
static_assert(sizeof_field(struct mysd_ts_cache, text) <= 3 + MYSD_TS_MAX);
/*
 * put_ts_who_cached() may move this much of the who text, used or not:
 * 48 bytes hold `, comm="nginx", tid=1234, pid=1234, `; the rest of the
 * usual ones fit 64. Fixed sizes are unrolled moves, and 48 is 12 words on
 * 32-bit ARM where 64 is a loop.
 */
#define MYSD_WHO_SHORT	48
#define MYSD_WHO_FAST	64
static_assert(MYSD_WHO_FAST <= MYSD_WHO_MAX);

/* The ", [abi=compat, ]comm=..., tid=..., pid=..., " part at @p. */
static __always_inline char *put_who(char *p, const struct mysd_event *ev)
{
	if (is_compat(ev))
		p = mysd_put_lit(p, ", abi=compat");
	p = mysd_put_lit(p, ", comm=");
	p = mysd_put_quoted_str(p, ev->comm, MYSD_COMM_LEN);
	p = mysd_put_lit(p, ", tid=");
	p = mysd_put_u32(p, ev->tid);
	p = mysd_put_lit(p, ", pid=");
	p = mysd_put_u32(p, ev->pid);
	return mysd_put_lit(p, ", ");
}

static __always_inline bool who_is(const struct mysd_who_text *w,
				   const struct mysd_event *ev)
{
	u64 comm[2];

	memcpy(comm, ev->comm, sizeof(comm));
	return ev->tid == w->tid && ev->pid == w->pid && w->len &&
	       comm[0] == w->comm[0] && comm[1] == w->comm[1] &&
	       is_compat(ev) == w->compat;
}

/*
 * The last line was another thread's: make who[0] @ev's thread's who part,
 * from who[1] (the two swap) or made anew (who[0] moves to who[1]).
 */
static noinline void who_switch(struct mysd_line_cache *c,
				const struct mysd_event *ev)
{
	struct mysd_who_text last = c->who[0];

	if (who_is(&c->who[1], ev)) {
		c->who[0] = c->who[1];
		c->who[1] = last;
		return;
	}
	c->who[1] = last;
	c->who[0].len = put_who(c->who[0].text, ev) - c->who[0].text;
	c->who[0].tid = ev->tid;
	c->who[0].pid = ev->pid;
	c->who[0].compat = is_compat(ev);
	memcpy(c->who[0].comm, ev->comm, sizeof(c->who[0].comm));
}

/* "ts=<sec>.<ns>" and the who part, from @c where it holds them. */
static __always_inline char *put_ts_who_cached(char *p,
					       struct mysd_line_cache *c,
					       const struct mysd_event *ev,
					       u64 ts_ns)
{
	const struct mysd_who_text *w = &c->who[0];

	p = mysd_put_ts_key_cached(p, &c->ts, ts_ns);
	if (unlikely(!who_is(w, ev)))
		who_switch(c, ev);
	/* The usual short one as a fixed-size move: no call, no length switch. */
	if (likely(w->len <= MYSD_WHO_SHORT))
		memcpy(p, w->text, MYSD_WHO_SHORT);
	else if (w->len <= MYSD_WHO_FAST)
		memcpy(p, w->text, MYSD_WHO_FAST);
	else
		memcpy(p, w->text, w->len);
	return p + w->len;
}

/*
 * The start of the line, up to the syscall name, when the longest one fits
 * (it does in the writer's 20 KiB lines): no check per field. False when it
 * may not fit; print_header() then writes it field by field.
 */
static __always_inline bool print_header_fast(struct mysd_out *o,
					      struct mysd_line_cache *c,
					      const struct mysd_event *ev,
					      u64 ts_ns, const char *name,
					      size_t name_len)
{
	char *p = o->buf + o->len;

	if (HEADER_MAX + name_len > mysd_out_avail(o))
		return false;
	if (c) {
		p = put_ts_who_cached(p, c, ev, ts_ns);
	} else {
		p = mysd_put_lit(p, "ts=");
		p = mysd_put_ts(p, ts_ns);
		p = put_who(p, ev);
	}
	mysd_copy(p, name, name_len);
	o->len = p + name_len - o->buf;
	o->first = false;
	return true;
}

static void print_header(struct mysd_out *o, const struct mysd_event *ev,
			 u64 ts_ns, const char *name)
{
	size_t comm_len = 0;

	while (comm_len < MYSD_COMM_LEN && ev->comm[comm_len])
		comm_len++;
	mysd_key(o, "ts");
	mysd_ts(o, ts_ns);
	if (is_compat(ev)) {
		mysd_key(o, "abi");
		mysd_out_puts(o, "compat");
	}
	mysd_key(o, "comm");
	mysd_quoted(o, (const u8 *)ev->comm, comm_len, false);
	mysd_key(o, "tid");
	mysd_udec(o, ev->tid);
	mysd_key(o, "pid");
	mysd_udec(o, ev->pid);
	mysd_sep(o);
	if (name) {
		mysd_out_puts(o, name);
	} else {
		char tmp[24];
		char *p = mysd_put_lit(tmp, "syscall_");

		p = mysd_put_u32(p, ev->nr);
		mysd_out_write(o, tmp, p - tmp);
	}
}

size_t mysd_format_event_cached(struct mysd_line_cache *cache,
				const struct mysd_event *ev, u64 ts_ns,
				char *buf, size_t size)
{
	const char *name;
	size_t name_len;
	struct mysd_row row = mysd_syscall_lookup(is_compat(ev), ev->nr, &name,
						  &name_len);
	const struct mysd_syscall *sc = row.sc;
	struct mysd_out o;

	mysd_out_init(&o, buf, size);
	if (cache)
		o.memo = &cache->sym;	/* the line cache's: see line_cache_of() */
	if (name && !name_len)
		name_len = strlen(name);
	if (!name || !print_header_fast(&o, cache, ev, ts_ns, name, name_len))
		print_header(&o, ev, ts_ns, name);

	if (!sc)
		print_raw_args(&o, ev);
	else if (sc->fn)
		sc->fn(&o, ev, sc, false);
	else if (row.plan.memo_cap && cache)
		print_in_args_memo_cap(&o, &cache->args, ev, sc, row.plan);
	else if (row.plan.memo && cache)
		print_in_args_memo(&o, &cache->args, ev, sc, row.plan);
	else
		print_in_args(&o, ev, sc, row.plan.in);
	print_ret(&o, ev, sc);
	/* an override's plan has out set: it decides what follows res= */
	if (row.plan.out && !(ev->flags & MYSD_EVF_NORET) && event_ret(ev) >= 0)
		print_out_args(&o, ev, sc, row.plan.out);
	return mysd_out_finish(&o);
}

size_t mysd_format_event(const struct mysd_event *ev, char *buf, size_t size)
{
	return mysd_format_event_cached(NULL, ev, ev->ts, buf, size);
}

size_t mysd_format_lost(char *buf, size_t size, unsigned int cpu, u64 count,
			u64 from_ts, u64 to_ts)
{
	struct mysd_out o;

	mysd_out_init(&o, buf, size);
	mysd_key(&o, "ts");
	mysd_ts(&o, to_ts);
	mysd_tag(&o, "my_sysdig:");
	mysd_key(&o, "lost");
	mysd_udec(&o, count);
	mysd_key(&o, "cpu");
	mysd_udec(&o, cpu);
	mysd_key(&o, "since");
	mysd_ts(&o, from_ts);
	return mysd_out_finish(&o);
}

size_t mysd_format_unwritten(char *buf, size_t size, u64 count, int err,
			     u64 ts)
{
	const char *name = mysd_errno_name((unsigned int)-err);
	struct mysd_out o;

	mysd_out_init(&o, buf, size);
	mysd_key(&o, "ts");
	mysd_ts(&o, ts);
	mysd_tag(&o, "my_sysdig:");
	mysd_key(&o, "unwritten");
	mysd_udec(&o, count);
	mysd_key(&o, "error");
	mysd_dec(&o, err);
	if (name)
		mysd_suffix(&o, name);
	return mysd_out_finish(&o);
}
