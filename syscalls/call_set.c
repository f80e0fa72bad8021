// SPDX-License-Identifier: GPL-2.0
/*
 * call_set.c - the syscalls= list parsed into a set of numbers per ABI.
 *
 * Names are looked up in the same tables the record takes its names from,
 * so a list selects exactly the lines that print those names. A number
 * the tables do not name prints as "syscall_NNN", and that name selects it.
 */
#include "call_set.h"
#include "sysent.h"

static const struct mysd_abi_table *mysd_call_abi(bool compat)
{
#ifdef MYSD_HAVE_COMPAT
	if (compat)
		return &mysd_compat_abi;
#else
	if (compat)
		return NULL;
#endif
	return &mysd_native_abi;
}

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
	const struct mysd_abi_table *t = mysd_call_abi(compat);
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
		found = *tok && mysd_call_set_name(set, false, tok, in);
		found |= *tok && mysd_call_set_name(set, true, tok, in);
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
	const struct mysd_abi_table *t = mysd_call_abi(compat);

	if (t && t->priv && nr >= t->priv_base &&
	    nr - t->priv_base < MYSD_CALL_PRIV_BITS)
		return (set->priv[compat] >> (nr - t->priv_base)) & 1;
	return set->others;
}
