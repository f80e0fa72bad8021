# SPDX-License-Identifier: GPL-2.0
# check-lines.awk - do the expected lines appear in the record, in order?
#
#   awk -f check-lines.awk [-v pids="P1 P2"] EXPECTED RECORD
#
# EXPECTED: lines written by workload (no "ts=..., " field; "<*>" matches
# any text). RECORD: the record file. The leading "ts=<sec>.<ns>, " of each
# record line is stripped (and must be well formed). Expectations are
# grouped by tid: each tid's expected lines must appear in that tid's record
# lines in the same order (other lines may come between). With pids=, only
# expectations whose pid= is in the list are checked.
# Exit 0 if all found (and at least one expectation was selected); else prints "MISSING: <line>" for the first missing
# line of each tid, with up to 3 record lines of that tid and syscall after
# the last match as "  got: <line>", and exits 1.

function field(s, key,    m) {
	if (match(s, ", " key "=[0-9]+,"))
		return substr(s, RSTART + length(key) + 3, RLENGTH - length(key) - 4)
	return ""
}

# The syscall name: the field after pid=.
function scname(s,    t) {
	t = s
	if (!sub(/^.*, pid=[0-9]+, /, "", t))
		return ""
	sub(/,.*/, "", t)
	return t
}

# s matches pattern p where "<*>" in p matches any text.
function gmatch(p, s,    n, parts, i, pos, k) {
	n = split(p, parts, /<\*>/)
	if (n == 1)
		return p == s
	if (substr(s, 1, length(parts[1])) != parts[1])
		return 0
	pos = length(parts[1]) + 1
	for (i = 2; i < n; i++) {
		k = index(substr(s, pos), parts[i])
		if (!k)
			return 0
		pos += k - 1 + length(parts[i])
	}
	if (length(s) - pos + 1 < length(parts[n]))
		return 0
	return substr(s, length(s) - length(parts[n]) + 1) == parts[n]
}

BEGIN {
	np = split(pids, pl, " ")
	for (i = 1; i <= np; i++)
		want[pl[i]] = 1
}

FNR == NR {
	if ($0 == "")
		next
	if (np && !(field($0, "pid") in want))
		next
	t = field($0, "tid")
	if (t == "") {
		print "BAD EXPECTATION: " $0
		bad = 1
		next
	}
	if (!(t in cnt))
		tids[++ntid] = t
	ex[t, ++cnt[t]] = $0
	next
}

{
	line = $0
	if (!sub(/^ts=[0-9]+\.[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9], /, "", line))
		next
	t = field(line, "tid")
	if (t == "" || !(t in cnt))
		next
	rec[t, ++nrec[t]] = line
	if (pos[t] < cnt[t] && gmatch(ex[t, pos[t] + 1], line)) {
		pos[t]++
		last[t] = nrec[t]
	}
}

END {
	if (!ntid) {	# pids= matched none: nothing was checked
		print "NO EXPECTATION SELECTED (pids=" pids ")"
		exit 1
	}
	for (i = 1; i <= ntid; i++) {
		t = tids[i]
		if (pos[t] == cnt[t])
			continue
		bad = 1
		want_line = ex[t, pos[t] + 1]
		print "MISSING (tid " t ", " (pos[t] + 0) "/" cnt[t] " found): " want_line
		name = scname(want_line)
		shown = 0
		for (j = last[t] + 1; j <= nrec[t] && shown < 3; j++)
			if (scname(rec[t, j]) == name) {
				print "  got: " rec[t, j]
				shown++
			}
		if (!nrec[t])
			print "  (no record line has tid=" t ")"
	}
	exit bad
}
