/* SPDX-License-Identifier: GPL-2.0 */
/*
 * table.h - what the probe and the writer thread ask of the syscall table.
 *
 * One table (syscalls/table.c) describes each decoded syscall: its argument
 * kinds and labels. From those kinds the table derives, once, the list of
 * user-memory captures the probe makes at syscall exit, so the hot path only
 * walks a short precomputed array.
 */
#ifndef MYSD_TABLE_H
#define MYSD_TABLE_H

#include "event.h"

#ifdef __KERNEL__
#include <uapi/linux/futex.h>
#else
#include <linux/futex.h>
#endif

/*
 * fcntl's locks, captured up to l_pid: struct flock in the task's off_t
 * (16 bytes where a long is 4), or with 64-bit offsets at 8 and 16
 * (struct flock of a 64-bit task, flock64 in both ARM ABIs): 28 bytes.
 * The printer tells the layouts apart by the length.
 */
#define MYSD_FLOCK32_SIZE	16
#define MYSD_FLOCK64_SIZE	28

/*
 * What futex's fourth argument is for op @op, by its command as the kernel
 * masks it (FUTEX_CMD_MASK): a struct timespec * for the commands that
 * wait with a timeout (relative for FUTEX_WAIT, absolute for the others;
 * the kernel reads it, never writes it), a u32 count (val2) for the
 * requeues and FUTEX_WAKE_OP, unused by the others. An unknown command
 * (ENOSYS) leaves it a pointer, never read.
 */
#define MYSD_FUTEX_ARG4_UNUSED	0
#define MYSD_FUTEX_ARG4_TIMEOUT	1
#define MYSD_FUTEX_ARG4_VAL2	2
#define MYSD_FUTEX_ARG4_PTR	3

static __always_inline unsigned int mysd_futex_arg4(u32 op)
{
	switch (op & FUTEX_CMD_MASK) {
	case FUTEX_WAIT:
	case FUTEX_LOCK_PI:
	case FUTEX_WAIT_BITSET:
	case FUTEX_WAIT_REQUEUE_PI:
#ifdef FUTEX_LOCK_PI2	/* 5.14 */
	case FUTEX_LOCK_PI2:
#endif
		return MYSD_FUTEX_ARG4_TIMEOUT;
	case FUTEX_REQUEUE:
	case FUTEX_CMP_REQUEUE:
	case FUTEX_CMP_REQUEUE_PI:
	case FUTEX_WAKE_OP:
		return MYSD_FUTEX_ARG4_VAL2;
	case FUTEX_WAKE:
	case FUTEX_FD:
	case FUTEX_UNLOCK_PI:
	case FUTEX_TRYLOCK_PI:
	case FUTEX_WAKE_BITSET:
		return MYSD_FUTEX_ARG4_UNUSED;
	default:
		return MYSD_FUTEX_ARG4_PTR;
	}
}

/*
 * Which of futex's val, uaddr2 and val3 (registers 2, 4 and 5: bits of
 * the mask) op @op reads, as strace prints them; the fourth is
 * mysd_futex_arg4()'s. An unknown command shows them all.
 */
static inline unsigned int mysd_futex_shown(u32 op)
{
	const unsigned int val = 1U << 2, uaddr2 = 1U << 4, val3 = 1U << 5;

	switch (op & FUTEX_CMD_MASK) {
	case FUTEX_WAIT:
	case FUTEX_WAKE:
	case FUTEX_FD:
		return val;
	case FUTEX_WAIT_BITSET:
	case FUTEX_WAKE_BITSET:
		return val | val3;
	case FUTEX_REQUEUE:
	case FUTEX_WAIT_REQUEUE_PI:
		return val | uaddr2;
	case FUTEX_LOCK_PI:
	case FUTEX_UNLOCK_PI:
	case FUTEX_TRYLOCK_PI:
#ifdef FUTEX_LOCK_PI2	/* 5.14 */
	case FUTEX_LOCK_PI2:
#endif
		return 0;
	default:	/* the CMP_REQUEUEs, WAKE_OP, unknown */
		return val | uaddr2 | val3;
	}
}

/*
 * Whether a task of this ABI (@compat, or the native one) has 32-bit longs
 * and results: compat tasks, and every task of a 32-bit kernel.
 */
