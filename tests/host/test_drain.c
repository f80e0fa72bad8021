// SPDX-License-Identifier: GPL-2.0
/*
 * test_drain.c - host tests for buffer/drain.c (merge and loss reports).
 *
 * Build and run from the repository root:
 *   gcc -Wall -Wextra -O2 -pthread -I. tests/host/test_drain.c buffer/ring.c \
 *       buffer/drain.c -o /tmp/test_drain && /tmp/test_drain
 * Sanitizers: add -fsanitize=address,undefined, or -fsanitize=thread.
 */
#include <pthread.h>
#include <stdlib.h>
#include "buffer/drain.h"
#include "check.h"
#include "pace.h"

#define SZ	MYSD_RING_MIN_SIZE
#define NR	3

static u64 mem[NR][SZ / 8];
static struct mysd_ring rings[NR];
static struct mysd_ring *const ringp[NR] = { &rings[0], &rings[1], &rings[2] };

/* What the callbacks saw, as text: "e<cpu>:<ts> " and "L<cpu>:<n>:<from>-<to> ". */
static char log_buf[8192];
static size_t log_len;

static void on_event(void *ctx, const struct mysd_event *ev)
{
	(void)ctx;
	log_len += snprintf(log_buf + log_len, sizeof(log_buf) - log_len,
			    "e%u:%llu ", ev->tid, (unsigned long long)ev->ts);
}

static void on_lost(void *ctx, unsigned int cpu, u64 count, u64 from_ts,
		    u64 to_ts)
{
	(void)ctx;
	log_len += snprintf(log_buf + log_len, sizeof(log_buf) - log_len,
			    "L%u:%llu:%llu-%llu ", cpu, (unsigned long long)count,
			    (unsigned long long)from_ts,
			    (unsigned long long)to_ts);
}

static const struct mysd_drain_ops ops = { on_event, on_lost };

static const char *take_log(void)
{
	static char out[sizeof(log_buf)];

	memcpy(out, log_buf, log_len + 1);
	log_len = 0;
	log_buf[0] = '\0';
	return out;
}

static void reset(void)
{
	unsigned int i;

	for (i = 0; i < NR; i++)
		mysd_ring_init(&rings[i], mem[i], SZ);
	take_log();
}

/* Produce one event of @extra capture bytes on @cpu; false if dropped. */
static bool put(unsigned int cpu, u64 ts, u32 extra)
{
	u32 size = sizeof(struct mysd_event) + extra;
	struct mysd_event *ev = mysd_ring_reserve(&rings[cpu], size);

	if (!ev)
		return false;
	memset(ev, 0, size);
	ev->ts = ts;
	ev->size = size;
	ev->tid = cpu;	/* the ring it came from, for the checks */
	mysd_ring_commit(&rings[cpu], size);
	return true;
}

/* Largest event: 3 fit in a 16 KiB ring (3 * 4112 bytes), a 4th does not. */
#define BIG (MYSD_EVENT_MAX - (u32)sizeof(struct mysd_event))

static void test_merge(void)
{
	reset();
	put(0, 10, 0);
	put(0, 40, 0);
	put(0, 70, 0);
	put(1, 20, 0);
	put(1, 50, 0);
	put(1, 60, 0);
	put(2, 5, 0);
	put(2, 30, 0);
	put(2, 80, 0);
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 9);
	CHECK_STR(take_log(),
		  "e2:5 e0:10 e1:20 e2:30 e0:40 e1:50 e1:60 e0:70 e2:80 ");
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 0);
	CHECK_STR(take_log(), "");

	/* Equal timestamps: lower CPU first; per-ring order is kept. */
	put(2, 7, 0);
	put(1, 7, 0);
	put(1, 8, 0);
	put(0, 8, 0);
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 4);
	CHECK_STR(take_log(), "e1:7 e2:7 e0:8 e1:8 ");

	/* NULL entries are skipped; the CPU is the index in the array. */
	{
		struct mysd_ring *const sparse[3] = { NULL, &rings[1], NULL };

		put(1, 9, 0);
		put(0, 9, 0);
		CHECK(mysd_drain(sparse, 3, U64_MAX, MYSD_DRAIN_ALL, &ops,
				 NULL) == 1);
		CHECK_STR(take_log(), "e1:9 ");
		CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops,
				 NULL) == 1);
		CHECK_STR(take_log(), "e0:9 ");
	}
}

