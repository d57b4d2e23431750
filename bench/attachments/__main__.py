"""Screen a 12-megapixel customer photo the way the inbound worker does; print time and memory.

Everything of ``Screener.screen`` runs except the detection call, which answers at once
with 100 words (Rekognition's cap) of which four hold a card number: decode and EXIF
transpose, the detector's copy (downscaled under 5 MB), the redactor over the read text,
covering, re-encoding. Each case runs in a fresh interpreter so its peak resident set
(``ru_maxrss``) is its own; the figure is set against the inbound function's
``memory_size`` in Terraform. Prints figures, asserts nothing.
"""

from __future__ import annotations

import io
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FUNCTIONS_TF = REPO / "terraform" / "modules" / "messenger_relay" / "functions.tf"
SIZE = (4000, 3000)  # 12 megapixels
RUNS = 5


def _photo(image_format: str) -> bytes:
    """A photo-like 12 MP image: smooth gradients plus sensor-like noise (not a flat fill,
    which would compress to nothing), with EXIF orientation set as phones do."""
    from PIL import Image

    gradient = Image.linear_gradient("L").resize(SIZE)
    noise = Image.effect_noise(SIZE, 40)
    image = Image.merge("RGB", (gradient, noise, Image.blend(gradient, noise, 0.5)))
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6
    options = {"quality": 90, "exif": exif.tobytes()} if image_format == "JPEG" else {}
    image.save(out, image_format, **options)
    return out.getvalue()


def _child(path: str) -> None:
    from connect_privacy.attachments.detected_text import Box, DetectedText, Line, Word
    from connect_privacy.attachments.file_types import sniff
    from connect_privacy.attachments.screening import Screener
    from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
    from connect_privacy.telemetry import NullCounter

    words = [Word(f"word{i}", Box(0.01 * (i % 90), 0.3, 0.008, 0.02)) for i in range(96)]
    card = [Word(group, Box(0.1 + 0.1 * i, 0.6, 0.08, 0.05)) for i, group in
            enumerate(["4111", "1111", "1111", "1111"])]  # fmt: skip
    detected = DetectedText((Line("", Box(0, 0.3, 0.9, 0.02), tuple(words)),
                             Line("", Box(0.1, 0.6, 0.4, 0.05), tuple(card))))  # fmt: skip

    class Instant:
        def detect(self, image: bytes) -> DetectedText:
            return detected

    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS})),
        comprehend_client=None,
        counter=NullCounter(),
    )
    screener = Screener(photos=Instant(), documents=Instant(), redactor=redactor)
    data = Path(path).read_bytes()  # made by the parent, so its peak is not counted here
    file_type = sniff(data)
    assert file_type is not None
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = screener.screen(data, file_type)
        timings.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "input_mb": len(data) / 1_048_576,
        "output_mb": len(result.data) / 1_048_576,
        "regions": result.regions_covered,
        "median_s": statistics.median(timings),
        "max_s": max(timings),
        "baseline_mb": baseline / 1024,
        "peak_mb": peak / 1024,
    }))  # fmt: skip


def _lambda_memory_mb() -> int | None:
    text = FUNCTIONS_TF.read_text()
    block = re.search(r'module "inbound" \{(.*?)\n\}', text, re.S)
    found = re.search(r"memory_size\s*=\s*(\d+)", block.group(1)) if block else None
    return int(found.group(1)) if found else None


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(sys.argv[2])
        return
    memory = _lambda_memory_mb()
    print(f"Screening a {SIZE[0]}x{SIZE[1]} (12 MP) photo, detection excluded; "
          f"median of {RUNS} runs, fresh interpreter per format")  # fmt: skip
    print(f"inbound Lambda memory_size (Terraform): {memory} MB")
    print(f"{'format':7} {'in MB':>6} {'out MB':>6} {'median s':>9} {'max s':>6} "
          f"{'RSS before':>10} {'peak RSS':>9} {'of Lambda':>9}")  # fmt: skip
    for image_format in ("JPEG", "PNG"):
        with tempfile.NamedTemporaryFile(suffix=f".{image_format.lower()}") as photo:
            photo.write(_photo(image_format))
            photo.flush()
            output = _run_child(photo.name)
        figures = json.loads(output.strip().splitlines()[-1])
        share = f"{figures['peak_mb'] / memory:9.0%}" if memory else "        ?"
        print(
            f"{image_format:7} {figures['input_mb']:6.1f} {figures['output_mb']:6.1f} "
            f"{figures['median_s']:9.2f} {figures['max_s']:6.2f} "
            f"{figures['baseline_mb']:8.0f}MB {figures['peak_mb']:7.0f}MB {share}"
        )
    print("RSS before: interpreter, imports and the encoded photo; peak: after screening it "
          f"{RUNS} times. Lambda CPU scales with memory_size (1,769 MB = 1 vCPU).")  # fmt: skip


def _run_child(path: str) -> str:
    return subprocess.run(  # noqa: S603 - this interpreter, this module, fixed args
            [sys.executable, "-m", "bench.attachments", "--child", path],
            check=True, capture_output=True, text=True, cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO / "functions")},
        ).stdout  # fmt: skip


if __name__ == "__main__":
    main()
