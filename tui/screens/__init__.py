"""One module per screen of the review app, each with its .tcss beside it."""

from tui.screens.category import CategoryPicker
from tui.screens.confirm import Confirm
from tui.screens.documents import DocumentsScreen
from tui.screens.exemption import ExemptionForm
from tui.screens.help import HelpScreen
from tui.screens.memory import MemoryForm
from tui.screens.note import NoteForm
from tui.screens.officer import OfficerScreen
from tui.screens.overview import OverviewScreen
from tui.screens.pause import PauseScreen
from tui.screens.people import PeopleScreen
from tui.screens.person_picker import PersonPicker
from tui.screens.prompt import TextPrompt
from tui.screens.reading import ReadingScreen
from tui.screens.release import ReleaseScreen
from tui.screens.timeline import TimelineScreen

__all__ = [
    "CategoryPicker",
    "Confirm",
    "DocumentsScreen",
    "ExemptionForm",
    "HelpScreen",
    "MemoryForm",
    "NoteForm",
    "OfficerScreen",
    "OverviewScreen",
    "PauseScreen",
    "PeopleScreen",
    "PersonPicker",
    "ReadingScreen",
    "ReleaseScreen",
    "TextPrompt",
    "TimelineScreen",
]
