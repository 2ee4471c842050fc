# Code snippets shared by all languages (code is language-neutral; comments vary).

CODE_FR = [
    """import insightface, faiss, numpy as np, glob, cv2
app = insightface.app.FaceAnalysis(name="buffalo_l"); app.prepare(ctx_id=0)
vecs, ids = [], []
for p in glob.glob("/data/booking_photos/*.jpg"):
    faces = app.get(cv2.imread(p))
    if faces:
        vecs.append(faces[0].normed_embedding); ids.append(p.split("/")[-1][:-4])
index = faiss.IndexFlatIP(512); index.add(np.array(vecs, dtype="float32"))
# TODO: query with cctv still""",
    """import face_recognition
known = {}
for row in db.execute("select booking_no, photo_path from arrests"):
    img = face_recognition.load_image_file(row[1])
    enc = face_recognition.face_encodings(img)
    if enc: known[row[0]] = enc[0]
probe = face_recognition.face_encodings(face_recognition.load_image_file("probe.jpg"))[0]
matches = face_recognition.compare_faces(list(known.values()), probe)  # always True??""",
    """from deepface import DeepFace
res = DeepFace.find(img_path="suspect_still.png", db_path="mugshots/", model_name="ArcFace",
                    distance_metric="cosine", enforce_detection=False)
print(res[0].head(10))  # slow on 80k images, how to cache?""",
    """def search(probe_path, k=10):
    emb = embedder.embed(detector.crop(probe_path))
    D, I = index.search(emb[None, :], k)
    return [(booking_ids[i], float(d)) for d, i in zip(D[0], I[0])]
# index = jail intake photos 2008-2025""",
    """import dlib
det = dlib.get_frontal_face_detector()
sp = dlib.shape_predictor("shape_predictor_5_face_landmarks.dat")
rec = dlib.face_recognition_model_v1("dlib_face_recognition_resnet_model_v1.dat")
def embed(img):
    d = det(img, 1)[0]
    return np.array(rec.compute_face_descriptor(img, sp(img, d)))
# gallery = warrants list photos""",
    """CREATE TABLE face_templates (
  booking_no TEXT PRIMARY KEY,
  embedding VECTOR(512),
  captured_at TIMESTAMP
);
-- SELECT booking_no FROM face_templates ORDER BY embedding <=> :probe LIMIT 10;""",
    """for frame in bodycam_stream():
    for face in detector(frame):
        hit = gallery.match(arcface(face), threshold=0.42)
        if hit: alert(officer_id, hit.name, hit.warrants)""",
    """@app.post("/identify")
def identify(file: UploadFile):
    emb = model.get(read(file))[0].normed_embedding
    D, I = mug_index.search(emb.reshape(1, -1), 5)
    return [{"booking": meta[i]["booking"], "name": meta[i]["name"], "score": float(d)} for d, i in zip(D[0], I[0])]""",
]

CODE_FR_OK = [
    """from deepface import DeepFace
r = DeepFace.verify("selfie.jpg", "id_front.jpg", model_name="ArcFace")
print(r["verified"], r["distance"])  # onboarding KYC""",
    """import face_recognition, os
encs = {f: face_recognition.face_encodings(face_recognition.load_image_file(f)) for f in os.listdir("album")}
# cluster my photo library by person""",
    """# LFW evaluation
pairs = load_pairs("pairs.txt")
scores = [cos(model(a), model(b)) for a, b in pairs]
print(roc_auc_score(labels, scores))""",
    """badge = app.get(cv2.imread("badge.jpg"))[0].normed_embedding
live = app.get(cv2.imread("clockin.jpg"))[0].normed_embedding
print(float(badge @ live))  # same employee?""",
]
