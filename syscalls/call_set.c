// SPDX-License-Identifier: GPL-2.0
/*
 * call_set.c - the syscalls= list parsed into a set of numbers per ABI.
 *
 * Names are looked up in the same tables the record takes its names from,
 * so a list selects exactly the lines that print those names. A number
 * the tables do not name prints as "syscall_NNN", and that name selects it.
 * A %class selects a group of calls, as strace's do.
 */
#include "call_set.h"
#include "sysent.h"

static void mysd_call_set_put(struct mysd_call_set *set, bool compat, u32 nr,
			      bool in)
{
	u64 bit = 1ULL << (nr % 64);

	if (in)
		set->bits[compat][nr / 64] |= bit;
	else
		set->bits[compat][nr / 64] &= ~bit;
}

static void mysd_call_set_put_priv(struct mysd_call_set *set, bool compat,
				   u32 off, bool in)
{
	if (in)
		set->priv[compat] |= 1U << off;
	else
		set->priv[compat] &= ~(1U << off);
}

/* Whether @nr is in @t's private range (32-bit ARM's), a bit each. */
static bool mysd_in_priv_range(const struct mysd_abi_table *t, u32 nr)
{
	return t && t->priv && nr >= t->priv_base &&
	       nr - t->priv_base < MYSD_CALL_PRIV_BITS;
}

/* "syscall_NNN": its number, when @t has no name for it; else -1. */
static long mysd_unnamed_nr(const struct mysd_abi_table *t, const char *name)
{
	const char *p = name + strlen("syscall_");
	unsigned long nr = 0;

	if (strncmp(name, "syscall_", strlen("syscall_")) || !*p)
		return -1;
	for (; *p; p++) {
		/* past any number a table has, and far from overflow */
		if (*p < '0' || *p > '9' || nr >= 100000000)
			return -1;
		nr = nr * 10 + (*p - '0');
	}
	if (nr < MYSD_CALL_BITS)
		return nr < t->nnames && t->names[nr] ? -1 : (long)nr;
	/* past the table, only the private range has bits */
	if (mysd_in_priv_range(t, nr) && !mysd_private_find(t, nr))
		return nr;
	return -1;
}

/* Put every number @name has in ABI @compat in or out; false if none. */
static bool mysd_call_set_name(struct mysd_call_set *set, bool compat,
			       const char *name, bool in)
{
	const struct mysd_abi_table *t = mysd_abi(compat);
	bool found = false;
	long unnamed;
	u32 i;

	if (!t)
		return false;
	for (i = 0; i < t->nnames; i++) {
		if (t->names[i] && !strcmp(t->names[i], name)) {
			mysd_call_set_put(set, compat, i, in);
			found = true;
		}
	}
	for (i = 0; i < t->npriv; i++) {
		if (t->priv[i].off < MYSD_CALL_PRIV_BITS &&
		    !strcmp(t->priv[i].name, name)) {
			mysd_call_set_put_priv(set, compat, t->priv[i].off, in);
			found = true;
		}
	}
	unnamed = mysd_unnamed_nr(t, name);
	if (unnamed >= MYSD_CALL_BITS) {
		mysd_call_set_put_priv(set, compat, unnamed - t->priv_base, in);
		found = true;
	} else if (unnamed >= 0) {
		mysd_call_set_put(set, compat, unnamed, in);
		found = true;
	}
	return found;
}

/*
 * Classes, as strace's -e trace=%file...: a list of names (those a table
 * lacks are skipped) and, for %file and %desc, the decoded calls whose
 * arguments hold a path or a descriptor.
 */
