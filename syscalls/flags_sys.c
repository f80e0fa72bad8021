// SPDX-License-Identifier: GPL-2.0
/*
 * flags_sys.c - the flag and enum sets of the system's own interfaces:
 * extended attributes, splice, memory locking, reboot and the kernel log,
 * and what a security monitor watches (bpf, seccomp, keys, perf events,
 * io_uring, fanotify, userfaultfd). The file and process sets are in
 * flags.c; the printers and the index of every set are there too.
 *
 * Enumerations the kernel declares as C enums cannot be tested with
 * #ifdef: only values every supported kernel (5.10 on) has are listed,
 * newer ones print as numbers.
 */
#ifndef __KERNEL__
#define _GNU_SOURCE
#endif
#include "flags.h"

#ifdef __KERNEL__
#include <linux/fcntl.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/splice.h>
#include <linux/swap.h>
#include <linux/syslog.h>
#include <linux/ioprio.h>
#include <linux/personality.h>
#include <uapi/linux/xattr.h>
#include <uapi/linux/fadvise.h>
#include <uapi/linux/reboot.h>
#include <uapi/linux/bpf.h>
#include <uapi/linux/seccomp.h>
#include <uapi/linux/keyctl.h>
#include <uapi/linux/perf_event.h>
#include <uapi/linux/io_uring.h>
#include <uapi/linux/fanotify.h>
#include <uapi/linux/kcmp.h>
#include <uapi/linux/membarrier.h>
#include <uapi/linux/userfaultfd.h>
#include <uapi/linux/openat2.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/xattr.h>
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
#include <linux/userfaultfd.h>
#include <linux/ioprio.h>
#include <linux/personality.h>
#include <linux/openat2.h>
/* syslog(2)'s actions: ABI numbers only the kernel's linux/syslog.h names */
#define SYSLOG_ACTION_CLOSE		0
#define SYSLOG_ACTION_OPEN		1
#define SYSLOG_ACTION_READ		2
#define SYSLOG_ACTION_READ_ALL		3
#define SYSLOG_ACTION_READ_CLEAR	4
#define SYSLOG_ACTION_CLEAR		5
#define SYSLOG_ACTION_CONSOLE_OFF	6
#define SYSLOG_ACTION_CONSOLE_ON	7
#define SYSLOG_ACTION_CONSOLE_LEVEL	8
#define SYSLOG_ACTION_SIZE_UNREAD	9
#define SYSLOG_ACTION_SIZE_BUFFER	10
#endif

/* swapon(2)'s discard policies: the kernel's linux/swap.h, not glibc's */
#ifndef SWAP_FLAG_DISCARD_ONCE
#define SWAP_FLAG_DISCARD_ONCE	0x20000
#define SWAP_FLAG_DISCARD_PAGES	0x40000
#endif

/* A negative enumeration value as a 32-bit register holds it. */
#define VAL32(x)	{ (u32)(x), ~0ULL, #x, sizeof(#x) - 1, MYSD_F_BITS }

/* ---- files ------------------------------------------------------------ */

static const struct mysd_flag xattr_flags_x[] = {
	FLAG(XATTR_CREATE), FLAG(XATTR_REPLACE),
};
const struct mysd_flagset mysd_xattr_flags = MYSD_FLAGSET(xattr_flags_x);

static const struct mysd_flag splice_flags_x[] = {
	FLAG(SPLICE_F_MOVE), FLAG(SPLICE_F_NONBLOCK), FLAG(SPLICE_F_MORE),
	FLAG(SPLICE_F_GIFT),
};
const struct mysd_flagset mysd_splice_flags = MYSD_FLAGSET(splice_flags_x);

static const struct mysd_flag resolve_flags_x[] = {
	FLAG(RESOLVE_NO_XDEV), FLAG(RESOLVE_NO_MAGICLINKS),
	FLAG(RESOLVE_NO_SYMLINKS), FLAG(RESOLVE_BENEATH), FLAG(RESOLVE_IN_ROOT),
#ifdef RESOLVE_CACHED
	FLAG(RESOLVE_CACHED),
#endif
};
const struct mysd_flagset mysd_resolve_flags = MYSD_FLAGSET(resolve_flags_x);

