"""The transparent rule layer over request text (purpose, context and who cues).

Reads the request by role (`usegate.request.anatomy`): the deployer's
instructions (system prompt, tool definitions, earlier tool calls) and the ask
(the user's directives, with pasted material cut out). Cues found in payload
(transcripts, quoted dialogue, documents, code, assistant answers, tool results)
are kept apart: they describe the material, not the ask. Each fired cue becomes
an evidence string naming the cue, the role it came from and the words that fired
it, so a reviewer can see why.

Must not read images or tenants.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import codecs
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from usegate.request.anatomy import ASK, INSTRUCTIONS, PAYLOAD, Anatomy, Segment, read
from usegate.request.case import Case, TextPart, is_embeddings
from usegate.signals import cues

_IDENTIFY = cues.compile_table(cues.IDENTIFY)
_VERIFY = cues.compile_table(cues.VERIFY)
_GALLERY = cues.compile_table(cues.GALLERY)
_NOT_FR = cues.compile_table(cues.NOT_RECOGNITION)
_CONTEXT = {
    ("real_time", True): cues.compile_table(cues.REAL_TIME_TRUE),
    ("real_time", False): cues.compile_table(cues.REAL_TIME_FALSE),
    ("mobile_camera", True): cues.compile_table(cues.MOBILE_TRUE),
    ("mobile_camera", False): cues.compile_table(cues.MOBILE_FALSE),
    ("uncontrolled", True): cues.compile_table(cues.UNCONTROLLED_TRUE),
    ("uncontrolled", False): cues.compile_table(cues.UNCONTROLLED_FALSE),
}
_POLICE_SELF = cues.compile_table(cues.POLICE_SELF)
_FOR_POLICE = cues.compile_table(cues.FOR_POLICE)

#: a search verb beside booking photos (`search_in_bookings`): counts only with an image attached
SEARCH_IN_BOOKINGS = "find him in the booking photos"
#: code or a structured task the ask says to run, whose operation names a person from a face
#: against records (`identify(face=attached_image, db='inmates')`, `{"action": "who_is", "db": "bookings"}`)
CODE_RUN_IDENTIFIES = "the code the ask runs identifies a face"
#: a form filled in from a picture whose person-name field is blank
FORM_FROM_PICTURE = "a form filled from the picture asks who the person is"
#: cues that count only with an image attached
_NEEDS_AN_IMAGE = {SEARCH_IN_BOOKINGS, "instructions call a face search"}
#: Cues that only mean recognition when something visual is in play.
_NEEDS_VISUAL = {
    "face search engines and short forms: blind 23",
    "tell me who he is: languages",
    "who he is: sv",
    "who is it: spoken Arabic",
    cues.WHAT_IS_HIS_NAME,
    "who is in the picture: languages",
    "the name of the person in the picture: languages",
    "on a wanted list: more languages",
    "everything about the person in the photo",
    "the real name",
    "most similar person on file",
    "who is this",
    "who he is",
    "wer das ist",
    "who is this person",
    "tell me who",
    "id him",
    "any hits",
    "known to police",
    "qui est cette personne",
    "quien es este sujeto",
    "wer ist die person",
    "quem e este sujeito",
    "chi e questa persona",
    "wie is deze persoon",
    "kim jest ta osoba",
    "identificare",
    "identificeren",
    "identyfikacja",
    "identifizieren",
    "tiene antecedentes",
    "tem passagem",
    "est-il fiche",
    "zur fahndung ausgeschrieben",
    "identify the person",
    "identifier la personne",
    "identificar a la persona",
    "identificar pessoa",
    "same person",
    "the photo matches: more languages",
    "meme personne",
    "misma persona",
    "dieselbe person",
    "mesma pessoa",
    "stessa persona",
    "dezelfde persoon",
    "ta sama osoba",
    "is he in our database",
    "recognise him",
    "find this face",
    "run his face",
    "ja: who is this",
    "ja: same person",
    "identify: more languages",
    "match against records: more languages",
    "wanted or listed: more languages",
    "is he wanted?",
    "who is the one in: languages",
    "hinglish: match, identify",
    "who is it: more forms",
    "who is it: blind 17",
    "which one in the grid",
    "who, by the face",
    "identify: uk/ru verbs",
    "who is it: blind 18",
    "who is it: blind 18, more",
    "who is it: blind 19",
    "who is it: ja, bare",
    "who is it: blind 20",
    "who is it: writers ud, ue",
    "who is he really",
    "who is it: blind 21",
    "who is it: writers uf, ug",
    "who is it: blind 21, ar",
    "same person: blind 20",
    "same person: blind 21",
    "same face: ar",
    "the face is the same: languages",
    "instructions call a face search",
    CODE_RUN_IDENTIFIES,
    FORM_FROM_PICTURE,
}
_VISUAL_RE = re.compile(
    r"\b(?:" + cues._VISUAL[3:-1] + r")s?\b"
    # compounds (bodycambeelden, Überwachungskamera) and Japanese, which has no word boundaries
    # (plain substrings: a leading \w* would backtrack quadratically on one long "word")
    r"|bodycam|dashcam|beelden|kamera|映像|画像|写真|動画|カメラ"
    # the other scripts and languages read (stems: фото, снимка, зображення, 사진, صورة, तस्वीर)
    r"|фото|снимк|знімк|камер|видео|відео|зображен|изображен|사진|카메라|영상|이미지|صور|كاميرا|فيديو"
    r"|फोटो|तस्वीर|कैमरा|वीडियो|\bfotograf|\bgoruntu|\bgambar|\brekaman|φωτογραφ|κάμερ|βίντεο|εικόν"
    r"|\bảnh\b|hình ảnh|\bhinh anh\b"
    # compounds ending in a photo ("bokningsfoto", "kioskfoto", "pasfoto's") and the short Greek "φωτό"
    r"|fot(?:o|on|os|o's)\b|φωτό|φωτο\b"
    # a drone is a camera ("Дрон над блокпостом транслює наживо")
    r"|\bdrones?\b|\bdron\b|\bdrona\b|дрон|드론|ドローン|ड्रोन|درون|طائرة مسيرة"
)
#: words that turn "not ... who he is" into an ask (not knowing, not having)
_NOT_KNOWING = (
    r"(?<!need to )(?<!have to )(?<!want to )(?<!care to )know\b",
    r"knew\b",
    r"idea\b",
    r"clue\b",
    r"have\b",
    r"got\b",
    r"recogni[sz]e\b",
    r"sure\b",
    r"sais\b",
    r"savons\b",
    r"connais\w*",
    r"ai\b",
    r"se\b",
    r"sabe\w*",
    r"conozco\b",
    r"tengo\b",
    r"weiss\b",
    r"weiß\b",
    r"kenne\w*",
    r"habe\b",
    r"sei\b",
    r"so\b",
    r"conheco\b",
    r"tenho\b",
    r"ho\b",
    r"conosco\b",
    r"weet\b",
    r"ken\b",
    r"heb\b",
    r"wiem\b",
    r"znam\b",
    r"mam\b",
)
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|\bno|\bnever|\bwithout|n't|\bnon|\bne|\bn'|\bpas|\bsans|\bsin|\bnicht"
    r"|\bkein\w*|\bohne"
    r"|\bnao|\bsem"
    r"|\bniet|\bgeen|\bzonder|\bnie|\bbez|\bsenza|\bningun\w*|\bnenhum\w*|\bnunca|\bjamais|\bskip"
    r"|\bnevermind"
    r"|\bno matter|\bregardless of|\bpeu importe|\begal|\bno importa|\bnao importa"
    r"|\bnon importa|\bniewazne"
    r"|\bmaakt niet uit|\bno need to|\bdon't need|\bpas besoin|\bsin necesidad|\bniente|\bnessun\w*"
    # ru uk el sv vi id ar hi tr ko: negations and "without" before the verb
    r"|\bniemand|\bnobody|\bno one|\bnadie|\bnessuno|\bnikogo|\bnikt|\bnikoho|никого|нікого|κανέναν"
    r"|\bне|\bни|\bбез|\bні|\bχωρίς|\bμην|\bμη|\bόχι|\bοχι|\bδεν|\bκαμία|\bκαμιά|\bκανένα"
    r"|\binte|\butan|\bej"
    r"|\bingen|\binga|\binget"
    r"|\bkh[oô]ng|\bchẳng|\bđừng|\bkhoi|\btidak|\bnggak|\bgak|\btanpa|\bjangan|\btak"
    r"|\bbukan|\benggak"
    r"|لا|بدون|دون|ليس|لن|مش|मत|बिना|नहीं|\bkimseyi|\bhiç kimse|\bhiçbir|\bhic kimse|\bhicbir)"
    # up to four words may stand between the negation and the cue ("don't tell me who he
    # is", "no te pido reconocimiento facial"), but not words of not-knowing or not-having:
    # "I don't know who he is", "no idea who he is", "I don't have his name, who is he?"
    # are asks, not negations
    r"(?:[ ,]+(?!" + "|".join(_NOT_KNOWING) + r")[\w']+){0,4}[ ,]*$"
)
#: "that is not right," / "dat klopt niet," / "c'est pas vrai,": the negation denies what was said
#: before it and its clause ends there; it does not negate the words after the comma
_STATEMENT_DENIED = re.compile(
    r"(?:\b(?:klopt|stimmt|true|right|correct|vrai|exact|verdad|verdade|vero|wahr|juist"
    r"|waar|stammer"
    r"|benar|betul"
    r"|dogru|prawda) (?:niet|nicht|not|pas|no|nao|non|nie|inte|tidak|degil)"
    r"|\b(?:not|niet|nicht|pas|no|nao|non|nie|inte) "
    r"(?:true|right|correct|vrai|waar|wahr|verdad|verdade|vero|juist|sant)"
    r"|(?:это|це) не так|неправда)"
    r" ?[,.;:!—–-]"
)
#: cues that name the technology; with a work task and no image they may be the topic, not the ask
TOPIC_CUES = {
    "facial recognition",
    "reconnaissance faciale",
    "reconocimiento facial",
    "gesichtserkennung",
    "reconhecimento facial",
    "riconoscimento facciale",
    "gezichtsherkenning",
    "rozpoznawanie twarzy",
    "face verification",
    "ja: face recognition",
    "face model names",
    "facial recognition: more languages",
}
#: ... and cues that describe the capability at work: the topic of a writing task with no picture,
#: but never "the technology only named" (the reader does not overrule them on that ground)
_WORK_TOPIC_CUES = TOPIC_CUES | {
    cues.FACE_SEARCH_ENGINES,
    cues.FACES_AGAINST_A_SET,
    cues.ONE_TO_N,
    cues.BUILD_THE_TECHNOLOGY,
    "a photo against a booking photo",
}
_WORK_TASKS = {
    "writing work: blind 16",
    "transcribe",
    "writing or policy work",
    "fr: blur, count, transcribe, describe",
    "es: blur, count, transcribe, describe",
    "de: blur, count, transcribe, describe",
    "pt: blur, count, transcribe, describe",
    "it: blur, count, transcribe",
    "nl: blur, count, transcribe",
    "ja: blur, count, transcribe",
    cues.WORK_MORE_LANGUAGES,
}
#: raw-text gate for the speaker scan: every POLICE_SELF / FOR_POLICE cue contains one of these
#: (plain substring tests on lower-cased text: far cheaper than any regular expression)
_POLICE_KEYS = (
    "polic",
    "товарищ",
    "наряд",
    "esquadra",
    # the other languages' police words ("speaks as police: more languages")
    "sergente",
    "marescial",
    "comandante",
    "carabinier",
    "brigadier",
    "wachtcommandant",
    "agent",
    "sierżant",
    "dyżurn",
    "сержант",
    "дежурн",
    "черговий",
    "поліц",
    "полиц",
    "komiser",
    "amirim",
    "polis",
    "巡査",
    "署",
    "警察",
    "팀장",
    "반장",
    "경찰",
    "رقيب",
    "شرط",
    "सार्जेंट",
    "इंस्पेक्टर",
    "पुलिस",
    "inspector",
    "trung sĩ",
    "đội trưởng",
    "công an",
    "cảnh sát",
    "sersan",
    "komandan",
    "polri",
    "insatschef",
    "vakthavande",
    "λοχία",
    "dienstgruppen",
    "kryminaln",
    "刑事",
    "оперуполномоч",
    "amiri",
    "형사",
    "강력계",
    "피의자",
    "tuần tra",
    "nghi phạm",
    "υπόπτ",
    "संदिग्ध",
    "delegad",
    "cabo",
    "sospettat",
    "verdacht",
    "детектив",
    "الملازم",
    "майор",
    "подозреваем",
    "підозрюван",
    "警部",
    "被疑者",
    "경위",
    "용의자",
    "المقدم",
    "المشتبه",
    "suspect",
    "sospechos",
    "verdächtig",
    "suspeito",
    "podejrzan",
    "şüpheli",
    "tersangka",
    "misstänkt",
    "διοικητ",
    "αστυνομ",
    "sheriff",
    "serg",
    "sarge",
    "lieut",
    "lt ",
    "captain",
    "chief",
    "commander",
    "supervisor",
    "partner",
    "fto",
    "precinct",
    "squad",
    "beat",
    "badge",
    "patrol",
    "cruiser",
    "department",
    "detective",
    "officer",
    "deput",
    "trooper",
    "suspect",
    "mug",
    "booking",
    "arrest",
    "rms",
    "records management",
    "cad",
    "warrant",
    "gang",
    "hot",
    "bolo",
    "cop",
    "duty",
    "shift",
    "dispatch",
    "10-",
    "perp",
    "pd",
    "law enforcement",
    "highway",
    "brigadier",
    "capitaine",
    "commissa",
    "equipage",
    "poste",
    "gendarm",
    "agent",
    "sargent",
    "comisar",
    "patrull",
    "jefe de turno",
    "compa",
    "oficial",
    "dienst",
    "wachleiter",
    "streife",
    "revier",
    "kollegen",
    "delegad",
    "viatura",
    "parceiro",
    "contracted",
    "hired",
    "requested",
    "asked",
    "working with",
    "client",
    "behalf",
    # a detective, a deputy or a warrant named in the words (cues "police asks for it")
    "deputy",
    "sergeant",
    "sgt",
    "detective",
    "investigador",
    "delegad",
    "inspect",
    "kommissar",
    "ispettore",
    "rechercheur",
    "komisarz",
    "dedektif",
    "komiser",
    "delegacia",
    "precinct",
    "commissariat",
    "comisar",
    "questura",
    "haftbefehl",
    "warrant",
    "mandado",
    "foragid",
    "county jail",
    "poliz",
    "politie",
    "komisariat",
    "sierzant",
    "det.",
    "detenci",
)


#: every FOR_POLICE cue names the police in one of these ways
_FOR_POLICE_KEYS = (
    "polic",
    "sheriff",
    " pd",
    "pd ",
    "pd.",
    "pd,",
    "law enforcement",
    "detective",
    "trooper",
    "precinct",
    "cops",
    "highway patrol",
)


def _for_police_words(text: str) -> bool:
    # a plain loop: this gate runs on every request of every tenant
    low = text.lower()
    for k in _FOR_POLICE_KEYS:
        if k in low:
            return True
    return low.startswith("pd") or low.endswith("pd")


def _police_words(text: str) -> bool:
    low = text.lower()
    for k in _POLICE_KEYS:
        if k in low:
            return True
    return False


_CONTRAST = re.compile(
    r"\b(?:just|only|simply|but|rather|instead|seulement|juste|mais|solo|pero|sino|nur|sondern|aber"
    r"|apenas|mas"
    r"|tylko|ale|alleen|maar|ma|soltanto)\b"
)
#: a negation right after the verb: "identifiziere ihn nicht", "identificeer hem niet", "l'identifie pas"
_NEGATION_AFTER = re.compile(
    r"^(?:[ ,]+[\w']+){0,2}[ ,]+(?:(?:nicht|niet|pas|not|nie|inte|nahi|nahin|नहीं|मत)\b"
    # a bare "no" closes a clause ("live? no."); "no baile", "no batalhão" is Portuguese "in the"
    r"|no\b(?=\s*(?:[.,;:!?)]|$)))"
    # "identificeer geen personen", "identifiziere keine Personen", "identifiera ingen"
    r"|^ (?:geen|keine|keinen|ingen)\b"
    # "wer er ist, ist egal", "quién es da igual", "who he is doesn't matter"
    r"|^[ ,]+(?:ist |is |es |da |e |è |é |jest |är |does |do )?(?:egal|unwichtig|irrelevant|igual"
    r"|indifferente|no importa|non importa|peu importe|n'importe|não importa|nao importa"
    r"|tanto faz|niewazne"
    r"|nieważne|doesn't matter|does not matter|not matter|not important|not needed|nicht wichtig"
    r"|niet belangrijk)\b"
    # "кто они — не нужно", "wer das ist: egal", "qui c'est, peu importe": the question declined
    r"|^\s*[—–:,-]+\s*(?:не нужно|не надо|не треба|не потрібно|не важно|неважно"
    r"|not needed|no need|doesn't matter"
    r"|egal|unwichtig|peu importe|pas besoin|no importa|no hace falta|non importa"
    r"|non serve|nao importa"
    r"|nao precisa|niet nodig|maakt niet uit|nie trzeba|niewazne|gerek yok|onemli degil|behovs inte"
    r"|spelar ingen roll|δεν χρειάζεται|δεν έχει σημασία|không cần|tidak perlu"
    r"|ज़रूरत नहीं|जरूरत नहीं"
    r"|لا يهم|لا داعي|필요 없|상관없|必要ない|不要)"
    # Turkish negates inside the verb (tanımlaMAyın, tespit etMEden); Korean after it (하지 마, 상관없)
    r"|^(?:ma|me)(?:dan|den|yın|yin|yınız|yiniz)\b|^\s?(?:etme|yapma)\b"
    r"|^\s(?:gerekmez|gerekmiyor|gerek yok|lazim degil|istemiyorum)\b"
    r"|^[^.!?\n]{0,6}?(?:하지 ?마|하지 ?말|상관없|필요 ?없|안 해|추측 ?금지|금지|x\b)"
    # Japanese negates after the verb: 誰かは言わないで (don't say who), 特定しないで, 知らなくていい
    r"|^[^。！？!?\n]{0,8}?(?:ないで|なくていい|なくて良い|なくても|せず|不要|いらない|じゃな|ではな"
    r"|ではありません|はしない|しない|しません)"
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*]){3,}[a-z]\b")
_SENTENCE = re.compile(r"[.!?;\n。！？]+\s*")
_TOOL_NOT_FR = re.compile(r"\b(?:blur|redact|count|detect|pixelate|anonymi[sz]e)\b")
#: a face named, in any of the languages read (a false hit only costs a reading; a miss lets a
#: request skip the reader as "faceless"): also inside code identifiers (`face_encodings`,
#: `insightface`), and as stems where words inflect (лицо/лица, обличчя, πρόσωπο, چهره)
_FACE_WORDS = re.compile(
    r"mug ?shot|\bfaces?\b|facial|booking (?:photo|image|pic)|headshot|selfie|portrait"
    r"|visage|rostro"
    r"|gesicht|rosto|volto|volti|\bvisi\b|lichtbild|\bviso\b|\bcaras?\b|gezicht|twarz|ansikt|kasvo"
    r"|\bwajah|\bmuka\b"
    r"|face_|_face|faces?(?=[a-z]*(?:net|id|print|search|match|embed|encod|index|db|gallery))"
    r"|insightface|arcface|facenet|deepface|retinaface|\bdlib\b|biometri|biyometri|биометр"
    r"|\bлиц(?:о|а|у|е|ом|ам|ами|ах)?\b|облич|얼굴|안면|(?:ال)?وجو?ه|چهره|चेहर|\byuz(?:u|un"
    r"|unu|ler\w*|e)?\b"
    r"|πρόσωπ|προσώπ|khu[oô]n m[aặ]t|g[uư][oơ]ng m[aặ]t|m[aặ]t ng[uư][oờ]i|顔|人脸|面部"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def names_a_face_or_picture(text: str) -> bool:
    """Whether a text names a face, a photo, a frame or a camera, in any language read."""
    norm = normalise(text)
    return bool(_FACE_WORDS.search(norm) or _VISUAL_RE.search(norm))


_TOOL_FR = re.compile(
    r"\b(?:(?:match|search|compare|identify|lookup|look up|find|verify|enrol|enroll|recogni[sz]e"
    r"|query|check)"
    r" (?:\w+ )?(?:face|faces|mugshots?|suspects?|offenders?|identity|identities|watchlist|gallery"
    r"|biometric\w*)"
    r"|face (?:match|matches|search|id|recognition|compare|comparison|lookup|embedding"
    r"|embeddings|verify|"
    r"verification|enroll|enrol|enrollment|template|gallery|index|similarity)|mugshots?"
    r"|watch ?list|"
    r"face ?print|face vector|embedding of (?:the |a )?face|person (?:by|from) (?:face"
    r"|embedding|photo)"
    r"|lookup person embedding|person embedding)\b"
)


@functools.lru_cache(maxsize=1024)
def _strip_accent(ch: str) -> str:
    if ch in "łŁ":  # Polish ł has no decomposition: "stała kamera" reads as "stala kamera"
        return "l" if ch == "ł" else "L"
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


#: Cyrillic and Greek letters that look like Latin ones ("Ιdеntіfу thе реrѕоn"): folded to Latin
#: inside a word that also holds Latin letters (no real word mixes the scripts)
_LOOKALIKE = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕԁɡІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοτνικ",
    "ABEKMHOPCTXaeopcyxijsdgIJSABEZHIKMNOPTYXaotvik",
)
_CONFUSABLE = re.compile("[АВЕКМНОРСТХаеорсухіјѕԁɡІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοτνικ]")
_MIXED_WORD = re.compile(r"\b\w*[A-Za-z]\w*")


#: ... and Latin look-alikes inside a mostly Cyrillic word ("Пoрiвняй з архiвoм") go the other way
_TO_CYRILLIC = str.maketrans("aeopcyxiAEOPCYXIK", "аеорсухіАЕОРСУХІК")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u04ff]")


def _fold_mixed(m: re.Match[str]) -> str:
    word = m.group(0)
    if not _CYRILLIC_OR_GREEK.search(word):
        return word
    # a Cyrillic letter with no Latin twin (п, в, я, ц) makes it a Cyrillic word
    own = any(_CYRILLIC.match(ch) and not _CONFUSABLE.match(ch) for ch in word)
    return word.translate(_TO_CYRILLIC) if own else word.translate(_LOOKALIKE)


_LONG_RUN = re.compile(r"\w{48}")


def normalise(text: str) -> str:
    """Lower-case, strip accents, unify quotes, collapse spaced-out letters and whitespace."""
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        text = "".join(_strip_accent(ch) if "\u00c0" <= ch < "\u0250" else ch for ch in text)
        text = unicodedata.normalize("NFKC", text)  # full-width forms to ASCII, composed kana stay composed
        if _CONFUSABLE.search(text):
            text = _MIXED_WORD.sub(_fold_mixed, text)
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").lower()
    text = text.replace("ß", "ss")
    text = _SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), text)
    # no word in any language read is longer than this: a longer run (a pasted blob, a word
    # repeated without spaces) is cut into pieces, so every cue's word pattern stays linear
    text = _LONG_RUN.sub(r"\g<0> ", text)
    return re.sub(r"[ \t\r\f\v]+", " ", text)


def _deleet(text: str) -> str:
    return re.sub(r"\b\w*[0-9@$]\w*\b", lambda m: m.group(0).translate(_LEET), text)


@dataclass(frozen=True)
class Hit:
    cue: str
    quote: str
    where: str

    def evidence(self, kind: str) -> str:
        return f"{self.where}: {kind} cue '{self.cue}': '{self.quote}'"


@dataclass
class TextFindings:
    """What the rules found in a request's text."""

    identify: list[Hit] = field(default_factory=list)
    verify: list[Hit] = field(default_factory=list)
    gallery: list[Hit] = field(default_factory=list)
    tools: list[Hit] = field(default_factory=list)
    not_recognition: list[Hit] = field(default_factory=list)
    negated: list[Hit] = field(default_factory=list)
    context: dict[tuple[str, bool], list[Hit]] = field(default_factory=dict)
    visual: bool = False
    has_text: bool = False
    face_words: list[str] = field(default_factory=list)

    @property
    def recognition_hits(self) -> list[Hit]:
        return self.identify + self.verify + self.gallery + self.tools


