// SPDX-License-Identifier: GPL-2.0
/*
 * out.c - bounded line buffer and print helpers (see out.h).
 *
 * Numbers are written without printf: digits are produced from the end,
 * two at a time from a table, by division by the constant 100 (a multiply
 * and a shift, no divide instruction), after counting them. 32-bit
 * arithmetic covers nearly every value printed; larger ones are split into
 * 9-digit chunks with div_u64_rem() first, since 32-bit ARM has no u64 '/'.
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
#endif

#define NSEC_DIGITS 9		/* nanoseconds of a timestamp, zero-padded */

size_t mysd_out_finish(struct mysd_out *o)
{
	static const char more[] = "...\n";
	const char *tail = more + 3;
	size_t n = 1;

	/* len <= limit = size - MYSD_OUT_RESERVE: "\n" and the NUL fit */
	if (likely(!o->overflow && o->size > MYSD_OUT_RESERVE)) {
		o->buf[o->len++] = '\n';
		o->buf[o->len] = '\0';
		return o->len;
	}
	if (!o->size)
		return 0;
	if (o->overflow) {
		tail = more;
		n = 4;
	}
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

const char mysd_digit_pairs[] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

static const char hex_digits[] = "0123456789abcdef";

/* Exactly @NSEC_DIGITS digits of @v (< 10^9), zero-padded. */
static char *put_u32_9(char *p, u32 v)
{
	u32 q;

	/* unrolled: 4 x two digits, then the leading one */
	q = v / 100;
	memcpy(p + 7, &mysd_digit_pairs[2 * (v - 100 * q)], 2);
	v = q / 100;
	memcpy(p + 5, &mysd_digit_pairs[2 * (q - 100 * v)], 2);
	q = v / 100;
	memcpy(p + 3, &mysd_digit_pairs[2 * (v - 100 * q)], 2);
	v = q / 100;
	memcpy(p + 1, &mysd_digit_pairs[2 * (q - 100 * v)], 2);
	p[0] = (char)('0' + v);
	return p + NSEC_DIGITS;
}

/*
 * Values past 32 bits: a head and up to two 9-digit chunks (2^64 has 20
 * digits).
 */
char *mysd_put_u64(char *p, u64 v)
{
	u32 chunk[2];
	unsigned int n = 0;

	while (v > U32_MAX) {
		v = div_u64_rem(v, 1000000000U, &chunk[n]);
		n++;
	}
	p = mysd_put_u32(p, (u32)v);
	while (n--)
		p = put_u32_9(p, chunk[n]);
	return p;
}

/* @v in base 1 << @shift (hex, octal), no prefix; inlined: constant shifts. */
static __always_inline char *put_pow2(char *p, u64 v, unsigned int shift)
{
	unsigned int mask = (1U << shift) - 1;
	unsigned int bits = v ? fls64(v) : 1;
	char *end = p + (bits + shift - 1) / shift;

	p = end;
	do {
		*--p = hex_digits[v & mask];
		v >>= shift;
	} while (v);
	return end;
}

char *mysd_put_hex(char *p, u64 v)
{
	p = mysd_put_lit(p, "0x");
	return put_pow2(p, v, 4);
}

char *mysd_put_ts(char *p, u64 ns)
{
	u32 rem;
	u64 sec = div_u64_rem(ns, 1000000000U, &rem);	/* 32-bit arm: no u64 '/' */

	p = mysd_put_udec(p, sec);
	*p++ = '.';
	return put_u32_9(p, rem);
}

/* How a checked number helper prints its value. */
enum num_style { NUM_UDEC, NUM_DEC, NUM_HEX, NUM_XDIGITS, NUM_OCT, NUM_TS };

static char *put_num(char *p, u64 v, enum num_style style)
{
	switch (style) {
	case NUM_UDEC:
		return mysd_put_udec(p, v);
	case NUM_DEC:
		return mysd_put_dec(p, (s64)v);
	case NUM_HEX:
		return mysd_put_hex(p, v);
	case NUM_XDIGITS:
		return put_pow2(p, v, 4);
	case NUM_OCT:
		if (v)
			*p++ = '0';
		return put_pow2(p, v, 3);
	default:
		return mysd_put_ts(p, v);
	}
}

/*
 * Near the end of the buffer: build the number aside and write it whole,
 * or not at all, like any other write.
 */
static noinline void put_num_cut(struct mysd_out *o, u64 v, enum num_style style)
{
	char tmp[32];

	mysd_out_write(o, tmp, put_num(tmp, v, style) - tmp);
}

/*
 * Numbers are written straight into the line when the longest one fits
 * (put_num() is inlined with a constant style: the switch folds away).
 */
static __always_inline void put_num_checked(struct mysd_out *o, u64 v,
					    enum num_style style, size_t max)
{
	if (likely(mysd_out_avail(o) >= max))
		o->len = put_num(o->buf + o->len, v, style) - o->buf;
	else
		put_num_cut(o, v, style);
}

void mysd_udec(struct mysd_out *o, u64 v)
{
	put_num_checked(o, v, NUM_UDEC, MYSD_DEC_MAX);
}

void mysd_dec(struct mysd_out *o, s64 v)
{
	put_num_checked(o, (u64)v, NUM_DEC, MYSD_DEC_MAX);
}

void mysd_hex(struct mysd_out *o, u64 v)
{
	put_num_checked(o, v, NUM_HEX, MYSD_HEX_MAX);
}

void mysd_hexdigits(struct mysd_out *o, u64 v)
{
	put_num_checked(o, v, NUM_XDIGITS, MYSD_HEX_MAX);
}

void mysd_oct(struct mysd_out *o, u64 v)
{
	put_num_checked(o, v, NUM_OCT, MYSD_OCT_MAX);
}

void mysd_ts(struct mysd_out *o, u64 ns)
{
	put_num_checked(o, ns, NUM_TS, MYSD_TS_MAX);
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
 * Byte by byte, one table look-up each: the strings printed are short
 * (comm, paths, 32 bytes of data), where a memcpy call per run of plain
 * bytes costs more than it saves.
 */
char *mysd_put_quoted(char *p, const u8 *s, size_t n)
{
	size_t i;

	*p++ = '"';
	for (i = 0; i < n; i++) {
		u8 c = s[i];
		char e = escape[c];

		if (likely(!e)) {
			*p++ = (char)c;
			continue;
		}
		*p++ = '\\';
		if (e == 'x') {
			p[0] = 'x';
			p[1] = hex_digits[c >> 4];
			p[2] = hex_digits[c & 15];
			p += 3;
		} else {
			*p++ = e;
		}
	}
	*p++ = '"';
	return p;
}

/*
 * Near the end of the buffer: runs of bytes that need no escape are copied
 * with one memcpy, the other bytes become 2- or 4-character escapes, each
 * written whole or not at all. A run that does not fit is copied up to the
 * limit: the bytes that printing it byte by byte would have given.
 */
static noinline void quoted_cut(struct mysd_out *o, const u8 *s, size_t n,
				bool trunc)
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
			if (run > (size_t)(lim - p)) {
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
			if (lim - p < 4)
				goto cut;
			p[0] = '\\';
			p[1] = 'x';
			p[2] = hex_digits[c >> 4];
			p[3] = hex_digits[c & 15];
			p += 4;
		} else {
			if (lim - p < 2)
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

void mysd_quoted(struct mysd_out *o, const u8 *s, size_t n, bool trunc)
{
	size_t avail = mysd_out_avail(o);

	/* everything escaped as \xNN, the quotes and "..." fit: no checks */
	if (likely(avail >= 5 && n <= (avail - 5) / 4)) {
		char *p = mysd_put_quoted(o->buf + o->len, s, n);

		if (trunc)
			p = mysd_put_lit(p, "...");
		o->len = p - o->buf;
		return;
	}
	quoted_cut(o, s, n, trunc);
}
