// SPDX-License-Identifier: GPL-2.0
/*
 * empty_probe.c - benchmark reference: the physical floor of the hook.
 *
 * Attaches a probe with an empty body to the sys_exit tracepoint, found the
 * same way my_sysdig finds it (for_each_kernel_tracepoint), so the cost
 * measured is the tracepoint dispatch alone: enabling the syscall tracepoint
 * work flag on every task (the slow syscall exit path) plus the indirect
 * call. Built by scripts/qemu/bench.sh against the same KDIR as my_sysdig.
 */
#include <linux/module.h>
#include <linux/string.h>
#include <linux/tracepoint.h>

struct pt_regs;

static struct tracepoint *mysd_bench_tp;

static void mysd_bench_probe(void *data, struct pt_regs *regs, long ret)
{
}

static void mysd_bench_find(struct tracepoint *tp, void *priv)
{
	if (!strcmp(tp->name, "sys_exit"))
		mysd_bench_tp = tp;
}

static int __init mysd_bench_init(void)
{
	for_each_kernel_tracepoint(mysd_bench_find, NULL);
	if (!mysd_bench_tp)
		return -ENOENT;
	return tracepoint_probe_register(mysd_bench_tp, mysd_bench_probe, NULL);
}

static void __exit mysd_bench_exit(void)
{
	tracepoint_probe_unregister(mysd_bench_tp, mysd_bench_probe, NULL);
	tracepoint_synchronize_unregister();
}

module_init(mysd_bench_init);
module_exit(mysd_bench_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("my_sysdig benchmark reference: empty sys_exit probe");
