// SPDX-License-Identifier: GPL-2.0
/*
 * ring.c - single-producer/single-consumer lockless byte ring.
 *
 * The rules (who writes what, memory ordering, wrap) are in ring.h.
 */
#include "ring.h"

static inline u32 rec_size(u32 len)
{
	return ALIGN(MYSD_RING_HDR_SIZE + len, 8U);
}

static inline struct mysd_ring_hdr *hdr_at(const struct mysd_ring *r, u32 pos)
{
	return (struct mysd_ring_hdr *)(r->mem + (pos & r->mask));
}

/**
 * mysd_ring_init() - set up an empty ring over caller-supplied memory
 * @r: the ring
 * @mem: buffer, 8-byte aligned, @size bytes; owned by the caller
 * @size: power of two, MYSD_RING_MIN_SIZE..MYSD_RING_MAX_SIZE
 *
 * Must be called before the producer and consumer start using @r.
 *
 * Return: 0, or -EINVAL if @mem or @size is unusable.
 */
int mysd_ring_init(struct mysd_ring *r, void *mem, u32 size)
{
	if (!mem || ((unsigned long)mem & 7) || size < MYSD_RING_MIN_SIZE ||
	    size > MYSD_RING_MAX_SIZE || (size & (size - 1)))
		return -EINVAL;

	memset(r, 0, sizeof(*r));
	r->mem = mem;
	r->size = size;
	r->mask = size - 1;
	return 0;
}

/* Producer: count a dropped event; its sequence number becomes a gap. */
static void ring_drop(struct mysd_ring *r)
{
	WRITE_ONCE(r->lost, r->lost + 1);
	r->seq++;
	/* Pairs with mysd_ring_seq(): the drain sees the gap. */
	smp_store_release(&r->seq_pub, (unsigned long)r->seq);
}

/**
 * mysd_ring_reserve() - reserve room for one record (producer)
 * @r: the ring of the current CPU
 * @max_len: largest payload the caller may write, at most MYSD_EVENT_MAX
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
void *mysd_ring_reserve(struct mysd_ring *r, u32 max_len)
{
	u32 head = r->head;
	u32 off = head & r->mask;
	u32 need, pad, tail;

	if (unlikely(max_len > MYSD_RING_MAX_RESERVE)) {
		ring_drop(r);
		return NULL;
	}
	need = rec_size(max_len);
	pad = off + need > r->size ? r->size - off : 0;

	/* Pairs with the consumer's release of tail: it is done reading. */
	tail = smp_load_acquire(&r->tail);
	if ((head - tail) + pad + need > r->size) {
		ring_drop(r);
		return NULL;
	}

	if (pad) {
		struct mysd_ring_hdr *ph = hdr_at(r, head);

		/* Only len and flags: the remainder may be just 8 bytes. */
		ph->len = pad;
		ph->flags = MYSD_RING_PAD;
	}
	r->resv = head + pad;
	r->resv_max = max_len;
	return hdr_at(r, r->resv) + 1;
}

/**
 * mysd_ring_commit() - publish the reserved record (producer)
 * @r: the ring passed to the successful mysd_ring_reserve()
 * @len: payload bytes actually written, <= the reserved max_len
 *
 * Stamps the ring-owned header (length, sequence number) and makes the
 * record visible to the consumer. The record takes ALIGN(16 + @len, 8)
 * bytes of the ring. A @len above the reservation is clamped to it.
 */
void mysd_ring_commit(struct mysd_ring *r, u32 len)
{
	struct mysd_ring_hdr *h = hdr_at(r, r->resv);
	u64 seq = r->seq;

	if (unlikely(len > r->resv_max))
		len = r->resv_max;

	h->len = len;
	h->flags = 0;
	h->seq = seq;
	WRITE_ONCE(r->committed, r->committed + 1);
	/* Header and payload before head; head before seq (see ring.h). */
	smp_store_release(&r->head, r->resv + rec_size(len));
	r->seq = seq + 1;
	/* After head: a reader that sees this seq sees the record in head. */
	smp_store_release(&r->seq_pub, (unsigned long)r->seq);
}

/**
 * mysd_ring_discard() - abandon the reserved record (producer)
 * @r: the ring passed to the successful mysd_ring_reserve()
 *
 * Nothing is published and no sequence number is used: the event is not
 * recorded and not counted as lost. For events the probe decides to skip.
 */
void mysd_ring_discard(struct mysd_ring *r)
{
	r->resv_max = 0;
}

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
const void *mysd_ring_peek(struct mysd_ring *r, u32 *len, u64 *seq)
{
	/* Pairs with the producer's release of head: the record is written. */
	u32 head = smp_load_acquire(&r->head);
	u32 tail = r->tail;
	const struct mysd_ring_hdr *h;

	while (tail != head) {
		h = hdr_at(r, tail);
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
void mysd_ring_consume(struct mysd_ring *r)
{
	u32 tail = r->tail;
	const struct mysd_ring_hdr *h = hdr_at(r, tail);

	/* Done reading the record before the producer may reuse it. */
	smp_store_release(&r->tail, tail + rec_size(h->len));
}

/**
 * mysd_ring_used() - bytes in use, padding and headers included
 * @r: the ring
 *
 * Exact when called by the producer or the consumer; a snapshot otherwise.
 *
 * Return: fill level in bytes, 0..size.
 */
u32 mysd_ring_used(const struct mysd_ring *r)
{
	u32 tail = READ_ONCE(r->tail);
	u32 used = READ_ONCE(r->head) - tail;

	return min(used, r->size);
}

/**
 * mysd_ring_above_half() - whether the ring is more than half full
 * @r: the ring
 *
 * The producer uses it to ask the flush thread for an early flush.
 *
 * Return: true if more than size / 2 bytes are in use.
 */
bool mysd_ring_above_half(const struct mysd_ring *r)
{
	return mysd_ring_used(r) > r->size / 2;
}

/**
 * mysd_ring_seq() - the producer's next sequence number
 * @r: the ring
 *
 * Counts every reservation attempt (committed + lost). Loaded with acquire:
 * every record numbered below the value returned is visible in head.
 *
 * Return: the sequence number the next record will get, truncated to a
 * native word (see seq_pub in ring.h).
 */
unsigned long mysd_ring_seq(const struct mysd_ring *r)
{
	/* Pairs with the producer's release of seq_pub, made after head. */
	return smp_load_acquire(&r->seq_pub);
}

/**
 * mysd_ring_committed() - records published so far
 * @r: the ring
 *
 * Return: number of successful mysd_ring_commit() calls.
 */
u64 mysd_ring_committed(const struct mysd_ring *r)
{
	return READ_ONCE(r->committed);
}

/**
 * mysd_ring_lost() - events dropped so far
 * @r: the ring
 *
 * Return: number of failed mysd_ring_reserve() calls.
 */
u64 mysd_ring_lost(const struct mysd_ring *r)
{
	return READ_ONCE(r->lost);
}
