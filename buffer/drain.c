// SPDX-License-Identifier: GPL-2.0
/*
 * drain.c - merge the per-CPU rings by timestamp, reporting loss.
 *
 * The consumer bookkeeping lives in each ring (next_seq, last_ts; written
 * only here, by the one consumer thread): next_seq is the sequence number
 * the next record of the ring should carry; a record carrying a larger one
 * means the records in between were dropped.
 */
#include "drain.h"

/*
 * The ring's oldest well-formed event, or NULL if it is empty. A record
 * too short for its struct mysd_event is a producer bug: it is consumed
 * without being emitted, so its sequence number is reported as lost.
 */
static __always_inline const struct mysd_event *head_event(struct mysd_ring *r,
							   u64 *seq)
{
	const struct mysd_event *ev;
	u32 len;

	while ((ev = mysd_ring_peek(r, &len, seq))) {
		if (len >= sizeof(*ev) && ev->size >= sizeof(*ev) &&
		    ev->size <= len)
			return ev;
		mysd_ring_consume(r);
	}
	return NULL;
}

static void report_lost(struct mysd_ring *r, unsigned int cpu, u64 upto_seq,
			u64 to_ts, const struct mysd_drain_ops *ops, void *ctx)
{
	if (ops->lost)
		ops->lost(ctx, cpu, upto_seq - r->next_seq, r->last_ts, to_ts);
	r->next_seq = upto_seq;
}

/*
 * Drops after the last record of an empty ring. The producer's seq must be
 * loaded (acquire) BEFORE the emptiness check: the producer releases head
 * before seq, so every record numbered below it is visible in head by
 * then, and an empty ring means they were all consumed or dropped. In the
 * other order a record committed between the two loads would be reported
 * as lost and then emitted as well.
 *
 * The seq loaded may also lag: the drain can consume record S, seen in
 * head, before its producer stores seq S + 1. Its low 32 bits are then one
 * behind next_seq, which must read as "nothing lost", not as 2^32 - 1.
 */
static void tail_loss(struct mysd_ring *r, unsigned int cpu, u64 until_ts,
		      const struct mysd_drain_ops *ops, void *ctx)
{
	/* The producer's lead, from 32 bits (see ring.h): under 2^31. */
	s32 ahead = (s32)(mysd_ring_seq(r) - (u32)r->next_seq);
	u64 seq, to_ts;

	if (ahead <= 0 || head_event(r, &seq))
		return;
	/*
	 * The drops happened after last_ts and, in normal operation, about
	 * until_ts. At the final drain (until_ts == U64_MAX) there is no upper
	 * bound: to_ts == from_ts then means "after from_ts".
	 */
	to_ts = until_ts == U64_MAX ? r->last_ts : max(until_ts, r->last_ts);
	report_lost(r, cpu, r->next_seq + ahead, to_ts, ops, ctx);
}

/**
 * mysd_drain() - emit the rings' events in timestamp order
 * @rings: rings[cpu] is the ring of CPU @cpu; NULL entries are skipped
 * @nr: number of entries in @rings
 * @until_ts: emit only events with ts <= @until_ts. In normal operation
 *	"now" minus a margin, so that an event still being written on another
 *	CPU with an earlier timestamp is not overtaken; U64_MAX at the final
 *	drain, once the producers are stopped.
 * @max_events: stop after this many events (MYSD_DRAIN_ALL: no limit)
 * @ops: ops->event gets each event; ops->lost (may be NULL) each gap
 * @ctx: passed to @ops
 *
 * Picks the smallest ts among the rings' oldest events (ties go to the
 * lower CPU) until none is <= @until_ts. A gap in a ring's sequence numbers
 * is reported with ops->lost(cpu, count, ts of the ring's previous event or
 * 0, ts of the event after the gap) just before that event. Drops after a
 * ring's last record are reported once the ring is empty, at the end of a
 * call that was not cut short by @max_events, with to_ts = @until_ts (the
 * ring's last ts when @until_ts is U64_MAX). Each gap is reported exactly
 * once.
 * Consumer side: one thread at a time.
 *
 * Return: number of events emitted.
 */
unsigned long mysd_drain(struct mysd_ring *const *rings, unsigned int nr,
			 u64 until_ts, unsigned long max_events,
			 const struct mysd_drain_ops *ops, void *ctx)
{
	unsigned long done = 0;
	unsigned int i;

	for (;;) {
		const struct mysd_event *best = NULL, *ev;
		unsigned int cpu = 0, bound_cpu = nr;
		u64 bound = U64_MAX, best_seq = 0, seq;
		struct mysd_ring *r;

		/* The oldest head, and the oldest of the other rings' heads. */
		for (i = 0; i < nr; i++) {
			if (!rings[i])
				continue;
			ev = head_event(rings[i], &seq);
			if (!ev || ev->ts > until_ts)
				continue;
			if (!best || ev->ts < best->ts) {
				if (best) {
					bound = best->ts;
					bound_cpu = cpu;
				}
				best = ev;
				best_seq = seq;
				cpu = i;
			} else if (ev->ts < bound) {
				bound = ev->ts;
				bound_cpu = i;
			}
		}
		if (!best)
			break;

		/*
		 * A CPU's events come in runs (one task at a time): emit from
		 * this ring until its next event is due after another ring's
		 * head, without looking at the other rings again.
		 */
		r = rings[cpu];
		ev = best;
		do {
			if (max_events != MYSD_DRAIN_ALL && done >= max_events)
				return done;
			if (best_seq > r->next_seq)
				report_lost(r, cpu, best_seq, ev->ts, ops, ctx);
			ops->event(ctx, ev);
			r->next_seq = best_seq + 1;
			r->last_ts = ev->ts;
			mysd_ring_consume(r);
			done++;
			ev = head_event(r, &best_seq);
		} while (ev && ev->ts <= until_ts &&
			 (ev->ts < bound ||
			  (ev->ts == bound && cpu < bound_cpu)));
	}

	for (i = 0; i < nr; i++)
		if (rings[i])
			tail_loss(rings[i], i, until_ts, ops, ctx);
	return done;
}
