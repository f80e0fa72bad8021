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
 * and counted. The consumer is one kernel thread (the writer thread).
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
 * seq_pub is the low 32 bits of seq, which any CPU can release in one
 * store. The consumer rebuilds the full value around its own next_seq: the
 * producer is less than 2^31 records (drops) ahead of it, and may also be
 * one behind, for a record is in head before its seq_pub is stored.
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
 * Bounds: a reservation holds at most MYSD_RING_MAX_RESERVE (4096) payload
 * bytes. The smallest ring, MYSD_RING_MIN_SIZE (16 KiB), is what
 * guarantees that a reservation of that size succeeds in an empty ring at
 * any head offset (padding + record <= 2 * (16 + 4096) bytes).
 */
#ifndef MYSD_RING_H
#define MYSD_RING_H

#include "../portable.h"

#ifdef __KERNEL__
#include <linux/cache.h>
#endif

#define MYSD_RING_MIN_SIZE	16384U
#define MYSD_RING_MAX_SIZE	(1U << 30)
#define MYSD_RING_MAX_RESERVE	4096U	/* MYSD_EVENT_MAX fits (capture.c) */

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
	u32 head ____cacheline_aligned_in_smp;	/* released after each commit */
	u32 resv;		/* position of the reserved record */
	u32 resv_max;		/* payload bytes reserved */
	u64 seq;		/* next sequence number */
	u32 seq_pub;		/* low 32 bits of seq, released (above) */
	u64 committed;		/* records published */
	u64 lost;		/* reservations dropped */

	/* Consumer-owned. */
	u32 tail ____cacheline_aligned_in_smp;	/* released after each consume */
	u64 next_seq;		/* drain: sequence number expected next */
	u64 last_ts;		/* drain: ts of the last event emitted */
};

int mysd_ring_init(struct mysd_ring *r, void *mem, u32 size);

/* Bytes a record of @len payload bytes takes in the ring. */
static inline u32 mysd_ring_rec_size(u32 len)
{
	return ALIGN(MYSD_RING_HDR_SIZE + len, 8U);
}

static inline struct mysd_ring_hdr *mysd_ring_hdr_at(const struct mysd_ring *r,
						     u32 pos)
{
	return (struct mysd_ring_hdr *)(r->mem + (pos & r->mask));
}

/*
 * Producer side: the ring's CPU only, preemption disabled. Inline: it runs
 * in every recorded syscall.
 */

/* Count a dropped event; its sequence number becomes a gap. */
static inline void mysd_ring_drop(struct mysd_ring *r)
{
	WRITE_ONCE(r->lost, r->lost + 1);
	r->seq++;
	/* Pairs with mysd_ring_seq(): the drain sees the gap. */
	smp_store_release(&r->seq_pub, (u32)r->seq);
}

/**
 * mysd_ring_reserve() - reserve room for one record (producer)
 * @r: the ring of the current CPU
 * @max_len: largest payload the caller may write (<= MYSD_RING_MAX_RESERVE)
 *
 * Never blocks. On success the caller writes at most @max_len bytes at the
 * returned pointer and then calls mysd_ring_commit() or mysd_ring_discard()
 * before the next reservation on this ring. Must not be called from two
 * contexts that can interrupt each other on one ring.
 *
 * Return: 8-byte aligned pointer to @max_len contiguous bytes, or NULL when
 * there is no room (or @max_len is too large): the event is then counted as
 * lost and its sequence number is skipped, so the consumer sees a gap.
 */
static inline void *mysd_ring_reserve(struct mysd_ring *r, u32 max_len)
{
	u32 head = r->head;
	u32 off = head & r->mask;
	u32 need, pad, tail;

	if (unlikely(max_len > MYSD_RING_MAX_RESERVE)) {
		mysd_ring_drop(r);
		return NULL;
	}
	need = mysd_ring_rec_size(max_len);
	pad = off + need > r->size ? r->size - off : 0;

	/* Pairs with the consumer's release of tail: it is done reading. */
	tail = smp_load_acquire(&r->tail);
	if ((head - tail) + pad + need > r->size) {
		mysd_ring_drop(r);
		return NULL;
	}

	if (pad) {
		struct mysd_ring_hdr *ph = mysd_ring_hdr_at(r, head);

		/* Only len and flags: the remainder may be just 8 bytes. */
		ph->len = pad;
		ph->flags = MYSD_RING_PAD;
	}
	r->resv = head + pad;
	r->resv_max = max_len;
	return mysd_ring_hdr_at(r, r->resv) + 1;
}

