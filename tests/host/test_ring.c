// SPDX-License-Identifier: GPL-2.0
/*
 * test_ring.c - host tests for buffer/ring.c.
 *
 * Build and run from the repository root:
 *   gcc -Wall -Wextra -O2 -pthread -I. tests/host/test_ring.c buffer/ring.c \
 *       -o /tmp/test_ring && /tmp/test_ring
 * Sanitizers: add -fsanitize=address,undefined, or -fsanitize=thread.
 * MYSD_STRESS_N=<records> overrides the stress test size (default 1000000).
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include "buffer/ring.h"
#include "check.h"
#include "pace.h"

#define SZ MYSD_RING_MIN_SIZE

static u64 buf[MYSD_RING_MIN_SIZE / 8];
static struct mysd_ring ring;

static u32 rec_bytes(u32 len)
{
	return ALIGN(MYSD_RING_HDR_SIZE + len, 8U);
}

/* Deterministic content for record @seq: byte @i. */
static u8 pattern(u64 seq, u32 i)
{
	u64 x = seq * 0x9e3779b97f4a7c15ULL + i * 0xbf58476d1ce4e5b9ULL;

	return (u8)(x ^ (x >> 29) ^ (x >> 47));
}

static void fill(void *p, u64 seq, u32 len)
{
	u8 *b = p;
	u32 i;

	for (i = 0; i < len; i++)
		b[i] = pattern(seq, i);
}

static int same(const void *p, u64 seq, u32 len)
{
	const u8 *b = p;
	u32 i;

	for (i = 0; i < len; i++)
		if (b[i] != pattern(seq, i))
			return 0;
	return 1;
}

static void test_init(void)
{
	struct mysd_ring r;

	CHECK(mysd_ring_init(&r, buf, SZ) == 0);
	CHECK(mysd_ring_init(&r, buf, SZ * 2) == 0);
	CHECK(mysd_ring_init(&r, buf, SZ / 2) == -EINVAL);
	CHECK(mysd_ring_init(&r, buf, SZ + 8) == -EINVAL);
	CHECK(mysd_ring_init(&r, (u8 *)buf + 4, SZ) == -EINVAL);
	CHECK(mysd_ring_init(&r, NULL, SZ) == -EINVAL);
	CHECK(mysd_ring_init(&r, buf, 1U << 31) == -EINVAL);
	CHECK(sizeof(struct mysd_ring_hdr) == 16);
}

/* Records of every length 0..MYSD_RING_MAX_RESERVE come back byte-exact, in order. */
static void test_roundtrip(void)
{
	u32 len, got_len, n = 0;
	u64 seq;
	const void *p;
	void *w;
	int ok_len = 1, ok_seq = 1, ok_data = 1, ok_align = 1;

	mysd_ring_init(&ring, buf, SZ);
	CHECK(mysd_ring_peek(&ring, &got_len, &seq) == NULL);
	for (len = 0; len <= MYSD_RING_MAX_RESERVE; len++) {
		w = mysd_ring_reserve(&ring, len);
		if (!w) {
			ok_len = 0;
			break;
		}
		if ((unsigned long)w & 7)
			ok_align = 0;
		fill(w, len, len);
		mysd_ring_commit(&ring, len);
		p = mysd_ring_peek(&ring, &got_len, &seq);
		if (!p || got_len != len)
			ok_len = 0;
		else if (!same(p, len, len))
			ok_data = 0;
		if (seq != n)
			ok_seq = 0;
		mysd_ring_consume(&ring);
		n++;
		if (mysd_ring_peek(&ring, &got_len, &seq) != NULL)
			ok_len = 0;
	}
	CHECK(ok_len);
	CHECK(ok_data);
	CHECK(ok_seq);
	CHECK(ok_align);
	CHECK(mysd_ring_committed(&ring) == MYSD_RING_MAX_RESERVE + 1);
	CHECK(mysd_ring_lost(&ring) == 0);
	CHECK(mysd_ring_seq(&ring) == MYSD_RING_MAX_RESERVE + 1);
	CHECK(mysd_ring_used(&ring) == 0);
}

/*
 * Reference model of the placement rule: a record of @need bytes at
 * offset @off goes there if it fits before the end, else at offset 0
 * after padding; it fits if used + padding + need <= size.
 */
struct model {
	u32 head, tail;
};

/*
 * Start at every 8-byte offset (and with head/tail about to wrap at 2^32),
 * keep the ring nearly full with records of a few sizes, and check where
 * each record lands, that reserve fails exactly when the model says full,
 * and that everything reads back byte-exact in order.
 */
