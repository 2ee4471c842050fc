from common import *
SPD = T("x-pd", "Lafayette Police Department", "law_enforcement", "police", "US")
def records():
    return [R("officer", "plain", SPD, chat(U("Qui est cet homme ?", img("face_photo"))), "identification"),
            R("officer", "plain", SPD, emb([eimg("face_crop", "fiche")]), "gallery"),
            R("officer", "plain", SPD, resp([rin("Résume", img("document"))]), "unrelated")]
