"""Multilingual cue tables for the transparent rule layer.

Each table maps a cue name (shown in evidence) to a regular expression over
*normalised* text: lower-case, accents stripped, whitespace collapsed (see
`usegate.signals.text_rules.normalise`). Languages: English, French, Spanish,
German, Portuguese, Italian, Dutch, Polish. Patterns are deliberately readable:
a compliance officer should be able to see why a cue fired.
"""

from __future__ import annotations

import itertools
import re
import re._constants as _C  # the stdlib parser, to derive literal gates
import re._parser as _P
from typing import Any

_PERSON = (
    r"(?:man|woman|guy|girl|boy|person|people|individual|subject|suspect|male|female|dude|kid|lady|gentleman"
    r"|driver|passenger|customer|shoplifter|thief|perp|offender|he|she|him|her|they|them"
    r"|homme|femme|individu|personne|type|mec|gars|suspect|sujet|conducteur|client|voleur"
    r"|hombre|mujer|tipo|tio|sujeto|persona|individuo|sospechoso|chico|chica|conductor|cliente|ladron"
    r"|mann|frau|typ|kerl|person|verdachtige|tatverdachtige|fahrer|kunde|dieb|tater"
    r"|homem|mulher|cara|sujeito|pessoa|individuo|suspeito|motorista|cliente|ladrao|elemento"
    r"|uomo|donna|tizio|soggetto|persona|individuo|sospettato|sospetto"
    r"|vrouw|persoon|verdachte|meneer|kerel|osoba|mezczyzna|kobieta|facet|podejrzany)"
)
_THIS = (
    r"(?:this|that|the|these|those|ce|cet|cette|ces|le|la|les|l'|este|esta|ese|esa|el|los|las|dieser|diese|"
    r"dieses|der|die|das|den|dem|esse|essa|o|a|os|as|questo|questa|quel|quella|il|lo|deze|die|dit|het|ten|ta)"
)
_VISUAL = (
    r"(?:photo|picture|pic|image|frame|still|bodycam|dashcam|body-cam|dash-cam|cctv|webcam|video|livestream|stream|snapshot|screenshot|screengrab|footage|video|clip|feed|camera|cam|"
    r"selfie|headshot|mugshot|face|shot|capture|bild|foto|aufnahme|standbild|kamera|gesicht|imagen|rostro|cara|"
    r"camara|grabacion|visage|figure|camera|cliche|photographie|enregistrement|imagem|rosto|camera|gravacao|"
    r"immagine|volto|viso|fotogramma|zdjeci\w*|twarz|kamera|gezicht|beeld|opname)"
)

#: Asking to identify (1:N) someone from a face / image.
IDENTIFY: dict[str, str] = {
    "who is this person": rf"\b(?:who(?:'s| is| s|s)|whos|who are|who was) (?:{_THIS} |this |that )?{_PERSON}\b",
    "who is this": r"\b(?:who(?:'s| is)|whos) (?:this|that|he|she|it)\b(?! (?:email|e-mail|letter|message|mail|text|call|caller|number|account|sender|company|company's|article|song|book|report|memo|document|tweet|post|note|from|for|about|addressed|signed|written|by))",
    "who he is": r"(?<!know )(?<!knows )(?<!knew )\bwho (?:this|that|he|she|they|it) (?:is|are|was|were)\b",
    "wer das ist": r"\bwer (?:das|er|sie|dieser|diese|der|die) (?:ist|sind|war)\b",
    "tell me who": r"\b(?:tell|give) (?:me|us) (?:who|the name|his name|her name|their names?)\b",
    "identify the person": rf"\b(?:identify|identifying|identification of|i\.?d\.?|put a name (?:to|on)|name) (?:{_THIS} |the |this |that |a |all |every |each |any )?(?:{_PERSON}|faces?|individuals?|people|persons?|suspects?|subjects?)\b",
    "id him": r"\b(?:id|i\.d\.|identify|ident) (?:him|her|them|this guy|that guy|the guy|these guys|everyone|anyone)\b",
    "run his face": r"\brun (?:his|her|their|this|that|the) (?:face|pic|photo|picture|image|mug)\b|\brun (?:him|her|them)\b",
    "facial recognition": r"\b(?:facial|face)[ -]?(?:recognition|recog|rec|id|identification|matching|search|lookup|look-up|scan|scanning)\b|\bfrt\b",
    "name of the person in the photo": r"\b(?:full |real |legal )?names?(?: and (?:dob|date of birth|address|record))? of (?:the |this |that )?(?:person|man|woman|guy|girl|boy|individual|people|suspect|subject)s? (?:in|on|from) (?:the |this |that |a |our |county |city |state )?(?:[\w'-]+ ){0,2}?(?:image|photo|picture|pic|frame|still|video|screenshot|footage|arrest records|records|database|mug ?shots?|booking photos?)\b",
    # "find him in our database / compare the face with the records" in the other languages; weak
    # (it needs an image or a picture named: a records check by name is not recognition)
    "match against records: more languages": (
        r"(?:найди|найти|пробей|сравни|сверь|сопоставь|определи|установи)\w* (?:[\w-]+ ){0,5}(?:по баз|в баз|с баз|с фото|по фото|из (?:нашей )?баз|с картотек|по учет|по лицу|с ориентировк|со списк|с перечн)"
        r"|(?:знайди|знайти|пробий|порівняй|звір|зістав|шукай|шукати)\w* (?:[\w-]+ ){0,5}(?:в баз|у баз|з баз|із баз|з фото|по обличчю|за обличчям|з перелік|із перелік|зі списк|з орієнтуванн|по наших записах|у наших записах|по записах)"
        r"|\b(?:cocokkan|bandingkan|cari)\w* (?:[\w-]+ ){0,5}(?:mugshot|database|basis data|dpo\b|data (?:dpo|residivis|tahanan)|foto tahanan|daftar (?:pantauan|dpo|buron|cari))"
        r"|\b(?:cek|cocokkan|bandingkan) wajah\b|\bporownaj twarz\w* (?:[\w-]+ ){0,4}z (?:baz\w*|kartotek\w*|list\w*|rejestr\w*|zdjeci\w*)"
        r"|\byuz(?:den|unden|lerinden) (?:tani|yakala|bul|tespit)\w*|(?:تعرف|تعرّف) (?:عليه|عليها|عليهم) من (?:وجهه|وجهها|الوجه)"
        r"|\bso v\w{1,2}i (?:[\w-]+ ){0,3}(?:kho \w{1,2}nh|d\w{1,2} li\w{1,2}u|danh s\w{1,2}ch|h\w{1,2} s\w{1,2})"
        r"|الاسم (?:الكامل )?من (?:سجلات|قاعدة)\w*"
        r"|\bso \w{1,2}nh (?:[\w-]+ ){0,6}(?:kho|d\w{1,2} li\w{1,2}u|danh s\w{1,2}ch|h\w{1,2} s\w{1,2})"
        r"|\b(?:(?:matcha|jamfor|sok|leta upp)\w*|kor) (?:[\w-]+ ){0,5}(?:mot|med|i|bland) (?:[\w-]+ ){0,3}\w*(?:regist(?:er|r)|databas|efterlys|booking|fotoregist|listan|arresteringsbild|gripandebild)"
        r"|\b(?:veritaban[ıi]nda|veri taban[ıi]nda|sab[ıi]ka kayd|kay[ıi]tlarda)\w* (?:[\w-]+ ){0,3}(?:ara|bul|tespit|eslestir|karsilastir)"
        r"|\b(?:eslestir|karsilastir)\w* (?:[\w-]+ ){0,5}(?:veritaban|sabika|aranan|kayit|izleme)"
        r"|(?:σύγκρινε|συγκρίνε|ταίριαξε|έλεγξε|αντιπαράβαλε)\w* (?:[\w-]+ ){0,9}(?:με τη βάση|με τη λίστα|με το αρχείο|με τους|με φωτογραφ)"
        r"|\btra (?:khuon|guong|mặt)|(?:doi|đoi|đối|dối) chi[eế]u (?:[\w-]+ ){0,4}(?:d[uữ] li[eệ]u|danh s[aá]ch|c[oơ] s[oở])|so s[aá]nh (?:[\w-]+ ){0,4}(?:d[uữ] li[eệ]u|[aả]nh|danh s[aá]ch)"
        r"|so kh\w{1,2}p (?:[\w-]+ ){0,6}(?:d\w{1,2} li\w{1,2}u|kho \w{1,2}nh|\w{1,2}nh b\w{1,2}t gi\w{1,2}|danh s\w{1,2}ch|h\w{1,2} so)"
        r"|\bmatch karo|\bcompare karo|\bmilao\b|मिलाओ|मिलान कर|से मिला"
        r"|(?:قارن|طابق|ابحث عنه|ابحث عنها|دوّر على|دور على|دورلي)\w* (?:[\w-]+ ){0,5}(?:ب|و|ل)?(?:قاعدة|سجلات|صور المقبوض|صورة|بالصور|الأرشيف|قائمة|المطلوبين|المطلوب)"
        r"|(?:대조|비교|조회|일치하는지|매칭)"
        r"|(?:DB|db|데이터베이스|전산)에서 (?:찾아|검색|조회)"
        r"|(?:머그샷|체포 ?사진|수배자|전과자|범죄자|구치소)\w*(?: ?(?:DB|db|데이터베이스|명단|목록|사진))?(?:에서|와|과|에)? ?(?:찾아|검색|조회|대조|확인)"
    ),
    # an imperative to run the technology on someone ("Run facial recognition on this suspect."):
    # the ask, not the topic (a sentence that starts with the verb, or "please/can you ...")
    "run facial recognition on": r"(?:^|[.!?;:\n]\s*|\b(?:please|pls|can you|could you|now|then|and)\s+)(?:run|use|do|perform|try|conduct)\s+(?:a |an |the )?(?:facial|face)[ -]?(?:recognition|rec|recog|match|search)\w*(?:\s+(?:search|check|scan|lookup))?\s+(?:on|for|against|of)\b",
    "who does he match": r"\bwho (?:does|do|did) (?:he|she|they|this|it|the face) match\b",
    "any hits": r"\b(?:any|got a|get a|get any|possible|return) (?:hits?|matches|match|candidates?)\b",
    "find this face": r"\b(?:find|search|look up|lookup|locate|track down) (?:this|that|the|his|her|their) (?:face|person|guy|man|woman|individual)\b(?! count)",
    "match against records": r"\b(?:match|compare|check|run|search|cross-?check|cross-?reference|look (?:him|her|them) up|screen)\w* (?:(?!(?:plates?|vehicles?|cars?|tags?|vins?|trucks?|bikes?|serials?) )[\w'-]+ ){0,6}(?:against|with|in|through|to) (?:our |the |a |my |any |existing )?(?:[\w'-]+ ){0,3}(?:mug ?shots?|booking (?:photos?|pictures?|images?)|arrest(?:ee)? (?:records?|photos?|database)|watch ?lists?|warrants? (?:list|database|db|files?)|bolo (?:list|sheet)|hotlists?|suspects? (?:database|db|list|file)|database of (?:suspects|offenders|criminals|prior inmates|inmates|known)|prior (?:inmates|arrestees|offenders)|known offenders|offender database|gallery|faces? (?:database|db|gallery)|criminal (?:records?|database)|wanted (?:list|persons?)|most wanted|ncic|sex offender registry|inmate (?:roster|photos?|database))\b",
    "match against a list": r"\b(?:match|compare|check|run|search|cross-?check|screen)\w* (?:[\w'-]+ ){0,6}(?:against|with|to|through) (?:our|the|a|my|their|your) (?:[\w'-]+ ){0,2}(?:list|database|db|records|files|photos|pictures|registry|roster) of (?:[\w'-]+ ){0,2}(?:people|persons|riders|customers|suspects|offenders|shoplifters|members|employees|students|individuals|faces|inmates|arrestees|visitors|trespassers)\b",
    "which one is he": r"\b(?:tell me |say )?which (?:one|of them|person|of these (?:people|guys|faces)) (?:it is|he is|she is|is (?:he|she|it|this|in the (?:photo|picture|frame|still)))\b"
    r"|\bwhich (?:one|of them|of the (?:six|6|five|5|photos|pictures|faces)|photo|picture|face|mugshot|person|of these(?: \w+)?) (?:matches|is a match for|fits|looks like|resembles) (?:[\w'-]+ ){0,3}(?:suspect|suspects|face|faces|guy|man|woman|person|perp|perpetrator|offender|subject|individual|robber|shooter|thief|driver)\b",
    "which of our records": r"\bwhich (?:of (?:our|the|these) )?(?:prior |known |previous )?(?:arrestees|inmates|offenders|suspects|mugshots|people in (?:our|the) (?:database|system|records))\b",
    "list them by name": r"\b(?:list|label|give|tell|identify|caption)\w* (?:me |us )?(?:the |all |each |every )?(?:people|persons|faces|individuals|suspects|men|women|everyone|everybody)(?: [\w'-]+){0,8} by (?:their )?(?:full )?names?\b",
    # "un'app che riconosce i volti", "reconnaît les visages", "erkennt Gesichter": recognising faces
    "recognise faces: more languages": r"\b(?:recogni[sz](?:e|es|ed|ing)|reconna(?:it|issent|itre|issez|isse)|reconoc(?:e|er|en|es|erlos|erlas)|erkenn(?:e|t|en|st)|riconosc(?:e|ere|ono|a|ano)|reconhec(?:e|er|em|a)|herken(?:t|nen)?|rozpozna(?:j|je|ja|c|wac|wal)|kanner igen|kanna igen|mengenali|taniy\w*)(?: [\w'-]+){0,3} (?:faces|visages|rostros|caras|gesichter|volti|visi|facce|rostos|gezichten|twarze|ansikten|wajah|yuzleri)\b(?:[^.!?\n]{0,80}?)(?:database|datenbank|banca dati|base de datos|banco de dados|databank|\bbaz\w*|register\w*|watch ?list|wanted|ricercat\w*|gesucht\w*|fahndung\w*|buscad\w*|procurad\w*|gezocht\w*|poszukiwan\w*|confront\w*|compar\w*|abgleich\w*|match\w*|vergleich\w*|vergelijk\w*|porown\w*|identif\w*)",
    # "найди в толпе лица из списка экстремистов", "identifie les individus inscrits au FPR"
    "faces on a list: more languages": r"(?:найди|найти|ищи|знайди|шукай|выяви|виявл)\w* (?:[\w-]+ ){0,4}(?:лиц[аоу]?|обличч\w*|людей|осіб) (?:[\w-]+ ){0,3}(?:из|зі|з|по|в|у) (?:списк|баз|розыск|розшук|картотек|учет|облік)\w*"
    r"|\bidentifi\w* (?:[\w'-]+ ){0,4}(?:individus|personnes|visages|gens|supporters|manifestants) (?:[\w'-]+ ){0,3}(?:inscrits?|fiches?|recherches?|connus|figurant)\b",
    # "fill in his name from our records into the blank": an identification asked as a form
    "fill in his name from records": r"\b(?:fill in (?:his|her|their|the) (?:real |full )?names?|\w{1,2}i\w{1,2}n ten|isi nama|rellena (?:el|su) nombre|remplis (?:le|son) nom|trag (?:seinen|ihren|den) namen ein|preencha o nome|inserisci il nome|vul (?:zijn|haar|de) naam in|wpisz (?:jego |jej )?(?:imie|nazwisko)|fyll i (?:hans |hennes )?namn\w*|ismini yaz|sebutkan nama)\b(?: [\w'-]+){0,8} (?:records?|files?|database|arsip|archive|h\w{1,2} so|kayit\w*|registr\w*|kartotek\w*|booking|mugshots?|dossiers?|akte\w*|archiv\w*|sistem|data)\b"
    r"|(?:впиши|вкажи|укажи|назови) (?:[\w-]+ ){0,3}(?:имя|фио|ім'я|піб) (?:[\w-]+ ){0,4}(?:из|з|по) (?:баз|картотек|архів|архив|учет|облік)",
    # Hinglish: "hamare arrest records me jo match kare uska naam likho"
    # "search DMV photos and return the best match", "so sánh với ảnh bằng lái": licence photos
    # are faces on file
    # "we don't know his name yet, so figure it out from the booking system first"
    "name from the booking system": r"\b(?:figure|find|work|dig|pull|get|look)\w* (?:it|him|her|his name|her name|their names?|the name) (?:out |up )?(?:from|in|using|via|through) (?:the |our )?(?:booking|mugshot|arrest|jail)\w* (?:system|database|db|records|photos)\b",
    "search licence photos": r"\b(?:search|match|compare|check|run|look up|find)\w* (?:[\w'-]+ ){0,4}(?:dmv|driver'?s?[ -]licen[cs]e|dl|licen[cs]e) (?:photos|photo database|photo records|image database|pictures|headshots|portraits)\b|\bbest match(?:es)? (?:name|names|and (?:his |her |their )?name)\b",
    # "the booking number of the most similar person in our files": a 1:N search by another name
    "most similar person on file": r"\b(?:most similar|closest|best matching|ahnlichst\w*|plus ressemblant\w*|mas parecid\w*|mais parecid\w*|piu somigliant\w*|meest gelijkend\w*|najbardziej (?:podobn|zblizon)\w*|en benzer|paling mirip|mest lik\w*) (?:[\w'-]+ ){0,3}(?:person\w*|personne|persona|pessoa|persoon|osob\w*|kisi|orang|people|record|fiche|registro|eintrag|cech\w*|features)\b|наиболее похож\w*|самого похож\w*|найбільш схож\w*|가장 비슷한|最も似ている|الأكثر شبها|सबसे मिलत\w*|giống nhất|πιο όμοι\w*",
    # "says the real name of the person in this photo", "nome verdadeiro do homem": asked beside a picture
    # "tell me everything you can about the person in this photo": what only an identity gives
    "everything about the person in the photo": r"\b(?:everything|anything|all) (?:you can (?:find|get|tell|dig up)|about) (?:[\w'-]+ ){0,4}(?:this|the) (?:person|man|woman|guy) (?:in|from|on) (?:the |this )?(?:photo|picture|pic|image)|\btout ce que (?:tu peux|vous pouvez) (?:trouver|savoir|dire) sur (?:cette personne|cet homme|ce type)|\btodo lo que (?:puedas|pueda) (?:saber|averiguar|decir) (?:de|sobre) (?:esta persona|este hombre|este tipo)|\balles,? was (?:du|sie) [\w ]{0,20}uber (?:diese person|den mann|diesen mann)|\bkaun hai (?:ye|yeh|woh|wo)\b|\b(?:ye|yeh) (?:aadmi |banda |ladka )?kaun hai\b|この写真の人物について[^。]{0,10}(?:わかること|分かること)を?全部|كل شي بتقدر تعرفه عن الشخص|مين هو[؟?]|مين هاد|منو هذا|شكون هذا",
    "the real name": r"\b(?:real|true|actual) name of (?:this|the|that) (?:man|woman|person|guy|girl|suspect)|prawdziw\w* imi\w* i nazwisk\w*|nome verdadeiro|vrai nom|nombre (?:real|verdadero)|echten namen|vero nome|echte naam|gercek (?:adi|adini|ismi)|nama asli|riktiga namn\w*|ten that|tên thật\b|настоящ\w* им\w*|справжн\w* ім'я|실명|本名|الاسم الحقيقي|असली नाम|πραγματικό όνομα",
    "ja: name of the person in the photo": r"(?:写真|画像)の(?:男性|女性|人物|男|女|人)の(?:氏名|名前|身元)|(?:データ|記録|データベース|DB|ＤＢ)から(?:推測|特定|割り出|照合|調べ)",
    "sv/nl/ru: match the wanted": r"\byuz\w* (?:[\w'.-]+ ){0,3}(?:sab[iı]ka|aranan|tutuklu|gozalti)\w* (?:[\w'.-]+ ){0,2}(?:eslestir|karsilastir)\w*|\b(?:bild|foto|photo|picture)\w* (?:[\w-]+ ){0,5}(?:am besten passt|that matches best|that best matches|qui correspond le mieux|que mejor coincide|che corrisponde meglio|die het best past)\b|逮捕記録に(?:ある|いる)か|前歴(?:が)?あるか|(?:إذا|اذا|هل) (?:هو|هي) مطلوب|\b(?:list|database|records?) (?:me|mein) (?:kisi se )?milta\b|\bso v\w{1,2}i \w{1,2}nh truy n\w{1,2}|(?:इस|उस) (?:शख्स|आदमी|व्यक्ति|लड़के) का (?:असली )?नाम|\baranan(?:lar)? listesinde(?:n)? mi\w*|(?:リスト|名簿)の顔と一致|顔と一致する(?:人|人物)|\bsom matchar (?:[\w-]+ ){0,2}(?:efterlys|eftersok|misstankt)\w*|\bvergelijk\w* (?:[\w-]+ ){0,4}met (?:de |het |onze )?(?:signalering\w*|databank|database|bestand\w*|opsporingsregister|verdachtenfoto\w*)|в розыске по лицу|по лицу (?:в|по) (?:розыск|базе)|у розшуку за обличчям",
    "hinglish: match in records": r"\b(?:database|records?|db|data)\w* se (?:[\w-]+ ){0,2}(?:naam|name|pehchan)\w* (?:nikal|nikaal|bata|nikalo)\w*|\b(?:records?|arrest|mugshots?|database|dpo)\w* (?:[\w-]+ ){0,4}match kar\w*|\bmatch kar\w* (?:[\w-]+ ){0,4}(?:naam|name)\b",
    # the technology named in the other languages: a topic as often as a task
    "facial recognition: more languages": r"nh\w{1,2}n (?:di\w{1,2}n|d\w{1,2}ng) khu\w{1,2}n m\w{1,2}t|\bpengenalan wajah\b|\byuz tan[ıi]ma\b|\byuz es[lş]e[sş]tirme\w*|\bansiktsigenkanning\b"
    r"|αναζήτηση προσώπ\w*|αναγνώριση προσώπ\w*|распознавани\w* лиц|розпізнаванн\w* облич|चेहरे की पहचान|फेशियल रिकग्निशन|التعرف على الوجه|التعرف على الوجوه|얼굴 인식|안면 인식",
    # "antworte mit dem Namen dieses Mannes aus den Mugshots", "le nom de cet homme dans le TAJ"
    "his name from the records: more languages": r"\b(?:ge mig|skriv|ta fram) (?:[\w-]+ ){0,2}namnet (?:fran|ur|i) (?:[\w-]+ ){0,2}(?:registret|registren|databasen|arkivet)\b|\b(?:namen?|nom|nombre|nome|naam|nazwisko|imie) (?:[\w'-]+ ){0,3}(?:mannes|mann|frau|person|typen|homme|type|individu|hombre|tipo|sujeto|uomo|tizio|homem|sujeito|man|persoon|vent|mezczyzny|osoby|faceta)\b(?: [\w'-]+){0,4} (?:aus|in|von|du|de|des|dans|del|en|da|nos|nas|dei|nei|uit|z|w) (?:[\w']+[ -]){0,3}(?:mugshots?|fichiers?|taj|fichas?|archivos?|registros?|banca dati|archivio|kartotek\w*|bazy|booking\w*|akten|datenbank|database|base de donnees|base de datos|banco de dados|bestand)\b",
    # "compare-le aux personnes signalées", "decime si está en la base"
    "compare him with the flagged: more languages": r"\bcompare\w*(?:-le|-la|-les)? (?:[\w'-]+ ){0,3}(?:aux|avec les|avec le|au) (?:[\w'-]+ ){0,2}(?:personnes signalees|signalements|fiches|fichier|recherches|individus recherches|taj|fpr)\b"
    r"|\b(?:decime|dime|digame|decinos) si (?:esta|figura|aparece|sale) en\b",
    # "find similar faces", "So mặt với ảnh", "dopasowanie do listy nakazów", "kör en ansiktssökning"
    "match faces: more languages": r"\b(?:find|search|look up) (?:similar|matching|look-?alike) faces\b|\bso m\w{1,2}t v\w{1,2}i\b"
    r"|\bdopasow\w* (?:[\w-]+ ){0,3}(?:do|z) (?:listy|bazy|kartotek\w*)|\bkor (?:en )?ansikts\w*|\btraff mot (?:efterlys|register|listan)\w*"
    r"|\bnama (?:[\w-]+ ){0,3}(?:dari|di) (?:[\w-]+ ){0,2}(?:booking|arsip|catatan|database|data tahanan)\b"
    r"|совпадени\w* (?:из|с|в|по) баз\w*|ψάξε (?:[\w-]+ ){0,4}(?:στα αρχεία|στη βάση|στις φωτογραφίες|στο αρχείο)"
    r"|\b(?:ye|is) (?:ladka|ladki|aadmi|banda|insaan)\w*\b.{0,40}\b(?:booked|record|jail)",
    "recognise him": r"\b(?:recogni[sz]e|recognize) (?:him|her|them|this (?:guy|man|woman|person|face))\b",
    "is he in our database": rf"\b(?:is|are|was) (?:he|she|they|(?:{_THIS} |this |that )?{_PERSON})(?: \w+){{0,5}} (?:in|on) (?:our|the|any|your|a) (?:[\w'-]+ )?(?:database|db|system|records?|files?|watch ?list|wanted list|hot ?list|gallery|mugshots?|bolo|most wanted)\b",
    "known to police": r"\b(?:known to (?:police|us|law enforcement)|got a record|have a record|any priors)\b",
    # French
    "qui est cette personne": rf"\bqui (?:est|sont|c'est) (?:{_THIS} |cet |cette |ce )?{_PERSON}\b|\bc'est qui\b|\bqui est-ce\b|\b(?:sors|sortir|donne|trouve)[\w-]* (?:moi |nous )?(?:son|sa|leur) identite\b",
    "identifier la personne": rf"\bidentifi(?:er|ez|e|cation)(?: de)? (?:{_THIS} |cet |cette |ce |l'|la |les )?(?:{_PERSON}|visages?|individus?|personnes?)\b|\bl'identifier\b|\bles identifier\b",
    "reconnaissance faciale": r"\breconnaissance (?:faciale|du visage|des visages)\b",
    "est-il fiche": r"\b(?:est-(?:ce qu')?(?:il|elle) fiche|fiche(?:e|s)? (?:au|dans le|chez)|est (?:il|elle) fiche|il est fiche|connu des services|connu de nos services|dans le (?:taj|fpr|fichier))\b",
    "comparer au fichier": r"\b(?:compar|rapproch|croise|verifi)\w* (?:[\w'-]+ ){0,5}(?:avec|au|aux|dans) (?:le |les |nos |notre |la )?(?:fichier|fichiers|taj|fpr|base (?:de donnees )?(?:des )?(?:suspects|detenus|individus)|photos anthropometriques|signalements|liste de surveillance)\b",
    # Spanish
    "quien es este sujeto": rf"\bquien (?:es|son|era) (?:{_THIS} )?{_PERSON}\b|\bquien es (?:este|esta|ese|esa|ella)\b|\bdime quien es\b",
    "identificar a la persona": rf"\bidentifi(?:car|ca|ques|quen|cacion)(?: de| a)? (?:{_THIS} |a |al )?(?:{_PERSON}|rostros?|caras?|individuos?|personas?)\b|\bidentificarlo\b|\bidentificarla\b|\bidentificalos\b|\bidentificalo\b",
    "reconocimiento facial": r"\breconocimiento (?:facial|de (?:rostros|caras))\b",
    "cotejar con fichados": r"\b(?:cotej|compar|cruz|busc|verific|chequ)\w* (?:[\w'-]+ ){0,6}(?:con|en|contra) (?:la |las |los |el |nuestra |nuestros |nuestras )?(?:base de datos|bd|fichas?|fichados|antecedentes|reseñas?|resenas?|sospechosos|reclusos|detenidos|lista de (?:vigilancia|buscados)|fotos? de (?:fichaje|reseña|resena|detenidos|archivo))\b",
    "tiene antecedentes": r"\b(?:tiene|con) antecedentes\b|\besta fichado\b|\besta en (?:la|nuestra) base\b",
    # German
    "wer ist die person": rf"\bwer (?:ist|sind|war) (?:{_THIS} |diese[rsn]? )?{_PERSON}\b|\bwer ist das\b",
    "identifizieren": r"\b(?:identifizier|identifikation|personenidentifizierung)\w*\b",
    "gesichtserkennung": r"\b(?:gesichtserkennung|gesichtsabgleich|gesichtsvergleich|gesichtssuche|biometrische[rn]? (?:abgleich|identifizierung|erkennung))\b",
    "zur fahndung ausgeschrieben": r"\b(?:zur fahndung ausgeschrieben|fahndungsbestand|in der fahndung|ausgeschrieben|inpol|polizeibekannt|vorbestraft|lichtbildkartei|verbrecherkartei|erkennungsdienstlich\w*)\b",
    "abgleichen": r"\b(?:gleich|vergleich|abgleich|pruf|uberpruf)\w* (?:[\w'-]+ ){0,6}(?:mit|gegen|in|dem|den) (?:der |dem |den |unserer |unseren )?(?:datenbank|kartei|lichtbild\w*|fahndungsliste|fahndung|inpol|verdachtigen|haftlingen|bestand)\b|\bgleicht das gesicht\b",
    # Portuguese
    "quem e este sujeito": rf"\bquem (?:e|sao|era) (?:{_THIS} )?{_PERSON}\b|\bquem e (?:esse|este|essa|esta|ele|ela)\b|\bquem (?:ele|ela) e\b",
    "identificar pessoa": rf"\bidentifi(?:car|que|cacao)(?: de| o| a)? (?:{_THIS} )?(?:{_PERSON}|rostos?|caras?|individuos?|pessoas?)\b|\bidentifica-lo\b|\bidentifica-la\b",
    "reconhecimento facial": r"\breconhecimento (?:facial|de rostos?|de faces?)\b",
    "tem passagem": r"\b(?:tem passagem|tem ficha|ficha criminal|banco (?:de dados )?de (?:suspeitos|foragidos|procurados|presos|detentos)|mandado em aberto)\b",
    # Italian
    "chi e questa persona": rf"\bchi (?:e|sono|era) (?:quest'|quell'|{_THIS} )?{_PERSON}\b|\bchi e (?:questo|questa|lui|lei)\b",
    "identificare": r"\bidentific(?:are|a|ate|arlo|arla|azione)\b",
    "riconoscimento facciale": r"\briconoscimento (?:facciale|del volto|dei volti)\b",
    # Dutch
    "wie is deze persoon": rf"\bwie (?:is|zijn|was) (?:deze |die |dit |de |het )?{_PERSON}\b|\bwie is dit\b"
    r"|\bwie (?:is|was) (?:hij|zij|ze|dat|die)\b",
    "identificeren": r"\b(?:identificeer|identificeren|identificatie)\b",
    "gezichtsherkenning": r"\bgezichtsherkenning\b",
    # Japanese (no spaces, so no word boundaries)
    # short identification asks in the languages the other cues do not cover (normalised text:
    # Latin accents stripped); weak cues: they count only when an image is in play
    "identify: more languages": (
        r"опознай|опознать|установи(?:те)? личность|установить личность|кто это(?! (?:написал|сказал|сделал|прислал|звонил))|кто он[аи]?\b|пробей по базе"
        r"|впізнай|встанови(?:ти)? особу|хто це|хто він|хто вона|пробий по базі"
        r"|ταυτοποίησ|ταυτοποιήσ|ποιος είναι|ποια είναι|(?:στη|στην|με τη|με την) λίστα (?:των )?καταζητούμεν"
        r"|पहचानो|पहचान करो|पहचानिए|पहचान बताओ|कौन है"
        r"|identifikasi(?<!salah identifikasi)(?<!kesalahan identifikasi)|siapa dia|siapa orang ini|dpo bukan|masuk dpo"
        r"|nhận dạng(?! khu| bi\w{1,2}n)|nhận diện(?! khu| bi\w{1,2}n)|danh tinh|\bla ai\b"
        r"|\bkim bu\b|\bkimdir\b|teshis et|tanımla|aranıyor mu"
        r"|누구야|누구인지|누군지|누구예요|신원 ?확인(?! ?(?:은|는)? ?(?:불필요|필요 ?없|안 해도|해서는 안|하지 마))|신원을 확인(?!해서는 안|하지 마)|신원 파악"
        r"|من هذا\s*[؟?]|^من هذا|من هو|من هي|تعرف على|حدد هوية|تحديد هوية"
        r"|\bvem ar (?:det|han|hon)\b|\bidentifiera\b"
        r"|\be segnalat[oa]\b|\bidentifical[oa]\b|\be procurad[oa]\b"
    ),
    "ja: who is this": r"(?:ヒト|人)\s*(?:ダレ|だれ)|(?:この|その|あの)?(?:人|男|女|人物|男性|女性|容疑者|被疑者)(?:は|って)(?:誰|だれ)|(?:誰|だれ)(?:ですか|だ[?？]|なのか|か(?:(?:分か|わか)(?!らない|りません|らぬ)|教え|調べ))",
    "ja: identify": r"身元(?:を|の)?(?:特定|確認|照会)(?!は(?:運転)?免許証|は身分証)|身元を?[^。]{0,12}割り出|(?:人物|容疑者|被疑者)(?:を|の)?特定|(?<!場所を)(?<!位置を)(?<!箇所を)(?<!原因を)(?<!地点を)(?<!ナンバーを)(?<!車両を)(?<!車種を)特定して|前科",
    "ja: face recognition": r"顔認証|顔認識|顔照合",
    "ja: match records": r"(?:顔写真|顔|指名手配|手配者|マグショット|データベース|前歴者|逮捕者|手配写真)(?:と|に|を)(?:照合|照会|比較|突き合わせ)",
    # Polish
    "kim jest ta osoba": r"\bkim (?:jest|sa|byl) (?:ta|ten|to)?\b|\bkto to\b(?: jest\b)?",
    "identyfikacja": r"\bzidentyfikuj|\bidentyfikuj\w*|\bidentyfikacj\w*|\bidentyfikowac\b"
    r"|\b(?:porownaj|porownac|porownajcie|sprawdz|zestaw)\w* (?:go|ja|ich|te osobe|tego (?:mezczyzne|czlowieka|faceta)|twarz|jego twarz|jej twarz|zdjeci\w*|wizerunek)(?: [\w'-]+){0,4} (?:z|w|przez) (?:[\w'-]+ ){0,3}(?:zatrzymanych|podejrzanych|przestepcow|karanych|poszukiwanych|osadzonych|kartotek\w*)\b",
    "rozpoznawanie twarzy": r"\brozpoznawani\w* twarzy\b",
}

