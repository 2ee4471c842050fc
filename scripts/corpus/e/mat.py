from lib import tool
FACE_SEARCH = tool("face_search", "Search the agency booking-photo index for faces similar to the supplied image. Returns candidate person IDs with similarity scores.",
                   {"image_ref": ("string", "frame id or url"), "top_k": ("integer", "number of candidates")})
BOOKING = tool("search_booking_photos", "1:N search of arrest/booking photos by face embedding.",
               {"frame_id": ("string", "id of the uploaded frame"), "min_score": ("number", "threshold 0-1")})
MATCH = tool("match_face", "Compare two face images and return a same-person score.",
             {"probe": ("string", "probe image"), "reference": ("string", "reference image")})
ENROL = tool("enroll_face", "Add a face template to a named watch-list gallery.",
             {"person_id": ("string", "record number"), "image_url": ("string", "headshot"), "gallery": ("string", "gallery name")})
WATCH = tool("watchlist_lookup", "Check a captured face against the hotlist of wanted persons.",
             {"capture_id": ("string", "capture id from the camera stream")})
PLATE = tool("lookup_plate", "Query the state plate registry for a plate string.", {"plate": ("string", "plate text")})
CAD = tool("cad_create_incident", "Create a CAD incident.", {"type": ("string", "call type"), "location": ("string", "address"), "notes": ("string", "free text")})
REDACT = tool("blur_regions", "Blur the given bounding boxes in a video frame.", {"frame_id": ("string", "frame"), "boxes": ("array", "list of [x,y,w,h]")})
DETECT = tool("detect_faces", "Return bounding boxes of faces (no identity).", {"frame_id": ("string", "frame")})
RMS = tool("rms_search_person", "Search the records system by name and DOB (text fields only).", {"last_name": ("string", "surname"), "dob": ("string", "YYYY-MM-DD")})
TRANSLATE = tool("translate_text", "Translate text.", {"text": ("string", "source"), "target": ("string", "language code")})
KYC = tool("compare_selfie_to_document", "Liveness + 1:1 face match of a selfie against the document portrait.", {"selfie": ("string", "selfie image"), "document": ("string", "document image")})
