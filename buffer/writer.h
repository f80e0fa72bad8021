/* SPDX-License-Identifier: GPL-2.0 */
/*
 * writer.h - the writer thread: drains the rings, formats lines, appends
 * them to the record file.
 */
#ifndef MYSD_WRITER_H
#define MYSD_WRITER_H

/* Create the directory and file (mode 0600) and start the thread. */
int mysd_writer_start(const char *path);
/* Final drain of everything accepted, then close. Probes must be gone. */
void mysd_writer_stop(void);
/* Drain soon: from process context (a parameter's new value). */
void mysd_writer_wake(void);
/* Drain soon: from hard interrupt context (the rings' irq_work). */
void mysd_writer_kick(void);

#endif /* MYSD_WRITER_H */