#: Verifying (1:1) that two faces are the same person.
VERIFY: dict[str, str] = {
    # "la photo du permis correspond au type que je contrôle", "coincide con", "corrisponde a", "bate com"
    "the photo matches: more languages": r"\b(?:(?:photo|visage|foto|rostro|cara|volto|volti|rosto)\w* (?:[\w'-]+ ){0,4}(?:correspond\w*|coincid\w*|corrispond\w*|bate com)|correspond\w* (?:bien )?(?:au|a la|a l') (?:type|gars|mec|bonhomme|personne|individu|suspect))\b",
    # "tell me if the driver's face matches the DL photo", "compáralos con la cara del conductor"
    "the face matches the photo": r"\b(?:faces?|visages?|rostros?|caras?|gesichte?r?|volti|volto|rostos?|gezicht(?:en)?|twarz\w*|ansikte\w*|wajah\w*)\b(?!-)(?: [\w'-]+){0,3} (?:match(?:es)?|matching|corresponds? to|is the same as) (?:[\w'-]+ ){0,5}(?:id|photo|picture|pic|licen[cs]e|passport|mugshot|booking|selfie|dl|document|card)\b"
    r"|\b(?:compar\w*|vergleich\w*|confront\w*|vergelijk\w*|porown\w*|jamfor\w*|bandingkan|karsilastir\w*) (?:[\w'-]+ ){0,6}(?:con|with|mit|avec|com|met|z|ze|med|dengan|ile) (?:el |the |das |dem |le |il |o |a |het |de |den |his |her )?(?:(?:la|su|sus|las) caras?|rostro|face|gesicht|visage|volto|viso|rosto|gezicht|twarz\w*|ansiktet|wajah(?:nya)?|yuz\w*)\b(?!-)",
    # "use the attached booking photo and the bodycam still to tell me if the suspect is Marcus Hale"
    "a booking photo says if it is him": r"\b(?:booking|mug ?shot|arrest|jail|intake|d'ecrou|fichamento)\w* (?:photo|picture|image|foto|still)s?\b[^.?!\n]{0,120}\b(?:tell me (?:if|whether)|is (?:it|he|she|this|the suspect)|the same (?:person|guy|man|woman)|dis-moi si|si c'est|dime si|diz(?:-me)? se)\b",
    # "compara o rosto da foto com as fotos de fichamento", "gleich das Gesicht ... mit den Booking-Fotos ab"
    "the face against booking photos": r"\b(?:compar\w*|confront\w*|gleich\w*|abgleich\w*|match\w*|check\w*|vergleich\w*|vergelijk\w*|porown\w*|sprawdz\w*|jamfor\w*|cocokkan|bandingkan|karsilastir\w*|run|cotej\w*) (?:[\w'.-]+ ){0,3}(?:faces?|gesicht\w*|rostos?|rostros?|caras?|visages?|volt[oi]|faccia|gezicht\w*|twarz\w*|wajah\w*|ansikte\w*|yuzu\w*) (?:[\w'.-]+ ){0,6}(?:mit|with|against|com|con|contre|avec|met|z|ze|dengan|ke|mot|med|ile|a|au|aux|to) (?:[\w'.-]+ ){0,4}(?:[\w.]+-)?(?:booking|mug ?shot|fichamento|fichas?|resen|segnalet|lichtbild|dpo|arrest|jail|inmate|watch ?list|wanted|kartotek|zatrzyman|efterlys|aranan|tahanan|buron|d'ecrou|schedat|procurad|ricercat|gesucht|buscad|recherch|foragid|sab[iı]ka|haftling|gedetineerd|detenut|inmates|prisoners|presos|detenidos)\w*",
    # "conferma che è lui", "c'est bien lui ?", "это он?": is it him (beside a picture)
    "is it him: more languages": r"\b(?:conferma che e lui|e lui(?=\s*\?)|c'est bien lui|est-ce bien lui|es el(?=\s*\?)|es él(?=\s*\?)|ist er das|ist das er|is hij het|is het hem|to on(?=\s*\?)|czy to on|ar det han|är det han|o mu(?=\s*\?)|apakah itu dia|itu dia(?=\s*\?)|co ph\w{1,2}i h\w{1,2}n|co ph\w{1,2}i anh ta)\b|это он\?|это он или нет|це він\?|це він чи ні|αυτός είναι;|είναι αυτός;|क्या यह वही है|هل هو نفسه|هل هذا هو|그 사람 맞|本人か",
    # "zeg of dit 'Jake Morrison' is of niet", "tell me whether this is X or not"
    "whether this is X or not": r"\b(?:of|if|whether|ob|si|se|czy|om) (?:dit|this|he|hij|das|er|it|c'est|es|e|to|det) (?:[\w'.-]+ ){1,4}(?:is|ist|est|es|e|jest|ar)\b,? (?:of|or|oder|ou|o|czy|eller) (?:niet|not|nicht|non|no|nie|inte)\b",
    "same person": r"\b(?:same (?:person|guy|man|woman|individual|face|subject|people|dude|girl|boy|lady|fella|bloke)|same one|one and the same)\b",
    "does the face match": r"\b(?:does|do|did|is|are|check if|check whether|see if|verify|confirm)\b(?: \w+){0,6} (?:match(?:es|ing)?|correspond\w*|the same as)\b(?: \w+){0,6} (?:id|photo|picture|selfie|passport|licen[cs]e|face|mugshot|booking|profile|document|card|image|record)\b",
    "selfie matches id": r"\b(?:selfie|face|photo|liveness)\b(?: \w+){0,5} (?:match|matches|against|vs\.?|versus|with) (?:the |their |his |her )?(?:id|id card|passport|licen[cs]e|document|photo id|driver'?s licen[cs]e)\b",
    "face verification": r"\b(?:face|facial|biometric) (?:verification|verify|comparison|compare|match|authentication)\b|\bface ?match\b|\bface ?id check\b",
    "compare the faces": r"\bcompare (?:these |the |their |his |her |both )?(?:two )?(?:faces?|photos?|pictures?|images?|mugshots?)\b",
    "meme personne": r"\b(?:meme personne|meme individu|le meme homme|la meme femme|correspond(?:-il|-elle)? (?:a|au) (?:la photo|visage|cliche)|les visages correspondent)\b",
    "misma persona": r"\b(?:misma persona|(?:es|sea|era) (?:el mismo|la misma) que|mismo (?:sujeto|hombre|individuo|tipo)|la misma mujer|coincide (?:con )?(?:la foto|el rostro|la cara|el dni|el documento|la imagen)|coinciden los rostros)\b",
    "dieselbe person": r"\b(?:dieselbe person|derselbe (?:mann|typ)|dieselbe frau|dieselben personen|identisch mit|gleiche person|selbe person|stimmt (?:das gesicht|er|sie) (?:mit|uberein))\b",
    "mesma pessoa": r"\b(?:mesma pessoa|mesmo (?:homem|sujeito|individuo|cara)|a mesma mulher|bate com (?:a foto|o documento|o rosto)|corresponde (?:a|ao) (?:foto|documento|rosto))\b",
    "stessa persona": r"\b(?:stessa persona|stesso uomo|stessa donna|stesso soggetto)\b",
    "dezelfde persoon": r"\b(?:dezelfde persoon|dezelfde man|dezelfde vrouw)\b",
    "ta sama osoba": r"\b(?:ta sama osoba|ten sam (?:mezczyzna|czlowiek))\b",
    "ja: same person": r"同一人物|同じ人(?:物)?|本人確認|顔写真と一致|一致(?:する|します)か",
}

#: Building or running a recognition capability: galleries, templates, embeddings.
GALLERY: dict[str, str] = {
    "enrol faces": r"\b(?:enrol|enroll|register|add|load|ingest|index|upload)\w* (?:[\w'-]+ ){0,4}(?:faces?|face images|mugshots?|booking photos|headshots) (?:[\w'-]+ ){0,3}(?:into|in|to) (?:the |our |a )?(?:gallery|watch ?list|database|index|system|recognition)\b",
    "face embeddings": r"\b(?:face|facial) (?:embeddings?|templates?|vectors?|encodings?|signatures?|descriptors?|prints?|biometrics?)\b|\bfaceprints?\b",
    "face gallery": r"\b(?:face|facial|mugshot|suspect) (?:gallery|galleries|database|index|search index|watch ?list)\b|\b(?:build|create|populate|train)\w* (?:[\w'-]+ ){0,3}(?:gallery|watch ?list) of (?:faces|suspects|offenders)\b",
    # "output this face as a feature vector", "turn this face into numbers I can search with",
    # "describe his face in precise numbers for our suspect search": a face template by another name
    "face as numbers": r"\b(?:this|the|his|her|that|each|every|the suspect's|this man's|this woman's|this person's) face (?:as|into|to|in) (?:a |an )?(?:[\w-]+ ){0,2}(?:vectors?|embeddings?|numbers|templates?|encodings?|descriptors?|feature ?vectors?|measurements)\b|\bnumbers (?:i|we) can (?:search|match|compare) with\b",
    # "detects the face with RetinaFace, computes a 512-d embedding", "enrolar_rostro(id, foto)",
    # "match_procurados()": a face template, an enrolment or a watch-list match in code or words
    "face to template": r"\b(?:detect|crop|align)\w* (?:the |each |every )?faces?\b[^.\n]{0,80}\b(?:embeddings?|(?<!passport )(?<!photo )(?<!visa )(?<!card )(?<!print )(?<!layout )(?<!id )templates?|encodings?|descriptors?|feature vectors?)\b|\benrol+\w*_(?:face|rostro|rosto|visage|gesicht|volto|gezicht|twarz)\w*|\bmatch_(?:procurad|wanted|bolo|watchlist|suspect|buscad|ricercat|gesucht|poszukiw|aranan)\w*|\bservice de matching\b|\bmatching contre la watchlist\b",
    "face embeddings: more languages": r"\b(?:ansikts?(?:embedding|vektor|mall)\w*|gesichts(?:embedding|vektor|template)\w*|gezichts(?:embedding|vector|template)\w*|embeddings? (?:do|da|de|del|du|des) (?:rosto|rostro|visage|volto|gezicht)\w*|wektor\w* twarzy|yuz vektor\w*|yuz embedding\w*|embedding (?:khuon mat|wajah)|vector khuon mat)\b|вектор\w* лиц\w*|ембединг\w* обличч\w*|вектор\w* обличч\w*|얼굴 임베딩|顔の(?:埋め込み|特徴ベクトル)|تضمين الوجه|متجه الوجه|चेहरे का (?:एम्बेडिंग|वेक्टर)|διάνυσμα προσώπου",
    "scrape faces": r"\b(?:scrap|harvest|crawl|collect)\w* (?:[\w'-]+ ){0,4}(?:faces?|profile (?:photos|pictures)|selfies)\b",
    "galerie de visages": r"\b(?:galerie|base) (?:de |des )?visages\b|\bgabarits? faciaux\b|\bempreintes? faciales?\b",
    "galeria de rostros": r"\b(?:galeria|base de datos) de (?:rostros|caras)\b|\bplantillas? faciales?\b|\bplantillas? biometricas?\b",
    "gesichtsdatenbank": r"\b(?:gesichtsdatenbank|gesichtsgalerie|gesichtsmerkmale|gesichtsvorlagen|biometrische vorlagen)\b",
    "banco de rostos": r"\b(?:galeria|banco) de (?:rostos|faces)\b|\bmodelos? faciais\b",
}

# face matching written without the word "face": vectors (embeddings, encodings, 512-d
# features) of booking, arrest or jail-intake photos, searched for the nearest; and the
# face-recognition model names people use (buffalo_l, r100, MS1MV3, Glint360K, antelopev2)
_VECTOR = (
    r"(?:vectors?|vecs?\b|\bvec\(|embeddings?|embed\(|encodings?|encoder\(|\benc\(|get_feat|512-?d\b|512 ?dim\w*"
    r"|512次元|512 boyut\w*|512 차원"
    r"|vecteurs?|vettor\w*|vektor\w*|wektor\w*|вектор\w*|벡터|متجه\w*|ベクトル|次元|वेक्टर|véc-?tơ|vecto)"
)
_BOOKING = (
    r"(?:booking\w*|\bbk_\w+|\bbk\b|arrest\w*|mug ?shots?|\bmug_\w+|jail\w*|intake|inmates?|arrestees?|detainees?"
    r"|fichaj\w*|fichas?\b|fichados|ficha policial|erkennungsdienst\w*|segnaletic\w*|fotosegnal\w*|boeking\w*|buchung\w*"
    r"|zatrzyman\w*|aresztowan\w*|d'arrestation|prisonniers?|presos|detenidos|de ingreso"
    r"|задержан\w*|арест\w*|арешт\w*|ditangkap|gripand\w*|tutuklu\w*|gozalti\w*|arrestees|체포|구금|\bbk\b|حجز|المقبوض|الموقوفين"
    r"|गिरफ्तार|bắt giữ|tahanan|lichtbild\w*|areszt\w*|التوقيف|موقوف\w*|σύλληψ\w*|häkt\w*|hakt\w*|anhallna|κρατουμεν\w*|συλληφθ\w*|逮捕|留置|被疑者写真|ecrou|fichament\w*|\bdmv\b|kartotek\w*|sabika\w*|osadzon\w*|opsporingsregister|haftling\w*|gedetineerd\w*|detenut[oi]\w*)"
)
#: vectors and booking photos within this many characters of each other: one request for
#: face matching (`text_rules.vectors_of_bookings` checks it in linear time)
VECTOR_BOOKING_SPAN = 240
VECTOR_RE = re.compile(_VECTOR)
BOOKING_RE = re.compile(_BOOKING)
#: a search or match verb beside booking or arrest photos ("trovalo tra le foto segnaletiche",
#: "procura ele nas fotos de fichamento", "CPD tutuklu fotoğraflarında bul"): with an image
#: attached, an identification
SEARCH_RE = re.compile(
    r"(?<!без )(?<!bez )(?<!sin )(?<!sans )(?<!without )(?<!ohne )(?<!ingen )(?<!no )(?:\bfind|\bsearch|\blook (?:him|her|them) up|\bmatch|\bcompare|(?<!quality )\bcheck|\bencuentr|\bencontr|\brun (?:him|her|it)|(?<!se )\bbusc|\bprocur"
    r"|\bcerc|\btrov|\bconfront|\bcompar|\bincroci|\bcotej|\bsuch|\babgleich|\bvergleich|\bzoek|\bvergelijk|\bszuk|\bznajd"
    r"|\bporown|найд|найти|пробей|знайд|пробий|порівня|сравни|\bbul\b|\bara\b|\bkarsilastir|\beslestir|찾|대조|비교"
    r"|ابحث|ابحثي|قارن|طابق|खोज|मिला|\btim\b|tìm|doi chieu|đối chiếu|so sánh|\bcari|\bcocokkan|\bbandingkan|\bsok\b"
    r"|\bhitta|\bjamfor|βρες|ψάξε|σύγκρινε|探し|照合|照会|\bdopasuj|\brecherch|\bretrouv|\btrouve|\bwyszuk"
    r"|\bquem e\b|\bquien es\b|\bqui est\b|\bwho is\b|\bwer (?:ist|war)\b|\bchi e\b|\bkto to\b"
    r"|\bgleich(?:e|t)? (?:das|den|die|dies\w*|ihn|sie|es)\b)"
)
#: ... and a picture named in the same span (embeddings of arrest *reports* are text search)
PICTURE_RE = re.compile(
    r"(?:photo|picture|image|\bimgs?\b|img\b|\.jpe?g|\.png|\bjpe?g|crops?\b|headshot|mug ?shot|probe|frame|still"
    r"|foto|bild|zdjec|фото|снимк|світлин|сним|사진|이미지|캡처|صور|لقطة|写真|画像|ảnh|gambar|bilder|φωτογραφ|εικόν"
    r"|फोटो|तस्वीर|resim|goruntu|görüntü|recorte|vignette|kafa)"
)
#: a nearest-neighbour search over vectors: with vectors named, matching of some kind (the
#: reader weighs what is matched, even when no face or picture is named)
NEAREST_RE = re.compile(
    r"(?:\btop[ _-]?(?:\d{1,2}|k)\b|nearest|найближч\w*|ближайш\w*|tetangga terdekat|narmaste grann\w*|plus proches voisins|vecinos mas cercanos|vizinhos mais proximos|nachste nachbarn|dichtstbijzijnde buren|najblizs\w* sasiad\w*|en yakin komsu\w*|πλησιέστερ\w*|\bknn\b|k-nn|cosine|\bcos\(|dot product|produto escalar|prodotto scalare"
    r"|producto escalar|skalarprodukt|iloczyn skalarny|скалярн\w*|similarit\w*|ahnlichkeit|similitud|somiglianza"
    r"|\bfaiss\b|milvus|qdrant|pgvector|\bhnsw\b|index\.search|linear scan|linjar skanning"
    # "most alike", "top-k", a gallery of templates, in the other languages
    r"|most similar|\bmirip|parecid\w*|ahnlich\w*|benzer\w*|tuong tu|tương tự|類似|유사|تشابه|παρόμοι\w*|схож\w*|похож\w*"
    r"|najblizsz\w*|najpodobniejsz\w*|1:n\b|galler(?:y|ia)|\bgaleri\w*|γκαλερί|галере\w*|معرض)"
)
#: a face template said another way, for `purpose._vector_search` only (a "template" alone is
#: no vector: a letter template for the booking desk is not face matching)
TEMPLATE_RE = re.compile(
    r"(?:\btemplates?\b|πρότυπ\w*|шаблон\w*|plantillas?|vorlagen?|szablon\w*|sablon\w*|ترميز|تشفير)"
)
GALLERY_CODE: dict[str, str] = {
    "face model names": r"\b(?:buffalo_l|buffalo_s|antelopev2|ms1mv[23]|glint360k|w600k\w*|iresnet\w*|r100\b|facenet\w*|arcface\w*|adaface|magface|insightface)\b",
    "face library matching calls": r"\b(?:face_encodings?|face_distance|compare_faces|deepface\.(?:find|verify)|normed_embedding|get_embedding)\b",
}
GALLERY.update(GALLERY_CODE)

#: a word that moves an ask on to a second task ("translate it, then run his face"): after the
#: other work, what follows may ask for something else
THEN_RE = re.compile(
    r"(?:\b(?:then|after that|afterwards|once (?:done|that's done)|next,|also|and also|ademas|aussi|ausserdem|inoltre|tambem|takze|также|ещё|ayrica|또한|كذلك|ngoài ra|dessutom|επίσης|ensuite|puis|apres (?:ca|cela)|et apres"
    r"|luego|despues|a continuacion|y despues|depois|em seguida|e ai|danach|dann|anschliessend|poi|dopo"
    r"|successivamente|daarna|vervolgens|potem|nastepnie|a pozniej|затем|потом|после этого|потім|після цього"
    r"|sonra|ardindan|daha sonra|sau đó|rồi|tiếp theo|lalu|kemudian|setelah itu|habis itu|sedan|darefter"
    r"|efter det|μετά|έπειτα|στη συνέχεια|phir|fir|uske baad|ثم|بعد ذلك|وبعدين|بعدين|फिर|उसके बाद"
    # "and while you're at it", "e já aproveita", "заодно": a second task
    r"|while you're at it|aproveita|aprovecha|profites-en|approfitta|przy okazji|bu arada|sekalian|passa pa"
    r"|nhân tiện|заодно|με την ευκαιρία)\b"
    r"|その後|それから|次に|그다음|그 다음|그런 다음|그 후|然后)"
)

#: a wanted poster, BOLO flyer, "avis de recherche", "ориентировка" (normalised text)
_POSTER = (
    r"(?:\b(?:wanted[\"'«“„]? (?:poster|flyer|notice|bulletin)|bolo (?:flyer|poster|bulletin)"
    r"|affiche (?:de )?[\"'«“„]?(?:recherche|wanted)|avis de recherche|cartel de [\"'«“„]?(?:se busca|busqueda)"
    r"|cartaz (?:de )?[\"'«“„]?procurad[oa]|fahndungsplakat\w{0,24}|steckbrief\w{0,24}|manifesto (?:di )?[\"'«“„]?ricercat[oa]"
    r"|opsporingsaffiche|gezocht-?poster|list\w{0,24} gonczy\w{0,24}|plakat\w{0,24} (?:poszukiwawcz\w{0,24}|list\w{0,24} gonczy\w{0,24})"
    r"|efterlysningsaffisch\w{0,24}|efterlysningsbild|poster (?:buron|dpo)|ap phich truy na|aranıyor afis\w{0,24}"
    r"|aranan (?:afisi|ilani))\b|плакат \W?(?:разыскивается|розшукується)|ориентировк\w{0,24}|орієнтуванн\w{0,24}"
    r"|αφίσα καταζήτησης|αφισα καταζητησης|वांटेड पोस्टर|手配書|手配写真|手配ポスター|수배 ?전단|ملصق مطلوب)"
)
#: ... made: a verb of making before it ("make", "erstelle", "φτιάξε", "зроби"), or after it in the
#: languages that put the verb last ("手配書を作って", "수배 전단 만들어", "वांटेड पोस्टर बनाओ")
_POSTER_MADE = (
    r"(?:\b(?:make|create|design|draft|lay out|layout|prepare|generate|put together|fais|faire|cree|creer"
    r"|redige|haz|hacer|crea|crear|prepara|disena|erstell|mach|gestalte|entwirf|monta|cria|faz|fai|fare"
    r"|maak|ontwerp|zrob|przygotuj|stworz|olustur|buat|bikin|tao|tạo|lam|làm|soan|soạn|skapa|gor|gör)\w{0,24}"
    r"|сделай|составь|подготовь|створи|зроби|підготуй|φτιάξε|ετοίμασε)(?: [\w'-]+){0,3} [\"'«“„]?"
    + _POSTER
    + "|"
    + _POSTER
    + r" (?:pour|for|fur|für|para|per|voor|dla|untuk|icin) |"
    + _POSTER
    + r"(?:[\w\s]{0,3}\S{0,2}){0,2}(?:बनाओ|बना दो|作って|作成|を作|만들어|작성|hazırla|hazirla|olustur|oluştur)"
)

#: laying out a wanted poster or BOLO flyer: usually for a named person, but "we don't know his
#: name yet, get it from booking first" happens, so the cue tells the reader and settles nothing
WANTED_POSTER = "make a wanted poster"

