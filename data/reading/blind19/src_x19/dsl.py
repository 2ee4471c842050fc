"""Compact record DSL. Only labels are hand-set; kind/expect come from derive() in build.py."""

TOOLS = {
    "face_search": ("Search a face image against the agency gallery and return candidate identities with scores.",
                    {"image_ref": "string", "gallery": "string", "top_k": "integer"}),
    "search_booking_photos": ("Look up booking photos similar to a probe face.",
                              {"probe": "string", "max_results": "integer"}),
    "match_face": ("Compare two face images and return a similarity score.",
                   {"image_a": "string", "image_b": "string"}),
    "enroll_face": ("Add a face to a named watch-list gallery.",
                    {"image_ref": "string", "person_name": "string", "list": "string"}),
    "watchlist_hit": ("Check a live frame against the wanted-persons watch-list.",
                      {"frame_id": "string", "threshold": "number"}),
    "lookup_plate": ("Query a licence plate in the vehicle registry.", {"plate": "string", "state": "string"}),
    "transcribe_audio": ("Transcribe an audio file.", {"file_id": "string", "language": "string"}),
    "blur_faces": ("Blur every detected face in a video before release.", {"video_id": "string", "strength": "integer"}),
    "create_report": ("Create an incident report draft.", {"case_no": "string", "narrative": "string"}),
    "count_people": ("Estimate the number of people in a frame.", {"frame_id": "string"}),
    "ocr_document": ("Extract printed text from a scanned document.", {"file_id": "string"}),
    "get_shift_roster": ("Return the shift roster for a unit.", {"unit": "string", "date": "string"}),
    "kyc_selfie_match": ("Compare the applicant selfie with the ID document portrait.",
                         {"selfie": "string", "document": "string"}),
    "translate_text": ("Translate text between languages.", {"text": "string", "target": "string"}),
    "lookup_case": ("Fetch a case file summary by number.", {"case_no": "string"}),
}


def tool(name, api="chat"):
    desc, params = TOOLS[name]
    schema = {"type": "object",
              "properties": {k: {"type": v} for k, v in params.items()},
              "required": list(params)[:1]}
    if api == "resp":
        return {"type": "function", "name": name, "description": desc, "parameters": schema}
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": schema}}


def _ctx(s):
    m = {"T": True, "F": False, ".": None}
    return {"real_time": m[s[0]], "mobile_camera": m[s[1]], "uncontrolled": m[s[2]]}


def _hdr(h):
    if h is None:
        return {}
    if isinstance(h, dict):
        return dict(h)
    keys = ["X-Usegate-Capture-Device", "X-Usegate-Capture-Mode", "X-Usegate-Environment"]
    return {k: v for k, v in zip(keys, h) if v}


def _content(text, imgs, api):
    if not imgs:
        return text
    if api == "resp":
        c = [{"type": "input_text", "text": text}] if text else []
        return c + [{"type": "input_image", "image_url": u} for u in imgs]
    c = [{"type": "text", "text": text}] if text else []
    return c + [{"type": "image_url", "image_url": {"url": u}} for u in imgs]


ROLE = {"u": "user", "a": "assistant", "s": "system", "d": "developer"}


def r(voice, cls, tenant, purpose, ctx, turns, img=None, sys=None, tools=None, hdr=None,
      ec=None, ep="chat", meta=None, emb=None, dev=False, model=None):
    if isinstance(turns, str):
        turns = [("u", turns)]
    turns = [t if len(t) == 3 else (t[0], t[1], None) for t in turns]
    if img:
        last = max(i for i, t in enumerate(turns) if t[0] == "u")
        role, text, im = turns[last]
        turns[last] = (role, text, (im or []) + list(img))
    headers = _hdr(hdr)
    if ec:
        headers["X-Usegate-End-Customer"] = ec
    if ep == "emb":
        endpoint = "/v1/embeddings"
        body = {"model": model or "multimodal-embed-1", "input": emb}
    elif ep == "resp":
        endpoint = "/v1/responses"
        body = {"model": model or "gpt-4.1"}
        if sys:
            body["instructions"] = sys
        if len(turns) == 1 and not turns[0][2] and turns[0][0] == "u":
            body["input"] = turns[0][1]
        else:
            body["input"] = [{"role": ROLE[t[0]], "content": _content(t[1], t[2], "resp")} for t in turns]
        if tools:
            body["tools"] = [tool(n, "resp") for n in tools]
    else:
        endpoint = "/v1/chat/completions"
        msgs = []
        if sys:
            msgs.append({"role": "developer" if dev else "system", "content": sys})
        msgs += [{"role": ROLE[t[0]], "content": _content(t[1], t[2], "chat")} for t in turns]
        body = {"model": model or "gpt-4o", "messages": msgs}
        if tools:
            body["tools"] = [tool(n) for n in tools]
    if meta:
        body["metadata"] = dict(meta)
    return {"voice": voice, "class": cls, "tenant_id": tenant, "endpoint": endpoint,
            "headers": headers, "body": body, "labels": dict(purpose=purpose, **_ctx(ctx))}