static const struct mysd_flag sync_file_range_flags_x[] = {
	FLAG(SYNC_FILE_RANGE_WAIT_BEFORE), FLAG(SYNC_FILE_RANGE_WRITE),
	FLAG(SYNC_FILE_RANGE_WAIT_AFTER),
};
const struct mysd_flagset mysd_sync_file_range_flags =
	MYSD_FLAGSET(sync_file_range_flags_x);

static const struct mysd_flag fadvise_x[] = {
	VAL(POSIX_FADV_NORMAL), VAL(POSIX_FADV_RANDOM),
	VAL(POSIX_FADV_SEQUENTIAL), VAL(POSIX_FADV_WILLNEED),
	VAL(POSIX_FADV_DONTNEED), VAL(POSIX_FADV_NOREUSE),
};
const struct mysd_flagset mysd_fadvise = MYSD_ENUMSET(fadvise_x);

static const struct mysd_flag swap_flags_x[] = {
	FLAG(SWAP_FLAG_PREFER), FLAG(SWAP_FLAG_DISCARD),
	FLAG(SWAP_FLAG_DISCARD_ONCE), FLAG(SWAP_FLAG_DISCARD_PAGES),
};
const struct mysd_flagset mysd_swap_flags = MYSD_FLAGSET(swap_flags_x);

/* ---- memory ----------------------------------------------------------- */

static const struct mysd_flag msync_flags_x[] = {
	FLAG(MS_ASYNC), FLAG(MS_INVALIDATE), FLAG(MS_SYNC),
};
const struct mysd_flagset mysd_msync_flags = MYSD_FLAGSET(msync_flags_x);

static const struct mysd_flag mlock_flags_x[] = {
	FLAG(MLOCK_ONFAULT),
};
const struct mysd_flagset mysd_mlock_flags = MYSD_FLAGSET(mlock_flags_x);

static const struct mysd_flag mlockall_flags_x[] = {
	FLAG(MCL_CURRENT), FLAG(MCL_FUTURE), FLAG(MCL_ONFAULT),
};
const struct mysd_flagset mysd_mlockall_flags = MYSD_FLAGSET(mlockall_flags_x);

static const struct mysd_flag membarrier_cmd_x[] = {
	VAL(MEMBARRIER_CMD_QUERY), VAL(MEMBARRIER_CMD_GLOBAL),
	VAL(MEMBARRIER_CMD_GLOBAL_EXPEDITED),
	VAL(MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED),
	VAL(MEMBARRIER_CMD_PRIVATE_EXPEDITED),
	VAL(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED),
	VAL(MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE),
	VAL(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE),
	VAL(MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ),
	VAL(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ),
};
const struct mysd_flagset mysd_membarrier_cmd = MYSD_ENUMSET(membarrier_cmd_x);

/* ---- the system ------------------------------------------------------- */

static const struct mysd_flag reboot_cmd_x[] = {
	VAL(LINUX_REBOOT_CMD_RESTART), VAL(LINUX_REBOOT_CMD_HALT),
	VAL(LINUX_REBOOT_CMD_CAD_ON), VAL(LINUX_REBOOT_CMD_CAD_OFF),
	VAL(LINUX_REBOOT_CMD_POWER_OFF), VAL(LINUX_REBOOT_CMD_RESTART2),
	VAL(LINUX_REBOOT_CMD_SW_SUSPEND), VAL(LINUX_REBOOT_CMD_KEXEC),
};
const struct mysd_flagset mysd_reboot_cmd = MYSD_ENUMSET(reboot_cmd_x);

static const struct mysd_flag syslog_action_x[] = {
	VAL(SYSLOG_ACTION_CLOSE), VAL(SYSLOG_ACTION_OPEN),
	VAL(SYSLOG_ACTION_READ), VAL(SYSLOG_ACTION_READ_ALL),
	VAL(SYSLOG_ACTION_READ_CLEAR), VAL(SYSLOG_ACTION_CLEAR),
	VAL(SYSLOG_ACTION_CONSOLE_OFF), VAL(SYSLOG_ACTION_CONSOLE_ON),
	VAL(SYSLOG_ACTION_CONSOLE_LEVEL), VAL(SYSLOG_ACTION_SIZE_UNREAD),
	VAL(SYSLOG_ACTION_SIZE_BUFFER),
};
const struct mysd_flagset mysd_syslog_action = MYSD_ENUMSET(syslog_action_x);

