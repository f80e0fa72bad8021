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

/* "syscall_NNN": its number, when @t has no name for it; else -1. */
static long mysd_unnamed_nr(const struct mysd_abi_table *t, const char *name)
{
	const char *p = name + strlen("syscall_");
	unsigned long nr = 0;

	if (strncmp(name, "syscall_", strlen("syscall_")) || !*p)
		return -1;
	for (; *p; p++) {
		if (*p < '0' || *p > '9' || nr >= MYSD_CALL_BITS)
			return -1;
		nr = nr * 10 + (*p - '0');
	}
	if (nr >= MYSD_CALL_BITS || (nr < t->nnames && t->names[nr]))
		return -1;
	return nr;
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
	if (unnamed >= 0) {
		mysd_call_set_put(set, compat, unnamed, in);
		found = true;
	}
	return found;
}

/*
 * Classes, as strace's -e trace=%file...: %file is every decoded call with
 * a path argument; the others are these names (those a table lacks are
 * skipped).
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
	"move_pages",
};

struct mysd_call_class {
	const char *name;
	const char *const *calls;
	unsigned int n;
};

#define MYSD_CLASS(nm, list)	{ nm, list, ARRAY_SIZE(list) }
static const struct mysd_call_class mysd_call_classes[] = {
	MYSD_CLASS("%net", mysd_class_net),
	MYSD_CLASS("%network", mysd_class_net),
	MYSD_CLASS("%process", mysd_class_process),
	MYSD_CLASS("%signal", mysd_class_signal),
	MYSD_CLASS("%memory", mysd_class_memory),
};

static bool mysd_row_has_path(const struct mysd_syscall *sc)
{
	unsigned int i;

	for (i = 0; i < MYSD_MAX_ARGS; i++)
		if (sc->args[i].kind == MYSD_K_PATH)
			return true;
	return false;
}

/* Put the calls of class @name (with its '%') in or out; false if none. */
static bool mysd_call_set_class(struct mysd_call_set *set, const char *name,
				bool in)
{
	const struct mysd_abi_table *t;
	unsigned int i, abi;

	if (!strcmp(name, "%file")) {
		for (abi = 0; abi < 2; abi++) {
			t = mysd_abi(abi);
			for (i = 0; t && i < t->nsc && i < MYSD_CALL_BITS; i++)
				if (t->sc[i].decoded && mysd_row_has_path(&t->sc[i]))
					mysd_call_set_put(set, abi, i, in);
		}
		return true;
	}
	for (i = 0; i < ARRAY_SIZE(mysd_call_classes); i++) {
		const struct mysd_call_class *c = &mysd_call_classes[i];
		unsigned int j;

		if (strcmp(c->name, name))
			continue;
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

	if (t && t->priv && nr >= t->priv_base &&
	    nr - t->priv_base < MYSD_CALL_PRIV_BITS)
		return (set->priv[compat] >> (nr - t->priv_base)) & 1;
	return set->others;
}
