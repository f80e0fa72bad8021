// SPDX-License-Identifier: GPL-2.0
/*
 * params.c - the numeric and path parameters (the filters are in filter.c).
 *
 * Every parameter is checked where it is set, so a bad value makes insmod
 * fail with -EINVAL and a dmesg line naming the parameter and the problem,
 * and a bad runtime write through /sys/module/my_sysdig/parameters/ fails
 * the write and leaves the old value in force.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <linux/log2.h>
#include <linux/moduleparam.h>
#include <linux/string.h>

#include "../buffer/record_file.h"
#include "../buffer/writer.h"
#include "config.h"

unsigned int mysd_string_max = 256;
unsigned int mysd_data_max = 32;
unsigned int mysd_buf_kb;	/* 0: chosen at load from the CPU count */
unsigned int mysd_flush_ms = 100;
unsigned int mysd_rotate_kb;	/* 0: the record is never rotated */
char *mysd_record_path = "/etc/syscall-record/record";
bool mysd_clock_realtime;

/*
 * An unsigned parameter in [@lo, @hi]; the error names it. (Not
 * param_set_uint_minmax(): 5.15's, which 5.10 board kernels may lack.)
 */
static int mysd_uint_set(const char *val, const struct kernel_param *kp,
			 const char *name, unsigned int lo, unsigned int hi)
{
	unsigned int v;
	int err = kstrtouint(val, 0, &v);

	if (!err && (v < lo || v > hi))
		err = -EINVAL;
	if (err) {
		pr_err("%s: '%.*s' is not a number in [%u, %u]\n", name,
		       (int)mysd_value_len(val), val, lo, hi);
		return err;
	}
	WRITE_ONCE(*(unsigned int *)kp->arg, v);
	return 0;
}

