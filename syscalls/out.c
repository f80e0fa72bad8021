// SPDX-License-Identifier: GPL-2.0
/*
 * out.c - bounded line buffer and print helpers (see out.h).
 *
 * Numbers are written without printf: digits are produced from the end,
 * two at a time from a table, by division by the constant 100 (a multiply
 * and a shift, no divide instruction), into room reserved up front from
 * the digit count. 32-bit arithmetic covers nearly every value printed;
 * larger ones are split into 9-digit chunks with div_u64_rem() first,
 * since 32-bit ARM has no u64 '/'.
 */
#include "out.h"

#ifdef __KERNEL__
#include <linux/bitops.h>
#include <linux/math64.h>
#else
static inline u64 div_u64_rem(u64 n, u32 d, u32 *rem)
{
	*rem = (u32)(n % d);
	return n / d;
}

/* 1-based index of the highest bit set; @v != 0 */
static inline unsigned int fls64(u64 v)
{
	return 64 - __builtin_clzll(v);
}

#define noinline __attribute__((noinline))
#endif

#define NSEC_DIGITS 9		/* nanoseconds of a timestamp, zero-padded */

void mysd_out_init(struct mysd_out *o, char *buf, size_t size)
{
	o->buf = buf;
	o->size = size;
	o->len = 0;
	/* Bytes available to content, keeping room to close the line. */
	o->limit = size > MYSD_OUT_RESERVE ? size - MYSD_OUT_RESERVE : 0;
	o->overflow = false;
	o->first = true;
	if (size)
		buf[0] = '\0';
}

void mysd_out_scratch(struct mysd_out *o, char *buf, size_t size)
{
	mysd_out_init(o, buf, size);
	o->limit = size;
}

size_t mysd_out_finish(struct mysd_out *o)
{
	static const char more[] = "...\n";
	const char *tail = o->overflow ? more : more + 3;
	size_t n = o->overflow ? 4 : 1;

	if (!o->size)
		return 0;
	if (o->len + n + 1 > o->size) {
		/* Buffer too small even for the reserve: keep what ends the line. */
		size_t keep = o->size - 1;

		if (keep > n)
			keep = n;
		o->len = o->size - 1 - keep;
		tail += n - keep;
		n = keep;
	}
	memcpy(o->buf + o->len, tail, n);
	o->len += n;
	o->buf[o->len] = '\0';
	return o->len;
}

/* mysd_key_n() when ", key=" may not fit whole: its three writes in turn. */
void mysd_key_cut(struct mysd_out *o, const char *key, size_t klen)
{
	mysd_sep(o);
	mysd_out_write(o, key, klen);
	mysd_out_char(o, '=');
}

/* ---- numbers ----------------------------------------------------------- */

static const char digit_pairs[] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

static const char hex_digits[] = "0123456789abcdef";

/* Decimal digits of @v (1..10); most values printed are small. */
static inline unsigned int u32_len(u32 v)
{
	static const u32 pow10[] = { 10, 100, 1000, 10000, 100000, 1000000,
				     10000000, 100000000, 1000000000 };
	unsigned int n = 1;

	while (n < 10 && v >= pow10[n - 1])
		n++;
	return n;
}

/* Write @v in decimal so that its last digit is at end[-1]. */
static inline void put_u32(char *end, u32 v)
{
	while (v >= 100) {
		u32 q = v / 100;

		end -= 2;
		memcpy(end, &digit_pairs[2 * (v - 100 * q)], 2);
		v = q;
	}
	if (v >= 10) {
		end -= 2;
		memcpy(end, &digit_pairs[2 * v], 2);
	} else {
		end[-1] = (char)('0' + v);
	}
}

/* Exactly @NSEC_DIGITS digits of @v (< 10^9), zero-padded, at p. */
static inline void put_u32_9(char *p, u32 v)
{
	unsigned int i;

	for (i = 0; i < 4; i++) {
		u32 q = v / 100;

		memcpy(p + NSEC_DIGITS - 2 - 2 * i, &digit_pairs[2 * (v - 100 * q)], 2);
		v = q;
	}
	p[0] = (char)('0' + v);
}

/* "-"?digits of @v as one write: the common case, 32 bits. */
static inline void put_dec32(struct mysd_out *o, u32 v, bool neg)
{
	unsigned int n = neg + u32_len(v);
	char *p = mysd_out_room(o, n);

	if (!p)
		return;
	put_u32(p + n, v);
	if (neg)
		p[0] = '-';
	o->len += n;
}

/*
 * Values past 32 bits: a head and up to two 9-digit chunks (2^64 has 20
 * digits), as one write.
 */
static noinline void put_dec64(struct mysd_out *o, u64 v, bool neg)
{
	u32 chunk[2];
	unsigned int nchunks = 0, n, i;
	char *p, *end;

	while (v > U32_MAX) {
		v = div_u64_rem(v, 1000000000U, &chunk[nchunks]);
		nchunks++;
	}
	n = neg + u32_len((u32)v) + NSEC_DIGITS * nchunks;
	p = mysd_out_room(o, n);
	if (!p)
		return;
	end = p + n;
	for (i = 0; i < nchunks; i++) {
		end -= NSEC_DIGITS;
		put_u32_9(end, chunk[i]);
	}
	put_u32(end, (u32)v);
	if (neg)
		p[0] = '-';
	o->len += n;
}

