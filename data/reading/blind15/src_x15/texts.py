"""Real public texts quoted as payload (see ../SOURCES_x15.md)."""
FOURTH_AMENDMENT = ("The right of the people to be secure in their persons, houses, papers, and effects, against "
    "unreasonable searches and seizures, shall not be violated, and no Warrants shall issue, but upon probable cause, "
    "supported by Oath or affirmation, and particularly describing the place to be searched, and the persons or things to be seized.")
GDPR_ART9_1 = ("Processing of personal data revealing racial or ethnic origin, political opinions, religious or philosophical "
    "beliefs, or trade union membership, and the processing of genetic data, biometric data for the purpose of uniquely "
    "identifying a natural person, data concerning health or data concerning a natural person's sex life or sexual "
    "orientation shall be prohibited.")
AI_ACT_ART5_1_H = ("the use of 'real-time' remote biometric identification systems in publicly accessible spaces for the "
    "purposes of law enforcement, unless and in so far as such use is strictly necessary for one of the following objectives:")
BIPA_15_B = ("No private entity may collect, capture, purchase, receive through trade, or otherwise obtain a person's or a "
    "customer's biometric identifier or biometric information, unless it first: (1) informs the subject or the subject's "
    "legally authorized representative in writing that a biometric identifier or biometric information is being collected or stored;")
FACE_RECOGNITION_README = '''import face_recognition
known_image = face_recognition.load_image_file("biden.jpg")
unknown_image = face_recognition.load_image_file("unknown.jpg")

biden_encoding = face_recognition.face_encodings(known_image)[0]
unknown_encoding = face_recognition.face_encodings(unknown_image)[0]

results = face_recognition.compare_faces([biden_encoding], unknown_encoding)'''
