// SPDX-License-Identifier: GPL-2.0
/*
 * test_call_set.c - the syscalls= list: which numbers of which ABI it
 * selects, and which lists it refuses.
 *
 * Build and run from the repo root (names fragments generated first):
 *   syscalls/gen_host_names.sh /tmp/mysd-gen
 *   gcc -Wall -Wextra -O2 -fsanitize=address,undefined -I. -I/tmp/mysd-gen
 *       tests/host/test_call_set.c $(cat syscalls/host_sources) -o /tmp/test_call_set
 *   /tmp/test_call_set
 */
#include <asm/unistd.h>
#include "tests/host/check.h"
#include "syscalls/call_set.h"
#include "syscalls/sysent.h"

static struct mysd_call_set set;
static const char *bad;

/* Parse a copy of @list into the file's set; its error code. */
static int parse(const char *list)
{
	static char buf[4096];

	snprintf(buf, sizeof(buf), "%s", list);
	bad = NULL;
	return mysd_call_set_parse(&set, buf, &bad);
}

/* How many numbers below MYSD_CALL_BITS of ABI @compat are in the set. */
static unsigned int count(bool compat)
{
	unsigned int nr, n = 0;

	for (nr = 0; nr < MYSD_CALL_BITS; nr++)
		n += mysd_call_set_has(&set, compat, nr);
	return n;
}

/* A number of ABI @compat the tables do not name (printed syscall_NNN). */
static unsigned int unnamed_nr(bool compat)
{
	unsigned int nr;

	for (nr = 0; nr < MYSD_CALL_BITS; nr++)
		if (!mysd_syscall_name(compat, nr))
			return nr;
	return 0;
}

static void test_include(void)
{
	CHECK(parse("openat,close") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_openat));
	CHECK(mysd_call_set_has(&set, false, __NR_close));
	CHECK(!mysd_call_set_has(&set, false, __NR_read));
	CHECK(!mysd_call_set_has(&set, false, unnamed_nr(false)));
	CHECK(!mysd_call_set_has(&set, false, 999999));	/* past the bits */
	CHECK(count(false) == 2);
#ifdef MYSD_HAVE_COMPAT
	/* the i386 numbers stand in for the 32-bit ARM ones on x86_64 */
	CHECK(mysd_call_set_has(&set, true, 295));	/* openat */
	CHECK(mysd_call_set_has(&set, true, 6));	/* close */
	CHECK(!mysd_call_set_has(&set, true, 3));	/* read */
	CHECK(count(true) == 2);
#endif
	/* blanks around names and the newline of a sysfs write */
	CHECK(parse(" openat , close\n") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_openat) &&
	      mysd_call_set_has(&set, false, __NR_close) && count(false) == 2);
}

static void test_exclude(void)
{
	CHECK(parse("!read,write") == 0);
	CHECK(!mysd_call_set_has(&set, false, __NR_read));
	CHECK(!mysd_call_set_has(&set, false, __NR_write));
	CHECK(mysd_call_set_has(&set, false, __NR_openat));
	CHECK(mysd_call_set_has(&set, false, unnamed_nr(false)));
	CHECK(mysd_call_set_has(&set, false, 999999));
	CHECK(count(false) == MYSD_CALL_BITS - 2);
#ifdef MYSD_HAVE_COMPAT
	CHECK(!mysd_call_set_has(&set, true, 3) &&	/* read */
	      !mysd_call_set_has(&set, true, 4));	/* write */
	CHECK(count(true) == MYSD_CALL_BITS - 2);
#endif
	CHECK(parse("! read") == 0 && !mysd_call_set_has(&set, false, __NR_read));
}

/* A name of one ABI only selects nothing in the other. */
static void test_one_abi(void)
{
#ifdef MYSD_HAVE_COMPAT
	CHECK(parse("_llseek") == 0);	/* i386 140, not in x86_64 */
	CHECK(count(false) == 0);
	CHECK(mysd_call_set_has(&set, true, 140) && count(true) == 1);
	CHECK(parse("!_llseek") == 0);
	CHECK(count(false) == MYSD_CALL_BITS);
	CHECK(!mysd_call_set_has(&set, true, 140));
#endif
}

/*
 * 32-bit ARM's private calls (a native table on 32-bit ARM, the compat one
 * on arm64; none on other hosts): one of the range without a name prints
 * as syscall_NNN, and that name selects it; a named one's number does not.
 */