static inline void put_dec(struct mysd_out *o, u64 v, bool neg)
{
	if (likely(v <= U32_MAX))
		put_dec32(o, (u32)v, neg);
	else
		put_dec64(o, v, neg);
}

void mysd_udec(struct mysd_out *o, u64 v)
{
	put_dec(o, v, false);
}

void mysd_dec(struct mysd_out *o, s64 v)
{
	/* the magnitude in u64: right for S64_MIN too */
	put_dec(o, v < 0 ? -(u64)v : (u64)v, v < 0);
}

/* Digits of @v in base 1 << @shift (1..64/@shift). */
static inline unsigned int pow2_len(u64 v, unsigned int shift)
{
	unsigned int bits = v ? fls64(v) : 1;

	return (bits + shift - 1) / shift;
}

/* @prefix then @v in base 1 << @shift (hex, octal) as one write. */
static inline void put_pow2(struct mysd_out *o, const char *prefix, size_t plen,
			    u64 v, unsigned int shift)
{
	unsigned int mask = (1U << shift) - 1;
	unsigned int n = pow2_len(v, shift);
	char *p = mysd_out_room(o, plen + n);
	char *end;

	if (!p)
		return;
	memcpy(p, prefix, plen);
	end = p + plen + n;
	do {
		*--end = hex_digits[v & mask];
		v >>= shift;
	} while (v);
	o->len += plen + n;
}

void mysd_hex(struct mysd_out *o, u64 v)
{
	put_pow2(o, "0x", 2, v, 4);
}

void mysd_hexdigits(struct mysd_out *o, u64 v)
{
	put_pow2(o, "", 0, v, 4);
}

void mysd_oct(struct mysd_out *o, u64 v)
{
	if (v)
		put_pow2(o, "0", 1, v, 3);
	else
		mysd_out_char(o, '0');
}

void mysd_ptr(struct mysd_out *o, u64 p)
{
	if (p)
		mysd_hex(o, p);
	else
		mysd_out_write(o, "NULL", 4);
}

void mysd_fault(struct mysd_out *o, u64 p)
{
	mysd_hex(o, p);
	mysd_out_write(o, "<fault>", 7);
}

/* seconds "." 9-digit nanoseconds, as one write. */
void mysd_ts(struct mysd_out *o, u64 ns)
{
	u32 rem;
	u64 sec = div_u64_rem(ns, 1000000000U, &rem);
	unsigned int n;
	char *p;

	if (unlikely(sec > U32_MAX)) {	/* 136 years of uptime */
		char tmp[32];
		struct mysd_out t;

		mysd_out_scratch(&t, tmp, sizeof(tmp));
		mysd_udec(&t, sec);
		mysd_out_char(&t, '.');
		put_u32_9(tmp + t.len, rem);
		mysd_out_write(o, tmp, t.len + NSEC_DIGITS);
		return;
	}
	n = u32_len((u32)sec);
	p = mysd_out_room(o, n + 1 + NSEC_DIGITS);
	if (!p)
		return;
	put_u32(p + n, (u32)sec);
	p[n] = '.';
	put_u32_9(p + n + 1, rem);
	o->len += n + 1 + NSEC_DIGITS;
}

/* ---- quoted strings ---------------------------------------------------- */

/*
 * What follows the backslash for each byte: 0 = printed as is, 'x' = \xNN,
 * else the letter of the named escape.
 */
static const char escape[256] = {
	[0 ... 8] = 'x',
	['\t'] = 't', ['\n'] = 'n', ['\v'] = 'v', ['\f'] = 'f', ['\r'] = 'r',
	[14 ... 31] = 'x',
	['"'] = '"', ['\\'] = '\\',
	[0x7f ... 0xff] = 'x',
};

/*
 * Runs of bytes that need no escape are copied with one memcpy; the other
 * bytes become 2- or 4-character escapes, each written whole or not at all.
 * A run that does not fit is copied up to the limit: the bytes printing it
 * byte by byte would have given.
 */
void mysd_quoted(struct mysd_out *o, const u8 *s, size_t n, bool trunc)
{
	char *p, *lim;
	size_t i = 0;

	mysd_out_char(o, '"');
	p = o->buf + o->len;
	lim = o->buf + o->limit;
	while (i < n) {
		u8 c = s[i];
		char e = escape[c];

		if (!e) {
			size_t run = 1;

			while (i + run < n && !escape[s[i + run]])
				run++;
			if (unlikely(run > (size_t)(lim - p))) {
				run = lim - p;
				memcpy(p, s + i, run);
				p += run;
				goto cut;
			}
			memcpy(p, s + i, run);
			p += run;
			i += run;
			continue;
		}
		if (e == 'x') {
			if (unlikely(lim - p < 4))
				goto cut;
			p[0] = '\\';
			p[1] = 'x';
			p[2] = hex_digits[c >> 4];
			p[3] = hex_digits[c & 15];
			p += 4;
		} else {
			if (unlikely(lim - p < 2))
				goto cut;
			p[0] = '\\';
			p[1] = e;
			p += 2;
		}
		i++;
	}
	o->len = p - o->buf;
	mysd_out_char(o, '"');
	if (trunc)
		mysd_out_write(o, "...", 3);
	return;
cut:
	o->len = p - o->buf;
	mysd_out_cut(o);
}