def _where(part: TextPart) -> str:
    if part.role in ("system", "developer", "metadata"):
        return f"instructions ({part.location})"
    if part.role == "tool_schema":
        return f"instructions (tool definition {part.location.removeprefix('tools.')})"
    if part.role == "tool_call":
        return f"instructions (tool call {part.location})"
    if part.role in ("assistant", "tool", "input", "dialogue", "quoted", "code", "document"):
        return f"payload ({part.location}, {part.role})"
    return f"ask ({part.location})"


def _quote(text: str, m: re.Match[str]) -> str:
    return text[m.start() : m.end()][:80]


def _sentence_index(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def _starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE.finditer(text)]


#: words only Portuguese writes (after accents are stripped): "não", "você", "-ção", "-ções"
_PORTUGUESE_WORDS = re.compile(
    r"\b(?:nao|voce|voces|entao|tambem|estao|pra|pelo|pela|ao|aos|isso|esse|essa|dele"
    r"|dela|um|uma|agora)\b"
    r"|\b(?:não|você|vocês|então|também|estão)(?!\w)|\w(?:cao|coes|agem|ção|ções)\b"
    r"|\b(?:estou|com|num|numa|viatura)\b"
)


def _portuguese(text: str) -> bool:
    return _PORTUGUESE_WORDS.search(text) is not None


