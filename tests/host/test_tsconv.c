// SPDX-License-Identifier: GPL-2.0
/*
 * test_tsconv.c - host tests for buffer/tsconv.c (the probe's ticks as
 * monotonic nanoseconds).
 *
 * Build and run from the repo root:
 *   gcc -Wall -Wextra -O2 -fsanitize=address,undefined -I. \
 *       tests/host/test_tsconv.c buffer/tsconv.c -o /tmp/test_tsconv
 *   /tmp/test_tsconv
 */
#include "buffer/tsconv.h"
#include "tests/host/check.h"

#define SEC MYSD_NS_PER_SEC

/* |a - b| <= tol */
static int near(u64 a, u64 b, u64 tol)
{
	return (a > b ? a - b : b - a) <= tol;
}

/* A clock of @hz ticks a second: the nanoseconds of @ticks, exactly (floor). */
static u64 exact_ns(u64 ticks, u64 hz)
{
	return ticks / hz * SEC + ticks % hz * SEC / hz;
}

/*
 * The multiply the conversion makes: 128-bit on 64-bit hosts, from 32-bit
 * pieces on 32-bit ones (this test also runs built for 32-bit ARM).
 * Expected values from Python's integers.
 */
static void test_mul_shr(void)
{
	const u64 m = ~0ULL;

	CHECK(mul_u64_u64_shr(m, m, 32) == 0xfffffffe00000000ULL);
	CHECK(mul_u64_u64_shr(m, m, 63) == 0xfffffffffffffffcULL);
	CHECK(mul_u64_u64_shr(m, 1ULL << 32, 32) == m);
	CHECK(mul_u64_u64_shr(0x123456789abcdef0ULL, 0x0fedcba987654321ULL, 32) ==
	      0xad77d7422236d88fULL);
	CHECK(mul_u64_u64_shr(0xdeadbeefULL, 0xcafebabe12345678ULL, 0) ==
	      0x98a519505621ca08ULL);
}

/* The monotonic clock's own ticks (arch/generic.h): the identity. */
static void test_identity(void)
{
	struct mysd_tsconv c;

	mysd_tsconv_init(&c, 5 * SEC, 5 * SEC, 0, SEC);
	CHECK(mysd_tsconv_at(&c, 5 * SEC + 123) == 5 * SEC + 123);
	CHECK(mysd_tsconv_at(&c, 5 * SEC - 7) == 5 * SEC - 7);
	CHECK(mysd_tsconv_at(&c, 5 * SEC + 86400 * SEC) == 86405 * SEC);
	CHECK(mysd_tsconv_anchor(&c, 7 * SEC, 7 * SEC, 0));
	CHECK(mysd_tsconv_at(&c, 6 * SEC + 1) == 6 * SEC + 1);
	CHECK(mysd_tsconv_at(&c, 9 * SEC + 999999999) == 9 * SEC + 999999999);
}

/* The nominal rate until a second anchor: 62.5 MHz is 16 ns a tick. */
static void test_nominal(void)
{
	struct mysd_tsconv c;

	mysd_tsconv_init(&c, 1000, 16000, 0, 62500000);
	CHECK(mysd_tsconv_at(&c, 1010) == 16160);
	CHECK(mysd_tsconv_at(&c, 990) == 15840);	/* before the anchor */
	CHECK(mysd_tsconv_at(&c, 0) == 0);
	CHECK(mysd_tsconv_at(&c, 1000 + 62500000ULL * 3600) ==
	      16000 + 3600 * SEC);
	/* Ticks from before the clock's zero: 0, not a wrapped time. */
	mysd_tsconv_init(&c, 1000, 100, 0, 62500000);
	CHECK(mysd_tsconv_at(&c, 0) == 0);
}

/*
 * The counter runs 1 ppm slow against the monotonic clock (NTP's
 * correction): after an anchor a second later the line passes through
 * both anchors and the rate between them holds after the last one.
 */
static void test_anchor_rate(void)
{
	u64 t0 = 1000, n0 = 16000, dt = 62500000, dn = SEC + 1000;
	struct mysd_tsconv c;

	mysd_tsconv_init(&c, t0, n0, 0, 62500000);
	/* Too soon: the two reads' few ns would weigh on the rate. */
	CHECK(!mysd_tsconv_anchor(&c, t0 + dt / 2, n0 + dn / 2, 0));
	CHECK(mysd_tsconv_at(&c, t0 + dt / 2) == n0 + SEC / 2);
	CHECK(mysd_tsconv_anchor(&c, t0 + dt, n0 + dn, 0));
	CHECK(mysd_tsconv_at(&c, t0 + dt) == n0 + dn);	/* exact at the anchor */
	CHECK(near(mysd_tsconv_at(&c, t0), n0, 1));	/* and at the one before */
	CHECK(near(mysd_tsconv_at(&c, t0 + dt / 2), n0 + dn / 2, 1));
	/* Ten seconds on, at the same rate: within a nanosecond a second. */
	CHECK(near(mysd_tsconv_at(&c, t0 + 11 * dt), n0 + 11 * dn, 10));
	/* Neither clock going back is an anchor. */
	CHECK(!mysd_tsconv_anchor(&c, t0 + dt, n0 + 5 * SEC, 0));
	CHECK(!mysd_tsconv_anchor(&c, t0 + 5 * dt, n0, 0));
}

