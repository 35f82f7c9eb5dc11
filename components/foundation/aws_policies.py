"""IAM and bucket policy documents for the AWS foundation (pure: plain dicts in, JSON strings out).

Kept apart from the resources so every statement is unit-tested and reviewed as data.
"""

from __future__ import annotations

import json
from typing import Iterable, Sequence

from contract.errors import ArgumentError

from .base import Access
from .naming import k8s_subject

MANAGED_POLICY = "arn:aws:iam::aws:policy/"
"""Prefix of AWS managed policy ARNs (AmazonEKSWorkerNodePolicy, ...)."""
READ_ACTIONS = ("s3:GetObject", "s3:GetObjectVersion")
WRITE_ACTIONS = ("s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload")
LIST_ACTIONS = ("s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads")


def _doc(statements: Sequence[dict]) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)}, sort_keys=True)


def assume_role_for_service(service: str) -> str:
    """Trust policy letting an AWS service (eks.amazonaws.com, ec2.amazonaws.com) assume a role."""
    return _doc([{"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}])


def irsa_trust_policy(oidc_provider_arn: str, issuer_url: str, namespace: str, service_account: str) -> str:
    """IRSA trust: only this service account's projected token (audience sts.amazonaws.com) may assume the role."""
    issuer = issuer_url.removeprefix("https://")
    return _doc(
        [
            {
                "Effect": "Allow",
                "Principal": {"Federated": oidc_provider_arn},
                "Action": "sts:AssumeRoleWithWebIdentity",
                "Condition": {
                    "StringEquals": {
                        f"{issuer}:sub": k8s_subject(namespace, service_account),
                        f"{issuer}:aud": "sts.amazonaws.com",
                    }
                },
            }
        ]
    )


def bucket_access_policy(grants: Iterable[tuple[str, Access, str]]) -> str:
    """Least privilege for (bucket ARN, access, KMS key ARN) grants: list + read (+ write), and the key use that needs."""
    statements: list[dict] = []
    for index, (bucket_arn, access, key_arn) in enumerate(grants):
        object_actions = list(READ_ACTIONS) + (list(WRITE_ACTIONS) if access == Access.READ_WRITE else [])
        key_actions = ["kms:Decrypt"] + (["kms:GenerateDataKey", "kms:Encrypt"] if access == Access.READ_WRITE else [])
        statements += [
            {"Sid": f"List{index}", "Effect": "Allow", "Action": list(LIST_ACTIONS), "Resource": bucket_arn},
            {"Sid": f"Objects{index}", "Effect": "Allow", "Action": object_actions, "Resource": f"{bucket_arn}/*"},
            {"Sid": f"Key{index}", "Effect": "Allow", "Action": key_actions, "Resource": key_arn},
        ]
    if not statements:
        raise ArgumentError("grants is empty: an identity binding must grant access to at least one bucket")
    return _doc(statements)


def tls_only_bucket_policy(bucket_arn: str) -> str:
    """Deny any request to the bucket that is not over TLS (aws:SecureTransport false) or uses TLS < 1.2."""
    resources = [bucket_arn, f"{bucket_arn}/*"]
    return _doc(
        [
            {
                "Sid": "DenyInsecureTransport",
                "Effect": "Deny",
                "Principal": "*",
                "Action": "s3:*",
                "Resource": resources,
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            },
            {
                "Sid": "DenyOutdatedTls",
                "Effect": "Deny",
                "Principal": "*",
                "Action": "s3:*",
                "Resource": resources,
                "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}},
            },
        ]
    )


def ebs_csi_kms_policy(key_arn: str) -> str:
    """What the EBS CSI driver needs to create volumes encrypted with a customer-managed key."""
    return _doc(
        [
            {
                "Effect": "Allow",
                "Action": ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"],
                "Resource": key_arn,
                "Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}},
            },
            {
                "Effect": "Allow",
                "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                "Resource": key_arn,
            },
        ]
    )
