/* SPDX-License-Identifier: GPL-2.0 */
/*
 * capture.h - the probes on the kernel's syscall tracepoints.
 */
#ifndef MYSD_CAPTURE_H
#define MYSD_CAPTURE_H

/* Find the tracepoints and attach; nothing is recorded before this. */
int mysd_capture_start(void);
/* Detach and wait until no probe is running on any CPU. */
void mysd_capture_stop(void);

#endif /* MYSD_CAPTURE_H */
