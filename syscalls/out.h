/* SPDX-License-Identifier: GPL-2.0 */
/*
 * out.h - bounded line buffer and the print helpers of the record grammar.
 *
 * Like the kernel's seq_buf, struct mysd_out remembers that it overflowed
 * instead of failing each call: formatters write freely, mysd_out_finish()
 * checks once. Every write is all-or-nothing (an escape sequence or a
 * number is never cut in half) and the last MYSD_OUT_RESERVE bytes are kept
 * free so the line can always be closed with "...\n".
 *
 * All punctuation of a record line (", ", "=", quotes, braces) is written
 * by the helpers below; decoders never type it by hand.
 *
 * Speed: the writer formats every syscall, so the helpers avoid printf and
 * per-byte calls. Writes are inline and check the room left once; numbers
 * are converted straight into the buffer; the NUL is stored once, by
 * mysd_out_finish(). A helper that writes several pieces at once (", key=")
 * falls back to one write per piece when they do not all fit, so a cut line
 * ends exactly where writing piece by piece would have ended it.
 */
#ifndef MYSD_OUT_H
#define MYSD_OUT_H

#include "../portable.h"

#define MYSD_OUT_RESERVE 5	/* "...\n" + NUL */

struct mysd_sym_memo;

struct mysd_out {
	char *buf;
	size_t size;		/* bytes at buf, including the NUL */
	size_t len;		/* characters written */
	size_t limit;		/* len never passes it; == len once cut */
	bool overflow;		/* a write did not fit: line will end in "..." */
	bool first;		/* next field/element needs no ", " before it */
	struct mysd_sym_memo *memo;	/* names already made (flags.h), or NULL */
};

static inline void mysd_out_init(struct mysd_out *o, char *buf, size_t size)
{
	o->buf = buf;
	o->size = size;
	o->len = 0;
	/* bytes available to content, keeping room to close the line */
	o->limit = size > MYSD_OUT_RESERVE ? size - MYSD_OUT_RESERVE : 0;
	o->overflow = false;
	o->first = true;
	o->memo = NULL;
	if (size)
		buf[0] = '\0';
}

size_t mysd_out_finish_cut(struct mysd_out *o);

/* Close the line with "\n" (or "...\n" after an overflow); returns its length. */
static inline size_t mysd_out_finish(struct mysd_out *o)
{
	/* not cut: len <= limit = size - MYSD_OUT_RESERVE, "\n" and NUL fit */
	if (likely(!o->overflow && o->size > MYSD_OUT_RESERVE)) {
		o->buf[o->len++] = '\n';
		o->buf[o->len] = '\0';
		return o->len;
	}
	return mysd_out_finish_cut(o);
}

/* Mark the line cut: no later write fits (limit == len). */
static inline void mysd_out_cut(struct mysd_out *o)
{
	o->overflow = true;
	o->limit = o->len;
}

/* Bytes a write may still add. */
static inline size_t mysd_out_avail(const struct mysd_out *o)
{
	return o->limit - o->len;
}

/* Where @n more bytes go, or NULL (and the line is cut) when they do not fit. */
static inline char *mysd_out_room(struct mysd_out *o, size_t n)
{
	if (unlikely(n > mysd_out_avail(o))) {
		mysd_out_cut(o);
		return NULL;
	}
	return o->buf + o->len;
}

/*
 * Texts made once and kept (flag names, argument lists, small structs: the
 * writer's line cache, format.h) follow two rules, so a line is the same
 * byte for byte with or without them.
 *
 * What was written since @from may be kept only if the line was not cut
 * in it (a kept text is what printing writes) and it fits the @max bytes
 * of a slot. Returns its length, or 0: not to be kept.
 */
static inline size_t mysd_out_keepable(const struct mysd_out *o, size_t from,
				       size_t max)
{
	size_t len = o->len - from;

	return o->overflow || len > max ? 0 : len;
}

/*
 * A kept text of @len bytes, stored in an array of @size, is written by
 * moving the whole array (one fixed-size move); the caller has made sure
 * @size bytes fit.
 */
static __always_inline void mysd_out_kept(struct mysd_out *o, const char *text,
					  size_t size, size_t len)
{
	memcpy(o->buf + o->len, text, size);
	o->len += len;
}

/*
 * memcpy() for the short names of a line (keys, flags, syscalls): two
 * fixed-size moves that may overlap instead of a call. Reads and writes
 * only s[0..n) and p[0..n).
 */