#: a cue that starts "là ai" (is who) or "tên" (name): the bare "no" before it is the Vietnamese
#: pronoun "nó" (he), not a negation ("nó là ai?", "nó tên gì")
_VIETNAMESE_HE = re.compile(r"(?:la|là) (?:ai|thang|nguoi)\b|t[eê]n\b")


def _portuguese_request(parts: list[TextPart]) -> Callable[[], bool]:
    """Whether any part of the request is Portuguese, asked only when a bare "no" stands before a
    cue (computed once, on the normalised variants the scan already holds)."""
    return functools.cache(lambda: any(_portuguese(_variants(p)[0]) for p in parts if p.text.strip()))


def _scan(
    table: cues.CueTable,
    text: str,
    where: str,
    *,
    negatable: bool = False,
    portuguese: Callable[[], bool] | None = None,
    after_neg: re.Pattern[str] | None = None,
) -> tuple[list[tuple[Hit, int]], list[Hit]]:
    """Hits of a table over `text` (each with its match position), and negated hits; `after_neg`
    replaces the negation looked for after a cue."""
    hits: list[tuple[Hit, int]] = []
    negated: list[Hit] = []
    for i, m in sorted(table.matches(text), key=lambda im: (im[0], im[1].start())):
        hit = Hit(table.cues[i][0], _quote(text, m), where)
        before = text[max(0, m.start() - 30) : m.start()]
        following = text[m.end() : m.end() + 20]
        neg = _NEGATION_BEFORE.search(before) if negatable else None
        if neg is not None and neg.group(0).split()[0].strip(",") == "no":
            # "no banco de procurados": Portuguese "in the", not a negation
            if portuguese() if portuguese is not None else _portuguese(text):
                neg = None
            elif _VIETNAMESE_HE.match(hit.quote):
                neg = None  # "nó là ai?", "nó tên gì": Vietnamese "he", not a negation
        if neg is not None and _CONTRAST.search(before[neg.start() :]):
            neg = None  # "not facial recognition, just tell me who he is": the ask survives
        if neg is not None and _STATEMENT_DENIED.search(before):
            neg = None  # "de header zegt 'recorded' maar dat klopt niet, de man staat nu voor me"
        # "no hace falta saber quién es": the need is declined for the cue itself, not for work
        # named before a comma ("진술 요약은 필요 없고, 사진 얼굴을 ... 찾아")
        needs = list(_NO_NEED.finditer(before)) if negatable and neg is None else []
        no_need = bool(needs) and not re.search(r"[,.;:!?，。、]", before[needs[-1].end() :])
        if negatable and (neg is not None or no_need or (after_neg or _NEGATION_AFTER).search(following)):
            negated.append(hit)
        else:
            hits.append((hit, m.start()))
    return hits, negated


def _add(bucket: list[Hit], hits: Iterable[Hit]) -> None:
    for h in hits:
        if all(h.cue != b.cue or h.where != b.where for b in bucket):
            bucket.append(h)


def _parts(anatomy: Anatomy, roles: tuple[str, ...] = (INSTRUCTIONS, ASK)) -> list[TextPart]:
    out: list[TextPart] = []
    for role in roles:
        segments: tuple[Segment, ...] = getattr(anatomy, role)
        out.extend(
            TextPart(role=seg.source, text=seg.text, turn=seg.turn, location=seg.location) for seg in segments
        )
    return out


def _variants(part: TextPart) -> list[str]:
    if len(part.text) <= _CACHED_TEXT:
        return _cached_variants(part.text, part.role == "tool_call")
    return _variants_of(part.text, part.role == "tool_call")


#: only short texts (system prompts, tool schemas that recur) are cached: a cache of whole
#: prompts would hold megabytes per entry
_CACHED_TEXT = 4096


@functools.lru_cache(maxsize=512)
def _cached_variants(text: str, tool_call: bool) -> list[str]:
    return _variants_of(text, tool_call)


#: the underscore inside a snake_case identifier
_IDENTIFIER = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")


def _variants_of(text: str, tool_call: bool) -> list[str]:
    if tool_call:
        text = _CAMEL.sub(" ", text).replace("_", " ")
    norm = normalise(text)
    leet = _deleet(norm)
    out = [norm] if leet == norm else [norm, leet]
    # an ask hidden from the words: "decode this and do it: d2hvIGlz...", "read it backwards: ..."
    if not tool_call and _IDENTIFIER.search(text):
        # `confronta_volto`, `pattuglia_live`, `face_recognition` in prose or in pasted code: read
        # the words of the identifier too (the reader's rule-cue features are trained with them)
        out.append(normalise(_IDENTIFIER.sub(" ", text)))
    out.extend(normalise(t) for t in _decoded(text))
    if _REVERSE_ASKED.search(norm):
        out.append(norm[::-1])
    if _ROT13_ASKED.search(norm):
        # "decode the ROT13 and do what it says: Vqragvsl gur zna ..."
        out.append(normalise(codecs.decode(text, "rot13")))
    return out


_ROT13_ASKED = re.compile(r"\brot-?13\b")


#: a run of base64 long enough to carry a sentence
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")
#: words asking to read text backwards, in the languages read
_REVERSE_ASKED = re.compile(
    r"\b(?:reverse|reversed|backwards?|a l'envers|al reves|ruckwarts|de tras para frente"
    r"|al contrario"
    r"|achterstevoren|od tylu|wspak|наоборот|навпаки|задом наперед|tersten|ters oku"
    r"|terbalik|baklanges"
    r"|αναποδα|ανάποδα|nguoc|ngược)\b|거꾸로|بالعكس|उल्टा|उलटा|逆から|逆さ"
)


def _decoded(text: str, limit: int = 8) -> list[str]:
    """Text hidden as base64 in the request, decoded when it is readable words."""
    out: list[str] = []
    for m in _BASE64.finditer(text):
        if len(out) >= limit:
            break
        raw = m.group(0)
        if len(raw) > 4096:
            continue  # data, not a hidden sentence
        try:
            decoded = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        letters = sum(1 for ch in decoded if ch.isalpha() or ch.isspace())
        if " " in decoded and letters >= 0.8 * len(decoded):
            out.append(decoded)
    return out


@dataclass
class SpeakerFindings:
    """Who cues only: the author speaks as, or works for, the police."""

    police_self: list[Hit] = field(default_factory=list)
    for_police: list[Hit] = field(default_factory=list)


def speaker(
    case: Case, *, as_police: bool = True, anatomy: Anatomy | Callable[[], Anatomy] | None = None
) -> SpeakerFindings:
    """The cheap scan the `who` signals need (user-side text only).

    `as_police=False` looks only for "working for the police" (all a non-integrator
    tenant's registry entry can be doubted by); an integrator's declared end customer
    can also be contradicted by the request speaking as the police.
    """
    f = SpeakerFindings()
    tables = (
        ((_POLICE_SELF, f.police_self), (_FOR_POLICE, f.for_police))
        if as_police
        else ((_FOR_POLICE, f.for_police),)
    )
    gate = _police_words if as_police else _for_police_words
    if not any(gate(part.text) for part in case.texts if part.role not in ("assistant", "tool")):
        return f  # no police word anywhere: no anatomy, no scan (this runs for every tenant)
    for part in _parts(anatomy() if callable(anatomy) else anatomy if anatomy is not None else read(case)):
        if part.role in ("tool_call", "tool_schema"):
            continue
        if not gate(part.text):
            continue  # no police word at all: skip normalising and scanning
        where = _where(part)
        for variant in _variants(part):
            for table, bucket in tables:
                hits, _ = _scan(table, variant, where, negatable=True)
                _add(bucket, (h for h, _ in hits))
    return f


