import QtQuick

// A loudspeaker with sound waves (the "Vorlesen" control), drawn in `color`.
Canvas {
    id: icon

    property color color: "black"
    // waves only while speech is on
    property bool waves: true

    implicitWidth: 26
    implicitHeight: 22
    Accessible.ignored: true
    onColorChanged: requestPaint()
    onWavesChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        const w = width
        const h = height
        ctx.reset()
        ctx.fillStyle = icon.color
        ctx.strokeStyle = icon.color
        ctx.lineWidth = Math.max(2, h / 10)
        ctx.lineCap = "round"
        // the box and the cone
        ctx.beginPath()
        ctx.moveTo(0, h * 0.35)
        ctx.lineTo(w * 0.22, h * 0.35)
        ctx.lineTo(w * 0.5, h * 0.08)
        ctx.lineTo(w * 0.5, h * 0.92)
        ctx.lineTo(w * 0.22, h * 0.65)
        ctx.lineTo(0, h * 0.65)
        ctx.closePath()
        ctx.fill()
        if (!icon.waves)
            return
        for (const r of [0.22, 0.4]) {
            ctx.beginPath()
            ctx.arc(w * 0.52, h / 2, h * r * 1.1, -Math.PI / 3.2, Math.PI / 3.2)
            ctx.stroke()
        }
    }
}
