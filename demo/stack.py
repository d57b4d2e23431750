"""The stack's AWS resources, read from ``stack.json`` and created in the emulator.

``stack.json`` is the one description of names, keys and attributes; this module only
resolves its templates and makes the calls. Every Lambda function's environment is its
documented example (``tests/env/<function>.json``) with the resource references of
``stack.json`` filled in, so the handlers run with the configuration Terraform gives them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STACK_FILE = Path(__file__).resolve().parent / "stack.json"
ENV_DIR = ROOT / "tests" / "env"


def load_description(path: Path = STACK_FILE) -> dict[str, Any]:
    description: dict[str, Any] = json.loads(path.read_text())
    return description


def example_env(function: str) -> dict[str, str]:
    """The function's documented example environment."""
    env: dict[str, str] = json.loads((ENV_DIR / f"{function}.json").read_text())
    return env


@dataclass
class Stack:
    """What the emulator holds after ``create``: resolved names, URLs and ARNs."""

    description: dict[str, Any]
    naming: dict[str, str]
    key_arns: dict[str, str] = field(default_factory=dict)
    queue_urls: dict[str, str] = field(default_factory=dict)
    queue_arns: dict[str, str] = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)
    topic_arns: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)
    buckets: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_description(cls, description: dict[str, Any], **naming: str) -> Stack:
        """``naming`` overrides ``project``, ``environment``, ``region``, ``account_id`` or
        ``name`` itself (Terraform's ``name_prefix``)."""
        raw = {**description["naming"], **naming}
        values = {k: v for k, v in raw.items() if k != "name"}
        values["name"] = raw["name"].format(**values)
        return cls(description, values)

    def resolved(self) -> dict[str, Any]:
        """The description with every name template filled in (references left as they are).

        What a comparison with the Terraform plan reads: ``Stack.from_description(d,
        name=..., account_id=...)`` with the plan's values, then ``resolved()``.
        """

        def fill(value: Any, key: str = "") -> Any:
            if isinstance(value, dict):
                return {k: fill(v, k) for k, v in value.items()}
            if isinstance(value, list):
                return [fill(v) for v in value]
            if isinstance(value, str) and key in {"name", "alias"}:
                return self.name(value)
            if isinstance(value, str) and key.isupper() and ":" not in value:
                return self.name(value)  # an environment variable's literal value
            return value

        resolved: dict[str, Any] = fill(
            {k: v for k, v in self.description.items() if k not in {"about", "naming"}}
        )
        resolved["naming"] = dict(self.naming)
        return resolved

    def name(self, template: str) -> str:
        return template.format(**self.naming)

    def resolve(self, value: str) -> str:
        """``kind:key`` references to what the emulator created; other strings as templates."""
        kind, _, key = value.partition(":")
        lookup = {
            "kms": self.key_arns,
            "queue_url": self.queue_urls,
            "queue_arn": self.queue_arns,
            "table": self.tables,
            "topic_arn": self.topic_arns,
            "secret": self.secrets,
            "bucket": self.buckets,
        }.get(kind)
        if kind == "max_receive_count":
            return str(self.description["queues"][key]["redrive"]["max_receive_count"])
        if lookup is None or not key:
            return self.name(value)
        return lookup[key]

    def function_env(
        self, function: str, overrides: dict[str, str] | None = None
    ) -> dict[str, str]:
        example = example_env(function)
        declared = self.description["functions"][function]["environment"]
        env = {**example, **{k: self.resolve(v) for k, v in declared.items()}}
        return {**env, **(overrides or {})}

    # --- creation -------------------------------------------------------------------------

    def create(self, session: Any) -> None:
        """Create every resource through ``session`` (a boto3 session aimed at the emulator)."""
        self.create_keys(session.client("kms"))
        self.create_queues(session.client("sqs"))
        self.create_tables(session.client("dynamodb"))
        self.create_topics(session.client("sns"))
        self.create_secrets(session.client("secretsmanager"))
        self.create_buckets(session.client("s3"))

    def create_keys(self, kms: Any) -> None:
        for key, spec in self.description["kms_keys"].items():
            created = kms.create_key(Description=spec["description"], KeySpec=spec["key_spec"])
            arn = created["KeyMetadata"]["Arn"]
            kms.create_alias(AliasName=self.name(spec["alias"]), TargetKeyId=arn)
            if spec["enable_key_rotation"]:
                kms.enable_key_rotation(KeyId=arn)
            self.key_arns[key] = arn

    def create_queues(self, sqs: Any) -> None:
        queues = self.description["queues"]
        # Dead-letter queues first: the queues that redrive into them need their ARNs.
        ordered = sorted(queues, key=lambda key: "redrive" in queues[key])
        for key in ordered:
            spec = queues[key]
            attributes = {k: self.resolve(v) for k, v in spec["attributes"].items()}
            if "redrive" in spec:
                attributes["RedrivePolicy"] = json.dumps(
                    {
                        "deadLetterTargetArn": self.queue_arns[
                            spec["redrive"]["dead_letter_queue"]
                        ],
                        "maxReceiveCount": spec["redrive"]["max_receive_count"],
                    }
                )
            url = sqs.create_queue(QueueName=self.name(spec["name"]), Attributes=attributes)[
                "QueueUrl"
            ]
            self.queue_urls[key] = url
            self.queue_arns[key] = sqs.get_queue_attributes(
                QueueUrl=url, AttributeNames=["QueueArn"]
            )["Attributes"]["QueueArn"]

    def create_tables(self, dynamodb: Any) -> None:
        for key, spec in self.description["tables"].items():
            name = self.name(spec["name"])
            request: dict[str, Any] = {
                "TableName": name,
                "BillingMode": spec["billing_mode"],
                "AttributeDefinitions": [
                    {"AttributeName": n, "AttributeType": t} for n, t in spec["attributes"].items()
                ],
                "KeySchema": [{"AttributeName": spec["hash_key"], "KeyType": "HASH"}],
                "SSESpecification": {
                    "Enabled": True,
                    "SSEType": "KMS",
                    "KMSMasterKeyId": self.resolve(spec["kms_key"]),
                },
            }
            if spec["global_secondary_indexes"]:
                request["GlobalSecondaryIndexes"] = [
                    {
                        "IndexName": index["name"],
                        "KeySchema": [{"AttributeName": index["hash_key"], "KeyType": "HASH"}],
                        "Projection": {"ProjectionType": index["projection_type"]},
                    }
                    for index in spec["global_secondary_indexes"]
                ]
            dynamodb.create_table(**request)
            dynamodb.update_time_to_live(
                TableName=name,
                TimeToLiveSpecification={"Enabled": True, "AttributeName": spec["ttl_attribute"]},
            )
            if spec["point_in_time_recovery"]:
                dynamodb.update_continuous_backups(
                    TableName=name,
                    PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True},
                )
            self.tables[key] = name

    def create_topics(self, sns: Any) -> None:
        for key, spec in self.description["topics"].items():
            attributes = {k: self.resolve(v) for k, v in spec["attributes"].items()}
            self.topic_arns[key] = sns.create_topic(
                Name=self.name(spec["name"]), Attributes=attributes
            )["TopicArn"]

    def create_secrets(self, secrets: Any) -> None:
        for key, spec in self.description["secrets"].items():
            name = self.name(spec["name"])
            secrets.create_secret(Name=name, KmsKeyId=self.resolve(spec["kms_key"]))
            self.secrets[key] = name

    def create_buckets(self, s3: Any) -> None:
        region = self.naming["region"]
        for key, spec in self.description["buckets"].items():
            name = self.name(spec["name"])
            s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})
            s3.put_bucket_encryption(
                Bucket=name,
                ServerSideEncryptionConfiguration={
                    "Rules": [
                        {
                            "ApplyServerSideEncryptionByDefault": {
                                "SSEAlgorithm": "aws:kms",
                                "KMSMasterKeyID": self.resolve(spec["kms_key"]),
                            },
                            "BucketKeyEnabled": spec["bucket_key_enabled"],
                        }
                    ]
                },
            )
            if spec["versioning"]:
                s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
            self.buckets[key] = name

    def secret_value(self, key: str, value: dict[str, Any], session: Any) -> None:
        """Put the secret's value out of band, as the README's one command does."""
        expected = set(self.description["secrets"][key]["value_keys"])
        if set(value) != expected:
            raise ValueError(f"secret {key} takes exactly the keys {sorted(expected)}")
        session.client("secretsmanager").put_secret_value(
            SecretId=self.secrets[key], SecretString=json.dumps(value)
        )
