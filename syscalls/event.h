/* SPDX-License-Identifier: GPL-2.0 */
/*
 * event.h - the binary record the probe writes and the formatters read.
 *
 * The probe (syscalls/capture.c) runs in the traced task with preemption
 * off: it only copies raw values and bounded user memory into a struct
 * mysd_event reserved in the CPU's ring. Text is produced later, in the
 * writer thread, by mysd_format_event_cached() (syscalls/format.c).
 *
 * Layout in the ring:
 *   struct mysd_event                        fixed header, 8-byte aligned
 *   ncaps x { struct mysd_cap, data[len] }   each padded to 8 bytes
 * ev->size covers the whole thing.
 */
#ifndef MYSD_EVENT_H
#define MYSD_EVENT_H

#include "../portable.h"

#define MYSD_MAX_ARGS 6
#define MYSD_COMM_LEN 16	/* TASK_COMM_LEN */
#define MYSD_MAX_CAPS 4	/* user-memory captures per event */
#define MYSD_EVENT_MAX 4096	/* largest event the probe may reserve */

/* ev->flags */
#define MYSD_EVF_COMPAT		0x01	/* 32-bit task: nr and args use the compat ABI */
#define MYSD_EVF_NORET		0x02	/* syscall did not return (exit, exit_group): ret is meaningless */

struct mysd_event {
	u64 ts;		/* mysd_arch_clock() at syscall exit (host: ns) */
	s64 ret;		/* return value (negative errno on failure) */
	u64 args[MYSD_MAX_ARGS];	/* raw argument registers */
	u32 size;		/* bytes: header + all captures */
	u32 nr;			/* syscall number in the task's ABI */
	u32 pid;		/* thread group id (what userspace calls pid) */
	u32 tid;		/* thread id */
	u8 flags;		/* MYSD_EVF_* */
	u8 ncaps;
	char comm[MYSD_COMM_LEN];	/* NUL-padded, may hold any byte */
};

/* cap->flags */
#define MYSD_CAPF_TRUNC 0x01	/* more data existed than was copied */
#define MYSD_CAPF_FAULT 0x02	/* user pointer unreadable: len is 0 */

/* What a capture holds (cap->kind). */
enum mysd_cap_kind {
	MYSD_CAP_NONE = 0,
	MYSD_CAP_STR,		/* NUL-terminated string: data = bytes, no NUL */
	MYSD_CAP_BUF,		/* raw bytes (read/write data, structs) */
	MYSD_CAP_SOCKADDR,	/* struct sockaddr_* bytes, len = min(addrlen, 128) */
	MYSD_CAP_ARGV,		/* NUL-terminated strings one after another */
	MYSD_CAP_IOV,		/* struct mysd_iov_entry + data, one after another */
	MYSD_CAP_MSGHDR,	/* struct mysd_msghdr_cap, address, control, iovecs */
	MYSD_CAP_MMSG,		/* struct mysd_mmsg_entry + msghdr capture, ... */
};

/*
 * An iovec array as captured (readv, writev): for each iovec shown, its
 * pointer and length, then the bytes kept of the data it holds (written
 * from it; for readv, what the call read into it), unaligned. Entry flags:
 * MYSD_CAPF_TRUNC, more data than was kept; MYSD_CAPF_FAULT, unreadable.
 * The capture's own TRUNC: more iovecs than were shown.
 */
#define MYSD_IOV_MAX	8	/* iovecs shown */
#define MYSD_IOV_ROOM	2048	/* bytes of one capture at most */

struct mysd_iov_entry {
	u64 base;
	u64 len;
	u32 kept;		/* data bytes following */
	u8 flags;		/* MYSD_CAPF_* */
} __packed;

/* Bytes an iovec capture may take: entries and data_max of each. */
static inline u32 mysd_iov_room(u32 data_max)
{
	return min_t(u32, MYSD_IOV_MAX * (sizeof(struct mysd_iov_entry) +
					  data_max), MYSD_IOV_ROOM);
}

/*
 * A struct msghdr as captured (sendmsg, recvmsg), in one layout for both
 * ABIs: its fields, then name_kept bytes of the address it names, then
 * control_kept bytes of its control messages (in the task's ABI: cmsghdr
 * differs), then its iovecs as an iovec capture lays them out, to the
 * capture's end (for recvmsg, what the call received).
 */