ALREADY_IDENTIFIED = "already identified"
#: cues that cancel a weak identify cue in their sentence ("describe him, don't identify him",
#: "ask the public for help identifying this man")
DECLINING = frozenset(
    {
        "do not identify",
        "do not identify: blind 21",
        "appeal to the public",
        "do not compare: more languages",
        cues.NO_NEED_TO_KNOW_WHO,
    }
)
#: not-recognition cues too common to settle a short ask on their own ("요약", "jelaskan", "is he
#: hurt?"): they tell the reader, which still reads the whole ask
_WEAK_NOT_FR = frozenset({cues.STATE_OF_PERSON, cues.WORK_MORE_LANGUAGES, cues.WANTED_POSTER})
#: "just", "only", "simply" in the languages read (normalised text): what follows is the ask
_JUST = re.compile(
    r"\b(?:just|only|simply|merely|simplement|juste|seulement|solo|solamente|simplemente"
    r"|nur|einfach|bloss"
    r"|apenas|somente|soltanto|semplicemente|alleen|gewoon|tylko|po prostu|bara|endast|sadece"
    r"|yalnizca|hanya"
    r"|cukup|ch\w{1,2} c\w{1,2}n)\b"
    r"|просто|лишь|только|тільки|лише|μόνο|απλώς|बस|केवल|فقط|만 |だけ"
)
#: a short quotation inside a sentence ('find this guy', "who's he", «c'est qui»)
_SHORT_QUOTE = re.compile(
    r"(?:(?<=[\s:(])|^)'[^'\n]{3,79}'(?=[\s.,;:!?)]|$)|\"[^\"\n]{3,79}\"|“[^”\n]{3,79}”"
    r"|«[^»\n]{3,79}»"
    r"|„[^“”\n]{3,79}[“”]"
    r"|「[^」\n]{2,79}」"
)
#: "translate 'identify this man ...' and then do it": the quoted words become the ask
_CARRY_OUT = re.compile(
    r"\b(?:do it|do that|do this|run it|carry (?:it )?out|execute|follow (?:it|them"
    r"|the instructions?)"
    r"|and then|then do|execute[sz]?|ejecuta\w*|esegui\w*|executa\w*|fuhre\w*|ausfuhren"
    r"|voer\w* (?:het |dit )?uit|wykonaj\w*|uygula\w*|lakukan|jalankan|utfor|th\w{1,2}c hi\w{1,2}n"
    # "translate 'who is this man?', then answer it for the attached photo"
    r"|answer (?:it|that|the question)|reponds|responde|rispondi|beantworte|antworte|odpowiedz"
    r"|cevapla|svara)\b"
    r"|ответь|відповідай|답해|答えて|أجب|जवाब दो|trả lời|απάντησε"
    r"|выполни|виконай|نفّذ|نفذ|εκτέλεσε|εφάρμοσε|करो|実行|실행|\bkerjakan\b|κάν' το|κάνε το"
    r"|καν' το|κανε το"
    r"|수행해|그대로 해|그대로 수행"
    r"|usi ke hisaab se|uske hisaab se|\b(?:laksanakan|lakukan|jalankan|kerjakan) isinya\b"
    r"|\bfai (?:esattamente )?quello che (?:chiede|dice)\b"
    r"|\bhaz (?:exactamente )?lo que (?:pide|dice)\b|\bfais (?:exactement )?ce qu'(?:il"
    r"|elle) demande\b"
    r"|\bdo exactly what it (?:says|asks)\b"
    r"|l\w{1,2}m (?:\w{1,2}\w{0,2} )?nh\w{1,2} n\w{1,2} n\w{1,2}i|κάνε ό,?τι λέει|κανε ο,?τι λεει"
)
#: "no need to", "skip the", in the languages read (normalised text)
_NO_NEED = re.compile(
    r"\b(?:no need|don't need|dont need|skip|without|not needed|k c\w{1,2}n|ko c\w{1,2}n"
    r"|kh\w{1,2}ng c\w{1,2}n|tidak perlu|nggak perlu|gak perlu|gerek yok|gerekmez"
    r"|behover inte|behovs inte"
    r"|inget behov|pas besoin"
    r"|no hace falta|sin necesidad|nicht notig|brauchst? nicht|nao precisa|non serve"
    r"|niet nodig|nie trzeba"
    r"|nie potrzeba)\b"
    r"|не нужно|не надо|не треба|не потрібно|δεν χρειάζεται|χωρίς|ज़रूरत नहीं|जरूरत नहीं"
    r"|لا داعي|لا حاجة"
    r"|필요 없|필요없|必要ない|不要"
)


#: a past participle naming how the pasted material was prepared ("la déposition (traduite)",
#: "Zeugenaussage (übersetzt)", "depoimento traduzido"): it describes the material, it asks nothing
_PARTICIPLE = re.compile(
    r"(?:translated|transcribed|summari[sz]ed|traduit|traduite|traduits|traduites|traducid[oa]s?"
    r"|traduzid[oa]s?|tradott[oaie]|ubersetzte?[nrs]?|vertaalde?|transcrit[es]?|transcrit[oa]s?"
    r"|trascritt[oaie]|zusammengefasste?[nrs]?|przetlumaczon\w*|переведен\w*|перекладен\w*)"
)


#: a translation named as the work ("translate", "çevir", "переведи", "번역")
_TRANSLATE_WORD = re.compile(
    r"transl|tradu|ubersetz|vertaal|przetlumacz|переве|перекла|cevir|çevir|terjemah|dich|oversatt"
    r"|översätt|μετάφρ"
    r"|अनुवाद|ترجم|翻訳|번역"
)


#: a negation right before a work word ("nie streszczaj", "don't translate", "μην το συνοψίσεις")
_NOT_BEFORE = re.compile(
    r"(?:\bnie|\bdon't|\bdont|\bdo not|\bnever|\bnicht|\bniet|\bnao|\bnon|\binte|\bjangan"
    r"|\bđung|\bdung"
    r"|\bне|\bні|\bμην|\bδεν|मत|لا"
    # "now without translation: who is he?", "ohne Übersetzung", "без перевода": the work is set aside
    r"|\bwithout|\bsans|\bsin|\bohne|\bsem|\bsenza|\bzonder|\bbez|\bбез|\bχωρίς|\butan"
    r"|\btanpa|बिना|بدون"
    r"|دون)\s+$"
)


#: an identify word inside a not-recognition cue ("nicht identifizieren", "sin identificar")
_IDENTIFY_WORD = re.compile(
    r"identif|erkenn|reconna|riconosc|reconhe|herken|rozpozna|ідентиф|идентиф|опозна|впізна"
)


#: ... or right after it, where the language puts it there ("sammanfatta inte", "fass nicht zusammen"),
#: but not when it says how to do the work ("übersetze nicht wörtlich", "översätt inte ordagrant");
#: only ever matched on a short slice
_NOT_AFTER = re.compile(
    r"[ \t]+(?:inte|nicht|niet|ikke)\b(?![ \t]+(?:w[oö]rtlich|wortw[oö]rtlich|letterlijk"
    r"|ordagran\w*"
    r"|so\b|zu\b|bokstav\w*|alles\b|allt\b|alle\b))"
)
#: the participle describes pasted material: "(traduite)", "übersetzt:", "traduzido da testemunha"
_DESCRIBES_MATERIAL = re.compile(r"\s*[):]|\s+(?:da|do|de|des|du|der|dei|della|of|from)\b")


#: after a context word, only a negation right behind it counts ("live? no.", "bodycam nicht
#: an"): in "au contrôle routier n'a pas de papiers" the "pas" belongs to another verb
_CONTEXT_NEGATED_AFTER = re.compile(
    r"^[ ,]+(?:nicht|niet|not|inte|nahi|नहीं)\b|^\s*no\b(?=\s*(?:[.,;:!?)]|$))"
)


#: a transcript named as the material the ask presents ("Voici la transcription de la caméra
#: piéton :", "Zum Kontext das Bodycam-Transkript", "Contexto, transcrição da bodycam:"): a label,
#: not an ask to transcribe
_MATERIAL_NOUN = re.compile(
    r"transcript\w{0,24}|transcription\w{0,24}|transcripcion\w{0,24}|transcricao\w{0,24}"
    r"|trascrizion\w{0,24}|transcriptie\w{0,24}"
    r"|transkript\w{0,24}|transkrypcj\w{0,24}|транскрипт\w{0,24}|расшифровк\w{0,24}"
    r"|розшифровк\w{0,24}"
)
_PRESENTS_MATERIAL = re.compile(
    r"(?:\bhere(?:'s| is| are)|\bbelow(?: is)?|\battached(?: is)?|\bvoici|\bvoila"
    r"|\bhier (?:ist|sind|das|die|der|den)"
    r"|\bzum kontext|\bcontext|\bkontext|\bcontexto|\bcontesto|\bsegue|\baqui (?:esta|vai)|\becco"
    r"|\bhieronder"
    r"|\bponizej|\boto\b|ниже|вот\b|нижче|ось\b|\bberikut|\basagida|إليك|नीचे|\bduoi day|\bhar ar"
    r"|εδώ|παρακάτω)"
    r"[^.?!\n]{0,40}$"
)


def _standing(not_fr: list[tuple[Hit, int]], text: str) -> list[tuple[Hit, int]]:
    """The not-recognition hits that still speak for the ask: "I do NOT ask for identification,
    just give me the nearest record" announces the ask (unless other work is named after the
    "just": "don't identify anyone, just blur the faces"); work named only to be declined ("진술
    요약은 필요 없고", "k cần giải thích") is not asked."""
    work = [
        pos
        for h, pos in not_fr
        if not h.cue.startswith("do not identify") and not _IDENTIFY_WORD.search(h.quote)
    ]
    out = []
    for h, pos in not_fr:
        end = pos + len(h.quote)
        if _PARTICIPLE.fullmatch(h.quote) and _DESCRIBES_MATERIAL.match(text[end : end + 8]):
            continue
        if _MATERIAL_NOUN.fullmatch(h.quote) and _PRESENTS_MATERIAL.search(text[max(0, pos - 50) : pos]):
            continue
        if (
            not h.cue.startswith("do not identify")
            and h.cue not in DECLINING
            and (_NOT_BEFORE.search(text[max(0, pos - 12) : pos]) or _NOT_AFTER.match(text[end : end + 30]))
        ):
            continue  # "Nie streszczaj – zamiast tego…", "don't summarise it": the work is declined
        if h.cue.startswith("do not identify") or _IDENTIFY_WORD.search(h.quote):
            # "Nicht identifizieren, nur: ähnelt er dem Fahndungsfoto?" declines the word, not the ask
            if _JUST.search(text[end : end + 80]) and not any(pos < p <= end + 80 for p in work):
                continue
        elif h.cue in _WEAK_NOT_FR and _NO_NEED.search(text[max(0, pos - 20) : end + 20]):
            continue
        out.append((h, pos))
    return out


