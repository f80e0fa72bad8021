// SPDX-License-Identifier: GPL-2.0
/*
 * out.c - bounded line buffer and print helpers (see out.h).
 */
#include "out.h"

#ifdef __KERNEL__
#include <linux/math64.h>
#else
static inline u64 div_u64_rem(u64 n, u32 d, u32 *rem)
{
	*rem = (u32)(n % d);
	return n / d;
}
#endif

void mysd_out_init(struct mysd_out *o, char *buf, size_t size)
{
	o->buf = buf;
	o->size = size;
	o->len = 0;
	o->overflow = false;
	o->first = true;
	if (size)
		buf[0] = '\0';
}

/* Bytes available to content, keeping room to close the line. */
static size_t mysd_out_limit(const struct mysd_out *o)
{
	return o->size > MYSD_OUT_RESERVE ? o->size - MYSD_OUT_RESERVE : 0;
}

size_t mysd_out_finish(struct mysd_out *o)
{
	static const char more[] = "...\n";
	const char *tail = o->overflow ? more : more + 3;
	size_t n = strlen(tail);

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

void mysd_out_write(struct mysd_out *o, const char *s, size_t n)
{
	if (o->overflow)
		return;
	if (o->len + n > mysd_out_limit(o)) {
		o->overflow = true;
		return;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

void mysd_out_puts(struct mysd_out *o, const char *s)
{
	mysd_out_write(o, s, strlen(s));
}

void mysd_out_printf(struct mysd_out *o, const char *fmt, ...)
{
	size_t room;
	va_list ap;
	int n;

	if (o->overflow)
		return;
	room = o->size - o->len;	/* vsnprintf may use the reserve... */
	va_start(ap, fmt);
	n = vsnprintf(o->buf + o->len, room, fmt, ap);
	va_end(ap);
	if (n < 0 || o->len + (size_t)n > mysd_out_limit(o)) {
		/* ...but only a write that fits before it is kept. */
		o->overflow = true;
		o->buf[o->len] = '\0';
		return;
	}
	o->len += n;
}

void mysd_sep(struct mysd_out *o)
{
	if (!o->first)
		mysd_out_write(o, ", ", 2);
	o->first = false;
}

void mysd_key(struct mysd_out *o, const char *key)
{
	mysd_sep(o);
	mysd_out_puts(o, key);
	mysd_out_write(o, "=", 1);
}

void mysd_word(struct mysd_out *o, const char *word)
{
	mysd_sep(o);
	mysd_out_puts(o, word);
}

void mysd_open(struct mysd_out *o, char c)
{
	mysd_out_write(o, &c, 1);
	o->first = true;
}

void mysd_close(struct mysd_out *o, char c)
{
	mysd_out_write(o, &c, 1);
	o->first = false;
}

void mysd_bar(struct mysd_out *o)
{
	mysd_out_write(o, "|", 1);
}

void mysd_suffix(struct mysd_out *o, const char *word)
{
	mysd_out_write(o, " ", 1);
	mysd_out_puts(o, word);
}

void mysd_tag(struct mysd_out *o, const char *tag)
{
	mysd_sep(o);
	mysd_out_puts(o, tag);
	mysd_out_write(o, " ", 1);
	o->first = true;
}

void mysd_dec(struct mysd_out *o, s64 v)
{
	mysd_out_printf(o, "%lld", (long long)v);
}

void mysd_udec(struct mysd_out *o, u64 v)
{
	mysd_out_printf(o, "%llu", (unsigned long long)v);
}

void mysd_hex(struct mysd_out *o, u64 v)
{
	mysd_out_printf(o, "0x%llx", (unsigned long long)v);
}

void mysd_oct(struct mysd_out *o, u64 v)
{
	if (v)
		mysd_out_printf(o, "0%llo", (unsigned long long)v);
	else
		mysd_out_write(o, "0", 1);
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

void mysd_ts(struct mysd_out *o, u64 ns)
{
	u32 rem;
	u64 sec = div_u64_rem(ns, 1000000000U, &rem);	/* 32-bit arm has no u64 '/' */

	mysd_out_printf(o, "%llu.%09u", (unsigned long long)sec, rem);
}

void mysd_quoted(struct mysd_out *o, const u8 *s, size_t n, bool trunc)
{
	static const char hex[] = "0123456789abcdef";
	/* bytes escaped by name, and the letter after the backslash */
	static const char named[] = "\n\t\r\v\f\"\\";
	static const char letter[] = "ntrvf\"\\";
	size_t i;

	mysd_out_write(o, "\"", 1);
	for (i = 0; i < n && !o->overflow; i++) {
		u8 c = s[i];
		const char *p = c ? strchr(named, c) : NULL;
		char e[4];
		size_t len = 2;

		e[0] = '\\';
		if (p) {
			e[1] = letter[p - named];
		} else if (c < 0x20 || c >= 0x7f) {
			e[1] = 'x';
			e[2] = hex[c >> 4];
			e[3] = hex[c & 15];
			len = 4;
		} else {
			e[0] = (char)c;
			len = 1;
		}
		mysd_out_write(o, e, len);
	}
	mysd_out_write(o, "\"", 1);
	if (trunc)
		mysd_out_write(o, "...", 3);
}