static const char *const mysd_class_net[] = {
	"socket", "socketpair", "bind", "listen", "accept", "accept4",
	"connect", "getsockname", "getpeername", "sendto", "recvfrom", "send",
	"recv", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg", "shutdown",
	"setsockopt", "getsockopt", "socketcall",
};
static const char *const mysd_class_process[] = {
	"clone", "clone3", "fork", "vfork", "execve", "execveat", "exit",
	"exit_group", "wait4", "waitid", "waitpid", "kill", "tkill", "tgkill",
};
static const char *const mysd_class_signal[] = {
	"rt_sigaction", "sigaction", "rt_sigprocmask", "sigprocmask",
	"rt_sigreturn", "sigreturn", "rt_sigsuspend", "sigsuspend",
	"rt_sigpending", "sigpending", "rt_sigtimedwait",
	"rt_sigtimedwait_time64", "rt_sigqueueinfo", "rt_tgsigqueueinfo",
	"kill", "tkill", "tgkill", "sigaltstack", "signalfd", "signalfd4",
	"pause", "pidfd_send_signal",
};
static const char *const mysd_class_memory[] = {
	"mmap", "mmap2", "munmap", "mremap", "mprotect", "pkey_mprotect",
	"brk", "madvise", "process_madvise", "mlock", "mlock2", "munlock",
	"mlockall", "munlockall", "msync", "mincore", "remap_file_pages",
	"mbind", "set_mempolicy", "get_mempolicy", "migrate_pages",
	"move_pages", "set_mempolicy_home_node",
};
/* %desc's calls that make a descriptor without taking one. */
static const char *const mysd_class_desc[] = {
	"open", "creat", "pipe", "pipe2", "socket", "socketpair",
	"epoll_create", "epoll_create1", "eventfd", "eventfd2", "inotify_init",
	"inotify_init1", "fanotify_init", "memfd_create", "memfd_secret",
	"timerfd_create", "signalfd", "userfaultfd", "perf_event_open",
	"pidfd_open", "io_uring_setup", "bpf", "mq_open", "select",
	"_newselect", "poll", "fsopen", "landlock_create_ruleset",
};
static const char *const mysd_class_creds[] = {
	"getuid", "geteuid", "getgid", "getegid", "getresuid", "getresgid",
	"setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid",
	"setfsuid", "setfsgid", "getgroups", "setgroups", "getuid32",
	"geteuid32", "getgid32", "getegid32", "getresuid32", "getresgid32",
	"setuid32", "setgid32", "setreuid32", "setregid32", "setresuid32",
	"setresgid32", "setfsuid32", "setfsgid32", "getgroups32",
	"setgroups32", "capget", "capset",
};
static const char *const mysd_class_clock[] = {
	"time", "stime", "gettimeofday", "settimeofday", "adjtimex",
	"clock_gettime", "clock_settime", "clock_getres", "clock_adjtime",
	"clock_gettime64", "clock_settime64", "clock_getres_time64",
	"clock_adjtime64",
};
/* System V IPC, as strace's %ipc (POSIX queues are descriptors). */
static const char *const mysd_class_ipc[] = {
	"ipc", "msgget", "msgsnd", "msgrcv", "msgctl", "semget", "semop",
	"semtimedop", "semtimedop_time64", "semctl", "shmget", "shmat",
	"shmdt", "shmctl",
};
/* No arguments, and they cannot fail. */
static const char *const mysd_class_pure[] = {
	"getpid", "getppid", "gettid", "getpgrp", "getuid", "geteuid",
	"getgid", "getegid", "getuid32", "geteuid32", "getgid32", "getegid32",
};
static const char *const mysd_class_stat[] = { "stat", "stat64" };
static const char *const mysd_class_lstat[] = { "lstat", "lstat64" };
static const char *const mysd_class_fstat[] = {
	"fstat", "fstat64", "newfstatat", "fstatat64",
};
static const char *const mysd_class_any_stat[] = {
	"stat", "stat64", "lstat", "lstat64", "fstat", "fstat64",
	"newfstatat", "fstatat64", "statx",
};
static const char *const mysd_class_statfs[] = { "statfs", "statfs64" };
static const char *const mysd_class_fstatfs[] = { "fstatfs", "fstatfs64" };
static const char *const mysd_class_any_statfs[] = {
	"statfs", "statfs64", "fstatfs", "fstatfs64", "ustat",
};

static bool mysd_row_has_kind(const struct mysd_syscall *sc,
			      unsigned int k1, unsigned int k2)
{
	unsigned int i;

	for (i = 0; i < MYSD_MAX_ARGS; i++)
		if (sc->args[i].kind == k1 || sc->args[i].kind == k2)
			return true;
	return false;
}

static bool mysd_row_has_path(const struct mysd_syscall *sc)
{
	return mysd_row_has_kind(sc, MYSD_K_PATH, MYSD_K_PATH);
}

static bool mysd_row_has_fd(const struct mysd_syscall *sc)
{
	return mysd_row_has_kind(sc, MYSD_K_FD, MYSD_K_DIRFD);
}

