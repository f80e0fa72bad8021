// SPDX-License-Identifier: GPL-2.0
/*
 * my_sysdig - record system calls as text lines.
 *
 * Wiring only: configuration -> buffers -> writer -> probes on load, and
 * the reverse on unload, so that everything a probe accepted is written
 * before the file is closed.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>

#include "buffer/rings.h"
#include "buffer/writer.h"
#include "config/config.h"
#include "config/filter.h"
#include "config/follow.h"
#include "config/stats.h"
#include "syscalls/capture.h"
#include "syscalls/table.h"

static int __init mysd_init(void)
{
	int err;

	err = mysd_config_validate();
	if (err)
		goto fail;
	mysd_table_init();
	err = mysd_rings_init(&mysd_buf_kb, mysd_writer_kick);	/* buf_kb shows it */
	if (err)
		goto fail;
	err = mysd_stats_init();
	if (err)
		goto rings;
	err = mysd_writer_start(mysd_record_path);
	if (err)
		goto stats;
	err = mysd_capture_start();
	if (err)
		goto writer;
	mysd_filter_set_live();
	mysd_follow_start();	/* marks only once an exit clears its own */
	pr_info("recording to %s\n", mysd_record_path);
	return 0;
writer:
	mysd_rings_sync();
	mysd_writer_stop();
stats:
	mysd_stats_exit();
rings:
	mysd_rings_exit();
fail:
	return err;	/* the filter is freed with the parameters */
}

static void __exit mysd_exit(void)
{
	mysd_capture_stop();
	mysd_rings_sync();
	mysd_writer_stop();
	mysd_stats_exit();
	mysd_rings_exit();
	pr_info("stopped\n");	/* the filter is freed with the parameters */
}

module_init(mysd_init);
module_exit(mysd_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Record system calls as text lines");
MODULE_AUTHOR("my_sysdig developers");
