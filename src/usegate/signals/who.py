"""Who: `law_enforcement` and `for_us_police` from the tenant registry (SPEC §2).

The acting party is the end customer the request names (header
`X-Usegate-End-Customer` or `metadata.end_customer`) when the tenant is an
integrator and the customer is registered under it; otherwise the tenant. An
integrator serving police that names no end customer, or names one that is not
registered under it, leaves the signals unknown. Text that speaks as the police
("my sergeant", "our suspects database") contradicts a non-police declaration,
which then does not count.
"""

from __future__ import annotations

from dataclasses import dataclass

from usegate.request.anatomy import Anatomy, read
from usegate.request.case import Case, Tenant
from usegate.signals.base import Memo, SignalValue
from usegate.signals.text_rules import (
    SpeakerFindings,
    TextFindings,
    analyse,
    analyse_context,
    analyse_payload,
    speaker,
)


@dataclass(frozen=True)
class WhoFindings:
    law_enforcement: SignalValue
    for_us_police: SignalValue
    party: Tenant | None


def _describe(t: Tenant) -> str:
    kind = f"{t.sector}" + (f"/{t.le_type}" if t.le_type else "")
    return f"`{t.id}` ({t.name}; {kind}; {t.country})"


def anatomy(case: Case, memo: Memo) -> Anatomy:
    """The request split into instructions, ask and payload (once per request)."""
    return memo.get("anatomy", lambda: read(case))


def speaker_findings(case: Case, memo: Memo) -> SpeakerFindings:
    as_police = case.tenant.integrator  # only an integrator's end customer can be contradicted so
    return memo.get(
        "speaker", lambda: speaker(case, as_police=as_police, anatomy=lambda: anatomy(case, memo))
    )


def context_findings(case: Case, memo: Memo) -> TextFindings:
    return memo.get("context_findings", lambda: analyse_context(case, anatomy(case, memo)))


def text_findings(case: Case, memo: Memo) -> TextFindings:
    return memo.get("text_findings", lambda: analyse(case, anatomy(case, memo)))


def payload_findings(case: Case, memo: Memo) -> TextFindings:
    return memo.get("payload_findings", lambda: analyse_payload(case, anatomy(case, memo)))


def who(case: Case, memo: Memo) -> WhoFindings:
    return memo.get("who", lambda: _who(case, memo))


def _who(case: Case, memo: Memo) -> WhoFindings:
    tenant = case.tenant
    named = case.end_customer_id
    if not tenant.integrator:
        base = f"tenant {_describe(tenant)}"
        extra = (f"end customer `{named}` ignored: tenant is not an integrator",) if named else ()
        le = SignalValue(tenant.is_law_enforcement, 1.0, (base, *extra))
        if not tenant.is_law_enforcement:  # the registry settles police tenants: no scan
            found = speaker_findings(case, memo).for_police
            if found:
                # a non-police tenant that says it works for the police: "for police" is in doubt
                return WhoFindings(
                    le,
                    SignalValue(None, 0.3, (base, *(h.evidence("works for police") for h in found[:2]))),
                    tenant,
                )
        return WhoFindings(le, SignalValue(tenant.is_us_police, 1.0, (base, *extra)), tenant)

    text = speaker_findings(case, memo)
    police_speech = [h.evidence("speaks as police") for h in text.police_self[:2]]
    for_police_speech = [h.evidence("works for police") for h in text.for_police[:2]]
    if named:
        party = tenant.end_customer(named)
        if party is None:
            ev = f"end customer `{named}` is not registered under integrator `{tenant.id}`"
            unknown = SignalValue(None, 0.0, (ev,))
            return WhoFindings(unknown, unknown, None)
        base = f"end customer {_describe(party)} of integrator `{tenant.id}`"
        if not party.is_law_enforcement and (police_speech or for_police_speech):
            contradiction = (
                f"declared end customer `{party.id}` is {party.sector}, "
                f"but the request speaks as or for the police"
            )
            unknown = SignalValue(
                None, 0.2, (base, *police_speech, *for_police_speech), contradictions=(contradiction,)
            )
            return WhoFindings(unknown, unknown, party)
        return WhoFindings(
            SignalValue(party.is_law_enforcement, 1.0, (base,)),
            SignalValue(party.is_us_police, 1.0, (base,)),
            party,
        )
    customers = tenant.end_customers
    serves_le = tenant.is_law_enforcement or any(c.is_law_enforcement for c in customers)
    serves_police = tenant.is_us_police or any(c.is_us_police for c in customers)
    base = f"integrator {_describe(tenant)} names no end customer"
    le_ev = (base, f"serves law enforcement: {'yes' if serves_le else 'no'}")
    police_ev = (base, f"serves US police: {'yes' if serves_police else 'no'}")
    speech = tuple(police_speech + for_police_speech)
    le = SignalValue(None, 0.3, le_ev) if (serves_le or speech) else SignalValue(False, 0.9, le_ev)
    police = (
        SignalValue(None, 0.3, police_ev + speech)
        if (serves_police or speech)
        else SignalValue(False, 0.9, police_ev)
    )
    return WhoFindings(le, police, None)


class LawEnforcementSignal:
    name = "law_enforcement"

    def cost(self, case: Case, memo: Memo) -> float:
        return 0.1

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        return who(case, memo).law_enforcement


class ForUSPoliceSignal:
    name = "for_us_police"

    def cost(self, case: Case, memo: Memo) -> float:
        return 0.1

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        return who(case, memo).for_us_police
