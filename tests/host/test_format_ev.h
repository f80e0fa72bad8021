/* SPDX-License-Identifier: GPL-2.0 */
/*
 * test_format_ev.h - build struct mysd_event values by hand for host tests.
 */
#ifndef MYSD_TEST_FORMAT_EV_H
#define MYSD_TEST_FORMAT_EV_H

#include "check.h"
#include "syscalls/event.h"
#include "syscalls/format.h"

static u64 tev_raw[MYSD_EVENT_MAX / 8 + 8];
#define TEV ((struct mysd_event *)tev_raw)

static inline struct mysd_event *tev(u32 nr, s64 ret, u64 a0, u64 a1, u64 a2,
				     u64 a3, u64 a4, u64 a5)
{
	struct mysd_event *ev = TEV;

	memset(tev_raw, 0, sizeof(tev_raw));
	ev->ts = 12000300000ULL;
	ev->ret = ret;
	ev->args[0] = a0; ev->args[1] = a1; ev->args[2] = a2;
	ev->args[3] = a3; ev->args[4] = a4; ev->args[5] = a5;
	ev->size = sizeof(*ev);
	ev->nr = nr;
	ev->pid = 130;
	ev->tid = 130;
	memcpy(ev->comm, "cat", 3);
	return ev;
}

#define EV(nr, ret, ...) tev_args(nr, ret, (u64[6]) { __VA_ARGS__ })
static inline struct mysd_event *tev_args(u32 nr, s64 ret, const u64 *a)
{
	return tev(nr, ret, a[0], a[1], a[2], a[3], a[4], a[5]);
}

/* Append a capture of @len bytes for argument @arg. */
static inline void tcap(unsigned int arg, unsigned int kind, unsigned int flags,
			const void *data, u32 len)
{
	struct mysd_event *ev = TEV;
	struct mysd_cap *cap = (struct mysd_cap *)((u8 *)ev + ev->size);

	cap->arg = arg;
	cap->kind = kind;
	cap->flags = flags;
	cap->len = len;
	if (len)
		memcpy(cap + 1, data, len);
	ev->size += mysd_cap_size(len);
	ev->ncaps++;
}

#define TCAP_STR(arg, s) tcap(arg, MYSD_CAP_STR, 0, s, sizeof(s) - 1)

static char tline[MYSD_LINE_MAX];
static char tline_cached[MYSD_LINE_MAX];
static struct mysd_line_cache tcache;	/* kept from line to line, as the writer's */

/*
 * The line of TEV. Every line is also made through a line cache that saw
 * all the lines before it, as in the writer: both must be the same.
 */
static inline const char *tfmt(void)
{
	mysd_format_event(TEV, tline, sizeof(tline));
	mysd_format_event_cached(&tcache, TEV, TEV->ts, tline_cached,
				 sizeof(tline_cached));
	CHECK_STR(tline_cached, tline);
	return tline;
}

#endif