static __always_inline void mysd_copy(char *p, const char *s, size_t n)
{
	if (n >= 8 && n <= 16) {
		memcpy(p, s, 8);
		memcpy(p + n - 8, s + n - 8, 8);
	} else if (n >= 4 && n < 8) {
		memcpy(p, s, 4);
		memcpy(p + n - 4, s + n - 4, 4);
	} else if (n >= 2 && n < 4) {
		memcpy(p, s, 2);
		memcpy(p + n - 2, s + n - 2, 2);
	} else if (n == 1) {
		*p = *s;
	} else if (n) {
		memcpy(p, s, n);
	}
}

static inline void mysd_out_write(struct mysd_out *o, const char *s, size_t n)
{
	char *p = mysd_out_room(o, n);

	if (p) {
		memcpy(p, s, n);
		o->len += n;
	}
}

/* mysd_out_write() of a name: short, length known. */
static inline void mysd_out_name(struct mysd_out *o, const char *s, size_t n)
{
	char *p = mysd_out_room(o, n);

	if (p) {
		mysd_copy(p, s, n);
		o->len += n;
	}
}

/* strlen() of a literal is folded at compile time once this is inlined. */
static inline void mysd_out_puts(struct mysd_out *o, const char *s)
{
	mysd_out_write(o, s, strlen(s));
}

static inline void mysd_out_char(struct mysd_out *o, char c)
{
	char *p = mysd_out_room(o, 1);

	if (p) {
		*p = c;
		o->len++;
	}
}

/* Punctuation. */
static inline void mysd_sep(struct mysd_out *o)		/* ", " unless first */
{
	if (!o->first)
		mysd_out_write(o, ", ", 2);
	o->first = false;
}

void mysd_key_cut(struct mysd_out *o, const char *key, size_t klen);

/* ", key=" (or "key=" when first), @klen = strlen(@key). */
static inline void mysd_key_n(struct mysd_out *o, const char *key, size_t klen)
{
	char *p = o->buf + o->len;

	if (unlikely(klen + 3 > mysd_out_avail(o))) {
		mysd_key_cut(o, key, klen);
		return;
	}
	if (!o->first) {
		memcpy(p, ", ", 2);
		p += 2;
	}
	mysd_copy(p, key, klen);
	p[klen] = '=';
	o->len = p + klen + 1 - o->buf;
	o->first = false;
}

static inline void mysd_key(struct mysd_out *o, const char *key)
{
	mysd_key_n(o, key, strlen(key));
}

static inline void mysd_word(struct mysd_out *o, const char *word) /* ", word" */
{
	mysd_sep(o);
	mysd_out_puts(o, word);
}

static inline void mysd_open(struct mysd_out *o, char c)	/* "{" "[" "(" */
{
	mysd_out_char(o, c);
	o->first = true;
}

static inline void mysd_close(struct mysd_out *o, char c)	/* "}" "]" ")" */
{
	mysd_out_char(o, c);
	o->first = false;
}

static inline void mysd_bar(struct mysd_out *o)		/* "|" between flags */
{
	mysd_out_char(o, '|');
}

static inline void mysd_suffix(struct mysd_out *o, const char *word) /* " word" */
{
	mysd_out_char(o, ' ');
	mysd_out_puts(o, word);
}

static inline void mysd_tag(struct mysd_out *o, const char *tag) /* ", tag " */
{
	mysd_sep(o);
	mysd_out_puts(o, tag);
	mysd_out_char(o, ' ');
	o->first = true;
}

/*
 * Unchecked writers: each writes at @p and returns the end of what it
 * wrote; the caller has made sure the longest result fits (the _MAX sizes).
 * The line's fast paths use them when the room left is plainly enough, the
 * checked helpers below otherwise.
 */
#define MYSD_DEC_MAX	20	/* "18446744073709551615", "-9223372036854775808" */
#define MYSD_HEX_MAX	18	/* "0x" + 16 digits */
#define MYSD_OCT_MAX	23	/* "0" + 22 digits */
#define MYSD_TS_MAX	30	/* 20 digits "." 9 digits */
#define MYSD_QUOTED_MAX(n) (4 * (size_t)(n) + 2)	/* "\xNN" each, quotes */

/*
 * "ts=<sec>." kept while the seconds stay the same: most lines of a busy
 * second share it. All-zero is empty.
 */
