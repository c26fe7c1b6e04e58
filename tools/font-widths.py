#!/usr/bin/env python3
"""Generates the advance-width table used to measure SEO titles as a search result renders them (Arial, 20 px).

Reads Liberation Sans Regular (metric-compatible with Arial; Debian package fonts-liberation2) with the standard
library only: the cmap (format 4) and hmtx tables. Writes one line per code point: "<hex code point> <advance in
font units>", after a header line "unitsPerEm <n>". Covers Basic Latin, Latin-1, Latin Extended-A/B, Greek,
Cyrillic, general punctuation and currency symbols.

    python3 tools/font-widths.py /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf > src/Copywise/Text/Data/title-font-widths.txt
"""
import struct
import sys

RANGES = [(0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x2000, 0x206F), (0x20A0, 0x20BF)]


def tables(data):
    num = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(num):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        out[tag.decode("latin-1")] = (offset, length)
    return out


def cmap_format4(data, offset):
    num = struct.unpack(">H", data[offset + 2: offset + 4])[0]
    best = None
    for i in range(num):
        platform, encoding, sub = struct.unpack(">HHI", data[offset + 4 + 8 * i: offset + 12 + 8 * i])
        if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(">H", data[offset + sub: offset + sub + 2])[0] == 4:
            best = offset + sub
    if best is None:
        raise SystemExit("no format 4 cmap")
    o = best
    segx2 = struct.unpack(">H", data[o + 6: o + 8])[0]
    ends = struct.unpack(">%dH" % (segx2 // 2), data[o + 14: o + 14 + segx2])
    starts = struct.unpack(">%dH" % (segx2 // 2), data[o + 16 + segx2: o + 16 + 2 * segx2])
    deltas = struct.unpack(">%dh" % (segx2 // 2), data[o + 16 + 2 * segx2: o + 16 + 3 * segx2])
    range_base = o + 16 + 3 * segx2
    offsets = struct.unpack(">%dH" % (segx2 // 2), data[range_base: range_base + segx2])
    mapping = {}
    for seg in range(segx2 // 2):
        for c in range(starts[seg], ends[seg] + 1):
            if c == 0xFFFF:
                continue
            if offsets[seg] == 0:
                glyph = (c + deltas[seg]) & 0xFFFF
            else:
                addr = range_base + 2 * seg + offsets[seg] + 2 * (c - starts[seg])
                glyph = struct.unpack(">H", data[addr: addr + 2])[0]
                if glyph:
                    glyph = (glyph + deltas[seg]) & 0xFFFF
            if glyph:
                mapping[c] = glyph
    return mapping


def main(path):
    data = open(path, "rb").read()
    t = tables(data)
    units = struct.unpack(">H", data[t["head"][0] + 18: t["head"][0] + 20])[0]
    metrics = struct.unpack(">H", data[t["hhea"][0] + 34: t["hhea"][0] + 36])[0]
    hmtx = t["hmtx"][0]
    advances = [struct.unpack(">H", data[hmtx + 4 * i: hmtx + 4 * i + 2])[0] for i in range(metrics)]
    mapping = cmap_format4(data, t["cmap"][0])
    print("unitsPerEm %d" % units)
    for lo, hi in RANGES:
        for c in range(lo, hi + 1):
            g = mapping.get(c)
            if g is None:
                continue
            print("%x %d" % (c, advances[min(g, metrics - 1)]))


if __name__ == "__main__":
    main(sys.argv[1])
