# ruff: noqa: E501  # lexicon rows read best one concept a line
"""Language-independent concept tokens for the purpose model.

Two sources, both explainable:

1. **Rule cues.** The lead's transparent rule layer (`usegate.signals.text_rules.analyse`)
   runs over the request; each fired cue becomes a token (`rule:identify`,
   `rule:identify:<cue name>`, `rule:not_recognition:<cue name>`, `rule:negated`,
   `rule:tool`, `rule:visual`; the verdict itself is left to the signal). Its cue tables
   cover eight languages with one cue family per concept, so a model weight learned on
   a French cue carries to the same family in Polish.
2. **A small concept lexicon** (below): words of nine languages mapped to a dozen
   concepts (WHO, NAME, IDENTIFY, MATCH, SAME, RECORDS, CRIMINAL, FACE, IMAGE, PERSON,
   ENROLL, EMBED, BLUR, COUNT, DETECT, DESCRIBE, ATTRIBUTE, TEXTWORK, PLATE, PUBLIC,
   HITS, KNOWN, NEG). Each text part becomes a sequence of concepts per clause; the model
   sees concept unigrams and adjacent concept bigrams (`IDENTIFY PERSON`,
   `NOT_IDENTIFY`, `FACE RECORDS`). A phrase seen in training in one language then
   fires the same concept features in the eight others.

Latin-script words match by stem (a lexicon entry ending in `*` is a prefix); Japanese
entries match as substrings, in text order. The words that fired a concept are kept so
evidence can quote them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: concept -> entries; `stem*` = prefix, otherwise the whole word
LEXICON: dict[str, str] = {
    "WHO": "who whos who's wer qui quien quienes quem chi kto 誰 だれ どなた 何者",
    "NAME": "name names named nom nommer nombre nombres namen nome nomi naam imie nazwisko* 名前 氏名 身元",
    "IDENTIFY": "identif* ident id i.d. recogni* recogniz* reconna* reconoc* erkenn* wiedererkenn* reconhec* riconosc* herken* rozpozna* identyfik* 特定 識別 割り出 割出",
    "MATCH": "match* compar* verif* confirm* abgleich* vergleich* cotej* confront* vergelijk* porown* dopasow* sprawdz* crosscheck* cross-check* 照合 一致 比較 突合",
    "SAME": "same meme misma mismo dieselbe derselbe dasselbe gleiche mesma mesmo stessa stesso dezelfde hetzelfde sama sam 同一 同じ",
    "RECORDS": "database* databas* db record records registry system systeme sistema systems fichier* fichi* base datos datenbank* banco banca databank* bestand* baza* kartotek* archivio dossier* file files roster* list lists liste lista lijst データベース 記録 名簿 登録者",
    "CRIMINAL": "mugshot* mug booking* watchlist* watch-list hotlist* wanted gesucht* fahndung* buscado* procurado* ricercat* gezocht* poszukiw* priors prior antecedent* vorstraf* vorbestraft* passagem passagens precedent* strafblad* karany karan* fiche fichee inmates inmate detenus detenu reclusos recluso haftling* presos preso detenuti detenuto gedetineerd* wiezn* offender* offenders criminal* criminel* delincuent* straftater* criminos* pregiudicat* crimineel* przestep* arrest* arrestee* 前科 手配 逮捕 犯罪歴 被疑者リスト 要注意人物",
    "FACE": "face faces facial visage* rostro* cara caras gesicht* rosto* volto volti viso visi gezicht* twarz* 顔",
    "IMAGE": "photo* picture* pic pics image* frame* stills foto* bild* imagen* immagin* zdjec* beeld* selfie* headshot* portrait* retrat* ritratt* portret* snapshot* screenshot* screengrab* clip footage video* 写真 画像 静止画 映像 自撮り",
    "PERSON": "man woman guy person persons people subject subjects suspect suspects individual individuals dude male female he him she her they them homme femme type mec gars individu personne personnes sujet suspect hombre mujer tipo tio sujeto persona personas sospechoso* mann frau typ kerl verdachtig* tatverdachtig* homem mulher sujeito pessoa pessoas suspeito* elemento uomo donna tizio soggetto persone sospettat* sospetto vrouw persoon personen verdachte kerel osoba osoby mezczyzn* kobiet* facet podejrzan* 男 女 人物 容疑者 この人 男性 女性",
    "ENROLL": "enrol* enroll* register* registr* inscri* cadastr* iscriv* aufnehm* hinzufug* ajout* anad* agreg* adicion* aggiung* toevoeg* dodaj* save store stocker guardar speicher* salvar salva opslaan zapisz* add 登録 追加 保存",
    "EMBED": "embedding* embed* vector* vecteur* vektor* vettor* wektor* template* gabarit* plantilla* vorlage* modelo* modell* sjabloon* szablon* encoding* faceprint* descriptor* descripteur* 埋め込み ベクトル テンプレート 特徴量",
    "GALLERY": "gallery galleries galerie* galeria* galleria* index indexer indexar indizier* indicizz* indexeer* indeks* 索引 ギャラリー",
    "BLUR": "blur* pixel* pixelis* pixeliz* redact* mask* anonym* anonimi* flou* floute* masqu* caviard* occult* difumin* desenfoc* censur* verpixel* unkenntlich* verwisch* weichzeichn* schwarz* desfoc* borr* tarj* sfoc* oscur* vervaag* onherkenbaar* rozmaz* zamaz* zasłon* zaslon* ぼかし ぼか モザイク 匿名 黒塗り",
    "COUNT": "count* tally headcount how-many combien compter compte contar cuant* cuenta zahl* zahle zahlen viele quant* quanti quante contare tellen hoeveel policz* ile liczb* 数え 人数 何人",
    "DETECT": "detect* locat* localis* localiz* bounding box boxes detecter* detectar* erfass* lokalisier* rilev* detecteer* wykryj* wykryw* zlokaliz* 検出 位置",
    "DESCRIBE": "descri* decri* beschreib* descrev* omschrijf* beschrijf* opisz* opis* clothing clothes outfit wearing vetements tenue ropa vestimenta kleidung roupa roupas vestiti abbigliamento kleding ubrani* ubranie 説明 描写 服装",
    "ATTRIBUTE": "age ages emotion* emocion* emocao emozion* emoc* mood gender genre genero geschlecht sesso geslacht plec smil* sourit* sonri* lachel* sorri* glimlach* usmiech* edad alter idade eta leeftijd wiek expression* 年齢 感情 表情 性別",
    "TEXTWORK": "transcri* summar* translat* resum* tradu* transkri* zusammenfass* ubersetz* riassum* trascriv* samenvat* vertaal* transkryb* streszcz* przetlumacz* tlumacz* draft* redig* rediger* 文字起こし 要約 翻訳",
    "PLATE": "plate plates plaque immatriculation matricula placa kennzeichen targa kenteken tablic* rejestracyj* ナンバー",
    "PUBLIC": "president presidente prasident* prezydent* mayor maire alcalde burgermeister prefeito sindaco burgemeester burmistrz minister* ministre ministro commissioner ceo chancellor kanzler* canciller cancelliere premier 大統領 首相 市長 知事",
    "HITS": "hit hits treffer coincidencia* correspondance* candidat* kandidat* kandydat* resultat* 候補 該当 ヒット",
    "KNOWN": "known connu* conocid* bekannt* conhecid* noto noti bekend* znany* znana 知られ",
    "NEG": "ないで しないで 不要 必要ない 必要はない しなくて",
}

_WORDS: dict[str, str] = {}
_PREFIXES: dict[str, str] = {}
_JA: list[tuple[str, str]] = []
for _concept, _entries in LEXICON.items():
    for _e in _entries.split():
        if not _e.isascii():
            _JA.append((_e, _concept))
        elif _e.endswith("*"):
            _PREFIXES.setdefault(_e[:-1], _concept)
        else:
            _WORDS.setdefault(_e, _concept)
_PREFIX_LENGTHS = sorted({len(p) for p in _PREFIXES}, reverse=True)
_JA_RE = re.compile("|".join(re.escape(e) for e, _ in sorted(_JA, key=lambda x: -len(x[0]))))
_JA_OF = dict(_JA)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def concept_of(word: str) -> str | None:
    """The concept of one normalised (lower-case, accent-free) Latin-script word, if any."""
    c = _WORDS.get(word)
    if c is not None:
        return c
    for n in _PREFIX_LENGTHS:
        if n <= len(word):
            c = _PREFIXES.get(word[:n])
            if c is not None:
                return c
    return None


def concept_sequence(words: Iterable[str], raw_clause: str = "") -> list[tuple[str, str]]:
    """(concept, word) in clause order; a word in a negation scope (`NOT_x`) gives `NOT_<CONCEPT>`."""
    out: list[tuple[str, str]] = []
    for w in words:
        neg = w.startswith("NOT_")
        base = w[4:] if neg else w
        c = concept_of(base)
        if c is not None:
            out.append((("NOT_" + c) if neg else c, base))
    if raw_clause and _CJK.search(raw_clause):
        for m in _JA_RE.finditer(raw_clause):
            c = _JA_OF[m.group(0)]
            if c == "NEG" and out and not out[-1][0].startswith("NOT_") and out[-1][0] != "NEG":
                # Japanese negates after the verb: 特定しないで -> NOT_IDENTIFY, as "don't identify"
                prev, word = out[-1]
                out[-1] = ("NOT_" + prev, word)
            out.append((c, m.group(0)))
    return out
