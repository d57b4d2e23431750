"""``ObjectStore`` over a boto3 S3 client (created lazily by the caller's factory).

Each method is one S3 request (the multipart copy excepted) so the benchmark's request
count is the code's. Missing objects become ``None``/``SourceGone`` and a failed
condition becomes ``PreconditionFailed``; every other error propagates unchanged.

IAM, for Terraform: HeadObject needs ``s3:GetObject`` (``s3:GetObjectVersion`` with a
VersionId) and, to see a 404 rather than a 403 for a missing key, ``s3:ListBucket``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NoReturn

from botocore.exceptions import ClientError

from connect_privacy.aws_errors import error_code
from connect_privacy.vault.checksums import SINGLE_COPY_ALGORITHMS, Checksum
from connect_privacy.vault.store import (
    CopyRequest,
    ObjectHead,
    ObjectTooLarge,
    PreconditionFailed,
    SourceGone,
)

if TYPE_CHECKING:
    from mypy_boto3_s3.client import S3Client
    from mypy_boto3_s3.type_defs import CopySourceTypeDef

_MISSING = frozenset({"404", "NoSuchKey", "NoSuchVersion", "NotFound"})
# HeadObject on a delete marker version answers 405.
_DELETE_MARKER = frozenset({"405", "MethodNotAllowed"})
_PRECONDITION = frozenset({"412", "PreconditionFailed"})
# A concurrent conditional write to the same key (S3 asks to retry).
_CONFLICT = frozenset({"409", "ConditionalRequestConflict"})
_CHUNK = 1024 * 1024


class S3ObjectStore:
    def __init__(self, client: Callable[[], S3Client]) -> None:
        self._client = client

    def head(self, bucket: str, key: str, version_id: str | None = None) -> ObjectHead | None:
        params: dict[str, Any] = {"Bucket": bucket, "Key": key, "ChecksumMode": "ENABLED"}
        if version_id:
            params["VersionId"] = version_id
        try:
            response = self._client().head_object(**params)
        except ClientError as error:
            if _code(error) in _MISSING | _DELETE_MARKER:
                return None
            raise
        kind = str(response.get("ChecksumType") or "FULL_OBJECT")
        raw: Mapping[str, Any] = response
        checksums = tuple(
            Checksum(name, str(raw[f"Checksum{name}"]), kind)
            for name in SINGLE_COPY_ALGORITHMS
            if raw.get(f"Checksum{name}")
        )
        return ObjectHead(
            bucket=bucket,
            key=key,
            size=int(response["ContentLength"]),
            etag=str(response.get("ETag", "")),
            version_id=response.get("VersionId") or version_id,
            content_type=response.get("ContentType"),
            metadata=dict(response.get("Metadata", {})),
            checksums=checksums,
            server_side_encryption=response.get("ServerSideEncryption"),
            kms_key_id=response.get("SSEKMSKeyId"),
        )

    def copy(self, request: CopyRequest) -> None:
        try:
            self._client().copy_object(
                **_destination(request),
                CopySource=_copy_source(request.source),
                CopySourceIfMatch=request.source.etag,
                MetadataDirective="REPLACE",
                # No tags carried over: none are expected and copying them would need
                # s3:GetObjectTagging/PutObjectTagging.
                TaggingDirective="REPLACE",
                ChecksumAlgorithm=request.checksum_algorithm,  # type: ignore[arg-type]
                IfNoneMatch="*",
            )
        except ClientError as error:
            _raise_typed(error)

    def multipart_copy(self, request: CopyRequest, part_size: int) -> None:
        client = self._client()
        destination = _destination(request)
        try:
            upload = client.create_multipart_upload(
                **destination,
                ChecksumAlgorithm=request.checksum_algorithm,  # type: ignore[arg-type]
                ChecksumType="FULL_OBJECT",
            )
        except ClientError as error:
            _raise_typed(error)
        upload_id = upload["UploadId"]
        try:
            parts = []
            size = request.source.size
            for number, start in enumerate(range(0, size, part_size), start=1):
                end = min(start + part_size, size) - 1
                result = client.upload_part_copy(
                    Bucket=request.bucket,
                    Key=request.key,
                    UploadId=upload_id,
                    PartNumber=number,
                    CopySource=_copy_source(request.source),
                    CopySourceIfMatch=request.source.etag,
                    CopySourceRange=f"bytes={start}-{end}",
                )["CopyPartResult"]
                part: dict[str, Any] = {"PartNumber": number, "ETag": result["ETag"]}
                checksum_field = f"Checksum{request.checksum_algorithm}"
                if checksum_field in result:
                    part[checksum_field] = result[checksum_field]  # type: ignore[literal-required]
                parts.append(part)
            client.complete_multipart_upload(
                Bucket=request.bucket,
                Key=request.key,
                UploadId=upload_id,
                MultipartUpload={"Parts": parts},  # type: ignore[typeddict-item]
                ChecksumType="FULL_OBJECT",
                MpuObjectSize=size,
                IfNoneMatch="*",
            )
        except Exception as error:
            # Best effort: a lifecycle rule (AbortIncompleteMultipartUpload) catches leftovers.
            with contextlib.suppress(ClientError):
                client.abort_multipart_upload(
                    Bucket=request.bucket, Key=request.key, UploadId=upload_id
                )
            if isinstance(error, ClientError):
                _raise_typed(error)
            raise

    def delete(self, bucket: str, key: str, *, version_id: str | None, etag: str) -> None:
        params: dict[str, Any] = {"Bucket": bucket, "Key": key}
        if version_id:
            params["VersionId"] = version_id  # removes that version: no delete marker
        else:
            params["IfMatch"] = etag  # unversioned: never delete a newer, uncopied object
        try:
            self._client().delete_object(**params)
        except ClientError as error:
            if _code(error) not in _MISSING:  # already gone: the goal state
                raise

    def stream(self, head: ObjectHead) -> Iterator[bytes]:
        params: dict[str, Any] = {"Bucket": head.bucket, "Key": head.key}
        if head.version_id:
            params["VersionId"] = head.version_id
        else:
            params["IfMatch"] = head.etag
        try:
            body = self._client().get_object(**params)["Body"]
        except ClientError as error:
            _raise_typed(error)
        try:
            yield from body.iter_chunks(_CHUNK)
        finally:
            body.close()

    def keys_with_prefix(self, bucket: str, prefix: str, limit: int = 1000) -> list[str]:
        response = self._client().list_objects_v2(Bucket=bucket, Prefix=prefix, MaxKeys=limit)
        return [item["Key"] for item in response.get("Contents", [])]

    def read(self, bucket: str, key: str, version_id: str | None, max_bytes: int) -> bytes:
        params: dict[str, Any] = {"Bucket": bucket, "Key": key}
        if version_id:
            params["VersionId"] = version_id
        try:
            response = self._client().get_object(**params)
        except ClientError as error:
            _raise_typed(error)
        body = response["Body"]
        try:
            if int(response.get("ContentLength", 0)) > max_bytes:
                raise ObjectTooLarge("object is larger than the configured maximum")
            return body.read()
        finally:
            body.close()

    def write(
        self,
        bucket: str,
        key: str,
        body: bytes,
        *,
        content_type: str,
        metadata: Mapping[str, str],
        kms_key_id: str | None,
    ) -> None:
        params: dict[str, Any] = {
            "Bucket": bucket,
            "Key": key,
            "Body": body,
            "ContentType": content_type,
            "Metadata": dict(metadata),
            "ChecksumAlgorithm": "CRC32",
        }
        if kms_key_id:
            params["ServerSideEncryption"] = "aws:kms"
            params["SSEKMSKeyId"] = kms_key_id
        self._client().put_object(**params)


def _destination(request: CopyRequest) -> dict[str, Any]:
    params: dict[str, Any] = {
        "Bucket": request.bucket,
        "Key": request.key,
        "Metadata": dict(request.metadata),
        "ServerSideEncryption": "aws:kms",
        "SSEKMSKeyId": request.kms_key_id,
    }
    if request.source.content_type:
        params["ContentType"] = request.source.content_type
    return params


def _copy_source(source: ObjectHead) -> CopySourceTypeDef:
    copy_source: CopySourceTypeDef = {"Bucket": source.bucket, "Key": source.key}
    if source.version_id:
        copy_source["VersionId"] = source.version_id
    return copy_source


def _code(error: ClientError) -> str:
    code = error_code(error)
    status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return code or str(status or "")


def _raise_typed(error: ClientError) -> NoReturn:
    code = _code(error)
    if code in _PRECONDITION or code in _CONFLICT:
        raise PreconditionFailed(code) from None
    if code in _MISSING:
        raise SourceGone(code) from None
    raise error
