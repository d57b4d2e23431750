"""The phone finder's numbering plans are built when the detector is made, not on the first
message that needs one: a function builds its detector while it starts, so compiling them
(about 140 ms for the default regions) is never paid on a customer's message."""

from __future__ import annotations

from connect_privacy.redaction.patterns import PatternsDetector, contact


def test_making_the_detector_builds_every_configured_regions_plan() -> None:
    contact._national_plan.cache_clear()  # the plans are cached per process: start empty

    PatternsDetector(phone_regions=("ES", "BR", "DE"))

    assert contact._national_plan.cache_info().currsize == 3


def test_a_single_configured_region_is_the_one_built() -> None:
    contact._national_plan.cache_clear()

    PatternsDetector(phone_region="PT")

    assert contact._national_plan.cache_info().currsize == 1


def test_a_phone_is_found_as_before_once_the_plans_are_built() -> None:
    detector = PatternsDetector(phone_regions=("ES",))

    spans = detector.detect("llámame al 612 345 678 por favor")

    assert [(s.entity_type, s.begin, s.end) for s in spans if s.entity_type == "PHONE"] == [
        ("PHONE", 11, 22)
    ]