static const struct mysd_flag ioprio_which_x[] = {
	VAL(IOPRIO_WHO_PROCESS), VAL(IOPRIO_WHO_PGRP), VAL(IOPRIO_WHO_USER),
};
const struct mysd_flagset mysd_ioprio_which = MYSD_ENUMSET(ioprio_which_x);

/* an I/O priority's class (C enums: 5.10's four) */
static const struct mysd_flag ioprio_class_x[] = {
	VAL(IOPRIO_CLASS_NONE), VAL(IOPRIO_CLASS_RT), VAL(IOPRIO_CLASS_BE),
	VAL(IOPRIO_CLASS_IDLE),
};
const struct mysd_flagset mysd_ioprio_class = MYSD_ENUMSET(ioprio_class_x);

/*
 * A persona's type, its low byte (PER_MASK): strace's names of the types
 * that are one, not those with flags in them (PER_SVR4...).
 */
static const struct mysd_flag personality_type_x[] = {
	VAL(PER_LINUX), VAL(PER_BSD), VAL(PER_LINUX32), VAL(PER_RISCOS),
	VAL(PER_OSF4), VAL(PER_HPUX), VAL(PER_MASK),
};
const struct mysd_flagset mysd_personality_type =
	MYSD_ENUMSET(personality_type_x);

/* and its flags, above the type */
static const struct mysd_flag personality_flags_x[] = {
	FLAG(UNAME26), FLAG(ADDR_NO_RANDOMIZE), FLAG(FDPIC_FUNCPTRS),
	FLAG(MMAP_PAGE_ZERO), FLAG(ADDR_COMPAT_LAYOUT), FLAG(READ_IMPLIES_EXEC),
	FLAG(ADDR_LIMIT_32BIT), FLAG(SHORT_INODE), FLAG(WHOLE_SECONDS),
	FLAG(STICKY_TIMEOUTS), FLAG(ADDR_LIMIT_3GB),
};
const struct mysd_flagset mysd_personality_flags =
	MYSD_FLAGSET(personality_flags_x);

static const struct mysd_flag kcmp_type_x[] = {
	VAL(KCMP_FILE), VAL(KCMP_VM), VAL(KCMP_FILES), VAL(KCMP_FS),
	VAL(KCMP_SIGHAND), VAL(KCMP_IO), VAL(KCMP_SYSVSEM), VAL(KCMP_EPOLL_TFD),
};
const struct mysd_flagset mysd_kcmp_type = MYSD_ENUMSET(kcmp_type_x);

/* ---- what a security monitor watches ---------------------------------- */

static const struct mysd_flag bpf_cmd_x[] = {
	VAL(BPF_MAP_CREATE), VAL(BPF_MAP_LOOKUP_ELEM), VAL(BPF_MAP_UPDATE_ELEM),
	VAL(BPF_MAP_DELETE_ELEM), VAL(BPF_MAP_GET_NEXT_KEY), VAL(BPF_PROG_LOAD),
	VAL(BPF_OBJ_PIN), VAL(BPF_OBJ_GET), VAL(BPF_PROG_ATTACH),
	VAL(BPF_PROG_DETACH), VAL(BPF_PROG_TEST_RUN),
	VAL(BPF_PROG_GET_NEXT_ID), VAL(BPF_MAP_GET_NEXT_ID),
	VAL(BPF_PROG_GET_FD_BY_ID), VAL(BPF_MAP_GET_FD_BY_ID),
	VAL(BPF_OBJ_GET_INFO_BY_FD), VAL(BPF_PROG_QUERY),
	VAL(BPF_RAW_TRACEPOINT_OPEN), VAL(BPF_BTF_LOAD),
	VAL(BPF_BTF_GET_FD_BY_ID), VAL(BPF_TASK_FD_QUERY),
	VAL(BPF_MAP_LOOKUP_AND_DELETE_ELEM), VAL(BPF_MAP_FREEZE),
	VAL(BPF_BTF_GET_NEXT_ID), VAL(BPF_MAP_LOOKUP_BATCH),
	VAL(BPF_MAP_LOOKUP_AND_DELETE_BATCH), VAL(BPF_MAP_UPDATE_BATCH),
	VAL(BPF_MAP_DELETE_BATCH), VAL(BPF_LINK_CREATE), VAL(BPF_LINK_UPDATE),
	VAL(BPF_LINK_GET_FD_BY_ID), VAL(BPF_LINK_GET_NEXT_ID),
	VAL(BPF_ENABLE_STATS), VAL(BPF_ITER_CREATE), VAL(BPF_LINK_DETACH),
	VAL(BPF_PROG_BIND_MAP),
};
const struct mysd_flagset mysd_bpf_cmd = MYSD_ENUMSET(bpf_cmd_x);

