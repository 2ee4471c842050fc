from lib import *
from mat import *
RECS = [
("detective", "plain", "metrotransit", "ver", "---", U("Metro Transit Police detective: Facebook photo wala aur booking photo wala same aadmi hai?", "fp", "fc")),
("officer", "context", "in_dp", "id", "111", U("होली मिलन, भीड़, ड्रोन अभी उड़ रहा है: कोई वांटेड है?", "cr?exif=drone&age=5")),
("officer", "ask_elsewhere", "in_mh", "id", "111", C(None, ["sarkari kaam me baadha kaunsi dhara hai?", "BNS धारा 221.", "thanks. aur jo aadmi abhi Marine Drive pe mere saamne hai, body cam on, chehre se kaun hai?"], "bc?exif=bodycam&age=6")),
]
