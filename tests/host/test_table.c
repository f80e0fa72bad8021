/*
 * test_table.c - invariants of the whole syscall table, both ABIs.
 *
 * Build and run from the repo root (names fragments generated first):
 *   syscalls/gen_host_names.sh /tmp/mysd-gen
 *   gcc -Wall -Wextra -O2 -fsanitize=address,undefined -I. -I/tmp/mysd-gen
 *       tests/host/test_table.c $(cat syscalls/host_sources) -o /tmp/test_table
 *   /tmp/test_table
 */
#include <asm/unistd.h>
#include <ctype.h>
#include <sys/stat.h>
#include "tests/host/check.h"
#include "syscalls/sysent.h"
#include "syscalls/format.h"

/* Kinds whose aux byte names another argument. */
static bool kind_uses_aux(unsigned int k)
{
	switch (k) {
	case MYSD_K_BUF_IN:
	case MYSD_K_SOCKADDR_IN:
	case MYSD_K_SOCKADDR_OUT:
	case MYSD_K_POLLFDS:
	case MYSD_K_SEMBUF:
	case MYSD_K_BPF_ATTR:
	case MYSD_K_OPEN_MODE:
	case MYSD_K_FCNTL_ARG:
	case MYSD_K_FCNTL64_ARG:
	case MYSD_K_SOCKOPT:
	case MYSD_K_SOCK_PROTOCOL:
	case MYSD_K_IOV_IN:
	case MYSD_K_IOV_OUT:
	case MYSD_K_MMSGHDR_IN:
	case MYSD_K_MMSGHDR_OUT:
	case MYSD_K_CPUSET_IN:
	case MYSD_K_FDSET_OUT:
	case MYSD_K_POLL_REVENTS:
	case MYSD_K_MSGBUF_IN:
	case MYSD_K_MSGBUF_OUT:
	case MYSD_K_BUF_OUT:
	case MYSD_K_FUTEX_TIMEOUT:
	case MYSD_K_FUTEX_TIMEOUT64:
	case MYSD_K_FUTEX_VAL3:
	case MYSD_K_FUTEX_VAL:
	case MYSD_K_FUTEX_UADDR2:
	case MYSD_K_DEV:
		return true;
	default:
		return false;
	}
}

/*
 * A row's print plan: every argument printed once, in its part; the memo
 * only the leading input arguments, plain ones and at most one short
 * capture, keyed by their own values and those they read (aux), worth a
 * lookup (three numbers' worth).
 */
static bool plan_ok(const struct mysd_syscall *sc, struct mysd_print_plan p)
{
	unsigned int i, args = 0, after = 0, need = 0, weight = 0, cap = 0;

	if (sc->fn)
		return !p.in && p.out && !p.memo && !p.memo_key && !p.memo_cap;
	for (i = 0; i < MYSD_MAX_ARGS && sc->args[i].kind != MYSD_K_NONE; i++) {
		const struct mysd_arg *a = &sc->args[i];

		args |= 1U << i;
		if (!(p.memo & (1U << i)))
			continue;
		if (a->kind == MYSD_K_EPOLL_EVENT || a->kind == MYSD_K_SOCKADDR_IN) {
			if (cap++)
				return false;	/* one capture in a key */
			if (p.memo_cap != i + 1)
				return false;
			weight += 4;
			continue;
		}
		if (a->kind == MYSD_K_PTR || a->kind == MYSD_K_PRCTL_ARG2 ||
		    a->kind == MYSD_K_FSCONFIG_VALUE ||
		    a->kind == MYSD_K_FUTEX_TIMEOUT ||
		    a->kind == MYSD_K_FUTEX_TIMEOUT64 ||
		    (a->kind >= MYSD_K_PATH && a->kind <= MYSD_K_IOV_OUT))
			return false;	/* its text may come from a capture */
		if (a->kind != MYSD_K_HIDE) {
			need |= 1U << i;
			weight += a->kind >= MYSD_K_OPEN_FLAGS ? 2 : 1;
		}
		if (a->kind == MYSD_K_OPEN_MODE || a->kind == MYSD_K_FCNTL_ARG ||
		    a->kind == MYSD_K_FCNTL64_ARG || a->kind == MYSD_K_SOCKOPT ||
		    a->kind == MYSD_K_SOCK_PROTOCOL ||
		    a->kind == MYSD_K_FUTEX_VAL3 || a->kind == MYSD_K_FUTEX_VAL ||
		    a->kind == MYSD_K_FUTEX_UADDR2 || a->kind == MYSD_K_DEV)
			need |= 1U << (a->aux % MYSD_MAX_ARGS);
		/* fcntl's argument: kept only for events without its capture */
		if ((a->kind == MYSD_K_FCNTL_ARG || a->kind == MYSD_K_FCNTL64_ARG) !=
		    (p.memo_nocap == i + 1))
			return false;
	}
	for (i = 0; i < MYSD_MAX_ARGS; i++)
		if (p.in & ~p.memo & (1U << i))
			after |= ~0U << i;	/* in-args from the first unkept one */
	if ((p.in | p.out) != args || (p.in & p.out) ||
	    (p.memo & ~p.in) || (p.memo & after) || p.memo_key != need ||
	    (p.memo_cap && !cap) ||
	    (p.memo_nocap && !(p.memo & (1U << (p.memo_nocap - 1)))))
		return false;
	return p.memo ? weight >= 3 : !p.memo_key && !p.memo_cap && !p.memo_nocap;
}

