/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sink.h - the writer thread: drains the rings, formats lines, appends
 * them to the record file.
 */
#ifndef MYSD_SINK_H
#define MYSD_SINK_H

/* Create the directory and file (mode 0600) and start the thread. */
int mysd_sink_start(const char *path);
/* Final drain of everything accepted, then close. Probes must be gone. */
void mysd_sink_stop(void);
/* Drain soon (the rings' irq_work calls this). */
void mysd_sink_wake(void);

#endif /* MYSD_SINK_H */
