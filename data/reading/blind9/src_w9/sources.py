"""Text of SOURCES_w9.md (counts are filled in by build.py)."""
HEAD = """# blind9 / writer w9 — sources and counts

Languages: pl ja ru tr ko ar. Every record is hand-written in `src_w9/recs_r1.py` … `recs_r7.py`
(one file per writing round; each round covers all six languages and all classes).
`src_w9/common.py` holds the tenant registry (US police, US non-police law enforcement,
non-US police / border / customs / corrections / gendarmerie, commercial, nonprofit,
academic, individual tenants and integrators with registered end customers), the request-shape
helpers (chat, multi-turn, /v1/responses, /v1/embeddings with image+text items, tools,
X-Usegate-* declaration headers, metadata.end_customer) and `derive()`, which computes
`kind`, `expect.accept` and `expect.clauses` from the tenant / named end customer and the
hand-set `labels` by the rules of FORMAT.md:

- C1 when purpose is identification/verification/gallery and the tenant, or the named and
  registered end customer of an integrator, is law_enforcement/police/US;
- C2 when recognition and law enforcement (any type, any country) and real_time, mobile_camera
  and uncontrolled are all true;
- an integrator naming no end customer (or one not registered under it) while it serves
  police → ambiguous, accept ["review"];
- records marked by hand as genuinely unclear (`amb=True`: a declared retail end customer
  contradicted by the prompt's "sergeant"/"suspects database"; a live mobile capture where the
  setting is not said) → ambiguous, accept ["review", "deny"].

## Rebuild

    cd /work/main/data/reading/blind9/src_w9 && python3 build.py

stdlib only, fixed seed (random.Random(90009) for `received_at`); the output
`../w9.jsonl` is identical byte for byte on every run. Validate with
`cd /work/main && .venv/bin/python scripts/validate_corpus.py data/reading/blind9/w9.jsonl`.

## Public texts used (paraphrased or quoted briefly)

- Microsoft, Azure OpenAI Service code of conduct, amendment of 1 May 2024 (US police
  facial-recognition ban; real-time FR on mobile cameras by law enforcement globally).
- Regulation (EU) 2024/1689 (AI Act), Art. 5(1)(h) real-time remote biometric identification,
  Art. 5(1)(e) untargeted scraping.
- ECtHR, Glukhin v. Russia, no. 11519/20, judgment of 4 July 2023 (FR in the Moscow metro
  to identify a lone protester; "chilling effect" passage quoted briefly).
- NYPD Patrol Guide 212-129 "Facial Recognition Technology" (possible match is a lead only).
- Autoriteit Persoonsgegevens (NL) fine on Clearview AI, September 2024.
- ACLU v. Clearview AI settlement (2022); Illinois Biometric Information Privacy Act (740 ILCS 14).
- Williams v. City of Detroit settlement (June 2024) on police FR use.
- EDPB Guidelines 05/2022 on the use of facial recognition technology in the area of law enforcement.
- NIST FRVT / NISTIR 8280 (demographic effects); Buolamwini & Gebru, "Gender Shades" (2018).
- InsightFace README (deepinsight/insightface) and face_recognition README (ageitgey/face_recognition), opening lines quoted.
- Japan: National Police Agency face-recognition system in use since March 2020 (news reports);
  JR East 2021 plan to detect released prisoners with station cameras, later withdrawn;
  Personal Information Protection Commission material on face-identification cameras for crime prevention (2023).
- Russia: Federal Law No. 572-FZ (Unified Biometric System); Moscow "Sfera" system (news reports).
- Korea: National Human Rights Commission recommendations on public-sector FR; reports (2023) of
  a police real-time face-tracking R&D project.
- Poland: Code of Criminal Procedure art. 244; Act on the safety of mass events; Labour Code art. 22^1b; GDPR art. 9.
- Turkey: KVKK (Law No. 6698) art. 6; Law No. 2911 on meetings and demonstrations.
- Egypt: Personal Data Protection Law No. 151 of 2020.
- US municipal FR bans (San Francisco 2019, Boston 2020).

Invented (not real texts): the Polish "Art. 15c" draft, the Gazeta and Fort Lee news snippets,
department policy excerpts for Chicago/Dearborn/HPD, all transcripts, reports and code.
"""