static void test_unnamed_private(bool compat)
{
	const struct mysd_abi_table *t = mysd_abi(compat);
	unsigned int off, free_off = 0, named_off = 0;
	char name[32];

	if (!t || !t->priv)
		return;
	for (off = MYSD_CALL_PRIV_BITS - 1; off > 0; off--)
		if (mysd_private_find(t, t->priv_base + off))
			named_off = off;
		else
			free_off = off;
	CHECK(free_off && named_off);
	snprintf(name, sizeof(name), "syscall_%u", t->priv_base + free_off);
	CHECK(parse(name) == 0);
	CHECK(mysd_call_set_has(&set, compat, t->priv_base + free_off) &&
	      !mysd_call_set_has(&set, compat, t->priv_base + named_off) &&
	      count(compat) == 0);
	snprintf(name, sizeof(name), "!syscall_%u", t->priv_base + free_off);
	CHECK(parse(name) == 0);
	CHECK(!mysd_call_set_has(&set, compat, t->priv_base + free_off) &&
	      mysd_call_set_has(&set, compat, t->priv_base + named_off));
	snprintf(name, sizeof(name), "syscall_%u", t->priv_base + named_off);
	CHECK(parse(name) == -EINVAL);
	snprintf(name, sizeof(name), "syscall_%u",
		 t->priv_base + MYSD_CALL_PRIV_BITS);
	CHECK(parse(name) == -EINVAL);
}

/* The names the record prints for numbers without one. */
static void test_unnamed(void)
{
	unsigned int nr = unnamed_nr(false);
	char name[32];

	snprintf(name, sizeof(name), "syscall_%u", nr);
	CHECK(parse(name) == 0);
	CHECK(mysd_call_set_has(&set, false, nr) && count(false) == 1);
	/* a number named in every ABI is never printed so */
	snprintf(name, sizeof(name), "syscall_%u", __NR_read);
	CHECK(parse(name) == -EINVAL);
	CHECK(parse("syscall_99999") == -EINVAL);
	CHECK(parse("syscall_12a") == -EINVAL);
	CHECK(parse("syscall_") == -EINVAL);
	CHECK(parse("syscall_99999999999999999999") == -EINVAL);
	test_unnamed_private(false);
	test_unnamed_private(true);
}

static void test_refused(void)
{
	CHECK(parse("openat,nosuchcall") == -EINVAL);
	CHECK_STR(bad ? bad : "(null)", "nosuchcall");
	CHECK(parse("openat,,close") == -EINVAL);
	CHECK_STR(bad ? bad : "(null)", "");
	CHECK(parse("!") == -EINVAL);
	CHECK(parse("") == -EINVAL);
	CHECK(parse("OPENAT") == -EINVAL);	/* names are as printed */
	CHECK(parse("open at") == -EINVAL);
}

/* strace's classes: %file derived from the path arguments, the others named. */
static void test_classes(void)
{
	CHECK(parse("%file") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_openat));
	CHECK(mysd_call_set_has(&set, false, __NR_execve));
	CHECK(mysd_call_set_has(&set, false, __NR_unlinkat));
	CHECK(!mysd_call_set_has(&set, false, __NR_read));
	CHECK(!mysd_call_set_has(&set, false, __NR_close));
	CHECK(!mysd_call_set_has(&set, false, __NR_connect));
	CHECK(parse("%net") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_connect) &&
	      mysd_call_set_has(&set, false, __NR_accept4) &&
	      mysd_call_set_has(&set, false, __NR_setsockopt));
	CHECK(!mysd_call_set_has(&set, false, __NR_openat));
	CHECK(parse("%process,read") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_clone) &&
	      mysd_call_set_has(&set, false, __NR_wait4) &&
	      mysd_call_set_has(&set, false, __NR_exit_group) &&
	      mysd_call_set_has(&set, false, __NR_read));
	CHECK(!mysd_call_set_has(&set, false, __NR_write));
	CHECK(parse("!%memory") == 0);
	CHECK(!mysd_call_set_has(&set, false, __NR_mprotect) &&
	      !mysd_call_set_has(&set, false, __NR_munmap));
	CHECK(mysd_call_set_has(&set, false, __NR_read));
	CHECK(parse("%signal") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_rt_sigaction) &&
	      mysd_call_set_has(&set, false, __NR_kill) && count(false) >= 10);
#ifdef MYSD_HAVE_COMPAT
	CHECK(parse("%net") == 0);
	CHECK(mysd_call_set_has(&set, true, 102));	/* i386 socketcall */
	CHECK(parse("%file") == 0);
	CHECK(mysd_call_set_has(&set, true, 5));	/* i386 open */
