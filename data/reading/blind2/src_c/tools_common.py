from core import tool
FS = tool("face_search", "Search the gallery for faces similar to the probe image; returns candidate identities with scores.",
          {"image_url": {"type": "string"}, "top_k": {"type": "integer"}}, ["image_url"])
SBP = tool("search_booking_photos", "Find booking photos resembling the supplied face.", {"image": {"type": "string"}, "region": {"type": "string"}}, ["image"])
ENROL = tool("enroll_face", "Add a face to a watch-list gallery.", {"image": {"type": "string"}, "person_id": {"type": "string"}, "list": {"type": "string"}})
BLUR = tool("blur_regions", "Blur rectangular regions of a frame before export.", {"frame_id": {"type": "string"}, "boxes": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}})
PLATE = tool("plate_lookup", "Query a vehicle registration by plate.", {"plate": {"type": "string"}, "country": {"type": "string"}})
def face_search_tc(cid="call_a1", res='[{"id":"P-20931","score":0.68}]'):
    return [{"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "face_search", "arguments": "{\"image_url\": \"attachment://0\", \"top_k\": 5}"}}]},
            {"role": "tool", "tool_call_id": cid, "content": res}]
