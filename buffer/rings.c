// SPDX-License-Identifier: GPL-2.0
/*
 * rings.c - allocate one ring per possible CPU and wake the writer early.
 *
 * Waking a thread takes the scheduler's run-queue lock, which the probe
 * must not take (it may run on any CPU, in any context a syscall exits
 * from). The probe queues an irq_work on its own CPU instead, lock-free;
 * the wake-up happens from that interrupt, outside the traced syscall.
 * It is a hard one on PREEMPT_RT too: there a plain irq_work runs in the
 * CPU's irq_work thread, which taking the CPU offline parks with the work
 * still pending, and rmmod's irq_work_sync() would wait for it for good.
 *
 * Ring memory comes from the page allocator, not vmalloc: with hardened
 * usercopy every copy from user space checks its destination, and for
 * vmalloc memory that check takes a global lock.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/gfp.h>
#include <linux/irq_work.h>
#include <linux/mm.h>
#include <linux/slab.h>

#include "rings.h"

DEFINE_PER_CPU(struct mysd_ring *, mysd_cpu_ring);
static DEFINE_PER_CPU(struct irq_work, mysd_kick_work);

static struct mysd_ring **mysd_rings;
static unsigned int mysd_nr_rings;
static size_t mysd_ring_bytes;
static void (*mysd_wake)(void);

static void mysd_kick_fn(struct irq_work *work)
{
	mysd_wake();
}

static void mysd_kick_init(struct irq_work *work)
{
#ifdef IRQ_WORK_INIT_HARD
	*work = IRQ_WORK_INIT_HARD(mysd_kick_fn);
#else	/* 5.10: the flag is for its PREEMPT_RT patch set */
	init_irq_work(work, mysd_kick_fn);
	atomic_set(&work->flags, IRQ_WORK_HARD_IRQ);
#endif
}

void mysd_rings_kick(void)
{
	irq_work_queue(this_cpu_ptr(&mysd_kick_work));
}

void mysd_rings_sync(void)
{
	int cpu;

	for_each_possible_cpu(cpu)
		irq_work_sync(per_cpu_ptr(&mysd_kick_work, cpu));
}

struct mysd_ring *const *mysd_rings_all(unsigned int *nr)
{
	*nr = mysd_nr_rings;
	return mysd_rings;
}

size_t mysd_rings_bytes(void)
{
	return mysd_ring_bytes;
}

/* Default: 1 MiB shared by all CPUs, each ring a power of two in 16..512 KiB. */
static unsigned int mysd_default_kb(void)
{
	unsigned int kb = rounddown_pow_of_two(1024 / num_possible_cpus() ?: 1);

	return clamp(kb, 16U, 512U);
}

int mysd_rings_init(unsigned int *kb_per_cpu, void (*wake)(void))
{
	u32 size;
	int cpu;

	mysd_wake = wake;
	if (!*kb_per_cpu)
		*kb_per_cpu = mysd_default_kb();
	size = *kb_per_cpu * 1024;
	mysd_nr_rings = nr_cpu_ids;
	mysd_rings = kcalloc(nr_cpu_ids, sizeof(*mysd_rings), GFP_KERNEL);
	if (!mysd_rings)
		return -ENOMEM;
	for_each_possible_cpu(cpu) {
		struct mysd_ring *r;
		struct page *pages;
		void *mem;

		r = kzalloc_node(sizeof(*r), GFP_KERNEL, cpu_to_node(cpu));
		pages = alloc_pages_node(cpu_to_node(cpu),
					 GFP_KERNEL | __GFP_COMP | __GFP_NOWARN,
					 get_order(size));
		mem = pages ? page_address(pages) : NULL;
		if (!r || !mem || mysd_ring_init(r, mem, size)) {
			kfree(r);
			if (pages)
				__free_pages(pages, get_order(size));
			mysd_rings_exit();
			/* __GFP_NOWARN: this line, not an allocation dump */
			pr_err("buf_kb=%u: no memory for CPU %d's ring (%u KiB, contiguous); try a smaller buf_kb\n",
			       *kb_per_cpu, cpu, *kb_per_cpu);
			return -ENOMEM;
		}
		mysd_rings[cpu] = r;
		mysd_ring_bytes += size;
		per_cpu(mysd_cpu_ring, cpu) = r;
		mysd_kick_init(per_cpu_ptr(&mysd_kick_work, cpu));
	}
	pr_info("%u KiB ring per CPU, %zu KiB in all\n", *kb_per_cpu,
		mysd_ring_bytes / 1024);
	return 0;
}

void mysd_rings_exit(void)
{
	unsigned int cpu;

	for (cpu = 0; mysd_rings && cpu < mysd_nr_rings; cpu++) {
		struct mysd_ring *r = mysd_rings[cpu];

		if (!r)
			continue;
		per_cpu(mysd_cpu_ring, cpu) = NULL;
		free_pages((unsigned long)r->mem, get_order(r->size));
		kfree(r);
	}
	kfree(mysd_rings);
	mysd_rings = NULL;
	mysd_ring_bytes = 0;
}
