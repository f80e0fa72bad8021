/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ring.h - single-producer/single-consumer lockless byte ring, one per CPU.
 *
 * Design
 * ------
 * The producer is the syscall probe of the ring's CPU: it runs with
 * preemption disabled and never nests on one CPU, so one reserve/commit
 * pair is never interleaved with another on the same ring. It never blocks,
 * sleeps, allocates or spins: when there is no room the event is dropped
 * and counted. The consumer is one kernel thread (the flush thread).
 *
 * head and tail are free-running u32 byte positions (they wrap at 2^32);
 * the offset in the buffer is pos & mask, the fill level is head - tail.
 *
 * Who writes which field:
 *   init:      mem, size, mask (read-only afterwards)
 *   producer:  head, seq, committed, lost, resv, resv_max
 *   consumer:  tail, and the drain's bookkeeping next_seq, last_ts
 * Anyone may read the counters (committed, lost) and the fill level.
 *
 * Every record starts with a ring-owned struct mysd_ring_hdr, written by
 * the ring (never by the caller) at commit: the payload length and the
 * ring's sequence number. The producer's seq counts every reservation
 * attempt, successful or dropped, so a reader finds loss as a gap in the
 * sequence numbers, never by guessing.
 *
 * Memory ordering:
 *   producer: fill record + header, smp_store_release(head),
 *             then smp_store_release(seq_pub)  (also on a drop).
 * seq_pub is seq in a native word, the widest a 32-bit CPU can release: the
 * consumer rebuilds the full value from its own next_seq, which the producer
 * can never be 2^32 records ahead of.
 *   consumer: smp_load_acquire(head), read the record,
 *             then smp_store_release(tail).
 *   producer: smp_load_acquire(tail) before reusing the space it frees.
 * Because seq_pub is released after head, a reader that loads seq with acquire
 * and then sees the ring empty knows every record numbered below that seq
 * was either consumed already or dropped (see mysd_drain()).
 *
 * Wrap: records are always contiguous. When a record does not fit between
 * head and the end of the buffer, the producer writes a padding record
 * (MYSD_RING_PAD, hdr.len = bytes to the end; only len and flags are
 * written, as the remainder may be just 8 bytes) and places the record at
 * offset 0. The consumer skips padding records. Every position is a
 * multiple of 8, so headers and payloads are 8-byte aligned.
 *
 * Bounds: a reservation holds at most MYSD_EVENT_MAX (4096) payload bytes.
 * The smallest ring, MYSD_RING_MIN_SIZE (16 KiB), is what guarantees that a
 * reservation of that size succeeds in an empty ring at any head offset
 * (padding + record <= 2 * (16 + 4096) bytes).
 */
#ifndef MYSD_RING_H
#define MYSD_RING_H

#include "../portable.h"
#include "../syscalls/event.h"

#ifdef __KERNEL__
#include <linux/cache.h>
#define MYSD_RING_CACHELINE ____cacheline_aligned_in_smp
#else
#define MYSD_RING_CACHELINE __attribute__((aligned(64)))
#endif

#define MYSD_RING_MIN_SIZE	16384U
#define MYSD_RING_MAX_SIZE	(1U << 30)
#define MYSD_RING_MAX_RESERVE	MYSD_EVENT_MAX

/* mysd_ring_hdr.flags */
#define MYSD_RING_PAD	0x01U	/* padding to the end of the buffer */

/* Ring-owned record header, 16 bytes, before each payload. */
struct mysd_ring_hdr {
	u32 len;	/* payload bytes, exact; PAD: bytes to skip */
	u32 flags;	/* MYSD_RING_* */
	u64 seq;	/* ring sequence number; not written for PAD */
};

#define MYSD_RING_HDR_SIZE	((u32)sizeof(struct mysd_ring_hdr))

struct mysd_ring {
	/* Set by mysd_ring_init(), read-only afterwards. */
	u8 *mem;
	u32 size;
	u32 mask;

	/* Producer-owned. */
	u32 head MYSD_RING_CACHELINE;	/* released after each commit */
	u32 resv;		/* position of the reserved record */
	u32 resv_max;		/* payload bytes reserved */
	u64 seq;		/* next sequence number */
	unsigned long seq_pub;	/* seq as a native word, released (below) */
	u64 committed;		/* records published */
	u64 lost;		/* reservations dropped */

	/* Consumer-owned. */
	u32 tail MYSD_RING_CACHELINE;	/* released after each consume */
	u64 next_seq;		/* drain: sequence number expected next */
	u64 last_ts;		/* drain: ts_ns of the last event emitted */
};

int mysd_ring_init(struct mysd_ring *r, void *mem, u32 size);

/* Producer side: the ring's CPU only, preemption disabled. */
void *mysd_ring_reserve(struct mysd_ring *r, u32 max_len);
void mysd_ring_commit(struct mysd_ring *r, u32 len);
void mysd_ring_discard(struct mysd_ring *r);

/* Consumer side: one thread only. */
const void *mysd_ring_peek(struct mysd_ring *r, u32 *len, u64 *seq);
void mysd_ring_consume(struct mysd_ring *r);

/* Anyone. */
u32 mysd_ring_used(const struct mysd_ring *r);
bool mysd_ring_above_half(const struct mysd_ring *r);
unsigned long mysd_ring_seq(const struct mysd_ring *r);
u64 mysd_ring_committed(const struct mysd_ring *r);
u64 mysd_ring_lost(const struct mysd_ring *r);

#endif /* MYSD_RING_H */
