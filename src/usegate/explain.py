"""A person-readable account of one decision: who, what, context, signals, clauses."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from usegate.decision import Decision
from usegate.policy.packs import PackVersion
from usegate.request.case import Case
from usegate.types import CORE_SIGNALS, Outcome

_STYLE = {Outcome.ALLOW: "bold green", Outcome.DENY: "bold red", Outcome.REVIEW: "bold yellow"}
_GROUPS = {
    "Who": ("law_enforcement", "for_us_police"),
    "What": ("facial_recognition",),
    "Context": ("real_time", "mobile_camera", "uncontrolled"),
}


def render(case: Case, decision: Decision, versions: list[PackVersion], console: Console) -> None:
    t = case.tenant
    header = Table.grid(padding=(0, 2))
    header.add_row("case", case.id)
    header.add_row("received", case.received_at.isoformat())
    header.add_row(
        "tenant",
        f"{t.name} (`{t.id}`): {t.sector}{'/' + t.le_type if t.le_type else ''}, {t.country}"
        + (", integrator" if t.integrator else ""),
    )
    if case.end_customer_id:
        header.add_row("end customer", case.end_customer_id)
    header.add_row("endpoint", case.endpoint + (f"  model {case.model}" if case.model else ""))
    header.add_row(
        "content", f"{len(case.texts)} text part(s), {len(case.images)} image(s), {len(case.tools)} tool(s)"
    )
    console.print(Panel(header, title="request", expand=False))

    for group, names in _GROUPS.items():
        table = Table(title=group, title_justify="left", show_lines=False, expand=False)
        table.add_column("signal")
        table.add_column("value")
        table.add_column("conf.", justify="right")
        table.add_column("evidence")
        for name in names:
            value = decision.signals.get(name)
            if value is None:
                table.add_row(
                    name,
                    Text("not computed", style="dim"),
                    "",
                    Text("could not change the outcome", style="dim"),
                )
                continue
            shown = {True: "true", False: "false", None: "unknown"}[value.value]
            lines = list(value.evidence) + [f"CONTRADICTION: {c}" for c in value.contradictions]
            lines += [f"ERROR: {e}" for e in value.errors]
            table.add_row(name, shown, f"{value.confidence:.2f}", "\n".join(lines) or "-")
        console.print(table)
    extra = [n for n in decision.signals if n not in CORE_SIGNALS]
    for name in extra:
        v = decision.signals[name]
        console.print(f"{name}: {v.tri.value} ({v.confidence:.2f}) {'; '.join(v.evidence)}")

    parts: list[Text | Table] = []
    by_id = {c.id: c for v in versions for c in v.clauses}
    for clause_id in decision.clauses:
        clause = by_id.get(clause_id)
        if clause is None:
            parts.append(Text(clause_id))
            continue
        parts.append(
            Text.assemble(
                (clause.id, "bold"),
                "\n",
                clause.title,
                "\n",
                (clause.text, "italic"),
                "\n",
                (f"source: {clause.source}; effective {clause.effective}", "dim"),
                "\n",
            )
        )
    if not parts:
        parts.append(Text("no clause applies"))
    console.print(
        Panel(Group(*parts), title="clauses (" + ", ".join(v.ref for v in versions) + ")", expand=False)
    )

    outcome = Text(decision.outcome.value.upper(), style=_STYLE[decision.outcome])
    summary = Text.assemble("decision: ", outcome)
    if decision.outcome is Outcome.REVIEW and decision.undetermined:
        summary.append("  (depends on unknown: " + ", ".join(decision.undetermined) + ")")
    if decision.errors:
        summary.append("\nerrors: " + "; ".join(decision.errors))
    summary.append(f"\n{decision.elapsed_ms:.1f} ms")
    console.print(summary)
