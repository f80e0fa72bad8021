// SPDX-License-Identifier: GPL-2.0
/*
 * flags_admin.c - the flag and enum sets of what a board's init system and
 * its sandboxes call: the new mount API (fsopen, fsmount, move_mount...),
 * NTP's clock adjustments, quotas, memory policies, Landlock, protection
 * keys and capabilities. The file and process sets are in flags.c, the security
 * monitors' in flags_sys.c.
 *
 * Enumerations the kernel declares as C enums cannot be tested with
 * #ifdef: only values every supported kernel (5.10 on) has are listed,
 * newer ones print as numbers.
 */
#ifndef __KERNEL__
#define _GNU_SOURCE
#endif
#include "sysent.h"
#include "flags.h"

#ifdef __KERNEL__
#include <linux/fcntl.h>
#include <linux/mman.h>
#include <uapi/linux/timex.h>
#include <uapi/linux/mount.h>
#include <uapi/linux/quota.h>
#include <uapi/linux/mempolicy.h>
#include <uapi/linux/capability.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/timex.h>
#include <linux/mount.h>
#include <linux/quota.h>
#include <linux/mempolicy.h>
#include <linux/capability.h>
#endif

/*
 * Landlock's ABI numbers (5.13; REFER 5.19, TRUNCATE 6.2, IOCTL_DEV
 * 6.10): defined here, as the 5.10 headers have no linux/landlock.h, and
 * its rule types are a C enum.
 */
#define LANDLOCK_CREATE_RULESET_VERSION	(1U << 0)
#define LANDLOCK_RULE_PATH_BENEATH	MYSD_LANDLOCK_PATH_BENEATH
#define LANDLOCK_ACCESS_FS_EXECUTE	(1ULL << 0)
#define LANDLOCK_ACCESS_FS_WRITE_FILE	(1ULL << 1)
#define LANDLOCK_ACCESS_FS_READ_FILE	(1ULL << 2)
#define LANDLOCK_ACCESS_FS_READ_DIR	(1ULL << 3)
#define LANDLOCK_ACCESS_FS_REMOVE_DIR	(1ULL << 4)
#define LANDLOCK_ACCESS_FS_REMOVE_FILE	(1ULL << 5)
#define LANDLOCK_ACCESS_FS_MAKE_CHAR	(1ULL << 6)
#define LANDLOCK_ACCESS_FS_MAKE_DIR	(1ULL << 7)
#define LANDLOCK_ACCESS_FS_MAKE_REG	(1ULL << 8)
#define LANDLOCK_ACCESS_FS_MAKE_SOCK	(1ULL << 9)
#define LANDLOCK_ACCESS_FS_MAKE_FIFO	(1ULL << 10)
#define LANDLOCK_ACCESS_FS_MAKE_BLOCK	(1ULL << 11)
#define LANDLOCK_ACCESS_FS_MAKE_SYM	(1ULL << 12)
#define LANDLOCK_ACCESS_FS_REFER	(1ULL << 13)
#define LANDLOCK_ACCESS_FS_TRUNCATE	(1ULL << 14)
#define LANDLOCK_ACCESS_FS_IOCTL_DEV	(1ULL << 15)

/* ---- the new mount API ------------------------------------------------ */

static const struct mysd_flag open_tree_flags_x[] = {
	FLAG(OPEN_TREE_CLONE), FLAG(OPEN_TREE_CLOEXEC),
	FLAG(AT_SYMLINK_NOFOLLOW), FLAG(AT_NO_AUTOMOUNT), FLAG(AT_EMPTY_PATH),
	FLAG(AT_RECURSIVE),
};
const struct mysd_flagset mysd_open_tree_flags =
	MYSD_FLAGSET(open_tree_flags_x);

static const struct mysd_flag move_mount_flags_x[] = {
	FLAG(MOVE_MOUNT_F_SYMLINKS), FLAG(MOVE_MOUNT_F_AUTOMOUNTS),
	FLAG(MOVE_MOUNT_F_EMPTY_PATH), FLAG(MOVE_MOUNT_T_SYMLINKS),
	FLAG(MOVE_MOUNT_T_AUTOMOUNTS), FLAG(MOVE_MOUNT_T_EMPTY_PATH),
#ifdef MOVE_MOUNT_SET_GROUP
	FLAG(MOVE_MOUNT_SET_GROUP),
#endif
#ifdef MOVE_MOUNT_BENEATH
	FLAG(MOVE_MOUNT_BENEATH),
#endif
};
const struct mysd_flagset mysd_move_mount_flags =
	MYSD_FLAGSET(move_mount_flags_x);

