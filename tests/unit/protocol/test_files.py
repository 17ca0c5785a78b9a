"""Writing files completely or not at all, and failing in one sentence that names the file."""

from __future__ import annotations

import errno
import os

import pytest

from station_app.errors import UserError
from station_app.protocol.files import atomic_file, atomic_write


def test_atomic_file_replaces_only_when_complete(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("alt")
    with pytest.raises(RuntimeError), atomic_file(target) as handle:
        handle.write(b"halb")
        raise RuntimeError("stick pulled")
    assert target.read_text() == "alt"
    assert os.listdir(tmp_path) == ["export.csv"]  # no temporary file left behind
    with atomic_file(target) as handle:
        handle.write(b"neu")
    assert target.read_text() == "neu"
    assert os.listdir(tmp_path) == ["export.csv"]


def test_unwritable_targets_give_one_clear_sentence(tmp_path):
    with pytest.raises(UserError, match="the folder does not exist"), \
            atomic_file(tmp_path / "missing" / "x.csv"):
        pass
    with pytest.raises(UserError, match="is a folder"), atomic_file(tmp_path):
        pass


@pytest.mark.parametrize(("code", "message"), [
    (errno.ENOSPC, "the disk is full"), (errno.EACCES, "cannot write here"),
    (errno.EROFS, "cannot write here"), (errno.EIO, "input/output error"),
    (errno.EBADF, "cannot be written"),
])
def test_os_errors_become_plain_sentences(tmp_path, monkeypatch, code, message):
    def failing_replace(source, target):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(UserError, match=message), atomic_file(tmp_path / "x.csv") as handle:
        handle.write(b"data")
    assert os.listdir(tmp_path) == []


def test_a_device_or_pipe_is_refused_where_a_file_should_be(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        atomic_write(fifo, b"data")
    with pytest.raises(UserError, match="not a regular file"):
        atomic_write(__import__("pathlib").Path("/dev/null"), b"data")


def test_create_folder_makes_the_folder_first(tmp_path):
    atomic_write(tmp_path / "new" / "deeper" / "f.json", b"{}", create_folder=True)
    assert (tmp_path / "new" / "deeper" / "f.json").read_bytes() == b"{}"
    with pytest.raises(UserError, match="does not exist"):
        atomic_write(tmp_path / "other" / "f.json", b"{}")