#endif
	/* %desc: calls taking a descriptor (read, openat's dirfd) or making one */
	CHECK(parse("%desc") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_read) &&
	      mysd_call_set_has(&set, false, __NR_openat) &&
	      mysd_call_set_has(&set, false, __NR_close) &&
	      mysd_call_set_has(&set, false, __NR_socket) &&
	      mysd_call_set_has(&set, false, __NR_pipe2));
	CHECK(!mysd_call_set_has(&set, false, __NR_getpid) &&
	      !mysd_call_set_has(&set, false, __NR_kill) &&
	      !mysd_call_set_has(&set, false, __NR_execve));
#ifdef __NR_mmap
	CHECK(mysd_call_set_has(&set, false, __NR_mmap));
#endif
	/* the new mount API: fsopen makes one, the others take one */
	CHECK(mysd_call_set_has(&set, false, __NR_fsopen) &&
	      mysd_call_set_has(&set, false, __NR_fsmount) &&
	      mysd_call_set_has(&set, false, __NR_move_mount) &&
	      mysd_call_set_has(&set, false, __NR_landlock_create_ruleset));
	CHECK(!mysd_call_set_has(&set, false, __NR_io_setup));
	CHECK(parse("%creds,%clock") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_getuid) &&
	      mysd_call_set_has(&set, false, __NR_setresuid) &&
	      mysd_call_set_has(&set, false, __NR_capget) &&
	      mysd_call_set_has(&set, false, __NR_clock_gettime) &&
	      mysd_call_set_has(&set, false, __NR_settimeofday));
	CHECK(!mysd_call_set_has(&set, false, __NR_getpid) &&
	      !mysd_call_set_has(&set, false, __NR_nanosleep));
	CHECK(parse("%pure") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_getpid) &&
	      mysd_call_set_has(&set, false, __NR_gettid) &&
	      !mysd_call_set_has(&set, false, __NR_setuid));
#ifdef __NR_semget
	CHECK(parse("%ipc") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_semget) &&
	      mysd_call_set_has(&set, false, __NR_shmat) &&
	      !mysd_call_set_has(&set, false, __NR_mq_open));
#endif
	CHECK(parse("%fstat") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_fstat) &&
	      !mysd_call_set_has(&set, false, __NR_statx));
	CHECK(parse("%%stat") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_statx) &&
	      !mysd_call_set_has(&set, false, __NR_statfs));
	CHECK(parse("%%statfs") == 0);
	CHECK(mysd_call_set_has(&set, false, __NR_statfs) &&
	      mysd_call_set_has(&set, false, __NR_fstatfs) &&
	      !mysd_call_set_has(&set, false, __NR_fstat));
#ifdef MYSD_HAVE_COMPAT
	CHECK(parse("%creds") == 0);
	CHECK(mysd_call_set_has(&set, true, 199) &&	/* i386 getuid32 */
	      mysd_call_set_has(&set, true, 24));	/* getuid */
	CHECK(parse("%desc") == 0);
	CHECK(mysd_call_set_has(&set, true, 5) &&	/* i386 open */
	      mysd_call_set_has(&set, true, 3));	/* read */
#endif
	CHECK(parse("%files") == -EINVAL);
	CHECK_STR(bad ? bad : "(null)", "%files");
	CHECK(parse("%") == -EINVAL);
}

/* Every name the record prints selects the number it is printed for. */
static void test_every_name(bool compat)
{
	unsigned int nr, ok = 0, n = 0;
	const char *name;

	for (nr = 0; nr < MYSD_CALL_BITS; nr++) {
		name = mysd_syscall_name(compat, nr);
		if (!name)
			continue;
		n++;
		ok += parse(name) == 0 && mysd_call_set_has(&set, compat, nr) &&
		      !mysd_call_set_has(&set, compat, unnamed_nr(compat));
	}
	CHECK(n > 250);
	CHECK(ok == n);
}

/* ARM's private calls (32-bit ARM builds): named, outside the bits. */
static void test_private(void)
{
#ifdef __ARM_NR_set_tls
	CHECK(parse("set_tls") == 0);
	CHECK(mysd_call_set_has(&set, false, __ARM_NR_set_tls));
	CHECK(!mysd_call_set_has(&set, false, __ARM_NR_cacheflush));
	CHECK(count(false) == 0);
	CHECK(parse("!set_tls") == 0);
	CHECK(!mysd_call_set_has(&set, false, __ARM_NR_set_tls));
	CHECK(mysd_call_set_has(&set, false, __ARM_NR_cacheflush));
#endif
}

int main(void)
{
	test_include();
	test_exclude();
	test_one_abi();
	test_unnamed();
	test_refused();
	test_classes();
	test_every_name(false);
#ifdef MYSD_HAVE_COMPAT
	test_every_name(true);
#endif
	test_private();
	return check_summary("test_call_set");
}