static const struct mysd_flag bpf_map_type_x[] = {
	VAL(BPF_MAP_TYPE_UNSPEC), VAL(BPF_MAP_TYPE_HASH), VAL(BPF_MAP_TYPE_ARRAY),
	VAL(BPF_MAP_TYPE_PROG_ARRAY), VAL(BPF_MAP_TYPE_PERF_EVENT_ARRAY),
	VAL(BPF_MAP_TYPE_PERCPU_HASH), VAL(BPF_MAP_TYPE_PERCPU_ARRAY),
	VAL(BPF_MAP_TYPE_STACK_TRACE), VAL(BPF_MAP_TYPE_CGROUP_ARRAY),
	VAL(BPF_MAP_TYPE_LRU_HASH), VAL(BPF_MAP_TYPE_LRU_PERCPU_HASH),
	VAL(BPF_MAP_TYPE_LPM_TRIE), VAL(BPF_MAP_TYPE_ARRAY_OF_MAPS),
	VAL(BPF_MAP_TYPE_HASH_OF_MAPS), VAL(BPF_MAP_TYPE_DEVMAP),
	VAL(BPF_MAP_TYPE_SOCKMAP), VAL(BPF_MAP_TYPE_CPUMAP),
	VAL(BPF_MAP_TYPE_XSKMAP), VAL(BPF_MAP_TYPE_SOCKHASH),
	VAL(BPF_MAP_TYPE_CGROUP_STORAGE),
	VAL(BPF_MAP_TYPE_REUSEPORT_SOCKARRAY),
	VAL(BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE), VAL(BPF_MAP_TYPE_QUEUE),
	VAL(BPF_MAP_TYPE_STACK), VAL(BPF_MAP_TYPE_SK_STORAGE),
	VAL(BPF_MAP_TYPE_DEVMAP_HASH), VAL(BPF_MAP_TYPE_STRUCT_OPS),
	VAL(BPF_MAP_TYPE_RINGBUF), VAL(BPF_MAP_TYPE_INODE_STORAGE),
};
const struct mysd_flagset mysd_bpf_map_type = MYSD_ENUMSET(bpf_map_type_x);

static const struct mysd_flag bpf_prog_type_x[] = {
	VAL(BPF_PROG_TYPE_UNSPEC), VAL(BPF_PROG_TYPE_SOCKET_FILTER),
	VAL(BPF_PROG_TYPE_KPROBE), VAL(BPF_PROG_TYPE_SCHED_CLS),
	VAL(BPF_PROG_TYPE_SCHED_ACT), VAL(BPF_PROG_TYPE_TRACEPOINT),
	VAL(BPF_PROG_TYPE_XDP), VAL(BPF_PROG_TYPE_PERF_EVENT),
	VAL(BPF_PROG_TYPE_CGROUP_SKB), VAL(BPF_PROG_TYPE_CGROUP_SOCK),
	VAL(BPF_PROG_TYPE_LWT_IN), VAL(BPF_PROG_TYPE_LWT_OUT),
	VAL(BPF_PROG_TYPE_LWT_XMIT), VAL(BPF_PROG_TYPE_SOCK_OPS),
	VAL(BPF_PROG_TYPE_SK_SKB), VAL(BPF_PROG_TYPE_CGROUP_DEVICE),
	VAL(BPF_PROG_TYPE_SK_MSG), VAL(BPF_PROG_TYPE_RAW_TRACEPOINT),
	VAL(BPF_PROG_TYPE_CGROUP_SOCK_ADDR), VAL(BPF_PROG_TYPE_LWT_SEG6LOCAL),
	VAL(BPF_PROG_TYPE_LIRC_MODE2), VAL(BPF_PROG_TYPE_SK_REUSEPORT),
	VAL(BPF_PROG_TYPE_FLOW_DISSECTOR), VAL(BPF_PROG_TYPE_CGROUP_SYSCTL),
	VAL(BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE),
	VAL(BPF_PROG_TYPE_CGROUP_SOCKOPT), VAL(BPF_PROG_TYPE_TRACING),
	VAL(BPF_PROG_TYPE_STRUCT_OPS), VAL(BPF_PROG_TYPE_EXT),
	VAL(BPF_PROG_TYPE_LSM), VAL(BPF_PROG_TYPE_SK_LOOKUP),
};
const struct mysd_flagset mysd_bpf_prog_type = MYSD_ENUMSET(bpf_prog_type_x);