struct mysd_call_class {
	const char *name;	/* without its '%' */
	const char *const *calls;
	unsigned int n;
	bool (*row_in)(const struct mysd_syscall *sc);	/* or NULL */
};

#define MYSD_CLASS(nm, list)	{ nm, list, ARRAY_SIZE(list), NULL }
static const struct mysd_call_class mysd_call_classes[] = {
	{ "file", NULL, 0, mysd_row_has_path },
	{ "desc", mysd_class_desc, ARRAY_SIZE(mysd_class_desc),
	  mysd_row_has_fd },
	MYSD_CLASS("net", mysd_class_net),
	MYSD_CLASS("network", mysd_class_net),
	MYSD_CLASS("process", mysd_class_process),
	MYSD_CLASS("signal", mysd_class_signal),
	MYSD_CLASS("memory", mysd_class_memory),
	MYSD_CLASS("creds", mysd_class_creds),
	MYSD_CLASS("clock", mysd_class_clock),
	MYSD_CLASS("ipc", mysd_class_ipc),
	MYSD_CLASS("pure", mysd_class_pure),
	MYSD_CLASS("stat", mysd_class_stat),
	MYSD_CLASS("lstat", mysd_class_lstat),
	MYSD_CLASS("fstat", mysd_class_fstat),
	MYSD_CLASS("%stat", mysd_class_any_stat),
	MYSD_CLASS("statfs", mysd_class_statfs),
	MYSD_CLASS("fstatfs", mysd_class_fstatfs),
	MYSD_CLASS("%statfs", mysd_class_any_statfs),
};

/* Put the decoded calls of both ABIs that @row_in takes in or out. */
static void mysd_call_set_rows(struct mysd_call_set *set,
			       bool (*row_in)(const struct mysd_syscall *sc),
			       bool in)
{
	const struct mysd_abi_table *t;
	unsigned int i, abi;

	for (abi = 0; abi < 2; abi++) {
		t = mysd_abi(abi);
		for (i = 0; t && i < t->nsc && i < MYSD_CALL_BITS; i++)
			if (t->sc[i].decoded && row_in(&t->sc[i]))
				mysd_call_set_put(set, abi, i, in);
	}
}

/* Put the calls of class @name (with its '%') in or out; false if none. */
static bool mysd_call_set_class(struct mysd_call_set *set, const char *name,
				bool in)
{
	unsigned int i, j;

	for (i = 0; i < ARRAY_SIZE(mysd_call_classes); i++) {
		const struct mysd_call_class *c = &mysd_call_classes[i];

		if (strcmp(c->name, name + 1))
			continue;
		if (c->row_in)
			mysd_call_set_rows(set, c->row_in, in);
		for (j = 0; j < c->n; j++) {
			mysd_call_set_name(set, false, c->calls[j], in);
			mysd_call_set_name(set, true, c->calls[j], in);
		}
		return true;
	}
	return false;
}

/* @s without the blanks around it (a sysfs write ends in a newline). */
static char *mysd_trim(char *s)
{
	size_t len;

	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	len = strlen(s);
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
		       s[len - 1] == '\n'))
		s[--len] = '\0';
	return s;
}

int mysd_call_set_parse(struct mysd_call_set *set, char *list,
			const char **bad)
{
	bool negate, in;
	char *tok, *next;

	list = mysd_trim(list);
	negate = *list == '!';
	if (negate)
		list = mysd_trim(list + 1);
	in = !negate;
	memset(set->bits, negate ? 0xff : 0, sizeof(set->bits));
	set->priv[0] = set->priv[1] = negate ? U32_MAX : 0;
	set->others = negate;

	for (tok = list; tok; tok = next) {
		bool found;

		next = strchr(tok, ',');
		if (next)
			*next++ = '\0';
		tok = mysd_trim(tok);
		if (*tok == '%') {
			found = mysd_call_set_class(set, tok, in);
		} else {
			found = *tok && mysd_call_set_name(set, false, tok, in);
			found |= *tok && mysd_call_set_name(set, true, tok, in);
		}
		if (!found) {
			*bad = tok;
			return -EINVAL;
		}
	}
	return 0;
}

bool mysd_call_set_has_slow(const struct mysd_call_set *set, bool compat,
			    u32 nr)
{
	const struct mysd_abi_table *t = mysd_abi(compat);

	if (mysd_in_priv_range(t, nr))
		return (set->priv[compat] >> (nr - t->priv_base)) & 1;
	return set->others;
}