static void test_wrap_every_offset(void)
{
	static const u32 lens[] = { 0, 8, 13, 100, 1000, 4096 };
	u32 base, off, step;
	int ok_place = 1, ok_full = 1, ok_data = 1, ok_seq = 1, ok_count = 1;
	unsigned long pads = 0, placements = 0;

	for (base = 0; base < 2; base++) {
		for (off = 0; off < SZ; off += 8) {
			u32 start = (base ? 0xfffff000U : 0) + off;
			struct model m = { start, start };
			u64 wseq = 0, rseq = 0, lost = 0;
			u32 wlen[40];	/* each record's length, by seq */

			mysd_ring_init(&ring, buf, SZ);
			/* White box: start with an empty ring at this position. */
			ring.head = ring.tail = start;

			for (step = 0; step < 40; step++) {
				u32 len = lens[(off / 8 + step) % ARRAY_SIZE(lens)];
				u32 need = rec_bytes(len);
				u32 o = m.head & (SZ - 1);
				u32 pad = o + need > SZ ? SZ - o : 0;
				int fits = (m.head - m.tail) + pad + need <= SZ;
				u8 *w = mysd_ring_reserve(&ring, len);

				if (!!w != fits) {
					ok_full = 0;
					break;
				}
				if (!w) {
					lost++;
					wseq++;
				} else {
					if (w != (u8 *)buf + ((m.head + pad) & (SZ - 1)) +
						 MYSD_RING_HDR_SIZE)
						ok_place = 0;
					pads += !!pad;
					placements++;
					fill(w, wseq, len);
					wlen[wseq] = len;
					mysd_ring_commit(&ring, len);
					m.head += pad + need;
					wseq++;
				}
				if (mysd_ring_used(&ring) != m.head - m.tail)
					ok_full = 0;
				/* Consume one record every third step, or when full. */
				if (step % 3 == 2 || !w) {
					u32 got;
					u64 seq;
					const void *p = mysd_ring_peek(&ring, &got, &seq);

					if (!p) {
						ok_count = 0;
						break;
					}
					if (seq < rseq)
						ok_seq = 0;
					rseq = seq + 1;
					if (seq >= wseq || got != wlen[seq] ||
					    !same(p, seq, got))
						ok_data = 0;
					mysd_ring_consume(&ring);
					m.tail = ring.tail;
				}
			}
			/* Drain the rest; seqs increase, gaps equal the drops. */
			for (;;) {
				u32 got;
				u64 seq;
				const void *p = mysd_ring_peek(&ring, &got, &seq);

				if (!p)
					break;
				if (seq < rseq)
					ok_seq = 0;
				rseq = seq + 1;
				if (seq >= wseq || got != wlen[seq] ||
				    !same(p, seq, got))
					ok_data = 0;
				mysd_ring_consume(&ring);
			}
			if (mysd_ring_used(&ring) != 0 ||
			    mysd_ring_lost(&ring) != lost ||
			    mysd_ring_committed(&ring) + lost != wseq ||
			    mysd_ring_seq(&ring) != wseq)
				ok_count = 0;
		}
	}
	CHECK(ok_place);
	CHECK(ok_full);
	CHECK(ok_data);
	CHECK(ok_seq);
	CHECK(ok_count);
	CHECK(pads > 1000);	/* the padding path was really taken */
	CHECK(placements > 10000);
}

/* 64-byte records: exactly SZ / 64 fit; one more fails, is counted, and
 * shows up as a gap of exactly one in the sequence numbers. */
static void test_full_and_gap(void)
{
	u32 n, got, fit = SZ / 64;
	u64 seq;
	void *w;
	const void *p;
	int ok = 1;

	mysd_ring_init(&ring, buf, SZ);
	for (n = 0; n < fit; n++) {
		w = mysd_ring_reserve(&ring, 48);
		if (!w) {
			ok = 0;
			break;
		}
		fill(w, n, 48);
		mysd_ring_commit(&ring, 48);
	}
	CHECK(ok);
	CHECK(mysd_ring_used(&ring) == SZ);
	CHECK(mysd_ring_above_half(&ring));
	CHECK(mysd_ring_reserve(&ring, 0) == NULL);
	CHECK(mysd_ring_reserve(&ring, 48) == NULL);
	CHECK(mysd_ring_lost(&ring) == 2);
	CHECK(mysd_ring_committed(&ring) == fit);
	CHECK(mysd_ring_seq(&ring) == fit + 2);

	/* Free exactly one record: exactly one fits again (at offset 0). */
	p = mysd_ring_peek(&ring, &got, &seq);
	CHECK(p && got == 48 && seq == 0 && same(p, 0, 48));
	mysd_ring_consume(&ring);
	w = mysd_ring_reserve(&ring, 48);
	CHECK(w == (u8 *)buf + MYSD_RING_HDR_SIZE);
	if (w) {
		fill(w, fit + 2, 48);
		mysd_ring_commit(&ring, 48);
	}
	CHECK(mysd_ring_reserve(&ring, 0) == NULL);
	CHECK(mysd_ring_lost(&ring) == 3);

	/* Records 1..fit-1, then fit + 2 (two drops before it). */
	for (n = 1; n < fit; n++) {
		p = mysd_ring_peek(&ring, &got, &seq);
		if (!p || seq != n || got != 48 || !same(p, n, 48))
			ok = 0;
		mysd_ring_consume(&ring);
	}
	CHECK(ok);
	p = mysd_ring_peek(&ring, &got, &seq);
	CHECK(p && seq == fit + 2 && same(p, fit + 2, 48));
	mysd_ring_consume(&ring);
	CHECK(mysd_ring_peek(&ring, &got, &seq) == NULL);
	CHECK(mysd_ring_seq(&ring) == fit + 4);
	CHECK(!mysd_ring_above_half(&ring));
}

