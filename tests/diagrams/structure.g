/*
 * structure.g — gvpr checks of one diagram built by `reglc build -T dot`.
 * Prints one "BAD ..." line per violation, nothing when the graph is right.
 *
 *   gvpr -f tests/diagrams/structure.g -a 'ИӘ ЖОҚ' FILE.dot
 *
 * ARGV[0], ARGV[1]: the words the yes and no branches must carry.
 * Checked:
 *  - lanes (clusters cluster_lane<k>): each holds its header h<k> and its
 *    footer f<k>; the headers share one rank (subgraph lane_headers, rank
 *    same) and so do the footers, so every lane runs the whole height;
 *  - every step and decision is in exactly one lane, the lane of its actor
 *    (node class "actor-X", cluster class "lane actor-X");
 *  - every decision has a branch labelled yes and one labelled no;
 *  - the critical path: a node or edge of class "critical" is drawn
 *    heavier (penwidth 2.2), and nothing else is;
 *  - a finding is marked by colour, a dashed border and the ⚠ glyph;
 *  - a structural finding (class "review") is a marked finding whose
 *    label carries its codes (E08.., W08..) and whose tooltip begins
 *    "reglc: ".
 */
BEG_G {
	graph_t sg, top, bottom;
	node_t n, h, f;
	edge_t e;
	string c, want, lname, lab;
	int k, found, lanes, yes, no;

	lanes = 0;
	for (sg = fstsubg($G); sg; sg = nxtsubg(sg))
		if (match(sg.name, "cluster_lane") == 0)
			lanes = lanes + 1;
	top = isSubg($G, "lane_headers");
	bottom = isSubg($G, "lane_footers");
	if (lanes > 0) {
		if (top == NULL || aget(top, "rank") != "same")
			printf("BAD %s: no rank=same subgraph of lane headers\n", $G.name);
		if (bottom == NULL || aget(bottom, "rank") != "same")
			printf("BAD %s: no rank=same subgraph of lane footers\n", $G.name);
	}
	for (k = 0; k < lanes; k = k + 1) {
		lname = sprintf("cluster_lane%d", k);
		sg = isSubg($G, lname);
		if (sg == NULL) {
			printf("BAD %s: lanes are not numbered 0..%d (no %s)\n", $G.name, lanes - 1, lname);
			continue;
		}
		h = isNode($G, sprintf("h%d", k));
		f = isNode($G, sprintf("f%d", k));
		if (h == NULL || !isSubnode(sg, h) || top == NULL || !isSubnode(top, h))
			printf("BAD %s: lane %d has no header on the top rank\n", $G.name, k);
		if (f == NULL || !isSubnode(sg, f) || bottom == NULL || !isSubnode(bottom, f))
			printf("BAD %s: lane %d has no footer on the bottom rank\n", $G.name, k);
	}

	for (n = fstnode($G); n; n = nxtnode(n)) {
		c = aget(n, "class");
		if (lanes > 0 && (match(c, "step") == 0 || match(c, "decision") == 0)) {
			found = 0;
			for (sg = fstsubg($G); sg; sg = nxtsubg(sg)) {
				if (match(sg.name, "cluster_lane") != 0 || !isSubnode(sg, n))
					continue;
				want = sub(aget(sg, "class"), "lane ");
				if (index(c + " ", want + " ") < 0)
					printf("BAD %s: %s (%s) is in the lane of %s\n", $G.name, n.name, c, want);
				found = found + 1;
			}
			if (found != 1)
				printf("BAD %s: %s (%s) is in %d lanes\n", $G.name, n.name, c, found);
		}
		if (match(c, "decision") == 0) {
			yes = 0;
			no = 0;
			for (e = fstout(n); e; e = nxtout(e)) {
				lab = aget(e, "label");
				if (index(lab, ARGV[0]) >= 0)
					yes = yes + 1;
				if (index(lab, ARGV[1]) >= 0)
					no = no + 1;
			}
			if (yes != 1 || no != 1)
				printf("BAD %s: decision %s has %d '%s' and %d '%s' branches\n",
				       $G.name, n.name, yes, ARGV[0], no, ARGV[1]);
		}
		if ((index(c + " ", " critical ") >= 0) != (aget(n, "penwidth") == "2.2"))
			printf("BAD %s: node %s (%s) has penwidth '%s'\n", $G.name, n.name, c,
			       aget(n, "penwidth"));
		if (index(c + " ", " finding ") >= 0 &&
		    (aget(n, "color") != "#c0392b" || index(aget(n, "style"), "dashed") < 0 ||
		     index(aget(n, "label"), "⚠") < 0))
			printf("BAD %s: finding %s is not marked\n", $G.name, n.name);
		if (index(c + " ", " review ") >= 0 &&
		    (index(c + " ", " finding ") < 0 ||
		     (index(aget(n, "label"), "E08") < 0 && index(aget(n, "label"), "W08") < 0) ||
		     index(aget(n, "tooltip"), "reglc: ") != 0))
			printf("BAD %s: review mark %s has no codes\n", $G.name, n.name);
		for (e = fstout(n); e; e = nxtout(e)) {
			c = aget(e, "class");
			if ((index(c + " ", " critical ") >= 0) != (aget(e, "penwidth") == "2.2"))
				printf("BAD %s: edge %s -> %s (%s) has penwidth '%s'\n", $G.name,
				       e.tail.name, e.head.name, c, aget(e, "penwidth"));
		}
	}
}
