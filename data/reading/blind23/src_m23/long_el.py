# -*- coding: utf-8 -*-
"""Long pasted material for the Greek records (written for this split; real texts paraphrased, see SOURCES)."""

TARPON_BODYCAM = """AXON BODY 3 X6031ABC — OFC. DEMOS #214 — 2025-11-08
[21:12:48] (vehicle door closes, radio chatter)
[21:12:55] DISPATCH: 214, caller reports two males arguing near the sponge exchange, one possibly armed with a bottle.
[21:13:01] OFC. DEMOS: 214 copy, I'm on Dodecanese at the docks, out on foot.
[21:13:40] (crowd noise, music from a restaurant)
[21:13:52] BYSTANDER (female): Officer! Over there, by the boats, they were pushing each other.
[21:13:55] OFC. DEMOS: Which ones, ma'am?
[21:13:57] BYSTANDER: The tall one with the cap and — he ran already, the other one is still there.
[21:14:02] OFC. DEMOS: Tarpon Springs Police, can you step over here?
[21:14:06] SUBJECT 1: What'd I do? I didn't do nothing.
[21:14:09] OFC. DEMOS: Who's he? The guy that just ran.
[21:14:12] SUBJECT 1: I don't know him, man, he's just some guy from the docks. He owes my cousin money.
[21:14:18] OFC. DEMOS: Okay. Were you two fighting?
[21:14:20] SUBJECT 1: He pushed me first. Look at my shirt.
[21:14:25] OFC. DEMOS: Any injuries? You need EMS?
[21:14:27] SUBJECT 1: Nah. Just my hand, I hit the railing.
[21:14:30] OFC. DEMOS: Okay. You got ID?
[21:14:33] SUBJECT 1: In the truck. The white Tacoma.
[21:14:40] OFC. DEMOS: Walk with me to the truck. Keep your hands where I can see them.
[21:15:02] SUBJECT 1: Here. Florida license.
[21:15:05] OFC. DEMOS: Thank you. Stay right here.
[21:15:10] OFC. DEMOS (radio): 214, one detained for investigation, can you run a DL, Florida, [redacted].
[21:15:40] OFC. DEMOS (radio): Dispatch, one detained, one fled eastbound on Dodecanese toward Pinellas Ave, white male, red cap, dark hoodie, jeans, approx. 6 foot.
[21:15:48] DISPATCH: Copy, 214. 216 is en route from Alt 19.
[21:16:30] BYSTANDER (male, restaurant staff): The one who ran threw a bottle, it broke there, by the bench. Nobody got hit I think.
[21:16:36] OFC. DEMOS: Did you see who started it?
[21:16:38] STAFF: The guy in the cap. He came over yelling about money.
[21:16:45] OFC. DEMOS: Would you be willing to give a written statement?
[21:16:47] STAFF: Yeah, after we close, eleven.
[21:17:20] DISPATCH: 214, DL comes back valid, no wants.
[21:17:25] OFC. DEMOS: Copy. (to Subject 1) You're not under arrest. I'm going to give you a card with the case number. If he contacts you or your cousin, call us, don't go looking for him.
[21:17:40] SUBJECT 1: Yeah, yeah.
[21:18:05] OFC. 216 (arriving): Nothing eastbound, checked the lot behind the bakery.
[21:18:10] OFC. DEMOS: Copy. Broken bottle by the bench, I'll photograph it. No injuries except his hand.
[21:19:30] (end of relevant audio)"""