def analyse(
    case: Case, anatomy: Anatomy | None = None, *, roles: tuple[str, ...] = (INSTRUCTIONS, ASK)
) -> TextFindings:
    """Run the purpose tables over the request's instructions and ask (or other `roles`)."""
    f = TextFindings()
    a = anatomy if anatomy is not None else read(case)
    parts = _parts(a, roles)
    pt = _portuguese_request(parts)
    for part in parts:
        where = _where(part)
        for variant in _variants(part):
            f.has_text = f.has_text or bool(variant.strip())
            if not f.visual and part.role != "tool_schema" and _VISUAL_RE.search(variant):
                f.visual = True
            fw = _FACE_WORDS.search(variant)
            if fw and len(f.face_words) < 3:
                f.face_words.append(f"{where}: '{fw.group(0)}'")
            starts = _starts(variant)
            not_fr, _ = _scan(_NOT_FR, variant, where)
            not_fr = _standing(not_fr, variant)
            card = [pos for h, pos in not_fr if h.cue.startswith(_READ_THE_TEXT)]
            writing = any(h.cue.startswith("writing or policy work") for h, _ in not_fr)
            if card and part.role in ("user", "input", "prompt") and not (writing and not case.images):
                step = _face_step_after(variant, min(card))
                if step:
                    # "read the name off the ID, then tell me if the man on my bodycam is the same":
                    # the reading is the first step; the face compared or searched is the ask
                    not_fr = [(h, pos) for h, pos in not_fr if pos not in card]
                    _add(f.verify, [Hit(CARD_THEN_FACE, step, where)])
            if _CARRY_OUT.search(variant):
                # "translate it, then do what it says": the translation carries the ask, it is not the work
                not_fr = [(h, pos) for h, pos in not_fr if not _TRANSLATE_WORD.search(h.quote)]
            # "I don't need to know who he is yet, just check the wanted list": what follows "just" is the
            # ask, and the words weigh it; the decline settles nothing on its own
            not_fr = [
                (h, pos)
                for h, pos in not_fr
                if h.cue != cues.NO_NEED_TO_KNOW_WHO or not _JUST.search(variant, pos + len(h.quote))
            ]
            no_need_sentences = {
                _sentence_index(starts, pos) for h, pos in not_fr if h.cue == cues.NO_NEED_TO_KNOW_WHO
            }
            negated_sentences = {
                _sentence_index(starts, pos)
                for h, pos in not_fr
                if h.cue != ALREADY_IDENTIFIED
                and (h.cue in DECLINING or "identif" in h.quote or "特定し" in h.quote)
            }
            # "the suspect already identified" names someone known: only the identify word inside
            # that phrase is cancelled ("sudah teridentifikasi"), not a new ask beside it ("one is
            # already identified, identify the other")
            already = [(pos, pos + len(h.quote) + 1) for h, pos in not_fr if h.cue == ALREADY_IDENTIFIED]
            _add(f.not_recognition, (h for h, _ in not_fr))
            # "a handout on what to do if a complainant asks us to 'find this guy'": words in
            # quotation marks inside an ask for writing work are mentioned, not asked
            mentioned = (
                [(m.start(), m.end()) for m in _SHORT_QUOTE.finditer(variant)]
                if any(h.cue in _WORK_TASKS for h, _ in not_fr) and not _CARRY_OUT.search(variant)
                else []
            )
            for table, bucket in ((_IDENTIFY, f.identify), (_VERIFY, f.verify), (_GALLERY, f.gallery)):
                hits, negated = _scan(table, variant, where, negatable=True, portuguese=pt)
                kept = []
                for h, pos in hits:
                    if h.cue in _NAME_ON_A_DOCUMENT and _document_read(variant):
                        continue  # "here's his licence, what's his name?": the card prints it
                    if h.cue == cues.FACE_SEARCH_ENGINES and writing:
                        continue  # "a memo on whether detectives may use PimEyes": the topic
                    if h.cue == cues.WHAT_IS_HIS_NAME and _in_quotes(variant, pos):
                        continue  # "the witness said 'what's his name, the tall one'": quoted speech
                    weak = h.cue in _NEEDS_VISUAL or "identif" in h.quote or h.cue.startswith("ja: ")
                    if any(a <= pos < b for a, b in mentioned):
                        negated.append(h)
                    elif (
                        weak
                        and (
                            _sentence_index(starts, pos) in negated_sentences
                            or any(a <= pos < b for a, b in already)
                        )
                        and (
                            # "I don't need to know who he is, just check the wanted list": not knowing
                            # who he is cancels a who-is ask only, never a list or database search
                            _sentence_index(starts, pos) not in no_need_sentences or _WHO_WORD.search(h.quote)
                        )
                    ):
                        negated.append(h)  # "describe him, don't identify him"
                    else:
                        kept.append(h)
                _add(bucket, kept)
                _add(f.negated, negated)
            vb = vectors_of_bookings(variant)
            if vb:
                _add(f.gallery, [Hit("vectors of booking photos", vb, where)])
            sb = search_in_bookings(variant) if part.role in ("user", "input", "prompt") else ""
            if sb:
                _add(f.identify, [Hit(SEARCH_IN_BOOKINGS, sb, where)])
            if part.role in ("tool_schema", "tool_call"):
                m = _TOOL_FR.search(variant)
                if m and not _TOOL_NOT_FR.search(variant):
                    _add(f.tools, [Hit("recognition tool", _quote(variant, m), where)])
    if ASK in roles:
        _code_the_ask_carries(a, f)
    return f


def _code_the_ask_carries(a: Anatomy, f: TextFindings) -> None:
    """What code, forms and structured tasks carried with the ask do: face matching in code the ask
    works on, an identification in code or JSON the ask says to run, a form whose name field is
    left blank beside a picture and a collection to match against. Each segment is normalised once."""
    texts: dict[int, str] = {}

    def norm(seg: Segment) -> str:
        if id(seg) not in texts:
            texts[id(seg)] = normalise(seg.text)
        return texts[id(seg)]

    # code pasted with the ask ("refactor this", "fill in the TODO") is what the ask builds:
    # face matching written in it counts as the ask's, not as material talked about; unless the
    # ask only explains it ("what does this code do? in plain words for the council")
    last = normalise(a.last_ask) if a.payload else ""  # once, and only when something is carried
    code = [seg for seg in a.payload if seg.source == "code"]
    explained = bool(code) and bool(_EXPLAINS_CODE.search(last)) and not _CHANGES_CODE.search(last)
    for seg in [] if explained else code:
        text = norm(seg)
        m = _GALLERY_CODE.search(text)
        vb = vectors_of_bookings(text)
        if not m and not vb:
            # a face library imported in code that also names booking or arrest photos
            # ("import face_recognition ... # match against the mugshots"): matching, not blurring
            vb = _booking_near(text, _FACE_LIBRARY, 600)
        if not m and not vb:
            # a face library set to compare faces against a list or a set of photos
            # ("match_against_bolo()", "# vergelijk met face_recognition tegen alle pasfoto's")
            lib = _FACE_LIBRARY_MATCH.search(text)
            vb = text[lib.start() : lib.start() + 120].replace("\n", " ") if lib else ""
        quote = _quote(text, m) if m else vb
        if quote:
            _add(f.gallery, [Hit("face matching in the code the ask works on", quote, seg.where)])
    if a.payload and _RUN_IT.search(last):
        # "run this code in your head and print the result": what the code does is the ask
        for seg in a.payload:
            if seg.source not in ("code", "quoted"):
                continue
            text = norm(seg)
            op = _IDENTITY_OP.search(text)
            records = cues.BOOKING_RE.search(text) or _CODE_RECORDS.search(text)
            if op and records and _CODE_PICTURE.search(text):
                _add(f.identify, [Hit(CODE_RUN_IDENTIFIES, _quote(text, op), seg.where)])

    # a form whose name field is left blank beside a picture and a collection to match against
    for seg in [*a.ask, *(s for s in a.payload if s.source in ("code", "quoted", "dialogue"))]:
        if "\n" not in seg.text and "{" not in seg.text:
            continue  # not structured: no form to fill
        text = norm(seg)
        blank = _BLANK_NAME.search(text) or _BEST_MATCH_FIELD.search(text)
        records = blank and (cues.BOOKING_RE.search(text) or _CODE_RECORDS.search(text))
        if blank and records and _CODE_PICTURE.search(text) and _MATCH_SOURCE.search(text):
            _add(f.identify, [Hit(CODE_RUN_IDENTIFIES, _quote(text, blank), seg.where)])
    # "complete the form below using the attached photo … Full name: ____": the name is to be read off
    # the face, unless the picture is a document whose printed name is copied ("from the ID card")
    candidates = [*a.ask, *(s for s in a.payload if s.turn == a.last_turn)]
    if not any(_BLANK_FIELD.search(seg.text) for seg in candidates):
        return  # no blank field anywhere (raw text): nothing more is normalised
    asked = " ".join(norm(seg) for seg in a.ask)
    if _FILL_FROM_PICTURE.search(asked) and not _DOCUMENT_WORD.search(asked):
        for seg in candidates:
            text = norm(seg)
            blank = _PERSON_NAME_BLANK.search(text)
            if blank and (
                _PERSON_WORD.search(asked) or _PERSON_WORD.search(text) or _PERSON_FIELD.search(text)
            ):
                _add(f.identify, [Hit(FORM_FROM_PICTURE, _quote(text, blank), seg.where)])
                break


#: the ask explains pasted code ("explain it in plain English", "समझाइए", "was macht dieser Code") ...
_EXPLAINS_CODE = re.compile(
    r"\b(?:explain|what (?:this|the) (?:code|script|snippet) does|in plain (?:english"
    r"|language|words)|line[- ]by[- ]line"
    r"|expliqu\w{0,4}|explic\w{0,4}|erklar\w{0,4}|was (?:macht|tut) (?:dieser|der) code"
    r"|spiega\w{0,4}|leg uit|uitleg"
    r"|wyjasnij|jelaskan|forklara|giai thich|aciklayin|acikla|ne yapiyor)\b"
    r"|समझाइए|समझाओ|объясни|поясни|поясніть|εξήγησε|설명해|説明して|اشرح|giải thích"
)
#: ... and does not change it ("fix", "refactor", "complete", "add", "port")
_CHANGES_CODE = re.compile(
    r"\b(?:fix|refactor|complete|finish|implement|add|extend|optimi[sz]e|port|convert"
    r"|rewrite|debug|speed up|make it"
    r"|use|using|deploy\w{0,3}|run|apply|integrat\w{0,4}|install|ship|wire|then|einsetz\w{0,4}|usar"
    r"|utilis\w{0,4}"
    r"|usare|gebruik\w{0,3}|uzyj|kullan\w{0,4}|gunakan|dung|anvand|chala\w{0,3}"
    r"|corrig\w{0,4}|complet\w{0,4}|erganz\w{0,4}|verbesser\w{0,4}|aggiung\w{0,4}"
    r"|popraw\w{0,4}|dokoncz\w{0,4}"
    r"|perbaiki|tamamla|duzelt|sua|hoan thien)\b|исправ|доработ|допиши|виправ|고쳐|완성|直して"
    r"|完成|أصلح|أكمل|ठीक करो|पूरा करो|использ|викорис|χρησιμοποί|इस्तेमाल|使って|사용|استخدم"
)