/* Oversized reservations are drops; short commits take only their size;
 * discard publishes nothing and uses no sequence number. */
static void test_limits(void)
{
	u32 got;
	u64 seq;
	u8 *w;
	const void *p;

	mysd_ring_init(&ring, buf, SZ);
	CHECK(mysd_ring_reserve(&ring, MYSD_RING_MAX_RESERVE + 1) == NULL);
	CHECK(mysd_ring_lost(&ring) == 1 && mysd_ring_seq(&ring) == 1);

	w = mysd_ring_reserve(&ring, MYSD_RING_MAX_RESERVE);
	CHECK(w != NULL);
	if (w) {
		fill(w, 1, 5);
		mysd_ring_commit(&ring, 5);
	}
	CHECK(mysd_ring_used(&ring) == 24);

	w = mysd_ring_reserve(&ring, 100);
	CHECK(w != NULL);
	mysd_ring_discard(&ring);
	CHECK(mysd_ring_used(&ring) == 24 && mysd_ring_seq(&ring) == 2);

	/* Commit above the reservation is clamped to it. */
	w = mysd_ring_reserve(&ring, 16);
	CHECK(w != NULL);
	if (w) {
		fill(w, 2, 16);
		mysd_ring_commit(&ring, 4000);
	}
	CHECK(mysd_ring_used(&ring) == 24 + 32);

	p = mysd_ring_peek(&ring, &got, &seq);
	CHECK(p && got == 5 && seq == 1 && same(p, 1, 5));
	mysd_ring_consume(&ring);
	p = mysd_ring_peek(&ring, &got, &seq);
	CHECK(p && got == 16 && seq == 2 && same(p, 2, 16));
	mysd_ring_consume(&ring);
	CHECK(mysd_ring_peek(&ring, &got, &seq) == NULL);

	/* above_half: strictly more than half. */
	mysd_ring_init(&ring, buf, SZ);
	ring.head = SZ / 2;
	CHECK(!mysd_ring_above_half(&ring));
	ring.head = SZ / 2 + 8;
	CHECK(mysd_ring_above_half(&ring));
}

/*
 * Stress: one producer thread, one consumer thread, a 16 KiB ring and
 * variable-length records. Each payload is a function of its sequence
 * number (the producer knows it: seq counts every attempt) and ends in a
 * checksum of the rest.
 */
static unsigned long stress_n = 1000000;
static volatile int stress_done;
static struct {
	u64 consumed, gaps, bad, order;
} sres;

static u32 stress_len(u64 seq)
{
	u32 x = (u32)(seq * 2654435761U) >> 7;

	/* Mostly small, sometimes up to the maximum. */
	return (x & 7) ? 8 + x % 256 : 8 + x % (MYSD_RING_MAX_RESERVE - 7);
}

static u64 csum(const u8 *p, u32 len)
{
	u64 h = 0xcbf29ce484222325ULL;
	u32 i;

	for (i = 0; i < len; i++)
		h = (h ^ p[i]) * 0x100000001b3ULL;
	return h;
}

static void *stress_producer(void *arg)
{
	unsigned long i;

	(void)arg;
	for (i = 0; i < stress_n; i++) {
		u32 len = stress_len(i);
		u8 *w = mysd_ring_reserve(&ring, len);
		u64 c;

		if (!w) {
			/*
			 * Pace the test (not the ring): after most drops wait
			 * for the consumer, so that both paths run often.
			 */
			while (i % 8 && mysd_ring_above_half(&ring))
				pace_wait();
			continue;
		}
		fill(w, i, len - 8);
		c = csum(w, len - 8);
		memcpy(w + len - 8, &c, 8);
		mysd_ring_commit(&ring, len);
	}
	__atomic_store_n(&stress_done, 1, __ATOMIC_RELEASE);
	return NULL;
}