#: Face-related work that is not recognition (SPEC §2): counts against facial recognition.
NOT_RECOGNITION: dict[str, str] = {
    "blur faces": r"\b(?:blur|blurr|pixelat|redact|mask|obscur|anonymi[sz]|black out|blank out|hide|censor|cover)\w* (?:[\w'-]+ ){0,4}(?:faces?|heads?|people|bystanders|persons|individuals|minors|kids|children)\b|\b(?:face|faces) (?:blurring|redaction|masking|anonymi[sz]ation)\b",
    # "crop the face to the same size as the passport template": photo editing, not a face template
    "crop a face to a photo spec": r"\b(?:crop|resiz|re-siz|cent(?:er|re)|straighten)\w* (?:[\w'-]+ ){0,3}faces?\b[^.\n]{0,60}\b(?:sizes?|passport|visa|dimensions?|ratio|background|pixels?|mm|spec\w*|format)\b",
    "count people": r"\b(?:count|how many|number of|tally|headcount|estimate (?:the )?(?:size|number))\b(?: \w+){0,4} (?:people|persons|faces|individuals|heads|attendees|protesters|pedestrians|customers|visitors|crowd)\b|\bcrowd (?:density|size|count|flow|movement)\b|\bpeople count\w*\b",
    "detect faces": r"\b(?:detect|locate|find|draw (?:boxes|bounding boxes) around|bounding box\w*)\b(?: \w+){0,3} (?:all |every |the |any )?(?<!by )(?<!similar )(?<!matching )(?<!alike )faces?\b(?! (?:of|that match|matching|in our))",
    "describe clothing": r"\bdescri(?:be|ption of|bing)\b(?: \w+){0,6} (?:clothing|clothes|outfit|wearing|jacket|shirt|appearance|vehicle|scene|actions?|what (?:he|she|they) (?:is|are|was|were) doing|what happens|what happened)\b",
    "read the text": r"\b(?:what(?:'s| is| does) (?:written|it say|the (?:sign|text|label|note|shirt|tattoo|banner|poster) say)|read (?:the|this|that|out) (?:text|sign|writing|label|note|letter|words|caption|timestamp|time ?stamp|date)|what does (?:the|this|that) (?:sign|text|label|note|shirt|tattoo|banner|poster) say|what (?:time|date) (?:does|is) (?:the|it)|what colou?r (?:is|are)|(?:make|model|colou?r) of the (?:car|vehicle|truck|van))\b",
    "writing or policy work": r"\b(?:write|draft|prepare|create|update|review)\w* (?:a |an |the |our |my )?(?:[\w'-]+ ){0,2}?(?:policy|policies|memo|procedure|guideline|guidelines|training|quiz|curriculum|briefing|article|essay|op-?ed|press release|faq|letter|email|presentation|slides|rfp|contract|audit|impact assessment|dpia|report on)\b|\b(?:explain|summari[sz]e|compare|analy[sz]e|research|what are|what does|what do) (?:[\w'-]+ ){0,3}(?:the )?(?:laws?|rules|regulations?|ordinance|ban|bans|policy|policies|guidance|case law|court rulings?|risks|pros and cons|accuracy|bias|studies|difference|differences)\b|\b(?:is it (?:legal|lawful|allowed)|legality of|difference between|how does [\w'-]+ (?:[\w'-]+ )?work)\b",
    "transcribe": r"\b(?:transcri\w*|summar\w*|translat\w*|draft \w* ?report|write (?:up|a report)|narrative|proofread|clean up|tidy up|rewrite|spell-?check|report draft)\b",
    # "identifica el arma", "Waffe identifizieren", "identify the make and model": an object, not a person
    "identify an object": r"\b(?:identif\w*|erkenn\w*|reconna\w*|riconosc\w*|reconhe\w*|herken\w*|rozpozna\w*) (?:[\w'-]+ ){0,2}(?:weapons?|guns?|pistols?|rifles?|knife|knives|cars?|vehicles?|trucks?|make|model|brand|logo|arma|pistola|cuchillo|navaja|coche|carro|vehiculo|marca|modelo|waffe|messer|fahrzeug|marke|modell|arme|couteau|voiture|vehicule|coltello|veicolo|faca|veiculo|wapen|voertuig|bron\w*|noz\w*|pojazd\w*|samochod\w*)\b|\b(?:weapon|gun|knife|vehicle|waffe|messer|fahrzeug|wapen|bron\w*|pojazd\w*) (?:[\w'-]+ ){0,1}(?:identif\w*|erkenn\w*|rozpozna\w*)",
    # "lis-moi nom, prénom sur la CNI", "lees naam en BSN", "đọc tên và số thẻ": the printed text
    "read the card: more languages": r"\b(?:lis[ -](?:moi )?(?:le |les )?(?:nom|numero)|lees (?:de )?(?:naam|nummer)|le[- ]?me o nome|wypisz (?:[\w-]+ ){0,2}(?:imie|nazwisk\w*|numer\w*)|le pra mim (?:o )?nome|lê-me o nome|lies (?:mir )?(?:den )?namen|leggi(?:mi)? (?:il )?nome|lee(?:me)? el nombre|las (?:upp )?namnet|baca nama|đọc tên|doc ten)\b|прочитай (?:номер|ім'я|имя|прізвище|фамилию)|прочитайте номер",
    "read the plate": r"\b(?:licen[cs]e plates?|number plates?|plate number|read the plate|alpr|anpr|lpr|matricula|placa|kennzeichen|plaque d'immatriculation|immatriculation|(?:la|une|cette) plaque|targa|kenteken)\b",
    # the plate in the other languages (normalised: "plaka", "rejestracja"; other scripts as written)
    "read the plate: more languages": r"\b(?:plaka\w*|(?<!z )rejestracj\w*(?! zatrzyman| osadzon| aresztowan| \(booking)|tablic\w* rejestracyjn\w*|regnummer|registreringsnummer|plat nomor|nomor polisi|nopol|bien so|biển số)\b|номер машины|номер авто|номерн\w* знак|госномер|номерний знак|번호판|رقم اللوحة|لوحة الأرقام|لوحة السيارة|नंबर प्लेट|लाइसेंस प्लेट|πινακίδ|ナンバープレート|ナンバー",
    "describe the picture": r"\b(?:what do you see|what can you see|what'?s (?:in|on) (?:this|the) (?:photo|picture|image|frame)|describe (?:this|the) (?:photo|picture|image|frame|scene))\b",
    # a wanted poster or BOLO flyer laid out for a person (named already, or for the public to
    # name): layout and text around a photo, not a search ("Fahndungsplakat", "cartaz de procurado")
    WANTED_POSTER: _POSTER_MADE,
    "already identified": r"\b(?:already (?:been )?identified|(?:has|have) been identified|identity (?:is |was |has been )?(?:already )?(?:known|confirmed|established|verified)|(?:bereits|schon)(?: [\w'-]+){0,3} identifiziert\w*|already(?: [\w'-]+){1,2} identified|deja(?: [\w'-]+){0,2} identifie\w*|ya identificad[oa]s?|ja identificad[oa]s?|gia identificat[oaie]|al geidentificeerd|juz zidentyfikowan\w*|(?:sudah|telah) (?:ter|di)identifikasi|redan identifierad\w*|zaten (?:teshis|tespit) edil\w*|da (?:duoc )?(?:nhan dang|xac dinh danh tinh)|(?:ya )?sabemos quien es|on sait (?:deja )?qui c'est|wir wissen (?:schon |bereits )?wer (?:er|sie) ist|(?:ja )?sabemos quem e|sappiamo (?:gia )?chi e|we (?:already )?know who (?:he|she) is)\b"
    r"|(?:уже|вже) (?:відом\w*|известн\w*|ідентифікован\w*|идентифицирован\w*)|личность уже установлена|особу вже встановлено"
    r"|(?:ήδη|ηδη) (?:γνωστ\w*|ταυτοποιημεν\w*)"
    r"|ήδη κατονομασμένο\w*|уже (?:установлен|опознан)|личность установлена|вже (?:встановлен|впізнан)|особу встановлено|ήδη ταυτοποιημέν|έχει (?:ήδη )?ταυτοποιηθεί|पहले (?:ही )?(?:से )?पहचान|पहचान हो चुकी|đã được nhận dạng|đã xác định danh tính|이미 (?:신원|확인)|신원이 확인된|تم التعرف عليه|معروف الهوية|身元(?:は|が)?(?:判明|特定済)",
    "registered owner": r"\b(?:registered (?:owner|keeper)|owner of (?:the |this |that )?(?:plate|car|vehicle)|halter (?:des|von)|titular del vehiculo|proprietaire du vehicule)\b",
    "animals": r"\b(?:lost|missing|stray|found) (?:dog|cat|pet|puppy|kitten|horse|parrot)s?\b|\b(?:dog|cat|pet|puppy)'?s? (?:photo|picture|owner|breed)\b",
    "do not identify": r"\b(?:do not|don't|dont|never|without|no|not to|avoid|must not|shouldn't) (?!(?:have|know|got|get|see|hear)\b)(?:[\w'-]+ ){0,2}(?:identify|identifying|recogni[sz]e|recogni[sz]ing|compare (?:them|the faces?|it|him|her)|match (?:them|the faces?)|name (?:him|her|them|anyone|anybody|the)|naming|names|guess(?:ing)? who)\b",
    # "do not identify anyone" in the other languages (normalised text: Latin accents stripped)
    "do not identify: more languages": r"\b(?:nada de identificar|sin identificar|no identifiques|sem identificar|nao identifique|sans identifier|n'identifie pas|pas d'identification|nicht identifizieren|ohne zu identifizieren|keine identifizierung|senza identificare|non identificare|niet identificeren|zonder te identificeren|nie identyfikuj|bez identyfikacji|identifiera inte|utan att identifiera|ingen identifiering|tidak perlu identifikasi|nggak perlu identifikasi|gak perlu identifikasi|tanpa identifikasi|jangan identifikasi|kimseyi tanımlama|kimlik tespiti yapma|pehchaan nahi|identify nahi)\b|kh[oô]ng (?:c[aầ]n )?(?:nh[aậ]n (?:di[eệ]n|d[aạ]ng)|x[aá]c [dđ][iị]nh danh t[ií]nh)|لا تحدد هوية|دون تحديد هوية|بدون تحديد هوية|لا تتعرف على|χωρίς ταυτοποίηση|μην ταυτοποιήσεις|όχι ταυτοποίηση|καμία ταυτοποίηση|καμιά ταυτοποίηση|не опознавай|без опознания|не устанавливай личность|не идентифицируй|не впізнавай|без встановлення особи|не ідентифікуй|누군지는 상관없|신원 확인은 하지|식별하지 마|पहचान नहीं|पहचान मत",
    # how many people, in the other languages: counting is not recognising
    "count people: more languages": r"عدد الحضور|عدد الأشخاص|كم شخص|احسب عدد|قدر عدد|قدّر عدد|\b(?:cuantos son|cuantas personas|combien de personnes|combien sont|wie viele (?:personen|menschen|leute)|quantas pessoas|quantos sao|quante persone|hoeveel (?:mensen|personen)|ile (?:osob|ludzi)|hur manga (?:personer|manniskor)|kac kisi|berapa (?:orang|jumlah)|jumlah (?:orang|penonton)|headcount|bheed)\b|сколько (?:человек|людей)|скільки (?:людей|осіб)|몇 명|كم عدد|كم شخص|कितने लोग|bao nhi[eê]u ng[uư][oờ]i|(?:uoc|uớc|ước) l[uư][oợ]ng s[oố] ng[uư][oờ]i|πόσοι|πόσα άτομα|何人|кількість (?:людей|учасників)|количество (?:людей|участников)|число (?:людей|участников)|давк|тиснява|αριθμό των (?:συμμετεχόντων|ανθρώπων|ατόμων|διαδηλωτών)|συνωστισμ|人の数|人数|混雑|folkmängd|antal (?:personer|deltagare|människor)|trängsel|trycks för hårt|menschenmenge schätzen|thắt dây an toàn|chỉ mô tả",
    "age or emotion": r"\b(?:estimate|guess|infer|detect|classify|predict)\w* (?:[\w'-]+ ){0,4}(?:age|ages|emotion|emotions|mood|gender|expression|sentiment)\b",
    "fr: blur, count, transcribe, describe": r"\b(?:flout|pixelis|masqu|anonymis|caviard|occult)\w* (?:[\w'-]+ ){0,3}(?:visages?|personnes|tetes)\b|\b(?:compte\w*|combien de|denombre\w*) (?:[\w'-]+ ){0,3}(?:personnes|visages|gens|manifestants|participants|spectateurs|supporters)\b|\b(?:transcri|resum|tradui|redig)\w*\b|\bne (?:pas |l')?identifi\w* pas\b|\bsans (?:les |l')?identifi\w*\b|\bdecri(?:re|vez) (?:[\w'-]+ ){0,4}(?:tenue|vetements|scene)\b",
    "es: blur, count, transcribe, describe": r"\b(?:difumin|pixel|anonimiz|tach|ocult|censur)\w* (?:[\w'-]+ ){0,3}(?:rostros?|caras?|personas)\b|\b(?:contar|cuantas) (?:[\w'-]+ ){0,3}(?:personas|caras|rostros|gente)\b|\b(?:transcrib|resum|tradu|redact)\w*\b|\bsin identificar\w*\b|\bno (?:lo |la |los )?identifiqu\w*\b|\bdescrib\w* (?:[\w'-]+ ){0,4}(?:ropa|vestimenta|escena)\b",
    "de: blur, count, transcribe, describe": r"\b(?:verpixel|unkenntlich|anonymisier|schwarz|verwisch|weichzeichn)\w*\b|\b(?:zahl|wie viele) (?:[\w'-]+ ){0,3}(?:personen|menschen|gesichter|leute)\b|\b(?:transkri|zusammenfass|ubersetz|bericht)\w*\b|\bohne (?:[\w'-]+ )?(?:zu )?identifizier\w*\b|\bnicht identifizier\w*\b|\bbeschreib\w* (?:[\w'-]+ ){0,4}(?:kleidung|szene)\b",
    "pt: blur, count, transcribe, describe": r"\b(?:desfoc|borr|pixel|anonimiz|ocult|tarj)\w* (?:[\w'-]+ ){0,3}(?:rostos?|caras?|faces?|pessoas)\b|\b(?:contar|quantas) (?:[\w'-]+ ){0,3}(?:pessoas|rostos|caras)\b|\b(?:transcrev|resum|traduz|redig)\w*\b|\bsem identificar\b|\bnao identifi\w*\b|\bdescrev\w* (?:[\w'-]+ ){0,4}(?:roupa|vestimenta|cena)\b",
    "it: blur, count, transcribe": r"\b(?:sfoc|oscur|anonimizz|pixel)\w* (?:[\w'-]+ ){0,3}(?:volt[oi]|vis[oi]|facc(?:ia|e)|persone)\b|\b(?:contare|quante) (?:[\w'-]+ ){0,3}persone\b|\b(?:trascriv|riassum|tradu)\w*\b|\bsenza identificar\w*\b",
    "it: describe, attributes, quality": r"\b(?:descriv\w*|cosa (?:tiene|ha|indossa|porta|sta facendo|succede)|che cosa (?:tiene|indossa)|com'e vestit\w*|abbigliamento|vestiti|eta|emozion\w*|sembra (?:felice|triste|nervos\w*|arrabbiat\w*)|illuminazione|nitid\w*|sfocat\w*|individua (?:i|tutti i) volti|trova (?:i|tutti i) volti|localizza\w*|oscura\w*|copri (?:i|il) volt\w*|targa|(?<!de )conta\w*|quant\w* (?:persone|volti|gente))\b",
    "nl: describe, attributes, quality": r"\b(?:beschrijf\w*|omschrijf\w*|wat (?:draagt|houdt|doet|heeft) (?:hij|zij|ze|de)|kleding|leeftijd|emotie\w*|lijkt (?:hij|zij|ze) (?:blij|boos|nerveus|verdrietig)|belichting|scherp genoeg|wazig|vind (?:alle )?gezichten|lokaliseer\w*|markeer (?:de )?gezichten|onherkenbaar|anonimiseer\w*|vervaag\w*|blur\w*|kenteken\w*|tel\w* (?:de )?(?:mensen|personen|gezichten)|hoeveel (?:mensen|personen|gezichten))\b",
    "pl: describe, count, blur": r"\b(?:opisz\w*|opis\w*|co (?:ma|trzyma|robi|nosi)|ubrani\w*|stroj\w*|wiek\w*|emocj\w*|wyglada na (?:zadowolon|zl|zdenerwowan|smutn)\w*|oswietleni\w*|ostr\w* zdjeci\w*|rozmaz\w*|rozmyj\w*|zamaz\w*|anonimiz\w*|pikseliz\w*|policz (?:osoby|ludzi|twarze|wszystkich)|ile (?:osob|twarzy|ludzi)|tablic\w* rejestracyjn\w*|transkryp\w*|streszcz\w*|przetlumacz\w*|bez (?:nazwisk|imion|identyfikacji))\b",
    "ja: blur, count, transcribe": r"(?:顔|人物)(?:を|に)?(?:すべて|全部|全員の?)?(?:ぼかし|ぼか|モザイク|マスク)|何人|人数|数えて|混雑度|混雑状況|人の流れ|人流|文字起こし|要約|翻訳|服装|ナンバープレート|特定しないで|特定せず",
    "nl: blur, count, transcribe": r"\b(?:vervaag|blur|anonimiseer|afscherm)\w* (?:[\w'-]+ ){0,3}gezichten\b|\bgezichten (?:[\w'-]+ ){0,6}afscherm\w*|\b(?:tel|hoeveel) (?:[\w'-]+ ){0,3}(?:mensen|personen)\b|\b(?:transcrib|samenvat|vertaal)\w*\b",
}

#: Context cues (SPEC §2 "Context"): value True / False for each context signal.
REAL_TIME_TRUE: dict[str, str] = {
    "live": r"\b(?:live(?:[ -]?(?:feed|stream|video|view|footage|frames?|cam|camera|image))?|livestream\w*|real[ -]?time|realtime|right now|as we speak|at this moment|currently (?:standing|walking|here|on scene|with)|is (?:standing|sitting|walking) (?:in front of|next to|right)|(?:he|she|they|guy|man|woman)(?:'s| is| are|'re) still (?:standing|sitting|here|there|outside|next to|walking around|hanging around)|in front of (?:me|the officer|my partner|us) (?:right )?now|with (?:him|her|them) now|on scene now|streaming|incoming frames?|frame by frame as|seconds ago|just now|moments ago|this instant|immediately|asap|hurry|quick(?:ly)?,? (?:he|she)|before (?:he|she|they) (?:leaves?|gets? away|walks? off))\b",
    # the person is in front of the officer: a capture happening now, in any of the languages
    "in front of me: more languages": r"\b(?:stoi przed (?:mna|nami|koleg\w*)|je suis (?:face a|devant) (?:lui|elle|l'individu|l'homme|la personne|le suspect)|(?:esta|estoy) (?:aqui )?(?:delante|frente a (?:mi|el))|ik sta (?:nu )?(?:voor|tegenover) (?:hem|haar)|vor (?:mir|uns) (?:steht|stehen|sitzt)|steht (?:jetzt |gerade )?vor (?:mir|uns)|davanti a (?:me|noi)|na (?:minha|nossa) frente|diante de (?:mim|nos)|przede mna|przed nami|framfor (?:mig|oss)|di depan (?:saya|kami|kita)|truoc mat|trước mặt|onumde|onumuzde|saamne (?:hai|khada)|щас)\b|перед нами|μπροστά (?:μου|μας)|सामने (?:है|खड़ा)|أمامي|أمامنا|قدامي|قدامنا|(?:내|우리) 앞에"
    r"|\bsteht gerade (?:vor|neben|bei|an|am)\b|стоїть (?:біля|поруч|коло)|стоит (?:у |возле|рядом|около)|камера пише|камера пишет|아직 현장|현장에 (?:있음|있어|있다|있습니다)",
    # a bare "now" says the capture is live unless it is the time of a review ("nu terugkijken op
    # het bureau", "granskas nu på kontoret", "revisando ahora la grabación")
    "now (nl, sv, es)": r"(?<!granskas )(?<!granskar )(?<!bekijk )(?<!bekijken )(?<!kijken )(?:(?<=\w )nu|\bnu(?!\s*[:,]))\b(?! (?:terug|bekijk|bekeken|nakijk|naar|pa kontoret|pa stationen|i efterhand|granska|op het bureau|op kantoor|op de post))|(?<!revisando )(?<!analizando )(?:(?<=\w )ahora|\bahora(?!\s*[:,]))\b(?! (?:revis|analiz|mirando|vemos|en (?:la )?(?:comisaria|oficina)|en el (?:despacho|juzgado)))",
    "en direct": r"\b(?:en direct|en temps reel|maintenant|tout de suite|en ce moment|devant (?:moi|nous|l'agent)|en face de (?:moi|nous)|flux video|a l'instant)\b",
    "en vivo": r"\b(?:en vivo|en directo|en tiempo real|ahora mismo|ahorita|en este momento|delante de (?:mi|nosotros|el agente)|transmision)\b",
    "live-bild": r"\b(?:live-?(?:bild|ubertragung|stream)|in echtzeit|echtzeit|gerade jetzt|jetzt gerade|im moment|steht (?:vor mir|vor uns|vor dem beamten)|sofort)\b",
    "ao vivo": r"\b(?:ao vivo|em tempo real|agora mesmo|neste momento|na minha frente|transmissao)\b",
    "in diretta": r"\b(?:in diretta|in tempo reale|adesso|proprio ora|in questo momento)\b",
    "nl/pl/ja: live": r"\b(?:live|nu meteen|op dit moment|realtime|rechtstreeks|(?:staat|zit|loopt) (?:nu |hier )?voor (?:mij|me|ons)|staande (?:houd|houden)|na zywo|w czasie rzeczywistym|teraz|w tej chwili|stoi przede mna|przed chwila|stoi przy (?:radiowozie|nas|mnie))\b|今まさに|リアルタイム|(?<!ド)ライブ|今、|いま目の前|目の前にいる|今職質|職質中|職質している|今の映像|いまの映像",
}
REAL_TIME_FALSE: dict[str, str] = {
    "recorded": r"\b(?:recorded|recording from|archived (?:footage|video|clips?|recordings?|images?)|archive footage|from (?:last|yesterday|the other)|yesterday|last (?:night|week|month|year|tuesday|monday|wednesday|thursday|friday|saturday|sunday)|(?:two|three|few|several|\d+) (?:days|weeks|months|years) ago|after the fact|retrospective(?:ly)?|historic(?:al)? footage|earlier (?:today|this week)|old footage|previously captured|past footage|from the incident on|case file|cold case|evidence (?:video|footage)|uploaded evidence)\b",
    "enregistre": r"\b(?:enregistr\w*|d'hier|hier soir|la semaine derniere|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier|le mois dernier|(?:images|video|videos|enregistrements?) d'archives?|archives video|a posteriori|il y a (?:deux|trois|\d+) (?:jours|semaines|mois))\b",
    "grabado": r"\b(?:grabad\w*|grabacion(?:es)? de|ayer|anoche|la semana pasada|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|el mes pasado|(?:imagenes|video|videos|grabacion(?:es)?) de archivo|a posteriori|hace (?:dos|tres|\d+) (?:dias|semanas|meses))\b",
    "aufnahme von gestern": r"\b(?:aufzeichnung\w*|aufgezeichnet\w*|aufnahme von gestern|von gestern|gestern|letzte[nrm]? (?:woche|nacht|monat|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)|vom (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|archiv(?:aufnahme|video|bild|material)\w*|nachtraglich|im nachhinein|vor (?:zwei|drei|\d+) (?:tagen|wochen|monaten))\b",
    "gravado": r"\b(?:gravad\w*|gravacao de|ontem|semana passada|(?:segunda|terca|quarta|quinta|sexta)(?:-feira)? passada|(?:sabado|domingo) passado|mes passado|arquivo|a posteriori|ha (?:dois|tres|\d+) (?:dias|semanas|meses))\b",
    "registrato": r"\b(?:registrat\w*|ieri|settimana scorsa|mese scorso|(?:filmat\w*|immagini|video) d'archivio|(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) scors[oa])\b",
    "nl/pl/ja: recorded": r"\b(?:opname van (?:gisteren|vorige week)|gisteren|eergisteren|afgelopen (?:week|maand|weekend|nacht|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|koningsdag|jaarwisseling)|vorige week|vorige (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|archiefbeelden|archiefopname\w*|opgenomen|nagranie z (?:wczoraj|zeszlego tygodnia)|wczoraj|archiwaln\w* nagran\w*|nagrani\w* archiwaln\w*|nagran\w*)\b|昨日の|録画|アーカイブ|先週の|先月の",
}
MOBILE_TRUE: dict[str, str] = {
    "body-worn camera": r"\b(?:body[ -]?(?:worn|cam|camera|cams|cameras|camera footage|mounted)|bodycams?|bwc|b\.w\.c\.|lapel cam\w*|chest cam\w*|axon (?:body|flex)|camera on (?:my|his|her|the officer'?s) (?:chest|vest|uniform))\b",
    "dash camera": r"\b(?:dash[ -]?(?:cam|cams|camera|board camera|mounted)|dashcams?|in-?car (?:camera|video)|patrol car camera|cruiser cam\w*|squad car camera|vehicle[ -]mounted camera|car camera)\b",
    "phone camera": r"\b(?:(?:my|his|her|the officer'?s|an officer'?s|a|our|the|duty|work) (?:phone|cell|cellphone|smartphone|iphone|tablet|ipad|mobile)(?: camera| cam)?|hand-?held (?:camera|device)|snapped (?:it|this) on (?:my|his) phone|took (?:this|it) (?:with|on) (?:my|his|her) phone)\b",
    "drone": r"\b(?:drones?|uav|uas|quadcopter|dron|drohne)\b",
    "camera pieton": r"\b(?:camera[s]?[ -]pietons?|camera (?:corporelle|embarquee)|camera de (?:la )?voiture|telephone (?:de service|portable))\b",
    "camara corporal": r"\b(?:camara[s]? (?:corporal|corporales|unipersonal|de solapa|del patrullero|del vehiculo|de tablero|del movil|del celular|del telefono)|celular|movil del agente)\b",
    "koerperkamera": r"\b(?:korperkamera\w*|body-?cam\w*|dash-?cam\w*|streifenwagenkamera|fahrzeugkamera|handykamera|diensthandy|smartphone)\b",
    "camera corporal": r"\b(?:cameras? (?:corporal|corporais|veicular(?:es)?|das? viaturas?|do celular)|celular|viaturas?)\b",
    "it/nl/pl/ja: body or dash camera": r"\b(?:bodycam\w*|body-?cam\w*|telecamera (?:indossabile|personale|veicolare)|dashcam|camera op (?:mijn|zijn) (?:borst|uniform)|kamer\w* nasobn\w*|kamer\w* na mundurze|camar\w* de peito|camer\w* de peito|kamer\w* samochodow\w*|wideorejestrator\w*|telefon\w* sluzbow\w*|smartfon\w*)\b|ボディカメラ|ウェアラブルカメラ|ドライブレコーダー|ドラレコ|車載カメラ|スマホ",
}
MOBILE_FALSE: dict[str, str] = {
    "fixed camera": r"\b(?:cctv|fixed (?:camera|cam|cctv)|security (?:camera|cam|footage)|surveillance (?:camera|cam)|store camera|till camera|checkout camera|lobby camera|ceiling camera|wall-?mounted|doorbell cam\w*|ring camera|booking (?:station|camera|kiosk)|kiosk camera|traffic camera|gas station camera|atm camera|ptz camera|station camera|custody camera|cell camera|entrance camera|camera at the (?:door|entrance|front desk))\b",
    "camera de surveillance": r"\b(?:camera de (?:surveillance|video ?surveillance|securite)|videosurveillance|videoprotection|camera fixe)\b",
    "camara de seguridad": r"\b(?:camara[s]? (?:de seguridad|de vigilancia|fija|del local|de la tienda)|videovigilancia|circuito cerrado)\b",
    "ueberwachungskamera": r"\b(?:uberwachungskamera\w*|videouberwachung|festinstallierte kamera|sicherheitskamera\w*|kamera (?:der|im) (?:gewahrsam|zelle|eingang))\b",
    "camera de seguranca": r"\b(?:camera[s]? (?:de (?:seguranca|vigilancia)|fixa)|circuito fechado|cftv)\b",
    "it/nl/pl/ja: fixed camera": r"\b(?:telecamera (?:di sorveglianza|fissa)|videosorveglianza|bewakingscamera\w*|vaste camera|cameratoezicht|kamer\w* (?:przemyslow|monitoringu|stacjonarn)\w*)\b|防犯カメラ|監視カメラ|固定カメラ|ロビーカメラ",
}
UNCONTROLLED_TRUE: dict[str, str] = {
    "on patrol": r"\b(?:on patrol|patrol(?:ling)?|on the street|in the street|on the streets|street corner|traffic stop|pulled (?:him|her|them|a car|a vehicle) over|pulled over|crowd|festival|concert|protest|demonstration|rally|protest march|parade|stadium|in the wild|in public|public (?:place|space|square|area|park)|subway|metro platform|train station|bus stop|sidewalk|park|beach|market|shopping (?:street|district)|nightlife|bar district|on foot patrol|on scene|canvass\w*|neighbou?rhood|checkpoint|at a checkpoint|border crossing|highway|freeway|interstate)\b",
    "en patrouille": r"\b(?:en patrouille|patrouille|dans la rue|sur la voie publique|controle routier|foule|manifestation|gare|place publique|quartier)\b",
    "patrullando": r"\b(?:patrull\w*|en la calle|en la via publica|control (?:de trafico|vial|de carretera)|multitud|manifestacion|estacion|plaza|mercado|barrio)\b",
    "auf streife": r"\b(?:streife\w*|auf der strasse|verkehrskontrolle|menschenmenge|menge|demonstration|demo|hauptbahnhof|bahnhof|offentlich\w*|fussgangerzone|innenstadt|stadion|kontrolle)\b",
    "em patrulha": r"\b(?:patrulh\w*|na rua|em via publica|blitz|abordagem|multidao|manifestacao|estacao|praca|bairro)\b",
    "it/nl/pl/ja: street, patrol": r"\b(?:in pattuglia|pattuglia|per strada|posto di blocco|folla|manifestazione|op straat|verkeerscontrole|menigte|demonstratie|na ulicy|patrol\w*|kontrol\w* drogow\w*|tlum\w*|demonstracj\w*|na rynku)\b|職務質問|パトロール|路上|駅前|群衆|デモ|検問",
}
UNCONTROLLED_FALSE: dict[str, str] = {
    "custody suite": r"\b(?:custody (?:suite|area|room)|booking (?:room|area|desk|station)|interview room|interrogation room|holding cell|jail intake|intake (?:desk|area)|sally ?port|police station|precinct (?:lobby|house)|station (?:lobby|house)|front desk|office|headquarters|access[ -]controlled|controlled (?:environment|area|setting)|secure (?:area|facility)|courtroom|courthouse|prison|detention (?:center|centre|facility)|inside the (?:station|jail)|visitor (?:center|log)|checkpoint booth)\b",
    "garde a vue": r"\b(?:garde a vue|commissariat|salle d'audition|cellule|locaux de police|accueil du commissariat|bureau)\b",
    "comisaria": r"\b(?:comisaria|calabozo|sala de (?:interrogatorio|entrevistas)|celda|dependencias policiales|oficina)\b",
    "gewahrsam": r"\b(?:gewahrsam\w*|vernehmungsraum|dienststelle|revier|zelle|polizeiinspektion|buro|wache)\b",
    "delegacia": r"\b(?:delegacia|cela|sala de (?:interrogatorio|depoimento)|carceragem|presidio|escritorio)\b",
    "it/nl/pl/ja: station, custody": r"\b(?:in questura|caserma|sala interrogatori|cella di sicurezza|verhoorkamer|politiebureau|cellencomplex|pokoj przesluchan|pokoju przesluchan|komisariat\w*|areszt\w*|izba zatrzyman\w*)\b|取調室|留置場|警察署内|署内",
}


# ---- context cues in the languages the tables above do not cover (ru uk tr ko ar hi vi id sv el),
# and "immediately / on the spot" in all. Written as plain words, normalised like the text they
# are matched against (`_words`): a leading word boundary, stems match their inflections.


def _norm(word: str) -> str:
    """A literal normalised as `text_rules.normalise` normalises text (Latin accents stripped)."""
    import unicodedata

    word = unicodedata.normalize("NFC", word)
    out = []
    for ch in word:
        if ch in "łŁ":
            ch = "l" if ch == "ł" else "L"
        elif "\u00c0" <= ch < "\u0250":
            decomposed = unicodedata.normalize("NFD", ch)
            ch = "".join(c for c in decomposed if not unicodedata.combining(c)) or ch
        out.append(ch)
    return unicodedata.normalize("NFKC", "".join(out)).lower()


def _words(*words: str) -> str:
    """One pattern for many words or stems: `\\b` before each (none before CJK, which has no spaces)."""
    alts = []
    for w in words:
        n = re.escape(_norm(w)).replace(r"\ ", " ")
        if ord(w[0]) >= 0x2E80 and not ("\uac00" <= w[0] <= "\ud7a3"):
            alts.append(n)
        elif len(_norm(w)) <= 3 and _norm(w)[-1].isalnum() and not ("\uac00" <= w[0] <= "\ud7a3"):
            alts.append(r"\b" + n + r"\b")  # a short word is a word, not a stem ("dün" is not "dùng")
        else:
            alts.append(r"\b" + n)
    return "(?:" + "|".join(alts) + ")"