#define MYSD_UINT_PARAM(name, var, lo, hi, perm, desc)			\
static int mysd_##name##_set(const char *val,				\
			     const struct kernel_param *kp)		\
{									\
	return mysd_uint_set(val, kp, #name, lo, hi);			\
}									\
static const struct kernel_param_ops mysd_##name##_ops = {		\
	.set = mysd_##name##_set,					\
	.get = param_get_uint,						\
};									\
module_param_cb(name, &mysd_##name##_ops, &var, perm);		\
MODULE_PARM_DESC(name, desc)

MYSD_UINT_PARAM(string_max, mysd_string_max, 16, 1024, 0644,
		"Bytes kept of each path/string argument (16..1024, default 256)");
MYSD_UINT_PARAM(data_max, mysd_data_max, 0, 1024, 0644,
		"Bytes kept of read/write/send/recv data and of each iovec (0..1024, default 32; 0 keeps none)");

/*
 * The writer reads its period when it goes to sleep: woken, it flushes
 * and sleeps the new one, rather than out the rest of the old (up to 10 s).
 */
static int mysd_flush_ms_set(const char *val, const struct kernel_param *kp)
{
	int err = mysd_uint_set(val, kp, "flush_ms", 10, 10000);

	if (!err)
		mysd_writer_wake();
	return err;
}

static const struct kernel_param_ops mysd_flush_ms_ops = {
	.set = mysd_flush_ms_set,
	.get = param_get_uint,
};
module_param_cb(flush_ms, &mysd_flush_ms_ops, &mysd_flush_ms, 0644);
MODULE_PARM_DESC(flush_ms,
		 "Period of the record writer in ms (10..10000, default 100)");

/* 0 (the default) is chosen at load from the CPU count, and shown then. */
static int mysd_buf_kb_set(const char *val, const struct kernel_param *kp)
{
	unsigned int kb;

	if (kstrtouint(val, 0, &kb) ||
	    (kb && (kb < 16 || kb > 4096 || !is_power_of_2(kb)))) {
		pr_err("buf_kb: '%.*s' is not a power of two from 16 to 4096\n",
		       (int)mysd_value_len(val), val);
		return -EINVAL;
	}
	*(unsigned int *)kp->arg = kb;
	return 0;
}

static const struct kernel_param_ops mysd_buf_kb_ops = {
	.set = mysd_buf_kb_set,
	.get = param_get_uint,
};
module_param_cb(buf_kb, &mysd_buf_kb_ops, &mysd_buf_kb, 0444);
MODULE_PARM_DESC(buf_kb,
		 "Per-CPU buffer in KiB, a power of two in 16..4096 (default: 1 MiB shared by all CPUs, 16..512 each)");

/* ts= of each line: "monotonic" (since boot, as dmesg) or "realtime". */
static int mysd_clock_set(const char *val, const struct kernel_param *kp)
{
	size_t len = mysd_value_len(val);

	if (len == strlen("monotonic") && !strncmp(val, "monotonic", len)) {
		WRITE_ONCE(mysd_clock_realtime, false);
	} else if (len == strlen("realtime") && !strncmp(val, "realtime", len)) {
		WRITE_ONCE(mysd_clock_realtime, true);
	} else {
		pr_err("clock: '%.*s' is not monotonic or realtime\n",
		       (int)len, val);
		return -EINVAL;
	}
	return 0;
}

static int mysd_clock_get(char *buf, const struct kernel_param *kp)
{
	return scnprintf(buf, PAGE_SIZE, "%s\n",
			 READ_ONCE(mysd_clock_realtime) ? "realtime" : "monotonic");
}

static const struct kernel_param_ops mysd_clock_ops = {
	.set = mysd_clock_set,
	.get = mysd_clock_get,
};
module_param_cb(clock, &mysd_clock_ops, NULL, 0644);
MODULE_PARM_DESC(clock,
		 "ts= of the lines: monotonic (seconds since boot, as dmesg; default) or realtime (the wall clock, seconds since 1970)");

/* 0, or at least a write's worth (64 KiB): each file then ends on a line */
#define MYSD_ROTATE_KB_MIN	64
#define MYSD_ROTATE_KB_MAX	(4U << 20)	/* 4 GiB */

static int mysd_rotate_kb_set(const char *val, const struct kernel_param *kp)
{
	unsigned int kb;
	int err = kstrtouint(val, 0, &kb);

	if (err || (kb && (kb < MYSD_ROTATE_KB_MIN || kb > MYSD_ROTATE_KB_MAX))) {
		pr_err("rotate_kb: '%.*s' is not 0 or a number in [%u, %u]\n",
		       (int)mysd_value_len(val), val, MYSD_ROTATE_KB_MIN,
		       MYSD_ROTATE_KB_MAX);
		return -EINVAL;
	}
	if (kb && !MYSD_CAN_ROTATE) {
		pr_err("rotate_kb: not supported on this kernel (5.12 to 6.15 only)\n");
		return -EINVAL;
	}
	WRITE_ONCE(*(unsigned int *)kp->arg, kb);
	return 0;
}

static const struct kernel_param_ops mysd_rotate_kb_ops = {
	.set = mysd_rotate_kb_set,
	.get = param_get_uint,
};
module_param_cb(rotate_kb, &mysd_rotate_kb_ops, &mysd_rotate_kb, 0644);
MODULE_PARM_DESC(rotate_kb,
		 "Record size in KiB at which it is renamed <path>.1 (replacing it) and a new one begins (0: never, the default; else 64..4194304)");

module_param_named(path, mysd_record_path, charp, 0444);
MODULE_PARM_DESC(path, "Record file (default /etc/syscall-record/record)");

/* Checks that need several parameters or the machine; run by init. */
int mysd_config_validate(void)
{
	if (!mysd_record_path || mysd_record_path[0] != '/') {
		pr_err("path: '%s' is not an absolute path\n",
		       mysd_record_path ? mysd_record_path : "");
		return -EINVAL;
	}
	return 0;
}