/**
 * mysd_ring_commit() - publish the reserved record (producer)
 * @r: the ring passed to the successful mysd_ring_reserve()
 * @len: payload bytes actually written, <= the reserved max_len
 *
 * Stamps the ring-owned header (length, sequence number) and makes the
 * record visible to the consumer. The record takes ALIGN(16 + @len, 8)
 * bytes of the ring. A @len above the reservation is clamped to it.
 *
 * Return: true when this record took the ring past half full (time to ask
 * the consumer to drain), judged from the tail the producer sees now. Once
 * per crossing, not for every record above the mark: each true costs the
 * caller an interrupt, and the consumer, once asked, drains them all.
 */
static inline bool mysd_ring_commit(struct mysd_ring *r, u32 len)
{
	struct mysd_ring_hdr *h = mysd_ring_hdr_at(r, r->resv);
	u32 before = r->head;	/* this record's padding, if any, comes after */
	u64 seq = r->seq;
	u32 head, tail;

	if (unlikely(len > r->resv_max))
		len = r->resv_max;

	h->len = len;
	h->flags = 0;
	h->seq = seq;
	WRITE_ONCE(r->committed, r->committed + 1);
	head = r->resv + mysd_ring_rec_size(len);
	/* Header and payload before head; head before seq (see ring.h). */
	smp_store_release(&r->head, head);
	r->seq = seq + 1;
	/* After head: a reader that sees this seq sees the record in head. */
	smp_store_release(&r->seq_pub, (u32)r->seq);
	tail = READ_ONCE(r->tail);
	return head - tail > r->size / 2 && before - tail <= r->size / 2;
}

/**
 * mysd_ring_discard() - abandon the reserved record (producer)
 * @r: the ring passed to the successful mysd_ring_reserve()
 *
 * Nothing is published and no sequence number is used: the event is not
 * recorded and not counted as lost. For events the probe decides to skip.
 */
static inline void mysd_ring_discard(struct mysd_ring *r)
{
	r->resv_max = 0;
}

/* Consumer side: one thread only. Inline: the drain runs them per event. */

/**
 * mysd_ring_peek() - the oldest unconsumed record (consumer)
 * @r: the ring
 * @len: set to the payload length
 * @seq: set to the record's sequence number
 *
 * Skips padding records. The record stays valid until mysd_ring_consume().
 *
 * Return: 8-byte aligned pointer to the payload, or NULL if the ring is empty.
 */
static inline const void *mysd_ring_peek(struct mysd_ring *r, u32 *len,
					 u64 *seq)
{
	/* Pairs with the producer's release of head: the record is written. */
	u32 head = smp_load_acquire(&r->head);
	u32 tail = r->tail;
	const struct mysd_ring_hdr *h;

	while (tail != head) {
		h = mysd_ring_hdr_at(r, tail);
		if (!(h->flags & MYSD_RING_PAD)) {
			*len = h->len;
			*seq = h->seq;
			return h + 1;
		}
		tail += h->len;
		/* Padding skipped: the producer may reuse it. */
		smp_store_release(&r->tail, tail);
	}
	return NULL;
}

/**
 * mysd_ring_consume() - release the record returned by mysd_ring_peek()
 * @r: the ring; mysd_ring_peek() must have returned a record just before
 *
 * The producer may overwrite the record's space afterwards.
 */
static inline void mysd_ring_consume(struct mysd_ring *r)
{
	u32 tail = r->tail;
	const struct mysd_ring_hdr *h = mysd_ring_hdr_at(r, tail);

	/* Done reading the record before the producer may reuse it. */
	smp_store_release(&r->tail, tail + mysd_ring_rec_size(h->len));
}


/* Anyone. */
u32 mysd_ring_used(const struct mysd_ring *r);
bool mysd_ring_above_half(const struct mysd_ring *r);
u32 mysd_ring_seq(const struct mysd_ring *r);
u64 mysd_ring_committed(const struct mysd_ring *r);
u64 mysd_ring_lost(const struct mysd_ring *r);

#endif /* MYSD_RING_H */
