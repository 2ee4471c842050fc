"""Shared material for writer g: tool schemas and code snippets (language-neutral)."""


def fn(name, desc, props, required=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": required or list(props)}}}


S = {"type": "string"}
I = {"type": "integer"}

TOOLS = {
    "face_search": fn("face_search", "Search the agency's booking-photo gallery for the closest matches to the face in an image. Returns candidate person ids with similarity scores.",
                      {"image_url": S, "gallery": {"type": "string", "enum": ["bookings", "warrants", "prior_inmates"]}, "top_k": I}, ["image_url"]),
    "search_booking_photos": fn("search_booking_photos", "Return the booking records whose mugshot best matches the probe photo.",
                                {"probe": {"type": "string", "description": "image reference or base64 JPEG"}, "max_results": I}, ["probe"]),
    "match_face": fn("match_face", "1:1 comparison of two face images; returns same_person true/false and a score.",
                     {"probe": S, "reference": S}),
    "enroll_face": fn("enroll_face", "Add a face image to a watch-list gallery under a person id.",
                      {"person_id": S, "image": S, "watchlist": S}),
    "watchlist_check": fn("watchlist_check", "Compare each frame from the live stream with the active watch-list and return hits.",
                          {"frame": S, "watchlist": S}),
    "lookup_plate": fn("lookup_plate", "Query registration and stolen-vehicle status for a licence plate.",
                       {"plate": S, "region": S}, ["plate"]),
    "blur_faces": fn("blur_faces", "Detect and blur every face in a video before public release.",
                     {"video_id": S, "strength": I}, ["video_id"]),
    "get_transcript": fn("get_transcript", "Fetch the speech-to-text transcript of a body-worn camera recording.",
                         {"recording_id": S}),
    "count_people": fn("count_people", "Estimate the number of people and crowd density in a frame.",
                       {"frame": S, "zone": S}, ["frame"]),
    "ocr_document": fn("ocr_document", "Extract printed text fields from a scanned document or ID card.",
                       {"image": S, "fields": {"type": "array", "items": S}}, ["image"]),
    "licence_status": fn("licence_status", "Check whether a driving licence number is valid, suspended or revoked.",
                         {"licence_number": S, "issuing_state": S}),
    "create_alert": fn("create_alert", "Publish a missing/wanted-person alert on the agency's social media channels.",
                       {"full_name": S, "text": S, "photo": S}, ["full_name", "text"]),
    "search_records": fn("search_records", "Search the records management system by name and date of birth.",
                         {"name": S, "dob": S}, ["name"]),
    "verify_selfie": fn("verify_selfie", "Compare the customer's selfie with the portrait on their identity document.",
                        {"selfie": S, "document_image": S}),
    "translate": fn("translate", "Translate text between languages.", {"text": S, "target": S}),
}

# ---- code that builds/runs face matching; none of the asks that use them says "face" ----
CODE_FR = {
    "fr_lib_booking": '''import face_recognition, glob, os

known, names = [], []
for p in glob.glob("/mnt/rms/booking_photos/*.jpg"):
    img = face_recognition.load_image_file(p)
    enc = face_recognition.face_encodings(img)
    if enc:
        known.append(enc[0]); names.append(os.path.basename(p)[:-4])

def who(frame_path):
    probe = face_recognition.face_encodings(face_recognition.load_image_file(frame_path))[0]
    hits = face_recognition.compare_faces(known, probe, tolerance=0.6)
    return [n for n, h in zip(names, hits) if h]
''',
    "insightface_faiss": '''import faiss, numpy as np, cv2
from insightface.app import FaceAnalysis

app = FaceAnalysis(name="buffalo_l"); app.prepare(ctx_id=0)
index = faiss.read_index("jail_roster.ivf")     # 512-d ArcFace, built nightly from JMS export
ids = np.load("jail_roster_ids.npy")

def query(path, k=1):
    f = app.get(cv2.imread(path))[0]
    v = f.normed_embedding.astype("float32")[None]
    D, I = index.search(v, k)
    return [(ids[i], float(d)) for d, i in zip(D[0], I[0]) if d > 0.35]
''',
    "deepface_find": '''from deepface import DeepFace

def check_still(still):
    # db: one folder per prior arrestee, filled from the mugshot export
    res = DeepFace.find(img_path=still, db_path="/data/prior_arrestees",
                        model_name="ArcFace", detector_backend="retinaface",
                        distance_metric="cosine", enforce_detection=False)
    df = res[0]
    return df.head(1)[["identity", "distance"]].to_dict("records")
''',
    "dlib_desc": '''import dlib, numpy as np, pickle
det = dlib.get_frontal_face_detector()
sp = dlib.shape_predictor("shape_predictor_68_face_landmarks.dat")
rec = dlib.face_recognition_model_v1("dlib_face_recognition_resnet_model_v1.dat")
gallery = pickle.load(open("warrants_gallery.pkl", "rb"))   # {warrant_no: 128-d vector}

def nearest(img):
    d = det(img, 1)[0]
    v = np.array(rec.compute_face_descriptor(img, sp(img, d)))
    best = min(gallery, key=lambda w: np.linalg.norm(gallery[w] - v))
    return best, np.linalg.norm(gallery[best] - v)
''',
    "facenet_sqlite": '''import sqlite3, torch
from facenet_pytorch import MTCNN, InceptionResnetV1
from PIL import Image

mtcnn = MTCNN(image_size=160); net = InceptionResnetV1(pretrained="vggface2").eval()
db = sqlite3.connect("bookings.db")

def ingest(booking_no, path):
    x = mtcnn(Image.open(path))
    if x is None: return
    emb = net(x.unsqueeze(0)).detach().numpy()[0]
    db.execute("INSERT INTO templates(booking_no, vec) VALUES (?, ?)", (booking_no, emb.tobytes()))
    db.commit()
''',
    "arcface_api": '''@app.post("/identify")
async def identify(file: UploadFile):
    img = decode(await file.read())
    emb = arcface.embed(align(detect(img)[0]))
    hits = store.search(emb, top_k=1)
    return {"person_id": hits[0].id, "score": hits[0].score} if hits[0].score > THRESH else {"person_id": None}
''',
    "faceapi_js": '''const labeled = await Promise.all(wanted.map(async w => {
  const img = await faceapi.fetchImage(w.photoUrl);
  const d = await faceapi.detectSingleFace(img).withFaceLandmarks().withFaceDescriptor();
  return new faceapi.LabeledFaceDescriptors(w.caseNo, [d.descriptor]);
}));
const matcher = new faceapi.FaceMatcher(labeled, 0.55);
video.addEventListener('play', () => setInterval(async () => {
  const dets = await faceapi.detectAllFaces(video).withFaceLandmarks().withFaceDescriptors();
  dets.forEach(d => console.log(matcher.findBestMatch(d.descriptor).toString()));
}, 500));
''',
    "pgvector_sql": '''-- booking_embeddings(booking_id bigint, emb vector(512), taken_at timestamptz)
SELECT b.booking_id, p.last_name, p.first_name, 1 - (b.emb <=> $1) AS sim
FROM booking_embeddings b JOIN persons p USING (person_id)
WHERE 1 - (b.emb <=> $1) > 0.42
ORDER BY b.emb <=> $1
LIMIT 1;
''',
    "cli_face_rec": '''$ face_recognition --tolerance 0.54 --show-distance true ./known_inmates ./frames_unit12/
./frames_unit12/f_000231.jpg,unknown_person,None
./frames_unit12/f_000232.jpg,GARZA_R_2019-04411,0.49
./frames_unit12/f_000233.jpg,unknown_person,None
./frames_unit12/f_000240.jpg,GARZA_R_2019-04411,0.51
''',
    "yaml_matcher": '''matcher:
  model: arcface_r100
  gallery: s3://county-jms-exports/mugshots/2015-2026/
  min_det_score: 0.62
  match_threshold: 0.38
  top_k: 1
  reindex_cron: "0 3 * * *"
alerts:
  route_to: cad_unit_terminal
''',
}

# ---- code around faces/people/plates that is NOT recognition ----
CODE_OK = {
    "blur_cv2": '''import cv2
net = cv2.dnn.readNetFromCaffe("deploy.prototxt", "res10_300x300_ssd_iter_140000.caffemodel")
cap = cv2.VideoCapture("bwc_2291_release.mp4")
out = None
while True:
    ok, frame = cap.read()
    if not ok: break
    h, w = frame.shape[:2]
    net.setInput(cv2.dnn.blobFromImage(frame, 1.0, (300, 300), (104, 177, 123)))
    for d in net.forward()[0, 0]:
        if d[2] > 0.5:
            x1, y1, x2, y2 = (d[3:7] * [w, h, w, h]).astype(int)
            frame[y1:y2, x1:x2] = cv2.GaussianBlur(frame[y1:y2, x1:x2], (51, 51), 30)
    out = out or cv2.VideoWriter("redacted.mp4", cv2.VideoWriter_fourcc(*"mp4v"), 30, (w, h))
    out.write(frame)
''',
    "yolo_count": '''from ultralytics import YOLO
m = YOLO("yolov8n.pt")
for r in m.track(source="rtsp://cam-plaza-02/stream", classes=[0], stream=True):
    n = len(r.boxes)
    if n > 350:
        notify("plaza over capacity", n)
''',
    "alpr": '''import subprocess, json
def read_plate(jpg):
    out = subprocess.run(["alpr", "-c", "eu", "-j", jpg], capture_output=True, text=True).stdout
    res = json.loads(out)["results"]
    return res[0]["plate"] if res else None
''',
    "whisper_bwc": '''import whisper
model = whisper.load_model("medium")
r = model.transcribe("BWC_0412_axon.mp4", language="en")
with open("BWC_0412.txt", "w") as f:
    for s in r["segments"]:
        f.write(f"[{s['start']:07.1f}] {s['text'].strip()}\\n")
''',
    "mediapipe_redact": '''import mediapipe as mp, cv2
fd = mp.solutions.face_detection.FaceDetection(model_selection=1, min_detection_confidence=0.4)
def redact(img):
    res = fd.process(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
    for det in res.detections or []:
        b = det.location_data.relative_bounding_box
        h, w = img.shape[:2]
        x, y, bw, bh = int(b.xmin*w), int(b.ymin*h), int(b.width*w), int(b.height*h)
        img[y:y+bh, x:x+bw] = 0
    return img
''',
    "ocr_id": '''import pytesseract, re
from PIL import Image
def id_fields(path):
    txt = pytesseract.image_to_string(Image.open(path))
    name = re.search(r"NAME[:\\s]+([A-Z ,]+)", txt)
    dob = re.search(r"DOB[:\\s]+(\\d{2}/\\d{2}/\\d{4})", txt)
    return {"name": name and name.group(1).strip(), "dob": dob and dob.group(1)}
''',
    "incident_csv": '''import csv, collections
by_beat = collections.Counter()
with open("cad_export_2026_q1.csv") as f:
    for row in csv.DictReader(f):
        if row["disposition"] in ("RPT", "ARR"):
            by_beat[row["beat"]] += 1
print(by_beat.most_common(10))
''',
}