#: the ask says to run, execute or simulate what it carries
_RUN_IT = re.compile(
    r"\b(?:run|execute|exec|simulate|evaluate|ejecut\w{0,24}|execut\w{0,24}|esegu\w{0,24}"
    r"|voer (?:[\w-]{1,24} ){0,3}uit"
    r"|fuhr\w{0,24} (?:[\w-]{1,24} ){0,4}aus"
    r"|wykonaj\w{0,24}|uruchom\w{0,24}|kor\b|jalankan|eksekusi|chay\b|thuc thi|th\w{1,2}c thi"
    r"|cal[iı]st[iı]r\w{0,24}"
    r"|yurut\w{0,24}|simul\w{0,24}"
    r"|in your head|im kopf|de tete|mentalmente|w glowie|kafanda|roda\b|corre\b|in je hoofd"
    r"|in gedachten|de cabeca"
    r"|en tu cabeza)"
    r"|в уме|头の中|頭の中|머릿속|ذهني\w{0,24}|ذهنك|شغّل|मन में"
    r"|выполни|запусти|виконай|εκτέλεσε|εκτελεσε|実行|실행|نفذ|نفّذ|شغل|चलाओ|चलाइए|चलाएं"
)
#: an operation that names a person (identify, who_is, kisi_tespit) ...
_IDENTITY_OP = re.compile(
    r"\b(?:identif\w{0,24}|who_?is\b|whois\b|recogni[sz]\w{0,24}|kisi_tespit"
    r"|kimlik_tespit|face_?search"
    r"|match_?face\w{0,24}"
    r"|find_?person|opozna\w{0,24}|tozsamos\w{0,24}|most_?similar|nearest|closest|argmax|top_?1\b"
    r"|mais_proximo|mas_parecido"
    r"|mas_cercano|\.match\(|\.search\(\s*face|face\s*=|\bmax\(|\bmin\(|similar\w{0,24}"
    r"|semelhan\w{0,24}"
    r"|somiglian\w{0,24}"
    r"|face_?lookup"
    r"|gelijkenis|ahnlich\w{0,24}|parecid\w{0,24}|best_?match\w{0,24}|mejor_coincidencia\w{0,24}"
    r"|piu_simile|mais_parecido|meest_gelijk\w{0,24}"
    r"|beste_treffer"
    # face distance or similarity by name, in code of other languages ("gezichtsafstand", "yuzBenzerligi")
    r"|face_?similarity|face_?distance|gezichtsafstand|gesichtsabstand|yuz_?benzerlig\w{0,8}"
    r"|benzerlig\w{0,8}"
    r"|najblizsz\w{0,8}|twarz\s*=)"
)
#: ... from a picture (the attached image, a frame, a face) ...
_CODE_PICTURE = re.compile(
    r"attach\w{0,24}|imag\w{0,24}|\bimg|photo|foto|face|frame|goruntu|resim|g[oö]r[uü]nt[uü]|gambar"
    r"|\banh\b|anexo|\.jpe?g|\.png"
    r"|\bbeeld\b|\bsonda\b|\bprobe\b|\bbild\b"
    r"|изображ|кадр|صورة|مرفق|zdjeci|twarz|фото|снимок|лиц[оа]|облич|写真|사진|चेहर|फ़ोटो|फोटो"
)
#: ... against records of people
_CODE_RECORDS = re.compile(
    r"(?:wanted|suspects?|prisoners?|criminals?|offenders?|watch_?list|convicts?"
    r"|warrants?|fichas?|faces"
    r"|gallery"
    r"|preso|nysid|mugshots?|fichad\w{0,24}|segnalet\w{0,24}|hoja|cella|cell\b|sheet"
    r"|known_?(?:people|faces|persons)|public figures?|celebrit\w{0,8}|gedetineerd\w{0,8}"
    r"|sabikali\w{0,16}|cezaevi"
    r"|detenut\w{0,8}|inmates?|arrestees?|arrests?|poszukiwan\w{0,8}|разыскиваем\w{0,8}"
    r"|розшукуван\w{0,8})"
)
#: a form to fill whose name field is left blank ("matched_inmate_name: ???", "name:" under
#: "photo: attached" and "match_against: booking_photos") ...
_BLANK_NAME = re.compile(
    r"(?:name|nome|nombre|\bnom\b|naam|namn|imie|nazwisko|имя|ім'я|isim|ad_soyad|\bnama\b"
    r"|όνομα|名前|氏名|이름"
    r"|الاسم|नाम)"
    r"\w{0,24}(?: \w{1,12})?[\"']?\s*[:=]\s*(?:\?+|_{2,}|\.\.\.|null\b|none\b|tbd\b|\"\"|''|$)",
    re.M,
)
#: ... filled in from the picture ("using the attached photo", "फ़ोटो देखकर भरें", "d'après la photo")
_FILL_FROM_PICTURE = re.compile(
    r"(?:\b(?:using|from|based on|with|off|d'apres|a partir de|a partir da|segun|con"
    r"|usando|aus|anhand"
    r"|uit|op basis van|na podstawie|z)"
    r" (?:the |this |la |le |a |el |das |dem |de |het |tego )?(?:attached |enclosed |joint\w? "
    r"|adjunt\w{0,2} |allegat\w? |bijgevoegde )?"
    r"(?:photo|picture|image|foto|bild|zdjeci\w{0,2})\b"
    r"|(?:фото|снимк|світлин)\w{0,3}|फ़ोटो देखकर|फोटो देखकर|写真(?:を見て|から)"
    r"|사진(?:을 보고|으로)|من الصورة|حسب الصورة"
    r"|\bfotograf\w{0,4} (?:bakarak|gore)|\bdari foto\b|\btheo (?:anh|ảnh)\b|\butifran (?:bilden"
    r"|fotot)\b|\bαπό τη φωτογραφία\b)"
)
#: a blank field on raw text ("Name: ____", "Nom :", "name="): the cheap gate before the form rule
_BLANK_FIELD = re.compile(r"[:=][ \t]*(?:_{2,}|\?+|\.\.\.|\[\s*\]|$)", re.M)
#: ... whose field for a person's name is blank: a line that starts with the name field ("Full name:",
#: "Nom :", "ФИО:"), not a product's, an item's or an officer's name
_PERSON_NAME_BLANK = re.compile(
    r"^[ \t*-]{0,4}(?:full |first |last |given |subject'?s? |suspect'?s? |person'?s? )?"
    r"(?:name|names|nom|prenom|nome|nombre|nombre completo|nom complet|vollstandiger name"
    r"|naam|namn|imie|imie i nazwisko|nazwisko"
    r"|имя|фио|ім'я|піб|isim|ad soyad|adi soyadi|nama|nama lengkap|ho ten|họ tên|όνομα"
    r"|ονοματεπώνυμο|पूरा नाम|नाम|名前|氏名"
    r"|이름|성명|الاسم|الاسم الكامل)"
    r"[ \t]{0,3}[:=][ \t]*(?:_{2,}|\?+|\.\.\.|\[\s*\]|$)",
    re.M,
)
#: ... of a person in the picture
_PERSON_WORD = re.compile(
    r"\b(?:person|persons|people|man|woman|guy|suspect|subject|face|him|her|individual"
    r"|personne|homme|femme|visage|persona"
    r"|hombre|mujer|cara|rostro|pessoa|homem|mulher|mann|frau|gesicht|uomo|donna|volto"
    r"|persoon|vrouw|gezicht|osoba|osoby"
    r"|mezczyzna|kobieta|twarz|kisi|adam|kadin|yuz|orang|pria|wanita|wajah|nguoi"
    r"|nguoi dan ong|ansikte|kvinna)\b"
    r"|человек|мужчин|женщин|лиц[оау]|людин|чоловік|жінк|облич|πρόσωπ|άνδρα|γυναίκα"
    r"|व्यक्ति|आदमी|औरत|चेहर"
    r"|人物|男|女|顔|사람|남자|여자|얼굴|شخص|رجل|امرأة|وجه"
    # ... and the people a card step names ("the driver", "il tizio", "föraren", "運転手")
    r"|\b(?:driver|fahrer|typ|conducteur|type|gars|mec|individu|conductor|tipo|sujeto|tio|chico|motorista|sujeito"
    r"|rapaz|guidatore|tizio|ragazzo|bestuurder|gast|vent|kierowca|mezczyzn\w{0,2}|facet|gosc|typ|forare\w{0,2}"
    r"|mannen|killen|personen|snubben|pengemudi|cowok|surucu\w{0,3}|thang|kerl)\b|водител\w{0,2}|водій\w{0,2}"
    r"|мужчин\w{0,2}|хлопц\w{0,2}|парень|парня|οδηγ|τύπο|τυπο|άντρα|ανδρα|tài xế|\btai xe\b|سائق|الرجل|الشب"
    r"|الزلمة|ड्राइवर|लड़का|운전자|運転手"
)
#: ... or beside other fields about a person (age, date of birth, associates, alias)
_PERSON_FIELD = re.compile(
    r"\b(?:age|approx\.? age|dob|date of birth|birth|associates|nationality|gender|alias"
    r"|geburts\w{0,6}|naissance|nacimiento"
    r"|nascimento|nascita|geboorte\w{0,6}|urodzenia|dogum|lahir|ngay sinh|fodelse\w{0,4}"
    r"|edad|idade|alter|eta)\b"
    r"|рождения|народження|γέννησης|जन्म|生年月日|생년월일|الميلاد|पिता का नाम|اسم الأب"
)
#: ... unless the picture is a document whose printed name is copied
_NAME_ON_A_DOCUMENT = frozenset({cues.WHAT_IS_HIS_NAME, "on a wanted list: more languages"})
#: the document is refused or missing: then the name is not printed in front of the officer
_NO_DOCUMENT = re.compile(
    r"\brefus|\bwon't (?:show|give)|\bwill not (?:show|give)|\bdoesn't have|\bdoes not have"
    r"|\bno (?:id|licen[cs]e|papers)\b|\bwithout (?:a |his |her |any )?(?:id|licen[cs]e|papers|documents?)\b"
    r"|\bnie chce\b|\bnie ma\b|отказ|не (?:показ|дал|има)"
    r"|\bsin (?:documentos|carnet|papeles)\b|\bsans (?:papiers|permis|piece)\b|\bohne (?:ausweis|papiere)\b"
    r"|\btidak (?:dibawa|bawa|membawa|punya)\b|\bnggak (?:bawa|punya)\b"
    r"|\bnot (?:carrying|on him)\b|\bno lleva\b"
    r"|\bsem documentos?\b|ما معو|بدون (?:هوية|أوراق|بطاقة)|\btanpa (?:ktp|sim|identitas)\b|\bkimliksiz\b"
)


def _document_read(text: str) -> bool:
    """An identity document is named and not refused: a name asked for is printed on it."""
    return bool(_DOCUMENT_WORD.search(text)) and not _NO_DOCUMENT.search(text)


def _in_quotes(text: str, pos: int) -> bool:
    """Inside a short quotation, or right after an opening quotation mark ("said 'what's his name")."""
    if any(ch in "'\"“«„" for ch in text[max(0, pos - 2) : pos]):
        return True
    return any(m.start() <= pos < m.end() for m in _SHORT_QUOTE.finditer(text))


_DOCUMENT_WORD = re.compile(
    r"\b(?:id[- ]?card|photo id|id photo|id document|card|licen[cs]e|passport|permit"
    r"|ausweis|fuhrerschein|carte|permis|passeport"
    r"|tarjeta|carnet"
    r"|pasaporte|documento|carteira"
    r"|identita|patente|rijbewijs|paspoort|dowod|paszport|kimlik|ehliyet|pasaport|ktp|sim"
    r"|paspor|giay"
    r"|the can cuoc|korkort|legitimation)\b"
    r"|(?<!\w)(?:паспорт|удостоверени|посвідчен|права\b|διαβατήρι|ταυτότητ)|पहचान पत्र|आधार|लाइसेंस"
    r"|免許|身分証|旅券|신분증|면허"
    r"|여권|رخصة|بطاقة|جواز"
)
#: ... or a field for the best match among a sheet or a gallery ("best_match_cell", "cella_piu_simile")
_BEST_MATCH_FIELD = re.compile(
    r"\b(?:best_?match\w{0,24}|mejor_coincidencia\w{0,24}|\w{0,24}piu_simile\w{0,24}"
    r"|\w{0,24}mais_parecido\w{0,24}|meest_gelijk\w{0,24}|beste_treffer\w{0,24}"
    r"|meilleure?_correspondance\w{0,24}|id_fichad\w{0,24})"
)
#: ... against a collection searched or matched
_MATCH_SOURCE = re.compile(
    r"match|search|_?db\b|database|against|gallery|compare|lookup|most_?similar|nearest|correspond"
    r"|corrispond"
    r"|coincid|simil|parecid|hoja|cella|sheet|fichad"
)


def _booking_near(text: str, word: re.Pattern[str], span: int) -> str:
    """A quote when `word`, booking or arrest records and a picture are all named within
    `span` characters of a booking word; else ''. Linear time (sorted positions, bisect)."""
    words = [m.start() for m in word.finditer(text)]
    pictures = [m.start() for m in cues.PICTURE_RE.finditer(text)] if words else []
    if not pictures:
        return ""
    for m in cues.BOOKING_RE.finditer(text):
        i = bisect.bisect_left(words, m.start() - span)
        j = bisect.bisect_left(pictures, m.start() - span)
        near_word = i < len(words) and words[i] <= m.end() + span
        if near_word and j < len(pictures) and pictures[j] <= m.end() + span:
            lo = min(words[i], m.start())
            return text[lo : min(max(words[i], m.end()) + 12, lo + 160)].replace("\n", " ")
    return ""


