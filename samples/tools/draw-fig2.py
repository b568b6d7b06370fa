#!/usr/bin/env python3
"""Draws Fig. 2 of the demo case report: schematic CT of the craniocervical junction as SVG.

Panel A is an axial slice at the level of the atlas, panel B a coronal reconstruction
through the dens. The calcified deposits are dots placed along arcs around the dens,
which is why this is generated rather than hand-written. The SVG is self-contained
(no scripts, no external references, no fonts beyond a generic family) and deterministic.

Usage: python3 draw-fig2.py [OUTPUT]   (default: ../src/case-report/fig2.svg)
"""
import math
import os
import sys

W, H = 800, 400


def f(v):
    """Fixed two-decimal formatting keeps the output byte-for-byte stable."""
    return f"{v:.2f}".rstrip("0").rstrip(".")


def arc_dots(cx, cy, radius, start_deg, end_deg, count, r_dot, fill="#f4f4f4"):
    dots = []
    for i in range(count):
        a = math.radians(start_deg + (end_deg - start_deg) * i / (count - 1))
        # Alternate the radius slightly so the deposits look irregular, not drawn with a compass.
        rr = radius + (1.5 if i % 2 else -1.5)
        dots.append(f'<circle cx="{f(cx + rr * math.cos(a))}" cy="{f(cy + rr * math.sin(a))}" '
                    f'r="{f(r_dot if i % 3 else r_dot * 0.7)}" fill="{fill}"/>')
    return dots


def arrowhead(tip_x, tip_y, direction_deg, size=16):
    """A filled triangle whose tip touches (tip_x, tip_y), pointing along direction_deg."""
    a = math.radians(direction_deg)
    bx, by = tip_x - size * math.cos(a), tip_y - size * math.sin(a)
    px, py = -math.sin(a) * size * 0.32, math.cos(a) * size * 0.32
    pts = [(tip_x, tip_y), (bx + px, by + py), (bx - px, by - py)]
    return '<polygon points="' + " ".join(f"{f(x)},{f(y)}" for x, y in pts) + '" fill="#ffffff"/>'


def axial_panel():
    cx, cy = 200, 200
    out = ['<g id="panel-a">',
           '<rect x="0" y="0" width="398" height="400" fill="#000000"/>',
           # Skin and subcutaneous fat (darker), then muscle (lighter).
           f'<ellipse cx="{cx}" cy="{cy}" rx="168" ry="142" fill="#3c3c3c"/>',
           f'<ellipse cx="{cx}" cy="{cy + 4}" rx="150" ry="124" fill="#686868"/>',
           # Pharynx (air) in front, mandibular rami to either side.
           f'<ellipse cx="{cx}" cy="96" rx="34" ry="13" fill="#000000"/>',
           '<ellipse cx="92" cy="120" rx="11" ry="22" fill="#d6d6d6" transform="rotate(-20 92 120)"/>',
           '<ellipse cx="308" cy="120" rx="11" ry="22" fill="#d6d6d6" transform="rotate(20 308 120)"/>',
           # Ring of the atlas: anterior arch, lateral masses, posterior arch.
           f'<path d="M 168 150 Q {cx} 118 232 150" fill="none" stroke="#e8e8e8" stroke-width="11" stroke-linecap="round"/>',
           '<ellipse cx="146" cy="190" rx="24" ry="30" fill="#dcdcdc" stroke="#f6f6f6" stroke-width="3"/>',
           '<ellipse cx="254" cy="190" rx="24" ry="30" fill="#dcdcdc" stroke="#f6f6f6" stroke-width="3"/>',
           f'<path d="M 150 224 Q {cx} 300 250 224" fill="none" stroke="#e8e8e8" stroke-width="10" stroke-linecap="round"/>',
           # Spinal canal and cord behind the dens.
           f'<ellipse cx="{cx}" cy="226" rx="36" ry="28" fill="#4c4c4c"/>',
           f'<ellipse cx="{cx}" cy="230" rx="19" ry="14" fill="#747474"/>',
           # Dens: cortex and medulla.
           f'<circle cx="{cx}" cy="166" r="21" fill="#cfcfcf" stroke="#fafafa" stroke-width="4"/>']
    # Deposits along the transverse ligament behind the dens and around its sides.
    out += arc_dots(cx, 166, 30, -10, 190, 15, 3.2)
    # Arrowheads sit in the dark spinal canal, pointing forwards at the deposits.
    out += [arrowhead(190, 204, -105, 18), arrowhead(210, 204, -75, 18),
            '<text x="16" y="36" font-family="sans-serif" font-size="26" font-weight="bold" fill="#ffffff">A</text>',
            '</g>']
    return out


def coronal_panel():
    cx = 600
    out = ['<g id="panel-b">',
           '<rect x="402" y="0" width="398" height="400" fill="#000000"/>',
           '<rect x="430" y="0" width="340" height="400" rx="60" fill="#5e5e5e"/>',
           # Occipital condyles at the top.
           '<ellipse cx="526" cy="74" rx="36" ry="22" fill="#d8d8d8" stroke="#f4f4f4" stroke-width="3"/>',
           '<ellipse cx="674" cy="74" rx="36" ry="22" fill="#d8d8d8" stroke="#f4f4f4" stroke-width="3"/>',
           # Lateral masses of the atlas.
           '<rect x="486" y="116" width="64" height="52" rx="12" fill="#d2d2d2" stroke="#f4f4f4" stroke-width="3"/>',
           '<rect x="650" y="116" width="64" height="52" rx="12" fill="#d2d2d2" stroke="#f4f4f4" stroke-width="3"/>',
           # C2 as one outline: the body with the dens rising from it.
           '<path d="M 582 232 L 582 130 A 18 18 0 0 1 618 130 L 618 232 L 638 232 Q 650 232 650 244 '
           'L 650 296 Q 650 308 638 308 L 562 308 Q 550 308 550 296 L 550 244 Q 550 232 562 232 Z" '
           'fill="#cccccc" stroke="#f4f4f4" stroke-width="4"/>',
           # C2–C3 disc (soft tissue) and the top of C3.
           f'<rect x="{cx - 48}" y="324" width="96" height="60" rx="10" fill="#c8c8c8" stroke="#f0f0f0" stroke-width="4"/>']
    # The "crown": deposits above and beside the tip of the dens.
    out += arc_dots(cx, 132, 30, 160, 380, 16, 3.2)
    # Arrowheads come down between the condyles, pointing at the crown.
    out += [arrowhead(584, 96, 60, 18), arrowhead(616, 96, 120, 18),
            '<text x="418" y="36" font-family="sans-serif" font-size="26" font-weight="bold" fill="#ffffff">B</text>',
            '</g>']
    return out


def svg():
    lines = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img" aria-labelledby="t d">',
             '<title id="t">Schematic CT of the craniocervical junction</title>',
             '<desc id="d">A: axial slice at the level of the atlas. B: coronal reconstruction through the dens. '
             'Bright dots around the dens mark calcified deposits; white arrowheads point to them. '
             'Drawn for the Revista demo; not a real patient image.</desc>',
             '<rect width="800" height="400" fill="#1a1a1a"/>']
    lines += axial_panel()
    lines += coronal_panel()
    lines.append('</svg>')
    return "\n".join(lines) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "src", "case-report", "fig2.svg")
    data = svg().encode("utf-8")
    with open(out, "wb") as fh:
        fh.write(data)
    print(f"wrote {out} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
