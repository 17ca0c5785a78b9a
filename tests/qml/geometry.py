"""Does everything on screen fit? Geometry checks over the live visual tree.

A picture shows a cut-off button at once; a functional test does not notice it. These
checks walk every visible item an attendee or facilitator can read or touch (texts with
text, buttons, fields, tiles) and report, in words, each one that

- leaves the window,
- lies under the on-screen keyboard,
- is cut by an enclosing item that clips (a scrolling list may cut at its top and bottom
  edge – that is what scrolling is – but never at its sides),
- is a text whose content is wider or taller than its box, or is elided,
- is a text field that scrolls sideways instead of wrapping.

The walk goes top-down (see ``Driver.walk`` for why it never walks up).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem

TOLERANCE = 1.5
"""Pixels of rounding allowed at every edge."""

KEYBOARD = ("keyboard", "keyboardArea")
"""Qt's on-screen keyboard and the panel it sits in: not ours to check."""

OVERLAYS = ("inactivityOverlay", "pinPad", "facilitatorArea", "hidePopup", "noticePanel")
"""Layers drawn over the whole window: while one is shown, only it is checked."""

CONTROLS = ("QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickTextField",
            "QQuickTextArea")


@dataclass(frozen=True)
class Seen:
    """An item that is shown, with what cuts it."""

    item: QQuickItem
    rect: QRectF
    """Where it is, in window coordinates."""
    clip: QRectF | None
    """The window area its clipping ancestors leave it (None: nothing clips)."""
    scrolling: bool
    """Whether the nearest clipping ancestor is a scrolling view (a Flickable)."""
    key: int
    """Its place in the walk (unique within one walk)."""
    ancestors: frozenset[int]
    """The keys of the items it lies in."""


def seen_items(window) -> Iterator[Seen]:
    """Every shown item outside the on-screen keyboard."""
    root = window.contentItem()
    stack: list[tuple[QQuickItem, QRectF | None, bool, frozenset[int]]] = [
        (root, None, False, frozenset())]
    key = 0
    while stack:
        item, clip, scrolling, ancestors = stack.pop()
        if not item.isVisible() or item.opacity() <= 0 or item.objectName() in KEYBOARD:
            continue
        rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        key += 1
        yield Seen(item, rect, clip, scrolling, key, ancestors)
        child_clip, child_scrolling = clip, scrolling
        if item.clip():
            child_clip = rect if clip is None else clip.intersected(rect)
            # A Flickable clips its content item's children; the content item is its child.
            child_scrolling = item.inherits("QQuickFlickable")
        if item.inherits("QQuickFlickable"):
            child_scrolling = child_scrolling or bool(item.clip())
        inside = ancestors | {key}
        stack.extend((child, child_clip, child_scrolling, inside)
                     for child in reversed(item.childItems()))


def _label(item: QQuickItem) -> str:
    name = item.objectName()
    text = item.property("text") if _is_text(item) or item.inherits("QQuickAbstractButton") else ""
    text = (text or "").replace("\n", " ")
    if name and text:
        return f"{name} ({text[:40]!r})"
    return name or (repr(text[:40]) if text else item.metaObject().className())


def _is_text(item: QQuickItem) -> bool:
    return item.inherits("QQuickText")


def _matters(item: QQuickItem) -> bool:
    if _is_text(item):
        return bool((item.property("text") or "").strip())
    return any(item.inherits(kind) for kind in CONTROLS)


def keyboard_top(window) -> float | None:
    """The window y where the open on-screen keyboard begins (None when it is closed)."""
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == "keyboardArea":
            if not item.isVisible() or item.height() <= 0:
                return None
            return item.mapRectToScene(QRectF(0, 0, item.width(), item.height())).top()
        stack.extend(item.childItems())
    return None


def layout_problems(window) -> list[str]:
    """Every visible text and control that does not fit, in words ([] when all fit)."""
    problems: list[str] = []
    keyboard = keyboard_top(window)
    width, height = window.width(), window.height()
    everything = list(seen_items(window))
    # An overlay hides what is under it only when it shows something: a Loader that has
    # loaded nothing (the closed dashboard) is no overlay.
    overlays = [seen.key for seen in everything if seen.item.objectName() in OVERLAYS
                and any(child.isVisible() for child in seen.item.childItems())]
    if overlays:
        everything = [seen for seen in everything if overlays[-1] in seen.ancestors]
    placed: list[tuple[Seen, QRectF, str]] = []
    for seen in everything:
        item, rect = seen.item, seen.rect
        if not _matters(item) or rect.width() <= 0 or rect.height() <= 0:
            continue
        label = _label(item)
        clip = seen.clip
        shown = rect
        if clip is not None:
            if not clip.intersects(rect):
                continue  # scrolled out of view entirely: not shown
            shown = rect.intersected(clip)
            cut_sideways = (rect.left() < clip.left() - TOLERANCE
                            or rect.right() > clip.right() + TOLERANCE)
            cut_vertically = (rect.top() < clip.top() - TOLERANCE
                              or rect.bottom() > clip.bottom() + TOLERANCE)
            if cut_sideways or (cut_vertically and not seen.scrolling):
                problems.append(f"{label} is cut off ({_where(rect)} shown in {_where(clip)})")
        if (shown.left() < -TOLERANCE or shown.top() < -TOLERANCE
                or shown.right() > width + TOLERANCE or shown.bottom() > height + TOLERANCE):
            problems.append(f"{label} leaves the window ({_where(shown)} in {width}×{height})")
        placed.append((seen, shown, label))
        visible_bottom = shown.bottom()
        if keyboard is not None and visible_bottom > keyboard + TOLERANCE:
            problems.append(f"{label} lies under the keyboard (down to {visible_bottom:.0f}, "
                            f"keyboard from {keyboard:.0f})")
        if _is_text(item):
            problems.extend(_text_problems(item, label))
        elif (item.inherits("QQuickTextEdit")
              and item.property("contentWidth") > item.width() + TOLERANCE):
            problems.append(f"{label} scrolls sideways instead of wrapping its text")
    problems.extend(_overlaps(placed))
    return problems


def _overlaps(placed: list[tuple[Seen, QRectF, str]]) -> list[str]:
    """Texts and controls drawn over one another (a text inside its button is not)."""
    found = []
    for index, (first, first_rect, first_label) in enumerate(placed):
        for second, second_rect, second_label in placed[index + 1:]:
            if first.key in second.ancestors or second.key in first.ancestors:
                continue
            common = first_rect.intersected(second_rect)
            if common.width() > TOLERANCE and common.height() > TOLERANCE:
                found.append(f"{first_label} and {second_label} overlap ({_where(common)})")
    return found


def _text_problems(item: QQuickItem, label: str) -> list[str]:
    found = []
    if item.property("truncated"):
        found.append(f"{label} is elided")
    if item.property("contentWidth") > item.width() + TOLERANCE:
        found.append(f"{label} is wider ({item.property('contentWidth'):.0f}) than its box "
                     f"({item.width():.0f})")
    if item.property("contentHeight") > item.height() + TOLERANCE:
        found.append(f"{label} is taller ({item.property('contentHeight'):.0f}) than its box "
                     f"({item.height():.0f})")
    return found


def _where(rect: QRectF) -> str:
    return (f"{rect.left():.0f},{rect.top():.0f}–{rect.right():.0f},{rect.bottom():.0f}")