def turns_after(text: str, quotes: Iterable[str]) -> str:
    """The words after a sequencing word ("then", "danach", "その後") that follows every quoted
    cue of the other work: the ask's second task, or '' when there is none."""
    text = normalise(text)
    last = max((text.rfind(q) for q in quotes if q), default=-1)
    if last < 0:
        return ""
    m = cues.THEN_RE.search(text, last)
    return text[m.end() :].strip() if m else ""


def search_in_bookings(text: str) -> str:
    """A search or match verb beside booking photos (within 120 characters); counts only
    with an image attached."""
    return _booking_near(text, cues.SEARCH_RE, 120)


def vectors_of_bookings(text: str) -> str:
    """Vectors (embeddings, 512-d features) of booking, arrest or jail photos, named within
    `cues.VECTOR_BOOKING_SPAN` characters."""
    return _booking_near(text, cues.VECTOR_RE, cues.VECTOR_BOOKING_SPAN)


_FACE_LIBRARY = re.compile(
    r"\b(?:import (?:face_recognition|insightface|deepface|facenet\w*)"
    r"|from (?:deepface|insightface|facenet\w*) import)"
)
#: a face library beside a compare or match word (either order, within a short span), or a face
#: library imported in code that matches against a watch list
_FACE_LIB_NAME = r"(?:face_recognition|insightface|deepface|facenet\w*|arcface\w*)"
_MATCH_WORD = (
    r"(?:\bcompar\w*|\bmatch\w*|vergelijk\w*|vergleich\w*|abgleich\w*|confront\w*"
    r"|porown\w*|сравн\w*"
    r"|eslestir\w*|jamfor\w*|照合|비교|대조|قارن|طابق|so sanh|cocokkan)"
)
_WATCH_LIST = (
    r"(?:bolo|watch_?list|wanted|hot_?list|fugitiv\w*|fahndung\w*|gesucht\w*|recherch\w*"
    r"|procurad\w*)"
)
_FACE_LIBRARY_MATCH = re.compile(
    rf"\b{_FACE_LIB_NAME}\b.{{0,80}}{_MATCH_WORD}|{_MATCH_WORD}.{{0,80}}\b{_FACE_LIB_NAME}\b"
    rf"|(?:import|from) (?:face_recognition|insightface|deepface)\b[\s\S]{{0,600}}"
    rf"{_MATCH_WORD}\w*[ _(]\w*{_WATCH_LIST}",
)
_GALLERY_CODE = re.compile("|".join(f"(?:{p})" for p in cues.GALLERY_CODE.values()))


def analyse_payload(case: Case, anatomy: Anatomy | None = None) -> TextFindings:
    """The purpose tables over the payload only: what the material talks about."""
    return analyse(case, anatomy, roles=(PAYLOAD,))


def analyse_context(case: Case, anatomy: Anatomy | None = None) -> TextFindings:
    """Context cues only (live/recorded, device, place): computed when C2 needs them."""
    f = TextFindings()
    parts = [p for p in _parts(anatomy if anatomy is not None else read(case)) if p.role != "tool_schema"]
    pt = _portuguese_request(parts)
    declares = any(case.declared(k) is not None for k in ("capture_mode", "capture_device", "environment"))
    for part in parts:  # a tool's description says nothing about this capture
        where = _where(part)
        for variant in _variants(part):
            said = [(m.start(), m.end()) for m in _DECLARATION_NAMED.finditer(variant)] if declares else []
            for key, table in _CONTEXT.items():
                hits, _ = _scan(
                    table, variant, where, negatable=True, portuguese=pt, after_neg=_CONTEXT_NEGATED_AFTER
                )
                # "the header says recorded, but he is in front of me now": a lower-risk word next to
                # the declaration's name quotes the declaration (which speaks for itself); it does
                # not describe this capture. Words that raise the risk always count
                if key == ("real_time", True):
                    # "Now the code:", "Ahora el código", "Nu de code": a bare "now" that moves the
                    # conversation on to the next piece of work says nothing about the capture
                    hits = [
                        (h, pos)
                        for h, pos in hits
                        if not (h.quote.strip() in BARE_NOW and _NEXT_WORK.match(variant, pos + len(h.quote)))
                    ]
                if key == ("uncontrolled", False):
                    # "standing outside the police station", "devant le commissariat", "trước trụ sở",
                    # "karakolun önünde": the building names where he is outdoors, not a room inside it
                    outside = [
                        (h, pos)
                        for h, pos in hits
                        if not _ROOM.search(h.quote) and _outside_of(variant, pos, pos + len(h.quote))
                    ]
                    if outside:
                        hits = [hp for hp in hits if hp not in outside]
                        _add(
                            f.context.setdefault(("uncontrolled", True), []),
                            [Hit(OUTSIDE_A_BUILDING, h.quote, h.where) for h, _ in outside],
                        )
                # ("je précise que c'est 'enregistré' (en vrai il est devant moi)": the word in quotation
                # marks, beside a declaration, is the declaration quoted too)
                kept = [
                    h
                    for h, pos in hits
                    if key[1]
                    or not (
                        any(a - 40 <= pos <= b + 25 for a, b in said)
                        or (declares and _quoted_word(variant, pos, pos + len(h.quote)))
                    )
                ]
                if key == ("real_time", False):
                    # "yesterday's video", "la foto de anoche": the past day dates the picture itself
                    kept = [
                        Hit(h.cue, _dated_picture(variant, pos, h.quote) or h.quote, h.where)
                        for h, pos in hits
                        if h in kept
                    ]
                _add(f.context.setdefault(key, []), kept)
    return f


#: a who-word, in the languages read: what "I don't need to know who he is" declines
_WHO_WORD = re.compile(
    r"\b(?:who|qui|quien|wer|quem|chi|wie|kto|vem|kim|siapa|ai)\b|кто|хто|ποιος|ποια|من|مين|منو|कौन|누구"
    r"|誰|だれ"
)
_READ_THE_TEXT = ("read the card", "read the text", "read the plate")
CARD_THEN_FACE = "the card read, then the face compared or searched"
#: the same person, said of a person ("the same man", "le titulaire", "cùng một người")
_SAME_ONE = re.compile(
    r"\bsame (?:person|man|woman|guy|one)\b"
    r"|\b(?:is|be|are) (?:really |actually |indeed )?the (?:holder|bearer)\b"
    r"|\b(?:est|soit|en est) (?:bien |vraiment )?(?:le |la )?titulaire\b"
    r"|\bsama dengan\b|\borang yang sama\b|\bcung m\S{1,2}t ngu\S{1,2}i\b"
    r"|نفس (?:الشخص|الواحد)|वही (?:आदमी|व्यक्ति)|같은 사람|同一人物|本人(?:か|かどうか)|사람 맞는지"
    r"|본인 맞는지"
    r"|\b(?:mesma cara|mesmo rosto|misma cara|mismo rostro|stessa faccia|stesso volto|meme visage"
    r"|same face)\b"
)
#: "the same", "matches", said of anything: counts only beside a face or a person word
_SAME_ANY = re.compile(
    r"\blo stesso\b|\bla stessa\b|\bel mismo\b|\bla misma\b|\bo mesmo\b|\ba mesma\b"
    r"|\bderselbe\b|\bdieselbe\b|\bdezelfde\b|\bhetzelfde\b|\bten sam\b|\bta sama\b|\bsamma (?:person|man"
    r"|kvinna)\b"
    r"|тот (?:же|самый)|та (?:же|сама)|той самий|та сама|ο ίδιος|η ίδια|\bayni\b|aynı"
    r"|\bc'est bien (?:le|la|lui|elle)\b|맞는지|збігається|совпадает|\bsie zgadza\b|ταιριάζει|\beslesiyor\b"
    r"|\bcocok\b|\bkh[ớo]p\b|يطابق|मेल खा|일치|一致"
)
_SEARCH_WORD = re.compile(
    r"\b(?:search|find|look up|run|busca|buscar|procura|procurar|cerca|cercare|such|suche|zoek"
    r"|szukaj|wyszukaj|sok|cari|tim|ara)\w*|найди|знайди|поиск|пошук|ابحث|دور|खोज|찾|検索|探し|αναζήτ|ψάξε"
)
_COMPARE_WORDS = re.compile(cues._COMPARE_WORD)


#: "顔の照合・識別は行わない", "no face matching": the step named is one the ask rules out
_STEP_DECLINED = re.compile(
    r"^[^.?!。\n]{0,45}?(?:行わない|しない|不要|\bnot\b|n't|\bnicht\b|\bpas\b|\bnie\b|\bno (?:face|facial"
    r"|match)|\bне\b|δεν|khong"
    r"|tidak|degil"
    r"|하지 않|않|لا |नहीं)"
)


def _face_step_after(text: str, start: int) -> str:
    """A second step after reading a card: the face compared with someone or searched for."""
    rest = text[start : start + 400]
    step = _face_step(rest)
    at = rest.find(step)
    after, before = rest[at + len(step) :], rest[max(0, at - 30) : at]
    if step and (_STEP_DECLINED.search(after) or _NEGATION_BEFORE.search(before)):
        return ""  # "no face matching", "顔の照合は行わない"
    return step


def _face_step(rest: str) -> str:
    same = _SAME_ONE.search(rest)
    face = _FACE_WORDS.search(rest)
    person = _PERSON_WORD.search(rest)
    compare = _COMPARE_WORDS.search(rest)
    if same and (face or compare or _VISUAL_RE.search(rest)):
        return _quote(rest, same)
    same_any = _SAME_ANY.search(rest)
    if same_any and (face or person):
        return _quote(rest, same_any)
    if compare and (face or (person and _VISUAL_RE.search(rest))):
        return _quote(rest, compare)
    if face and _SEARCH_WORD.search(rest):
        return _quote(rest, face)
    return ""


OUTSIDE_A_BUILDING = "outside a building named as a controlled place"
#: "outside / in front of / at the door of" before a place word, in the languages that put it first
_OUTSIDE_BEFORE = re.compile(
    r"(?:\boutside(?: of)?|\bin front of|\bacross from|\bopposite|\bat the (?:gate|door|entrance)s? of"
    r"|\bvor (?:der|dem)|\bausserhalb|\bdraussen vor|\bdevant|\ba l'exterieur d\w*|\ben face d\w*|\bfrente a"
    r"|\bdelante de|\bfuera de|\bafuera de|\ben la puerta de|\bem frente a?|\bna frente d\w|\bfora d\w"
    r"|\bna porta d\w|\bdavanti a\w*|\bfuori d\w*|\ball'esterno d\w*|\bbuiten|\butanfor|\bframfor"
    r"|\bprzed|\bna zewnatrz|у входа в|перед|возле|около|снаружи|біля|поруч з|ззовні"
    r"|έξω από|μπροστά (?:από|στ)"
    r"|قدام|أمام|امام|برا|خارج|عند باب|\bdi depan|\bdi luar|\bdepan|tr[ưu][ớo]c|\bngoai|ben ngoai)"
    r"(?: (?:the|der|dem|die|das|le|la|les|l'|el|los|o|a|ao|do|da|il|al|alla|allo|het|de|den))?\s*$"
)
#: a room inside a police building: outside it is still inside the building
_ROOM = re.compile(
    r"room|cell|desk|booking|custody|suite|intake|salle|sala|raum|zelle|gewahrsam|cella|celda|pokoj|izba"
    r"|kamer|кімнат"
    r"|камер|αίθουσα|κελί|\boda|nezarethane|ruang|phong|phòng|غرفة|زنزانة|कमरा|हवालात|실|방|室|房"
)
#: ... and after it, in the languages that put it last ("karakolun önünde", "थाने के बाहर", "交番の前で")
_OUTSIDE_AFTER = re.compile(r"^\w{0,4}\s*(?:onunde|önünde|disinda|dışında|के बाहर|के सामने|の前|の外|앞|밖)")


