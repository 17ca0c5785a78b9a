"""Child process for the crash tests: adds cards in a loop and reports each committed one.

It prints ``committed <uuid>`` only after ``intake.submit`` has returned, i.e. after the
transaction was committed; the parent kills it with SIGKILL at a random moment and then
checks that every reported card is in the database.
"""

import sys
from pathlib import Path

from station_app.intake import CardDraft
from station_app.station import Station


def main() -> None:
    station = Station.open(data_dir=Path(sys.argv[1]))
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        card = station.intake.submit(CardDraft(
            prompt_id="idee", topic_id="wohnen", text=f"Karte {number}: Grünflächen für alle"))
        sys.stdout.write(f"committed {card.uuid}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
