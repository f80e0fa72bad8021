# bench-stats.awk - reduce the guest's "BENCH ..." lines (scripts/qemu/
# bench-guest.sh) to per-configuration figures. POSIX awk (mawk is enough).
#
# Every measurement is compared with the two baselines run just before and
# just after it (same round, adjacent in time), never with an absolute
# figure, then the per-round ratios are reduced to their median.
#
# Output, tab-separated:
#   AB <config> <rounds> <median ratio> <min> <max> <overhead %> <dropped>
#      <recorded> <lines> <seen> <ftrace overrun> <ratios, comma-separated>
#      <rounds without drops> <their median ratio (0: none)>
#   MICRO <config> <test> <rounds> <base ns/op> <config ns/op> <cost ratio>
#      <added ns/op> <rounds with drops>
#   BASE <median baseline rps> <baseline runs> <min> <max>
#   DRAIN <kind> <rounds> <median writer ns per line> <median lines>
#      <max lines written before the timed drain> <median bytes per line>
# with AB ratio = rps / mean(adjacent baseline rps) (throughput; below 1 is
# slower), overhead = 1 / ratio - 1 (extra time per request), MICRO cost
# ratio = ns / mean(adjacent baseline ns) (above 1 is slower).

function kv(line, key,    n, i, f, a) {
	n = split(line, f, " ")
	for (i = 1; i <= n; i++)
		if (index(f[i], key "=") == 1)
			return substr(f[i], length(key) + 2)
	return ""
}

# Median of v[1..n] (sorts v in place).
function median(v, n,    i, j, t) {
	for (i = 2; i <= n; i++) {
		t = v[i]
		for (j = i - 1; j >= 1 && v[j] > t; j--)
			v[j + 1] = v[j]
		v[j + 1] = t
	}
	if (n == 0)
		return 0
	return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}

function addcfg(c) {
	if (!(c in seencfg)) {
		seencfg[c] = 1
		cfgs[++ncfg] = c
	}
}

$1 == "BENCH" && $2 == "ab" {
	n_ab++
	ab_cfg[n_ab] = kv($0, "config")
	ab_rps[n_ab] = kv($0, "rps") + 0
	ab_drop[n_ab] = kv($0, "dropped") + 0
	c = ab_cfg[n_ab]
	if (c != "base") {
		addcfg(c)
		drop[c] += kv($0, "dropped")
		rec[c] += kv($0, "recorded")
		lines[c] += kv($0, "lines")
		seen[c] += kv($0, "seen")
		overrun[c] += kv($0, "overrun")
	}
	next
}

$1 == "BENCH" && $2 == "micro" {
	t = kv($0, "test")
	if (!(t in seentest)) {
		seentest[t] = 1
		tests[++ntest] = t
	}
	k = ++n_mi[t]
	mi_cfg[t, k] = kv($0, "config")
	mi_ns[t, k] = kv($0, "per_op") + 0
	mi_drop[t, k] = kv($0, "dropped") + 0
	if (mi_cfg[t, k] != "base")
		addmcfg(mi_cfg[t, k])
	next
}

$1 == "BENCH" && $2 == "drain" {
	k = kv($0, "kind")
	if (!(k in seenkind)) {
		seenkind[k] = 1
		kinds[++nkind] = k
	}
	j = ++n_dr[k]
	nl = kv($0, "lines") + 0
	dr_nspl[k, j] = nl ? (kv($0, "ns") - kv($0, "empty_ns")) / nl : 0
	dr_lines[k, j] = nl
	dr_bpl[k, j] = nl ? kv($0, "bytes") / nl : 0
	if (kv($0, "lines_before") + 0 > dr_before[k])
		dr_before[k] = kv($0, "lines_before") + 0
	next
}

function addmcfg(c) {
	if (!(c in seenmcfg)) {
		seenmcfg[c] = 1
		mcfgs[++nmcfg] = c
	}
}

END {
	nb = 0
	for (i = 1; i <= n_ab; i++)
		if (ab_cfg[i] == "base")
			b[++nb] = ab_rps[i]
	if (nb) {
		bmin = bmax = b[1]
		for (i = 1; i <= nb; i++) {
			if (b[i] < bmin) bmin = b[i]
			if (b[i] > bmax) bmax = b[i]
		}
		printf "BASE\t%.2f\t%d\t%.2f\t%.2f\n", median(b, nb), nb, bmin, bmax
	}
	for (ci = 1; ci <= ncfg; ci++) {
		c = cfgs[ci]
		n = 0
		nc = 0
		list = ""
		for (i = 2; i < n_ab; i++) {
			if (ab_cfg[i] != c || ab_cfg[i - 1] != "base" || ab_cfg[i + 1] != "base")
				continue
			r = ab_rps[i] / ((ab_rps[i - 1] + ab_rps[i + 1]) / 2)
			if (!ab_drop[i])
				cv[++nc] = r
			v[++n] = r
			list = list (list == "" ? "" : ",") sprintf("%.4f", r)
		}
		if (!n)
			continue
		lo = hi = v[1]
		for (i = 1; i <= n; i++) {
			if (v[i] < lo) lo = v[i]
			if (v[i] > hi) hi = v[i]
		}
		m = median(v, n)
		printf "AB\t%s\t%d\t%.4f\t%.4f\t%.4f\t%.2f\t%d\t%d\t%d\t%d\t%d\t%s\t%d\t%.4f\n",
		       c, n, m, lo, hi, (1 / m - 1) * 100, drop[c], rec[c],
		       lines[c], seen[c], overrun[c], list, nc, median(cv, nc)
	}
	for (ki = 1; ki <= nkind; ki++) {
		k = kinds[ki]
		n = n_dr[k]
		for (j = 1; j <= n; j++) {
			xv[j] = dr_nspl[k, j]
			yv[j] = dr_lines[k, j]
			zv[j] = dr_bpl[k, j]
		}
		printf "DRAIN\t%s\t%d\t%.0f\t%d\t%d\t%.0f\n", k, n, median(xv, n),
		       median(yv, n), dr_before[k], median(zv, n)
	}
	for (ti = 1; ti <= ntest; ti++) {
		t = tests[ti]
		for (ci = 1; ci <= nmcfg; ci++) {
			c = mcfgs[ci]
			n = 0
			nd = 0
			for (i = 2; i < n_mi[t]; i++) {
				if (mi_cfg[t, i] != c || mi_cfg[t, i - 1] != "base" ||
				    mi_cfg[t, i + 1] != "base")
					continue
				base = (mi_ns[t, i - 1] + mi_ns[t, i + 1]) / 2
				n++
				bv[n] = base
				cv[n] = mi_ns[t, i]
				rv[n] = mi_ns[t, i] / base
				av[n] = mi_ns[t, i] - base
				if (mi_drop[t, i])
					nd++
			}
			if (!n)
				continue
			printf "MICRO\t%s\t%s\t%d\t%.1f\t%.1f\t%.3f\t%.1f\t%d\n", c, t, n,
			       median(bv, n), median(cv, n), median(rv, n), median(av, n), nd
		}
	}
}
