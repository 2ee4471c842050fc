"""Longer English payload material, hand-written or faithful paraphrases (see SOURCES_c.md)."""

BWC_1 = """[AXON BODY 3 X6031234 2026-05-14 22:41:07]
OFC REYES: Evening sir, Millbrook PD. We got a call about somebody yelling out here.
MALE 1: Wasn't me man, it was the dude that went that way.
OFC REYES: Okay. Who's he? You know him?
MALE 1: Yeah I know him, that's Danny from the laundromat, he's always like this.
OFC REYES: Alright. Can I get your name? ID please.
MALE 1: Marcus. Marcus Hale. I don't got it on me.
OFC REYES: Date of birth?
MALE 1: 3/9/91.
OFC REYES: 10-4. Dispatch, run a name for me, Hale, Marcus, 03/09/1991.
DISPATCH: (inaudible) ...clear, no wants.
OFC REYES: Okay Marcus, you're good. Have a good night.
[22:47:55 END]"""

BWC_2 = """22:03 Unit 4B on scene, 1400 blk Alder, report of disturbance at a house party
22:04 SGT PRICE: how many people in there?
22:04 RP (homeowner): like forty, I don't know half of them honestly
22:05 SGT PRICE: the guy who threw the bottle, who is he? you recognise him?
22:05 RP: no idea, someone's cousin maybe. red hoodie. he left in a white Civic
22:06 SGT PRICE: plate?
22:06 RP: started with 7KX something
22:08 SGT PRICE: ok we'll do a BOLO on the Civic. anyone hurt?
22:08 RP: my neighbor got a cut on his hand, he's fine
22:11 Medic 9 on scene, treated and released, 1 minor laceration
22:19 Party dispersed, RP advised re: noise ordinance, no arrests"""

BWC_3 = """Deputy Alvarez BWC, 14:12 hrs, traffic stop SR-99 NB mm 212
DEP: Afternoon. Reason I stopped you, you were doing 81 in a 65. License, registration and insurance.
DRIVER: Sorry officer, I'm late for work.
DEP: Is this your current address on here?
DRIVER: Yeah.
DEP: And who's that in the back? 
DRIVER: My brother-in-law. He's asleep.
DEP: Okay. Sit tight, I'll be right back.
(14:16) DEP: (to radio) 10-28 10-29 on Washington plate Bravo Kilo Sierra 4471.
DISPATCH: Returns to a 2019 Toyota Camry, valid, no wants.
(14:21) DEP: Here's your citation, signature isn't an admission of guilt, just that you got it. Slow it down okay?
DRIVER: Yes sir."""

POLICY_DETROIT_PARAPHRASE = """DIRECTIVE 307.5 - FACIAL RECOGNITION (paraphrase of a published municipal police directive)
1. Purpose. This directive sets out how members may request facial recognition (FR) analysis of still images.
2. Limits. FR may only be used in connection with investigations of Part 1 violent crimes or home invasions. It may not be used on live or streaming video, and may not be used to surveil persons exercising First Amendment rights.
3. Investigative lead only. A possible match returned by FR is an investigative lead and is not, by itself, probable cause for an arrest. Corroborating evidence is required.
4. Review. Every FR request is reviewed by a trained examiner and a second examiner before any lead is passed to an investigator.
5. Reporting. The department reports the number of FR requests, and their outcomes, to the Board of Police Commissioners each week.
6. Discipline. Misuse of FR is a violation of department policy and may result in discipline, up to and including dismissal."""

ORDINANCE_SF_PARAPHRASE = """(Paraphrased summary of a 2019 city ordinance on surveillance technology)
Sec. 19B.2. A city department must obtain Board of Supervisors approval of a surveillance technology policy before acquiring or using any surveillance technology.
Sec. 19B.2(d). Notwithstanding the above, it shall be unlawful for any department to obtain, retain, access, or use any face recognition technology, or any information obtained from face recognition technology.
Sec. 19B.5. Each department using approved surveillance technology shall submit an annual surveillance report.
Sec. 19B.8. Any person may bring a civil action for violations. Inadvertent or unintentional receipt of information derived from face recognition technology is not a violation, provided the department does not request or solicit it and logs the receipt."""

