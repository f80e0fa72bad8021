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

/* mysd_out_finish() of a cut line, or of a buffer smaller than the reserve. */
size_t mysd_out_finish_cut(struct mysd_out *o)
{
	static const char more[] = "...\n";
	const char *tail = more + 3;
	size_t n = 1;

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
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

static const char hex_digits[] = "0123456789abcdef";

/*
 * Tables of 256 entries, one per byte value, built by the compiler from a
 * macro of the byte (@m).
 */
/* rows of 16 keep each initializer macro one brace list (checkpatch). */
#define Q_ROW(m, h)	{ { m(h + 0), m(h + 1), m(h + 2), m(h + 3), m(h + 4), \
			    m(h + 5), m(h + 6), m(h + 7), m(h + 8), m(h + 9), \
			    m(h + 10), m(h + 11), m(h + 12), m(h + 13), \
			    m(h + 14), m(h + 15) } }
#define Q_TABLE(m)	{ Q_ROW(m, 0x00), Q_ROW(m, 0x10), Q_ROW(m, 0x20), \
			  Q_ROW(m, 0x30), Q_ROW(m, 0x40), Q_ROW(m, 0x50), \
			  Q_ROW(m, 0x60), Q_ROW(m, 0x70), Q_ROW(m, 0x80), \
			  Q_ROW(m, 0x90), Q_ROW(m, 0xa0), Q_ROW(m, 0xb0), \
			  Q_ROW(m, 0xc0), Q_ROW(m, 0xd0), Q_ROW(m, 0xe0), \
			  Q_ROW(m, 0xf0) }

#define HEX_DIGIT(d)	((d) < 10 ? '0' + (d) : 'a' + (d) - 10)
#define HEX_PAIR(b)	{ HEX_DIGIT((b) >> 4), HEX_DIGIT((b) & 15) }

/* "00" "01" ... "ff": hex numbers are written two digits per step. */
static const union {
	struct { char pair[16][2]; } row[16];
	char pair[256][2];		/* read as this: indexed by the byte */
} hex_pairs = { .row = Q_TABLE(HEX_PAIR) };

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
		p = mysd_put_u32_9(p, chunk[n]);
	return p;
}

/* @v in base 1 << @shift (octal), no prefix; inlined: constant shifts. */
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

/* @v in hex, no prefix: a byte (two digits) per step. */
static __always_inline char *put_hex_digits(char *p, u64 v)
{
	unsigned int bits = v ? fls64(v) : 1;
	char *end = p + (bits + 3) / 4;

	p = end;
	while (v > 0xff) {
		p -= 2;
		memcpy(p, hex_pairs.pair[v & 0xff], 2);
		v >>= 8;
	}
	if (v > 0xf)
		memcpy(p - 2, hex_pairs.pair[v], 2);
	else
		p[-1] = hex_digits[v];
	return end;
}

char *mysd_put_hex(char *p, u64 v)
{
	p = mysd_put_lit(p, "0x");
	return put_hex_digits(p, v);
}

char *mysd_put_ts(char *p, u64 ns)
{
	u32 rem;
	u64 sec = div_u64_rem(ns, 1000000000U, &rem);	/* 32-bit arm: no u64 '/' */

	p = mysd_put_udec(p, sec);
	*p++ = '.';
	return mysd_put_u32_9(p, rem);
}

void mysd_ts_cache_fill(struct mysd_ts_cache *tc, u64 ns)
{
	u32 rem;
	u64 sec = div_u64_rem(ns, 1000000000U, &rem);
	char *e = mysd_put_lit(tc->text, "ts=");

	e = mysd_put_udec(e, sec);
	*e++ = '.';
	tc->len = e - tc->text;
	tc->from = ns - rem;
	tc->to = tc->from + 1000000000U;
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
		return put_hex_digits(p, v);
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
static noinline void num_cut(struct mysd_out *o, u64 v, enum num_style style)
{
	char tmp[32];

	mysd_out_write(o, tmp, put_num(tmp, v, style) - tmp);
}

/*
 * Numbers are written straight into the line when the longest one fits
 * (put_num() is inlined with a constant style: the switch folds away).
 */
static __always_inline void put_num_checked(struct mysd_out *o, u64 v,
					    enum num_style style,
					    size_t max)
{
	if (likely(mysd_out_avail(o) >= max))
		o->len = put_num(o->buf + o->len, v, style) - o->buf;
	else
		num_cut(o, v, style);
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
 * How each byte is printed between quotes, padded to 4 characters, and the
 * length of that: the byte itself (1), a named escape \n \t \r \v \f \" \\
 * (2) or \xNN (4). Built by the compiler from the rules below.
 */
#define Q_NAMED(c)	((c) == '\n' ? 'n' : (c) == '\t' ? 't' : (c) == '\r' ? 'r' : \
			 (c) == '\v' ? 'v' : (c) == '\f' ? 'f' : \
			 (c) == '"' ? '"' : (c) == '\\' ? '\\' : 0)
#define Q_PLAIN(c)	((c) >= 0x20 && (c) < 0x7f && !Q_NAMED(c))
#define Q_HEX(d)	((d) < 10 ? '0' + (d) : 'a' + (d) - 10)
#define Q_SEQ(c)	{ Q_PLAIN(c) ? (c) : '\\', \
			  Q_PLAIN(c) ? 0 : Q_NAMED(c) ? Q_NAMED(c) : 'x', \
			  Q_HEX((c) >> 4), Q_HEX((c) & 15) }