static const struct mysd_flag fsopen_flags_x[] = {
	FLAG(FSOPEN_CLOEXEC),
};
const struct mysd_flagset mysd_fsopen_flags = MYSD_FLAGSET(fsopen_flags_x);

static const struct mysd_flag fsmount_flags_x[] = {
	FLAG(FSMOUNT_CLOEXEC),
};
const struct mysd_flagset mysd_fsmount_flags = MYSD_FLAGSET(fsmount_flags_x);

static const struct mysd_flag fspick_flags_x[] = {
	FLAG(FSPICK_CLOEXEC), FLAG(FSPICK_SYMLINK_NOFOLLOW),
	FLAG(FSPICK_NO_AUTOMOUNT), FLAG(FSPICK_EMPTY_PATH),
};
const struct mysd_flagset mysd_fspick_flags = MYSD_FLAGSET(fspick_flags_x);

static const struct mysd_flag fsconfig_cmd_x[] = {
	VAL(FSCONFIG_SET_FLAG), VAL(FSCONFIG_SET_STRING),
	VAL(FSCONFIG_SET_BINARY), VAL(FSCONFIG_SET_PATH),
	VAL(FSCONFIG_SET_PATH_EMPTY), VAL(FSCONFIG_SET_FD),
	VAL(FSCONFIG_CMD_CREATE), VAL(FSCONFIG_CMD_RECONFIGURE),
};
const struct mysd_flagset mysd_fsconfig_cmd = MYSD_ENUMSET(fsconfig_cmd_x);

/* Access times are a 3-bit field; its values are distinct bits but 0. */
static const struct mysd_flag mount_attr_flags_x[] = {
	FLAG(MOUNT_ATTR_RDONLY), FLAG(MOUNT_ATTR_NOSUID), FLAG(MOUNT_ATTR_NODEV),
	FLAG(MOUNT_ATTR_NOEXEC), FLAG(MOUNT_ATTR_NOATIME),
	FLAG(MOUNT_ATTR_STRICTATIME), FLAG(MOUNT_ATTR_NODIRATIME),
#ifdef MOUNT_ATTR_IDMAP
	FLAG(MOUNT_ATTR_IDMAP),
#endif
#ifdef MOUNT_ATTR_NOSYMFOLLOW
	FLAG(MOUNT_ATTR_NOSYMFOLLOW),
#endif
};
const struct mysd_flagset mysd_mount_attr_flags =
	MYSD_FLAGSET(mount_attr_flags_x);

/* listmount (6.8); LISTMOUNT_REVERSE is 6.11's */
static const struct mysd_flag listmount_flags_x[] = {
	ABI_FLAG(0x1, "LISTMOUNT_REVERSE"),
};
const struct mysd_flagset mysd_listmount_flags =
	MYSD_FLAGSET(listmount_flags_x);

/* ---- NTP's clock adjustments: struct timex ----------------------------- */

/*
 * adjtime(3)'s modes by their ABI values: inside the kernel
 * ADJ_OFFSET_SINGLESHOT means 0x0001 (linux/timex.h) and ADJ_OFFSET_SS_READ
 * is not defined. The single-shot offsets first: they share ADJ_OFFSET's bit.
 */
static const struct mysd_flag adj_modes_x[] = {
	ABI_FLAG(0xa001, "ADJ_OFFSET_SS_READ"),
	ABI_FLAG(0x8001, "ADJ_OFFSET_SINGLESHOT"),
	FLAG(ADJ_OFFSET), FLAG(ADJ_FREQUENCY), FLAG(ADJ_MAXERROR),
	FLAG(ADJ_ESTERROR), FLAG(ADJ_STATUS), FLAG(ADJ_TIMECONST),
	FLAG(ADJ_TAI), FLAG(ADJ_SETOFFSET), FLAG(ADJ_MICRO), FLAG(ADJ_NANO),
	FLAG(ADJ_TICK),
};
const struct mysd_flagset mysd_adj_modes = MYSD_FLAGSET(adj_modes_x);

static const struct mysd_flag sta_flags_x[] = {
	FLAG(STA_PLL), FLAG(STA_PPSFREQ), FLAG(STA_PPSTIME), FLAG(STA_FLL),
	FLAG(STA_INS), FLAG(STA_DEL), FLAG(STA_UNSYNC), FLAG(STA_FREQHOLD),
	FLAG(STA_PPSSIGNAL), FLAG(STA_PPSJITTER), FLAG(STA_PPSWANDER),
	FLAG(STA_PPSERROR), FLAG(STA_CLOCKERR), FLAG(STA_NANO), FLAG(STA_MODE),
	FLAG(STA_CLK),
};
const struct mysd_flagset mysd_sta_flags = MYSD_FLAGSET(sta_flags_x);

