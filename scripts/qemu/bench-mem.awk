#!/usr/bin/awk -f
# bench-mem.awk: the memory table of bench/results.md, from bench-guest.sh's
# "BENCH mem round=R state=S [module_kb=K] [buffer_kb=K] slab=K
# vmallocused=K kernelstack=K percpu=K" lines. Each state is taken against
# its round's "before"; median over the rounds, in KiB.

function median(list,    n, a, i, j, t) {
	n = split(list, a, " ")
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) {
			t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
		}
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}

function add(s, name, kb) {
	col[s, name] = col[s, name] " " kb
}

$1 == "BENCH" && $2 == "mem" {
	delete v
	for (i = 3; i <= NF; i++) {
		split($i, kv, "=")
		v[kv[1]] = kv[2]
	}
	r = v["round"]
	s = v["state"]
	if (s == "before") {
		for (k in v)
			before[r, k] = v[k]
		next
	}
	if (!((r, "slab") in before))
		next
	seen[s] = 1
	total = v["buffer_kb"]
	add(s, "buffer_kb", v["buffer_kb"] + 0)
	n = split("vmallocused slab kernelstack percpu", f, " ")
	for (i = 1; i <= n; i++) {
		d = v[f[i]] - before[r, f[i]]
		add(s, f[i], d)
		total += d
	}
	add(s, "total", total)
	if ("module_kb" in v)
		module_kb = module_kb " " v["module_kb"]
}

END {
	label["loaded"] = "loaded, default parameters"
	label["unloaded"] = "after rmmod (not given back)"
	label["follow"] = "loaded, `pid=1 follow_forks=1`"
	print "| state | rings | VmallocUsed | Slab | KernelStack | Percpu | in all |"
	print "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
	n = split("loaded unloaded follow", order, " ")
	m = split("buffer_kb vmallocused slab kernelstack percpu total", f, " ")
	for (i = 1; i <= n; i++) {
		s = order[i]
		if (!(s in seen))
			continue
		printf "| %s |", label[s]
		for (j = 1; j <= m; j++)
			printf " %d |", median(col[s, f[j]])
		printf "\n"
	}
	if (module_kb != "")
		printf "\nThe module's code and data are %d KiB of the VmallocUsed figure (/proc/modules).\n",
		       median(module_kb)
}
