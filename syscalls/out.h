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
 */
#ifndef MYSD_OUT_H
#define MYSD_OUT_H

#include "../portable.h"

#define MYSD_OUT_RESERVE 5	/* "...\n" + NUL */

struct mysd_out {
	char *buf;
	size_t size;		/* bytes at buf, including the NUL */
	size_t len;		/* characters written */
	bool overflow;		/* a write did not fit: line will end in "..." */
	bool first;		/* next field/element needs no ", " before it */
};

void mysd_out_init(struct mysd_out *o, char *buf, size_t size);
/* Close the line with "\n" (or "...\n" after an overflow); returns its length. */
size_t mysd_out_finish(struct mysd_out *o);

void mysd_out_write(struct mysd_out *o, const char *s, size_t n);
void mysd_out_puts(struct mysd_out *o, const char *s);
void mysd_out_printf(struct mysd_out *o, const char *fmt, ...) __printf(2, 3);

/* Punctuation. */
void mysd_sep(struct mysd_out *o);			/* ", " unless first */
void mysd_key(struct mysd_out *o, const char *key);	/* ", key=" */
void mysd_word(struct mysd_out *o, const char *word);	/* ", word" */
void mysd_open(struct mysd_out *o, char c);		/* "{" or "[" or "(" */
void mysd_close(struct mysd_out *o, char c);		/* "}" or "]" or ")" */
void mysd_bar(struct mysd_out *o);			/* "|" between flags */
void mysd_suffix(struct mysd_out *o, const char *word);	/* " word" (errno) */
void mysd_tag(struct mysd_out *o, const char *tag);	/* ", tag " then a field */

/* Values. */
void mysd_dec(struct mysd_out *o, s64 v);
void mysd_udec(struct mysd_out *o, u64 v);
void mysd_hex(struct mysd_out *o, u64 v);		/* 0x1f */
void mysd_oct(struct mysd_out *o, u64 v);		/* 0644 (0 for zero) */
void mysd_ptr(struct mysd_out *o, u64 p);		/* NULL or 0x-hex */
void mysd_fault(struct mysd_out *o, u64 p);		/* 0x1234<fault> */
void mysd_ts(struct mysd_out *o, u64 ns);		/* 12.000123456 */
/* "bytes" escaped; trunc appends "..." after the closing quote. */
void mysd_quoted(struct mysd_out *o, const u8 *s, size_t n, bool trunc);

#endif /* MYSD_OUT_H */