static void test_until(void)
{
	reset();
	put(0, 10, 0);
	put(0, 100, 0);
	put(1, 50, 0);
	put(1, 99, 0);
	put(2, 101, 0);
	CHECK(mysd_drain(ringp, NR, 50, MYSD_DRAIN_ALL, &ops, NULL) == 2);
	CHECK_STR(take_log(), "e0:10 e1:50 ");
	CHECK(mysd_drain(ringp, NR, 99, MYSD_DRAIN_ALL, &ops, NULL) == 1);
	CHECK_STR(take_log(), "e1:99 ");
	/* Held back, so an event committed late with an older ts is first. */
	put(1, 60, 0);
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 3);
	CHECK_STR(take_log(), "e1:60 e0:100 e2:101 ");
	/* Within one ring the order is the ring's, whatever the ts. */
	put(2, 200, 0);
	put(2, 150, 0);
	put(0, 170, 0);
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 3);
	CHECK_STR(take_log(), "e0:170 e2:200 e2:150 ");
}

static void test_max(void)
{
	reset();
	put(0, 1, 0);
	put(1, 2, 0);
	put(2, 3, 0);
	put(0, 4, 0);
	CHECK(mysd_drain(ringp, NR, U64_MAX, 3, &ops, NULL) == 3);
	CHECK_STR(take_log(), "e0:1 e1:2 e2:3 ");
	CHECK(mysd_drain(ringp, NR, U64_MAX, 3, &ops, NULL) == 1);
	CHECK_STR(take_log(), "e0:4 ");
}

/* Drops between records: one report, exact count and timestamps, before
 * the record that follows the gap. */
static void test_gap(void)
{
	reset();
	CHECK(put(1, 10, BIG) && put(1, 20, BIG) && put(1, 30, BIG));
	CHECK(!put(1, 40, BIG) && !put(1, 50, BIG));
	CHECK(mysd_ring_lost(&rings[1]) == 2);
	put(0, 25, 0);
	CHECK(mysd_drain(ringp, NR, 15, MYSD_DRAIN_ALL, &ops, NULL) == 1);
	CHECK_STR(take_log(), "e1:10 ");
	CHECK(put(1, 60, BIG));
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 4);
	CHECK_STR(take_log(), "e1:20 e0:25 e1:30 L1:2:30-60 e1:60 ");
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 0);
	CHECK_STR(take_log(), "");

	/* A gap before the very first record: from_ts is 0. */
	reset();
	CHECK(!put(2, 1, MYSD_EVENT_MAX));	/* too large: dropped */
	CHECK(put(2, 5, 0));
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 1);
	CHECK_STR(take_log(), "L2:1:0-5 e2:5 ");
}

/* Drops after the last record: reported once the ring is empty, once. */
static void test_tail_loss(void)
{
	reset();
	CHECK(put(0, 100, BIG) && put(0, 200, BIG) && put(0, 300, BIG));
	CHECK(!put(0, 400, BIG) && !put(0, 500, BIG));
	put(1, 250, 0);
	/* Not empty yet (held back): nothing reported. */
	CHECK(mysd_drain(ringp, NR, 250, MYSD_DRAIN_ALL, &ops, NULL) == 3);
	CHECK_STR(take_log(), "e0:100 e0:200 e1:250 ");
	CHECK(mysd_drain(ringp, NR, 1000, MYSD_DRAIN_ALL, &ops, NULL) == 1);
	CHECK_STR(take_log(), "e0:300 L0:2:300-1000 ");
	CHECK(mysd_drain(ringp, NR, 2000, MYSD_DRAIN_ALL, &ops, NULL) == 0);
	CHECK_STR(take_log(), "");
	CHECK(put(0, 1500, 0));
	CHECK(mysd_drain(ringp, NR, 2000, MYSD_DRAIN_ALL, &ops, NULL) == 1);
	CHECK_STR(take_log(), "e0:1500 ");

	/* Final drain (U64_MAX): to_ts is the ring's last ts. */
	CHECK(!put(0, 1600, MYSD_EVENT_MAX));
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 0);
	CHECK_STR(take_log(), "L0:1:1500-1500 ");

	/* Nothing ever consumed from that ring: from_ts is 0. */
	CHECK(!put(2, 1, MYSD_EVENT_MAX));
	CHECK(mysd_drain(ringp, NR, 700, MYSD_DRAIN_ALL, &ops, NULL) == 0);
	CHECK_STR(take_log(), "L2:1:0-700 ");

	/* Cut short by max: reported by a later call, still once. */
	CHECK(!put(1, 1, MYSD_EVENT_MAX));
	put(0, 1700, 0);
	put(0, 1800, 0);
	CHECK(mysd_drain(ringp, NR, U64_MAX, 1, &ops, NULL) == 1);
	CHECK_STR(take_log(), "e0:1700 ");
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 1);
	CHECK_STR(take_log(), "e0:1800 L1:1:250-250 ");
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 0);
	CHECK_STR(take_log(), "");
}

