/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rings.h - the kernel side of the buffers: one ring per possible CPU,
 * and the early wake-up of the writer when a ring fills up.
 */
#ifndef MYSD_RINGS_H
#define MYSD_RINGS_H

#include <linux/percpu.h>
#include "ring.h"

DECLARE_PER_CPU(struct mysd_ring *, mysd_cpu_ring);

/*
 * *kb_per_cpu: each ring's KiB; 0 chooses the default and writes it back.
 * wake() is called in hard interrupt context, PREEMPT_RT included.
 */
int mysd_rings_init(unsigned int *kb_per_cpu, void (*wake)(void));
void mysd_rings_exit(void);

/* The ring of the CPU we run on; the caller has preemption disabled. */
static inline struct mysd_ring *mysd_ring_this_cpu(void)
{
	return __this_cpu_read(mysd_cpu_ring);
}

/* Ask the writer to drain soon (from the probe: lock-free, may not sleep). */
void mysd_rings_kick(void);
/* Make sure no kick is pending or running (before stopping the writer). */
void mysd_rings_sync(void);

/* All rings, indexed by CPU number, for the writer's merge. */
struct mysd_ring *const *mysd_rings_all(unsigned int *nr);

/* Bytes allocated for all rings together. */
size_t mysd_rings_bytes(void);

#endif /* MYSD_RINGS_H */
