"""What a browser would send for a form of a page: its fields as they are filled in.

Read with the standard library's HTML parser: inputs (a check box only when ticked),
text areas (without the line break after the opening tag, which HTML drops) and list boxes
(the selected option, else the first). Buttons are left out: add the one pressed.
"""

from __future__ import annotations

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self, form_class: str) -> None:
        super().__init__(convert_charrefs=True)
        self.form_class = form_class
        self.inside = False
        self.fields: list[tuple[str, str]] = []
        self._text: tuple[str, list[str]] | None = None
        self._select: tuple[str, list[tuple[str, bool]]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "form":
            self.inside = self.form_class in a.get("class", "").split()
        if not self.inside or "disabled" in a:
            return
        name = a.get("name", "")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields.append((name, a.get("value", "on")))
            elif kind not in ("submit", "button", "image", "reset"):
                self.fields.append((name, a.get("value", "")))
        elif tag == "textarea" and name:
            self._text = (name, [])
        elif tag == "select" and name:
            self._select = (name, [])
        elif tag == "option" and self._select is not None:
            self._select[1].append((a.get("value", ""), "selected" in a))

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._text is not None:
            text = "".join(self._text[1])
            self.fields.append((self._text[0], text.removeprefix("\n")))
            self._text = None
        elif tag == "select" and self._select is not None:
            name, options = self._select
            chosen = [value for value, selected in options if selected] or \
                [value for value, _ in options[:1]]
            self.fields.extend((name, value) for value in chosen)
            self._select = None


def form_fields(html: str, form_class: str) -> list[tuple[str, str]]:
    """The fields the form with ``form_class`` sends, in the page's order."""
    reader = _FormReader(form_class)
    reader.feed(html)
    reader.close()
    return reader.fields


def with_values(fields: list[tuple[str, str]], **changes: str) -> list[tuple[str, str]]:
    """``fields`` with the first field of each name in ``changes`` set to its value (added
    when the form has no such field)."""
    changed = []
    left = dict(changes)
    for name, value in fields:
        if name in left:
            changed.append((name, left.pop(name)))
        else:
            changed.append((name, value))
    return changed + list(left.items())
