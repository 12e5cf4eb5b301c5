"""Affine matrices as PDF writes them, ``(a, b, c, d, e, f)``, and rectangles through them.

A point is a row vector: ``x' = a*x + c*y + e`` and ``y' = b*x + d*y + f``. ``multiply(m, n)``
is "m, then n", so ``cm`` makes the new CTM ``multiply(operand, ctm)``, as the PDF
reference writes it. Rectangles here are user space ``(x0, y0, x1, y1)``, y up.
"""

from __future__ import annotations

Matrix = tuple[float, float, float, float, float, float]
Rect = tuple[float, float, float, float]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    a1, b1, c1, d1, e1, f1 = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def translate(x: float, y: float, m: Matrix) -> Matrix:
    """``multiply((1, 0, 0, 1, x, y), m)``, the text matrix after a glyph or Td, quickly."""
    a, b, c, d, e, f = m
    return (a, b, c, d, x * a + y * c + e, x * b + y * d + f)


def invert(m: Matrix) -> Matrix | None:
    """The inverse, or None for a matrix that flattens the plane (nothing drawn with it
    can be placed, nor seen)."""
    a, b, c, d, e, f = m
    det = a * d - b * c
    if abs(det) < 1e-12:
        return None
    return (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def transform_rect(m: Matrix, x0: float, y0: float, x1: float, y1: float) -> Rect:
    """The bounding box of a rectangle's four corners through ``m``."""
    a, b, c, d, e, f = m
    if b == 0 and c == 0:
        u0, u1 = a * x0 + e, a * x1 + e
        v0, v1 = d * y0 + f, d * y1 + f
        return (min(u0, u1), min(v0, v1), max(u0, u1), max(v0, v1))
    xs = (a * x0 + c * y0, a * x1 + c * y0, a * x0 + c * y1, a * x1 + c * y1)
    ys = (b * x0 + d * y0, b * x1 + d * y0, b * x0 + d * y1, b * x1 + d * y1)
    return (min(xs) + e, min(ys) + f, max(xs) + e, max(ys) + f)


def points_rect(points) -> Rect:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def as_matrix(values) -> Matrix:
    """Six numbers from a PDF array or operand list; ValueError for anything else."""
    numbers = tuple(float(v) for v in values)
    if len(numbers) != 6:
        raise ValueError("a matrix needs six numbers")
    return numbers  # type: ignore[return-value]