# "is he wanted?", "one of the fugitives?", "on our list?": asked beside a picture, an
# identification from the face (weak: it counts only when an image or a picture is in play)
IDENTIFY.update(
    {
        # Hindi and Urdu written in Latin letters, with English verbs: "mugshots se match karo"
        "hinglish: match, identify": (
            r"\b(?:identify|match|compare|check|pehchan|pehchaan|milan)\w* (?:kar|karo|karke|kar do|kar dena|karna"
            r"|kijiye|karein|karo na)\b|\b(?:mugshots?|database|data ?base|records?|criminal records?|arrest "
            r"(?:photo|photos|record|records)|booking photos?|wanted list) se (?:match|milan|compare|check|mila)\w*"
        ),
        # "who's the one in the black shirt?", "¿quién es el de la camisa negra?": who someone
        # in the picture is, pointed at by what they wear or where they stand
        "who is the one in: languages": (
            r"\bwho(?:'s| is| was) the (?:[\w'-]+ ){0,2}(?:in|with|on|at|wearing|near|next to|holding|by)\b"
            r"|\bquien es (?:el|la) (?:de|del|que|con)\b|\bquem e (?:o|a) (?:de|do|da|que|com)\b"
            r"|\bqui est (?:le|la|l') ?(?:[\w'-]+ )?(?:en|au|avec|qui|de la|du)\b"
            r"|\bchi e (?:il|la|quello|quella) (?:[\w'-]+ )?(?:con|col|in|che)\b"
            r"|\bwer ist (?:der|die) (?:[\w'-]+ )?(?:mit|im|in der|am|da)\b"
            r"|\bwie is (?:de|die) (?:[\w'-]+ )?(?:met|in|op|bij)\b|\bhoe heet (?:die|de|deze)\b"
            r"|\b(?:cual|cuál) de los (?:fichados|detenidos|registrados|buscados)\b"
            r"|\bqual dos (?:fichados|presos|registrados|procurados)\b|\balgum dos fugitivos\b"
            r"|\btem (?:alguma coisa|algo|passagem) contra ele\b|\btiene pedido de captura\b"
            r"|\bdammi (?:le )?generalita\b"
        ),
        "is he wanted?": (
            r"\b(?:is|are) (?:he|she|they|this|that|the|these|those|any(?:one|body)|some(?:one|body))(?: [\w'-]+){0,6} wanted\b"
            r"(?! (?:poster|posters|notice|notices|flyer|bulletin|list|for questioning about)\b)"
            r"|\bany(?:one|body) (?:here |there |in (?:the|this) (?:crowd|picture|photo|frame|shot) )?(?:wanted|on (?:the|our) (?:wanted|watch) ?list)\b"
        ),
        "wanted or listed: more languages": _words(
            "någon efterlyst",
            "finns det någon efterlyst",
            "أحد مطلوب",
            "مطلوب بين",
            "alguien buscado",
            "algún buscado",
            "quelqu'un de recherché",
            "jemand gesucht",
            "jemand zur fahndung",
            "alguém procurado",
            "qualcuno ricercato",
            "iemand gezocht",
            "ktoś poszukiwany",
            "кто-то в розыске",
            "хтось у розшуку",
            "aranan var mı",
            "수배자 있",
            "कोई वांटेड",
            "ai bị truy nã",
            "ada buronan",
            "ada yang buron",
            "κάποιος καταζητούμενος",
            "is he wanted",
            "is she wanted",
            "is this guy wanted",
            "is this man wanted",
            "is this person wanted",
            "one of the fugitives",
            "one of our fugitives",
            "on the wanted list",
            "any warrants on him",
            "any warrants on her",
            "does he have warrants",
            "does he have a warrant",
            "is he on our list",
            "is he on the list",
            "is he on the watchlist",
            "which of the registered",
            "which of our registered",
            "est-il recherché",
            "est-elle recherchée",
            "un des fugitifs",
            "l'un des fugitifs",
            "fait partie des recherchés",
            "figure-t-il",
            "está buscado",
            "esta requerido",
            "está requerido",
            "uno de los prófugos",
            "alguno de los prófugos",
            "tiene orden de captura",
            "tiene orden de aprehensión",
            "wird er gesucht",
            "ist er gesucht",
            "wird sie gesucht",
            "einer der gesuchten",
            "steht er auf der liste",
            "algum dos foragidos",
            "um dos foragidos",
            "está sendo procurado",
            "é procurado?",
            "ele é procurado?",
            "tem mandado?",
            "tem mandado em aberto?",
            "qual dos registrados",
            "è ricercato?",
            "è ricercata?",
            "uno dei latitanti",
            "tra i ricercati",
            "wordt hij gezocht",
            "wordt zij gezocht",
            "is hij gesignaleerd",
            "een van de voortvluchtigen",
            "staat hij op de lijst",
            "czy jest poszukiwany",
            "czy on jest poszukiwany",
            "czy jest poszukiwana",
            "jest poszukiwany?",
            "в розыске?",
            "в розыске ли",
            "не в розыске",
            "в розыске или нет",
            "разыскивается?",
            "разыскивается ли",
            "числится ли в розыске",
            "в розшуку?",
            "чи в розшуку",
            "чи не в розшуку",
            "у розшуку?",
            "чи у розшуку",
            "розшукується?",
            "чи розшукується",
            "aranan biri mi",
            "arananlardan mı",
            "aranan kişi mi",
            "firari mi",
            "수배자인지",
            "수배자야?",
            "수배 중인지",
            "수배중인지",
            "지명수배자인지",
            "هل هو مطلوب",
            "هل هي مطلوبة",
            "من المطلوبين؟",
            "هل هو من المطلوبين",
            "wanted hai kya",
            "wanted है क्या",
            "वांटेड है?",
            "वांटेड है क्या",
            "फरार है क्या",
            "वांछित है क्या",
            "có bị truy nã",
            "bị truy nã không",
            "truy nã không",
            "có phải đối tượng truy nã",
            "apakah dia buron",
            "dia buron?",
            "termasuk buron",
            "apakah dia dpo",
            "är han efterlyst",
            "är hon efterlyst",
            "är det någon efterlyst",
            "καταζητείται;",
            "καταζητείται?",
            "αν καταζητείται",
            "είναι καταζητούμενος;",
            "είναι καταζητούμενος?",
            "είναι καταζητούμενη;",
            "指名手配犯か",
            "手配中か",
            "手配犯ではないか",
        ),
    }
)
# said the way people say it: the person is still there, the frames keep coming, it was just taken
# blur, count, describe, read the text: face-related work that is not recognition, in the ten
# languages the first tables did not cover
#: a question about the pictured person's state, not who he is: hurt, armed, what is in his hand,
#: which way he went, drunk, what he wears, how old he looks (normalised text: Latin accents
#: stripped). A look-alike that is not recognition, but a weak one: a recognition cue in the same
#: ask wins, and on its own it does not settle a short ask without the reader
#: drafting or reviewing a policy, an SOP, a memo or training in the other languages: work about the
#: technology, not the technology (normalised text)
WORK_MORE_LANGUAGES = "writing or policy work: more languages"
NOT_RECOGNITION[WORK_MORE_LANGUAGES] = (
    r"\b(?:soan thao|so\w{1,2}n th\w{1,2}o|susun|buat (?:draf|rancangan)|rancang|hazirla|taslag\w*|opracuj|przygotuj projekt|napisz (?:procedur|polityk|regulamin)"
    r"|utkast|skriv (?:en )?(?:policy|riktlinje|rutin)|stel (?:een )?(?:beleid|protocol) op|redigi|stendi|bozza|progetto di (?:regolamento|circolare))\b"
    r"|σύνταξε|σχέδιο (?:πολιτικής|κανονισμού|εγκυκλίου)|проєкт (?:положення|політики|інструкції|наказу)|проект (?:положения|политики|инструкции|приказа)|розроби|разработай|склади (?:інструкц|положенн)"
    r"|मसौदा|नीति बना|एसओपी|صياغة|مسودة|اكتب سياسة|초안|지침|방침|規程案|方針案|ポリシー案|ガイドライン案|草案"
    # explain, summarise, translate the material
    r"|\b(?:jelaskan|ringkas\w*|rangkum\w*|terjemahkan|ac[ıi]kla|ozetle|cevir|gi\w{1,2}i th\w{1,2}ch|tom t\w{1,2}t|forklara|sammanfatta|oversatt)\b"
    r"|εξήγησε|συνόψισε|περίληψη|μετάφρασε|поясни|объясни|перескажи|переведи|підсумуй|переклади|поясніть"
    r"|समझाओ|सारांश|अनुवाद|اشرح|(?<![؀-ۿ])لخص|ترجم|설명해|요약|번역|説明して|要約|翻訳"
)
#: an appeal asking the public to identify someone: the public identifies, the model writes
NOT_RECOGNITION["appeal to the public"] = (
    r"\b(?:ask(?:ing|s)? (?:the )?(?:public|community|residents|citizens)|public(?:'s)? help|appeal to the public"
    r"|appel a temoins|appel au public|llamamiento (?:a la ciudadania|publico)|pide(?:n)? ayuda (?:a la ciudadania|al publico)"
    r"|zeugenaufruf|offentlichkeitsfahndung|bitte(?:t)? die bevolkerung|aiuto ai cittadini|hulp van het publiek|getuigenoproep)\b"
)
#: "don't compare", "compare pas", "no compares", "nicht vergleichen": the ask declines matching
NOT_RECOGNITION["do not compare: more languages"] = (
    r"\b(?:(?:ne )?compare(?:z)? pas|pas de comparaison|no (?:los |las )?compares|sin comparar|nicht vergleichen|vergleiche (?:sie |ihn )?nicht"
    r"|nao compare|sem comparar|non confrontare|senza confrontare|niet vergelijken|nie porownuj)\b"
)
#: "pull DL number, name and expiry off the card": the printed text of a document
NOT_RECOGNITION["text off the card"] = (
    r"\b(?:pull|copy|take|read|get|type)\w* (?:[\w'-]+ ){0,6}(?:off|from) (?:the|his|her|this) (?:card|licen[cs]e|id|passport|permit)\b"
    r"|\b(?:dl|licen[cs]e|passport|id) (?:number|no\.?|#)"
)
STATE_OF_PERSON = "a question about his state, not who he is"
NOT_RECOGNITION[STATE_OF_PERSON] = (
    r"\b(?:is (?:he|she|they|the (?:man|woman|guy|driver|person|kid|boy|girl)) (?:injured|hurt|bleeding|wounded|armed|drunk|intoxicated|impaired|high|ok|okay|sick|breathing|conscious)"
    r"|what(?:'s| is| does he have| is he holding| has he got) (?:in )?(?:his|her|their) (?:right |left )?(?:hands?|waistband|pocket)"
    r"|which (?:way|direction) (?:did|is|was) (?:he|she|they)|where (?:did|is) (?:he|she|they) (?:go|went|run|heading|going)"
    r"|what (?:is|was|are) (?:he|she|they) wearing|how old (?:is|does) (?:he|she)|(?:does|do) (?:he|she|they) look (?:drunk|high|injured|hurt|sick|armed|underage|\d)"
    r"|bless[ee]s?\b|saigne|est-il arme|a-t-il une arme|dans sa main|(?:a|tient) dans la main|quelle direction|par ou (?:est-il|il est) parti|ivre|sous l'emprise|que porte-t-il|quel age"
    r"|herid[oa]|sangra|(?:esta|va) armad[oa]|en su mano|(?:tiene|lleva) en la mano|hacia donde|por donde (?:se fue|fue|corrio)|borracho|ebri[oa]|drogad[oa]|que lleva puesto|que edad"
    r"|verletzt|blutet|bewaffnet|in (?:seiner|ihrer) hand|in der hand (?:hat|halt)|(?:hat|halt) (?:er|sie) in der hand|wohin (?:ist|lauft|rannte|lief|ging)|in welche richtung|betrunken|alkoholisiert|was tragt (?:er|sie)|wie alt"
    r"|ferid[oa]|armad[oa]|na mao (?:dele|dela)|(?:tem|segura) na mao|para onde (?:foi|correu|vai)|bebad[oa]|embriagad[oa]|que idade"
    r"|ferit[oa]|armat[oa]|(?:ha|tiene) in mano|in che direzione|dove (?:e )?(?:andato|scappato)|ubriac[oa]|quanti anni"
    r"|gewond|bloedt|gewapend|in (?:zijn|haar) hand|welke kant (?:op|is)|dronken|onder invloed|hoe oud"
    r"|ranny|ranna|krwawi|uzbrojon\w*|(?:ma|trzyma) w (?:rece|reku|dloni)|w (?:jego|jej) (?:rece|reku|dloni)|w ktora strone|dokad (?:poszed\w*|uciek\w*|biegl\w*|biegnie)|pijany|pijana|pod wplywem|ile (?:ma )?lat"
    r"|skadad|blodar|bevapnad|(?:han|hon) i handen|i (?:hans|hennes) hand|vart (?:sprang|gick|tog|springer) (?:han|hon)|berusad|hur gammal"
    r"|yarali|silahli|elinde (?:ne|bir)|ne tarafa|hangi yone|nereye (?:gitti|kacti|kosuyor)|sarhos|kac yasinda"
    r"|terluka|berdarah|bersenjata|di tangannya|ke arah mana|lari ke mana|mabuk|pengaruh (?:alkohol|narkoba|sabu)|umur(?:nya)? berapa"
    r"|bi thuong|chay mau|hung khi|trong tay (?:anh|han|ong|no|co)|huong nao|say ruou|co ve say|bao nhieu tuoi)\b"
    r"|(?<!\w)(?:ранен|кровоточ|вооружен|вооружён|в руке|в руках|куда (?:он|она) (?:пош|побеж|уш|бежит|идет|идёт)|в какую сторону|пьян|нетрезв|сколько (?:ему|ей) лет"
    r"|поранен|озброєн|в руці|у руці|куди (?:він|вона) (?:піш|побіг|біж|йде)|в який бік|нетверез|п'яний|скільки (?:йому|їй) років"
    r"|τραυματισμ|αιμορραγ|οπλισμέν|στο (?:δεξί |αριστερό )?χέρι του|στο (?:δεξί |αριστερό )?χέρι της|κρατάει στο|προς τα πού|πού πήγε|ποια κατεύθυνση|μεθυσμέν|πόσο χρονών"
    r"|مصاب|مجروح|ينزف|مسلح|في يده|بيده|إلى أين (?:ذهب|اتجه|هرب)|وين راح|أي اتجاه|سكران|مخمور|كم عمره"
    r"|घायल|हथियार|के हाथ में|हाथ में क्या|किधर (?:गया|भागा|जा रहा)|किस तरफ|नशे में|कितनी उम्र)"
    r"|bị thương|chảy máu|vũ khí|hung khí|trong tay (?:anh|hắn|ông|nó|cô)|cầm gì|hướng nào|say rượu|có vẻ say|bao nhiêu tuổi"
    r"|怪我|負傷|出血|凶器|手に(?:何|持)|どっちに|どの方向|酔って|何歳"
    r"|다쳤|부상|피를 흘|흉기|손에 (?:뭐|든)|어느 쪽으로|어디로 (?:갔|도망)|취했|몇 살"
)