static void *stress_consumer(void *arg)
{
	u64 next = 0;

	(void)arg;
	for (;;) {
		int done = __atomic_load_n(&stress_done, __ATOMIC_ACQUIRE);
		const u8 *p;
		u32 len;
		u64 seq, c;

		p = mysd_ring_peek(&ring, &len, &seq);
		if (!p) {
			if (done && !mysd_ring_peek(&ring, &len, &seq))
				break;
			pace_wait();
			continue;
		}
		memcpy(&c, p + len - 8, 8);
		if (len != stress_len(seq) || !same(p, seq, len - 8) ||
		    c != csum(p, len - 8))
			sres.bad++;
		if (seq < next)
			sres.order++;
		sres.gaps += seq - next;
		next = seq + 1;
		sres.consumed++;
		mysd_ring_consume(&ring);
	}
	sres.gaps += (u32)(mysd_ring_seq(&ring) - (u32)next);
	return NULL;
}

/*
 * The commit that takes the ring past half full asks for a drain, and no
 * other until the consumer brings it back to half or below.
 */
static void test_kick_once_per_crossing(void)
{
	const u32 rec = 48, size = rec_bytes(48);	/* payload, room taken */
	const unsigned int half = SZ / 2 / size;	/* records at half */
	unsigned int n, kicks = 0, kicked_at = 0;
	u32 got;
	u64 seq;
	void *w;

	mysd_ring_init(&ring, buf, SZ);
	for (n = 1; n <= 2 * half; n++) {
		w = mysd_ring_reserve(&ring, rec);
		if (!w)
			break;
		if (mysd_ring_commit(&ring, rec)) {
			kicks++;
			kicked_at = n;
		}
	}
	CHECK(kicks == 1);
	CHECK(kicked_at == half + 1);	/* the first record past SZ / 2 */

	/* Still above half after consuming one: no new crossing, no kick. */
	CHECK(mysd_ring_peek(&ring, &got, &seq) != NULL);
	mysd_ring_consume(&ring);
	w = mysd_ring_reserve(&ring, rec);
	CHECK(w && !mysd_ring_commit(&ring, rec));

	/* Drained to empty: filling past half again asks again, once. */
	while (mysd_ring_peek(&ring, &got, &seq))
		mysd_ring_consume(&ring);
	for (kicks = 0, n = 1; n <= half + 4; n++) {
		w = mysd_ring_reserve(&ring, rec);
		CHECK(w != NULL);
		if (w && mysd_ring_commit(&ring, rec))
			kicks++;
	}
	CHECK(kicks == 1);

	/* A crossing inside the padding before a wrapped record counts too. */
	mysd_ring_init(&ring, buf, SZ);
	ring.head = 2 * SZ - 24;		/* 24 bytes before the end */
	ring.tail = ring.head - (SZ / 2 - 8);	/* 8 below half */
	w = mysd_ring_reserve(&ring, rec);	/* pads 24, then 64 at 0 */
	CHECK(w == (u8 *)buf + MYSD_RING_HDR_SIZE);
	CHECK(w && mysd_ring_commit(&ring, rec));
}

static void test_stress(void)
{
	pthread_t prod, cons;
	const char *env = getenv("MYSD_STRESS_N");
	u64 committed, lost;

	if (env)
		stress_n = strtoul(env, NULL, 0);
	mysd_ring_init(&ring, buf, SZ);
	pthread_create(&cons, NULL, stress_consumer, NULL);
	pthread_create(&prod, NULL, stress_producer, NULL);
	pthread_join(prod, NULL);
	pthread_join(cons, NULL);

	committed = mysd_ring_committed(&ring);
	lost = mysd_ring_lost(&ring);
	printf("stress: %lu produced, %llu committed, %llu lost\n", stress_n,
	       (unsigned long long)committed, (unsigned long long)lost);
	CHECK(sres.bad == 0);
	CHECK(sres.order == 0);
	CHECK(committed + lost == stress_n);
	CHECK(sres.consumed == committed);
	CHECK(sres.gaps == lost);
	CHECK(committed > 0);
	CHECK(mysd_ring_used(&ring) == 0);
}

int main(void)
{
	test_init();
	test_roundtrip();
	test_wrap_every_offset();
	test_full_and_gap();
	test_limits();
	test_kick_once_per_crossing();
	test_stress();
	return check_summary("test_ring");
}
