"""The audit log: decision records, their redaction, the hash chain and the stores."""

from usegate.audit.record import AuditRecord, redact
from usegate.audit.store import AuditStore, MemoryStore, VerifyResult, open_store, verify
from usegate.audit.writer import AuditWriter

__all__ = [
    "AuditRecord",
    "AuditStore",
    "AuditWriter",
    "MemoryStore",
    "VerifyResult",
    "open_store",
    "redact",
    "verify",
]
