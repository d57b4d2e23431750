"""Screening a customer image: the detector's own boxes over every word holding an entity.

Detection is Rekognition/Textract behind botocore's Stubber, which checks each request and
each canned response against the real service model.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.stub import ANY, Stubber
from PIL import Image

from connect_privacy.attachments.detected_text import Box, RekognitionText, TextractText
from connect_privacy.attachments.file_types import JPEG, PDF, PNG, sniff
from connect_privacy.attachments.images import pixel_rect
from connect_privacy.attachments.screening import Screener, ScreeningRefused, WithheldReason
from connect_privacy.redaction import Engine, FailurePolicy, RedactionSettings, build_redactor
from connect_privacy.telemetry import MemoryCounter
from tests.support.files import (
    CARD,
    DrawnWord,
    card_image,
    detect_document_response,
    detect_text_response,
    encoded,
)

DETECT_TEXT_PARAMS = {"Image": {"Bytes": ANY}, "Filters": {"WordFilter": {"MinConfidence": 0.0}}}
DETECT_DOCUMENT_PARAMS = {"Document": {"Bytes": ANY}}


@pytest.fixture
def rekognition() -> Iterator[tuple[Any, Stubber]]:
    client = boto3.client("rekognition", region_name="eu-west-2")
    with Stubber(client) as stubber:
        yield client, stubber
        stubber.assert_no_pending_responses()


@pytest.fixture
def textract() -> Iterator[tuple[Any, Stubber]]:
    client = boto3.client("textract", region_name="eu-west-2")
    with Stubber(client) as stubber:
        yield client, stubber
        stubber.assert_no_pending_responses()


def patterns_redactor() -> Any:
    settings = RedactionSettings(engines=frozenset({Engine.PATTERNS}))
    return build_redactor(settings, comprehend_client=None, counter=MemoryCounter())


def comprehend_redactor(policy: FailurePolicy) -> tuple[Any, Stubber]:
    client = boto3.client("comprehend", region_name="eu-west-2")
    stubber = Stubber(client)
    settings = RedactionSettings(failure_policy=policy)
    redactor = build_redactor(settings, comprehend_client=lambda: client, counter=MemoryCounter())
    return redactor, stubber


def screener(rekognition: Any, textract: Any, redactor: Any = None) -> Screener:
    return Screener(
        photos=RekognitionText(lambda: rekognition),
        documents=TextractText(lambda: textract),
        redactor=redactor or patterns_redactor(),
    )


def card_words(words: list[DrawnWord]) -> list[DrawnWord]:
    return [w for w in words if w.text != "Card"]


def ratio_box(word: DrawnWord, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = word.pixels
    return Box(x0 / size[0], y0 / size[1], (x1 - x0) / size[0], (y1 - y0) / size[1])


def covered_mask(words: list[DrawnWord], size: tuple[int, int]) -> set[tuple[int, int]]:
    pixels = set()
    for word in words:
        x0, y0, x1, y1 = pixel_rect(ratio_box(word, size), size)
        pixels.update((x, y) for x in range(x0, x1) for y in range(y0, y1))
    return pixels


def test_card_number_words_are_covered_and_nothing_else_changes(rekognition, textract) -> None:
    image, words = card_image()
    client, stubber = rekognition
    stubber.add_response("detect_text", detect_text_response(words, image.size), DETECT_TEXT_PARAMS)

    result = screener(client, textract[0]).screen(encoded(image), PNG)

    assert result.file_type == PNG and sniff(result.data) == PNG
    assert result.regions_covered == 4  # the four groups of the card number, not "Card"
    out = Image.open(io.BytesIO(result.data)).convert("RGB")
    assert out.size == image.size
    covered = covered_mask(card_words(words), image.size)
    original, screened = image.load(), out.load()
    assert {screened[x, y] for x, y in covered} == {(0, 0, 0)}
    changed = [
        (x, y)
        for y in range(image.height)
        for x in range(image.width)
        if (x, y) not in covered and screened[x, y] != original[x, y]
    ]
    assert changed == []
    # The word that holds no entity is untouched, pixel for pixel.
    card_label = covered_mask([w for w in words if w.text == "Card"], image.size)
    assert all(screened[p] == original[p] for p in card_label)


def test_jpeg_is_turned_upright_and_leaves_without_exif(rekognition, textract) -> None:
    image, _ = card_image((300, 120))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 degrees clockwise to display
    exif[0x010F] = "Synthetic camera"
    data = encoded(image, "JPEG", exif=exif.tobytes())
    client, stubber = rekognition
    stubber.add_response("detect_text", {"TextDetections": []}, DETECT_TEXT_PARAMS)

    result = screener(client, textract[0]).screen(data, JPEG)

    out = Image.open(io.BytesIO(result.data))
    assert out.format == "JPEG" and out.size == (120, 300)  # upright: rotated
    assert not out.getexif() and "exif" not in out.info
    assert result.regions_covered == 0


def test_a_full_image_is_read_again_by_textract_when_rekognition_hits_its_word_cap(
    rekognition, textract
) -> None:
    image, words = card_image()
    filler = [
        {
            "DetectedText": "lorem",
            "Type": "WORD",
            "Id": 1000 + i,
            "ParentId": 999,
            "Confidence": 90.0,
            "Geometry": {"BoundingBox": {"Width": 0.01, "Height": 0.01, "Left": 0.0, "Top": 0.0}},
        }
        for i in range(100)
    ]
    rekognition[1].add_response("detect_text", {"TextDetections": filler}, DETECT_TEXT_PARAMS)
    textract[1].add_response(
        "detect_document_text", detect_document_response(words, image.size), DETECT_DOCUMENT_PARAMS
    )

    result = screener(rekognition[0], textract[0]).screen(encoded(image), PNG)

    assert result.regions_covered == 4


def test_a_one_page_pdf_is_rendered_covered_and_sent_as_an_image(rekognition, textract) -> None:
    image, words = card_image()
    pdf = encoded(image, "PDF", resolution=72)
    assert sniff(pdf) == PDF

    def respond(size: tuple[int, int]) -> dict[str, Any]:
        return detect_document_response(words, size)

    # The page renders at 150 dpi: the ratios are the same whatever the scale.
    textract[1].add_response("detect_document_text", respond(image.size), DETECT_DOCUMENT_PARAMS)

    result = screener(rekognition[0], textract[0]).screen(pdf, PDF)

    assert result.file_type == PNG and result.regions_covered == 4
    out = Image.open(io.BytesIO(result.data)).convert("RGB")
    scale = out.width / image.width
    x0, y0, x1, y1 = card_words(words)[0].pixels
    centre = (int((x0 + x1) / 2 * scale), int((y0 + y1) / 2 * scale))
    assert out.getpixel(centre) == (0, 0, 0)


def test_a_pdf_of_several_pages_is_withheld(rekognition, textract) -> None:
    first, _ = card_image()
    second, _ = card_image()
    out = io.BytesIO()
    first.save(out, "PDF", save_all=True, append_images=[second])

    with pytest.raises(ScreeningRefused) as refused:
        screener(rekognition[0], textract[0]).screen(out.getvalue(), PDF)
    assert refused.value.reason is WithheldReason.TOO_MANY_PAGES


@pytest.mark.parametrize("policy", list(FailurePolicy))
def test_a_failed_detection_withholds_the_file_under_every_failure_policy(
    rekognition, textract, policy
) -> None:
    image, _ = card_image()
    rekognition[1].add_client_error(
        "detect_text", service_error_code="ThrottlingException", http_status_code=400
    )
    redactor, _ = comprehend_redactor(policy)

    with pytest.raises(ScreeningRefused) as refused:
        screener(rekognition[0], textract[0], redactor).screen(encoded(image), PNG)
    assert refused.value.reason is WithheldReason.DETECTION_FAILED


def test_comprehend_failing_on_the_detected_text_follows_the_failure_policy(
    rekognition, textract
) -> None:
    image, words = card_image()
    response = detect_text_response(words, image.size)

    blocking, stub = comprehend_redactor(FailurePolicy.BLOCK)
    stub.add_client_error("detect_pii_entities", service_error_code="InternalServerException",
                          http_status_code=500)  # fmt: skip
    rekognition[1].add_response("detect_text", response, DETECT_TEXT_PARAMS)
    with stub, pytest.raises(ScreeningRefused) as refused:
        screener(rekognition[0], textract[0], blocking).screen(encoded(image), PNG)
    assert refused.value.reason is WithheldReason.REDACTION_BLOCKED

    fallback, stub = comprehend_redactor(FailurePolicy.PATTERNS_ONLY)
    stub.add_client_error("detect_pii_entities", service_error_code="InternalServerException",
                          http_status_code=500)  # fmt: skip
    rekognition[1].add_response("detect_text", response, DETECT_TEXT_PARAMS)
    with stub:
        result = screener(rekognition[0], textract[0], fallback).screen(encoded(image), PNG)
    assert result.degraded and result.regions_covered == 4


@pytest.mark.parametrize("data", [b"GIF89a not really", b"%PDF-1.7 broken", CARD.encode()])
def test_what_cannot_be_decoded_or_screened_is_withheld(rekognition, textract, data) -> None:
    file_type = sniff(data)
    assert file_type is not None
    with pytest.raises(ScreeningRefused) as refused:
        screener(rekognition[0], textract[0]).screen(data, file_type)
    assert refused.value.reason in {WithheldReason.UNREADABLE, WithheldReason.UNSUPPORTED_TYPE}