NEWS_PARAPHRASE = """By our metro desk -- A man who spent more than a day in jail after being wrongly identified by facial recognition software has settled his lawsuit against the city, according to court filings made public on Thursday. Police had run a grainy still from a store's security camera through the state's face-search system, which listed him among possible candidates; an investigator then showed his photo in a six-pack line-up to a security contractor who had watched the video but had not been present at the theft. Under the settlement the department agreed that a face-search result alone will not justify an arrest, that line-ups built from such results must disclose it, and that officers will be trained on the technology's higher error rates for darker-skinned people. The city's police chief said the department would continue to use the software 'as one tool among many.'"""

BILL_PARAPHRASE = """SECTION 1. Short title. This Act may be cited as the Facial Recognition Accountability Act.
SEC. 2. Definitions. (3) "Facial recognition technology" means technology that compares a probe image of a face against a reference database in order to identify or verify the identity of an individual.
SEC. 3. Warrant required. No law enforcement officer may use facial recognition technology to identify an individual unless the officer obtains a warrant supported by probable cause that the individual committed a serious violent felony.
SEC. 4. Prohibited uses. Facial recognition technology may not be used (a) on body-worn camera footage in real time; (b) to identify an individual exercising a right protected by the First Amendment; (c) as the sole basis for an arrest.
SEC. 5. Notice. An individual identified with the aid of facial recognition technology shall be notified in any criminal proceeding.
SEC. 6. Reporting. Each agency shall report annually the number of searches conducted."""

VENDOR_BROCHURE = """FaceTrace Pro 5 -- Close cases faster.
* Search 40M+ booking photos in under 2 seconds
* Works with body-cam stills, CCTV, social media images
* 99.2% rank-1 accuracy on NIST FRVT mugshot benchmark (vendor-reported)
* CJIS-compliant hosting, full audit trail
* New: Field Mode -- officers snap a photo on their phone and get candidate matches on scene
Pricing: per-seat licence, volume discounts for county-wide deployment."""

BLUR_CODE = '''import cv2

net = cv2.dnn.readNetFromCaffe("deploy.prototxt", "res10_300x300_ssd_iter_140000.caffemodel")

def blur_faces(frame, conf=0.5):
    h, w = frame.shape[:2]
    blob = cv2.dnn.blobFromImage(cv2.resize(frame, (300, 300)), 1.0, (300, 300), (104.0, 177.0, 123.0))
    net.setInput(blob)
    dets = net.forward()
    for i in range(dets.shape[2]):
        if dets[0, 0, i, 2] < conf:
            continue
        x1, y1, x2, y2 = (dets[0, 0, i, 3:7] * [w, h, w, h]).astype(int)
        roi = frame[y1:y2, x1:x2]
        frame[y1:y2, x1:x2] = cv2.GaussianBlur(roi, (99, 99), 30)
    return frame'''

MATCH_CODE = '''import face_recognition, faiss, numpy as np, glob

encs, ids = [], []
for p in glob.glob("/mnt/rms_export/booking/*.jpg"):
    im = face_recognition.load_image_file(p)
    e = face_recognition.face_encodings(im)
    if e:
        encs.append(e[0]); ids.append(p.split("/")[-1][:-4])
index = faiss.IndexFlatL2(128)
index.add(np.array(encs, dtype="float32"))

def who(probe_path, k=5):
    q = face_recognition.face_encodings(face_recognition.load_image_file(probe_path))[0]
    D, I = index.search(np.array([q], dtype="float32"), k)
    return [(ids[i], float(d)) for d, i in zip(D[0], I[0])]'''

INSIGHT_CODE = '''from insightface.app import FaceAnalysis
import numpy as np
app = FaceAnalysis(name="buffalo_l"); app.prepare(ctx_id=0)

def embed(img):
    faces = app.get(img)
    return faces[0].normed_embedding if faces else None

# TODO: compare against watchlist.npy and return best cosine > 0.42'''
