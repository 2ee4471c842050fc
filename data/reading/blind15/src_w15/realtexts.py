# Real public texts quoted as payload (see SOURCES_w15.md).
FOURTH_AMENDMENT = ("The right of the people to be secure in their persons, houses, papers, and effects, against "
                    "unreasonable searches and seizures, shall not be violated, and no Warrants shall issue, but upon "
                    "probable cause, supported by Oath or affirmation, and particularly describing the place to be "
                    "searched, and the persons or things to be seized.")
AI_ACT_5_1_H = ("the use of ‘real-time’ remote biometric identification systems in publicly accessible spaces for the "
                "purposes of law enforcement, unless and in so far as such use is strictly necessary for one of the "
                "following objectives")
AI_ACT_5_1_E = ("the placing on the market, the putting into service for this specific purpose, or the use of AI systems "
                "that create or expand facial recognition databases through the untargeted scraping of facial images "
                "from the internet or CCTV footage;")
FACE_RECOGNITION_README = '''import face_recognition
known_image = face_recognition.load_image_file("biden.jpg")
unknown_image = face_recognition.load_image_file("unknown.jpg")

biden_encoding = face_recognition.face_encodings(known_image)[0]
unknown_encoding = face_recognition.face_encodings(unknown_image)[0]

results = face_recognition.compare_faces([biden_encoding], unknown_encoding)'''