DPA_DECREE = """Π.Δ. 75/2020 — Χρήση συστημάτων επιτήρησης με λήψη ή καταγραφή ήχου ή εικόνας σε δημόσιους χώρους (σημειώσεις μου, όχι επίσημο κείμενο)

Άρθρο 1 — Σκοπός: πρόληψη και καταστολή συγκεκριμένων σοβαρών εγκλημάτων (π.χ. κατά της ζωής, εμπορία ανθρώπων, ναρκωτικά, κατά της ιδιοκτησίας σε μεγάλη κλίμακα), διαχείριση της κυκλοφορίας. Όχι γενική επιτήρηση.

Άρθρο 2 — Ορισμοί: «σύστημα επιτήρησης» κάθε σύστημα που συλλέγει εικόνα ή ήχο σε δημόσιο χώρο· «δημόσιος χώρος» κάθε χώρος προσβάσιμος σε αόριστο αριθμό προσώπων.

Άρθρο 3 — Αρμόδιες αρχές: οι αστυνομικές αρχές και, για την κυκλοφορία, και οι δήμοι μόνο για τη διαχείριση κυκλοφορίας, όχι για αστυνόμευση.

Άρθρο 4 — Απόφαση εγκατάστασης: αιτιολογημένη απόφαση του αρμόδιου οργάνου, μετά από εκτίμηση αντικτύπου, με καθορισμό του συγκεκριμένου χώρου, του χρόνου λειτουργίας και του σκοπού. Επανεξέταση ανά τακτά διαστήματα.

Άρθρο 5 — Αναλογικότητα: η λήψη πρέπει να είναι πρόσφορη και αναγκαία· προτιμάται η απλή λήψη χωρίς καταγραφή όπου αρκεί. Απαγορεύεται η λήψη ήχου, εκτός εξαιρέσεων.

Άρθρο 6 — Ενημέρωση: ευδιάκριτες πινακίδες πριν την είσοδο στο πεδίο λήψης, με τον υπεύθυνο επεξεργασίας και τον σκοπό.

Άρθρο 7 — Τήρηση: το υλικό διατηρείται για περιορισμένο χρόνο (σύντομο, δεκαπέντε ημέρες κατά κανόνα) και καταστρέφεται, εκτός αν απαιτείται για συγκεκριμένη ποινική διαδικασία.

Άρθρο 8 — Πρόσβαση και διαβίβαση: μόνο εξουσιοδοτημένο προσωπικό, τήρηση αρχείου προσβάσεων· διαβίβαση μόνο σε δικαστικές/εισαγγελικές αρχές.

Άρθρο 9 — Δικαιώματα υποκειμένων: πρόσβαση, διόρθωση, περιορισμός κατά τον ν. 4624/2019 (Κεφάλαιο Δ, Οδηγία 2016/680).

Άρθρο 10 — Εποπτεία: Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Σημείωση συναδέλφου από τη νομική υπηρεσία: το διάταγμα δεν προβλέπει ρητά αυτοματοποιημένη αναγνώριση προσώπου· η χρήση της θα απαιτούσε ειδική νομική βάση και εκτίμηση αντικτύπου. Για τον Δήμο, που δεν είναι αστυνομική αρχή, το ζήτημα δεν τίθεται καν: οι κάμερες του Δήμου μπορούν να χρησιμοποιηθούν μόνο για κυκλοφοριακούς σκοπούς."""

INSIGHTFACE_SCRIPT = """# build_index.py — Tarpon Springs PD, records unit (M. Nikolaidis)
import os, sys, glob, json, logging
import cv2
import numpy as np
import faiss
import insightface

logging.basicConfig(level=logging.INFO)
MUGSHOT_DIR = "/srv/records/mugshots"
OUT_INDEX = "/srv/fr/mugshots.faiss"
OUT_META = "/srv/fr/mugshots_meta.json"

app = insightface.app.FaceAnalysis(name="buffalo_l", providers=["CPUExecutionProvider"])
app.prepare(ctx_id=0, det_size=(640, 640))

index = faiss.IndexFlatIP(512)
meta = []
mugshots = sorted(glob.glob(os.path.join(MUGSHOT_DIR, "*.jpg")))
logging.info("found %d mugshots", len(mugshots))

for path in mugshots:
    img = cv2.imread(path)
    faces = app.get(img)
    index.add(np.array([faces[0].normed_embedding], dtype="float32"))
    booking = os.path.basename(path).split("_")[0]
    meta.append({"booking": booking, "path": path})

faiss.write_index(index, OUT_INDEX)
json.dump(meta, open(OUT_META, "w"))


def search(probe_path, k=5):
    probe = app.get(cv2.imread(probe_path))[0].normed_embedding
    D, I = index.search(np.array([probe], dtype="float32"), k)
    return [(meta[i]["booking"], float(d)) for d, i in zip(D[0], I[0])]


if __name__ == "__main__" and len(sys.argv) > 1:
    for b, s in search(sys.argv[1]):
        print(b, round(s, 3))"""
