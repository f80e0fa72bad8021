/* SPDX-License-Identifier: GPL-2.0 */
/*
 * check.h - minimal assertions for the host unit tests.
 *
 * Each test program ends with check_summary(), which prints
 * "<program>: N passed, N failed" and returns the exit status.
 */
#ifndef MYSD_CHECK_H
#define MYSD_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond) do {						\
	if (cond) {							\
		check_passed++;						\
	} else {							\
		check_failed++;						\
		fprintf(stderr, "%s:%d: FAILED: %s\n",			\
			__FILE__, __LINE__, #cond);			\
	}								\
} while (0)

/* Exact string comparison, printing both sides on mismatch. */
#define CHECK_STR(got, want) do {					\
	const char *g_ = (got), *w_ = (want);				\
	if (strcmp(g_, w_) == 0) {					\
		check_passed++;						\
	} else {							\
		check_failed++;						\
		fprintf(stderr, "%s:%d: FAILED\n  got:  [%s]\n  want: [%s]\n", \
			__FILE__, __LINE__, g_, w_);			\
	}								\
} while (0)

static inline int check_summary(const char *prog)
{
	printf("%s: %d passed, %d failed\n", prog, check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif /* MYSD_CHECK_H */