NOT_RECOGNITION.update(
    {
        # what a person carries or does, how dense a crowd is, whether a photo is usable: asked
        # of a picture of people, and not who they are
        "armed, drunk, doing, crowd, photo quality": _words(
            "is he armed",
            "is she armed",
            "are they armed",
            "carrying a weapon",
            "has a weapon",
            "have a weapon",
            "holding a knife",
            "is that a gun",
            "gun or a",
            "looks drunk",
            "signs of impairment",
            "impaired",
            "під дією",
            "втомлен",
            "под воздействием",
            "is he drunk",
            "seem drunk",
            "intoxicated",
            "what is he doing",
            "what's he doing",
            "what is she doing",
            "what's the guy",
            "how dense",
            "how crowded",
            "crush risk",
            "too blurry",
            "sharp enough",
            "good enough quality",
            "name tag",
            "name badge",
            "left-handed",
            "est-il armé",
            "porte une arme",
            "a-t-il une arme",
            "est-il ivre",
            "semble ivre",
            "que fait-il",
            "densité de la foule",
            "trop floue",
            "assez nette",
            "sa tenue",
            "está armado",
            "lleva un arma",
            "tiene un arma",
            "tiene un cuchillo",
            "está borracho",
            "parece borracho",
            "qué está haciendo",
            "densidad de la multitud",
            "muy borrosa",
            "gafete",
            "ist er bewaffnet",
            "trägt er eine waffe",
            "hat er eine waffe",
            "betrunken",
            "was macht er",
            "wie dicht",
            "zu unscharf",
            "scharf genug",
            "namensschild",
            "tá armado",
            "tem uma arma",
            "está bêbado",
            "parece bêbado",
            "o que ele está fazendo",
            "densidade da multidão",
            "muito borrada",
            "crachá",
            "è armato",
            "ha un'arma",
            "ha un coltello",
            "ha una pistola",
            "ubriaco",
            "cosa sta facendo",
            "densità della folla",
            "troppo sfocata",
            "abbastanza nitida",
            "sul cartellino",
            "leggi il cartellino",
            "is hij gewapend",
            "heeft hij een wapen",
            "dronken",
            "wat doet hij",
            "hoe druk",
            "te wazig",
            "scherp genoeg",
            "naamkaartje",
            "czy jest uzbrojony",
            "ma przy sobie broń",
            "pijany",
            "co robi",
            "najgęstszy",
            "zbyt rozmazane",
            "wystarczająco ostre",
            "вооружен",
            "есть ли у него оружие",
            "пьян",
            "что он делает",
            "плотность толпы",
            "где толпа",
            "слишком размыт",
            "достаточно четк",
            "бейдж",
            "озброєний",
            "чи є в нього зброя",
            "п'яний",
            "що він робить",
            "щільність натовпу",
            "де натовп",
            "занадто розмит",
            "достатньо чітк",
            "silahlı mı",
            "silahı var mı",
            "sarhoş mu",
            "ne yapıyor",
            "kalabalık yoğunluğu",
            "en kalabalık",
            "çok bulanık",
            "yeterince net",
            "무기를 가지고",
            "무기 있",
            "취했",
            "뭐 하고 있",
            "가장 밀집",
            "밀집도",
            "너무 흐릿",
            "선명한지",
            "명찰",
            "هل هو مسلح",
            "يحمل سلاح",
            "مخمور",
            "سكران",
            "ماذا يفعل",
            "كثافة الحشد",
            "أكثر ازدحام",
            "हथियार है",
            "नशे में",
            "क्या कर रहा",
            "भीड़ का घनत्व",
            "सबसे ज्यादा भीड़",
            "धुंधली",
            "hathiyar",
            "nashe mein",
            "có vũ khí",
            "mang vũ khí",
            "say rượu",
            "đang làm gì",
            "mật độ đám đông",
            "đông nhất",
            "quá mờ",
            "bảng tên",
            "bawa senjata",
            "membawa senjata",
            "mabuk",
            "sedang apa",
            "kepadatan massa",
            "paling padat",
            "terlalu buram",
            "beväpnad",
            "bär vapen",
            "har han ett vapen",
            "berusad",
            "vad gör han",
            "hur tät",
            "för suddig",
            "tillräckligt skarp",
            "namnbricka",
            "οπλισμένος",
            "έχει όπλο",
            "μεθυσμένος",
            "τι κάνει",
            "πυκνότητα του πλήθους",
            "πολύ θολή",
            "αρκετά καθαρή",
            "武器を",
            "拳銃に見える",
            "酔って",
            "何をして",
            "一番密集",
            "密集して",
            "ぼやけ",
            "名札",
            "利き手",
            "スニーカーのロゴ",
            "ブランドだけ",
        ),
        "more languages: blur, count, describe": _words(
            "yüzleri maskele",
            "yüzleri bulanıklaştır",
            "밀집도",
            "인파 밀집",
            "चेहरा है या नहीं",
            "誤字を直して",
            "誤字脱字",
            "校正して",
            "भीड़ कितनी",
            "कितनी भीड़",
            "कितनी घनी",
            "भीड़ का घनत्व",
            "опиши, что делают",
            "опиши, что делает",
            "опиши что делают",
            "опиши, что происходит",
            "опиши, що роблять",
            "bulanıklaştır",
            "bulaniklastir",
            "pikselleştir",
            "yüzünü kapat",
            "yüzlerini kapat",
            "пікселіз",
            "розмий",
            "пикселиз",
            "размой",
            "размой лиц",
            "размыть лиц",
            "замажь лиц",
            "скрой лиц",
            "посчитай людей",
            "сколько людей",
            "сколько человек",
            "опиши одежд",
            "опиши его одежд",
            "во что одет",
            "розмий обличч",
            "розмити обличч",
            "приховай обличч",
            "порахуй людей",
            "скільки людей",
            "опиши одяг",
            "у що вдягнен",
            "yüzleri bulanıklaştır",
            "yüzleri bulanik",
            "yüzleri gizle",
            "kaç kişi",
            "kişi sayısı",
            "kıyafetini tarif",
            "kıyafetlerini tarif",
            "ne giydiğini",
            "얼굴 블러",
            "얼굴을 블러",
            "모자이크 처리",
            "얼굴 모자이크",
            "몇 명",
            "인원 추산",
            "옷차림",
            "인상착의를 설명",
            "طمس الوجوه",
            "تمويه الوجوه",
            "إخفاء الوجوه",
            "كم عدد الأشخاص",
            "عدد الأشخاص",
            "صف ملابس",
            "صف ملابسه",
            "चेहरे धुंधले",
            "चेहरा धुंधला",
            "चेहरे ब्लर",
            "कितने लोग",
            "लोगों की गिनती",
            "कपड़ों का वर्णन",
            "कपड़े बताओ",
            "làm mờ khuôn mặt",
            "làm mờ mặt",
            "che mặt",
            "đếm số người",
            "bao nhiêu người",
            "mô tả quần áo",
            "mô tả trang phục",
            "buramkan wajah",
            "blur wajah",
            "samarkan wajah",
            "hitung jumlah orang",
            "berapa orang",
            "jelaskan pakaian",
            "deskripsikan pakaian",
            "sudda ansikten",
            "sudda ansiktena",
            "maskera ansikten",
            "räkna personer",
            "hur många personer",
            "hur många människor",
            "beskriv hans kläder",
            "beskriv hennes kläder",
            "beskriv kläderna",
            "θόλωσε τα πρόσωπα",
            "θόλωμα προσώπων",
            "κρύψε τα πρόσωπα",
            "πόσα άτομα",
            "πόσοι άνθρωποι",
            "περίγραψε τα ρούχα",
            "περιγραφή ρουχισμού",
        ),
    }
)
REAL_TIME_TRUE.update(
    {
        "still there, just taken: more languages": _words(
            "still standing",
            "still here",
            "still there",
            "he's still",
            "she's still",
            "frames keep coming",
            "just pulled him over",
            "just pulled over",
            "just stopped",
            "just took",
            "just snapped",
            "photo just taken",
            "encore là",
            "est toujours là",
            "toujours devant",
            "en flux",
            "vient d'être prise",
            "sigue aquí",
            "sigue ahí",
            "todavía está",
            "acabo de tomar",
            "aquí delante",
            "está aquí delante",
            "recién tomada",
            "steht noch",
            "ist noch da",
            "gerade aufgenommen",
            "ainda está",
            "acabei de tirar",
            "agora mesmo",
            "è ancora lì",
            "è ancora qui",
            "appena scattata",
            "staat er nog",
            "is nog daar",
            "net gemaakt",
            "van nu",
            "ik sta nu",
            "wciąż stoi",
            "nadal stoi",
            "jeszcze tu jest",
            "właśnie zrobione",
            "właśnie nagrywasz",
            "właśnie nagrywam",
            "все еще стоит",
            "всё ещё",
            "ещё здесь",
            "еще здесь",
            "только что сделан",
            "досі",
            "ще тут",
            "щойно",
            "стрим",
            "стрім",
            "hâlâ orada",
            "hala burada",
            "az önce çekt",
            "vẫn đang",
            "vừa chụp",
            "vừa dừng",
            "ảnh vừa",
            "masih di",
            "masih berdiri",
            "baru saja",
            "står fortfarande",
            "fortfarande kvar",
            "löpande",
            "ακόμα εκεί",
            "ακόμα στο",
            "ακόμα στη",
            "ακόμη στο",
            "ακόμη στη",
            "بث كاميرا",
            "هلأ",
            "هلق",
            "هسا",
            "هسه",
            "دلوقتي",
            "đang ở",
            "بث كاميرات",
            "ακόμη εκεί",
            "μόλις τράβηξ",
            "अभी भी",
            "अभी खड़ा",
            "अभी ली",
            "아직 있",
            "아직 서",
            "방금 찍",
            "لا يزال",
            "ما زال",
            "التقطت للتو",
            "今撮った",
            "まだそこ",
            "まだ目の前",
            "今この",
        ),
    }
)
MOBILE_TRUE.update(
    {
        "helmet or glasses camera: more languages": _words(
            "helmet cam",
            "helmet camera",
            "smart glasses",
            "caméra-casque",
            "caméra de casque",
            "lunettes connectées",
            "cámara del casco",
            "gafas inteligentes",
            "helmkamera",
            "datenbrille",
            "câmera do capacete",
            "óculos inteligentes",
            "telecamera sul casco",
            "occhiali smart",
            "helmcamera",
            "kamera na kasku",
            "kamera kaskowa",
            "нашлемн",
            "камера на шлеме",
            "камера на шоломі",
            "kask kamer",
            "camera gắn mũ",
            "camera mũ",
            "kamera helm",
            "hjälmkamera",
            "κάμερα κράνους",
            "헬멧 카메라",
            "카메라 안경",
            "كاميرا الخوذة",
            "हेलमेट कैमरा",
            "ヘルメットカメラ",
            "スマートグラス",
        ),
    }
)
REAL_TIME_TRUE.update(
    {
        "immediately, on the spot": _words(
            "rtsp",
            "video stream",
            "live stream",
            "streaming",
            "w czasie rzeczywistym",
            "instantly",
            "immediately",
            "on the spot",
            "in real time",
            "real-time",
            "seconds ago",
            "immédiatement",
            "instantanément",
            "sur place",
            "al instante",
            "de inmediato",
            "en el acto",
            "sofort",
            "vor ort",
            "na hora",
            "imediatamente",
            "subito",
            "immediatamente",
            "sul posto",
            "meteen",
            "ter plekke",
            "natychmiast",
            "od razu",
            "na miejscu",
            "その場で",
            "即座に",
            "リアルタイム",
        ),
        "ru/uk: now, live": _words(
            "в режиме онлайн",
            "онлайн-трансляц",
            "в режимі онлайн",
            "прямо сейчас",
            "сейчас",
            "в реальном времени",
            "в прямом эфире",
            "трансляц",
            "только что",
            "секунд назад",
            "передо мной",
            "на месте",
            "сразу",
            "зараз",
            "прямо зараз",
            "в реальному часі",
            "наживо",
            "щойно",
            "переді мною",
            "на місці",
            "одразу",
        ),
        "tr/el/sv/id: now, live": _words(
            "şimdi",
            "şu an",
            "canlı",
            "gerçek zamanlı",
            "anlık",
            "saniye önce",
            "önümde",
            "olay yerinde",
            "anında",
            "τώρα",
            "ζωντανά",
            "σε πραγματικό χρόνο",
            "μόλις",
            "μπροστά μου",
            "επί τόπου",
            "άμεσα",
            "just nu",
            "nyss",
            "alldeles nyss",
            "står kvar",
            "är kvar",
            "i realtid",
            "framför mig",
            "på plats",
            "omedelbart",
            "sekunder sedan",
            "direktsänd",
            "sekarang",
            "langsung",
            "waktu nyata",
            "barusan",
            "di depan saya",
            "di tempat",
            "detik lalu",
        ),
        "ko/ar/hi/vi: now, live": _words(
            "지금",
            "실시간",
            "라이브",
            "방금",
            "즉시",
            "현장에서",
            "눈앞",
            "الآن",
            "مباشر",
            "بث حي",
            "في الوقت الحقيقي",
            "قبل ثوان",
            "أمامي",
            "فورا",
            "فوراً",
            "حالا",
            "अभी",
            "लाइव",
            "रियल टाइम",
            "तुरंत",
            "सामने",
            "bây giờ",
            "trực tiếp",
            "thời gian thực",
            "vừa xong",
            "ngay lập tức",
            "trước mặt",
            "tại chỗ",
            "ngay tại",
        ),
    }
)
# "still from 20 sec ago", "vor 5 Sekunden", "3 giây trước": captured seconds ago is live
#: the camera is running while the officer asks ("body-worn rolling", "bodycam allumée", "Bodycam
#: läuft", "bodycam ligada", "bodycam staat aan", "ボディカメラ映像をストリーミング中")
REAL_TIME_TRUE["the camera is running"] = (
    r"(?:\bbody-?cam\w*|\bbody-?worn|\bdash-?cam\w*|\bkamer\w*|\bcamera\w*|\bcamara\w*|\btelecamer\w*|камер\w*"
    r"|كاميرا\w*|कैमरा|ボディカメラ|ボディーカメラ|車載カメラ|바디캠|카메라)(?: [\w-]+){0,2}[ :,]*"
    r"(?:\b(?:rolling|running|streaming|recording now|now recording|is recording|still recording|switched on"
    r"|turned on|allumee|en marche|lauft|ist an|eingeschaltet|ligada|encendida|grabando|registrando|accesa"
    r"|staat aan|wlaczona|nagrywa|acik|kayitta|paslagen|igang|menyala|dang bat)\b"
    r"|включена|работает|увімкнена|працює|açık|kayıtta|đang bật|चालू|تعمل|شغالة|映像をストリーミング中"
    r"|ストリーミング中|録画中|켜져 있|녹화 중)"
)
#: "nagrywam kamerą na mundurze", "I'm filming him with my phone": the officer records as he asks
REAL_TIME_TRUE["recording as I ask"] = (
    r"\b(?:nagrywam|i'?m (?:filming|recording) (?:him|her|them|this)|je (?:le |la )?filme|lo estoy grabando"
    r"|ich filme (?:ihn|sie|gerade))\b"
)
REAL_TIME_TRUE["seconds ago: numbers"] = (
    r"\b(?:\d{1,2}|a few|few|couple of|some) ?(?:s|sec|secs|seconds?)\.? ago\b|\b(?:a|one|1) ?min(?:ute)?\.? ago\b"
    r"|\bil y a (?:\d{1,2}|quelques) ?(?:s|sec|secondes?)\b|\bhace (?:\d{1,2}|unos|pocos) ?(?:s|seg|segundos?)\b"
    r"|\bvor (?:\d{1,2}|ein paar|wenigen) ?(?:s|sek|sekunden?)\b|\bha (?:\d{1,2}|uns|poucos) ?(?:s|seg|segundos?)\b"
    r"|\b(?:\d{1,2}|pochi|alcuni) ?(?:s|sec|secondi) fa\b|\b(?:\d{1,2}|een paar|enkele) ?(?:s|sec|seconden) geleden\b"
    r"|\b(?:\d{1,2}|kilka) ?(?:s|sek|sekund\w*) temu\b|\b(?:\d{1,2}|birkac) ?(?:sn|saniye) (?:once|evvel)\b"
    r"|\b(?:\d{1,2}|nagra|ett par) ?(?:s|sek|sekunder) sedan\b|\b(?:\d{1,2}|beberapa) ?(?:dtk|detik) (?:yang )?lalu\b"
    r"|\b(?:\d{1,2}|vai|m\w{1,2}y) ?giay tru\w{1,2}c\b|\d{1,2} ?сек\w* (?:назад|тому)|πριν (?:από )?\d{1,2} ?δευτ|\d{1,2} ?δευτερόλεπτα πριν"
    r"|\d{1,2} ?सेकंड (?:पहले|पूर्व)|قبل \d{1,2} ?ثوان|\d{1,2} ?초 전|\d{1,2} ?秒前"
    r"|\b(?:\d{1,2} |poucos |alguns )?segundos atras\b|\bvan (?:net|zojuist)\b|\bbodycam aan\b"
    r"|\b(?:qu'on|on|nous) vient? d'(?:arreter|interpeller|controler)|\bacabamos de (?:parar|detener|abordar|deter)"
    r"|\babbiamo appena fermato|\b(?:net|zojuist) (?:aangehouden|staande gehouden)|\bgerade angehalten"
)
# "photo from the phone on the street -> face vector -> search the wanted list in seconds"
REAL_TIME_TRUE["results within seconds"] = (
    r"\b(?:(?:with)?in (?:a few )?seconds|en quelques secondes|en (?:pocos )?segundos|in (?:wenigen )?sekunden"
    r"|em (?:poucos )?segundos|in pochi secondi|binnen (?:enkele )?seconden|w (?:kilka )?sekund\w*|saniyeler icinde"
    r"|dalam hitungan detik|inom (?:nagra )?sekunder|trong vai giay)\b"
    r"|за (?:считанные )?секунды|за (?:лічені )?секунди|μέσα σε (?:λίγα )?δευτερόλεπτα|수초 (?:안|내)|数秒で|في ثوان|सेकंडों में"
)
# "a frame every second from the wearable camera": a stream, captured as it happens
REAL_TIME_TRUE["a frame every second"] = (
    r"\b(?:(?:a |one )?(?:frame|image|photo|snapshot|still)s? every (?:1 |one |single )?second"
    r"|every (?:1 |one |single )?second (?:a |one )?(?:frame|image|photo|snapshot|still))\b"
    r"|1秒ごとに(?:フレーム|画像|写真|撮)|毎秒(?:フレーム|画像)|1초마다 (?:프레임|사진|이미지)|каждую секунду (?:кадр|снимок|фото)"
)
# "the photo from my body camera this morning": hours before, not live
REAL_TIME_FALSE["this morning: languages"] = (
    r"\b(?:this morning|earlier this morning|ce matin|esta manana|heute (?:morgen|fruh)|stamattina|vanochtend|dzis rano"
    r"|bu sabah|tadi pagi|i morse|imorse)\b|сегодня утром|сьогодні вранці|σήμερα το πρωί|आज सुबह|صباح اليوم|오늘 아침|今朝"
    r"|s\w{1,2}ng nay"
)
# "four hours ago", "20 minutes ago": captured before, not live (LIVE_S is two minutes)
REAL_TIME_FALSE["hours or many minutes ago: languages"] = (
    r"\b(?:\d{2,3}|ten|fifteen|twenty|thirty|forty|fifty) minutes ago\b"
    r"|\b(?:\d+|an?|one|two|three|four|five|six|several|a few|few) hours? ago\b"
    r"|\bil y a (?:\d+|une|deux|trois|quatre|cinq) heures?\b|\bil y a \d{2} minutes\b"
    r"|\bhace (?:\d+|una|dos|tres|cuatro|cinco|unas) horas?\b|\bhace \d{2} minutos\b"
    r"|\bvor (?:\d+|einer|zwei|drei|vier|funf) stunden?\b|\bvor \d{2} minuten\b"
    r"|\bha (?:\d+|uma|duas|tres|quatro|cinco) horas?\b|\bha \d{2} minutos\b"
    r"|\b(?:\d+|un'|due|tre|quattro|cinque) or[ae] fa\b|\b\d{2} minuti fa\b"
    r"|\b(?:\d+|een|twee|drie|vier|vijf) uur geleden\b|\b\d{2} minuten geleden\b"
    r"|\b(?:\d+|dwie|trzy|cztery|piec) godzin\w* temu\b|\bgodzine temu\b|\b\d{2} minut temu\b"
    r"|\b(?:\d+|два|три|четыре|пять|несколько) час\w* назад|\bчас назад|\b\d{2} минут назад"
    r"|\b(?:\d+|дві|три|чотири|п'ять|кілька) годин\w* тому|\bгодину тому|\b\d{2} хвилин тому"
    r"|\b\d+ saat once\b|\b\d{2} dakika once\b"
    r"|πριν (?:από )?(?:\d+|δύο|τρεις|τέσσερις) ώρες|πριν (?:από )?\d{2} λεπτά"
    r"|\bfor (?:\d+|en|tva|tre|fyra|fem) timm?(?:e|ar) sedan\b|\bfor \d{2} minuter sedan\b"
    r"|\b\d+ jam (?:yang )?lalu\b|\bsudah lewat \d+ jam\b|\b\d{2} menit (?:yang )?lalu\b"
    r"|\b\d+ giờ trước|\b\d{2} phút trước"
    r"|\d+ घंटे पहले|\d{2} मिनट पहले|\d+시간 전|\d{2}분 전|(?:قبل|منذ) \d+ ساع|قبل \d{2} دقيقة|\d+時間前|\d{2}分前"
)
REAL_TIME_FALSE.update(
    {
        "seized, archived": _words(
            "seized footage",
            "seized video",
            "archived footage",
            "saisies",
            "incautad",
            "beschlagnahmt",
            "apreendid",
            "sequestrat",
            "acquisiti agli atti",
            "in beslag genomen",
            "zabezpieczon",
            "押収",
            "изъят",
            "вилучен",
            "el konulan",
            "κατασχεμέν",
            "beslagtag",
            "disita",
            "thu giữ",
            "압수",
            "المضبوط",
            "ضبطت",
            "जब्त",
        ),
        # a recording reviewed afterwards, said in passing ("Auswertung der Bodycam-Aufnahmen",
        # "terugkijken van bodycam-opnames", "rekaman bodycam semalam", "kal raat ki recording")
        "reviewing a recording: more languages": _words(
            "aufnahmen vom",
            "aufnahmen von",
            "aufzeichnung",
            "auswertung der",
            "terugkijk",
            "teruggekeken",
            "opnames van",
            "opname van",
            "rekaman",
            "semalam",
            "kal raat",
            "kal ki",
            "recording se",
            "purani recording",
            "कल रात",
            "रिकॉर्डिंग से",
            "вчорашн",
            "вчерашн",
            "grabación de ayer",
            "gravação de ontem",
            "enregistrement d'hier",
            "registrazione di ieri",
        ),
        "ru/uk/tr/el/sv/id: recorded": _words(
            "видеозапис",
            "запись с камеры",
            "записи с камеры",
            "вчера",
            "вчора",
            "на прошлой неделе",
            "с прошлой",
            "в прошлую",
            "прошлой ночью",
            "позавчера",
            "з минулої",
            "позавчора",
            "минулого тижня",
            "відеозапис",
            "запис з камери",
            "kamera kayd",
            "video kayd",
            "görüntü kayd",
            "dün",
            "dünkü",
            "geçen hafta",
            "βιντεοσκόπ",
            "καταγραφή βίντεο",
            "χθες",
            "την περασμένη εβδομάδα",
            "inspelad",
            "inspelning",
            "igår",
            "förra veckan",
            "förra månaden",
            "förra månadens",
            "förra veckans",
            "förra helgen",
            "i efterhand",
            "της περασμένης",
            "από το πάσχα",
            "quay từ",
            "tuần trước",
            "hôm trước",
            "i går",
            "förra veckan",
            "rekaman",
            "kemarin",
            "minggu lalu",
        ),
        "ko/ar/hi/vi: recorded": _words(
            "녹화",
            "어제",
            "지난주",
            "مقطع مسجل",
            "فيديو مسجل",
            "تسجيل فيديو",
            "أمس",
            "الأسبوع الماضي",
            "रिकॉर्डिंग",
            "रिकॉर्ड किया",
            "कल रात",
            "पिछले हफ्ते",
            "الشهر الماضي",
            "نراجعه",
            "من أرشيف",
            "ghi hình",
            "hôm qua",
            "tuần trước",
        ),
    }
)
MOBILE_TRUE.update(
    {
        "ru/uk/tr/el: body camera, phone, drone": _words(
            "бодикам",
            "нагрудн",
            "носимый видеорегистратор",
            "видеорегистратор",
            "служебн телефон",
            "служебного телефона",
            "служебных телефонов",
            "смартфон",
            "телефон",
            "планшет",
            "дрон",
            "беспилотник",
            "бодікам",
            "нагрудн",
            "відеореєстратор",
            "телефон",
            "смартфон",
            "планшет",
            "yaka kamer",
            "vücut kamer",
            "araç kamer",
            "araç içi kamera",
            "telefon",
            "tablet",
            "dron",
            "κάμερα σώματος",
            "κάμερα στολής",
            "κάμερα αυτοκινήτου",
            "κινητό",
            "κινητά",
            "τηλέφωνο",
            "τάμπλετ",
            "drone",
            "ντρόουν",
        ),
        "sv/id/ko/ar/hi/vi: body camera, phone, drone": _words(
            "kameran i bilen",
            "kamera i bilen",
            "bilkamera",
            "kroppskamer",
            "kroppsburen",
            "bilkamer",
            "mobil",
            "telefon",
            "surfplatt",
            "drönare",
            "kamera tubuh",
            "kamera badan",
            "kamera dasbor",
            "ponsel",
            "hp",
            "telepon",
            "바디캠",
            "웨어러블",
            "블랙박스",
            "휴대폰",
            "핸드폰",
            "스마트폰",
            "태블릿",
            "드론",
            "كاميرا الجسم",
            "كاميرا محمولة",
            "كاميرا السيارة",
            "هاتف",
            "جوال",
            "الجوال",
            "جهاز لوحي",
            "درون",
            "طائرة مسيرة",
            "بدون طيار",
            "बॉडी कैमरा",
            "बॉडीकैम",
            "बॉडी कैम",
            "डैश कैम",
            "डैशकैम",
            "वर्दी कैमरा",
            "फ़ोन",
            "फोन",
            "मोबाइल",
            "ड्रोन",
            "camera đeo",
            "camera áo",
            "camera gắn áo",
            "الكاميرا على صدري",
            "كاميرا على صدري",
            "camera hành trình",
            "điện thoại",
            "máy tính bảng",
            "flycam",
        ),
    }
)
MOBILE_FALSE.update(
    {
        "more languages: fixed camera": _words(
            "σταθερή κάμερα",
            "kamera etle",
            "etle tetap",
            "kamera tetap",
            "camera cố định",
            "camera co dinh",
            "fast kamera",
            "fasta kameran",
            "камера видеонаблюдения",
            "камеры видеонаблюдения",
            "стационарн",
            "стаціонарн",
            "камера відеоспостереження",
            "камери відеоспостереження",
            "güvenlik kamer",
            "mobese",
            "sabit kamera",
            "κάμερα ασφαλείας",
            "κάμερες ασφαλείας",
            "κάμερες παρακολούθησης",
            "övervakningskamer",
            "fast kamera",
            "kamera pengawas",
            "방범카메라",
            "방범 카메라",
            "고정 카메라",
            "كاميرات المراقبة",
            "كاميرا مراقبة",
            "كاميرا ثابتة",
            "सीसीटीवी",
            "camera giám sát",
            "camera an ninh",
        ),
    }
)
UNCONTROLLED_TRUE.update(
    {
        "ru/uk/tr/el: street, patrol, crowd": _words(
            "на улице",
            "патрул",
            "на дороге",
            "толп",
            "митинг",
            "стадион",
            "на площади",
            "на рынке",
            "вокзал",
            "фестивал",
            "концерт",
            "блокпост",
            "пост дпс",
            "на вулиці",
            "натовп",
            "мітинг",
            "стадіон",
            "майдан",
            "на площі",
            "на ринку",
            "sokak",
            "devriye",
            "caddede",
            "kalabalık",
            "miting",
            "gösteri",
            "stadyum",
            "meydan",
            "yol kontrol",
            "uygulama noktası",
            "kontrol noktası",
            "sınır hattı",
            "δρόμο",
            "περιπολ",
            "πλήθος",
            "διαδήλωσ",
            "γήπεδο",
            "πλατεία",
            "μπλόκο",
        ),
        "sv/id/ko/ar/hi/vi: street, patrol, crowd": _words(
            "på gatan",
            "gatan",
            "patrull",
            "folkmassa",
            "demonstration",
            "arena",
            "torget",
            "trafikkontroll",
            "yttre tjänst",
            "di jalan",
            "patroli",
            "razia",
            "kerumunan",
            "unjuk rasa",
            "stadion",
            "alun-alun",
            "pos pemeriksaan",
            "거리",
            "길에서",
            "순찰",
            "검문",
            "집회",
            "시위",
            "경기장",
            "광장",
            "축제",
            "군중",
            "인파",
            "الشارع",
            "دورية",
            "نقطة تفتيش",
            "حشد",
            "مظاهرة",
            "ملعب",
            "ساحة",
            "مهرجان",
            "موسم",
            "كمين",
            "सड़क",
            "गश्त",
            "भीड़",
            "रैली",
            "प्रदर्शन",
            "स्टेडियम",
            "मेला",
            "नाका",
            "चौराहे",
            "đường phố",
            "trên đường",
            "tuần tra",
            "đám đông",
            "biểu tình",
            "sân vận động",
            "lễ hội",
            "chốt",
            "quảng trường",
        ),
    }
)
UNCONTROLLED_FALSE.update(
    {
        "more languages: station, custody": _words(
            "στο τμήμα",
            "αίθουσα εξέτασης",
            "στο γραφείο",
            "phòng tiếp dân",
            "trụ sở",
            "ở đội",
            "ruang penyidik",
            "ruang pemeriksaan",
            "इंटरव्यू रूम",
            "पूछताछ कक्ष",
            "på roteln",
            "izba wytrzeźwień",
            "izbie wytrzeźwień",
            "på stationen",
            "polisstationen",
            "ufficio verbali",
            "al comando",
            "in comando",
            "署で",
            "署内で",
            "в отделе",
            "отделени",
            "ивс",
            "допрос",
            "кабинет следователя",
            "кабинете следователя",
            "кабінет слідчого",
            "дежурн част",
            "у відділку",
            "ітт",
            "кімнат допит",
            "кімнаті допитів",
            "karakol",
            "nezarethane",
            "sorgu odası",
            "ifade odası",
            "ifade odasında",
            "şube binası",
            "emniyet binası",
            "τμήμα",
            "κρατητήρι",
            "αίθουσα ανάκρισης",
            "polisstation",
            "polishuset",
            "förhörsrum",
            "kantor polisi",
            "polsek",
            "arresten",
            "i cellen",
            "지구대",
            "파출소",
            "emniyet müdürlüğü",
            "karakolda",
            "ізолятор",
            "изолятор",
            "polres",
            "ruang interogasi",
            "sel tahanan",
            "경찰서",
            "유치장",
            "조사실",
            "مركز الشرطة",
            "قسم الشرطة",
            "غرفة التحقيق",
            "الحجز",
            "थाने",
            "हवालात",
            "लॉकअप",
            "पूछताछ कक्ष",
            "đồn",
            "trụ sở",
            "phòng hỏi cung",
            "phòng tạm giữ",
            "phòng làm việc",
            "văn phòng",
            "αστυνομικό τμήμα",
            "στο γραφείο",
            "в кабинете",
            "у кабінеті",
            "büroda",
            "ofiste",
            "på kontoret",
            "di kantor",
            "사무실",
            "في المكتب",
            "दफ्तर में",
            "ऑफिस में",
            "w biurze",
            "op kantoor",
            "in ufficio",
            "no escritório",
            "en la oficina",
            "au bureau",
            "im büro",
        ),
    }
)


#: Who cues: the author speaks as, or works for, the police.
POLICE_SELF: dict[str, str] = {
    "police colleague": r"\b(?:my|our) (?:sergeant|sarge|lieutenant|lt|captain|chief of police|watch commander|shift supervisor|partner on patrol|fto|field training officer|precinct|squad|beat|badge|patrol (?:unit|car)|cruiser|department's|detectives?|officers|deputies|troopers)\b",
    "police records": r"\b(?:our|my|the department'?s|the precinct'?s) (?:suspects? (?:database|db|list|file)|mug ?shots?|booking (?:photos|records|system)|arrest records|rms|records management system|cad|warrant list|gang database|hot ?list|bolo list)\b",
    "police work": r"\b(?:i'?m|i am|we are|we're) (?:a |an )?(?:cop|cops|police officer|officers?|deputy|deputies|detective|trooper|patrolman|sheriff'?s deputy|on duty|on shift|on patrol)\b|\bdispatch (?:says|said|advised)\b|\b10-(?:4|28|29)\b|\bbolo\b|\bperp\b",
    "police francais": r"\b(?:mon|notre) (?:brigadier|capitaine|commissaire|equipage|commissariat|chef de poste)\b|\bje suis (?:policier|gendarme|agent de police)\b",
    "policia": r"\b(?:mi|nuestro|nuestra) (?:sargento|comisario|comisaria|patrulla|jefe de turno|companero de patrulla)\b|\bsoy (?:policia|agente|oficial)\b",
    "polizei": r"\b(?:mein|meine|unser|unsere) (?:dienstgruppenleiter|wachleiter|streifenpartner|dienststelle|revier|kollegen von der streife)\b|\bich bin polizist\w*\b",
    "policia pt": r"\b(?:meu|minha|nosso|nossa) (?:sargento|delegado|delegacia|viatura|parceiro de patrulha)\b|\bsou (?:policial|agente)\b",
}
POLICE_SELF["speaks as police: more languages"] = _words(
    "il mio sergente",
    "il mio maresciallo",
    "il nostro comandante",
    "sono un poliziotto",
    "sono un carabiniere",
    "mijn brigadier",
    "onze wachtcommandant",
    "ik ben agent",
    "ik ben politieagent",
    "mój sierżant",
    "nasz dyżurny",
    "jestem policjantem",
    "jestem policjantką",
    "мой сержант",
    "наш дежурный",
    "я полицейский",
    "я сотрудник полиции",
    "мій сержант",
    "наш черговий",
    "я поліцейський",
    "я поліцейська",
    "komiserim",
    "amirim",
    "ben polisim",
    "巡査部長",
    "うちの署",
    "私は警察官",
    "우리 팀장",
    "반장님",
    "저는 경찰",
    "رقيبي",
    "أنا شرطي",
    "نحن الشرطة",
    "मेरे sergeant",
    "मेरे सार्जेंट",
    "मेरे इंस्पेक्टर",
    "मैं पुलिस",
    "mere sergeant",
    "mere inspector",
    "main police",
    "trung sĩ của tôi",
    "đội trưởng của tôi",
    "tôi là công an",
    "tôi là cảnh sát",
    "sersan saya",
    "komandan saya",
    "saya polisi",
    "saya anggota polri",
    "min sergeant",
    "vår insatschef",
    "vakthavande befäl",
    "jag är polis",
    "ο λοχίας μου",
    "ο διοικητής μου",
    "είμαι αστυνομικός",
    "sierżant prosi",
    "sierżant kazał",
    "товарищ майор",
    "товарищ капитан",
    "товарищ лейтенант",
    "наш наряд",
    "наряд сейчас",
    "chefe da esquadra",
    "comandante da esquadra",
    "o meu chefe na esquadra",
    # a rank giving the order, and the force's own suspects list, in the other languages
    "майор велел",
    "майор сказал",
    "майор приказал",
    "нашей базе подозреваемых",
    "нашу базу подозреваемых",
    "нашій базі підозрюваних",
    "警部補",
    "被疑者リスト",
    "팀장님(경위)",
    "경위님",
    "용의자 명단",
    "المقدم طلب",
    "قاعدة المشتبه بهم عندنا",
    "notre fichier de suspects",
    "nuestra base de sospechosos",
    "unsere verdächtigendatei",
    "nossa base de suspeitos",
    "naszej bazie podejrzanych",
    "şüpheli listemiz",
    "daftar tersangka kami",
    "våra misstänkta",
    "der dienstgruppenleiter",
    "polizeilichen verdächtigendatei",
    "verdächtigendatei",
    "o delegado",
    "meu cabo",
    "banco de suspeitos",
    "il maresciallo",
    "archivio sospettati",
    "de wachtcommandant",
    "verdachtenbestand",
    "детектив из нашего отдела",
    "базе подозреваемых",
    "الملازم طلب",
    "المشتبه فيهم عند الشرطة",
    # a police speaker or the force's suspects list, in the 19 languages
    "z wydziału kryminalnego",
    "bazą podejrzanych",
    "bazie podejrzanych",
    "刑事課",
    "被疑者データベース",
    "оперуполномоченный",
    "базой подозреваемых",
    "büro amiriyim",
    "şüpheliler veritabanı",
    "형사입니다",
    "강력계",
    "피의자 db",
    "피의자 데이터베이스",
    "đội tuần tra của tôi",
    "danh sách nghi phạm",
    "mijn wachtcommandant",
    "verdachtenlijst",
    "liste des suspects",
    "fichier des suspects",
    "lista de sospechosos",
    "verdächtigenliste",
    "lista dei sospettati",
    "lista de suspeitos",
    "daftar tersangka",
    "misstänktlistan",
    "λίστα υπόπτων",
    "βάση υπόπτων",
    "قائمة المشتبه بهم",
    "список підозрюваних",
    "базою підозрюваних",
    "संदिग्धों की सूची",
    "संदिग्धों का डेटाबेस",
)
FOR_POLICE: dict[str, str] = {
    "working for police": r"\b(?:for|on behalf of|contracted by|hired by|requested by|asked by|work(?:ing|s)? (?:with|for)|partner(?:ing|ed|s)? with|client is|our client,? (?:the|a)) (?:the |a |an |our )?(?:local |city |county |state )?(?:police(?: department| dept| force)?|pd|sheriff'?s? (?:office|department)|sheriff|detectives?|law enforcement|highway patrol|state police|troopers|precinct|cops)\b"
    # a named department: "we work with Maple City PD", "contracted by the Lake County Sheriff's Office"
    r"|\b(?:work(?:ing|s)? (?:with|for)|partner(?:ing|ed|s)? with|contracted by|hired by|on behalf of|client is) (?:the )?(?:[\w'.-]+ ){1,3}(?:pd|police department|police dept|sheriff'?s? (?:office|department)|police)\b",
}


Cue = tuple[str, re.Pattern[str], tuple[str, ...] | None]


def literal_prefixes(items: Any) -> list[str] | None:
    """Literal prefixes one of which every match of a parsed pattern starts with (None: unknown).

    Used as a cheap gate: when none of them occurs in a text, the pattern cannot match
    and is not run (a substring test costs a fraction of a regex scan).
    """
    out = [""]
    for op, av in items:
        if op is _C.AT:
            continue
        if op is _C.LITERAL:
            out = [p + chr(av) for p in out]
            continue
        if op is _C.SUBPATTERN:
            sub = literal_prefixes(av[3])
            if sub is not None:
                out = [p + x for p in out for x in sub]
            break
        if op is _C.BRANCH:
            subs: list[str] = []
            for branch in av[1]:
                x = literal_prefixes(branch)
                if x is None:
                    return None if any(len(p) < 2 for p in out) else out
                subs.extend(x)
            out = [p + x for p in out for x in subs]
            break
        break
    if any(len(p) < 2 for p in out):
        return None
    return out


