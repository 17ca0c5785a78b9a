import QtQuick
import QtQuick.Controls.Basic

// What the screen shows, for the speech output (SpeechBridge, station_app/speech_script.py):
// parts {kind, text, checked, value, enabled} in reading order, from the items' accessible
// names and states. Nothing here is drawn.
QtObject {
    // Controls: read as one part each, their insides never.
    function isControl(item) {
        const role = item.Accessible.role
        return role === Accessible.Button || role === Accessible.CheckBox
                || role === Accessible.RadioButton || role === Accessible.EditableText
                || item instanceof AbstractButton
    }

    // A control's name and state: a tile is a "choice" (one of several), a box to tick an
    // "option", a text field a "field" with what is written in it.
    function describe(item) {
        const role = item.Accessible.role
        const kind = role === Accessible.RadioButton ? "choice"
                   : role === Accessible.CheckBox ? "option"
                   : role === Accessible.EditableText ? "field"
                   : isControl(item) ? "button" : "text"
        const checked = item.Accessible.checkable ? item.Accessible.checked : item.checked === true
        const name = item.Accessible.name !== "" ? item.Accessible.name
                   : (item.text !== undefined && kind !== "field" ? String(item.text) : "")
        return {
            "kind": kind,
            "text": name,
            "checked": checked,
            "value": kind === "field" ? String(item.text ?? "")
                   : kind === "choice" ? String(item.Accessible.description ?? "") : "",
            "enabled": item.enabled
        }
    }

    // Every shown text and control inside `item`, in the order of its children. Buttons
    // (actions such as "Ändern") only with `withButtons`: Tab reads them.
    function partsOf(item, withButtons) {
        const parts = []
        collect(item, parts, withButtons)
        return parts
    }

    function collect(item, parts, withButtons) {
        for (const child of item.children) {
            if (!child.visible || child.opacity === 0 || child.Accessible.ignored)
                continue
            if (isControl(child)) {
                const part = describe(child)
                if (part.kind !== "button" || withButtons)
                    parts.push(part)
            } else if (child instanceof Text) {
                const text = child.Accessible.name !== "" ? child.Accessible.name : child.text
                if (text.trim() !== "")
                    parts.push({ "kind": child.Accessible.role === Accessible.Heading
                                         ? "heading" : "text", "text": text })
            } else {
                collect(child, parts, withButtons)
            }
        }
    }

    // The control under a point of the window (a touch held there), or null: the topmost
    // shown control there; a MouseArea that takes the touch (an overlay's) hides what is
    // under it.
    function controlAt(item, x, y) {
        const kids = Array.from(item.children).sort((a, b) => a.z - b.z)
        for (let i = kids.length - 1; i >= 0; --i) {
            const child = kids[i]
            if (!child.visible || child.opacity === 0)
                continue
            const point = child.mapFromItem(null, x, y)
            const inside = child.contains(point)
            if (isControl(child) && inside)
                return child
            if (child.clip && !inside)
                continue
            const found = controlAt(child, x, y)
            if (found)
                return found
            if (inside && child instanceof MouseArea && child.enabled)
                return null
        }
        return null
    }
}
