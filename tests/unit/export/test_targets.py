"""Export targets: USB sticks from the mount table, then the station's data folder."""

from __future__ import annotations

from pathlib import Path

from station_app.export.targets import export_targets, removable_mounts

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
/dev/sdb1 /media/kiosk/STADT\\040DO vfat rw,nosuid 0 0
/dev/sdc1 /run/media/kiosk/INTENSO exfat rw 0 0
/dev/sdd1 /mnt/usb vfat rw 0 0
/dev/sde1 /media/kiosk/STADT\\040DO/nested vfat rw 0 0
tmpfs /run/user/1000 tmpfs rw 0 0
"""
ROOTS = [Path("/media/kiosk"), Path("/media"), Path("/run/media/kiosk"), Path("/mnt")]


def test_removable_mounts_are_found_and_unescaped():
    assert removable_mounts(MOUNTS, ROOTS) == [
        Path("/media/kiosk/STADT DO"), Path("/run/media/kiosk/INTENSO"), Path("/mnt/usb")]


def test_targets_list_sticks_first_then_the_data_folder(tmp_path):
    stick = tmp_path / "media" / "kiosk" / "STICK"
    stick.mkdir(parents=True)
    mounts = f"/dev/sdb1 {stick} vfat rw 0 0\n"
    targets = export_targets(tmp_path / "data", mounts, [tmp_path / "media" / "kiosk"])
    # Names, not labels: the dashboard words them in the UI language.
    assert [t.name for t in targets] == ["STICK", ""]
    assert targets[0].removable and targets[0].writable and targets[0].free_bytes > 0
    assert targets[1].path == tmp_path / "data" / "exports" and targets[1].path.is_dir()
    assert not targets[1].removable


def test_without_sticks_only_the_data_folder_remains(tmp_path):
    targets = export_targets(tmp_path, "", ROOTS)
    assert len(targets) == 1 and targets[0].writable
