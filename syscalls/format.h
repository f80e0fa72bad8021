/* SPDX-License-Identifier: GPL-2.0 */
/*
 * format.h - turn binary events into record lines (flush thread only).
 */
#ifndef MYSD_FORMAT_H
#define MYSD_FORMAT_H

#include "event.h"

/* Longest line the flush thread formats; longer lines end in "...\n". */
#define MYSD_LINE_MAX 4096

/*
 * Format @ev as exactly one line ending in '\n' into @buf (NUL-terminated).
 * Returns the line length, always < @size. Never reads outside ev->size.
 */
size_t mysd_format_event(const struct mysd_event *ev, char *buf, size_t size);

/* The line that records @count events lost on @cpu between two times. */
size_t mysd_format_lost(char *buf, size_t size, unsigned int cpu, u64 count,
			u64 from_ts, u64 to_ts);

#endif /* MYSD_FORMAT_H */
