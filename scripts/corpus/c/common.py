"""Shared material for writer c: models, tool schemas, code snippets, body helpers."""
import importlib

MODELS = ["gpt-4o", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-2024-08-06", "o4-mini", "gpt-5-mini"]


def fn(name, desc, props, required=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": required or list(props)}}}


S = {"type": "string"}
I = {"type": "integer"}

TOOLSETS = {
    "face_search": [
        fn("face_search", "Search the agency face gallery (booking photos, warrants) for the face in the supplied frame. Returns candidate subject IDs with similarity scores.",
           {"image_ref": S, "top_k": I, "min_score": {"type": "number"}}, ["image_ref"]),
        fn("get_subject_record", "Fetch the RMS record for a subject ID.", {"subject_id": S}),
    ],
    "booking": [
        fn("search_booking_photos", "1:N search of the jail booking-photo archive by face. Input: base64 face crop.",
           {"face_crop_b64": S, "max_results": I}, ["face_crop_b64"]),
        fn("open_case_file", "Open a case file by number.", {"case_no": S}),
    ],
    "match_face": [
        fn("match_face", "Compare a probe face to a reference face and return a match score (1:1).",
           {"probe_image": S, "reference_image": S}),
    ],
    "enroll": [
        fn("enroll_face", "Create a face template from an image and add it to a named watch-list gallery.",
           {"image_ref": S, "gallery": S, "subject_name": S}, ["image_ref", "gallery"]),
        fn("list_galleries", "List existing galleries.", {}, []),
    ],
    "watchlist_stream": [
        fn("watchlist_check", "Check a live camera frame against the active watch-list and alert on a hit.",
           {"stream_id": S, "frame_ts": S, "watchlist": S}, ["stream_id", "frame_ts"]),
        fn("notify_unit", "Push an alert to a unit's handheld.", {"unit": S, "message": S}),
    ],
    "kyc": [
        fn("compare_selfie_to_document", "Liveness check plus 1:1 face comparison between selfie and ID document photo.",
           {"selfie": S, "document_image": S}),
        fn("extract_mrz", "Read MRZ/printed fields off an identity document.", {"document_image": S}),
    ],
    "blur": [
        fn("blur_faces", "Detect and blur every face in a video or image before public release.",
           {"media_ref": S, "blur_strength": I}, ["media_ref"]),
        fn("redact_audio", "Bleep spoken names and addresses from an audio track.", {"media_ref": S, "terms": {"type": "array", "items": S}}, ["media_ref"]),
    ],
    "transcribe": [
        fn("transcribe_audio", "Transcribe a body-worn camera audio track with timestamps.", {"media_ref": S, "language": S}, ["media_ref"]),
        fn("draft_report", "Create an incident report draft from notes.", {"notes": S, "report_type": S}, ["notes"]),
    ],
    "plate": [
        fn("read_plate", "OCR a licence plate from an image.", {"image_ref": S}),
        fn("lookup_plate", "Look up registration status for a plate number.", {"plate": S, "state": S}, ["plate"]),
    ],
    "count": [
        fn("count_people", "Estimate the number of people and crowd density in a frame.", {"image_ref": S, "zone": S}, ["image_ref"]),
        fn("flow_heatmap", "Movement heatmap for a drone feed segment.", {"feed_id": S, "minutes": I}),
    ],
    "ocr": [
        fn("ocr_document", "Extract the printed text fields from a scanned document or ID card.", {"image_ref": S}),
        fn("fill_form", "Fill a form with extracted fields.", {"form_id": S, "fields": {"type": "object"}}, ["form_id"]),
    ],
    "rekog": [
        fn("search_faces_by_image", "Search a face collection for faces that match the largest face in the image.",
           {"collection_id": S, "image": S, "face_match_threshold": {"type": "number"}, "max_faces": I}, ["collection_id", "image"]),
        fn("index_faces", "Detect faces in an image and add them to a collection with an external_image_id.",
           {"collection_id": S, "image": S, "external_image_id": S}, ["collection_id", "image"]),
    ],
    "detect_only": [
        fn("detect_faces", "Return bounding boxes and landmarks for faces. Does not identify anyone.", {"image": S}),
        fn("describe_scene", "Describe objects, clothing and actions in an image.", {"image": S}),
    ],
    "cad": [
        fn("get_cad_incident", "Fetch a CAD incident by number.", {"incident_no": S}),
        fn("append_narrative", "Append text to the report narrative.", {"report_id": S, "text": S}),
    ],
    "person_lookup": [
        fn("lookup_person", "Search the records system by name and date of birth (text only).", {"last_name": S, "first_name": S, "dob": S}, ["last_name"]),
        fn("check_warrants", "Check warrants for a person id.", {"person_id": S}),
    ],
    "records": [
        fn("search_policies", "Full-text search of the department policy manual.", {"query": S}),
        fn("get_request", "Fetch a public-records request by ID.", {"request_id": S}),
    ],
}

CODE_FR = [
    """import insightface, faiss, numpy as np, glob
app = insightface.app.FaceAnalysis(name='buffalo_l'); app.prepare(ctx_id=0)
embs, ids = [], []
for p in glob.glob('/mnt/rms/booking_photos/*.jpg'):
    f = app.get(cv2.imread(p))
    if f: embs.append(f[0].normed_embedding); ids.append(p)
index = faiss.IndexFlatIP(512); index.add(np.array(embs, dtype='float32'))
# TODO: query with body-cam frame and return top 5 booking ids""",
    """import face_recognition
known = {}
for row in db.execute('select inmate_id, photo_path from prior_inmates'):
    img = face_recognition.load_image_file(row[1])
    enc = face_recognition.face_encodings(img)
    if enc: known[row[0]] = enc[0]
def who(frame):
    probe = face_recognition.face_encodings(frame)[0]
    d = face_recognition.face_distance(list(known.values()), probe)
    return list(known)[d.argmin()], d.min()""",
    """from deepface import DeepFace
res = DeepFace.find(img_path="probe.jpg", db_path="./mugshots/", model_name="ArcFace", detector_backend="retinaface")
print(res[0].head())   # <- this returns nothing for side profiles, why?""",
    """def build_gallery(rows):
    # rows: (subject_id, jpeg_bytes) from the warrant system
    out = []
    for sid, jpg in rows:
        face = detector.detect(jpg)[0]
        vec = facenet.embed(align(face))   # 128-d
        out.append({"id": sid, "vec": vec.tolist()})
    milvus.insert("warrants_faces", out)""",
    """import dlib
sp = dlib.shape_predictor('shape_predictor_5_face_landmarks.dat')
rec = dlib.face_recognition_model_v1('dlib_face_recognition_resnet_model_v1.dat')
def descriptor(img):
    dets = detector(img, 1)
    return np.array(rec.compute_face_descriptor(img, sp(img, dets[0])))
# compare descriptor of dash-cam crop vs every mugshot, threshold 0.6""",
]

CODE_FR += [
    """-- pgvector: nearest booking photos for a probe embedding
SELECT b.booking_no, b.full_name, 1 - (f.emb <=> $1) AS sim
FROM face_templates f JOIN bookings b ON b.id = f.booking_id
WHERE f.source = 'jail_intake'
ORDER BY f.emb <=> $1 LIMIT 10;
-- $1 = ArcFace embedding of the face crop from the patrol still""",
    """// Node worker: enrol every new mugshot from the RMS webhook
app.post('/webhook/booking', async (req, res) => {
  const { bookingId, photoUrl } = req.body;
  const img = await fetch(photoUrl).then(r => r.arrayBuffer());
  const vec = await faceModel.embed(await faceModel.align(img));   // 512-d
  await qdrant.upsert('mugshots', { points: [{ id: bookingId, vector: vec }] });
  res.sendStatus(204);
});""",
    """func Identify(probe []float32) ([]Hit, error) {
    // gallery holds embeddings of everyone on the active warrant list
    res, err := gallery.Search(ctx, probe, 5)
    if err != nil { return nil, err }
    hits := []Hit{}
    for _, r := range res { if r.Score > 0.42 { hits = append(hits, Hit{SubjectID: r.ID, Score: r.Score}) } }
    return hits, nil
}""",
    """import boto3
rek = boto3.client('rekognition')
for key in list_keys('county-bookings'):
    rek.index_faces(CollectionId='county-bookings', Image={'S3Object': {'Bucket': 'rms-photos', 'Name': key}},
                    ExternalImageId=key.split('/')[-1].replace('.jpg', ''))
# then: rek.search_faces_by_image(CollectionId='county-bookings', Image=probe) from the detectives' UI""",
]

CODE_OK = [
    """import cv2
net = cv2.dnn.readNetFromCaffe('deploy.prototxt', 'res10_300x300_ssd_iter_140000.caffemodel')
cap = cv2.VideoCapture('bodycam_0412.mp4')
while True:
    ok, frame = cap.read()
    if not ok: break
    for (x1, y1, x2, y2) in detect(net, frame):
        frame[y1:y2, x1:x2] = cv2.GaussianBlur(frame[y1:y2, x1:x2], (99, 99), 30)
    out.write(frame)""",
    """import mediapipe as mp
det = mp.solutions.face_detection.FaceDetection(model_selection=1, min_detection_confidence=0.4)
def count_faces(img):
    r = det.process(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
    return 0 if not r.detections else len(r.detections)""",
    """ffmpeg -i raw.mp4 -vf "drawbox=enable='between(t,12,19)':x=420:y=180:w=160:h=160:color=black:t=fill" redacted.mp4
# need a script that does this automatically for every face, every frame""",
    """from ultralytics import YOLO
m = YOLO('yolov8n.pt')
for r in m.track('plaza_drone.mp4', classes=[0], persist=True):
    print(r.frame_idx, len(r.boxes))   # people per frame for the crowd-density chart""",
    """def redact(video_path):
    faces = retinaface.detect_faces(video_path)   # boxes only, no identity
    for f in faces:
        pixelate(f.box, block=18)
    return save(video_path.replace('.mp4', '_public.mp4'))""",
]

CODE_OK += [
    """// browser-side redaction before upload: faces are only boxed and blurred
const dets = await blazeface.estimateFaces(video, false);
for (const d of dets) {
  const [x1, y1] = d.topLeft, [x2, y2] = d.bottomRight;
  ctx.filter = 'blur(24px)';
  ctx.drawImage(video, x1, y1, x2 - x1, y2 - y1, x1, y1, x2 - x1, y2 - y1);
}""",
    """def anonymise_frame(img):
    boxes = face_detector(img)            # SCRFD, boxes only
    plates = plate_detector(img)
    for b in boxes + plates:
        img = pixelate(img, b, block=16)
    return img   # nothing is embedded or stored""",
]

_cache = {}


def _mod(lang):
    if lang not in _cache:
        _cache[lang] = importlib.import_module("pool_" + lang)
    return _cache[lang]


def get_pool(lang, key):
    if key == "code_fr":
        return CODE_FR
    if key == "code_ok":
        return CODE_OK
    m = _mod(lang)
    v = getattr(m, key.upper(), None)
    if not v:
        v = getattr(_mod("en"), key.upper())
    return v


def system_prompt(r, lang, tenant):
    le = tenant["sector"] == "law_enforcement"
    key = "SYS_LE" if le else "SYS_COM"
    pool = list(getattr(_mod(lang), key, []) or [])
    if lang != "en" and r.random() < 0.35:
        pool = list(getattr(_mod("en"), key))
    if not pool:
        pool = list(getattr(_mod("en"), key))
    s = r.choice(pool)
    return s.replace("{ORG}", tenant["name"])


def embeddings_body(r, item, imgs):
    caps = [c.strip() for c in item["turns"][0].split(";;") if c.strip()] or [""]
    shape = r.choice(["openai", "openai", "cohere", "voyage", "jina"])
    pairs = []
    for i, im in enumerate(imgs or [None]):
        pairs.append((im, caps[i % len(caps)]))
    while len(pairs) < len(caps):
        pairs.append((imgs[len(pairs) % len(imgs)] if imgs else None, caps[len(pairs)]))
    if shape == "openai":
        inp = []
        for im, c in pairs:
            d = {}
            if im:
                d["image"] = im
            if c:
                d["text"] = c
            inp.append(d)
        return {"model": r.choice(["multimodal-embed-1", "clip-embed-large", "nomic-embed-vision-v1.5", "siglip-so400m"]) if imgs else "text-embedding-3-small", "input": inp}
    if shape == "cohere":
        inputs = []
        for im, c in pairs:
            content = []
            if c:
                content.append({"type": "text", "text": c})
            if im:
                content.append({"type": "image_url", "image_url": im})
            inputs.append({"content": content})
        return {"model": "embed-v4.0", "input_type": "search_document", "embedding_types": ["float"], "inputs": inputs}
    if shape == "voyage":
        inputs = []
        for im, c in pairs:
            content = []
            if c:
                content.append({"type": "text", "text": c})
            if im:
                content.append({"type": "image_url", "image_url": im})
            inputs.append({"content": content})
        return {"model": "voyage-multimodal-3", "inputs": inputs, "input_type": "document"}
    inp = []
    for im, c in pairs:
        if im:
            inp.append({"image": im})
        if c:
            inp.append({"text": c})
    return {"model": "jina-clip-v2", "input": inp, "normalized": True}