static const struct mysd_flag seccomp_op_x[] = {
	VAL(SECCOMP_SET_MODE_STRICT), VAL(SECCOMP_SET_MODE_FILTER),
	VAL(SECCOMP_GET_ACTION_AVAIL), VAL(SECCOMP_GET_NOTIF_SIZES),
};
const struct mysd_flagset mysd_seccomp_op = MYSD_ENUMSET(seccomp_op_x);

static const struct mysd_flag seccomp_flags_x[] = {
	FLAG(SECCOMP_FILTER_FLAG_TSYNC), FLAG(SECCOMP_FILTER_FLAG_LOG),
	FLAG(SECCOMP_FILTER_FLAG_SPEC_ALLOW),
	FLAG(SECCOMP_FILTER_FLAG_NEW_LISTENER),
	FLAG(SECCOMP_FILTER_FLAG_TSYNC_ESRCH),
#ifdef SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV
	FLAG(SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV),
#endif
};
const struct mysd_flagset mysd_seccomp_flags = MYSD_FLAGSET(seccomp_flags_x);

static const struct mysd_flag keyctl_op_x[] = {
	VAL(KEYCTL_GET_KEYRING_ID), VAL(KEYCTL_JOIN_SESSION_KEYRING),
	VAL(KEYCTL_UPDATE), VAL(KEYCTL_REVOKE), VAL(KEYCTL_CHOWN),
	VAL(KEYCTL_SETPERM), VAL(KEYCTL_DESCRIBE), VAL(KEYCTL_CLEAR),
	VAL(KEYCTL_LINK), VAL(KEYCTL_UNLINK), VAL(KEYCTL_SEARCH),
	VAL(KEYCTL_READ), VAL(KEYCTL_INSTANTIATE), VAL(KEYCTL_NEGATE),
	VAL(KEYCTL_SET_REQKEY_KEYRING), VAL(KEYCTL_SET_TIMEOUT),
	VAL(KEYCTL_ASSUME_AUTHORITY), VAL(KEYCTL_GET_SECURITY),
	VAL(KEYCTL_SESSION_TO_PARENT), VAL(KEYCTL_REJECT),
	VAL(KEYCTL_INSTANTIATE_IOV), VAL(KEYCTL_INVALIDATE),
	VAL(KEYCTL_GET_PERSISTENT), VAL(KEYCTL_DH_COMPUTE),
	VAL(KEYCTL_PKEY_QUERY), VAL(KEYCTL_PKEY_ENCRYPT),
	VAL(KEYCTL_PKEY_DECRYPT), VAL(KEYCTL_PKEY_SIGN),
	VAL(KEYCTL_PKEY_VERIFY), VAL(KEYCTL_RESTRICT_KEYRING),
	VAL(KEYCTL_MOVE), VAL(KEYCTL_CAPABILITIES),
#ifdef KEYCTL_WATCH_KEY
	VAL(KEYCTL_WATCH_KEY),
#endif
};
const struct mysd_flagset mysd_keyctl_op = MYSD_ENUMSET(keyctl_op_x);

/* The special keyrings: negative serials, as a 32-bit register holds them. */
static const struct mysd_flag key_spec_x[] = {
	VAL32(KEY_SPEC_THREAD_KEYRING), VAL32(KEY_SPEC_PROCESS_KEYRING),
	VAL32(KEY_SPEC_SESSION_KEYRING), VAL32(KEY_SPEC_USER_KEYRING),
	VAL32(KEY_SPEC_USER_SESSION_KEYRING), VAL32(KEY_SPEC_GROUP_KEYRING),
	VAL32(KEY_SPEC_REQKEY_AUTH_KEY), VAL32(KEY_SPEC_REQUESTOR_KEYRING),
};
const struct mysd_flagset mysd_key_spec = MYSD_ENUMSET(key_spec_x);

