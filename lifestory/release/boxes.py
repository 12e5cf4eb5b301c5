"""Where a redacted stretch of text lies on a PDF page, from the words stored at ingest."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lifestory.models import Word
from redaction.geometry import Box, merge_boxes, pad, slice_horizontally

PADDING = 1.0  # points on every side, so no ink escapes at the edges


def span_boxes(words: Sequence[Word], start: int, end: int,
               part_of_word: Callable[[int, int], Box | None] | None = None) -> list[Box]:
    """Boxes covering characters ``start:end`` of the page text, one per line of text.

    Where the stretch covers only part of a word, ``part_of_word(first, last)`` gives the
    exact box of those characters if the source can tell; otherwise the word's box is cut
    in proportion to its characters.
    """
    lines: list[list[Box]] = []
    for word in words:
        if word.x0 is None or word.end <= start or word.start >= end:
            continue
        box = (word.x0, word.top, word.x1, word.bottom)
        first, last = max(start, word.start), min(end, word.end)
        if first > word.start or last < word.end:
            exact = part_of_word(first, last) if part_of_word else None
            box = exact or slice_horizontally(box, first - word.start, last - word.start,
                                              len(word.text))
        for line in lines:
            ref = line[-1]
            if abs(ref[1] - box[1]) < 0.5 * (ref[3] - ref[1]) and box[0] >= ref[0]:
                line.append(box)
                break
        else:
            lines.append([box])
    return [pad(merge_boxes(line), PADDING) for line in lines]