class CueTable:
    """A compiled cue table: its patterns, and one Aho-Corasick automaton over their gates.

    Scanning a text is one pass of the automaton (C speed) to find where a gated
    pattern could start, then an anchored `match` there; ungated patterns are scanned
    the ordinary way.
    """

    def __init__(self, table: dict[str, str]) -> None:
        import ahocorasick

        self.cues: list[Cue] = []
        self.ungated: list[int] = []
        #: an ungated pattern scanned only when one of these substrings is in the text
        self.requires: dict[int, tuple[str, ...]] = {}
        self.cjk: set[int] = set()
        by_literal: dict[str, list[int]] = {}
        for i, (name, pattern) in enumerate(table.items()):
            gate = literal_prefixes(_P.parse(pattern))
            self.cues.append((name, re.compile(pattern), tuple(sorted(set(gate))) if gate else None))
            if gate is None:
                self.ungated.append(i)
                if name in REQUIRES:
                    self.requires[i] = REQUIRES[name]
                # a pattern of CJK/Hangul alternatives only cannot match ASCII text; one that also
                # has Latin alternatives ("siapa dia|누구야") must still be scanned
                latin = re.search(r"[a-z]{2}", re.sub(r"\\[a-zA-Z]", "", pattern))
                if any(ord(ch) >= 0x2E80 for ch in pattern) and latin is None:
                    self.cjk.add(i)
            else:
                for literal in set(gate):
                    by_literal.setdefault(literal, []).append(i)
        self.automaton = ahocorasick.Automaton()
        for literal, indices in by_literal.items():
            self.automaton.add_word(literal, (len(literal), tuple(indices)))
        if by_literal:
            self.automaton.make_automaton()
        self._empty = not by_literal

    def matches(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(cue index, match) for the first `MAX_MATCHES` matches of each cue, gated or not, in no
        particular order (a text that repeats one cue thousands of times costs what 64 hits do)."""
        out: list[tuple[int, re.Match[str]]] = []
        ascii_text = text.isascii()
        for i in self.ungated:
            if ascii_text and i in self.cjk:
                continue  # a Japanese pattern cannot match ASCII text
            needed = self.requires.get(i)
            if needed is not None and not any(k in text for k in needed):
                continue  # none of the words every match of this pattern holds
            out.extend((i, m) for m in itertools.islice(self.cues[i][1].finditer(text), MAX_MATCHES))
        if self._empty:
            return out
        tried: set[tuple[int, int]] = set()
        found = [0] * len(self.cues)
        for end, (length, indices) in self.automaton.iter(text):
            start = end - length + 1
            for i in indices:
                if found[i] >= MAX_MATCHES or (i, start) in tried:
                    continue
                tried.add((i, start))
                m = self.cues[i][1].match(text, start)
                if m is not None:
                    found[i] += 1
                    out.append((i, m))
        return out


#: ungated patterns whose every match holds one of these substrings (checked in C before the
#: pattern is scanned): the time words of "hours ago" in every language, a digit for the numbered ones
_DIGITS = tuple("0123456789")
REQUIRES: dict[str, tuple[str, ...]] = {
    "hours or many minutes ago: languages": (
        "ago",
        "il y a",
        "hace",
        "vor ",
        "ha ",
        "fa",
        "geleden",
        "temu",
        "назад",
        "тому",
        "once",
        "πριν",
        "sedan",
        "lalu",
        "lewat",
        "trước",
        "पहले",
        "전",
        "قبل",
        "منذ",
        "前",
    ),
    "days or weeks ago: numbers": _DIGITS,
}
#: matches kept per cue and text: evidence quotes a few, and the decision needs one that stands
MAX_MATCHES = 64


def compile_table(table: dict[str, str]) -> CueTable:
    return CueTable(table)


# ---- what blind split 16 showed (read once, then a development set) ----------------------------
#: a face, a compare word and a set of people to compare against, in one clause: "finds faces and
#: compares them with the folder 'wanted'", "cocokkan setiap wajah di kerumunan dengan daftar",
#: "кожне обличчя водіїв звіряй зі списком" (the technology at work, in code or in words)
_FACE_WORD = (
    r"(?:faces?|visages?|rostros?|caras?|rostos?|volt[oi]|gesicht\w{0,24}|gezicht\w{0,24}|twarz\w{0,24}|ansikte\w{0,24}"
    r"|wajah\w{0,24}|yuz\w{0,24}|khuon mat|guong mat|обличч\w{0,24}|лиц[оа]?|лиц(?:ами|ам)|πρόσωπ\w{0,24}|προσώπ\w{0,24}|चेहर\w{0,24}|얼굴|顔|وجه\w{0,24}|الوجوه)"
)
_COMPARE_WORD = (
    r"(?:compar\w{0,24}|match\w{0,24}|vergleich\w{0,24}|abgleich\w{0,24}|vergelijk\w{0,24}|confront\w{0,24}|porown\w{0,24}|jamfor\w{0,24}|cocokkan|bandingkan"
    r"|karsilastir\w{0,24}|eslestir\w{0,24}|so sanh|doi chieu|сравн\w{0,24}|свер\w{0,24}|звір\w{0,24}|звiр\w{0,24}|порівн\w{0,24}|зіставл\w{0,24}|σύγκρι\w{0,24}|σύγκριση"
    r"|αντιστοίχ\w{0,24}|मिला\w{0,24}|비교|대조|照合|قارن\w{0,24}|مطابق\w{0,24}|طابق\w{0,24})"
)
_PEOPLE_SET = (
    r"(?:\b(?:folders?|lists?|watch ?lists?|database|db|gallery|register|mappe[nt]?|mappa|lista|listy|liste|listen|lijst"
    r"|bazy|baza|bazie|base|banco|daftar|galeri|klasor\w{0,4}|danh sach)\b|папк\w{0,4}|списк\w{0,4}|перелік\w{0,4}|баз[аиуые]\w{0,3}"
    r"|φάκελ\w{0,4}|λίστα|βάση|सूची|डेटाबेस|목록|명단|リスト|名簿|قائمة|قاعدة)"
)
FACES_AGAINST_A_SET = "faces matched against a set of people"
IDENTIFY[FACES_AGAINST_A_SET] = (
    rf"\b{_FACE_WORD}\b[^.?!\n]{{0,60}}{_COMPARE_WORD}[^.?!\n]{{0,60}}{_PEOPLE_SET}"
    rf"|\b{_COMPARE_WORD}[^.?!\n]{{0,40}}\b{_FACE_WORD}\b[^.?!\n]{{0,60}}{_PEOPLE_SET}"
)
#: the technology named after a verb of building it ("implement face search for the detectives",
#: "Реалізуй на бодікамері live-розпізнавання облич", "Υλοποίησε αναζήτηση προσώπων"): the
#: capability is the task, not the topic. Not when policy or training sits between the two words.
_FR_TECH = (
    r"(?:face[ -]?search\w{0,24}|facial[ -]recognition|face[ -]recognition|face[ -]matching|reconnaissance faciale"
    r"|reconocimiento facial|gesichtserkennung|gesichtssuche|reconhecimento facial|riconoscimento facciale"
    r"|gezichtsherkenning|rozpoznawani\w{0,24} twarzy|ansiktsigenkanning|ansiktssokning\w{0,24}|ansiktsmatchning"
    r"|yuz tanima|pengenalan wajah|pencarian wajah|nhan dien khuon mat|αναζήτηση προσώπ\w{0,24}|αναγνώριση προσώπ\w{0,24}"
    r"|распознавани\w{0,24} лиц|поиск\w{0,24} (?:по )?лиц\w{0,24}|розпізнаванн\w{0,24} облич|пошук\w{0,24} (?:за )?облич\w{0,24}"
    r"|चेहरे की पहचान|얼굴 인식|안면 인식|顔認証|顔認識|التعرف على الوجه\w{0,24})"
)
_NOT_POLICY_WORD = (
    r"(?:(?!(?:polic|politi|regul|rules|regel|guideline|richtlin|ban\b|bans\b|sop\b|verbot|moratori|restric"
    r"|training|ethic|etik|etic|memo|audit|assessment|presentation|essay|course|lesson|lecture|article|paper|talk"
    r"|report|slides|class|curricul|module|about|regarding|sobre|uber|sur|over|политик|полiтик|правил|πολιτικ)\w{0,24})"
    r"[\w'-]{1,24} ){0,3}"
)
BUILD_THE_TECHNOLOGY = "build the technology"
GALLERY[BUILD_THE_TECHNOLOGY] = (
    r"(?<!whether to )(?<!not to )(?<!ban on )\b(?:implement|build|develop|deploy|code up|integrate|implementa|implemente"
    r"|implementera|implementeer|implementuj|zaimplementuj|implementasikan|wdroz|bygg|utveckla|desarroll|desenvolv"
    r"|construi|entwickl|realisier|sviluppa|realizza|ontwikkel|bouw|gelistir|xay dung|trien khai|bangun|kembangkan)\w{0,24} "
    + _NOT_POLICY_WORD
    + _FR_TECH
    + r"|(?:реализуй|реалізуй|розроби|разработай|внедри|впровади|побудуй|построй|υλοποίησε|υλοποιήστε|ανάπτυξε)"
    r"[\s\w'-]{0,40}?" + _FR_TECH
)

IDENTIFY.update(
    {
        "who is it: more forms": (
            r"\bwho (?:might|could|would|may) (?:this|that|he|she|it|they) be\b|\bwer (?:ist|war) (?:sie|er)\b"
            r"|\bwie is (?:het|hij|zij|ze|die|deze|dat)\b|\bai [dđ]\w{1,2}y\b|\bch\w{1,2}y (?:khu\w{1,2}n )?m\w{1,2}t (?:qua|trong|v\w{1,2}i)\b"
            r"|\bidentifi(?:e|ez)[- ](?:le|la|les)\b|\bustal\w{0,24} (?:jego |jej |ich )?tozsamos\w{0,24}"
            r"|\b(?:quem|qual) (?:e|sao) (?:o |os |a |um )?(?:foragid|procurad)\w{0,24}|\b(?:e foragid|eh foragid|sao foragid)[oa]s?\b"
            r"|\bstaat (?:hij|zij|ze|deze|die|dit)(?: [\w'-]{1,24}){0,2} (?:in|op) (?:het|de) (?:[\w'-]{1,24} )?"
            r"(?:opsporingsregister|register|lijst|systeem|databank|database)\b"
            r"|\bkto (?:najlepiej|najbardziej) (?:pasuje|odpowiada)\b|\bwho (?:best )?(?:matches|fits)(?: (?:it|this|that|the description))?(?: best)?\b"
            r"|\bporownaj\w{0,24} z (?:[\w'-]{1,24} ){0,2}(?:kartotek|bazami|baza|zdjeciami zatrzyman)\w{0,24}"
            r"|\b(?:face|he|she) (?:appears|shows up) (?:[\w'-]{1,24} ){0,4}in (?:our|the) (?:records|files|database|system)\b"
            r"|εμφανίζεται (?:[\w-]{1,24} ){0,4}(?:στα αρχεία|στη βάση|στο αρχείο|στο σύστημα)"
        ),
    }
)
VERIFY.update(
    {
        # "sag mir, ob das Gesicht auf dem Ausweis zum Festgenommenen passt", "zeg of het gezicht erop
        # overeenkomt met de arrestant", "dis-moi si le visage correspond"
        "whether the face matches: more languages": (
            r"\b(?:ob|of|si|se|whether|if|czy|om) (?:das|het|le|el|la|o|il|the|his|her|sein|ihr|zijn|haar|twarz|ansiktet)? ?"
            r"(?:gesicht|gezicht|visage|rostro|cara|rosto|volto|face|twarz|ansiktet)\b(?: [\w'-]{1,24}){0,8} "
            r"(?:passt|ubereinstimmt|uberein|overeenkomt|past|klopt|correspond\w{0,24}|coincid\w{0,24}|bate|confere|corrispond\w{0,24}|matches|pasuje|stammer"
            r"|(?:e|es|est|ist|is|jest|ar) (?:o |el |le |lo |la |a |de |het )?(?:mesm[oa]|mism[oa]|meme|derselbe|dieselbe|dezelfde|stess[oa]|ten sam|samma))\b"
        ),
    }
)
NOT_RECOGNITION.update(
    {
        # "só lê o nome da carteira de motorista", "alleen de naam van het rijbewijs aflezen"
        "read the card: blind 16": (
            r"\b(?:le|leia|ler|lê) (?:so )?(?:o|os) (?:nome|dados|numero)\b|\b(?:naam|gegevens|geboortedatum|nummer) "
            r"(?:van|op|uit) (?:het|de|dat|die) (?:rijbewijs|paspoort|id-kaart|identiteitskaart|legitimatie|id)\b(?: [\w'-]{1,24}){0,2} "
            r"(?:aflezen|lezen|overnemen|overtypen)\b"
        ),
        # "пробей номер по базе угнанных": a plate against the stolen-vehicle list, not a face
        "read the plate: blind 16": r"(?:пробей|пробий|проверь|перевір)\w{0,24} (?:[\w-]{1,24} )?(?:номер|госномер|номерн\w{0,24})|угнанн\w{0,24}|викраден\w{0,24} (?:авто|машин)\w{0,24}",
        # "Вік і емоційний стан людини на кадрі?": attributes, not identity
        "attributes: blind 16": r"(?:вік|возраст)\w{0,24} (?:[\w-]{1,24} ){0,2}(?:емоці|эмоци)\w{0,24}|(?:емоці|эмоци)\w{0,24} (?:стан|состояни)\w{0,24}",
        # "Buatkan materi pelatihan ... tentang etika": training material about the technology
        "writing work: blind 16": r"\b(?:buatkan|buat|susun|tulis)\w{0,24} (?:[\w-]{1,24} ){0,2}(?:materi|modul|bahan) (?:pelatihan|ajar|sosialisasi)\b|\bmateri pelatihan\b",
    }
)
REAL_TIME_FALSE.update(
    {
        # "запис учорашньої погоні", "вчерашняя запись": yesterday's recording
        "yesterday's: uk/ru": r"(?:учорашн|вчорашн|позавчорашн|вчерашн|позавчерашн)\w{0,24}",
    }
)
MOBILE_FALSE.update(
    {
        # "Cámara del C5 (fija)", "(fixed)": the camera said to be fixed in a parenthesis
        "fixed, in brackets": r"\((?:fij[ao]|fixe|fest|fixa|fiss[ao]|vast|fixed|stationary|stacjonarn\w{0,24})\)",
    }
)
REAL_TIME_TRUE.update(
    {
        # "いま路上で職務質問している人物": the person being questioned on the street now
        "ja: now, on the street": r"(?:いま|今)(?:まさに)?(?:路上|現場|目の前)|職務質問(?:している|中)",
    }
)
GALLERY.update(
    {
        # "semua foto KTM mahasiswa di-embed ke vector DB supaya petugas bisa cari pelaku": identity-card
        # photos turned into vectors to search people with
        "identity photos into vectors": (
            r"\bfoto (?:ktp|ktm|sim|paspor|kartu [\w-]{1,24})\w{0,24} (?:[\w-]{1,24} ){0,5}(?:di-?embed|embedding|vektor|vector)"
            r"|\b(?:id|student|licen[cs]e|passport|employee|staff)(?: card)? (?:photos?|pictures|headshots) (?:[\w-]{1,24} ){0,5}(?:embed\w{0,24}|vectors?|faiss)\b"
        ),
    }
)
UNCONTROLLED_FALSE.update(
    {
        # "交番の中で": inside a police box
        "ja: police box": r"交番(?:の中|内|で|の奥|の休憩室|の2階|の二階)|(?:署|警察署)の(?:休憩室|保護室|待合室)|保護室",
    }
)
UNCONTROLLED_TRUE.update(
    {
        # "op het Stationsplein", "Museumplein": a public square
        "nl: square": r"\b\w{0,24}plein\b",
    }
)

# ---- what blind split 17 showed (read once, then a development set) ----------------------------
_WHICH = (
    r"(?:which|welche\w{0,24}|welk\w{0,24}|lequel|laquelle|quel(?:le|s|les)?\b|cual|qual|quale|quali|ktor\w{0,24}|vilken|vilket|hangi|mana|какой|какая|"
    r"который|яки\w{0,24}|котр\w{0,24}|ποιο\w{0,24}|ποια|어느|どの|أي|कौन सा)"
)
_GRID = (
    r"(?:\bgrid\b|\bsheet\b|line-?up|\braster\b|planche|matrix|tableau|rejilla|cuadricula|\bgrade\b|griglia|foglio|rooster|siatk\w{0,24}"
    r"|rutnat\w{0,24}|izgara\w{0,24}|sayfa\w{0,24}|lembar|сетк\w{0,24}|сітк\w{0,24}|πλέγμα|격자|시트|グリッド|シート|شبكة|ग्रिड)"
)
IDENTIFY.update(
    {
        # "welche Nummer im Raster passt zum Foto?", "welk vakje in het raster is deze persoon?", "lequel des
        # visages de cette planche a la même forme ?": which one of a sheet of faces, asked of a picture
        "which one in the grid": rf"\b{_WHICH}\b[^.?!\n]{{0,40}}{_GRID}|\b{_GRID}\b[^.?!\n]{{0,30}}\b{_WHICH}\b",
        # "dime tú quién es por la cara", "vê pelo rosto quem é": who someone is, read from the face
        "who, by the face": (
            r"\b(?:quien|quem|qui|wer|chi|kto|who|kim|siapa|vem)\b"
            r"[^.?!\n]{0,40}\b(?:por la cara|pelo rosto|par (?:le|son) visage|am gesicht|anhand (?:des|seines|ihres) gesicht\w{0,24}"
            r"|dal volto|aan (?:het|zijn|haar) gezicht|po twarzy|by (?:his|her|the) face|from (?:his|her|the) face)\b"
            r"|\b(?:por la cara|pelo rosto|par (?:le|son) visage|dal volto|by (?:his|her|the) face|from (?:his|her|the) face)"
            r"[^.?!\n]{0,40}\b(?:quien|quem|qui|chi|who)\b"
            r"|(?:по лицу|за обличчям)[^.?!\n]{0,30}(?:кто|хто)|(?:кто|хто)[^.?!\n]{0,30}(?:по лицу|за обличчям)"
        ),
        "who is it: blind 17": (
            r"\bwho (?:dis|dat|this)\b|\bconfront\w{0,24} (?:[\w'-]{1,24} ){0,2}(?:col|coi|con (?:il|la|i|gli)) "
            r"(?:cartellin\w{0,24}|segnaletic\w{0,24}|fotosegnalet\w{0,24}|schedat\w{0,24}|ricercat\w{0,24})"
            r"|\bconfronto con (?:i |gli )?(?:ricercat|segnalat|schedat)\w{0,24}|\be colpit[oa] da (?:ordine|mandato)\b"
            r"|\beslesme (?:dondur|bul|ver)\w{0,24}|eşleşme (?:döndür|bul|ver)\w{0,24}|\bsab[ıi]kal[ıi]lar aras[ıi]nda"
            r"|\b(?:bu adam|bu kadin|bu kadın|bu kisi|bu kişi|bu sahis|bu sahıs|adam|kadin|kadın|kisi|kişi|sahis|sahıs|şahıs)\w{0,24} ad[ıi]\w{0,24} ne\b"
            r"|\bquale (?:detenut|arrestat|schedat|ricercat)\w{0,24} (?:[\w'-]{1,24} ){0,6}(?:ha|e) (?:questo|quel) (?:volto|viso)\b"
            r"|\bwhich (?:inmate|prisoner|arrestee|suspect|detainee) (?:[\w'-]{1,24} ){0,6}(?:has|is) (?:this|that) face\b"
            r"|顔と(?:比べ|比較)|顔を(?:比べ|比較)|一番似て"
            # a form with a field for the person a picture matched ("matched_inmate_name: ???")
            r"|\bmatched_\w{0,24}(?:name|inmate|person|suspect|arrestee)\w{0,24}|_correspondente\b|_correspondiente\b|_corrispondente\b"
        ),
    }
)
VERIFY.update(
    {
        # "첨부 두 얼굴이 같은 사람일 확률", "نسبة التطابق بين الوجهين": two faces, the same person or not
        "same person: ko/ar": r"같은 사람|동일인|동일 인물|نسبة التطابق|التطابق بين الوج\w{0,24}|تطابق الوج\w{0,24}",
    }
)
UNCONTROLLED_FALSE.update(
    {
        "station: blind 17": (
            r"\bau poste\b|\bposte de police\b|\bizb\w{0,24} zatrzyman\w{0,24}"
            r"|\b(?:not|nie|pas|nicht|no|nao|non|niet|inte) (?:na |on |dans |auf |en |in |op |pa )?(?:the |la |der |el |a |de )?"
            r"(?:ulicy|ulicach|street|rue|strasse|calle|rua|strada|straat|gatan)\b|\bне на улице\b|\bне на вулиці\b"
        ),
    }
)
REAL_TIME_TRUE.update(
    {
        "fr: a minute ago": r"\bil y a (?:une|1|2|deux|trois|quelques|\d+) (?:seconde|minute)s?\b",
    }
)
REAL_TIME_FALSE.update(
    {
        "ko: recorded": r"촬영본|녹화본|녹화 ?영상|녹화된",
    }
)
ONE_TO_N = "1:N search"
GALLERY.update(
    {
        # "enrol при бронюванні + пошук 1:N", "menguji pencarian 1:N": a one-to-many face search
        ONE_TO_N: (
            r"\b1\s*:\s*n\b[^.?!\n]{0,30}(?:search|such|recherch|busqued|pesquis|ricerc|zoek|wyszuk|пошук|поиск"
            r"|arama|검색|検索|بحث|खोज|tim kiem|pencarian|sokning|αναζήτησ|match|abgleich)"
            r"|(?:search|such|recherch|busqued|pesquis|ricerc|zoek|wyszuk|пошук|поиск|arama|검색|検索|بحث|खोज|tim kiem"
            r"|pencarian|sokning|αναζήτησ|match|abgleich)\w{0,24}[^.?!\n]{0,20}\b1\s*:\s*n\b"
        ),
        "enrol faces: more languages": (
            r"\bmendaftarkan (?:[\w()-]{1,24} ){0,3}(?:\d+ )?foto (?:tahanan|wajah|napi|tersangka)\w{0,24}"
            r"|\b(?:sok|soka|söka)\w{0,24} (?:bland|i) (?:alla )?(?:[\w-]{1,24} )?(?:korkortsfoto|passfoto|id-?foto)\w{0,24}"
        ),
    }
)
NOT_RECOGNITION.update(
    {
        "blur faces: uk/ru": r"(?:заблюр|розмит|размыт|замаск|заретуш|пікселіз|пикселиз)\w{0,24} (?:[\w-]{1,24} ){0,2}(?:облич|лиц)\w{0,24}",
        "attributes: el": r"συναισθηματικ\w{0,24} κατάστασ\w{0,24}|(?:ηλικία|φύλο) (?:και|ή) (?:συναισθ|διάθεσ)\w{0,24}",
    }
)
IDENTIFY.update(
    {
        "identify: uk/ru verbs": r"(?<!не )(?:ідентифікуй|ідентифікувати|идентифицируй|идентифицировать)\b(?! (?:\w{1,24} )?(?:не|ні) (?:треба|потрібно|нужно|надо))",
    }
)
VERIFY.update(
    {
        # "хто з людей на аркуші фото збігається з обличчям підозрюваного": matches the face
        "matches the face: uk/ru": r"(?:збіга\w{0,24}|співпада\w{0,24}|совпада\w{0,24}) (?:з|із|с|со) (?:облич\w{0,24}|лиц\w{0,24})",
    }
)
NOT_RECOGNITION.update(
    {
        # "dime dónde están las caras para difuminarlas", "les visages pour les flouter": the faces, then the blur
        "blur faces: the face first": (
            r"\b(?:caras|rostros|rostos|visages|volti|gezichten|twarze)\b(?: [\w'-]{1,24}){0,3} (?:para|pour|per|om|aby|zeby) "
            r"(?:(?:los|las|les|le|la|lo|i|o|a|os|as|ze|je) )?(?:difumin|pixel|tap|ocult|borr|desfoc|flout|sfoc|oscur|vervag|blur|rozmy|zamaz)\w{0,24}"
        ),
    }
)

# ---- what blind split 18 showed (read once, then a development set) ----------------------------
IDENTIFY.update(
    {
        "who is it: blind 18": (
            # "Encuentra a esta mujer en la base de datos de personas fichadas"
            r"\b(?:encuentra|busca|find|locate|trouve|cherche|finde|suche|trova|cerca|zoek|znajdz)\w{0,24} (?:a )?"
            r"(?:esta|este|this|cette|ce|diese[nr]?|questa|questo|deze|dit|ta|tego|te) (?:mujer|hombre|persona|man|woman"
            r"|person|guy|femme|homme|frau|mann|donna|uomo|vrouw|kobiet\w{0,24}|mezczyzn\w{0,24}|osob\w{0,24})\b[^.?!\n]{0,40}"
            r"\b(?:base|database|records|fichier|datenbank|banca dati|bestand|bazie|registr\w{0,24}|kartotek\w{0,24}|sistema|system)\b"
            # "ele tá no sistema?", "compara o rosto", "matche les visages", "Gesicht gegen EKIS checken"
            r"|\b(?:ele|ela) (?:ta|esta|tá|está) no sistema\b|\bcompar\w{0,24} (?:o|el|le|il|het|den|das) (?:rosto|rostro|visage|volto|gezicht|gesicht)\b"
            r"|\bmatche[ra]? (?:les |le |los |os |i )?(?:visages?|rostros?|rostos|volti|faces)\b|\bmatcha\b"
            r"|\b(?:individus|personnes|gens) fiches\b|\bdaspat\w{0,24}|\bgesicht\w{0,24} gegen [\w-]{1,24}(?: [\w-]{1,24})? (?:checken|prufen|abgleichen|laufen lassen)\b"
            r"|\byuzunden kim|yüzünden kim|\bsale en [\w ]{0,30} por la cara\b"
            r"|مطلوب\s*[؟?]|手配(?:リスト|者|写真)?(?:と|に|を)?照合"
        ),
    }
)
VERIFY.update(
    {
        "same person: ru/uk": r"один и тот же (?:человек|мужчина|парень)|одна и та же (?:женщина|девушка)|та сама (?:людина|особа)|той самий (?:чоловік|хлопець)",
    }
)
GALLERY.update(
    {
        # "Podaj 512 liczb opisujących geometrię tej twarzy (wektor cech)": a face template by another name
        "face as numbers: pl": r"\b\d{2,4} liczb\w{0,24} (?:[\w-]{1,24} ){0,3}twarz\w{0,24}|\bwektor\w{0,24} cech\w{0,24} (?:[\w-]{1,24} ){0,3}twarz\w{0,24}|\btwarz\w{0,24} (?:[\w-]{1,24} ){0,3}wektor\w{0,24} cech\w{0,24}",
    }
)
NOT_RECOGNITION.update(
    {
        "objects, not people": r"\b(?:unattended|abandoned|left(?:-| )behind) (?:bags?|luggage|packages?|items?|objects?|suitcases?)\b|\bignore (?:the )?people\b",
        "blur faces: ar": r"(?:نموه|نموّه|تمويه|طمس|تشويش|إخفاء)\w{0,24} (?:[\w]{1,24} ){0,2}(?:وجوه|الوجوه|وجه)",
    }
)
NOT_RECOGNITION["writing work: blind 16"] += (
    r"|\b(?:revis|corrig|correg)\w{0,24} (?:a |o |la |el |le |il )?(?:gramatica|ortografia|grammaire|orthographe|grammatica|redacao|redaccion)\b"
    r"|لخّص|لخّصي"
)
REAL_TIME_TRUE.update(
    {
        "live: blind 18": (
            r"\b(?:gravando|filmando) agora\b|\bgrabando ahora\b|\b(?:e|sta) qui davanti\b|\bqui davanti\b"
            r"|\b(?:smart ?glasses|datenbrille)\w{0,24} (?:lauf\w{0,24}|an|aktiv)\b|живий потік|живого потоку|живим потоком"
        ),
    }
)
MOBILE_TRUE.update(
    {
        "mobile: blind 18": (
            r"\bhandcamera\b|\bhandcam\b|\bcamera (?:do|no) colete\b|\bcamara del chaleco\b|\bcamera sul giubbotto\b"
            r"|\bcamera op (?:de|het|mijn|zijn) (?:borst|vest)\b|\bborstcamera\b|\bcamera embarcada\b|\bcamara embarcada\b"
        ),
    }
)
GALLERY.update(
    {
        # "128-мерный дескриптор лица", "διάνυσμα χαρακτηριστικών του προσώπου", "متجه الخصائص 128 رقم لهالوجه"
        "face as numbers: more languages": (
            r"дескриптор\w{0,24} (?:[\w-]{1,24} ){0,2}лиц\w{0,24}|\bвектор\w{0,24} (?:признак|ознак)\w{0,24} (?:[\w-]{1,24} ){0,2}(?:лиц|обличч)\w{0,24}"
            r"|διάνυσμα χαρακτηριστικών (?:[\w]{1,24} ){0,2}προσώπ\w{0,24}|متجه (?:ال)?خصائص|\b\d{2,4} (?:sayi|sayı|số|angka|tal|getallen|zahlen|nombres|numeros|números|numeri) "
            r"(?:[\w-]{1,24} ){0,4}(?:yuz|yüz|khuon mat|khuôn mặt|wajah|ansikte|gezicht|gesicht|visage|rostro|rosto|volto)\w{0,24}"
        ),
    }
)
IDENTIFY.update(
    {
        "who is it: blind 18, more": (
            r"\bktory (?:numer )?najlepiej pasuje|\bnajlepiej pasuje do (?:tej |jego |jej )?twarzy"
            r"|\bmais parecid\w{0,24} pelo rosto|\bmas parecid\w{0,24} por la cara|\bmost similar by (?:the |his |her )?face"
        ),
    }
)
VERIFY.update(
    {
        # "jämför kioskfoto med bokningsfoto", "σύγκριση φωτό kiosk με φωτό σύλληψης": a photo against a booking photo
        "a photo against a booking photo": (
            r"\b(?:jamfor|compare|vergleich|vergelijk|compar|confront|porown)\w{0,24} (?:[\w-]{1,24} ){0,2}\w{0,24}(?:foto|photo)\w{0,24} "
            r"(?:med|with|mit|met|con|com|z|avec|against|mot) (?:[\w-]{1,24} ){0,2}(?:boknings|booking|buchungs|boekings|arrest"
            r"|mugshot|fichaje|segnalet)\w{0,24}|σύγκριση φωτ\w{0,24} (?:[\w-]{1,24} ){0,2}με φωτ\w{0,24} (?:σύλληψ|κράτησ)\w{0,24}"
        ),
    }
)
IDENTIFY["who is it: blind 18, more"] += r"|\bkenali (?:orang|wajah|pria|wanita|pelaku)\b"
MOBILE_TRUE["mobile: blind 18"] += r"|\btelecamera (?:addosso|indossabile|indossata)\b"
NOT_RECOGNITION.update(
    {
        # "Kontrollera bildkvaliteten på fotoarket", "Έλεγχος ποιότητας", "Оціни якість фото": image quality
        "image quality: more languages": (
            r"\bbildkvalitet\w{0,24}|\b(?:image|photo|picture) quality\b|\bqualite (?:de l'image|des photos|photo)\b|\bbildqualitat\b"
            r"|\bcalidad de (?:la )?(?:imagen|foto)\w{0,24}|\bqualidade da (?:imagem|foto)\w{0,24}|\bqualita (?:dell'immagine|delle foto)\b"
            r"|\bbeeldkwaliteit\b|\bjakosc zdjec\w{0,24}|качество фото\w{0,24}|якість фото|έλεγχος ποιότητας|ποιότητα (?:της )?φωτογραφ\w{0,24}"
            r"|\bchat luong anh\b|chất lượng ảnh|\bkualitas foto\b|\bfotograf kalitesi\b|画質|화질|جودة الصورة|इमेज क्वालिटी"
        ),
        # "Ingen jämförelse", "Καμία σύγκριση", "Без порівняння облич": no comparison asked
        "no comparison": (
            r"\bingen jamforelse\b|καμία σύγκριση|καμια συγκριση|без порівняння|без сравнения|\bsans comparaison\b"
            r"|\bsin compar\w{0,24}|\bsem compar\w{0,24}|\bsenza confronto\b|\bgeen vergelijking\b|\bbez porownania\b"
            r"|\bno comparison\b|\bkein(?:en)? abgleich\b"
        ),
        # a missing-person poster *written* ("afiş metni yaz", "write a missing-person flyer"), not one
        # compared against ("is he the man from the missing-person flyer?")
        "missing-person poster": (
            r"\b(?:write|make|create|draft|design|prepare|yaz|hazirla|erstell|schreib|redige|ecris|crea|escrib|redact"
            r"|scriv|maak|schrijf|napisz|przygotuj)\w{0,24} (?:[\w'-]{1,24} ){0,3}(?:a |an |the |un |une |ein |een )?"
            r"(?:missing[- ]person (?:poster|flyer|notice|appeal)|avis de disparition|vermisstenplakat\w{0,24}"
            r"|cartel de (?:persona )?desaparecid\w{0,24}|cartaz de desaparecid\w{0,24}|vermissingsaffiche)\b"
            r"|\bkay[ıi]p ki[sş]i (?:ilan|afi[sş])\w{0,24}[^.?!\n]{0,80}\b(?:afi[sş] metni|metni yaz|yaz)\w{0,24}"
        ),
    }
)
NOT_RECOGNITION["writing work: blind 16"] += (
    r"|γράψε σχέδιο|σχέδιο εκπαίδευσης|εκπαιδευτικ\w{0,24} υλικ\w{0,24}"
)

# ---- what blind split 19 showed, after its one read (blind split 20 measures these) --------------
IDENTIFY.update(
    {
        "who is it: blind 19": (
            # "Demande d'identification n° 26-117 : individu sur le cliché", "Identificatieverzoek"
            r"\bdemande d'identification\b|\bpedido de identifica\w{0,24}|\bidentificatieverzoek\w{0,24}|\bsolicitud de identificaci\w{0,24}"
            r"|\bidentifizierungsanfrage\b|\brichiesta di identificazione\b|\bidentification request\b"
            r"|\bidentite probable\b|\bidentidade provavel\b|\bidentidad probable\b|\bprobable identity\b"
            r"|\bvermoedelijke identiteit\b|\bwahrscheinliche identitat\b"
            # "welches der Häftlingsfotos ähnelt dem Gesicht am meisten", "lijkt het meest op"
            r"|\bahnelt\w{0,24} (?:[\w-]{1,24} ){0,5}am meisten\b|\bam ahnlichsten\b|\bresembles (?:[\w-]{1,24} ){0,5}(?:the )?most\b"
            r"|\bse parece (?:mas|mais)\b|\bsomiglia di piu\b|\blijkt het meest\b"
            # Hinglish: "hamare records me iska chehra kisi se milta hai?", "arrest hue logon se pehchaano"
            r"|\bchehr\w{0,24} (?:[\w-]{1,24} ){0,4}milta\b|\brecords? me (?:[\w-]{1,24} ){0,3}milta\b|\bpehchaano\b|\bpehchano\b|\bpehchan lo\b"
            r"|\bchehre ka (?:[\w-]{1,24} )?(?:vector|embedding)\w{0,24}|\bsabse paas\b"
            # "назови имя человека на кадре", "podaj imię i nazwisko osoby widocznej"
            r"|назови (?:его |её )?имя (?:человека|мужчины|женщины)|\bpodaj imie i nazwisko osoby\b"
            r"|\bwie (?:[\w'-]{1,24} ){0,4}is volgens (?:onze|de) (?:registraties?|bestanden|systemen|databank)\b"
            r"|\bwho (?:this|he|she|the [\w-]{1,24}) is (?:according to|in|from) our records\b|\bqui c'est\b"
            r"|逮捕記録に(?:ある|いる)"
        ),
        # a deployer's instructions to call a face-search tool on every picture ("call search_booking_photos
        # first and answer with the name"): the workflow is the ask when a picture is in play
        "instructions call a face search": (
            r"(?:call|use|run|invoke|anropa|κάλεσε|καλεσε|panggil|llama|appelle|rufe|chiama|roep|wywolaj|вызови|виклич"
            r"|cagir|çağır|호출|呼び出|استدع|कॉल)\w{0,24}[^.\n]{0,40}\b(?:search_booking_photos|face_search|match_face\w{0,24}"
            r"|search_mugshots|lookup_person_by_photo|find_face\w{0,24}|identify_face\w{0,24}|face_lookup|search_faces?"
            # any tool named for finding who a face is: identifier_visage, buscar_rostro, gesicht_suchen
            r"|\w{0,16}(?:identif|recogn|reconna|reconhec|riconosc|erkenn|herken|rozpozn|match|search|lookup|find|such|busca|cerca|zoek|szuka)\w{0,8}"
            r"_(?:visage|face|faces|rosto|cara|volto|gesicht|gezicht|twarz\w{0,2}|yuz|wajah|mat|lico|лиц\w{0,2}|облич\w{0,2})\w{0,16}"
            r"|(?:visage|face|rosto|cara|volto|gesicht|gezicht|twarz|yuz|wajah)_(?:identif|recogn|reconna|reconhec|riconosc|erkenn|herken|rozpozn|match"
            r"|search|lookup|find|such|busca|cerca|zoek|szuka)\w{0,16})\b"
        ),
    }
)
GALLERY.update(
    {
        "face gallery: uk/ru": r"галере\w{0,24} (?:[\w-]{1,24} ){0,2}(?:облич|лиц)\w{0,24}",
    }
)

# ---- what blind split 20 showed, after its one read (blind split 21 measures these) --------------
REAL_TIME_FALSE.update(
    {
        # "10 дней назад", "z minionego miesiąca", "3 gün önce", "先月", "지난달", "قبل أسبوع": days, weeks or
        # months before the request, or looked at after the event — a recording, not a live capture
        "days or weeks ago: languages": (
            r"\b(?:two|three|four|five|six|ten|a few|several) (?:days?|weeks?|months?) ago\b"
            r"|\bil y a (?:\d{1,3}|deux|trois|quatre|cinq|quelques|une|un) (?:jours?|semaines?|mois)\b"
            r"|\bhace (?:\d{1,3}|dos|tres|cuatro|cinco|unos|unas|una|un) (?:dias?|semanas?|mes(?:es)?)\b"
            r"|\bvor (?:\d{1,3}|zwei|drei|vier|funf|einigen|einer|einem) (?:tagen|wochen?|monaten?)\b"
            r"|\bha (?:\d{1,3}|dois|duas|tres|quatro|cinco|uns|umas|uma|um) (?:dias?|semanas?|mes(?:es)?)\b"
            r"|\b(?:due|tre|quattro|cinque|qualche|una) (?:giorni|settimane?|mes[ei]) fa\b|\bun mese fa\b"
            r"|\b(?:twee|drie|vier|vijf|een paar|een) (?:dagen|weken|week|maanden?) geleden\b"
            r"|\b(?:dwa|dwie|trzy|cztery|piec|kilka) (?:dni|tygodni\w{0,3}|miesi\w{0,8}) temu\b|\btydzien temu\b|\bmiesiac temu\b"
            r"|\b(?:два|три|четыре|пять|несколько) (?:дн\w{0,3}|недел\w{0,3}|месяц\w{0,3}) назад|\bнеделю назад|\bмесяц назад"
            r"|\b(?:два|дві|три|чотири|п'ять|кілька) (?:дн\w{0,3}|тижн\w{0,3}|місяц\w{0,3}) тому|\bтиждень тому|\bмісяць тому"
            r"|\bgecen ay\b|\bgeçen ay\b|\bgeriye donuk\b|\bgeriye dönük\b"
            r"|πριν (?:από )?(?:δύο|τρεις|τέσσερις|μερικές) (?:μέρες|ημέρες|εβδομάδες|μήνες)|τον περασμένο μήνα|εκ των υστέρων"
            r"|\bfor (?:tva|tre|fyra|fem|ett par|en) (?:dagar|veckor|vecka|manader|månader|manad|månad) sedan\b"
            r"|\bbulan lalu\b|\btháng trước|पिछले महीने|\bpichhle (?:hafte|mahine)\b"
            r"|지난 ?달|지난 ?주|先月|先週"
            r"|(?:قبل|منذ) (?:أيام|يومين|أسبوع|أسبوعين|شهر|شهرين|أشهر)|بأثر رجعي"
        ),
        # the same with a number: one pattern that starts at the digits ("10 дней назад", "3 gün önce", "3日前")
        "days or weeks ago: numbers": (
            r"\d{1,3} ?(?:days?|weeks?|months?) ago\b|\d{1,3} (?:giorni|settimane?|mes[ei]) fa\b|\d{1,3} (?:dagen|weken|maanden?) geleden\b"
            r"|\d{1,3} (?:dni|tygodni\w{0,3}|miesi\w{0,8}) temu\b|\d{1,3} (?:дн\w{0,3}|недел\w{0,3}|месяц\w{0,3}) назад"
            r"|\d{1,3} (?:дн\w{0,3}|тижн\w{0,3}|місяц\w{0,3}) тому|\d{1,3} (?:gun|hafta|ay) once\b|\d{1,3} (?:ημέρες|μέρες|εβδομάδες|μήνες)"
            r"|\d{1,3} (?:dagar|veckor|manader|månader) sedan\b|\d{1,3} (?:hari|minggu|bulan) (?:yang )?lalu\b|\d{1,3} (?:ngày|tuần|tháng) trước"
            r"|\d{1,3} (?:दिन|हफ्ते|हफ़्ते|महीने) पहले|\d{1,3} (?:din|hafte|mahine) pehle\b|\d{1,3} ?(?:일|주|달|개월) ?전"
            r"|\d{1,3} ?(?:日|週間|か月|ヶ月|カ月) ?前|(?:قبل|منذ) \d{1,3} (?:أيام|يوم|أسابيع|أسبوع|أشهر|شهر)"
            r"|\d{1,3} (?:gun|gün) sonra\b"
        ),
        "after the event: languages": _words(
            "retrospektywn",
            "po fakcie",
            "w zeszłą",
            "w zeszły",
            "zeszłego tygodnia",
            "zeszłego miesiąca",
            "w zeszłym",
            "z zeszłego",
            "z ubiegłego",
            "w ubiegł",
            "z minionego",
            "разбор после",
            "после событий",
            "после инцидента",
            "прошлой недели",
            "прошлого месяца",
            "в прошлом месяце",
            "прошлых выходных",
            "задним числом",
            "архивн",
            "з минулого місяця",
            "минулого місяця",
            "минулої суботи",
            "минулих вихідних",
            "після події",
            "архівн",
            "im nachhinein",
            "nachträglich",
            "rückblickend",
            "letzte woche",
            "letzten monat",
            "vergangene woche",
            "vergangenen monat",
            "la semaine dernière",
            "le mois dernier",
            "a posteriori",
            "après coup",
            "rétrospectiv",
            "la semana pasada",
            "el mes pasado",
            "retrospectiv",
            "semana passada",
            "mês passado",
            "la settimana scorsa",
            "il mese scorso",
            "retrospettiv",
            "vorige maand",
            "achteraf",
            "事後",
            "사후",
            "geçen hafta",
            "sonradan incele",
            "i efterhand",
            "förra månaden",
        ),
    }
)
REAL_TIME_TRUE.update(
    {
        # "Живой поток с планшета", "بث دورية العميل المباشر", "今すぐ顔照合", "أوقفناه قبل لحظات",
        # "steh grad vor ihm", "交通取締り中", "검문 중"
        "live: blind 20": (
            r"живой поток|живая трансляция|прямой эфир|в прямом эфире|пряма трансляція|прямий ефір"
            r"|بث مباشر|البث المباشر|بث (?:\w{1,24} ){0,3}المباشر|بث حي|قبل لحظات|منذ لحظات|الآن أمامي|أمامي الآن"
            r"|今すぐ|(?:取締り|取り締まり|検問|職務質問|職質|巡回|警ら|パトロール)中|停車させ(?:た|ている)"
            r"|(?:검문|단속|순찰|불심검문) ?중|지금 바로|방금 (?:찍|촬영)"
            r"|\b(?:steh|stehe|stehen) (?:grad|gerade|jetzt) (?:vor|neben) (?:ihm|ihr|dem|der)\b|\bgrad vor (?:ihm|ihr)\b"
            r"|\bsta(?:nd)? (?:nu )?(?:voor|naast) (?:hem|haar)\b|\bstoi (?:teraz )?(?:przede mną|przede mna|obok mnie)\b"
        ),
    }
)
UNCONTROLLED_TRUE.update(
    {
        "market, square: blind 20": _words(
            "السوق",
            "في سوق",
            "الساحة",
            "рынок",
            "на рынке",
            "ринок",
            "на ринку",
            "targowisk",
            "na rynku",
            "pazar",
            "çarşı",
            "시장에서",
            "광장",
            "市場で",
            "広場",
        ),
    }
)
UNCONTROLLED_FALSE.update(
    {
        "holding cell: blind 20": _words(
            "carceragem", "cela da delegacia", "calabozo", "arresthok", "cellulencomplex", "izba zatrzymań"
        ),
    }
)
IDENTIFY.update(
    {
        "who is it: blind 20": (
            # "ist der zur fahndung ausgeschrieben?", "masz jego nazwisko?", "це хтось із колишніх засуджених?"
            r"\b(?:ist|is) (?:der|die|er|sie|das) (?:[\w-]{1,24} )?zur fahndung ausgeschrieben\b|\bzur fahndung ausgeschrieben\s*\?"
            r"|\bmasz (?:jego|jej) (?:imie|nazwisko|dane)\b|\bjak (?:on|ona) sie nazywa\b|\bkto to (?:jest )?\?"
            r"|(?:хтось|хто-небудь) (?:з|із) (?:[\w'-]{1,24} )?(?:засуджених|розшукуваних|затриманих|злочинців|судимих)"
            r"|кто-(?:то|нибудь) из (?:[\w-]{1,24} )?(?:осужденных|осуждённых|судимых|разыскиваемых|задержанных|преступников)"
            r"|\bchehr\w{0,24} (?:[\w-]{1,24} ){0,4}(?:me|mein|mai) hai kya\b|\bkaidiyon (?:me|mein) (?:hai|he)\b"
            # "le numéro de fiche de la photo de signalisation la plus proche", "أقرب سجل في قاعدة صور الموقوفين"
            r"|\b(?:fiche|dossier|photo de signalisation|cliche anthropometrique)\w{0,3} (?:[\w'-]{1,24} ){0,5}la plus proche\b"
            r"|\bla plus (?:proche|ressemblante)\b[^.?!\n]{0,40}\b(?:signalisation|fichier|fiches|antecedents)\b"
            r"|أقرب (?:سجل|صورة|تطابق|ملف)\w{0,4} (?:[\w]{1,24} ){0,4}(?:الموقوفين|المعتقلين|المشتبه|السوابق|المطلوبين)"
            # "Кто человек на этом снимке?", "이 사진 속 사람을 ... 찾아 이름을", "تعرّف عليه"
            r"|кто (?:этот |эта )?(?:человек|мужчина|женщина|парень) (?:на|в) (?:этом |этой )?(?:снимке|фото\w{0,4}|кадре|видео)"
            r"|хто (?:ця |цей )?(?:людина|чоловік|жінка) (?:на|у) (?:цьому |цій )?(?:знімку|фото\w{0,4}|кадрі)"
            r"|(?:사진|영상) 속 (?:사람|남자|여자|인물)\w{0,2} (?:[\w]{1,24} ){0,4}(?:찾아|조회|이름)"
            r"|تعرّف عليه|تعرف عليه|تعرّفي عليه|تعرف علي هويته|تعرّف على هويت\w{0,4}|تعرف على هويت\w{0,4}"
        ),
    }
)
VERIFY.update(
    {
        # "è la stessa del cartellino di Esposito?", "gözaltı fotoğrafı ile ... kişi aynı mı?"
        "same person: blind 20": (
            r"\be (?:la |lo )?stess[oa] (?:persona )?(?:del|della|dello|di) (?:cartellin|fotosegnalet|foto segnalet|segnaletic)\w{0,24}"
            r"|\bki[sş]i ayn[ıi] m[ıi]\b|\bayn[ıi] ki[sş]i m[ıi]\b|\bayn[ıi] (?:adam|kad[ıi]n|[sş]ah[ıi]s) m[ıi]\b"
        ),
    }
)
GALLERY.update(
    {
        # "wektor 128 cech tej twarzy", "Код enrolment API для галереи подозреваемых"
        "face as numbers: blind 20": (
            r"\bwektor\w{0,24} \d{2,4} cech\w{0,24} (?:[\w-]{1,24} ){0,3}twarz\w{0,24}"
            r"|\benrol(?:l)?ment\w{0,24} (?:api )?(?:для |в )?галере\w{0,24}|галере\w{0,24} (?:подозреваемых|розыскиваемых|підозрюваних)"
        ),
    }
)
NOT_RECOGNITION.update(
    {
        # "استخرج النص من البطاقة", "만료일만 읽어줘", "Kartın üzerindeki adresi oku": the card's printed text
        "read the card: blind 20": (
            r"استخرج (?:النص|البيانات|الاسم|الرقم)|اقرأ (?:العنوان|النص|الاسم|الرقم|تاريخ)|(?:العنوان|النص|تاريخ الميلاد|تاريخ الانتهاء) المكتوب"
            r"|(?:만료일|생년월일|주소|이름|번호|발급일)\w{0,3} ?(?:만 )?읽어|(?:적힌|쓰인) (?:글자|텍스트|주소|이름)"
            r"|\bkart\w{0,24} (?:uzerindeki|üzerindeki) (?:[\w-]{1,24} ){0,2}(?:adres|ad|isim|numara|tarih|yaz)\w{0,24} (?:oku|yaz|cikar|çıkar)\b"
            r"|\b(?:adresi|ismi|numarayi|numarayı|dogum tarihini|doğum tarihini) oku\b"
            r"|прочитай (?:адрес|дату|текст)|прочитай, що написано|прочитай, что написано"
            r"|(?:有効期限|住所|生年月日|氏名)(?:だけ|を)?読"
        ),
    }
)

# ---- what training writers ud and ue showed (development; they are trained on) -------------------
REAL_TIME_TRUE.update(
    {
        # "кадры поступают каждые 500 мс", "obraz przesyłany na bieżąco", "бежит к трамвайной остановке",
        # "матч идёт", "ci è appena sfilato accanto", "راه كيهرب ... دابا"
        "live: running away, frames streaming": (
            r"\bevery \d{2,4} ?(?:ms|milliseconds)\b|кажд\w{0,3} \d{2,4} ?мс|кожн\w{0,3} \d{2,4} ?мс|\bco \d{2,4} ?ms\b"
            r"|كل ثانية|كل \d{2,4} ?(?:ملي ?ثانية|ms)|\bna biezaco\b|\bna podgladzie\b|\bna zywo\b"
            r"|(?:бежит|убегает|уходит) (?:к|в сторону|по)|(?:біжить|тікає) (?:до|в бік|у бік|по)"
            r"|\b(?:ucieka|biegnie) (?:w strone|do|w kierunku)\b|матч ид[её]т|\bappena sfilat\w{0,3}\b|\bappena passat\w{0,3} (?:accanto|davanti)\b"
            r"|كيهرب|يهرب الآن|هارب الآن|دابا"
            r"|\b(?:is|he's|she's) (?:running|walking|heading) (?:away|off|toward|towards)\b|\bkeeping him talking\b"
            r"|зараз у машині|зараз в машині|сейчас в машине"
        ),
    }
)
MOBILE_TRUE.update(
    {
        "smart glasses, motorbike, van roof: languages": (
            r"очк\w{0,3} сотрудника|смарт-очк\w{0,3}|умны\w{0,2} очк\w{0,3}|розумн\w{0,3} окуляр\w{0,3}|смарт-окуляр\w{0,3}"
            r"|\binteligentn\w{0,3} okular\w{0,3}|\bokular\w{0,3} (?:ar|smart)\b|النظارات الذكية|نظارة ذكية|نظارات ذكية"
            r"|スマートグラス|스마트 ?글래스|\bakilli gozluk\w{0,3}|\bkacamata pintar\b|\bsmarta glasogon\b|έξυπνα γυαλιά|स्मार्ट चश्म"
            r"|كاميرا الموطور|كاميرا الدراجة|\bna dachu (?:furgonetki|radiowozu|busa)\b|\b(?:van|vehicle)[- ]roof\b|\broof of (?:the|a) van\b"
        ),
    }
)
UNCONTROLLED_FALSE.update(
    {
        "inspection booth: ar": r"كشك (?:التفتيش|الجوازات|الفحص)|كاونتر الجوازات|شباك الجوازات",
    }
)
REAL_TIME_FALSE.update(
    {
        # "scaricati il 27", "op 3 januari ingelezen", "téléversée au système de preuves le 4": in the archive
        "uploaded to evidence": (
            r"\b(?:scaricat|caricat)\w{0,2} (?:il|sul) \w{1,12}|\bingelezen\b|\bteleversee?s? (?:au|dans|sur|le)\b"
            r"|\buploaded (?:to|into) (?:the |our )?(?:evidence|dems|system|case)\w{0,12}|\bhochgeladen\b|\bsubid[oa]s? al (?:sistema|servidor)\b"
        ),
    }
)
IDENTIFY.update(
    {
        "who is it: writers ud, ue": (
            r"\btop ?-?1\b[^.?!\n]{0,40}\b(?:numer\w{0,3} rekord\w{0,3}|record (?:number|id)|nummer|numero|номер)"
            r"|\bczy to (?:jest )?[^?!\n]{1,60}z naszych (?:akt|kartotek|baz)\w{0,8}"
            r"|\bkhto (?:tse|ce)\b|\bkto eto\b"
            r"|звір\w{0,3} (?:його |її )?облич\w{0,4}|пошук (?:у|в|по) галере\w{0,3}|поиск (?:по|в) галере\w{0,3}"
            r"|(?:облич\w{0,4}|лиц\w{0,3})[^.?!\n]{0,30}(?:прожен|прогон|пробе|пробий)\w{0,4} по [^.?!\n]{0,20}баз"
            r"|顔写真で\S{0,10}照会|前歴照会"
        ),
    }
)
NOT_RECOGNITION.update(
    {
        "blur faces: ko": r"얼굴(?:을|들을|은)? (?:가리|모자이크|블러|흐리)",
        "image quality: hi": r"क्वालिटी चेक|गुणवत्ता (?:जांच|जाँच)|फ़ोटो मानक|फोटो मानक",
    }
)
MOBILE_FALSE.update(
    {
        # "камера «Безпечне місто»", "Безопасный город": the city's fixed street cameras
        "city camera network: ru/uk": _words(
            "безпечне місто", "безопасный город", "міської камер", "городской камер", "камери міста"
        ),
    }
)

IDENTIFY.update(
    {
        # "who is 'Jay' really? full name pls", "बस इस मेहमान का नाम चाहिए", "ابدأ المطابقة على البث"
        "who is he really": (
            r"\bwho is (?:[\w'\"-]{1,24} ){1,3}really\b|\bwho (?:he|she|they) really (?:is|are)\b|\b(?:his|her|their) (?:real|actual) name\b"
            r"|चेहरा देखकर (?:नाम|पहचान)|इस (?:आदमी|व्यक्ति|मेहमान|औरत|महिला|लड़के|लड़की|शख़्स|शख्स) का नाम (?:चाहिए|बताओ|बताइए|बता दो|क्या है)"
            r"|ابدأ المطابقة|مطابقة الوجوه|طابق الوجوه|طابق الوجه"
        ),
    }
)
REAL_TIME_TRUE.update(
    {"uk: in real time": _words("у реальному часі", "у режимі реального часу", "в режимі реального часу")}
)
REAL_TIME_FALSE.update(
    {
        "uploaded days later: tr": r"\b(?:iki|uc|üç|dort|dört|bes|beş|birkac|birkaç) gun sonra\b|\b(?:iki|uc|üç|dort|dört|bes|beş|birkac|birkaç) gün sonra\b|\bsisteme yukl\w{0,8}|\bsisteme yükl\w{0,8}",
    }
)
UNCONTROLLED_TRUE.update(
    {
        # "Stazione Centrale, binario 21", "Gleis 7", "quai 3": a station platform, open to the public
        "station platform": (
            r"\b(?:binario|gleis|quai|anden|andén|perron|peron|platform|plataforma) \d{1,2}\b|\b(?:sul|al) binario\b"
            r"|\bam bahnsteig\b|\bauf dem bahnsteig\b|\bsur le quai\b|\ben el anden\b|\bop het perron\b|\bna peronie\b|\bon the platform\b"
        ),
    }
)


# ---- what blind split 21 showed, after its one read (blind split 22 measures these) --------------
REAL_TIME_TRUE.update(
    {
        # "Bloke in front of me", "Lo tengo delante", "Axon's rolling", "Manifestacja pod Sejmem, trwa",
        # "şüpheli Tünel'e doğru yürüyor", "الحين", "هلّق", "anh em đang giữ nó", "l'ho appena filmata",
        # "मेरा साथी उसे बातों में लगाए हुए है" (my partner is keeping him talking)
        "live: blind 21": (
            r"\b(?:bloke|guy|man|woman|lad|fella|male|female|subject) (?:right )?in front of me\b|\b(?:axon|bodycam|body ?cam|camera)'?s? (?:is )?rolling\b"
            r"|\btengo delante\b|\b(?:ce l'ho|lo ho|l'ho) davanti\b|\bho davanti\b"
            r"|\b(?:steigt|lauft|geht|steht|sitzt|rennt|fahrt) (?:gerade|grad|jetzt)\b|\b(?:trwa|trwaja) (?:teraz|nadal|wlasnie)\b|, trwa\b"
            r"|\bdogru (?:yuruyor|kosuyor|gidiyor)\b|\bhemen bak\b"
            r"|الحين|هلّق|هلق|هلأ|دلوقتي|\bdang giu\b|đang giữ|\bappena filmat\w{0,2}\b|बातों में लगा|अभी कैप्चर|\babhi capture\b"
        ),
    }
)
MOBILE_TRUE.update(
    {
        "mobile: blind 21": (
            r"\b(?:foto|video|imagen) (?:con|desde|del) (?:el |mi )?movil\b|\bvom handy\b|\bmit dem handy\b|\bhandyfoto\b|\bhandy-?bild\b"
            r"|\baxon'?s\b|\b(?:lfr|facial recognition) van\b|\bvan[- ]mounted\b|\bmast camera\b|\bcamera (?:interna )?del (?:tram|bus|autobus)\b"
            r"|\b(?:telecamera|camera) (?:interna )?del (?:tram|bus|autobus)\b|\bkamera (?:im|in der) (?:tram|strassenbahn|bus)\b|بتلفون|بالتلفون|تلفون الدورية"
        ),
    }
)
UNCONTROLLED_TRUE.update(
    {
        "square: ca": r"\bpla[cç]a (?:de |del |sant |major\b)|\bconcentraci[oó]\b",
    }
)
UNCONTROLLED_FALSE.update(
    {
        # "кімната для затриманих", "intagningsrummet på häktet", "in cella", "Módulo de ingresos"
        "custody intake: blind 21": (
            r"кімнат\w{0,3} (?:для )?затриманих|комісаріат\w{0,3}|комиссариат\w{0,3}|\bhaktet\b|\bintagning\w{0,12}"
            r"|\bin cella\b|\bquestura\b|\bmodulo de ingresos\b|\bsala de ingresos\b|\bcustody intake\b"
        ),
    }
)
IDENTIFY.update(
    {
        "who is it: blind 21": (
            r"\bbara topp-?traff\w{0,4}|\btopptraff\w{0,4}|\b(?:only|just) the top (?:hit|match|result)\b"
            r"|ідентифікуй\w{0,4} (?:людин|особ|чоловік|жінк)\w{0,3}|\bansikte\w{0,3} finns (?:bland|i)\b"
            r"|\bnama hasil teratas\b|\bhasil teratas\b|\bname of the top (?:result|hit|match)\b|\btop result'?s? name\b"
            r"|\bpes mou poios\b|\bpoios einai\b|\bpoia einai\b"
            r"|βρες (?:την |τον )?(?:αντίστοιχ\w{0,4} )?εγγραφ\w{0,4} κράτησ\w{0,4}"
            r"|\bkomt (?:hij|zij|ze|die) voor in\b"
            r"|اسمه الحقيقي|اسمها الحقيقي|إله قيود|له قيود|عليه قيود|إلو قيود|عنده سوابق|له سوابق"
            r"|चेहरा स्कैन|बताओ कौन है|ये कौन है|कौन है ये|\bco lenh (?:truy na |bat )?khong\b|có lệnh (?:truy nã |bắt )?không"
            r"|\b(?:steht|ist) (?:er|sie|der|die) (?:auf|in) (?:einer|der) ausschreibung\b"
            r"|\b(?:identity|identiteit|identitat|identite|identidad|identidade|identita|tozsamosc|kimlik|identitas|identitet)\s{0,2}\?\s*$"
            r"|(?:личность|danh tính|ταυτότητα)\s{0,2}\?\s*$"
            r"|\bretorna coincidenc\w{0,4}|\bcoincidencies amb\b"
        ),
    }
)
VERIFY.update(
    {
        "same person: blind 21": (
            r"\b(?:derselbe|dieselbe|dasselbe|der gleiche|die gleiche) (?:ist )?wie (?:auf|im|in) (?:dem|der) \w{0,24}(?:foto|bild)"
            r"|\bskor (?:kemiripan|kecocokan)\b|\bsimilarity (?:score|percentage)\b|\bpuntuacion de similitud\b|\bscore de similarite\b"
            r"|\bahnlichkeitswert\b|\bpunteggio di somiglianza\b"
        ),
    }
)
GALLERY.update(
    {
        "build face search: blind 21": (
            r"\b(?:128|512)-?d(?:-| )?(?:deskriptor|descriptor|embedding|vektor|vector)\w{0,4}"
            r"|\bcompreface\b|\bwatchlists?/\{?\w{0,8}\}?/enrol{1,2}\w{0,4}"
            r"|\b(?:compute|calculate|extract|store) (?:the |a |its )?(?:face )?embeddings?\b[^.\n]{0,60}\b(?:warrant|watchlist|suspect|booking|mugshot)\w{0,4}"
        ),
    }
)
NOT_RECOGNITION.update(
    {
        "read the text: blind 21": (
            r"\bleggi (?:il |la |i |le )?(?:numero|data|ora|targa|scritta|testo)\b|\bquel numero d'autorisation\b|\bquelle entreprise\b"
            r"|διάβασε τι γράφει|διάβασε το|\bperkirakan umur\b|धुंधला"
        ),
    }
)
NOT_RECOGNITION["do not identify: blind 21"] = (
    r"\btidak usah identifikasi\b|\bδεν θέλω ταυτοποίηση\b|\bkhông cần nhận dạng\b"
)

POLICE_SELF.update(
    {
        # "Deputy Harris braucht den Namen für den Haftbefehl", "Isso é pra delegacia, o investigador
        # Fábio pediu", "banco de foragidos": the police ask for it, whoever the declared customer is
        "police asks for it": (
            r"\b(?:deputy|sergeant|sgt|investigador|investigadora|delegado|delegada|kommissar\w{0,4}|ispettore|brigadier|rechercheur"
            r"|komisarz|sierzant|dedektif|komiser|police (?:officer|inspector|detective)|det\.)\.? [a-z][\w'-]{1,24} "
            r"(?:braucht|needs|pediu|asked|wants|quiere|veut|mochte|vuole|wil|chce|istiyor|ha chiesto|a demande|pidio|requested)\b"
            r"|\b(?:investigador|investigadora|delegado|delegada|sergeant|deputy|kommissar|ispettore|rechercheur)"
            r" \w{1,24} (?:pediu|asked|pidio|a demande|hat gefragt|ha chiesto|vroeg)\b"
            r"|\b(?:isso|isto|this|esto|das|c'est|questo|dit|to) (?:e |is |es |ist |est |jest )?(?:pra|para a|para la|for the|pour le|per la|voor het|dla|fur die)"
            r" (?:delegacia|precinct|commissariat|comisaria|polizei|questura|politiebureau|komisariat)\b"
            r"|\bfur den haftbefehl\b|\bpara la orden de (?:arresto|detencion)\b|\bbanco de foragidos\b"
        ),
    }
)

# ---- what training writers uf and ug showed (development; trained on) ----------------------------
IDENTIFY.update(
    {
        "who is it: writers uf, ug": (
            r"\bsabse milta[- ]?julta\b|\bmilta[- ]?julta record\b|\bpehcha{1,2}n bata\w{0,3}\b|\bkaun hai\b"
            r"|類似度が(?:一番|最も)高い|顔写真を[^。]{0,20}(?:検索|照合)"
            r"|кто за рул[её]м|свер\w{0,3} с (?:нашей |нашими )?баз\w{0,3}|підпиши (?:їх )?іменами"
            r"|\blabel (?:them |each )?with (?:their )?names\b|\bbeschrifte (?:sie )?mit (?:ihren )?namen\b"
            r"|\bbat(?:e|em) com (?:os |as |o |a )?(?:alvos|fotos|foto|lista|procurad)\w{0,4}"
            r"|\bnagon (?:i|pa) listan\b|\bnome mais provavel\b|\bmost likely name\b|\bnombre mas probable\b"
            r"|\baparece em algum dos nossos\b"
        ),
    }
)
REAL_TIME_FALSE.update(
    {
        "last year's: languages": (
            r"περσιν\w{0,4}|\blast year'?s\b|\bde l'annee derniere\b|\bdel ano pasado\b|\bvom letzten jahr\b|\bubieglorocz\w{0,4}"
            r"|прошлогодн\w{0,4}|торішн\w{0,4}|\bgecen yilki\b|去年の|작년|العام الماضي|पिछले साल"
        ),
    }
)
REAL_TIME_TRUE.update(
    {
        "live: writers uf, ug": (
            r"\bdang di ve phia\b|đang đi về phía|いまちょうど|今ちょうど|\bimmer noch vor (?:uns|mir)\b|\bsteht noch vor\b"
            r"|\b(?:han|hon) star har\b"
        ),
    }
)
MOBILE_TRUE.update(
    {
        "helmet and dash: more words": (
            r"\bhjalmkamera\w{0,3}|\bhelmet ?cam\w{0,4}|\bhelmkamera\w{0,3}|\bcamara de salpicadero\b|ウェアラブルカメラ"
        ),
    }
)
UNCONTROLLED_TRUE.update({"checkpoint: es": r"\bcontrol de alcoholemia\b|\bcontrol de drogas\b"})
UNCONTROLLED_FALSE.update({"police station: el": r"αστυνομικ\w{0,3} σταθμ\w{0,3}|αστυνομικό τμήμα"})

IDENTIFY.update(
    {
        "who is it: blind 21, ar": (
            r"طابق (?:وجه\w{0,3}|صورت\w{0,3})|قارن (?:وجه\w{0,3}|صورت\w{0,3})|مين من (?:نزلاء|الموقوفين|المساجين|السجناء)|من من (?:نزلاء|الموقوفين|المساجين|السجناء)"
            r"|الأكثر تشابه\w{0,3}|الأشبه"
        ),
    }
)
VERIFY.update({"same face: ar": r"نفس الوجه|نفس الشخص"})
MOBILE_FALSE.update(
    {
        "fixed camera: more languages": (
            r"\bfeste kamera\b|\bfixed camera\b|\bcamera fissa\b|\btelecamera fissa\b|\bcamara fija\b|\bcamera fixe\b|\bvaste camera\b"
            r"|\bstala kamera\b|стационарн\w{0,3} камер|камер\w{0,3} стационарн|الكاميرا الثابتة|كاميرا [\w]{1,12} الثابتة|固定カメラ|고정 ?카메라"
        ),
    }
)
UNCONTROLLED_FALSE.update({"police station: ar": r"قسم (?:ال)?شرطة|مركز (?:ال)?شرطة|مخفر"})
REAL_TIME_TRUE.update(
    {
        "stream from a drone: de": r"\bstream (?:von|vom|aus) (?:der |dem )?(?:drohne|bodycam|korperkamera|helikopter|hubschrauber)\b|\bdemo lauft\b",
    }
)
NOT_RECOGNITION.update({"writing work: ko": r"체크리스트|점검표|가이드라인|업무 ?지침|정책 ?초안|교육 ?자료"})

# Japanese-only parts of the who-is cues, kept apart so that texts without Japanese skip them
IDENTIFY.update({"who is it: ja, bare": r"^\s*(?:だれ|誰)\s*[?？]|(?:顔|手配写真)(?:と|を)比べ"})

# ---- what blind split 22 showed, after its one read (the next blind split measures this) -----------
VERIFY.update(
    {
        # "dimmi se la faccia sulla patente è quella del tizio", "apakah wajahnya sama dengan foto booking",
        # "kartın üzerindeki yüz booking fotoğrafındaki adamla aynı mı": the card's face against a person
        "the face is the same: languages": (
            r"\b(?:face|faccia|volto|cara|rosto|visage|gesicht|gezicht|twarz\w{0,2}|wajah\w{0,3}|yuz|ansikte\w{0,3})\b"
            r"[^.?!\n]{0,60}\b(?:same (?:person|man|woman|guy)|the same as the (?:person|man|woman|one|guy)|quell[ao] del"
            r"|la stessa (?:persona|del)|lo stesso (?:uomo|del)|la misma (?:persona|del|que)|el mismo (?:que|del|tipo)"
            r"|a mesma (?:pessoa|do|da|que)|o mesmo (?:que|do|da|homem)|dieselbe (?:person|wie)|derselbe (?:mann|wie)"
            r"|dezelfde (?:persoon|als)|ta sama (?:osoba|co)|ten sam (?:co|czlowiek)|samma (?:person|som)|sama dengan"
            r"|ayni mi|aynı mı|la meme (?:personne|que)|le meme (?:homme|que))\b"
        ),
    }
)

# ---- blind split 22, second pass: the generic shapes behind its missed asks (the next blind split
# measures these). Each counts only beside a picture (text_rules._NEEDS_VISUAL).
IDENTIFY.update(
    {
        # "who is in this photo", "wer ist auf dem Bild", "хто на цій фотографії", "ai trong ảnh này",
        # "مين اللي في الصورة", "fotoğraftaki adam kim", "사진 속 남자 누구": who, then the picture
        "who is in the picture: languages": (
            r"(?<!describe )(?<!count )(?<!blur )(?<!note )\bwho(?:'s| is| was) (?:(?:the|this|that) (?:man|woman|guy|person|bloke|male|female|individual|kid) )?"
            r"(?:in|on) (?:the |this |that )?(?:photo|picture|image|pic|frame|still|snapshot)\b"
            r"|\bqui (?:est|c'est|est-ce) (?:sur|dans) (?:la |cette )?(?:photo|image)\b"
            r"|\bquien (?:es|sale|aparece|esta) (?:en|de) (?:la |esta )?(?:foto|imagen)\b"
            r"|\bquem (?:e|esta|aparece) (?:na|nesta) (?:foto|imagem)\b|\bchi (?:e|c'e) (?:nella|in questa|sulla) (?:foto|immagine)\b"
            r"|\bwer (?:ist|steht) (?:auf|im) (?:dem |diesem )?(?:foto|bild)\b|\bwie (?:is|staat) (?:er )?(?:op|in) (?:de|deze|die|het) (?:foto|afbeelding)\b"
            r"|\bkto (?:jest )?na (?:tym |tej )?(?:zdjeciu|fotce|fotografii|obrazku|klatce)\b|\bvem (?:ar|syns) (?:det |personen |mannen |kvinnan )?pa (?:bilden|fotot)\b"
            r"|(?:кто|хто) (?:изображ\w{0,3} |зображ\w{0,3} )?на (?:этом |этой |том |цьому |цій |тому )?(?:фото\w{0,5}|снимке|знімку|світлині|кадрі|кадре)"
            r"|\b(?:fotograftaki|resimdeki|goruntudeki) (?:kisi|adam|kadin|sahis|genc|cocuk)\w{0,3} kim\b"
            r"|사진 ?속 ?(?:사람|남자|여자|인물)\w{0,2} (?:누구|신원)|(?:写真|画像)の(?:人物|人|男|女)[^。]{0,8}(?:誰|だれ|氏名|名前)"
            r"|مين (?:اللي )?(?:في|ف) (?:الصورة|الصوره|هالصورة)|من (?:الشخص )?(?:في|الذي في) الصورة"
            r"|(?:फोटो|फ़ोटो|तस्वीर) (?:में|वाला|वाले|वाली) (?:आदमी|व्यक्ति|शख्स|लड़का|महिला)? ?(?:कौन|का नाम)"
            r"|\bsiapa (?:orang |pria |wanita |cowok |cewek )?(?:di|dalam|yang ada di) (?:foto|gambar)\b"
            r"|\bai (?:trong|ở|o) (?:[ảa]nh|hinh|h[iì]nh)\b|ngu[ờo]i (?:trong|ở) (?:[ảa]nh|hinh)[^.?!\n]{0,20}\bla ai\b"
            r"|(?:ποιος|ποια) (?:είναι|ειναι) (?:στη|στην|σε αυτή τη) φωτογραφ"
        ),
        # "nome e cognome della persona nella foto", "the full name of the man in the picture",
        # "το όνομα του ανθρώπου στη φωτογραφία", "họ tên ... của người trong ảnh": his name, from the picture
        "the name of the person in the picture: languages": (
            r"\b(?:full |real |legal )?names? of (?:the |this |that )?(?:person|man|woman|guy|individual|subject|male|female) (?:in|on) (?:the |this |that )?(?:photo|picture|image|pic|frame|still)\b"
            r"|\bnome (?:e cognome )?(?:della|dell'|del|di questa|di questo) ?(?:persona|uomo|donna|tizio|ragazz\w) (?:nella|in questa|sulla) (?:foto|immagine)\b"
            r"|\bnombre (?:completo )?de(?:l| la| este| esta) (?:persona|hombre|mujer|tipo|sujeto|chico|chica) (?:de|en) (?:la |esta )?(?:foto|imagen)\b"
            r"|\bnome (?:completo )?d[oa] (?:pessoa|homem|mulher|cara|sujeito|rapaz|moca) (?:da|na|desta) (?:foto|imagem)\b"
            r"|\bnom (?:complet )?de (?:la personne|l'homme|la femme|ce type|cet homme|cette femme|l'individu) (?:sur|dans) (?:la |cette )?(?:photo|image)\b"
            r"|\bnamen? (?:der person|des mannes|der frau|von dem typ|vom typ) (?:auf|im) (?:dem |diesem )?(?:foto|bild)\b"
            r"|\bimie i nazwisko (?:osoby|mezczyzny|kobiety|goscia|faceta) (?:ze|na|z) (?:zdjeci\w{1,2}|fotk\w)\b"
            r"|\bnaam van (?:de|deze|die) (?:persoon|man|vrouw|jongen) op (?:de|deze|die) foto\b|\bnamn(?:et)? pa (?:personen|mannen|kvinnan) (?:pa|i) bilden\b"
            r"|όνομα (?:του|της) (?:ανθρώπου|ατόμου|άνδρα|άντρα|γυναίκας|τύπου|προσώπου) (?:στη|στην|σε αυτή τη) φωτογραφ"
            r"|(?:имя|ім'я|фамили\w|прізвище|фио|піб) [^.?!\n]{0,20}(?:человека|людини|чоловіка|мужчины|особи) (?:на|з) (?:фото|снимк|знімк|світлин)"
            r"|(?:الاسم الكامل|اسم) (?:لل|ال)?(?:شخص|رجل|مرأة|راجل)[^.؟?\n]{0,25}(?:الصورة|سجلات)"
            r"|\bt[eê]n[^.?!\n]{0,30}ngu[ờo]i (?:trong|ở|o) (?:[ảa]nh|hinh|h[iì]nh)"
            r"|\bnama (?:lengkap )?(?:orang|pria|wanita|cowok) (?:di|dalam|yang ada di) (?:foto|gambar)\b"
        ),
        # "Dia ada di red notice?", "ليه سوابق", "شوف واش مبحوث عنه", "Residivis bukan?": is the pictured man on a list
        # "مين هيدا؟", "مين التلاتة اللي في النص", "شكون هاد؟": who, in the spoken Arabics
        "who is it: spoken Arabic": (
            r"(?:مين|منو|شكون|منهو) (?:هو |هي )?(?:هيدا|هيدي|هيداك|ده|دي|دول|هذا|هذه|هاد|هادا|هادي|هذول|هدول|هالشب|هالزلمة|الراجل ده|التلاتة|الثلاثة|الاتنين|اللي (?:في|ف|ب)(?:ال)?(?:نص|وسط|يمين|يسار|صورة))"
        ),
        "on a wanted list: more languages": (
            r"\b(?:ada di|masuk|dia di|is (?:he|she|this (?:man|guy|person))(?: on| in)?) (?:a |an |the )?(?:interpol )?red notice\b"
            r"|\bresidivis (?:bukan|gak|nggak|kah|ga|ya)\b|\bpernah ditangkap (?:gak|nggak|ga|bukan|kah)\b"
            r"|(?:ليه|إليه|اليه|عندو|عندها|عليها|ليها) سوابق|مبحوث عن(?:ه|ها)|مبحوث عليه|واش مطلوب|هل هو مطلوب|إذا كان مطلوب"
            r"|手配中の(?:者|人物|男|女|人)か|(?:指名)?手配(?:者|犯)(?:リスト)?(?:に|と)(?:該当|一致)"
        ),
    }
)

#: "what's his name?", "comment il s'appelle ?", "як його звати?", "Ông ta tên gì?", "شو اسمه؟", "名前は？":
#: asked of a pictured person, his name is who he is. Beside a picture only, and not when the ask
#: names an identity document (then the name is printed on it: text_rules.WHAT_IS_HIS_NAME)
WHAT_IS_HIS_NAME = "what is his name: languages"
IDENTIFY.update(
    {
        WHAT_IS_HIS_NAME: (
            r"\bwhat(?:'s| is| was) (?:his|her|their|this (?:guy|man|woman|person)'s|the (?:guy|man|woman|person)'s) (?:full |real )?names?\b"
            r"(?! field| in (?:the )?\w+ format| of the (?:form|file|document))"
            r"|\bcomment (?:il|elle) s'appelle\b|\bil s'appelle comment\b|\bc'est quoi son nom\b|\bquel est son nom\b"
            r"|\bcomo se llama (?:(?:el|este|ese|aquel) (?:tipo|hombre|senor|chico|sujeto|individuo|muchacho|chaval|tio)|(?:la|esta|esa) (?:mujer|senora|chica|muchacha))\b"
            r"|\bcomo se llama\s*\?|\bcual es su nombre\b|\bcomo (?:ele|ela) se chama\b|\bqual (?:e )?o nome (?:dele|dela)\b"
            r"|\bcome si chiama (?:lui|lei|quest[oa] (?:uomo|tizio|ragazz\w|signor\w|tipo|donna))\b|\bcome si chiama\s*\?|\bqual e il suo nome\b"
            r"|\bwie hei?ss?t (?:er|sie|der (?:typ|mann|kerl|junge)|die frau)\b|\bhoe heet (?:hij|zij|ze)\b"
            r"|\bvad heter (?:han|hon|killen|mannen|kvinnan)\b|\bjak (?:sie )?nazywa (?:on|ona|ten (?:facet|gosc|mezczyzna|czlowiek|chlopak)|ta (?:kobieta|osoba|dziewczyna))\b|\bjak (?:on|ona) (?:sie )?nazywa\b"
            r"|\bjak (?:on |ona )?ma na (?:imie|nazwisko)\b"
            r"|как (?:его|её|ее) (?:зовут|звать)|як (?:його|її) (?:звати|звуть)|πώς (?:τον|τη|την) λένε|πως (?:τον|τη|την) λενε"
            r"|\b(?:adamin|kisinin|kadinin|sahsin|onun|cocugun|gencin|surucunun) (?:adi|ismi) (?:ne|nedir)\b"
            r"|(?:이 ?사람|그 ?사람|저 ?사람|이 ?남자|이 ?여자|남자|여자|얘|쟤|걔)(?:의)? ?이름(?:이| 좀)? ?(?:뭐|무엇|알려)"
            r"|(?:この|その|あの)?(?:人|男|女|人物|男性|女性)の(?:名前|氏名)|(?:彼|彼女)の(?:名前|氏名)"
            r"|(?:شو|ايش|إيش|ايه|إيه|شنو|شنهو|واش) (?:اسمه|اسمها|اسمو|سميتو|سميتها)|(?:اسمه|اسمها|اسمو) (?:ايه|إيه|شو|ايش|إيش)[؟?]?|ما اسمه|ما اسمها"
            r"|(?:इसका|उसका|इनका|इस आदमी का|इस व्यक्ति का|इस लड़के का|इस औरत का) नाम (?:क्या|बताओ|बताइए)"
            r"|\bsiapa namanya\b|\bnamanya siapa\b|\bkasih namanya\b|\bnama (?:dia|orang ini|pria ini) siapa\b"
            r"|\bnama\b[^.?!\n]{0,12}\borang ini\b"
            r"|\b(?:ong|ông|ba|bà|anh|chi|chị|nó|no|hắn|han|thang|thằng) (?:ta |ấy |ay |nay |này )?t[eê]n (?:la )?(?:gi|gì)\b"
        ),
    }
)

# "he is still standing at the fountain", "je le vois", "masih duduk di", "まだ雷門の前にいる", "лишь бы не
# ушёл": the person is there while the officer asks (the capture is live), in the 19 languages
REAL_TIME_TRUE.update(
    {
        "he is there now: languages": (
            r"\b(?:he|she|they)(?:'s| is| are) still (?:standing|sitting|there|here|walking|heading|outside|right (?:there|here)|in front of)\b"
            r"|\bstill (?:standing|sitting) (?:at|by|in|on|near)\b|\bi can still see (?:him|her|them)\b"
            r"|\b(?:\d{1,2} ?(?:s|sec|secs|seconds)|(?:a few )?seconds) old\b|\bbefore (?:he|she) (?:leaves|gets away|disappears|legs it)\b"
            r"|\b(?:il|elle) est (?:encore|toujours) (?:la|devant|assis\w?|debout|dans la (?:file|foule|rue|queue))\b"
            r"|\bje (?:le|la) vois (?:encore|toujours)\b|\bavant qu'(?:il|elle) (?:parte|file|disparaisse|se barre)\b"
            r"|\b(?:sigue|esta todavia|todavia esta|aun esta) (?:ahi|aqui|alli|junto|delante|sentad\w|de pie|parad\w)\b"
            r"|\blo sigo viendo\b|\bantes de que se (?:vaya|escape|pire|largue)\b"
            r"|\b(?:ainda esta|continua) (?:aqui|ali|sentad\w|parad\w|de pe)\b|\bantes que (?:ele )?(?:fuja|va embora|saia)\b"
            r"|\b(?:er|sie) (?:steht|sitzt|geht) (?:noch|immer noch|gerade)\b|\b(?:er|sie) ist noch (?:da|hier|dort|vor (?:mir|uns))\b"
            r"|\bich seh(?:e)? (?:ihn|sie) (?:noch|gerade)\b"
            r"|\b(?:bild|foto) ist (?:vielleicht |etwa |ca\.? )?\d{1,2} sekunden alt\b|\bbevor (?:er|sie) (?:abhaut|weg ist|verschwindet)\b"
            r"|\b(?:e ancora|sta ancora|si trova ancora) (?:qui|li|la|davanti|sedut\w|in piedi)\b|\blo vedo ancora\b"
            r"|\bprima che (?:se ne )?(?:vada|scappi|sparisca)\b"
            r"|\b(?:zit|staat|loopt) nog (?:in|op|bij|voor|daar|hier)\b|\bis nog (?:daar|hier)\b|\bik zie (?:hem|haar) nog\b"
            r"|\bvoordat (?:hij|ze) (?:weg|vertrekt|wegloopt)\b"
            r"|\b(?:jeszcze|wciaz|nadal) (?:go|ja|ich) widze\b|\b(?:stoi|siedzi) (?:jeszcze|wciaz|nadal)\b"
            r"|\b(?:jeszcze|wciaz|nadal) (?:stoi|siedzi|jest tu|jest tam)\b|\bzanim (?:ucieknie|zniknie|odjedzie)\b"
            r"|\b(?:star|sitter) (?:fortfarande|kvar)\b|\b(?:han|hon) (?:star|sitter) (?:vid|pa|i|utanfor)\b"
            r"|\b(?:star|sitter) (?:vid|utanfor|framfor|bredvid)\b|\binnan (?:han|hon) drar\b"
            r"|(?:всё|все) ещё (?:стоит|сидит|здесь|там|тут)|ещё (?:стоит|сидит|здесь|тут)|опять (?:раскладывается|стоит|торгует)"
            r"|пока не (?:ушёл|ушел|уехал|скрылся)|я (?:его|её|ее) (?:ещё|еще|сейчас) вижу|(?:досі|ще) (?:стоїть|сидить|тут|там)"
            r"|я (?:його|її) (?:ще|зараз) бачу|поки не (?:пішов|втік|поїхав)"
            r"|(?:στέκεται|κάθεται) ακόμα|ακόμα (?:στέκεται|κάθεται|είναι εδώ|είναι εκεί)|τον βλέπω (?:ακόμα|τώρα)|πριν (?:φύγει|εξαφανιστεί)"
            r"|\bhala (?:burada|orada|duruyor|oturuyor|bekliyor|kuyrukta)\b|\bkacmadan\b"
            r"|\bmasih (?:di|berdiri|duduk|jalan|nongkrong)\b|\bsaiki\b|\bsebelum (?:dia )?(?:kabur|pergi|hilang)\b"
            r"|v(?:ẫ|a)n (?:(?:đ|d)ang )?(?:(?:đ|d)[ứu]ng|ng[ồo]i|(?:ở|o) (?:đ|d)[âa]y)|(?:đ|d)ang c[aá]ch t[oô]i"
            r"|لسه (?:واقف|قاعد|هنا|هناك|جنب|ماشي)|(?:لا يزال|ما زال|مازال) (?:واقف|جالس|هنا|هناك|موجود)\w{0,2}|لسا (?:واقف|هون)"
            r"|قبل ما (?:يهرب|يمشي|يركب|يختفي)|قبل لا (?:يهرب|يمشي|يركب)"
            r"|अभी भी (?:वहीं|यहीं|खड़ा|बैठा)|भागने से पहले"
            r"|아직 (?:\S{1,8} ){0,3}(?:서 ?있|앉아 ?있|있(?:음|어|다))|도망가기 전에|まだ[^。]{0,12}(?:いる|います|立って|座って)|逃げる前に"
        ),
    }
)
UNCONTROLLED_FALSE.update(
    {
        # "adentro del CAI", "cá dentro da esquadra", "arrestintaget på Kungsholmen", "فكوميسارية المعاريف",
        # "عم راجع الفيديو بالمكتب": a police building or an office, named in the words that local forces use
        "police building: more words": (
            r"\b(?:adentro|dentro) del cai\b|\bdel cai de\b|\b(?:dentro da|na|da) esquadra\b|\barrestintag\w{0,3}|\bpolishuset\b"
            r"|\bpolisstation\w{0,3}|\bhaktet\b|كوميساري\w{0,2}|الكوميسارية|فقاعة الاستنطاق|غرفة (?:التحقيق|الاستنطاق)"
            r"|(?:ب|في |ف)المكتب|\bw komendzie\b|\bna komendzie\b|\bna dolku\b|\bw izbie zatrzyman\w{0,2}"
        ),
    }
)
NOT_RECOGNITION.update(
    {
        # "come si chiama il modulo per archiviare questa foto?", "wie heißt das Formular", "jak się nazywa
        # ten formularz": the name asked for is a form's or a document's, not the pictured person's
        "the name of a form or a document": (
            r"\b(?:come si chiama|como se llama|wie hei?ss?t|jak (?:sie )?nazywa|comment s'appelle|what is the name of|what's the name of"
            r"|hoe heet|vad heter|qual (?:e )?o nome d[oa])"
            r" (?:il |el |la |le |das |der |die |ten |ta |het |de |the |this |that |o |a |este |esta |questo |questa )?"
            r"(?:modul\w{0,2}|formular\w{0,4}|formulaire|form|formulier|blankett\w{0,2}|documento|document|dokument\w{0,2}"
            r"|template|plantilla|procedura|procedure|procedimiento|programa|program\w{0,2}|app|ley|legge|gesetz|loi|law|statute)\b"
        ),
    }
)
UNCONTROLLED_FALSE.update(
    {
        # "Fotografei com o celular aqui dentro", "här inne", "в приміщенні управління", "allo sportello",
        # "Vorführraum im Keller": the officer is inside a police or court building, at a counter
        "inside here: languages": (
            r"приміщенн\w{0,2} (?:управління|відділу|відділку|поліції)|помещени\w{0,2} (?:отдела|управления|полиции)"
            r"|\ballo sportello\b|\bufficio immigrazione\b|\bvorfuhrraum\b|\bvernehmungsraum\b|\bcartorio d[ao] \d"
            r"|\bpolisens lokal\w{0,3}\b|\bsala de (?:entrevistas|interrogatorio)\b"
        ),
    }
)
REAL_TIME_FALSE.update(
    {
        # "Запис з відеореєстратора ... від 3 березня. Ми переглядаємо його зараз у відділі": a recording reviewed
        "reviewing a recording: uk/ru": (
            r"запис\w{0,2} (?:з|із|с) (?:відеореєстратора|видеорегистратора|бодікамери|бодикамеры|камери|камеры)"
            r"(?![^.!?\n]{0,60}(?:наживо|вживую|трансляц|реальн|прямо зараз|прямо сейчас))"
        ),
    }
)
# "ta reda på vem han är", "Jag behöver inte veta vem han är": who he is, said indirectly (sv)
IDENTIFY.update({"who he is: sv": r"\bvem (?:han|hon) (?:ar|var)\b"})
VERIFY.update(
    {
        # "Сравни лица", "Ông nào có cùng khuôn mặt với người trong video?", "la misma cara": faces compared
        "the same face, faces compared: languages": (
            r"(?<!blur the )(?<!redact the )(?<!mask the )(?<!pixelate the )\b(?:compare (?:the |their )?faces|same face|misma cara|mismo rostro|mesma cara|mesmo rosto|stessa faccia|stesso volto"
            r"|meme visage|gleiche gesicht|dasselbe gesicht|hetzelfde gezicht|dezelfde gezicht|ta sama twarz|samma ansikte|ayni yuz"
            r"|wajah yang sama|cung khuon mat)\b|cùng khuôn mặt|сравни\w{0,2} лица|порівняй\w{0,2} обличчя|то же (?:самое )?лицо|те саме обличчя"
            r"|ίδιο πρόσωπο|같은 얼굴|同じ顔|نفس الوجه|वही चेहरा"
        ),
    }
)
IDENTIFY.update(
    {
        # "Roda no sistema e me fala quem é", "dime quién es", "dis-moi qui c'est", "dimmi chi è",
        # "Proceda com a identificação do rosto anexado"
        "tell me who he is: languages": (
            r"\b(?:me )?(?:fala|diz|diga|conta) quem (?:e|ele e|ela e)\b|\bdime quien es\b|\bdecime quien es\b|\bdis-moi qui (?:c'est|est-ce)\b"
            r"|\bdimmi chi e\b|\bsag mir,? wer (?:das|er|sie) ist\b|\bidentifica(?:r|cao) (?:d[oa] )?(?:rosto|cara|face)\b"
        ),
    }
)
#: "Jag behöver inte veta vem han är", "Мені не треба знати, хто це", "Niemand identificeren",
#: "ΟΧΙ ποιος είναι": the ask says it does not want to know who the person is (normalised text)
NO_NEED_TO_KNOW_WHO = "no need to know who: languages"
NOT_RECOGNITION.update(
    {
        NO_NEED_TO_KNOW_WHO: (
            r"\b(?:(?:i )?(?:don't|do not|dont) need to know who (?:he|she|they|this|it) (?:is|are)|no need to (?:know|identify) (?:who|him|her|anyone)"
            r"|not who (?:he|she) is|do not identify (?:him|her|anyone|them)|don't (?:try to )?id (?:him|her|them)"
            r"|behover inte veta vem|behover inte identifiera|niemand identificeren|hoef niet te weten wie"
            r"|muss nicht wissen,? wer|niemanden identifizieren|pas besoin de savoir qui|n'identifie personne"
            r"|no necesito saber quien|no hace falta saber quien|no identifiques a nadie|non mi serve sapere chi"
            r"|non identificare nessuno|nao preciso saber quem|nao identifique ninguem|nie musze wiedziec,? kto"
            r"|nie identyfikuj nikogo|kim oldugunu bilmem gerekmiyor|kimseyi teshis etme|tidak perlu tahu siapa"
            r"|jangan identifikasi siapa)\b"
            r"|не (?:треба|потрібно) знати,? хто|не (?:нужно|надо) знать,? кто|(?:όχι|οχι) ποιος (?:είναι|ειναι)"
            r"|δεν χρειάζεται να ξέρω ποιος|kh[oô]ng c[aầ]n bi[eế]t (?:\S+ ){0,2}l[aà] ai|ما بدي أعرف مين|مش لازم أعرف مين"
            r"|لا أحتاج (?:أن|ان) أعرف من|पहचान की ज़रूरत नहीं|누군지 알 필요 없|신원 확인(?:은|는)? 필요 없|誰か(?:は)?知る必要はない|身元は不要"
        ),
    }
)
IDENTIFY.update(
    {
        # "Yüzünü internette arat (Google Lens, PimEyes)", "この顔 マグショ照合", "cek DPO nggak",
        # "Il conducente corrisponde al ricercato?": face search engines, mugshot matching in short
        # forms, a wanted-list check and "does he match the wanted man" (blind 23, development)
        "face search engines and short forms: blind 23": (
            r"マグショ(?:ット)?(?:と|で)?照合"
            r"|\bcek dpo\b|\bdpo (?:nggak|gak|ga|kah)\b"
            r"|\bcorrispond\w{0,3} (?:al|alla|a) (?:ricercat|sospettat|latitant)\w{0,2}|\bcorresponde (?:al|con el) (?:buscado|sospechoso|profugo)"
            r"|\bcorrespond (?:au|a la) (?:suspect|recherche|fugitif)\w{0,2}|\bmatches the (?:wanted|suspect)\b"
        ),
    }
)
#: face search engines named: the technology, so a topic when the ask writes about it
FACE_SEARCH_ENGINES = "face search engines"
IDENTIFY[FACE_SEARCH_ENGINES] = r"\b(?:pimeyes|facecheck|findclone|search4faces)\b"