/* KEYCTL_SET_REQKEY_KEYRING's default keyring for request_key() */
static const struct mysd_flag reqkey_defl_x[] = {
	VAL32(KEY_REQKEY_DEFL_NO_CHANGE), VAL(KEY_REQKEY_DEFL_DEFAULT),
	VAL(KEY_REQKEY_DEFL_THREAD_KEYRING), VAL(KEY_REQKEY_DEFL_PROCESS_KEYRING),
	VAL(KEY_REQKEY_DEFL_SESSION_KEYRING), VAL(KEY_REQKEY_DEFL_USER_KEYRING),
	VAL(KEY_REQKEY_DEFL_USER_SESSION_KEYRING),
	VAL(KEY_REQKEY_DEFL_GROUP_KEYRING),
	VAL(KEY_REQKEY_DEFL_REQUESTOR_KEYRING),
};
const struct mysd_flagset mysd_reqkey_defl = MYSD_ENUMSET(reqkey_defl_x);

static const struct mysd_flag perf_type_x[] = {
	VAL(PERF_TYPE_HARDWARE), VAL(PERF_TYPE_SOFTWARE),
	VAL(PERF_TYPE_TRACEPOINT), VAL(PERF_TYPE_HW_CACHE), VAL(PERF_TYPE_RAW),
	VAL(PERF_TYPE_BREAKPOINT),
};
const struct mysd_flagset mysd_perf_type = MYSD_ENUMSET(perf_type_x);

static const struct mysd_flag perf_flags_x[] = {
	FLAG(PERF_FLAG_FD_NO_GROUP), FLAG(PERF_FLAG_FD_OUTPUT),
	FLAG(PERF_FLAG_PID_CGROUP), FLAG(PERF_FLAG_FD_CLOEXEC),
};
const struct mysd_flagset mysd_perf_flags = MYSD_FLAGSET(perf_flags_x);

static const struct mysd_flag io_uring_enter_flags_x[] = {
	FLAG(IORING_ENTER_GETEVENTS), FLAG(IORING_ENTER_SQ_WAKEUP),
	FLAG(IORING_ENTER_SQ_WAIT),
#ifdef IORING_ENTER_EXT_ARG
	FLAG(IORING_ENTER_EXT_ARG),
#endif
#ifdef IORING_ENTER_REGISTERED_RING
	FLAG(IORING_ENTER_REGISTERED_RING),
#endif
};
const struct mysd_flagset mysd_io_uring_enter_flags =
	MYSD_FLAGSET(io_uring_enter_flags_x);

static const struct mysd_flag io_uring_register_op_x[] = {
	VAL(IORING_REGISTER_BUFFERS), VAL(IORING_UNREGISTER_BUFFERS),
	VAL(IORING_REGISTER_FILES), VAL(IORING_UNREGISTER_FILES),
	VAL(IORING_REGISTER_EVENTFD), VAL(IORING_UNREGISTER_EVENTFD),
	VAL(IORING_REGISTER_FILES_UPDATE), VAL(IORING_REGISTER_EVENTFD_ASYNC),
	VAL(IORING_REGISTER_PROBE), VAL(IORING_REGISTER_PERSONALITY),
	VAL(IORING_UNREGISTER_PERSONALITY), VAL(IORING_REGISTER_RESTRICTIONS),
	VAL(IORING_REGISTER_ENABLE_RINGS),
};
const struct mysd_flagset mysd_io_uring_register_op =
	MYSD_ENUMSET(io_uring_register_op_x);

