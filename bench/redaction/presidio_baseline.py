"""Microsoft Presidio's analyzer, offline: a blank spaCy pipeline, pattern recognizers only.

No spaCy model can be downloaded here, so the NLP engine is ``spacy.blank("en")``
with lower-cased tokens standing in for lemmas; that keeps Presidio's context
boosting working (``../shared/reference/pii_anchors.md`` 1.6, option 3). The
disabled-by-default recognizers for entities in our corpus (ABA routing, UK
NINO, Canadian SIN) are added so Presidio gets its best shot. Its labels are
mapped to Comprehend's names.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from connect_privacy.redaction import Span

THRESHOLD = 0.4  # presidio-research's "vanilla" threshold

LABELS = {
    "CREDIT_CARD": "CREDIT_DEBIT_NUMBER",
    "US_SSN": "SSN",
    "US_ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "US_BANK_NUMBER": "BANK_ACCOUNT_NUMBER",
    "ABA_ROUTING_NUMBER": "BANK_ROUTING",
    "IBAN_CODE": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IP_ADDRESS": "IP_ADDRESS",
    "MAC_ADDRESS": "MAC_ADDRESS",
    "UK_NHS": "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    "UK_NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "CA_SIN": "CA_SOCIAL_INSURANCE_NUMBER",
    "US_PASSPORT": "PASSPORT_NUMBER",
    "US_DRIVER_LICENSE": "DRIVER_ID",
    "DATE_TIME": "DATE_TIME",
    "URL": "URL",
}


def presidio_detector(threshold: float = THRESHOLD) -> Callable[[str], list[Span]]:
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        AbaRoutingRecognizer,
        CaSinRecognizer,
        UkNinoRecognizer,
    )

    # Presidio's email validator calls tldextract, which would fetch the Public
    # Suffix List over the network; use the snapshot bundled with tldextract.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    class LowerLemmaBlank(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

        def _doc_to_nlp_artifact(self, doc, language):  # type: ignore[no-untyped-def]
            return NlpArtifacts(
                entities=[],
                tokens=doc,
                tokens_indices=[t.idx for t in doc],
                lemmas=[t.lower_ for t in doc],
                nlp_engine=self,
                language=language,
                scores=[],
            )

    engine = LowerLemmaBlank(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    for recognizer in (AbaRoutingRecognizer(), UkNinoRecognizer(), CaSinRecognizer()):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(
        nlp_engine=engine,
        registry=registry,
        supported_languages=["en"],
        default_score_threshold=threshold,
    )

    def detect(text: str) -> list[Span]:
        return [
            Span(r.start, r.end, LABELS.get(r.entity_type, r.entity_type), r.score, "presidio")
            for r in analyzer.analyze(text, language="en")
        ]

    return detect
