#!/usr/bin/env python3
"""Draws Fig. 1 of the demo case report: a stylised lateral radiograph of the cervical spine.

Standard library only (zlib + struct write the PNG), so it runs anywhere python3 does.
Shapes are rendered from signed distance functions with a soft edge, which gives
anti-aliased, slightly blurred outlines that read as an X-ray without any noise
(noise would make the PNG incompressible). The output is deterministic.

Usage: python3 draw-fig1.py [OUTPUT]   (default: ../src/case-report/fig1.png)
"""
import math
import os
import struct
import sys
import zlib

W, H = 800, 600


def clamp(v, lo=0.0, hi=1.0):
    return lo if v < lo else hi if v > hi else v


def smooth_edge(d, softness):
    """Coverage 1 inside (d < 0), 0 outside, with a linear ramp `softness` pixels wide."""
    return clamp(0.5 - d / softness)


class Canvas:
    def __init__(self, width, height, value):
        self.w, self.h = width, height
        self.px = [value] * (width * height)

    def paint(self, sdf, bbox, level, softness=2.0, mode="max"):
        """Blend `level` where sdf(x, y) < 0. mode 'max' brightens, 'set' overwrites, 'add' accumulates."""
        m = softness  # the soft edge reaches past the shape's own bounding box
        x0, y0, x1, y1 = (int(max(0, bbox[0] - m)), int(max(0, bbox[1] - m)),
                          int(min(self.w, bbox[2] + m)), int(min(self.h, bbox[3] + m)))
        px, w = self.px, self.w
        for y in range(y0, y1):
            row = y * w
            for x in range(x0, x1):
                a = smooth_edge(sdf(x + 0.5, y + 0.5), softness)
                if a <= 0.0:
                    continue
                i = row + x
                if mode == "set":
                    px[i] = px[i] * (1 - a) + level * a
                elif mode == "add":
                    px[i] += level * a
                else:
                    target = max(px[i], level)
                    px[i] = px[i] * (1 - a) + target * a

    def png(self):
        raw = bytearray()
        for y in range(self.h):
            raw.append(0)  # filter type: none
            row = self.px[y * self.w:(y + 1) * self.w]
            raw.extend(int(clamp(v, 0, 255) + 0.5) for v in row)

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        header = struct.pack(">IIBBBBB", self.w, self.h, 8, 0, 0, 0, 0)  # 8-bit grayscale
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


# --- signed distance functions -------------------------------------------------------------

def ellipse(cx, cy, rx, ry):
    def d(x, y):
        nx, ny = (x - cx) / rx, (y - cy) / ry
        return (math.hypot(nx, ny) - 1.0) * min(rx, ry)
    return d, (cx - rx - 4, cy - ry - 4, cx + rx + 4, cy + ry + 4)


def rounded_box(cx, cy, hw, hh, r, angle_deg=0.0):
    ca, sa = math.cos(math.radians(angle_deg)), math.sin(math.radians(angle_deg))

    def d(x, y):
        dx, dy = x - cx, y - cy
        lx, ly = dx * ca + dy * sa, -dx * sa + dy * ca
        qx, qy = abs(lx) - hw + r, abs(ly) - hh + r
        return math.hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - r
    reach = math.hypot(hw, hh) + 4
    return d, (cx - reach, cy - reach, cx + reach, cy + reach)


def ring(shape, thickness):
    """Outline of a shape: the cortical rim of a bone."""
    d, bbox = shape
    return (lambda x, y: abs(d(x, y) + thickness / 2) - thickness / 2), bbox


