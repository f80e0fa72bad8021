/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pace.h - how a stress test thread waits for the other one.
 *
 * A thread with nothing to do sleeps a microsecond instead of spinning.
 * On the host that costs little. In the QEMU guest, booted with one host
 * thread for both vCPUs (scripts/qemu/boot.sh), a spinning vCPU keeps the
 * other one stopped until QEMU's 100 ms round-robin kick; a sleeping one
 * idles and hands over at once.
 */
#ifndef MYSD_PACE_H
#define MYSD_PACE_H

#include <time.h>

static inline void pace_wait(void)
{
	const struct timespec us = { .tv_nsec = 1000 };

	nanosleep(&us, NULL);
}

#endif /* MYSD_PACE_H */
