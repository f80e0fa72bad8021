/* SPDX-License-Identifier: GPL-2.0 */
/*
 * drain.h - the writer thread's merge of the per-CPU rings.
 *
 * Each ring holds struct mysd_event payloads (syscalls/event.h) in the order
 * its CPU produced them; ev->ts is a timestamp taken on that CPU, on a
 * clock all CPUs share (its unit does not matter here). A thread may
 * migrate, so per-thread order is only kept by merging all rings by ts:
 * mysd_drain() repeatedly emits the smallest ts among the rings' oldest
 * records, and holds back everything newer than until_ts.
 *
 * Loss is found from gaps in the rings' sequence numbers (see ring.h) and
 * reported through ops->lost exactly once per gap.
 *
 * The drain uses the consumer side of the rings: one thread at a time.
 */
#ifndef MYSD_DRAIN_H
#define MYSD_DRAIN_H

#include "../syscalls/event.h"
#include "ring.h"

struct mysd_drain_ops {
	/* One event, in merged order; @ev is valid during the call only. */
	void (*event)(void *ctx, const struct mysd_event *ev);
	/*
	 * @count events lost on @cpu after the event stamped @from_ts
	 * (0: none consumed from that ring yet) and before @to_ts.
	 */
	void (*lost)(void *ctx, unsigned int cpu, u64 count, u64 from_ts,
		     u64 to_ts);
};

#define MYSD_DRAIN_ALL 0UL	/* @max_events: no limit */

unsigned long mysd_drain(struct mysd_ring *const *rings, unsigned int nr,
			 u64 until_ts, unsigned long max_events,
			 const struct mysd_drain_ops *ops, void *ctx);

#endif /* MYSD_DRAIN_H */
