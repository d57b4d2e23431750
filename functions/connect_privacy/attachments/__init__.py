"""Files in both directions: what a file really is, fetching it, and screening it.

Customer files are screened before an agent sees them (``screening``): text detection
(Rekognition for photos, Textract for documents), the message redactor on what was read,
and opaque boxes over every word that holds an entity. Agent files go to Meta as uploads.
"""
