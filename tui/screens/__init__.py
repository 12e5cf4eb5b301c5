"""One module per screen of the review app, each with its .tcss beside it."""

from tui.screens.documents import DocumentsScreen
from tui.screens.help import HelpScreen
from tui.screens.officer import OfficerScreen
from tui.screens.overview import OverviewScreen
from tui.screens.people import PeopleScreen
from tui.screens.reading import ReadingScreen
from tui.screens.release import ReleaseScreen
from tui.screens.timeline import TimelineScreen

__all__ = [
    "DocumentsScreen",
    "HelpScreen",
    "OfficerScreen",
    "OverviewScreen",
    "PeopleScreen",
    "ReadingScreen",
    "ReleaseScreen",
    "TimelineScreen",
]
