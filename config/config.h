/* SPDX-License-Identifier: GPL-2.0 */
/*
 * config.h - module parameters other than the filters.
 */
#ifndef MYSD_CONFIG_H
#define MYSD_CONFIG_H

#include <linux/ctype.h>
#include <linux/string.h>

/* Bytes of a path or string argument kept per capture (runtime). */
extern unsigned int mysd_string_max;
/* Bytes of read/write/send/recv data kept per capture; 0 keeps none. */
extern unsigned int mysd_data_max;
/* Per-CPU ring size in KiB (load time). */
extern unsigned int mysd_buf_kb;
/* Flush period of the writer thread in ms (runtime). */
extern unsigned int mysd_flush_ms;
/* Record size in KiB at which it becomes <path>.1; 0: never (runtime). */
extern unsigned int mysd_rotate_kb;
/* Lines stamped with the wall clock rather than the monotonic (runtime). */
extern bool mysd_clock_realtime;
/* Where the record goes (load time). */
extern char *mysd_record_path;

int mysd_config_validate(void);

/* Length of a parameter value without the newline a sysfs write carries. */
static inline size_t mysd_value_len(const char *val)
{
	size_t len = strlen(val);

	while (len && isspace(val[len - 1]))
		len--;
	return len;
}

#endif /* MYSD_CONFIG_H */
