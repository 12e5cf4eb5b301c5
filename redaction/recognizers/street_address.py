"""Street addresses: house number, street name and a street suffix.

"14 Larch Close", "Flat 2, 9 Moor View", "27 Brook Street, Halifax". A home address identifies
whoever lives there; the town on its own does not, and is left for the timeline. The match is
case-sensitive (street names are written with capitals), which keeps out "3 reviews" and
"2 close friends"; a suffix is required, which keeps out dates ("14 March 2009").

The postcode is left to the postcode recogniser, so an address and its postcode are two
findings that sit side by side.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.base import LifestoryRecognizer

#: Street suffixes seen in UK addresses (full and common abbreviations, no trailing dot).
SUFFIXES = (
    "Road", "Rd", "Street", "St", "Close", "Cl", "Avenue", "Ave", "Lane", "Ln", "Drive", "Dr",
    "Way", "Court", "Ct", "Crescent", "Cres", "Grove", "Gr", "Terrace", "Terr", "Place", "Pl",
    "Gardens", "Gdns", "Walk", "Mews", "Rise", "View", "Square", "Sq", "Hill", "Row", "Parade",
    "Green", "Park", "Vale", "Fold", "Gate", "Chase", "Croft", "Meadow", "Meadows", "Mount",
    "Grange", "Wharf", "Yard", "Boulevard", "Approach", "Bank", "Brow", "Garth", "Wynd", "Side",
    "Brae", "Loan", "Gait", "Vennel", "Neuk", "Wynd", "Quadrant", "Circus", "Causeway",
    "Orchard", "Paddock", "Dene", "Glade", "Nook", "Hollow", "Ridge", "Spinney", "Copse",
)  # fmt: skip

# "Flat 2", "Room 6", and a Scottish tenement's floor and door ("0/2, 18 Garthland Brae").
_FLAT = (r"(?:(?:(?:[Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit|[Rr]oom)\.?\s+\d{1,4}[A-Za-z]?"
         r"|(?:[Ff]lat\s+)?\d{1,2}/\d{1,2}),?\s+)")
_NUMBER = r"\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?)?,?"
# One to three capitalised words ("Larch", "St Mary's", "Upper Moor"); a hyphen is allowed
# ("Stoke-on-Trent Road" is rare, "Cross-Flatts" is not).
_NAME = r"(?:[A-Z][A-Za-z'’]*(?:-[A-Za-z]+)*\s+){1,3}"
# Title case or capitals ("14 LARCH CLOSE" on forms), never lower case.
_SUFFIX = r"(?:" + "|".join(SUFFIXES + tuple(s.upper() for s in SUFFIXES)) + r")\.?"
# ", Halifax" or ", Moortown, Leeds": capitalised words only, so a postcode ("HX3 7QP") or
# the next clause (", and then...", ", Mum said") is where it stops.
_NOT_A_PLACE = (
    r"(?!(?:Mum|Mam|Mom|Dad|Nan|Nana|Gran|Grandad|Grandma"
    r"|She|He|They|We|The|This|It|But|And|Then|When|So)\b)"
)
_LOCALITY = rf"(?:,[ \t]*(?:\n[ \t]*)?{_NOT_A_PLACE}[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){{0,2}}){{1,2}}"

# The number and the street's name share a line: "1\nIN THE FAMILY COURT" is a paragraph
# number and a heading.
# Not the year of a date: "made 18/09/2020, Family Court at Newcastle".
STREET = rf"\b(?<![/.])(?<!\d-){_FLAT}?{_NUMBER}[ \t]+{_NAME}{_SUFFIX}\b"
# Welsh streets name their kind first: "12 Llys y Nant", "41 Ffordd Derwen", "3 Heol Las".
WELSH_STREET = (
    r"\b(?:" + _FLAT + r")?" + _NUMBER
    + r"[ \t]+(?:Ffordd|Heol|Llys|Stryd|Lôn|Lon|Rhodfa|Cilgant)"
    r"(?:\s+(?:y|yr|'r|[A-Z][a-zâêîôûŵŷ]+)){1,3}\b"
)

#: Named buildings people live in ("Flat 3, Kestrel House", "Rose Cottage, Mill Lane").
BUILDINGS = (
    "House", "Cottage", "Court", "Lodge", "Mansions", "Tower", "Heights", "Point", "Farm",
    "Barn", "Villa", "Manor", "Buildings", "Flats", "Mill", "Works", "Quay",
)  # fmt: skip
_BUILDING = r"(?:[A-Z][a-z]+\s+){1,2}(?:" + "|".join(BUILDINGS) + r")\b"
# A building counts as an address with a flat number before it or a street after it.
BUILDING = (
    rf"\b(?:{_FLAT}{_BUILDING}(?:,\s*{_NAME}{_SUFFIX}\b)?"
    rf"|{_BUILDING},\s*(?:{_NUMBER}\s+)?{_NAME}{_SUFFIX}\b)"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
# Whatever the street is called, a number, a name, a town and a postcode are an address:
# "8 Cherry Orchard, Aldridge WS9 0ZQ". The postcode is its own finding.
BEFORE_A_POSTCODE = (
    rf"\b(?<![/.])(?<!\d-){_FLAT}?{_NUMBER}[ \t]+(?!{_MONTH})"
    rf"(?:[A-Z][A-Za-z'’]*(?:-[A-Za-z]+)*[ \t]+){{0,2}}"
    rf"[A-Z][A-Za-z'’]*(?={_LOCALITY}[ \t]*\n?[ \t]*[A-Z]{{1,2}}\d[A-Z\d]?[ \t]*\d[A-Z]{{2}}\b)"
)
# A house's own name before its number and street, in a list after a name ("Mr & Mrs
# Penrose, Sea Spray, 2\nBoscawen Row", the line may break after the number); not a
# title and surname ("…, Mrs Penrose, 2 …").
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Rev|PC|DC|DS|Sgt|Cllr)\b"
HOUSE_NAME = (
    rf"(?<=,[ \t])(?!{_TITLES})(?:[A-Z][a-z]+[ \t]){{0,2}}[A-Z][a-z]+,[ \t]*"
    rf"{_NUMBER}(?:[ \t]+|[ \t]*\n[ \t]*){_NAME}{_SUFFIX}\b"
)
# A neighbour's flat, in brackets after her name ("Mrs Joan Tregoning (Flat 1)").
FLAT_IN_BRACKETS = r"(?<=\()(?:Flat|Apartment|Room)[ \t]+\d{1,4}[A-Za-z]?(?=\))"

# A street named without a number, where someone lives ("lives on Larch Close", "back to
# Larch Close", "served at Hartley Row address"); not a school or a park named after it.
_PLACED = (
    r"(?i:(?<=\b(?:address:?|lives?\s+(?:at|on|in)|living\s+(?:at|on|in)"
    r"|moved\s+(?:to|into)|back\s+to|home\s+(?:at|on|in))\s+))"
)
_NOT_AN_INSTITUTION = (
    r"(?!\s+(?:Primary|Infant|Junior|High|School|Academy|College|Surgery|Centre|Hospital"
    r"|Park|Library|Station|Church|Mosque|Medical|Health|Children's|Family))"
)
STREET_NAME = (
    rf"(?:{_PLACED}{_NAME}{_SUFFIX}\b{_NOT_AN_INSTITUTION}"
    rf"|(?<=\bat\s+){_NAME}{_SUFFIX}(?=\s+address))"
)

# An older relative's care home is where they live, so its name is their address ("Nain at
# Plas Hafod, the care home in Rhos"); a child's own children's home is not matched here.
_HOME_NAME = r"[A-Z][\w'’-]+(?:\s+(?:y|yr|'r|[A-Z][\w'’-]+)){0,3}"
_CARE_HOME = r"(?:care|nursing|residential(?:\s+care)?|retirement)\s+home"
CARE_HOME = (
    rf"(?:\b{_HOME_NAME}(?=,?\s+(?:the|a|her|his|their)\s+{_CARE_HOME}\b)"
    rf"|(?i:(?<=\b{_CARE_HOME}\s(?:called|named)\s)){_HOME_NAME})"
)


class StreetAddressRecognizer(LifestoryRecognizer):
    """A house number and street name, with an optional flat and locality."""

    PATTERNS = [
        Pattern("Street address with locality (medium)", rf"{STREET}{_LOCALITY}\b", 0.5),
        Pattern("Street address (medium)", STREET, 0.5),
        Pattern("Named building (medium)", BUILDING, 0.5),
        Pattern("House name before a street address (medium)", HOUSE_NAME, 0.5),
        Pattern("Street of any name before a town and postcode (medium)", BEFORE_A_POSTCODE,
                0.5),
        Pattern("Flat in brackets after a name (medium)", FLAT_IN_BRACKETS, 0.5),
        Pattern("Welsh street address (medium)", WELSH_STREET, 0.5),
        Pattern("Street name after a place word (weak)", STREET_NAME, 0.35),
        Pattern("Care home someone lives in (medium)", CARE_HOME, 0.5),
    ]

    # Matched against lemmas ("lives" is "live"); "move" is a spaCy stop word, so never seen.
    CONTEXT = ["address", "live", "reside", "home", "stay", "visit", "house", "flat"]

    ENTITY = "STREET_ADDRESS"

    def __init__(self, include_locality: bool = True, **kwargs) -> None:
        if kwargs.get("patterns") is None:
            kwargs["patterns"] = self.PATTERNS if include_locality else self.PATTERNS[1:]
        super().__init__(**kwargs)
