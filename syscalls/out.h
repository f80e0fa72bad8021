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

struct mysd_out {
	char *buf;
	size_t size;		/* bytes at buf, including the NUL */
	size_t len;		/* characters written */
	size_t limit;		/* len never passes it; == len once cut */
	bool overflow;		/* a write did not fit: line will end in "..." */
	bool first;		/* next field/element needs no ", " before it */
};

void mysd_out_init(struct mysd_out *o, char *buf, size_t size);
/*
 * A scratch buffer without reserve, to build a value from pieces that must
 * then reach the line as one all-or-nothing write (an IPv4 address).
 */
void mysd_out_scratch(struct mysd_out *o, char *buf, size_t size);
/* Close the line with "\n" (or "...\n" after an overflow); returns its length. */
size_t mysd_out_finish(struct mysd_out *o);

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

static inline void mysd_out_write(struct mysd_out *o, const char *s, size_t n)
{
	char *p = mysd_out_room(o, n);

	if (p) {
		memcpy(p, s, n);
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
	memcpy(p, key, klen);
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

/* Values. */
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
