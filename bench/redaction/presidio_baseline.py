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
    "ES_NIF": "ES_DNI",
    "ES_NIE": "ES_NIE",
    "ES_PASSPORT": "PASSPORT_NUMBER",
    "DE_TAX_ID": "DE_TAX_ID",
    "DE_PASSPORT": "PASSPORT_NUMBER",
}
LANGUAGES = ("en", "es", "fr", "de", "pt")
# Presidio's recognizers for these markets that its default registry leaves out.
EXTRA_RECOGNIZERS = ("EsPassportRecognizer", "DeTaxIdRecognizer", "DePassportRecognizer")


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


def presidio_multilingual_detector(
    threshold: float = THRESHOLD,
) -> Callable[[str, str], list[Span]]:
    """Presidio's predefined recognizers for each message's own language.

    One blank spaCy pipeline per language (no model download), the recognizers
    Presidio registers for that language, plus its Spanish passport and German
    tax id and passport recognizers. ``detect(text, language)``.
    """
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer import predefined_recognizers as predefined
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    class LowerLemmaBlank(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {lang: spacy.blank(lang) for lang in LANGUAGES}

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

    engine = LowerLemmaBlank(
        models=[{"lang_code": code, "model_name": "blank"} for code in LANGUAGES]
    )
    engine.load()
    registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
    registry.load_predefined_recognizers(languages=list(LANGUAGES), nlp_engine=engine)
    for name in EXTRA_RECOGNIZERS:
        registry.add_recognizer(getattr(predefined, name)())
    analyzer = AnalyzerEngine(
        nlp_engine=engine,
        registry=registry,
        supported_languages=list(LANGUAGES),
        default_score_threshold=threshold,
    )

    def detect(text: str, language: str) -> list[Span]:
        return [
            Span(r.start, r.end, LABELS.get(r.entity_type, r.entity_type), r.score, "presidio")
            for r in analyzer.analyze(text, language=language)
        ]

    return detect
