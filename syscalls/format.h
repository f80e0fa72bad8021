/* SPDX-License-Identifier: GPL-2.0 */
/*
 * format.h - turn binary events into record lines (writer thread only).
 */
#ifndef MYSD_FORMAT_H
#define MYSD_FORMAT_H

#include "event.h"
#include "flags.h"
#include "out.h"

/*
 * Longest line the writer thread formats; longer lines end in "...\n".
 * An event's 4 KiB of captures escaped byte for byte (\xNN) are 16 KiB:
 * with room for the fields around them, a line is cut only by a capture
 * that is all escapes and nearly the whole event.
 */
#define MYSD_LINE_MAX (20 * 1024)

/*
 * Format @ev as exactly one line ending in '\n' into @buf (NUL-terminated).
 * Returns the line length, always < @size. Never reads outside ev->size.
 * Prints ev->ts as nanoseconds (the host's tests and tools).
 */
size_t mysd_format_event(const struct mysd_event *ev, char *buf, size_t size);

/* ", abi=compat, comm=" quoted comm ", tid=" u32 ", pid=" u32 ", " */
#define MYSD_WHO_MAX	(12 + 7 + 4 * MYSD_COMM_LEN + 2 + 6 + 10 + 6 + 10 + 2)

/* The who part of one thread's lines, made once. */
struct mysd_who_text {
	u64 comm[2];			/* ev->comm of the thread */
	u32 tid, pid;
	u8 compat, len;			/* len 0: empty */
	char text[MYSD_WHO_MAX];
};

/*
 * The text of a row's leading plain input arguments (its print plan's
 * memo, sysent.h), by syscall, argument values and short capture: a
 * server's lines repeat a few argument lists (", epfd=3, maxevents=4,
 * timeout=30000", ", fd=4, addr=127.0.0.1:80"), and printing one goes
 * through each argument's kind, key and number. Four ways in a row
 * chosen by a hash of the key. All-zero is empty.
 */
#define MYSD_ARGS_MEMO_BITS	5	/* 32 rows */
#define MYSD_ARGS_MEMO_WAYS	4
#define MYSD_ARGS_MEMO_TEXT	111	/* longer lists are not kept */

/* The plan's short capture in a key: bytes, length (or NULL), flags. */
#define MYSD_MEMO_CAP_MAX	16
#define MYSD_MEMO_CAP_NULL	0xff	/* the pointer was NULL */

struct mysd_memo_cap {
	u64 bytes[MYSD_MEMO_CAP_MAX / 8];	/* zero past len */
	u8 len, flags;
};

struct mysd_args_memo_slot {
	u64 args[MYSD_MAX_ARGS];	/* the event's; the plan's key compared */
	struct mysd_memo_cap cap;	/* with a memo_cap */
	u32 nr;			/* syscall number | MYSD_ARGS_MEMO_COMPAT */
	u8 len;			/* 0: empty */
	char text[MYSD_ARGS_MEMO_TEXT];
};

#define MYSD_ARGS_MEMO_COMPAT	0x80000000U

struct mysd_args_memo {
	struct mysd_args_memo_slot row[1 << MYSD_ARGS_MEMO_BITS][MYSD_ARGS_MEMO_WAYS];
	u8 next[1 << MYSD_ARGS_MEMO_BITS];	/* way each row replaces next */
};

/*
 * Small structs already printed, by kind and the fields their text shows:
 * a server's epoll_wait returns the same few events, one per connection
 * ("{events=EPOLLIN, data=0x...}"), and stat() the same few files ("{mode=
 * S_IFREG|0644, size=615}"). One slot per hash of the key.
 */
#define MYSD_STRUCT_MEMO_BITS	5	/* 32 slots */
#define MYSD_STRUCT_MEMO_TEXT	83	/* longer texts are not kept */

struct mysd_struct_memo_slot {
	u64 key[2];		/* the fields shown */
	u8 kind;		/* enum mysd_kind of the struct */
	u8 len;			/* 0: empty */
	char text[MYSD_STRUCT_MEMO_TEXT];
};

/*
 * What consecutive lines share: at their start the clock's seconds and the
 * thread (its comm quoted, tid, pid), further on the names of flags and
 * enumerations, argument lists and small structs. The writer keeps one,
 * so a thread's run of lines re-prints neither. Two threads' who parts
 * are kept: a server and its client take turns. All-zero is empty. Output
 * is the same as without it, byte for byte (out.h's rules for kept texts).
 */
struct mysd_line_cache {
	struct mysd_ts_cache ts;
	struct mysd_who_text who[2];	/* [0]: the last line's thread */
	struct mysd_sym_memo sym;	/* flag and enum names */
	struct mysd_args_memo args;	/* leading argument lists */
	struct mysd_struct_memo_slot structs[1 << MYSD_STRUCT_MEMO_BITS];
};

/*
 * mysd_format_event() through @cache (may be NULL), with @ts_ns as the
 * event's time: the writer converts ev->ts from the probe's clock.
 */
size_t mysd_format_event_cached(struct mysd_line_cache *cache,
				const struct mysd_event *ev, u64 ts_ns,
				char *buf, size_t size);

/* The line that records @count events lost on @cpu between two times. */
size_t mysd_format_lost(char *buf, size_t size, unsigned int cpu, u64 count,
			u64 from_ts, u64 to_ts);
/*
 * The line that says, at @ts, that @count lines were not written to the
 * record, the last write failing with @err (a negative errno).
 */
size_t mysd_format_unwritten(char *buf, size_t size, u64 count, int err,
			     u64 ts);

#endif /* MYSD_FORMAT_H */