def polygon(points):
    def d(x, y):
        best = float("inf")
        inside = False
        n = len(points)
        for i in range(n):
            ax, ay = points[i]
            bx, by = points[(i + 1) % n]
            ex, ey = bx - ax, by - ay
            t = clamp(((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey))
            best = min(best, math.hypot(x - ax - ex * t, y - ay - ey * t))
            if (ay > y) != (by > y) and x < ax + (y - ay) * ex / (ey or 1e-9):
                inside = not inside
        return -best if inside else best
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return d, (min(xs) - 4, min(ys) - 4, max(xs) + 4, max(ys) + 4)


def segment(ax, ay, bx, by, width):
    def d(x, y):
        ex, ey = bx - ax, by - ay
        t = clamp(((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey))
        return math.hypot(x - ax - ex * t, y - ay - ey * t) - width / 2
    return d, (min(ax, bx) - width - 4, min(ay, by) - width - 4, max(ax, bx) + width + 4, max(ay, by) + width + 4)


# --- the drawing ---------------------------------------------------------------------------

def draw():
    c = Canvas(W, H, 8.0)

    # Soft tissue of the neck and the back of the head (patient faces left).
    c.paint(*polygon([(150, 0), (680, 0), (720, 160), (760, 600), (200, 600), (215, 420), (190, 260), (140, 150)]), 58, softness=24)
    c.paint(*ellipse(640, -30, 270, 150), 92, softness=24)  # occiput and skull base
    c.paint(*ring(ellipse(640, -30, 270, 150), 9), 165, softness=5)
    c.paint(*ellipse(500, 640, 360, 110), 84, softness=60)  # shoulders overlapping the lower neck
    # Mandible: ramus and body as one bright curved band at the front.
    jaw = [(222, -10), (228, 60), (236, 118), (248, 146), (234, 160), (196, 156), (136, 146), (70, 134)]
    for (x0, y0), (x1, y1) in zip(jaw, jaw[1:]):
        c.paint(*segment(x0, y0, x1, y1, 20), 138, softness=4)
    # Airway: a darker column in front of the spine.
    c.paint(*polygon([(250, 150), (282, 150), (276, 600), (240, 600)]), 24, softness=10, mode="set")

    # Vertebral bodies C2–C7 along a gentle lordotic curve (convex forwards, to the left);
    # posterior elements to the right. The C5–C6 disc is narrowed.
    levels = ["C2", "C3", "C4", "C5", "C6", "C7"]
    centres = []
    y = 158
    for i, name in enumerate(levels):
        t = i / (len(levels) - 1)
        hh = 30 if name == "C2" else 24
        cx = 352 - 18 * math.sin(math.pi * t) + 14 * t
        angle = -8 + 14 * t
        y += hh
        centres.append((name, cx, y, hh, angle))
        body = rounded_box(cx, y, 44, hh, 8, angle)
        c.paint(*body, 126, softness=3)
        c.paint(*ring(body, 6), 200, softness=3)
        pillar = rounded_box(cx + 72, y - 3, 26, hh * 0.85, 9, angle + 8)
        c.paint(*pillar, 116, softness=3)
        c.paint(*ring(pillar, 4), 168, softness=3)
        spine_len = (90 if name == "C2" else 54 + i * 10) + (28 if name == "C7" else 0)
        c.paint(*segment(cx + 94, y - 2, cx + 94 + spine_len, y + 18 + i * 2, 15), 150, softness=3)
        gap = 7 if name == "C5" else 16
        y += hh + gap

    # Dens rising from C2, the atlas around it.
    _, c2x, c2y, c2h, c2a = centres[0]
    dens = rounded_box(c2x - 2, c2y - c2h - 24, 16, 34, 14, c2a)
    c.paint(*dens, 134, softness=3)
    c.paint(*ring(dens, 5), 205, softness=3)
    c.paint(*ellipse(c2x - 46, c2y - c2h - 40, 12, 17), 192, softness=3)   # anterior arch of C1
    c.paint(*ellipse(c2x + 146, c2y - c2h - 38, 38, 13), 165, softness=3)  # posterior arch of C1
    c.paint(*ellipse(c2x + 58, c2y - c2h - 40, 34, 19), 112, softness=6)   # lateral mass of C1

    # Osteophytes at the anterior corners of the C5–C6 disc space.
    _, c5x, c5y, c5h, c5a = centres[3]
    _, c6x, c6y, c6h, c6a = centres[4]
    lo5 = c5y + c5h
    hi6 = c6y - c6h
    c.paint(*polygon([(c5x - 42, lo5 - 11), (c5x - 57, lo5 + 3), (c5x - 37, lo5)]), 205, softness=2)
    c.paint(*polygon([(c6x - 40, hi6 + 11), (c6x - 55, hi6 - 3), (c6x - 35, hi6)]), 205, softness=2)

    # The finding: a faint opacity just behind the tip of the dens.
    fx, fy = c2x + 25, c2y - c2h - 48
    c.paint(*ellipse(fx, fy, 8, 12), 178, softness=4)

    # White arrow pointing at the opacity from the upper right.
    ax, ay = fx + 12, fy - 10
    c.paint(*segment(ax + 78, ay - 62, ax + 12, ay - 10, 6), 250, softness=2)
    c.paint(*polygon([(ax, ay), (ax + 26, ay - 5), (ax + 8, ay - 25)]), 250, softness=2)

    # Orientation marker "L" in the upper-left corner, as on a real film.
    c.paint(*segment(40, 30, 40, 70, 8), 235, softness=2)
    c.paint(*segment(40, 70, 64, 70, 8), 235, softness=2)

    # A gentle vignette, as an X-ray tube's heel effect would produce.
    px = c.px
    for y in range(H):
        for x in range(W):
            r = math.hypot((x - W / 2) / (W / 2), (y - H / 2) / (H / 2))
            px[y * W + x] *= 1.0 - 0.18 * r * r
    return c


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "src", "case-report", "fig1.png")
    data = draw().png()
    with open(out, "wb") as f:
        f.write(data)
    print(f"wrote {out} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
