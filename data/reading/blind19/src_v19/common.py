"""Shared helpers: tenant constructors, tool schemas, code payloads."""
import re
import unicodedata


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:40]


def pd(name, country, le="police"):
    return {"id": slug(name), "name": name, "sector": "law_enforcement", "le_type": le,
            "country": country, "integrator": False, "end_customers": []}


def org(name, sector, country):
    return {"id": slug(name), "name": name, "sector": sector, "le_type": None,
            "country": country, "integrator": False, "end_customers": []}


def integ(name, country, ecs):
    return {"id": slug(name), "name": name, "sector": "commercial", "le_type": None,
            "country": country, "integrator": True, "end_customers": ecs}


def ec(t):
    d = dict(t)
    d.pop("integrator", None)
    d.pop("end_customers", None)
    return d


def _fn(name, desc, props, req):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": req}}}


TOOLS = {
    "search_mugshots": _fn("search_mugshots", "Search the county booking-photo archive for the closest faces to the supplied image. Returns booking numbers, names and similarity scores.",
                           {"image_ref": {"type": "string"}, "top_k": {"type": "integer", "default": 10}}, ["image_ref"]),
    "match_face": _fn("match_face", "Compare a probe face with a reference face and return a similarity score and same_person boolean.",
                      {"probe": {"type": "string"}, "reference": {"type": "string"}}, ["probe", "reference"]),
    "face_search": _fn("face_search", "1:N face search against the active watch-list gallery.",
                       {"image": {"type": "string"}, "gallery": {"type": "string", "enum": ["warrants", "prior_inmates", "gang_db"]}}, ["image"]),
    "search_booking_photos": _fn("search_booking_photos", "Find booking photos whose face embedding is nearest to the face in the frame.",
                                 {"frame_id": {"type": "string"}, "threshold": {"type": "number"}}, ["frame_id"]),
    "enroll_face": _fn("enroll_face", "Enrol a face into a named gallery for later matching.",
                       {"image": {"type": "string"}, "subject_id": {"type": "string"}, "gallery": {"type": "string"}}, ["image", "subject_id"]),
    "redact_faces": _fn("redact_faces", "Blur every detected face in a video or image before public release.",
                        {"media_id": {"type": "string"}, "strength": {"type": "string", "enum": ["light", "full"]}}, ["media_id"]),
    "transcribe_audio": _fn("transcribe_audio", "Transcribe an audio track to text with timestamps.",
                            {"media_id": {"type": "string"}, "language": {"type": "string"}}, ["media_id"]),
    "lookup_plate": _fn("lookup_plate", "Look up a licence plate in the vehicle registry.",
                        {"plate": {"type": "string"}, "state": {"type": "string"}}, ["plate"]),
    "count_people": _fn("count_people", "Estimate the number of people in an image and their density per square metre.",
                        {"image": {"type": "string"}}, ["image"]),
    "create_incident": _fn("create_incident", "Create a draft incident report in the records system.",
                           {"summary": {"type": "string"}, "offense_code": {"type": "string"}}, ["summary"]),
}

CODE = {
    "INSIGHT": '''import faiss, numpy as np, cv2
from insightface.app import FaceAnalysis
app = FaceAnalysis(name="buffalo_l"); app.prepare(ctx_id=0)
index = faiss.read_index("bookings.faiss")
ids = np.load("booking_ids.npy")
def probe(path, k=5):
    img = cv2.imread(path)
    faces = app.get(img)
    emb = faces[0].normed_embedding.astype("float32")[None]
    D, I = index.search(emb, k)
    return [(ids[i], float(d)) for d, i in zip(D[0], I[0])]''',
    "FR_LIB": '''import face_recognition, glob, pickle
known = {}
for p in glob.glob("/mnt/rms/mugs/*.jpg"):
    enc = face_recognition.face_encodings(face_recognition.load_image_file(p))
    if enc: known[p] = enc[0]
pickle.dump(known, open("gallery.pkl", "wb"))
def who(frame):
    e = face_recognition.face_encodings(frame)[0]
    d = face_recognition.face_distance(list(known.values()), e)
    return list(known)[d.argmin()], d.min()''',
    "DEEPFACE": '''from deepface import DeepFace
res = DeepFace.find(img_path="still_0412.png", db_path="./warrant_photos",
                    model_name="ArcFace", detector_backend="retinaface")
print(res[0].head())''',
    "DLIB": '''import dlib, numpy as np
det = dlib.get_frontal_face_detector()
sp = dlib.shape_predictor("shape_predictor_5_face_landmarks.dat")
rec = dlib.face_recognition_model_v1("dlib_face_recognition_resnet_model_v1.dat")
def embed(img):
    d = det(img, 1)[0]
    return np.array(rec.compute_face_descriptor(img, sp(img, d)))
# TODO: compare against roster.npy, threshold 0.6''',
    "FACENET": '''from facenet_pytorch import MTCNN, InceptionResnetV1
import torch
mtcnn = MTCNN(image_size=160); net = InceptionResnetV1(pretrained="vggface2").eval()
def vec(pil):
    x = mtcnn(pil)
    return net(x.unsqueeze(0)).detach()
sim = torch.nn.functional.cosine_similarity(vec(a), vec(b))''',
    "BLUR": '''import cv2
cas = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")
cap = cv2.VideoCapture("release_2291.mp4")
while True:
    ok, f = cap.read()
    if not ok: break
    for (x, y, w, h) in cas.detectMultiScale(f, 1.1, 5):
        f[y:y+h, x:x+w] = cv2.GaussianBlur(f[y:y+h, x:x+w], (51, 51), 30)''',
}