/* ---- quotas: quotactl's QCMD(cmd, type) ------------------------------- */

static const struct mysd_flag quota_cmd_x[] = {
	VAL(Q_SYNC), VAL(Q_QUOTAON), VAL(Q_QUOTAOFF), VAL(Q_GETFMT),
	VAL(Q_GETINFO), VAL(Q_SETINFO), VAL(Q_GETQUOTA), VAL(Q_SETQUOTA),
	VAL(Q_GETNEXTQUOTA),
};
const struct mysd_flagset mysd_quota_cmd = MYSD_ENUMSET(quota_cmd_x);

static const struct mysd_flag quota_type_x[] = {
	VAL(USRQUOTA), VAL(GRPQUOTA), VAL(PRJQUOTA),
};
const struct mysd_flagset mysd_quota_type = MYSD_ENUMSET(quota_type_x);

/* ---- memory policies (NUMA) ------------------------------------------- */

static const struct mysd_flag mpol_mode_x[] = {
	VAL(MPOL_DEFAULT), VAL(MPOL_PREFERRED), VAL(MPOL_BIND),
	VAL(MPOL_INTERLEAVE), VAL(MPOL_LOCAL),
};
const struct mysd_flagset mysd_mpol_mode = MYSD_ENUMSET(mpol_mode_x);

static const struct mysd_flag mpol_mode_flags_x[] = {
	FLAG(MPOL_F_STATIC_NODES), FLAG(MPOL_F_RELATIVE_NODES),
#ifdef MPOL_F_NUMA_BALANCING
	FLAG(MPOL_F_NUMA_BALANCING),
#endif
};
const struct mysd_flagset mysd_mpol_mode_flags =
	MYSD_FLAGSET(mpol_mode_flags_x);

static const struct mysd_flag mpol_mf_flags_x[] = {
	FLAG(MPOL_MF_STRICT), FLAG(MPOL_MF_MOVE), FLAG(MPOL_MF_MOVE_ALL),
};
const struct mysd_flagset mysd_mpol_mf_flags = MYSD_FLAGSET(mpol_mf_flags_x);

static const struct mysd_flag get_mempolicy_flags_x[] = {
	FLAG(MPOL_F_NODE), FLAG(MPOL_F_ADDR), FLAG(MPOL_F_MEMS_ALLOWED),
};
const struct mysd_flagset mysd_get_mempolicy_flags =
	MYSD_FLAGSET(get_mempolicy_flags_x);

/* ---- sandboxes: Landlock, protection keys, secret memory -------------- */

static const struct mysd_flag landlock_create_flags_x[] = {
	FLAG(LANDLOCK_CREATE_RULESET_VERSION),
};
const struct mysd_flagset mysd_landlock_create_flags =
	MYSD_FLAGSET(landlock_create_flags_x);

static const struct mysd_flag landlock_rule_type_x[] = {
	VAL(LANDLOCK_RULE_PATH_BENEATH),
};
const struct mysd_flagset mysd_landlock_rule_type =
	MYSD_ENUMSET(landlock_rule_type_x);

static const struct mysd_flag landlock_access_fs_x[] = {
	FLAG(LANDLOCK_ACCESS_FS_EXECUTE), FLAG(LANDLOCK_ACCESS_FS_WRITE_FILE),
	FLAG(LANDLOCK_ACCESS_FS_READ_FILE), FLAG(LANDLOCK_ACCESS_FS_READ_DIR),
	FLAG(LANDLOCK_ACCESS_FS_REMOVE_DIR), FLAG(LANDLOCK_ACCESS_FS_REMOVE_FILE),
	FLAG(LANDLOCK_ACCESS_FS_MAKE_CHAR), FLAG(LANDLOCK_ACCESS_FS_MAKE_DIR),
	FLAG(LANDLOCK_ACCESS_FS_MAKE_REG), FLAG(LANDLOCK_ACCESS_FS_MAKE_SOCK),
	FLAG(LANDLOCK_ACCESS_FS_MAKE_FIFO), FLAG(LANDLOCK_ACCESS_FS_MAKE_BLOCK),
	FLAG(LANDLOCK_ACCESS_FS_MAKE_SYM), FLAG(LANDLOCK_ACCESS_FS_REFER),
	FLAG(LANDLOCK_ACCESS_FS_TRUNCATE), FLAG(LANDLOCK_ACCESS_FS_IOCTL_DEV),
};
const struct mysd_flagset mysd_landlock_access_fs =
	MYSD_FLAGSET(landlock_access_fs_x);

static const struct mysd_flag pkey_access_x[] = {
	FLAG(PKEY_DISABLE_ACCESS), FLAG(PKEY_DISABLE_WRITE),
};
const struct mysd_flagset mysd_pkey_access = MYSD_FLAGSET(pkey_access_x);