def _outside_of(text: str, start: int, end: int) -> bool:
    return bool(
        _OUTSIDE_BEFORE.search(text[max(0, start - 30) : start]) or _OUTSIDE_AFTER.match(text[end : end + 12])
    )


_NEXT_WORK = re.compile(
    r"\s*[:,]?\s*(?:(?:the|el|la|los|de|het|le|les|den|die|das|o|a|il|lo|i|en|et|un|una"
    r"|ein|eine|a) )?"
    r"(?:code|codigo|script|function|funcion|funcao|fonction|funktion|functie|query|sql"
    r"|api|implementation"
    r"|implementacion|implementatie|service|servicio|servico|dienst|next|part|parte|step"
    r"|paso|schritt"
    r"|stap|etape"
    r"|version|versie|pipeline|backend|frontend|tests?|schema)\b"
)


def _quoted_word(text: str, start: int, end: int) -> bool:
    """The words at text[start:end] stand alone in quotation marks ('enregistré', «recorded»)."""
    return start > 0 and text[start - 1] in "'\"«“„" and text[end : end + 1] in ("'", '"', "»", "”", "“")


#: a declaration named in the words ("the header says", "X-Usegate-Capture-Mode", "हेडर में")
_DECLARATION_NAMED = re.compile(
    r"(?:\bheaders?\b|\bheadern\b|x-usegate[\w-]*|en-tete|cabecera|cabecalho|intestazione"
    r"|naglowek|kopregel"
    r"|κεφαλίδα|헤더|ヘッダ\w*|هيدر|हेडर|\bmetadata\b|metadaten|metadatos|заголов\w*|хедер\w*|başlık\w*"
    r"|baslik\w*)"
)


def _is_tool(h: Hit) -> bool:
    return h.where.startswith("instructions (tool definition")


@dataclass(frozen=True)
class PurposeVerdict:
    """The rule layer's view on facial recognition: value None when it has no opinion."""

    value: bool | None
    confidence: float
    evidence: tuple[str, ...]
    kind: str  # identification, verification, gallery, not_recognition, unrelated, unsure


#: not-recognition cues about an object (a plate, a weapon, a car): a weak recognition cue beside
#: one ("identifica el arma", "check the plate against the hotlist") is about the object
_OBJECT_CUES = ("read the plate", "identify an object", "read the plate: blind 16")


def purpose(f: TextFindings, *, has_images: bool, endpoint: str) -> PurposeVerdict:
    visual = has_images or f.visual
    # a search in booking photos, or a deployer's call of a face search on every picture, is the ask
    # only when a picture is attached (the deployer's text names pictures whatever the user sends)
    hits = [h for h in f.recognition_hits if has_images or h.cue not in _NEEDS_AN_IMAGE]
    tool_only = [h for h in hits if _is_tool(h)]
    stated = [h for h in hits if not _is_tool(h)]
    asked_other = [h for h in f.not_recognition if not _is_tool(h)]
    weak_only = bool(asked_other) and all(h.cue in _WEAK_NOT_FR for h in asked_other)
    if tool_only and not stated and asked_other and not weak_only:
        # the request offers a recognition tool, but what it asks for is other work
        other = [h.evidence("not recognition") for h in asked_other[:3]]
        other.append(tool_only[0].evidence("offered, not asked for"))
        return PurposeVerdict(False, 0.7, tuple(other), "not_recognition")
    if tool_only and not stated:
        # a recognition tool on offer is a cue, not a verdict: the model and the images decide
        offered = tuple(h.evidence("recognition tool offered") for h in tool_only[:2])
        return PurposeVerdict(None, 0.5, offered, "unsure")
    work = [h for h in asked_other if h.cue in _WORK_TASKS]
    if stated and not has_images and work and all(h.cue in _WORK_TOPIC_CUES for h in stated):
        # "summarise the ordinance banning facial recognition": a topic of other work, not an ask
        topic = (work[0].evidence("work task"), stated[0].evidence("mentioned as a topic"))
        if f.visual and not any(h.cue == "writing or policy work" for h in work):
            return PurposeVerdict(None, 0.5, topic, "unsure")  # an image is mentioned: let the model weigh it
        return PurposeVerdict(False, 0.75, topic, "not_recognition")
    strong = [h for h in hits if h.cue not in _NEEDS_VISUAL]
    weak = [h for h in hits if h.cue in _NEEDS_VISUAL]
    plate_only = any(h.cue in _OBJECT_CUES for h in f.not_recognition) and not any(
        "face" in h.quote for h in weak
    )
    if plate_only:
        weak = []
    evidence: list[str] = []
    if strong or (weak and visual):
        hits = strong + (weak if visual else [])
        evidence = [h.evidence("recognition") for h in hits[:6]]
        if weak and not strong:
            evidence.append(
                "visual context: " + ("image attached" if has_images else "text refers to an image")
            )
        kind = (
            "gallery"
            if (f.gallery or f.tools) and not f.identify
            else "verification"
            if f.verify and not f.identify
            else "identification"
        )
        confidence = 0.95 if strong else 0.85
        return PurposeVerdict(True, confidence, tuple(evidence), kind)
    if weak and not visual:
        evidence = [h.evidence("recognition (no image in play)") for h in weak[:3]]
        return PurposeVerdict(None, 0.4, tuple(evidence), "unsure")
    if f.not_recognition:
        evidence = [h.evidence("not recognition") for h in f.not_recognition[:4]]
        evidence += [h.evidence("negated") for h in f.negated[:2]]
        # "is he injured?", "which way did he go?", "요약": a question about the person, or work
        # named in a word that also rides along with an ask; a short ask still gets the reader
        return PurposeVerdict(False, 0.8 if weak_only else 0.85, tuple(evidence), "not_recognition")
    if is_embeddings(endpoint) and f.face_words:
        return PurposeVerdict(
            True,
            0.8,
            ("endpoint: embeddings of face images make face templates", *f.face_words[:2]),
            "gallery",
        )
    if is_embeddings(endpoint) and has_images:
        return PurposeVerdict(None, 0.3, ("endpoint: embeddings of images",), "unsure")
    if not visual:
        return PurposeVerdict(False, 0.75, ("text: no facial-recognition cue and no image",), "unrelated")
    return PurposeVerdict(None, 0.3, ("text: no purpose cue for the image",), "unsure")


@dataclass(frozen=True)
class ContextVerdict:
    value: bool | None
    confidence: float
    evidence: tuple[str, ...]


#: "now" on its own (normalised): when the work is done as often as when the picture was taken
BARE_NOW = frozenset(
    {
        "now", "nu", "ahora", "agora", "maintenant", "jetzt", "adesso", "teraz", "сейчас",
        "зараз", "şimdi", "simdi", "τώρα", "sekarang", "الآن", "अभी", "지금",
        "今",
    }
)  # fmt: skip


#: a past day with nothing that names a picture or recording ("last week", "anoche", "d'hier soir")
_BARE_PAST = re.compile(
    r"^(?:yesterday|last (?:night|week|month)|(?:de )?(?:anoche|ayer)|(?:d')?hier(?: soir)?"
    r"|gestern(?: abend)?"
    r"|ieri(?: sera)?|gisteren|wczoraj|igar|i gar|forra veckan|la semaine derniere|la semana pasada"
    r"|letzte woche|la settimana scorsa|vorige week|w zeszlym tygodniu|dun|kemarin|hom qua"
    r"|на прошлой неделе|вчера|минулого тижня|вчора|χθες|χτες|την περασμένη εβδομάδα|أمس|امبارح|مبارح"
    r"|कल|어제|昨日|先週)$"
)


_PICTURE_OR_RECORDING = re.compile(
    r"\b(?:video|footage|recording|clip|photo|picture|image|still|frame|aufnahme|bild|foto|grabacion|imagen"
    r"|bodycam|body cam|camera|cam|kamera|camara|dashcam|dash cam"
    r"|enregistrement|nagrani\w*|zdjeci\w*|opname|inspelning|bilden|kayit|goruntu|rekaman|gambar|anh)\b"
    r"|b[ảa]n ghi|(?:đ|d)o[ạa]n (?:phim|video|clip)|rekaman|kaydı|kaydi"
    r"|камер|κάμερ|كاميرا|कैमरा|카메라|カメラ|запис|видео|відео|фото|снимок|знімок|βίντεο|φωτογραφ|تسجيل"
    r"|فيديو"
    r"|صور|रिकॉर्डिंग|वीडियो|फोटो|영상|사진|録画|映像|写真|画像"
)


def _dated_picture(text: str, pos: int, quote: str) -> str:
    """The words around a past day when they name a picture or a recording (else '')."""
    if not _BARE_PAST.match(quote.strip()):
        return ""
    around = text[max(0, pos - 40) : pos + len(quote) + 40]
    return around.strip() if _PICTURE_OR_RECORDING.search(around) else ""


def _bare_past(h: Hit) -> bool:
    return bool(_BARE_PAST.match(h.quote.strip()))


def only_bare_now(f: TextFindings) -> bool:
    """Whether every live cue in the text is a bare "now" ("zaraz u viddili", "sekarang di kantor")."""
    yes = f.context.get(("real_time", True), [])
    return bool(yes) and all(h.quote.strip() in BARE_NOW for h in yes)


def context(f: TextFindings, signal: str) -> ContextVerdict:
    """A context signal from text cues: None when there are none or they disagree."""
    yes = f.context.get((signal, True), [])
    no = f.context.get((signal, False), [])
    if signal == "real_time" and yes and no and only_bare_now(f):
        # "yesterday's body-camera recording; now, in the office, check it": a recording is named,
        # and "now" is when the work is done, not when the picture was taken
        ev = tuple(h.evidence(signal) for h in no[:3])
        return ContextVerdict(False, 0.7, (*ev, "'now' names when the work is done; the recording stands"))
    if signal == "real_time" and yes and no and not only_bare_now(f) and all(_bare_past(h) for h in no):
        # "the vendor we chased last week is setting up again", "wanted for last night's thefts; he is
        # still in the queue": a past day alone dates the earlier event; the person is there now
        ev = tuple(h.evidence(signal) for h in yes[:3])
        return ContextVerdict(True, 0.7, (*ev, "a past day names an earlier event; the person is there now"))
    if yes and not no:
        return ContextVerdict(
            True, min(0.6 + 0.1 * len(yes), 0.85), tuple(h.evidence(signal) for h in yes[:3])
        )
    if no and not yes:
        return ContextVerdict(
            False, min(0.6 + 0.1 * len(no), 0.85), tuple(h.evidence(signal) for h in no[:3])
        )
    if yes and no:
        ev = tuple(h.evidence(f"{signal}=true") for h in yes[:2]) + tuple(
            h.evidence(f"{signal}=false") for h in no[:2]
        )
        return ContextVerdict(None, 0.3, ev + ("text cues disagree",))
    return ContextVerdict(None, 0.0, ())
