#!/usr/bin/env python3
"""gen.py DIR — write the hostile inputs that are binary or too big to commit
into DIR (tests/hostile/run.sh runs them; tests/hostile/expect lists what
each must give).  Deterministic: the same files every run."""
import os
import sys

d = sys.argv[1]
os.makedirs(d, exist_ok=True)


def put(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


HEAD = 'regulation hostile\nactor office staff "Кеңсе"\n'

put("empty.regl", b"")
put("bom-only.regl", b"\xef\xbb\xbf")
put("utf8-overlong.regl", HEAD.encode() + b'route r "\xc0\xaf" {\n  end result\n}\n')
put("utf8-overlong3.regl", HEAD.encode() + b'route r "\xe0\x80\xaf" {\n  end result\n}\n')
put("utf8-surrogate.regl", HEAD.encode() + b'route r "\xed\xa0\x80" {\n  end result\n}\n')
put("utf8-truncated.regl", HEAD.encode() + b'route r "x" {\n  end result\n}\n\xe2\x82')
put("utf8-beyond.regl", HEAD.encode() + b'route r "\xf4\x90\x80\x80" {\n  end result\n}\n')
put("nul-bytes.regl", HEAD.encode() + b'route r "a\x00b" {\n\x00  end result\n}\n')
# CR-only line ends (classic Mac OS): lines are counted, so the unknown
# actor is reported on line 4
put("cr-only.regl", (HEAD + 'route r "x" {\n  nobody "a" <= 5 min\n  end result\n}\n').replace("\n", "\r"))
put("cr-only-clean.regl", (HEAD + 'route r "x" {\n  office "a" <= 5 min\n  end result\n}\n').replace("\n", "\r"))
put("unterminated-eof.regl", HEAD + 'route r "x" {\n  office "never closed')
# 10 MB on one line: a comment, then a string, each 5 MB.
put("long-line.regl", HEAD + "# " + "ж" * (2 * 1024 * 1024) + ' "' + "x" * (5 * 1024 * 1024) + '"\n')
# 100 000 steps in one route
steps = "".join('  office "қадам %d" <= 1 min\n' % i for i in range(100000))
put("steps-100k.regl", HEAD + 'route r "x" {\n' + steps + "  end result\n}\n")
# 10 000 routes
put("routes-10k.regl", HEAD + "".join(
    'route r%d "x" {\n  office "a" <= 1 min\n  end result\n}\n' % i for i in range(10000)))
# decisions nested 10 000 deep
n = 10000
put("nest-10k.regl", HEAD + 'route r "x" {\n' + '  if office "?" yes {\n' * n
    + "  end result\n" + "  }\n" * n + "  end result\n}\n")
# nested 900 deep: under the limit, must work
n = 900
put("nest-900.regl", HEAD + 'route r "x" {\n' + '  if office "?" yes {\n' * n
    + "  end result\n" + "  }\n" * n + "  end result\n}\n")
# reuse of reuse, doubling at each of 40 levels: 2^40 steps if expanded
s = HEAD + 'route r0 "x" {\n  a: office "a" <= 1 min\n  b: office "b" <= 1 min\n  end result\n}\n'
for i in range(1, 41):
    s += ('route r%d "x" {\n  a: office "a" <= 1 min\n  use r%d.a .. r%d.b\n'
          '  use r%d.a .. r%d.b\n  b: office "b" <= 1 min\n  end result\n}\n') % (i, i - 1, i - 1, i - 1, i - 1)
put("reuse-doubling.regl", s)
# 9 000 steps of 10^12 calendar days: the totals overflow 64-bit minutes
put("sum-overflow.regl", HEAD + 'term result within 1 cd\n' + 'route r "x" {\n'
    + '  office "a" <= 1000000000000 cd\n' * 9000 + "  end result\n}\n")
# 495 steps: at the limit of what build draws (500 nodes)
put("steps-495.regl", HEAD + 'route r "x" {\n'
    + "".join('  office "қадам %d" <= 1 min\n' % i for i in range(495)) + "  end result\n}\n")
# 1 200 steps: checked, but too large to draw
put("steps-1200.regl", HEAD + 'route r "x" {\n'
    + "".join('  office "қадам %d" <= 1 min\n' % i for i in range(1200)) + "  end result\n}\n")
# Exactly 16 MiB is within the limit, one byte more is not: a clean
# regulation padded with a comment to the size.
def padded(name, size):
    text = (HEAD + 'route r "x" {\n  office "a" <= 1 min\n  end result\n}\n').encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(text + b"#" + b"x" * (size - len(text) - 2) + b"\n")
padded("limit-16mib.regl", 16 * 1024 * 1024)
padded("limit-16mib-plus-1.regl", 16 * 1024 * 1024 + 1)
# 17 MiB: past the file-size limit (sparse: no disk is used)
with open(os.path.join(d, "too-large.regl"), "wb") as f:
    f.truncate(17 * 1024 * 1024)
