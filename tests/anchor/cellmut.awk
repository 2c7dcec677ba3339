# cellmut.awk — prints a .regl file with the j-th string of its k-th
# appendix line (a `column` or a `box`) or participants name changed by one
# byte: an "x" before its closing quote.  Exits 3 when there is no such
# string.  Used by tests/run.sh: every such change must be reported (E0702).
{
	if ($0 ~ /^[ \t]*(column|box)[ \t]/ || (inpart && $0 ~ /^[ \t]*"/)) {
		if (++c == k) {
			out = ""; rest = $0; n = 0
			while ((p = index(rest, "\"")) > 0) {
				# the string: from p to its closing quote
				q = p + 1
				while (q <= length(rest) && substr(rest, q, 1) != "\"")
					q += (substr(rest, q, 1) == "\\") ? 2 : 1
				n++
				if (n == j) {
					rest = substr(rest, 1, q - 1) "x" substr(rest, q)
					found = 1
					break
				}
				out = out substr(rest, 1, q)
				rest = substr(rest, q + 1)
			}
			$0 = out rest
		}
	}
	if ($0 ~ /^participants[ \t]/)
		inpart = 1
	else if ($0 ~ /^}/)
		inpart = 0
	print
}
END { if (!found) exit 3 }