/* Other counter rates: 19.2 MHz (not a whole ns a tick) and 1 GHz. */
static void test_rates(void)
{
	const u64 hour = 3600;
	struct mysd_tsconv c;

	mysd_tsconv_init(&c, 0, 0, 0, 19200000);
	CHECK(near(mysd_tsconv_at(&c, 19200000), SEC, 1));
	CHECK(near(mysd_tsconv_at(&c, 19200000 * hour + 7),
		   exact_ns(19200000 * hour + 7, 19200000), 2000));
	mysd_tsconv_init(&c, 0, 0, 0, SEC);
	CHECK(mysd_tsconv_at(&c, hour * SEC + 1) == hour * SEC + 1);
	/* An anchor 1000 s later: the rate's computation must not overflow. */
	CHECK(mysd_tsconv_anchor(&c, 1000 * SEC, 1000 * SEC, 0));
	CHECK(mysd_tsconv_at(&c, 1500 * SEC + 3) == 1500 * SEC + 3);
	/* Anchors an hour apart (a writer that did not run): 10 s on. */
	mysd_tsconv_init(&c, 0, 0, 0, 19200000);
	CHECK(mysd_tsconv_anchor(&c, 19200000 * hour, hour * SEC, 0));
	CHECK(near(mysd_tsconv_at(&c, 19200000 * (hour + 10)),
		   (hour + 10) * SEC, 100));
}

/*
 * mysd_tsconv_ns(), for the lines in order, never goes back, even where a
 * new anchor lowers the line (the monotonic clock was slowed).
 */
static void test_never_back(void)
{
	u64 t0 = 0, dt = 62500000, a, b, d;
	struct mysd_tsconv c;

	mysd_tsconv_init(&c, t0, 0, 0, 62500000);
	a = mysd_tsconv_ns(&c, t0 + 2 * dt + 100);	/* at 16 ns a tick */
	CHECK(a == 2 * SEC + 1600);
	/* The monotonic clock went 100 ppm slower than the nominal rate. */
	CHECK(mysd_tsconv_anchor(&c, t0 + 2 * dt, 2 * SEC - 200000, 0));
	b = mysd_tsconv_ns(&c, t0 + 2 * dt + 101);	/* lower on the new line */
	CHECK(mysd_tsconv_at(&c, t0 + 2 * dt + 101) < a);
	CHECK(b == a);
	d = mysd_tsconv_ns(&c, t0 + 3 * dt);	/* later ones move on */
	CHECK(d > a && near(d, 3 * SEC - 300000, 1));
}

/*
 * A system suspend: the counter went on 100 s, the monotonic clock did
 * not, and the time slept grew. The next reading starts the line anew
 * there, at the rate known, however soon it comes.
 */
static void test_suspend(void)
{
	u64 dt = 62500000, t, a;
	struct mysd_tsconv c;

	mysd_tsconv_init(&c, 0, 0, 0, 62500000);
	CHECK(mysd_tsconv_anchor(&c, dt, SEC + 1000, 0));
	a = mysd_tsconv_ns(&c, dt + 10);
	t = dt + 100 * dt + 50 * dt / 100;	/* 100.5 s of counter */
	/* 0.5 s of clock, 100 s slept */
	CHECK(mysd_tsconv_anchor(&c, t, SEC + SEC / 2, 100 * SEC));
	CHECK(mysd_tsconv_at(&c, t) == SEC + SEC / 2);
	CHECK(near(mysd_tsconv_at(&c, t + dt), 2 * SEC + SEC / 2 + 1000, 1));
	CHECK(mysd_tsconv_ns(&c, t + 1) > a);
	/* NTP's largest correction: 400 ppm over 2 s, the new rate */
	mysd_tsconv_init(&c, 0, 0, 0, 62500000);
	CHECK(mysd_tsconv_anchor(&c, 2 * dt, 2 * SEC + 800000, 0));
	CHECK(near(mysd_tsconv_at(&c, 3 * dt), 3 * SEC + 1200000, 1));
}

/*
 * A nominal rate 0.5% off (firmware's CNTFRQ against the clock the kernel
 * keeps), anchors offered every 100 ms as the writer does: the line
 * misses by more than NTP could explain, which is no suspend, and the
 * first anchor a second on takes the true rate.
 */
static void test_wrong_nominal(void)
{
	u64 dt = 62500000, t, n = 0;
	struct mysd_tsconv c;
	int i;

	mysd_tsconv_init(&c, 0, 0, 0, 62500000);
	for (i = 1; i <= 10; i++) {
		t = i * dt / 10;
		n = i * (SEC / 10) * 1005 / 1000;
		CHECK(mysd_tsconv_anchor(&c, t, n, 0) == (i == 10));
	}
	CHECK(n == SEC + SEC / 200);
	CHECK(near(mysd_tsconv_at(&c, 3 * dt), 3 * n, 1));
}

/*
 * A counter that restarted from 0 in a suspend: the anchor moves back
 * with it, the rate kept, and lines go on from the clock's time.
 */
static void test_counter_reset(void)
{
	u64 dt = 62500000, a;
	struct mysd_tsconv c;

	mysd_tsconv_init(&c, 100 * dt, 100 * SEC, 0, 62500000);
	a = mysd_tsconv_ns(&c, 101 * dt);
	CHECK(a == 101 * SEC);
	CHECK(mysd_tsconv_anchor(&c, dt / 2, 130 * SEC, 0));
	CHECK(mysd_tsconv_at(&c, dt / 2) == 130 * SEC);
	CHECK(mysd_tsconv_ns(&c, dt) == 130 * SEC + SEC / 2);
	/* the same reading again is no anchor */
	CHECK(!mysd_tsconv_anchor(&c, dt / 2, 130 * SEC, 0));
}

int main(void)
{
	test_mul_shr();
	test_identity();
	test_nominal();
	test_anchor_rate();
	test_rates();
	test_never_back();
	test_suspend();
	test_wrong_nominal();
	test_counter_reset();
	return check_summary("test_tsconv");
}
