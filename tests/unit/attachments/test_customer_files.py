"""Fetching customer files from a real HTTP server on 127.0.0.1, under each policy."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from connect_privacy.attachments.customer_files import (
    AttachmentPolicy,
    CustomerFiles,
    IncomingAttachment,
)
from connect_privacy.attachments.download import (
    Downloader,
    DownloadLimits,
    DownloadProblem,
    DownloadRefused,
)
from connect_privacy.attachments.file_types import PNG, FileType
from connect_privacy.attachments.screening import ScreenedFile
from connect_privacy.telemetry import MemoryCounter
from tests.support.files import FileServer, Served, card_image, encoded, running_file_server


@pytest.fixture
def server() -> Iterator[FileServer]:
    with running_file_server() as running:
        yield running


class RecordingScreener:
    def __init__(self) -> None:
        self.seen: list[FileType] = []

    def screen(self, data: bytes, file_type: FileType) -> ScreenedFile:
        self.seen.append(file_type)
        return ScreenedFile(b"\x89PNG\r\n\x1a\ncovered", PNG, 2, 5, False)


def files(policy: AttachmentPolicy, screener: Any = None) -> tuple[CustomerFiles, MemoryCounter]:
    counter = MemoryCounter()
    return CustomerFiles(
        policy=policy,
        fetcher=Downloader(allow_loopback_http=True),
        screener=screener or RecordingScreener(),
        counter=counter,
    ), counter


def test_a_png_served_as_jpeg_is_screened_as_the_png_it_is(server: FileServer) -> None:
    url = server.serve("/a", Served(encoded(card_image()[0]), content_type="image/jpeg"))
    screener = RecordingScreener()
    relay, counter = files(AttachmentPolicy.SCREEN, screener)

    prepared = relay.prepare([IncomingAttachment("image", url)])

    assert screener.seen == [PNG]
    assert prepared.lines == ("[image: screened for sensitive data, 2 regions covered]",)
    assert [(f.name, f.content_type) for f in prepared.files] == [("image-1.png", "image/png")]
    assert counter.totals["AttachmentRegionsCovered"] == 2


def test_text_posing_as_an_image_is_withheld_and_never_forwarded(server: FileServer) -> None:
    url = server.serve("/b", Served(b"card 4111 1111 1111 1111", content_type="image/png"))
    relay, counter = files(AttachmentPolicy.SCREEN)

    prepared = relay.prepare([IncomingAttachment("image", url)])

    assert prepared.files == ()
    assert prepared.lines == (
        "[image withheld: this file type cannot be checked for sensitive data]",
    )
    assert counter.totals["AttachmentsWithheldUnsupportedType"] == 1


@pytest.mark.parametrize("send_length", [True, False])
def test_an_oversized_file_is_refused_while_it_downloads(
    server: FileServer, send_length: bool
) -> None:
    url = server.serve("/big", Served(b"\xff\xd8\xff" + b"0" * 5000, send_length=send_length))
    with pytest.raises(DownloadRefused) as refused:
        Downloader(allow_loopback_http=True).fetch(url, DownloadLimits(max_bytes=4096))
    assert refused.value.problem is DownloadProblem.TOO_LARGE


def test_redirects_are_followed_only_to_allowed_schemes(server: FileServer) -> None:
    server.serve("/file", Served(b"\x89PNG\r\n\x1a\n...."))
    hop = server.serve("/hop", Served(b"", status=302, location="/file"))
    assert Downloader(allow_loopback_http=True).fetch(hop, DownloadLimits(100)).startswith(b"\x89")
    away = server.serve("/away", Served(b"", status=302, location="http://example.invalid/x"))
    with pytest.raises(DownloadRefused) as refused:
        Downloader(allow_loopback_http=True).fetch(away, DownloadLimits(100))
    assert refused.value.problem is DownloadProblem.NOT_HTTPS
    # Production never reads plain http, loopback included.
    with pytest.raises(DownloadRefused):
        Downloader().fetch(hop, DownloadLimits(100))


def test_forward_uploads_connect_types_unscreened_and_withholds_the_rest(
    server: FileServer,
) -> None:
    png = server.serve("/p", Served(encoded(card_image()[0])))
    gif = server.serve("/g", Served(b"GIF89a" + b"\x00" * 20))
    screener = RecordingScreener()
    relay, counter = files(AttachmentPolicy.FORWARD, screener)

    prepared = relay.prepare([IncomingAttachment("image", png), IncomingAttachment("image", gif)])

    assert screener.seen == []
    assert prepared.lines[0] == "[image: forwarded unscreened]"
    assert prepared.lines[1].startswith("[image withheld:")
    assert len(prepared.files) == 1 and counter.totals["AttachmentsForwardedUnscreened"] == 1


@pytest.mark.parametrize(
    ("policy", "lines"),
    [(AttachmentPolicy.PLACEHOLDER, ("[attachment: image]",)), (AttachmentPolicy.DROP, ())],
)
def test_placeholder_and_drop_fetch_nothing(
    policy: AttachmentPolicy, lines: tuple[str, ...]
) -> None:
    relay, _ = files(policy)
    prepared = relay.prepare([IncomingAttachment("image", "https://example.invalid/never")])
    assert prepared.lines == lines and prepared.files == ()


def test_a_missing_or_failed_download_is_withheld(server: FileServer) -> None:
    relay, counter = files(AttachmentPolicy.SCREEN)
    prepared = relay.prepare(
        [IncomingAttachment("image", None), IncomingAttachment("file", server.base_url + "/gone")]
    )
    assert prepared.files == ()
    assert prepared.lines[1] == "[file withheld: the file could not be fetched]"
    assert counter.totals["AttachmentsWithheld"] == 2
