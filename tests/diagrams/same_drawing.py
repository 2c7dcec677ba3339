#!/usr/bin/env python3
"""same_drawing.py DIR — each diagram is laid out once per build: every
figure of DIR/*/handbook.*.html is, byte for byte, the drawing in the SVG
file beside it (from its <svg> element on, without comments, with the ids
the handbook prefixes so that figures never share one).  Prints one line
per mismatch and exits 1; prints the number of figures compared."""
import glob, os, re, sys

bad = 0
seen = 0
kinds = {"b": "appendix-2", "l": "appendix-3", "s": "systems"}
for page in sorted(glob.glob(os.path.join(sys.argv[1], "*", "handbook.*.html"))):
    folder = os.path.dirname(page)
    lang = page.rsplit(".", 2)[1]
    html = open(page, encoding="utf-8").read()
    for m in re.finditer(r'<figure class="diagram ([a-z0-9-]+)">\n(<svg.*?</svg>)\n</figure>', html, re.S):
        svg = m.group(2)
        ids = re.search(r' id="([bls])-(.+?)-graph0"', svg)
        if not ids:
            print(f"{page}: a figure without its graph id")
            bad += 1
            continue
        pfx = f"{ids.group(1)}-{ids.group(2)}-"
        name = os.path.join(folder, f"{kinds[ids.group(1)]}.{ids.group(2)}.{lang}.svg")
        if not os.path.exists(name):
            continue
        text = open(name, encoding="utf-8").read()
        text = text[text.index("<svg"):].rstrip("\n ")
        text = re.sub(r"<!--.*?-->\n?", "", text, flags=re.S)
        for ref in (' id="', "url(#", 'href="#'):
            text = text.replace(ref, ref + pfx)
        seen += 1
        if text != svg:
            print(f"{page}: the figure of {name} is another drawing")
            bad += 1
print(f"{seen} figures compared")
sys.exit(1 if bad or not seen else 0)
