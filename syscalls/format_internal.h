/* SPDX-License-Identifier: GPL-2.0 */
/*
 * format_internal.h - what the line (format.c) and the printers of captured
 * user memory (format_capture.c) share: reading an event's arguments, and
 * the printers each calls in the other. Not for the rest of the module.
 */
#ifndef MYSD_FORMAT_INTERNAL_H
#define MYSD_FORMAT_INTERNAL_H

#ifndef __KERNEL__
#define _GNU_SOURCE
#endif
#include "format.h"
#include "sysent.h"
#include "flags.h"

#ifdef __KERNEL__
#include <linux/fcntl.h>
#include <linux/socket.h>
#include <linux/stat.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <uapi/linux/ipc.h>
#include <uapi/linux/prctl.h>
#include <uapi/linux/bpf.h>
#include <uapi/linux/keyctl.h>
#include <uapi/linux/mount.h>
#include <uapi/linux/quota.h>
#include <uapi/linux/capability.h>
#else
#include <fcntl.h>
#include <signal.h>
#include <linux/sched.h>
#include <sys/prctl.h>
#include <linux/bpf.h>
#include <linux/keyctl.h>
#include <linux/mount.h>
#include <linux/quota.h>
#include <linux/capability.h>
#include <sys/socket.h>
#include <sys/stat.h>
#endif

#ifndef O_TMPFILE
#define O_TMPFILE 0
#endif

/* ---- reading the event safely ----------------------------------------- */

/* The capture of @arg, or NULL; mysd_event_cap() keeps it inside ev->size. */
static inline const struct mysd_cap *cap_of(const struct mysd_event *ev,
					    unsigned int arg)
{
	if (ev->size > MYSD_EVENT_MAX)
		return NULL;
	return mysd_event_cap(ev, arg);
}

static inline bool is_compat(const struct mysd_event *ev)
{
	return ev->flags & MYSD_EVF_COMPAT;
}

/* Its longs and results are 32 bits (mysd_abi32()). */
static inline bool abi32(const struct mysd_event *ev)
{
	return mysd_abi32(is_compat(ev));
}

/* int arguments: the kernel uses the low 32 bits of the register. */
static inline s64 arg_int(const struct mysd_event *ev, unsigned int i)
{
	return (s32)(u32)ev->args[i];
}

/* long arguments: 32-bit in a 32-bit ABI. */
static inline s64 arg_long(const struct mysd_event *ev, unsigned int i)
{
	return abi32(ev) ? (s32)(u32)ev->args[i] : (s64)ev->args[i];
}

static inline u64 arg_ulong(const struct mysd_event *ev, unsigned int i)
{
	return abi32(ev) ? (u32)ev->args[i] : ev->args[i];
}

static inline s64 event_ret(const struct mysd_event *ev)
{
	/* 32-bit: an errno is a negative s32; anything else unsigned 32-bit */
	if (abi32(ev))
		return (u32)ev->ret >= (u32)-4095 ? (s32)(u32)ev->ret :
						    (s64)(u32)ev->ret;
	return ev->ret;
}

/*
 * open's mode is only read with O_CREAT or O_TMPFILE. O_TMPFILE is
 * __O_TMPFILE | O_DIRECTORY: test all its bits, or every O_DIRECTORY open
 * would look like one.
 */
static inline bool mysd_open_takes_mode(u64 flags)
{
	return (flags & O_CREAT) ||
	       (O_TMPFILE && (flags & O_TMPFILE) == O_TMPFILE);
}

/* format_capture.c */
bool mysd_print_capture(struct mysd_out *o, const struct mysd_event *ev,
			const struct mysd_arg *a, unsigned int i);
void mysd_print_revents(struct mysd_out *o, const struct mysd_event *ev,
			unsigned int fds_arg);
void mysd_print_clone_flags(struct mysd_out *o, u64 v);
void mysd_print_file_mode(struct mysd_out *o, u32 mode);
void mysd_print_sched_policy(struct mysd_out *o, u32 v);
void mysd_print_uid(struct mysd_out *o, u32 id);

/* format.c */
void mysd_print_name_or_hex(struct mysd_out *o,
			    const struct mysd_flagset *set, u32 v);
void mysd_print_hex_or_0(struct mysd_out *o, u64 v);

#endif /* MYSD_FORMAT_INTERNAL_H */