/* dup3 and memfd_secret take O_CLOEXEC alone */
static const struct mysd_flag cloexec_flags_x[] = {
	FLAG(O_CLOEXEC),
};
const struct mysd_flagset mysd_cloexec_flags = MYSD_FLAGSET(cloexec_flags_x);

/* the LSM syscalls (6.8, <linux/lsm.h>): an attribute of the task's */
static const struct mysd_flag lsm_attr_x[] = {
	ABI_VAL(100, "LSM_ATTR_CURRENT"), ABI_VAL(101, "LSM_ATTR_EXEC"),
	ABI_VAL(102, "LSM_ATTR_FSCREATE"), ABI_VAL(103, "LSM_ATTR_KEYCREATE"),
	ABI_VAL(104, "LSM_ATTR_PREV"), ABI_VAL(105, "LSM_ATTR_SOCKCREATE"),
};
const struct mysd_flagset mysd_lsm_attr = MYSD_ENUMSET(lsm_attr_x);

static const struct mysd_flag lsm_flags_x[] = {
	ABI_FLAG(0x1, "LSM_FLAG_SINGLE"),
};
const struct mysd_flagset mysd_lsm_flags = MYSD_FLAGSET(lsm_flags_x);

/* pipe2 takes no access mode: 0 is 0, not O_RDONLY */
static const struct mysd_flag pipe_flags_x[] = {
	FLAG(O_CLOEXEC), FLAG(O_NONBLOCK), FLAG(O_DIRECT),
};
const struct mysd_flagset mysd_pipe_flags = MYSD_FLAGSET(pipe_flags_x);

/* ---- capabilities: capget/capset ---------------------------------------- */

static const struct mysd_flag cap_version_x[] = {
	VAL(_LINUX_CAPABILITY_VERSION_1), VAL(_LINUX_CAPABILITY_VERSION_2),
	VAL(_LINUX_CAPABILITY_VERSION_3),
};
const struct mysd_flagset mysd_cap_version = MYSD_ENUMSET(cap_version_x);

/* A capability is a number: its bit in the 64-bit sets. */
#define CAP_BIT(x)	{ 1ULL << (x), 1ULL << (x), #x, sizeof(#x) - 1, MYSD_F_BITS }

static const struct mysd_flag cap_bits_x[] = {
	CAP_BIT(CAP_CHOWN), CAP_BIT(CAP_DAC_OVERRIDE),
	CAP_BIT(CAP_DAC_READ_SEARCH), CAP_BIT(CAP_FOWNER), CAP_BIT(CAP_FSETID),
	CAP_BIT(CAP_KILL), CAP_BIT(CAP_SETGID), CAP_BIT(CAP_SETUID),
	CAP_BIT(CAP_SETPCAP), CAP_BIT(CAP_LINUX_IMMUTABLE),
	CAP_BIT(CAP_NET_BIND_SERVICE), CAP_BIT(CAP_NET_BROADCAST),
	CAP_BIT(CAP_NET_ADMIN), CAP_BIT(CAP_NET_RAW), CAP_BIT(CAP_IPC_LOCK),
	CAP_BIT(CAP_IPC_OWNER), CAP_BIT(CAP_SYS_MODULE), CAP_BIT(CAP_SYS_RAWIO),
	CAP_BIT(CAP_SYS_CHROOT), CAP_BIT(CAP_SYS_PTRACE), CAP_BIT(CAP_SYS_PACCT),
	CAP_BIT(CAP_SYS_ADMIN), CAP_BIT(CAP_SYS_BOOT), CAP_BIT(CAP_SYS_NICE),
	CAP_BIT(CAP_SYS_RESOURCE), CAP_BIT(CAP_SYS_TIME),
	CAP_BIT(CAP_SYS_TTY_CONFIG), CAP_BIT(CAP_MKNOD), CAP_BIT(CAP_LEASE),
	CAP_BIT(CAP_AUDIT_WRITE), CAP_BIT(CAP_AUDIT_CONTROL),
	CAP_BIT(CAP_SETFCAP), CAP_BIT(CAP_MAC_OVERRIDE), CAP_BIT(CAP_MAC_ADMIN),
	CAP_BIT(CAP_SYSLOG), CAP_BIT(CAP_WAKE_ALARM), CAP_BIT(CAP_BLOCK_SUSPEND),
	CAP_BIT(CAP_AUDIT_READ), CAP_BIT(CAP_PERFMON), CAP_BIT(CAP_BPF),
	CAP_BIT(CAP_CHECKPOINT_RESTORE),
};
const struct mysd_flagset mysd_cap_bits = MYSD_FLAGSET(cap_bits_x);
