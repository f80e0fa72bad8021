/* SPDX-License-Identifier: GPL-2.0 */
/*
 * flags.h - symbolic values as data (strace's xlat, reduced).
 *
 * A flag set is an array of {value, mask, "NAME"} built with the macros
 * below from the constants of whatever headers the file is compiled
 * against: the arm64 kernel's uapi headers in the module, the host's libc
 * and linux/ headers in tests/host. Only ABI_FLAG() takes a number, for
 * the few names a header set lacks or gives another value.
 *
 *   FLAG(O_CLOEXEC)            a bit (or group of bits) set in the value
 *   FIELD(O_WRONLY, O_ACCMODE) a multi-bit field that equals this value
 *   ZERO(PROT_NONE)            the name of a zero value
 *   VAL(SEEK_END)              an enumeration value (exact match)
 *   ABI_FLAG(v, "NAME")        FLAG by value, where a header lacks the name
 *
 * Bits no entry names are printed as one hex rest: O_RDONLY|0x40000000.
 *
 * Order: entries that can name a zero value (ZERO, a FIELD equal to 0 such
 * as O_RDONLY) come before every entry with a nonzero value. mysd_flags()
 * relies on it to stop as soon as every set bit has been named.
 */
#ifndef MYSD_FLAGS_H
#define MYSD_FLAGS_H

#include "out.h"

/* The multiplier of the line cache's hashes (Knuth's 2^32 / phi). */
#define MYSD_HASH_MUL	0x9e3779b1U

#define MYSD_F_BITS	0
#define MYSD_F_FIELD	1
#define MYSD_F_ZERO	2

struct mysd_flag {
	u64 val;
	u64 mask;
	const char *name;
	u8 len;			/* strlen(name) */
	u8 type;		/* MYSD_F_* (ignored by enum sets) */
};

/*
 * mysd_flags() does not walk every entry of a set of 5 to 64: the first
 * line that names one of its values indexes it by bit, so a value only
 * visits the entries that share a bit with it, plus those of value 0 (the
 * only others that can match). Entry i is bit i. Smaller sets are walked
 * (a walk of a few entries costs less), larger ones have no room.
 */
#define MYSD_FLAG_INDEX_MIN	5
#define MYSD_FLAG_INDEX_MAX	64

struct mysd_flag_index {
	u64 by_bit[64];		/* bit b: the entries whose value has bit b */
	u64 zero;		/* the entries of value 0 */
	bool built;		/* only the writer formats: no lock */
};

struct mysd_flagset {
	const struct mysd_flag *f;
	struct mysd_flag_index *idx;	/* NULL: walked (enums, small sets) */
	u16 n;
	bool is_enum;		/* exact values, unknown printed in decimal */
};

/*
 * #x right here: passed on to another macro, x would be expanded first.
 * __force: some constants have a sparse type of their own (EPOLL*: __poll_t).
 */
#define FLAG(x)		{ (__force u64)(x), (__force u64)(x), #x, sizeof(#x) - 1, \
			  MYSD_F_BITS }
#define FIELD(x, m)	{ (u64)(x), (u64)(m), #x, sizeof(#x) - 1, MYSD_F_FIELD }
#define ZERO(x)		{ (u64)(x), 0, #x, sizeof(#x) - 1, MYSD_F_ZERO }
/* FLAG by its ABI value, where a header lacks the name or means another */
#define ABI_FLAG(v, name)	{ (v), (v), name, sizeof(name) - 1, MYSD_F_BITS }
#define VAL(x)		{ (u64)(x), ~0ULL, #x, sizeof(#x) - 1, MYSD_F_BITS }
/* VAL by its ABI value */
#define ABI_VAL(v, name)	{ (v), ~0ULL, name, sizeof(name) - 1, MYSD_F_BITS }

/* A file-scope compound literal is a static object: the set's own index. */
#define MYSD_FLAGSET(set) \
	{ set, ARRAY_SIZE(set) >= MYSD_FLAG_INDEX_MIN && \
	       ARRAY_SIZE(set) <= MYSD_FLAG_INDEX_MAX ? \
	       &(struct mysd_flag_index){ .built = false } : NULL, \
	  ARRAY_SIZE(set), false }
#define MYSD_ENUMSET(set) { set, NULL, ARRAY_SIZE(set), true }

/*
 * Symbolic values already named. A server's lines repeat a few of them
 * (O_RDONLY|O_NONBLOCK|O_CLOEXEC on each openat, F_SETFL on each fcntl)
 * and naming one walks its set: 70 to 200 instructions, against ~45 for a
 * copy. The writer keeps one of these in its line cache; mysd_flags() and
 * mysd_enum() look a value up by (set, value): a row chosen by a hash of
 * both, four ways in a row, so the few values in use rarely evict each
 * other. The line is the same byte for byte. All-zero is empty.
 */
#define MYSD_SYM_MEMO_BITS	4	/* 16 rows */
#define MYSD_SYM_MEMO_WAYS	4
#define MYSD_SYM_MEMO_TEXT	46	/* longer names are not kept */

struct mysd_sym_memo_slot {
	const struct mysd_flagset *set;	/* NULL: empty */
	u64 val;
	u8 len;
	char text[MYSD_SYM_MEMO_TEXT + 1];
};

struct mysd_sym_memo {
	struct mysd_sym_memo_slot row[1 << MYSD_SYM_MEMO_BITS][MYSD_SYM_MEMO_WAYS];
	u8 next[1 << MYSD_SYM_MEMO_BITS];	/* way each row replaces next */
};

/* The options of socket level @level (setsockopt's optname), or NULL. */
const struct mysd_flagset *mysd_sockopt_set(u32 level);
/* The protocols of socket domain @domain (socket()'s), or NULL. */
const struct mysd_flagset *mysd_sock_protocol_set(u32 domain);

