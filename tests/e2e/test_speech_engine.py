"""Speech output with the real engine: Qt TextToSpeech → speech-dispatcher → espeak-ng → audio.

A private speech-dispatcher runs for the test (its own configuration, socket and logs in a
temporary folder) and plays through ALSA into a WAV file (ALSA's ``file`` plugin in front of
the ``null`` device: the container has no sound card). The kiosk's own ``SpeechBridge``, in a
process of its own pointed at that daemon (``SPEECHD_ADDRESS``), reads a German sentence.

What this proves: the bridge finds the speechd engine and a German voice, the engine reports
Speaking and then Ready, and espeak-ng's audio for the sentence reached the sound output –
non-silent, and as long as the sentence takes to say. It does not prove that a loudspeaker
works: that is the station's own check before an event.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.waiting import wait_until

SENTENCE = "Wozu möchten Sie etwas sagen? Wählen Sie eine Frage aus."

BRIDGE_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from station_app.qml.speech import SpeechBridge

app = QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
bridge = SpeechBridge(engine="speechd")
states = []
result = {}

def finish():
    result.update(states=states, spoken=bridge.spoken, available=bridge.property("available"),
                  voiced=bridge.property("languageVoiced"),
                  locale=bridge.engine().locale().name() if bridge.engine() else "")
    app.quit()

def attached():
    if not bridge.property("available"):
        finish()
        return
    engine = bridge.engine()
    def changed(state):
        states.append(state.name)
        if state.name == "Ready" and "Speaking" in states:
            finish()
    engine.stateChanged.connect(changed)
    bridge.setActive(True)
    bridge.say(sys.argv[1])

bridge.availableChanged.connect(attached)
bridge.set_language("de")
bridge.start()
QTimer.singleShot(30000, finish)
app.exec()
print(json.dumps(result))
"""

ASOUNDRC = """pcm.!default {{
    type file
    slave.pcm "null"
    file "{wav}"
    format "wav"
}}
"""


@pytest.fixture
def speech_dispatcher(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A private speech-dispatcher playing into a WAV file: (its socket, the WAV file)."""
    daemon = shutil.which("speech-dispatcher")
    assert daemon, "speech-dispatcher is missing: tools/install-debian-packages installs it"
    assert Path("/etc/speech-dispatcher/speechd.conf").exists()
    conf = tmp_path / "conf"
    shutil.copytree("/etc/speech-dispatcher", conf)
    settings = conf / "speechd.conf"
    settings.write_text(settings.read_text(encoding="utf-8")
                        + '\nAudioOutputMethod "alsa"\nDefaultModule espeak-ng\n',
                        encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    wav = tmp_path / "spoken.wav"
    (home / ".asoundrc").write_text(ASOUNDRC.format(wav=wav), encoding="utf-8")
    socket = tmp_path / "speechd.sock"
    logs = tmp_path / "logs"
    logs.mkdir()
    process = subprocess.Popen(
        [daemon, "-s", "-c", "unix_socket", "-S", str(socket), "-t", "0", "-C", str(conf),
         "-L", str(logs), "-l", "3"],
        env={**os.environ, "HOME": str(home)}, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until(socket.exists, timeout=20, what="speech-dispatcher's socket")
        yield socket, wav
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def wav_samples(path: Path) -> tuple[int, list[int]]:
    """Sample rate and 16-bit mono samples of a WAV that ALSA's file plugin writes (its
    header's lengths stay 0 while the device is open: the data runs to the file's end)."""
    data = path.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE", data[:16]
    channels, rate = struct.unpack_from("<HI", data, 22)
    bits = struct.unpack_from("<H", data, 34)[0]
    assert (channels, bits) == (1, 16), (channels, bits)
    start = data.index(b"data") + 8
    body = data[start:len(data) - (len(data) - start) % 2]
    return rate, list(struct.unpack(f"<{len(body) // 2}h", body))


def test_a_german_sentence_is_spoken_through_speech_dispatcher(speech_dispatcher, tmp_path):
    socket, wav = speech_dispatcher
    env = {**os.environ, "SPEECHD_ADDRESS": f"unix_socket:{socket}", "HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("STATION_APP_SPEECH_ENGINE", None)
    run = subprocess.run([sys.executable, "-c", BRIDGE_SCRIPT, SENTENCE], env=env,
                         capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["available"] and result["voiced"], result
    assert result["locale"] == "de_DE"
    assert result["spoken"] == [SENTENCE]
    assert result["states"][:1] == ["Speaking"] and result["states"][-1] == "Ready", result

    rate, samples = wait_until(lambda: wav.exists() and wav.stat().st_size > 44
                               and wav_samples(wav), what="audio in the WAV file")
    seconds = len(samples) / rate
    assert 1.5 < seconds < 12, seconds  # about 3.5 s for this sentence at espeak-ng's pace
    loud = sum(1 for sample in samples if abs(sample) > 1000)
    assert max(abs(sample) for sample in samples) > 5000
    assert loud / len(samples) > 0.1  # speech, not a click in silence