struct mysd_msghdr_cap {
	u64 name;
	u64 iov;
	u64 iovlen;
	u64 control;
	u64 controllen;
	u32 namelen;
	u32 flags;		/* msg_flags */
	u32 name_kept;		/* address bytes following */
	u32 control_kept;	/* control bytes following the address */
	u8 name_flags;		/* MYSD_CAPF_* of the address */
	u8 control_flags;	/* MYSD_CAPF_* of the control messages */
	u8 iov_flags;		/* MYSD_CAPF_* of the iovec array */
	u8 pad[5];
};

/* Control bytes kept: SCM_RIGHTS with 12 fds, or SCM_CREDENTIALS. */
#define MYSD_CONTROL_MAX	64

#define MYSD_SOCKADDR_MAX	128	/* sizeof(struct sockaddr_storage) */

/* Bytes a msghdr capture may take: fields, address, control, iovecs. */
static inline u32 mysd_msghdr_room(u32 data_max)
{
	return sizeof(struct mysd_msghdr_cap) + MYSD_SOCKADDR_MAX +
	       MYSD_CONTROL_MAX + mysd_iov_room(data_max);
}

/*
 * sendmmsg's messages as captured: for each of the first MYSD_MMSG_MAX, a
 * struct mysd_mmsg_entry, then its msghdr as a msghdr capture lays it out
 * (size bytes, its iovecs' data within MYSD_MMSG_IOV_ROOM). TRUNC: the
 * call was given more.
 */
#define MYSD_MMSG_MAX		2	/* glibc's resolver sends A and AAAA */
#define MYSD_MMSG_IOV_ROOM	1024

struct mysd_mmsg_entry {
	u32 msg_len;		/* bytes sent of it (the first ret only) */
	u32 size;		/* bytes of its msghdr capture following */
};

static inline u32 mysd_mmsg_iov_room(u32 data_max)
{
	return min_t(u32, mysd_iov_room(data_max), MYSD_MMSG_IOV_ROOM);
}

/* Bytes a sendmmsg capture may take. */
static inline u32 mysd_mmsg_room(u32 data_max)
{
	return MYSD_MMSG_MAX * (sizeof(struct mysd_mmsg_entry) +
				sizeof(struct mysd_msghdr_cap) +
				MYSD_SOCKADDR_MAX + MYSD_CONTROL_MAX +
				mysd_mmsg_iov_room(data_max));
}

/*
 * A struct msgbuf (msgsnd, msgrcv) as captured: the task's long mtype, then
 * up to data_max bytes of its text. Room for a 64-bit long.
 */
static inline u32 mysd_msgbuf_room(u32 data_max)
{
	return sizeof(u64) + data_max;
}

struct mysd_cap {
	u8 arg;			/* index of the argument this data belongs to */
	u8 kind;		/* enum mysd_cap_kind */
	u8 flags;		/* MYSD_CAPF_* */
	u8 pad;
	u32 len;		/* bytes of data following this header */
	/* u8 data[len], then padding to 8 */
};

static inline const u8 *mysd_cap_data(const struct mysd_cap *cap)
{
	return (const u8 *)(cap + 1);
}

static inline u32 mysd_cap_size(u32 len)
{
	return ALIGN((u32)sizeof(struct mysd_cap) + len, 8U);
}

/*
 * The capture of argument @arg, or NULL when the probe copied none. Never
 * reads outside ev->size, whatever the lengths inside claim: each length is
 * checked against the bytes left before it is used (no u32 wrap).
 */
static inline const struct mysd_cap *mysd_event_cap(const struct mysd_event *ev,
						    unsigned int arg)
{
	const u8 *p = (const u8 *)(ev + 1);
	const u8 *end = (const u8 *)ev + ev->size;
	unsigned int i;

	if (ev->size < sizeof(*ev))
		return NULL;
	for (i = 0; i < ev->ncaps; i++) {
		const struct mysd_cap *cap = (const struct mysd_cap *)p;
		size_t left = end - p;

		if (left < sizeof(*cap) || cap->len > left - sizeof(*cap))
			return NULL;
		if (cap->arg == arg)
			return cap;
		if (mysd_cap_size(cap->len) >= left)
			return NULL;
		p += mysd_cap_size(cap->len);
	}
	return NULL;
}

#endif /* MYSD_EVENT_H */
