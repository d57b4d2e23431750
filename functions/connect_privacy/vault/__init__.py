"""The Contact Lens originals vault: relocation of originals, and re-redacted publishing.

- ``relocation``: move each original analysis file (and, optionally, each original
  call recording) into the locked vault bucket exactly once: copy, verify, delete.
- ``publishing``: re-redact the redacted analysis JSON with the project's offline
  detectors and write it under a published prefix for analytics readers.
- ``events``: the S3 notification and EventBridge shapes, keys decoded exactly.
- ``store`` / ``s3_store``: the narrow storage interface and its S3 adapter.
- ``replay``: re-drive the on-failure destination's events after a fix.

Handlers: ``functions/relocate/handler.py`` and ``functions/publish/handler.py``.
"""
