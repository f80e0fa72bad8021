/* SPDX-License-Identifier: GPL-2.0 */
/*
 * portable.h - the few kernel names the host-testable code uses.
 *
 * syscalls/ and buffer/ compile unchanged in the kernel and on the host
 * (tests/host). In the kernel this is a thin include list; on the host it
 * maps the same names onto libc and C11 atomics.
 */
#ifndef MYSD_PORTABLE_H
#define MYSD_PORTABLE_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/limits.h>
#include <linux/bitops.h>
#include <linux/math64.h>
#include <linux/time64.h>
#include <asm/barrier.h>
#else
#include <assert.h>		/* static_assert */
#include <errno.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <string.h>
#include <stdarg.h>
#include <stdio.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

#define U64_MAX ((u64)~0ULL)
#define U32_MAX ((u32)~0U)
#define S32_MAX ((s32)(U32_MAX >> 1))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define ALIGN(x, a) (((x) + ((a) - 1)) & ~((__typeof__(x))(a) - 1))
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#define min_t(t, a, b) ((t)(a) < (t)(b) ? (t)(a) : (t)(b))
#define sizeof_field(T, m) sizeof(((T *)0)->m)
#define hweight64(x) __builtin_popcountll(x)
#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))
#define offsetofend(T, m) (offsetof(T, m) + sizeof_field(T, m))
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define __maybe_unused __attribute__((unused))
#define __force	/* sparse only */
#define __packed __attribute__((packed))
#define ____cacheline_aligned_in_smp __attribute__((aligned(64)))
#define __printf(a, b) __attribute__((format(printf, a, b)))
#ifndef noinline	/* glibc's <sys/cdefs.h> has __always_inline, not this */
#define noinline __attribute__((noinline))
#endif

/* linux/time64.h */
#define NSEC_PER_SEC 1000000000L

/* linux/bitops.h: 1-based index of the highest bit set; @v != 0 */
static inline unsigned int fls64(u64 v)
{
	return 64 - __builtin_clzll(v);
}

/* READ_ONCE/WRITE_ONCE and the acquire/release pairs as C11 atomics. */
#define READ_ONCE(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define WRITE_ONCE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
/* Acquire: what the releasing side wrote before is visible after it. */
#define smp_load_acquire(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
/* Release: what was written before is visible to an acquiring reader. */
#define smp_store_release(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)

/* linux/math64.h */
static inline u64 div64_u64(u64 dividend, u64 divisor)
{
	return dividend / divisor;
}

static inline u64 div_u64_rem(u64 n, u32 d, u32 *rem)
{
	*rem = (u32)(n % d);
	return n / d;
}

/* The bits @shift..@shift+63 of the 128-bit a * b (shift < 64). */
static inline u64 mul_u64_u64_shr(u64 a, u64 b, unsigned int shift)
{
#ifdef __SIZEOF_INT128__
	return (u64)(((__uint128_t)a * b) >> shift);
#else
	/* 32-bit hosts: the product from four 32 x 32 bit ones */
	u64 ll = (u64)(u32)a * (u32)b, lh = (u64)(u32)a * (b >> 32);
	u64 hl = (a >> 32) * (u32)b, hh = (a >> 32) * (b >> 32);
	u64 mid = (ll >> 32) + (u32)lh + (u32)hl;
	u64 lo = (mid << 32) | (u32)ll;
	u64 hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);

	return shift ? (hi << (64 - shift)) | (lo >> shift) : lo;
#endif
}
#endif /* __KERNEL__ */

#endif /* MYSD_PORTABLE_H */