/* A record too short for its event is not emitted but reported as lost. */
static void test_malformed(void)
{
	struct mysd_event *ev;

	reset();
	put(0, 10, 0);
	ev = mysd_ring_reserve(&rings[0], 8);
	CHECK(ev != NULL);
	mysd_ring_commit(&rings[0], 8);
	ev = mysd_ring_reserve(&rings[0], sizeof(*ev));
	CHECK(ev != NULL);
	if (ev) {
		memset(ev, 0, sizeof(*ev));
		ev->ts = 15;
		ev->size = sizeof(*ev) + 1;	/* claims more than the record */
		mysd_ring_commit(&rings[0], sizeof(*ev));
	}
	put(0, 20, 0);
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 2);
	CHECK_STR(take_log(), "e0:10 L0:2:10-20 e0:20 ");
}

/*
 * The drain may consume a record seen in head before its producer stores
 * the next seq: seq_pub one behind next_seq is nothing lost (read as
 * 2^32 - 1 events lost on 32-bit CPUs before).
 */
static void test_seq_lag(void)
{
	reset();
	CHECK(put(0, 10, 0));
	rings[0].seq_pub--;	/* the producer has not stored it yet */
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 1);
	CHECK_STR(take_log(), "e0:10 ");
	rings[0].seq_pub++;
	CHECK(mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &ops, NULL) == 0);
	CHECK_STR(take_log(), "");
	/* a drop after it is still reported, once */
	rings[0].seq_pub = (u32)++rings[0].seq;
	CHECK(mysd_drain(ringp, NR, 30, MYSD_DRAIN_ALL, &ops, NULL) == 0);
	CHECK_STR(take_log(), "L0:1:10-30 ");
}

/*
 * Stress: two producer threads, each on its own ring, and the drain in
 * the main thread. Per ring, events come out in order, each exactly once,
 * and the reported losses add up exactly to the rings' lost counters.
 */
#define STRESS_N 300000UL
static int producers_done;
static struct {
	u64 events[NR], lost[NR], last[NR], bad;
} st;

static void st_event(void *ctx, const struct mysd_event *ev)
{
	(void)ctx;
	if (ev->tid >= NR || ev->ts <= st.last[ev->tid] ||
	    ev->size != sizeof(*ev) + (u32)(ev->ts % 64) * 8)
		st.bad++;
	else
		st.last[ev->tid] = ev->ts;
	st.events[ev->tid < NR ? ev->tid : 0]++;
}

static void st_lost(void *ctx, unsigned int cpu, u64 count, u64 from_ts,
		    u64 to_ts)
{
	(void)ctx;
	(void)to_ts;
	if (count == 0 || from_ts != st.last[cpu])
		st.bad++;
	st.lost[cpu] += count;
}

static void *st_producer(void *arg)
{
	unsigned int cpu = (unsigned int)(unsigned long)arg;
	u64 ts;

	for (ts = 1; ts <= STRESS_N; ts++) {
		if (put(cpu, ts, (u32)(ts % 64) * 8))
			continue;
		/* Pace the test: after most drops, wait for the drain. */
		while (ts % 8 && mysd_ring_above_half(&rings[cpu]))
			pace_wait();
	}
	__atomic_fetch_add(&producers_done, 1, __ATOMIC_RELEASE);
	return NULL;
}

static void test_stress(void)
{
	static const struct mysd_drain_ops sops = { st_event, st_lost };
	pthread_t t[2];
	unsigned long i, n, emitted = 0;
	int done;

	reset();
	for (i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, st_producer, (void *)i);
	do {
		done = __atomic_load_n(&producers_done, __ATOMIC_ACQUIRE);
		/* Batches, and until_ts = U64_MAX: order is checked per ring. */
		n = mysd_drain(ringp, NR, U64_MAX, 64, &sops, NULL);
		if (!n)
			pace_wait();
		emitted += n;
	} while (done < 2);
	for (i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	emitted += mysd_drain(ringp, NR, U64_MAX, MYSD_DRAIN_ALL, &sops, NULL);

	printf("drain stress: cpu0 %llu events %llu lost, cpu1 %llu events %llu lost\n",
	       (unsigned long long)st.events[0], (unsigned long long)st.lost[0],
	       (unsigned long long)st.events[1], (unsigned long long)st.lost[1]);
	CHECK(st.bad == 0);
	for (i = 0; i < 2; i++) {
		CHECK(st.events[i] == mysd_ring_committed(&rings[i]));
		CHECK(st.lost[i] == mysd_ring_lost(&rings[i]));
		CHECK(st.events[i] + st.lost[i] == STRESS_N);
	}
	CHECK(emitted == st.events[0] + st.events[1]);
}

int main(void)
{
	test_merge();
	test_until();
	test_max();
	test_gap();
	test_tail_loss();
	test_malformed();
	test_seq_lag();
	test_stress();
	return check_summary("test_drain");
}