#define Q_LEN(c)	(Q_PLAIN(c) ? 1 : Q_NAMED(c) ? 2 : 4)
static const union {
	struct { char seq[16][4]; } row[16];
	char seq[256][4];		/* read as this: indexed by the byte */
} quote_seq = { .row = Q_TABLE(Q_SEQ) };

static const union {
	struct { u8 len[16]; } row[16];
	u8 len[256];
} quote_len = { .row = Q_TABLE(Q_LEN) };

#define BYTES(b)	(0x0101010101010101ULL * (b))	/* b in every byte */

/*
 * Whether the 8 bytes of @w all print as themselves (0x20..0x7e, not '"'
 * or '\\'), tested in parallel: on the low 7 bits of each byte, each sum
 * below stays under 0x100 so no carry crosses bytes, and bit 7 of a byte
 * of the result answers for that byte.
 */
static inline u64 plain8_mask(u64 w)
{
	u64 low = w & BYTES(0x7f);
	u64 ge20 = low + BYTES(0x80 - 0x20);		/* >= 0x20 */
	u64 not22 = (low ^ BYTES('"')) + BYTES(0x7f);	/* != '"' */
	u64 not5c = (low ^ BYTES('\\')) + BYTES(0x7f);	/* != '\\' */
	u64 is7f = low + BYTES(1);			/* == 0x7f */

	return ge20 & not22 & not5c & ~(is7f | w) & BYTES(0x80);
}

static inline bool plain8(u64 w)
{
	return plain8_mask(w) == BYTES(0x80);
}

/*
 * How many of the first bytes of @w (as stored in memory) print as
 * themselves, from plain8_mask() of a word that is not all plain.
 */
static inline unsigned int plain8_lead(u64 mask)
{
	u64 bad = ~mask & BYTES(0x80);		/* nonzero: a byte is not plain */

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return __builtin_clzll(bad) / 8;
#else
	return __builtin_ctzll(bad) / 8;
#endif
}

/*
 * Each byte copies its 4-character sequence and advances by its real
 * length (the spare characters are overwritten next): no branch per byte.
 */
static inline char *put_quoted_bytes(char *p, const u8 *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		u8 c = s[i];

		memcpy(p, quote_seq.seq[c], 4);
		p += quote_len.len[c];
	}
	return p;
}

/*
 * Binary data: byte by byte, except words of 8 zero bytes (padding,
 * cleared buffers: binary data's most common word), whose 8 "\x00" are
 * copied at once.
 */
static char *put_quoted_binary(char *p, const u8 *s, size_t n)
{
	static const char zeros[] = "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00";
	size_t i;
	u64 w;

	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if (w) {
			p = put_quoted_bytes(p, s + i, 8);
		} else {
			memcpy(p, zeros, 32);
			p += 32;
		}
	}
	return put_quoted_bytes(p, s + i, n - i);
}

/*
 * Words of 8 plain bytes are copied at once, other words byte by byte.
 * Binary data (its first word not plain) goes to put_quoted_binary(): its
 * words would rarely pass the test.
 */
static noinline char *put_quoted_words(char *p, const u8 *s, size_t n)
{
	size_t i;
	u64 w;

	memcpy(&w, s, 8);
	if (!plain8(w))
		return put_quoted_binary(p, s, n);
	memcpy(p, &w, 8);
	p += 8;
	for (i = 8; i + 8 <= n; i += 8) {
		u64 mask;
		unsigned int lead;

		memcpy(&w, s + i, 8);
		mask = plain8_mask(w);
		if (mask == BYTES(0x80)) {
			memcpy(p, &w, 8);
			p += 8;
			continue;
		}
		/*
		 * Text with an escape ("...\r\n"): the plain bytes before
		 * the first escape go at once (all 8 are copied, the spare
		 * ones overwritten next), the rest byte by byte.
		 */
		lead = plain8_lead(mask);
		memcpy(p, &w, 8);
		p = put_quoted_bytes(p + lead, s + i + lead, 8 - lead);
	}
	return put_quoted_bytes(p, s + i, n - i);
}

/* Needs room for 4 characters per byte, plus the quotes. */
char *mysd_put_quoted(char *p, const u8 *s, size_t n)
{
	*p++ = '"';
	if (n >= 8)
		p = put_quoted_words(p, s, n);
	else
		p = put_quoted_bytes(p, s, n);
	*p++ = '"';
	return p;
}

char *mysd_put_quoted_str(char *p, const char *s, size_t max)
{
	size_t i;

	*p++ = '"';
	for (i = 0; i < max && s[i]; i++) {
		u8 c = s[i];

		memcpy(p, quote_seq.seq[c], 4);
		p += quote_len.len[c];
	}
	*p++ = '"';
	return p;
}

/*
 * Near the end of the buffer: each escape is written whole or not at all,
 * plain bytes one by one up to the limit; the line is then cut.
 */
static noinline void quoted_cut(struct mysd_out *o, const u8 *s, size_t n,
				bool trunc)
{
	size_t i;

	mysd_out_char(o, '"');
	for (i = 0; i < n && !o->overflow; i++)
		mysd_out_write(o, quote_seq.seq[s[i]], quote_len.len[s[i]]);
	mysd_out_char(o, '"');
	if (trunc)
		mysd_out_write(o, "...", 3);
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