struct mysd_ts_cache {
	u64 from, to;			/* ns the text covers */
	u8 len;
	char text[3 + MYSD_DEC_MAX + 1];
};

/* Point @tc at the second holding @ns. */
void mysd_ts_cache_fill(struct mysd_ts_cache *tc, u64 ns);

extern const char mysd_digit_pairs[];	/* "00" "01" ... "99" */

/* Decimal digits of @v (1..10); most values printed are small. */
static __always_inline unsigned int mysd_u32_len(u32 v)
{
	if (v < 100)
		return v < 10 ? 1 : 2;
	if (v < 10000)
		return v < 1000 ? 3 : 4;
	if (v < 1000000)
		return v < 100000 ? 5 : 6;
	if (v < 100000000)
		return v < 10000000 ? 7 : 8;
	return v < 1000000000 ? 9 : 10;
}

/* Decimal @v, two digits at a time from the end. */
static __always_inline char *mysd_put_u32(char *p, u32 v)
{
	char *end = p + mysd_u32_len(v);

	p = end;
	while (v >= 100) {
		u32 q = v / 100;

		p -= 2;
		memcpy(p, &mysd_digit_pairs[2 * (v - 100 * q)], 2);
		v = q;
	}
	if (v >= 10)
		memcpy(p - 2, &mysd_digit_pairs[2 * v], 2);
	else
		p[-1] = (char)('0' + v);
	return end;
}

/* Exactly 9 digits of @v (< 10^9), zero-padded: a timestamp's ns. */
static __always_inline char *mysd_put_u32_9(char *p, u32 v)
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
	return p + 9;
}

/* "ts=<sec>.<ns>" of @ns, its seconds from @tc (updated). */
static __always_inline char *mysd_put_ts_key_cached(char *p,
						    struct mysd_ts_cache *tc,
						    u64 ns)
{
	if (unlikely(ns - tc->from >= tc->to - tc->from))	/* or empty */
		mysd_ts_cache_fill(tc, ns);
	memcpy(p, tc->text, sizeof(tc->text));	/* the whole array: one move */
	return mysd_put_u32_9(p + tc->len, (u32)(ns - tc->from));
}

char *mysd_put_u64(char *p, u64 v);

static __always_inline char *mysd_put_udec(char *p, u64 v)
{
	if (likely(v <= U32_MAX))
		return mysd_put_u32(p, (u32)v);
	return mysd_put_u64(p, v);
}

static __always_inline char *mysd_put_dec(char *p, s64 v)
{
	if (v < 0) {
		*p++ = '-';
		return mysd_put_udec(p, -(u64)v);	/* right for S64_MIN too */
	}
	return mysd_put_udec(p, (u64)v);
}

/* @n bytes of a string whose length is known. */
static inline char *mysd_put_str(char *p, const char *s, size_t n)
{
	memcpy(p, s, n);
	return p + n;
}

/* A string literal: its length is a compile-time constant. */
#define mysd_put_lit(p, lit)	mysd_put_str(p, lit, sizeof("" lit) - 1)

char *mysd_put_hex(char *p, u64 v);		/* 0x1f */
char *mysd_put_ts(char *p, u64 ns);		/* 12.000123456 */
/* "bytes" escaped, MYSD_QUOTED_MAX(n) at most */
char *mysd_put_quoted(char *p, const u8 *s, size_t n);
/* The same for the bytes of @s before its NUL, @max at most (comm). */
char *mysd_put_quoted_str(char *p, const char *s, size_t max);

/* Values, checked: each is one all-or-nothing write. */

void mysd_dec(struct mysd_out *o, s64 v);
void mysd_udec(struct mysd_out *o, u64 v);
void mysd_hex(struct mysd_out *o, u64 v);		/* 0x1f */
void mysd_hexdigits(struct mysd_out *o, u64 v);		/* 1f (no 0x) */
void mysd_oct(struct mysd_out *o, u64 v);		/* 0644 (0 for zero) */
void mysd_ptr(struct mysd_out *o, u64 p);		/* NULL or 0x-hex */
void mysd_fault(struct mysd_out *o, u64 p);		/* 0x1234<fault> */
void mysd_ts(struct mysd_out *o, u64 ns);		/* 12.000123456 */
/* "bytes" escaped; trunc appends "..." after the closing quote. */
void mysd_quoted(struct mysd_out *o, const u8 *s, size_t n, bool trunc);

#endif /* MYSD_OUT_H */
