// SPDX-License-Identifier: GPL-2.0
/*
 * ring.c - single-producer/single-consumer lockless byte ring.
 *
 * The rules (who writes what, memory ordering, wrap) are in ring.h.
 */
#include "ring.h"

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
 * The consumer uses it after a drain: still above half means the producer
 * is ahead of it (the producer asks only when it crosses the mark).
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
 * Return: the low 32 bits of the sequence number the next record will get
 * (see seq_pub in ring.h).
 */
u32 mysd_ring_seq(const struct mysd_ring *r)
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