static void check_abi(struct mysd_abi_table *t)
{
	unsigned int decoded = 0, nr;

	for (nr = 0; nr < t->nsc; nr++) {
		const struct mysd_syscall *sc = &t->sc[nr];
		const struct mysd_capture_spec *specs;
		unsigned int i, j, n, ncap_kinds = 0;
		bool ended = false, ok = true;

		if (!sc->decoded) {
			CHECK(mysd_syscall_desc(t->compat, nr) == NULL);
			continue;
		}
		decoded++;
		CHECK(mysd_syscall_desc(t->compat, nr) == sc);
		/* every decoded row has a generated name */
		if (!mysd_syscall_name(t->compat, nr)) {
			fprintf(stderr, "nr %u (compat=%d) decoded but unnamed\n", nr, t->compat);
			ok = false;
		}
		for (i = 0; i < MYSD_MAX_ARGS; i++) {
			const struct mysd_arg *a = &sc->args[i];
			struct mysd_capture_spec s;

			if (a->kind == MYSD_K_NONE) {
				ended = true;
				continue;
			}
			if (ended || a->kind >= MYSD_K_COUNT || !a->key || !a->label_len ||
			    memcmp(a->key, ", ", 2) || MYSD_ARG_LABEL(a)[a->label_len] != '=')
				ok = false;
			if (kind_uses_aux(a->kind) && (a->aux >= MYSD_MAX_ARGS || a->aux == i))
				ok = false;
			/* a device number is shown by its file mode */
			if (a->kind == MYSD_K_DEV && a->aux < MYSD_MAX_ARGS &&
			    sc->args[a->aux].kind != MYSD_K_FILE_MODE)
				ok = false;
			/* data received is bounded by its buffer's size argument */
			if (a->kind == MYSD_K_BUF_OUT && a->aux < MYSD_MAX_ARGS &&
			    sc->args[a->aux].kind != MYSD_K_SIZE &&
			    sc->args[a->aux].kind != MYSD_K_INT)
				ok = false;
			if (mysd_arg_capture(sc->args, i, t->compat, &s))
				ncap_kinds++;
		}
		/* no capture silently dropped */
		if (ncap_kinds > MYSD_MAX_CAPS)
			ok = false;

		n = mysd_syscall_captures(t->compat, nr, &specs);
		if (n > MYSD_MAX_CAPS || n != ncap_kinds)
			ok = false;
		for (i = 0; i < n && ok; i++) {
			const struct mysd_capture_spec *s = &specs[i];

			if (s->arg >= MYSD_MAX_ARGS || s->kind == MYSD_CAP_NONE ||
			    s->kind > MYSD_CAP_MMSG || s->len_src >= MYSD_LEN_SRCS ||
			    s->when > MYSD_CAPW_SUCCESS || s->max > MYSD_EVENT_MAX)
				ok = false;
			if ((s->len_src == MYSD_LEN_ARG || s->len_src == MYSD_LEN_ARGPTR ||
			     s->len_src == MYSD_LEN_ARG_UINT ||
			     s->len_src == MYSD_LEN_ARG_INT ||
			     s->len_src == MYSD_LEN_RET_ARG ||
			     s->len_src == MYSD_LEN_IOV || s->len_src == MYSD_LEN_BITS ||
			     s->len_src == MYSD_LEN_MMSG || s->len_src == MYSD_LEN_FLOCK ||
			     s->len_src == MYSD_LEN_FLOCK64 ||
			     s->len_src == MYSD_LEN_FUTEX ||
			     s->len_src == MYSD_LEN_MSGBUF) &&
			    (s->len_arg >= MYSD_MAX_ARGS || s->len_arg == s->arg))
				ok = false;
			if (s->len_src == MYSD_LEN_FIXED && !s->max)
				ok = false;
			if ((s->len_src == MYSD_LEN_FLOCK || s->len_src == MYSD_LEN_FLOCK64) &&
			    s->max != MYSD_FLOCK64_SIZE)
				ok = false;
			/* futex's timeout: a timespec of 32- or 64-bit words */
			if (s->len_src == MYSD_LEN_FUTEX &&
			    ((s->max != 8 && s->max != 16) ||
			     sc->args[s->len_arg].kind != MYSD_K_FUTEX_OP))
				ok = false;
						if (s->len_src == MYSD_LEN_COUNT && s->max != sizeof(u32))
				ok = false;
			if (s->kind == MYSD_CAP_SOCKADDR && s->max != 128)
				ok = false;
			if ((s->kind == MYSD_CAP_IOV) != (s->len_src == MYSD_LEN_IOV))
				ok = false;
			if ((s->kind == MYSD_CAP_MSGHDR) != (s->len_src == MYSD_LEN_MSGHDR))
				ok = false;
			if ((s->kind == MYSD_CAP_MMSG) != (s->len_src == MYSD_LEN_MMSG))
				ok = false;
			for (j = 0; j < i; j++)
				if (specs[j].arg == s->arg)
					ok = false;	/* duplicate cap arg */
			/* a capture's kind matches its argument's */
			if (mysd_kind_is_out(sc->args[s->arg].kind) !=
			    (s->when == MYSD_CAPW_SUCCESS))
				ok = false;
		}
		if (!plan_ok(sc, t->plan[nr]))
			ok = false;
		if (!ok)
			fprintf(stderr, "bad row nr %u (%s, compat=%d)\n", nr,
				mysd_syscall_name(t->compat, nr), t->compat);
		CHECK(ok);
	}
	CHECK(decoded >= 80);
	printf("%s table: %u decoded syscalls, %u slots, %u names\n",
	       t->compat ? "compat" : "native", decoded, t->nsc, t->nnames);

	/* names: lower-case identifiers; out of range is NULL */
	for (nr = 0; nr < t->nnames; nr++) {
		const char *name = t->names[nr];
		const char *p;
		bool ok = true;

		if (!name)
			continue;
		for (p = name; *p; p++)
			if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_'))
				ok = false;
		CHECK(ok && name[0]);
	}
	CHECK(mysd_syscall_name(t->compat, t->nnames) == NULL);
	CHECK(mysd_syscall_name(t->compat, 0xffffffffu) == NULL);
	CHECK(mysd_syscall_desc(t->compat, 0xffffffffu) == NULL);

	/*
	 * Private rows: found by their number, named, and never capturing
	 * (mysd_syscall_captures() does not look at them).
	 */
	for (nr = 0; nr < t->npriv; nr++) {
		const struct mysd_private_sc *p = &t->priv[nr];
		const struct mysd_capture_spec *specs;
		const char *q;
		bool ok = p->name && p->name[0] && p->off < 0x800;
		unsigned int i;

		for (q = p->name; ok && *q; q++)
			if (!(islower((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '_'))
				ok = false;
		for (i = 0; i < MYSD_MAX_ARGS; i++) {
			struct mysd_capture_spec cs;

			if (mysd_arg_capture(p->sc.args, i, t->compat, &cs))
				ok = false;
		}
		CHECK(ok);
		CHECK(t->priv_base + p->off >= t->nsc && t->priv_base + p->off >= t->nnames);
		CHECK(mysd_private_find(t, t->priv_base + p->off) == p);
		CHECK_STR(mysd_syscall_name(t->compat, t->priv_base + p->off) ?: "", p->name);
		CHECK(mysd_syscall_desc(t->compat, t->priv_base + p->off) ==
		      (p->sc.decoded ? &p->sc : NULL));
		CHECK(mysd_syscall_captures(t->compat, t->priv_base + p->off, &specs) == 0);
	}
}

/*
 * ARM private syscalls sit at a base (0x0f0000) plus a small number, past
 * the arrays. The host ABIs have none (table.c and table_compat.c list
 * them from __ARM_NR_x only in arm kernels), so a stand-in list with
 * arm's layout exercises the lookup; only an arm guest proves the real one.
 */
#define TBASE 0x0f0000u
static const struct mysd_private_sc tpriv[] = {
	PSC0(TBASE, TBASE + 2, "cacheflush"),
	PSC(TBASE, TBASE + 5, "set_tls", A(HEX, "tls")),
};

static void check_private_find(void)
{
	struct mysd_abi_table t = { .priv = tpriv, .npriv = ARRAY_SIZE(tpriv),
				    .priv_base = TBASE };

	CHECK(mysd_private_find(&t, TBASE + 5) == &tpriv[1]);
	CHECK(mysd_private_find(&t, TBASE + 2) == &tpriv[0]);
	CHECK(mysd_private_find(&t, TBASE) == NULL);
	CHECK(mysd_private_find(&t, TBASE + 3) == NULL);
	CHECK(mysd_private_find(&t, TBASE + 0x10005) == NULL);
	CHECK(mysd_private_find(&t, 5) == NULL);	/* below the base */
	CHECK(mysd_private_find(&t, 0xffffffffu) == NULL);
	t.priv_base = 0x9f0000;		/* another base: another numbering */
	CHECK(mysd_private_find(&t, TBASE + 5) == NULL);
	CHECK(mysd_private_find(&t, 0x9f0005) == &tpriv[1]);
	t.priv = NULL;
	CHECK(mysd_private_find(&t, 0x9f0005) == NULL);
}

/* Give the native table the stand-in list when its header has none. */
static void install_private(struct mysd_abi_table *t)
{
	if (t->priv)
		return;
	t->priv = tpriv;
	t->npriv = ARRAY_SIZE(tpriv);
	t->priv_base = TBASE;
	CHECK_STR(mysd_syscall_name(t->compat, TBASE + 5) ?: "", "set_tls");
	CHECK_STR(mysd_syscall_name(t->compat, TBASE + 2) ?: "", "cacheflush");
	CHECK(mysd_syscall_name(t->compat, TBASE + 3) == NULL);
	CHECK(mysd_syscall_desc(t->compat, TBASE + 5) == &tpriv[1].sc);
	CHECK(mysd_syscall_desc(t->compat, TBASE + 2) == NULL);	/* raw args */
}

#define NAME(x) CHECK_STR(mysd_syscall_name(false, __NR_##x) ?: "(null)", #x)

static void check_names(void)
{
	NAME(read); NAME(write); NAME(openat); NAME(close); NAME(fstat);
	NAME(mmap); NAME(munmap); NAME(mprotect); NAME(brk); NAME(clone);
	NAME(clone3); NAME(execve); NAME(execveat); NAME(exit); NAME(exit_group);
	NAME(wait4); NAME(kill); NAME(tgkill); NAME(getpid); NAME(gettid);
	NAME(socket); NAME(accept4); NAME(recvfrom); NAME(sendto);
	NAME(futex); NAME(ppoll); NAME(epoll_pwait); NAME(getpriority);
	NAME(rt_sigreturn); NAME(io_uring_setup); NAME(statx);
	NAME(newfstatat); NAME(getrandom); NAME(memfd_create);
	NAME(pidfd_open); NAME(close_range); NAME(openat2);
#ifdef __NR_open
	NAME(open);
#endif
#ifdef __NR_arch_prctl
	NAME(arch_prctl);
#endif
}

static void check_captures(void)
{
	const struct mysd_capture_spec *s;
	unsigned int n;

	n = mysd_syscall_captures(false, __NR_read, &s);
	CHECK(n == 1 && s[0].arg == 1 && s[0].kind == MYSD_CAP_BUF &&
	      s[0].len_src == MYSD_LEN_RET_ARG && s[0].len_arg == 2 &&
	      s[0].when == MYSD_CAPW_SUCCESS && s[0].max == 0);
	n = mysd_syscall_captures(false, __NR_getrandom, &s);
	CHECK(n == 1 && s[0].arg == 0 && s[0].len_src == MYSD_LEN_RET_ARG &&
	      s[0].len_arg == 1);
	n = mysd_syscall_captures(false, __NR_write, &s);
	CHECK(n == 1 && s[0].arg == 1 && s[0].len_src == MYSD_LEN_ARG &&
	      s[0].len_arg == 2 && s[0].when == MYSD_CAPW_ALWAYS);
	n = mysd_syscall_captures(false, __NR_openat, &s);
	CHECK(n == 1 && s[0].arg == 1 && s[0].kind == MYSD_CAP_STR &&
	      s[0].len_src == MYSD_LEN_STRING && s[0].when == MYSD_CAPW_ALWAYS);
	n = mysd_syscall_captures(false, __NR_accept4, &s);
	CHECK(n == 1 && s[0].arg == 1 && s[0].kind == MYSD_CAP_SOCKADDR &&
	      s[0].len_src == MYSD_LEN_ARGPTR && s[0].len_arg == 2 &&
	      s[0].when == MYSD_CAPW_SUCCESS && s[0].max == 128);
	/* sendto's size is a size_t, its address's length an int */
	n = mysd_syscall_captures(false, __NR_sendto, &s);
	CHECK(n == 2 && s[0].arg == 1 && s[0].len_src == MYSD_LEN_ARG &&
	      s[1].arg == 4 && s[1].len_src == MYSD_LEN_ARG_INT &&
	      s[1].len_arg == 5);
	n = mysd_syscall_captures(false, __NR_connect, &s);
	CHECK(n == 1 && s[0].len_src == MYSD_LEN_ARG_INT && s[0].len_arg == 2);
	/* counts the kernel takes as an unsigned int */
	n = mysd_syscall_captures(false, __NR_semop, &s);
	CHECK(n == 1 && s[0].len_src == MYSD_LEN_ARG_UINT && s[0].len_arg == 2);
	n = mysd_syscall_captures(false, __NR_sched_setaffinity, &s);
	CHECK(n == 1 && s[0].len_src == MYSD_LEN_ARG_UINT && s[0].len_arg == 1);
	/* an int, as setgroups' count: a negative one reads nothing */
	n = mysd_syscall_captures(false, __NR_setsockopt, &s);
	CHECK(n == 1 && s[0].len_src == MYSD_LEN_ARG_INT && s[0].len_arg == 4);
	n = mysd_syscall_captures(false, __NR_execve, &s);
	CHECK(n == 3 && s[0].kind == MYSD_CAP_STR && s[1].kind == MYSD_CAP_ARGV &&
	      s[1].len_src == MYSD_LEN_ARGV && s[2].arg == 2 &&
	      s[2].len_src == MYSD_LEN_COUNT && s[2].max == sizeof(u32));
	n = mysd_syscall_captures(false, __NR_ppoll, &s);
	CHECK(n == 3 && s[0].len_src == MYSD_LEN_ARG_UINT && s[0].len_arg == 1 &&
	      s[0].scale == 8 && s[0].max == 64);
	n = mysd_syscall_captures(false, __NR_fstat, &s);
	/* struct stat up to st_size, the last field printed */
	CHECK(n == 1 && s[0].len_src == MYSD_LEN_FIXED &&
	      s[0].max == offsetof(struct stat, st_size) + sizeof(off_t));
	/* gid lists: setgroups' of args[0] ids, getgroups' of res, 32 shown */
	n = mysd_syscall_captures(false, __NR_setgroups, &s);
	CHECK(n == 1 && s[0].arg == 1 && s[0].len_src == MYSD_LEN_ARG_INT &&
	      s[0].len_arg == 0 && s[0].scale == 4 && s[0].max == 128 &&
	      s[0].when == MYSD_CAPW_ALWAYS);
	n = mysd_syscall_captures(false, __NR_getgroups, &s);
	CHECK(n == 1 && s[0].len_src == MYSD_LEN_RET && s[0].scale == 4 &&
	      s[0].max == 128 && s[0].when == MYSD_CAPW_SUCCESS);
	n = mysd_syscall_captures(false, __NR_getresuid, &s);
	CHECK(n == 3 && s[2].arg == 2 && s[2].max == 4 &&
	      s[2].when == MYSD_CAPW_SUCCESS);
	n = mysd_syscall_captures(false, __NR_sigaltstack, &s);
	CHECK(n == 2 && s[0].max == 24 && s[0].when == MYSD_CAPW_ALWAYS &&
	      s[1].max == 24 && s[1].when == MYSD_CAPW_SUCCESS);
	n = mysd_syscall_captures(false, __NR_getdents64, &s);
	CHECK(n == 1 && s[0].arg == 1 && s[0].len_src == MYSD_LEN_RET &&
	      s[0].max == 256 && s[0].when == MYSD_CAPW_SUCCESS);
	n = mysd_syscall_captures(false, __NR_sendfile, &s);
	CHECK(n == 1 && s[0].arg == 2 && s[0].max == 8 &&
	      s[0].when == MYSD_CAPW_SUCCESS);
	/* futex's timeout, read only for the ops that wait (the probe's op test) */
	n = mysd_syscall_captures(false, __NR_futex, &s);
	CHECK(n == 1 && s[0].arg == 3 && s[0].len_src == MYSD_LEN_FUTEX &&
	      s[0].len_arg == 1 && s[0].max == 2 * sizeof(long) &&
	      s[0].when == MYSD_CAPW_ALWAYS);
	CHECK(mysd_futex_arg4(FUTEX_WAIT_PRIVATE) == MYSD_FUTEX_ARG4_TIMEOUT);
	CHECK(mysd_futex_arg4(FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME) ==
	      MYSD_FUTEX_ARG4_TIMEOUT);
	CHECK(mysd_futex_arg4(FUTEX_LOCK_PI) == MYSD_FUTEX_ARG4_TIMEOUT);
	CHECK(mysd_futex_arg4(FUTEX_LOCK_PI2) == MYSD_FUTEX_ARG4_TIMEOUT);
	CHECK(mysd_futex_arg4(FUTEX_WAIT_REQUEUE_PI) == MYSD_FUTEX_ARG4_TIMEOUT);
	CHECK(mysd_futex_arg4(FUTEX_WAKE_PRIVATE) == MYSD_FUTEX_ARG4_UNUSED);
	CHECK(mysd_futex_arg4(FUTEX_WAKE_BITSET) == MYSD_FUTEX_ARG4_UNUSED);
	CHECK(mysd_futex_arg4(FUTEX_UNLOCK_PI) == MYSD_FUTEX_ARG4_UNUSED);
	CHECK(mysd_futex_arg4(FUTEX_TRYLOCK_PI) == MYSD_FUTEX_ARG4_UNUSED);
	CHECK(mysd_futex_arg4(FUTEX_REQUEUE) == MYSD_FUTEX_ARG4_VAL2);
	CHECK(mysd_futex_arg4(FUTEX_CMP_REQUEUE_PRIVATE) == MYSD_FUTEX_ARG4_VAL2);
	CHECK(mysd_futex_arg4(FUTEX_CMP_REQUEUE_PI) == MYSD_FUTEX_ARG4_VAL2);
	CHECK(mysd_futex_arg4(FUTEX_WAKE_OP_PRIVATE) == MYSD_FUTEX_ARG4_VAL2);
	/* an unknown command (ENOSYS): a pointer, never read */
	CHECK(mysd_futex_arg4(FUTEX_WAIT | 0x40) == MYSD_FUTEX_ARG4_PTR);
	CHECK(mysd_futex_arg4(99) == MYSD_FUTEX_ARG4_PTR);
	n = mysd_syscall_captures(false, __NR_getpid, &s);
	CHECK(n == 0);
	n = mysd_syscall_captures(false, __NR_getpriority, &s);
	CHECK(n == 0);
	s = (const void *)&n;
	n = mysd_syscall_captures(false, 0xffffffffu, &s);
	CHECK(n == 0 && s == NULL);
	n = mysd_syscall_captures(false, mysd_native_abi.nsc, &s);
	CHECK(n == 0 && s == NULL);
}

/* The syscalls every Linux system makes all the time are all decoded. */
#define DECODED(x) do {							\
	if (!mysd_syscall_desc(false, __NR_##x))			\
		fprintf(stderr, "not decoded: %s\n", #x);		\
	CHECK(mysd_syscall_desc(false, __NR_##x) != NULL);		\
} while (0)

static void check_decoded(void)
{
	DECODED(openat); DECODED(close); DECODED(read); DECODED(write);
	DECODED(pread64); DECODED(pwrite64); DECODED(readv); DECODED(writev);
	DECODED(preadv); DECODED(pwritev); DECODED(preadv2); DECODED(pwritev2);
	DECODED(lseek); DECODED(fstat); DECODED(newfstatat); DECODED(statx);
	DECODED(fcntl); DECODED(dup); DECODED(dup3); DECODED(pipe2);
	DECODED(getdents64); DECODED(readlinkat); DECODED(faccessat);
	DECODED(mkdirat); DECODED(unlinkat); DECODED(renameat2); DECODED(fchmod);
	DECODED(fchown); DECODED(ftruncate); DECODED(fsync); DECODED(getcwd);
	DECODED(chdir); DECODED(mmap); DECODED(munmap); DECODED(mprotect);
	DECODED(brk); DECODED(madvise); DECODED(mremap); DECODED(clone);
	DECODED(clone3); DECODED(execve); DECODED(execveat); DECODED(exit);
	DECODED(exit_group); DECODED(wait4); DECODED(kill); DECODED(tgkill);
	DECODED(getpid); DECODED(getppid); DECODED(gettid); DECODED(getuid);
	DECODED(geteuid); DECODED(getgid); DECODED(getegid);
	DECODED(set_tid_address); DECODED(prctl); DECODED(prlimit64);
	DECODED(sched_yield); DECODED(uname); DECODED(socket); DECODED(bind);
	DECODED(listen); DECODED(connect); DECODED(accept); DECODED(accept4);
	DECODED(sendto); DECODED(recvfrom); DECODED(sendmsg); DECODED(recvmsg);
	DECODED(setsockopt); DECODED(getsockopt); DECODED(getsockname);
	DECODED(getpeername); DECODED(shutdown); DECODED(socketpair);
	DECODED(ppoll); DECODED(pselect6); DECODED(epoll_create1);
	DECODED(epoll_ctl); DECODED(epoll_pwait); DECODED(eventfd2);
	DECODED(epoll_pwait2);
	DECODED(rt_sigaction); DECODED(rt_sigprocmask); DECODED(rt_sigreturn);
	DECODED(sigaltstack); DECODED(nanosleep); DECODED(clock_gettime);
	DECODED(clock_nanosleep); DECODED(gettimeofday); DECODED(futex);
	DECODED(ioctl); DECODED(getrandom); DECODED(sendfile);
	DECODED(memfd_create); DECODED(set_robust_list); DECODED(rseq);
}

/*
 * Every row (private ones too), fed garbage registers and no captures,
 * still yields one line of the grammar: the prefix, its own name, a res
 * field, one newline.
 */
static void check_every_row_formats(struct mysd_abi_table *t)
{
	static u64 raw[MYSD_EVENT_MAX / 8];
	struct mysd_event *ev = (struct mysd_event *)raw;
	static const u64 vals[] = { 0, 1, 0xffffffffffffffffULL, 0x7fff12345678ULL,
				    0xffffff9cULL, 0x80000000ULL };
	char line[MYSD_LINE_MAX], want[64];
	unsigned int nr, v, i;

	for (nr = 0; nr < t->nsc + t->npriv; nr++) {
		if (nr < t->nsc && !t->sc[nr].decoded)
			continue;
		for (v = 0; v < ARRAY_SIZE(vals); v++) {
			bool ok;

			memset(raw, 0, sizeof(raw));
			ev->size = sizeof(*ev);
			ev->nr = nr < t->nsc ? nr : t->priv_base + t->priv[nr - t->nsc].off;
			ev->flags = t->compat ? MYSD_EVF_COMPAT : 0;
			ev->ret = v & 1 ? -1 : (s64)vals[v];
			for (i = 0; i < MYSD_MAX_ARGS; i++)
				ev->args[i] = vals[(v + i) % ARRAY_SIZE(vals)];
			memcpy(ev->comm, "x", 1);
			mysd_format_event(ev, line, sizeof(line));
			snprintf(want, sizeof(want), ", pid=0, %s, ",
				 mysd_syscall_name(t->compat, ev->nr));
			ok = strncmp(line, "ts=0.000000000, ", 16) == 0 &&
			     strstr(line, want) && strstr(line, ", res=") &&
			     strchr(line, '\n') == line + strlen(line) - 1;
			if (!ok)
				fprintf(stderr, "bad line: %s", line);
			CHECK(ok);
		}
	}
}

int main(void)
{
	mysd_table_init();
	check_private_find();
	install_private(&mysd_native_abi);
	check_abi(&mysd_native_abi);
#ifdef MYSD_HAVE_COMPAT
	check_abi(&mysd_compat_abi);
#endif
	check_names();
	check_captures();
	check_decoded();
	check_every_row_formats(&mysd_native_abi);
#ifdef MYSD_HAVE_COMPAT
	check_every_row_formats(&mysd_compat_abi);
#endif
	return check_summary("test_table");
}