static inline bool mysd_abi32(bool compat)
{
	return compat || sizeof(long) == 4;
}

/*
 * Where the length of a capture comes from. The kinds from MYSD_LEN_IOV on
 * need more room than their data bound (mysd_cap_bound()).
 */
enum mysd_len_src {
	MYSD_LEN_STRING,	/* NUL-terminated: up to the string_max bound */
	MYSD_LEN_ARGV,		/* NULL-terminated pointer array of strings */
	MYSD_LEN_ARG,		/* args[len_arg] * scale bytes, up to max (0: data_max) */
	MYSD_LEN_ARG_UINT,	/* the same, args[len_arg] an unsigned int */
	MYSD_LEN_ARG_INT,	/* the same, args[len_arg] an int: < 0 reads nothing */
	MYSD_LEN_BITS,		/* args[len_arg] bits, whole task longs (fd_set) */
	MYSD_LEN_RET,		/* ret * scale bytes when ret > 0, up to max (0: data_max) */
	MYSD_LEN_RET_ARG,	/* the same, at most args[len_arg] * scale (MSG_TRUNC) */
	MYSD_LEN_ARGPTR,	/* the u32 the user pointer args[len_arg] points to */
	MYSD_LEN_FIXED,		/* exactly max bytes (a struct) */
	MYSD_LEN_COUNT,		/* entries of a NULL-terminated pointer array, a u32 */
	MYSD_LEN_FLOCK,		/* fcntl's struct flock, by the command args[len_arg] */
	MYSD_LEN_FLOCK64,	/* fcntl64's: flock64 for F_*LK64 and F_OFD_* */
	MYSD_LEN_FUTEX,		/* a timespec, max bytes, if the op args[len_arg] waits */
	MYSD_LEN_IOV,		/* struct iovec[args[len_arg]] and their data (event.h) */
	MYSD_LEN_MSGHDR,	/* struct msghdr, its address and iovecs (event.h) */
	MYSD_LEN_MMSG,		/* struct mmsghdr[args[len_arg]], each a msghdr */
	MYSD_LEN_MSGBUF,	/* struct msgbuf: long mtype, text of args[len_arg] or ret */
	MYSD_LEN_SRCS
};

/* When to capture. */
#define MYSD_CAPW_ALWAYS	0	/* input: read whatever the result */
#define MYSD_CAPW_SUCCESS	1	/* output: only when ret >= 0 */

/* One user-memory copy the probe makes for a syscall. */
struct mysd_capture_spec {
	u8 arg;			/* argument holding the user pointer */
	u8 kind;		/* enum mysd_cap_kind stored in the event */
	u8 len_src;		/* enum mysd_len_src */
	u8 len_arg;		/* argument index for MYSD_LEN_ARG/ARGPTR */
	u8 when;		/* MYSD_CAPW_* */
	u8 scale;		/* MYSD_LEN_ARG/RET: element size (0 means 1) */
	u16 max;		/* byte bound; 0 = the runtime data_max/string_max */
};

/*
 * Derive what the rows imply (capture lists, print plans, name lengths)
 * and index the flag sets; call once before the probe is armed.
 */
void mysd_table_init(void);

/* The captures of one syscall: @n (0..MYSD_MAX_CAPS) specs at @specs. */
struct mysd_caps {
	const struct mysd_capture_spec *specs;
	unsigned int n;
};

/*
 * Captures for syscall @nr of the native (compat=false) or 32-bit compat
 * ABI. Returned in registers on arm64: the probe keeps no pointer to a
 * local, so it needs no stack canary.
 */
struct mysd_caps mysd_syscall_caps(bool compat, u32 nr);

/* The same, returning how many and pointing *specs at them. */
static inline unsigned int
mysd_syscall_captures(bool compat, u32 nr,
		      const struct mysd_capture_spec **specs)
{
	struct mysd_caps c = mysd_syscall_caps(compat, nr);

	*specs = c.specs;
	return c.n;
}

/* Name of syscall @nr, or NULL when the table has none ("syscall_NNN"). */
const char *mysd_syscall_name(bool compat, u32 nr);

#endif /* MYSD_TABLE_H */