/* Print @v with @set: NAME|NAME|0xrest, or 0 / the zero name. */
void mysd_flags(struct mysd_out *o, const struct mysd_flagset *set, u64 v);
/* Print @v as an enumeration name or, when unknown, decimal @sv. */
void mysd_enum(struct mysd_out *o, const struct mysd_flagset *set, u64 v, s64 sv);
/* Name of an enumeration value, or NULL. */
const char *mysd_enum_name(const struct mysd_flagset *set, u64 v);

/* errno name for 1..4095, or NULL. */
const char *mysd_errno_name(unsigned int err);

/* SA_RESTORER: the same bit on ARM, arm64 and x86; glibc does not export it */
#define MYSD_SA_RESTORER	0x04000000U

/* seccomp's modes (linux/seccomp.h), prctl(PR_SET_SECCOMP)'s arg2 */
#define MYSD_SECCOMP_MODE_STRICT	1
#define MYSD_SECCOMP_MODE_FILTER	2

/* The sets, one per symbolic argument kind (flags.c). */
extern const struct mysd_flagset mysd_open_flags, mysd_at_flags,
	mysd_accessat_flags, mysd_handle_at_flags,
	mysd_access_mode, mysd_prot, mysd_map_flags, mysd_mremap_flags,
	mysd_madvise, mysd_clone_flags, mysd_sock_family, mysd_sock_type,
	mysd_sock_flags, mysd_msg_flags, mysd_sol, mysd_so_opt, mysd_ip_opt,
	mysd_ipv6_opt, mysd_tcp_opt, mysd_shut_how, mysd_whence,
	mysd_futex_op, mysd_futex_wake_op, mysd_futex_wake_cmp,
	mysd_futex2_flags,
	mysd_epoll_ctl, mysd_signals, mysd_sa_flags,
	mysd_ss_flags, mysd_sigprocmask_how,
	mysd_fcntl_cmd, mysd_fd_flags, mysd_prctl_option, mysd_pr_dumpable,
	mysd_seccomp_mode, mysd_secbits, mysd_clock_id,
	mysd_timer_flags, mysd_wait_options, mysd_rlimit, mysd_grnd_flags,
	mysd_mfd_flags, mysd_efd_flags, mysd_pidfd_flags, mysd_epoll_flags,
	mysd_rename_flags, mysd_rwf_flags, mysd_scm_type, mysd_flock_op,
	mysd_prio_which, mysd_rusage_who, mysd_itimer_which, mysd_ioctl_cmd,
	mysd_fs_magic, mysd_statfs_flags,
	mysd_inotify_init_flags, mysd_inotify_mask, mysd_mount_flags,
	mysd_umount_flags, mysd_close_range_flags, mysd_tfd_flags,
	mysd_tfd_settime_flags, mysd_sfd_flags, mysd_waitid_which,
	mysd_si_code, mysd_cld_code, mysd_flock_type, mysd_dn_flags,
	mysd_seal_flags,
	mysd_sigev_notify, mysd_ipc_get_flags, mysd_shm_get_flags,
	mysd_msgctl_cmd,
	mysd_semctl_cmd, mysd_shmctl_cmd, mysd_msg_ipc_flags, mysd_shmat_flags,
	mysd_sched_policy, mysd_sched_attr_flags, mysd_sem_flags,
	mysd_ptrace_request, mysd_ptrace_event, mysd_delete_module_flags,
	mysd_finit_module_flags,
	mysd_falloc_mode, mysd_poll_events, mysd_epoll_events, mysd_file_type,
	mysd_statx_mask, mysd_dirent_types;

/* The system's own interfaces (flags_sys.c). */
extern const struct mysd_flagset mysd_xattr_flags, mysd_resolve_flags,
	mysd_splice_flags,
	mysd_sync_file_range_flags, mysd_fadvise, mysd_swap_flags,
	mysd_msync_flags, mysd_mlock_flags, mysd_mlockall_flags,
	mysd_membarrier_cmd, mysd_reboot_cmd, mysd_syslog_action,
	mysd_ioprio_which, mysd_ioprio_class, mysd_personality_type,
	mysd_personality_flags, mysd_kcmp_type, mysd_bpf_cmd,
	mysd_bpf_map_type, mysd_bpf_prog_type, mysd_seccomp_op,
	mysd_seccomp_flags, mysd_keyctl_op, mysd_key_spec, mysd_reqkey_defl,
	mysd_perf_type,
	mysd_perf_flags,
	mysd_io_uring_enter_flags, mysd_io_uring_register_op,
	mysd_fan_init_flags, mysd_fan_mark_flags, mysd_fan_events,
	mysd_uffd_flags, mysd_shadow_stack_flags;

/* Mounts, quotas, memory policies, sandboxes (flags_admin.c). */
extern const struct mysd_flagset mysd_open_tree_flags, mysd_move_mount_flags,
	mysd_fsopen_flags, mysd_fsmount_flags, mysd_fspick_flags,
	mysd_fsconfig_cmd, mysd_mount_attr_flags, mysd_quota_cmd,
	mysd_quota_type, mysd_mpol_mode, mysd_mpol_mode_flags,
	mysd_mpol_mf_flags, mysd_get_mempolicy_flags,
	mysd_landlock_create_flags, mysd_landlock_rule_type,
	mysd_landlock_access_fs, mysd_pkey_access, mysd_cloexec_flags,
	mysd_pipe_flags, mysd_adj_modes, mysd_sta_flags, mysd_cap_version,
	mysd_cap_bits, mysd_listmount_flags, mysd_lsm_attr, mysd_lsm_flags;

#endif /* MYSD_FLAGS_H */