/* The notification class is a field: FAN_CLASS_NOTIF is its 0. */
static const struct mysd_flag fan_init_flags_x[] = {
	FIELD(FAN_CLASS_NOTIF, FAN_CLASS_NOTIF | FAN_CLASS_CONTENT |
			       FAN_CLASS_PRE_CONTENT),
	FIELD(FAN_CLASS_CONTENT, FAN_CLASS_NOTIF | FAN_CLASS_CONTENT |
				 FAN_CLASS_PRE_CONTENT),
	FIELD(FAN_CLASS_PRE_CONTENT, FAN_CLASS_NOTIF | FAN_CLASS_CONTENT |
				     FAN_CLASS_PRE_CONTENT),
	FLAG(FAN_CLOEXEC), FLAG(FAN_NONBLOCK), FLAG(FAN_UNLIMITED_QUEUE),
	FLAG(FAN_UNLIMITED_MARKS), FLAG(FAN_ENABLE_AUDIT), FLAG(FAN_REPORT_TID),
	FLAG(FAN_REPORT_FID), FLAG(FAN_REPORT_DIR_FID), FLAG(FAN_REPORT_NAME),
#ifdef FAN_REPORT_PIDFD
	FLAG(FAN_REPORT_PIDFD),
#endif
#ifdef FAN_REPORT_TARGET_FID
	FLAG(FAN_REPORT_TARGET_FID),
#endif
};
const struct mysd_flagset mysd_fan_init_flags = MYSD_FLAGSET(fan_init_flags_x);

/* An inode is marked unless FAN_MARK_MOUNT or FAN_MARK_FILESYSTEM says. */
static const struct mysd_flag fan_mark_flags_x[] = {
	FLAG(FAN_MARK_ADD), FLAG(FAN_MARK_REMOVE), FLAG(FAN_MARK_DONT_FOLLOW),
	FLAG(FAN_MARK_ONLYDIR), FLAG(FAN_MARK_IGNORED_MASK),
	FLAG(FAN_MARK_IGNORED_SURV_MODIFY), FLAG(FAN_MARK_FLUSH),
	FLAG(FAN_MARK_MOUNT), FLAG(FAN_MARK_FILESYSTEM),
#ifdef FAN_MARK_EVICTABLE
	FLAG(FAN_MARK_EVICTABLE),
#endif
#ifdef FAN_MARK_IGNORE
	FLAG(FAN_MARK_IGNORE),
#endif
};
const struct mysd_flagset mysd_fan_mark_flags = MYSD_FLAGSET(fan_mark_flags_x);

static const struct mysd_flag fan_events_x[] = {
	FLAG(FAN_ACCESS), FLAG(FAN_MODIFY), FLAG(FAN_ATTRIB),
	FLAG(FAN_CLOSE_WRITE), FLAG(FAN_CLOSE_NOWRITE), FLAG(FAN_OPEN),
	FLAG(FAN_MOVED_FROM), FLAG(FAN_MOVED_TO), FLAG(FAN_CREATE),
	FLAG(FAN_DELETE), FLAG(FAN_DELETE_SELF), FLAG(FAN_MOVE_SELF),
	FLAG(FAN_OPEN_EXEC), FLAG(FAN_Q_OVERFLOW),
#ifdef FAN_FS_ERROR
	FLAG(FAN_FS_ERROR),
#endif
	FLAG(FAN_OPEN_PERM), FLAG(FAN_ACCESS_PERM), FLAG(FAN_OPEN_EXEC_PERM),
#ifdef FAN_RENAME
	FLAG(FAN_RENAME),
#endif
	FLAG(FAN_EVENT_ON_CHILD), FLAG(FAN_ONDIR),
};
const struct mysd_flagset mysd_fan_events = MYSD_FLAGSET(fan_events_x);

static const struct mysd_flag uffd_flags_x[] = {
	FLAG(O_CLOEXEC), FLAG(O_NONBLOCK),
#ifdef UFFD_USER_MODE_ONLY
	FLAG(UFFD_USER_MODE_ONLY),
#endif
};
const struct mysd_flagset mysd_uffd_flags = MYSD_FLAGSET(uffd_flags_x);

/*
 * map_shadow_stack (6.6): x86's header until 6.13, asm-generic's since
 * (with SET_MARKER, for arm64's GCS)
 */
static const struct mysd_flag shadow_stack_flags_x[] = {
	ABI_FLAG(0x1, "SHADOW_STACK_SET_TOKEN"),
	ABI_FLAG(0x2, "SHADOW_STACK_SET_MARKER"),
};
const struct mysd_flagset mysd_shadow_stack_flags =
	MYSD_FLAGSET(shadow_stack_flags_x);
