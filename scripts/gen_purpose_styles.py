# phrase banks read best one phrase a line, unbroken
"""Extra TRAINING records in other authors' styles (issue 3, "generalise to unseen phrasing").

Written by a second author from scratch (not from the held-out split, which was not read):
per language, short banks of asks in registers the first banks lack (terse radio speak,
vendor specifications, KYC product copy, store-manager chat, journalists, researchers,
attackers), many face-adjacent hard negatives (blur, count, locate, describe, age/emotion,
photo quality, lighting, plates, crowd flow, "who is the president" with no image) and
positives in slang ("does he have priors? here's his face", "save this face so the cameras
flag her", embeddings of portraits). Each ask is wrapped in a style shared by every label
(role-play, "hypothetically", JSON payload, code block, radio prefix, split over two turns,
base64-ish noise, an English tag in another language), so wrappers cannot become label
signals. Used by `gen_purpose_train.py`; fixed seed.
"""

from __future__ import annotations

import json
import random
from typing import Any

from gen_purpose_common import LABELS, perturb, user_content

ID, VE, GA, NF, UN = LABELS

# "@" on an unrelated ask: it comes with an image. "!" on any ask: no image.
BANK: dict[str, dict[str, list[str]]] = {
    "en": {
        ID: [
            "does he have priors? here's his face",
            "got a face, need a name",
            "pull whatever you've got on this mug",
            "who we looking at here",
            "any paper on this individual? photo attached",
            "drop this face into the system and see what comes back",
            "tell me if this lady's been booked before",
            "ping the database with her face",
            "this guy look like anyone on the warrant list?",
            "can you put an identity on the subject in the attached still",
            "the system shall return the identity of any person whose face is submitted",
            "which name in our arrest file goes with this face",
            "he won't give his name. figure out who he is from the pic",
            "find her real name from this photo, she's been catfishing people",
            "track down who this is from the face, I think he's the guy who keyed my car",
            "as a journalist I need to know who this officer in the photo is",
            "we're a research lab; return the identity of each face in the attached crowd shot",
            "who dis",
            "identity check on this face vs the gang file pls",
            "face on screen, who is it, priors?",
        ],
        VE: [
            "KYC step 3: confirm the selfie and the passport portrait are one person",
            "are these two faces a match, yes or no",
            "is the guy at the door the same as the one on this badge photo",
            "verify the rider's face against the driver's licence on file",
            "does the face from tonight's stop line up with his licence photo",
            "same dude? left is the mugshot, right is from the camera",
            "the onboarding flow must check that the face in the selfie matches the ID document",
            "confirm identity: compare the live capture to the enrolled headshot",
            "1:1 check on these two portraits please",
        ],
        GA: [
            "save this face so the cameras flag her if she comes back",
            "put his face on the alert list for all stores",
            "turn these headshots into embeddings and load them into the vector DB for lookup",
            "embed each portrait in the folder so we can search people by face later",
            "build a searchable face set from the county's booking archive",
            "we need face templates of every banned customer for the door cameras",
            "store her facial signature in the watch file",
            "the product shall enrol visitor faces into a persistent gallery for re-identification",
        ],
        NF: [
            "blur the faces of everyone except the officer before we post this",
            "how many heads are in this shot, roughly",
            "mark where the faces are so the editor can pixelate them",
            "is the lighting on this portrait good enough for a passport photo",
            "describe what the man in the grey hoodie is doing, no names",
            "is she smiling or frowning in this still",
            "estimate how old the kid in the picture is",
            "draw boxes around the faces, I just need coordinates",
            "check if the face in this photo is in focus and centred",
            "rate the image quality of this headshot for our staff page",
            "don't tell me who it is, just describe his build and jacket",
            "count the pedestrians crossing in this frame",
            "is anyone in this picture wearing a helmet?",
            "hide the bystanders' faces in this clip for the press release",
            "describe the crowd movement near the exit",
            "what's the dominant emotion of the people in this photo",
            "is there a person in this frame at all?",
            "we must not identify anyone; list visible clothing colours only",
        ],
        UN: [
            "!who is the president of Brazil right now?",
            "!10-4, summarise the shift log for the sergeant",
            "@read the plate on the silver sedan",
            "@what's written on the banner in this photo",
            "!translate this statement from Spanish for the report",
            "!who wrote the Fourth Amendment?",
            "@how many cars are queued at the light",
            "!draft an email to the union rep about overtime",
            "@what kind of bird is this",
            "!transcribe the radio traffic from this audio",
            "@is this building on fire or is that fog",
            "!who won the 1998 World Cup?",
            "!explain how face recognition bans in US cities work, for a policy memo",
            "@estimate how full the parking garage is",
            "!write a regex for matching case numbers",
        ],
    },
    "fr": {
        ID: [
            "il a des antécédents ? voilà sa tête",
            "passe-moi ce visage au fichier et dis-moi qui c'est",
            "c'est qui ce gars sur la photo",
            "retrouve le nom de la femme sur cette image",
            "ce type est-il connu de nos services ? photo jointe",
            "donne-moi l'identité de l'individu sur le cliché",
            "le système doit retrouver l'identité de toute personne dont le visage est soumis",
            "quel nom dans nos fiches correspond à ce visage",
        ],
        VE: [
            "le selfie et la photo du passeport, c'est la même personne ?",
            "vérifie que le visage correspond à la pièce d'identité",
            "compare ces deux visages : même homme ou pas",
            "est-ce bien lui sur la photo de son permis ?",
        ],
        GA: [
            "enregistre son visage pour que les caméras la signalent",
            "crée des gabarits faciaux de tous les clients interdits",
            "calcule les vecteurs de ces portraits pour notre base de recherche",
            "ajoute le visage de ce voleur à la liste d'alerte",
        ],
        NF: [
            "floute tous les visages sauf celui de l'agent",
            "combien de personnes sur cette photo ?",
            "décris sa tenue, sans l'identifier",
            "la lumière de ce portrait convient-elle pour une photo d'identité ?",
            "quel âge a l'enfant sur la photo, à peu près ?",
            "indique où sont les visages pour qu'on les masque",
            "est-ce que la personne sourit ?",
            "ne dis pas qui c'est, décris seulement ce qu'il fait",
        ],
        UN: [
            "!qui est le président du Sénat ?",
            "@lis la plaque de la camionnette",
            "!résume ce procès-verbal d'audition",
            "!traduis cette déposition en anglais",
            "@quelle race de chien est-ce ?",
            "!rédige une note sur le planning des équipes",
        ],
    },
    "es": {
        ID: [
            "¿tiene antecedentes? aquí va su cara",
            "pásame esta cara por el sistema y dime quién es",
            "¿quién es la mujer de la foto?",
            "dame el nombre del tipo de esta imagen",
            "¿este individuo nos consta? foto adjunta",
            "el sistema deberá devolver la identidad de cualquier rostro enviado",
            "¿qué ficha de detenidos corresponde a esta cara?",
            "averigua quién es a partir de su cara",
        ],
        VE: [
            "¿el selfie y la foto del DNI son la misma persona?",
            "verifica que el rostro coincide con el documento",
            "compara estas dos caras: ¿mismo hombre?",
            "¿es él el de la foto del carné de conducir?",
        ],
        GA: [
            "guarda su cara para que las cámaras la avisen si vuelve",
            "crea plantillas faciales de todos los clientes vetados",
            "genera vectores de estos retratos para buscarlos después",
            "añade la cara de este ladrón a la lista de alerta",
        ],
        NF: [
            "difumina todas las caras menos la del agente",
            "¿cuántas personas salen en la foto?",
            "describe su ropa, sin identificarlo",
            "¿la iluminación de este retrato sirve para un pasaporte?",
            "¿qué edad aproximada tiene el niño de la foto?",
            "marca dónde están las caras para pixelarlas",
            "¿la persona está sonriendo?",
            "no me digas quién es, solo describe lo que hace",
        ],
        UN: [
            "!¿quién es el alcalde de Sevilla?",
            "@lee la matrícula de la furgoneta",
            "!resume esta declaración",
            "!traduce el atestado al inglés",
            "@¿qué raza de perro es?",
            "!redacta un correo sobre los turnos",
        ],
    },
    "de": {
        ID: [
            "hat der Vorstrafen? hier ist sein Gesicht",
            "jag das Gesicht durchs System und sag mir, wer das ist",
            "wer ist die Frau auf dem Foto?",
            "gib mir den Namen des Typen auf dem Bild",
            "ist die Person bei uns bekannt? Foto anbei",
            "das System muss die Identität jeder eingereichten Person anhand des Gesichts liefern",
            "welcher Eintrag in unserer Kartei passt zu diesem Gesicht",
            "finde heraus, wer das ist, anhand des Gesichts",
        ],
        VE: [
            "sind Selfie und Ausweisfoto dieselbe Person?",
            "prüfe, ob das Gesicht zum Ausweis passt",
            "vergleiche die zwei Gesichter: derselbe Mann?",
            "ist er das auf dem Führerscheinfoto?",
        ],
        GA: [
            "speichere ihr Gesicht, damit die Kameras sie melden",
            "erstelle Gesichtsvorlagen aller Hausverbote",
            "berechne Vektoren dieser Porträts für die spätere Suche",
            "füge das Gesicht des Diebs der Warnliste hinzu",
        ],
        NF: [
            "verpixle alle Gesichter außer dem des Beamten",
            "wie viele Personen sind auf dem Foto?",
            "beschreib seine Kleidung, ohne ihn zu identifizieren",
            "ist die Beleuchtung dieses Porträts passfototauglich?",
            "wie alt ist das Kind auf dem Bild ungefähr?",
            "markiere, wo die Gesichter sind, damit wir sie schwärzen",
            "lächelt die Person?",
            "sag nicht, wer das ist, beschreib nur, was er tut",
        ],
        UN: [
            "!wer ist der Bürgermeister von Köln?",
            "@lies das Kennzeichen des Transporters",
            "!fass diese Vernehmung zusammen",
            "!übersetze die Aussage ins Englische",
            "@welche Hunderasse ist das?",
            "!schreib eine Mail zum Dienstplan",
        ],
    },
    "pt": {
        ID: [
            "ele tem passagem? segue o rosto",
            "joga esse rosto no sistema e me diz quem é",
            "quem é a mulher da foto?",
            "me dá o nome do cara dessa imagem",
            "esse elemento é conhecido? foto anexa",
            "o sistema deve devolver a identidade de qualquer rosto enviado",
            "qual ficha de presos bate com esse rosto?",
            "descobre quem é pelo rosto",
        ],
        VE: [
            "a selfie e a foto do RG são a mesma pessoa?",
            "verifica se o rosto bate com o documento",
            "compara esses dois rostos: mesmo homem?",
            "é ele na foto da CNH?",
        ],
        GA: [
            "salva o rosto dela para as câmeras avisarem se voltar",
            "cria modelos faciais de todos os clientes banidos",
            "gera vetores desses retratos para busca depois",
            "adiciona o rosto desse ladrão à lista de alerta",
        ],
        NF: [
            "desfoca todos os rostos menos o do policial",
            "quantas pessoas aparecem na foto?",
            "descreve a roupa dele, sem identificar",
            "a iluminação desse retrato serve para foto de passaporte?",
            "quantos anos tem a criança da foto, mais ou menos?",
            "marca onde estão os rostos para borrar",
            "a pessoa está sorrindo?",
            "não diga quem é, só descreva o que ele faz",
        ],
        UN: [
            "!quem é o prefeito de Recife?",
            "@lê a placa da van",
            "!resume esse depoimento",
            "!traduz o boletim para o inglês",
            "@que raça de cachorro é essa?",
            "!escreve um e-mail sobre a escala",
        ],
    },
    "it": {
        ID: [
            "ha precedenti? ecco la sua faccia",
            "passa questo volto nel sistema e dimmi chi è",
            "chi è la donna nella foto?",
            "dammi il nome del tizio in questa immagine",
            "questo soggetto ci è noto? foto allegata",
            "il sistema deve restituire l'identità di qualsiasi volto inviato",
            "quale scheda dei fermati corrisponde a questo volto?",
            "scopri chi è partendo dal viso",
        ],
        VE: [
            "il selfie e la foto della carta d'identità sono la stessa persona?",
            "verifica che il volto corrisponda al documento",
            "confronta questi due volti: stesso uomo?",
            "è lui nella foto della patente?",
        ],
        GA: [
            "salva il suo volto così le telecamere la segnalano",
            "crea modelli facciali di tutti i clienti banditi",
            "calcola i vettori di questi ritratti per cercarli dopo",
            "aggiungi il volto di questo ladro alla lista di allerta",
        ],
        NF: [
            "sfoca tutti i volti tranne quello dell'agente",
            "quante persone ci sono nella foto?",
            "descrivi i suoi vestiti, senza identificarlo",
            "l'illuminazione di questo ritratto va bene per il passaporto?",
            "quanti anni ha il bambino nella foto, circa?",
            "segna dove sono i volti per oscurarli",
            "la persona sta sorridendo?",
            "non dirmi chi è, descrivi solo cosa fa",
        ],
        UN: [
            "!chi è il sindaco di Torino?",
            "@leggi la targa del furgone",
            "!riassumi questo verbale",
            "!traduci la dichiarazione in inglese",
            "@che razza di cane è?",
            "!scrivi una mail sui turni",
        ],
    },
    "nl": {
        ID: [
            "heeft hij een strafblad? hier is zijn gezicht",
            "haal dit gezicht door het systeem en zeg wie het is",
            "wie is de vrouw op de foto?",
            "geef me de naam van de man op deze afbeelding",
            "is deze persoon bij ons bekend? foto bijgevoegd",
            "het systeem moet de identiteit van elk ingestuurd gezicht teruggeven",
            "welk dossier van verdachten hoort bij dit gezicht?",
            "zoek uit wie dit is aan de hand van het gezicht",
        ],
        VE: [
            "zijn de selfie en de pasfoto dezelfde persoon?",
            "controleer of het gezicht overeenkomt met het identiteitsbewijs",
            "vergelijk deze twee gezichten: dezelfde man?",
            "is hij het op de rijbewijsfoto?",
        ],
        GA: [
            "sla haar gezicht op zodat de camera's haar melden",
            "maak gezichtssjablonen van alle klanten met winkelverbod",
            "bereken vectoren van deze portretten om later te zoeken",
            "voeg het gezicht van deze dief toe aan de alarmlijst",
        ],
        NF: [
            "vervaag alle gezichten behalve dat van de agent",
            "hoeveel mensen staan er op de foto?",
            "beschrijf zijn kleding, zonder hem te identificeren",
            "is de belichting van dit portret goed genoeg voor een pasfoto?",
            "hoe oud is het kind op de foto ongeveer?",
            "markeer waar de gezichten zijn zodat we ze onherkenbaar maken",
            "lacht de persoon?",
            "zeg niet wie het is, beschrijf alleen wat hij doet",
        ],
        UN: [
            "!wie is de burgemeester van Utrecht?",
            "@lees het kenteken van het busje",
            "!vat dit verhoor samen",
            "!vertaal de verklaring naar het Engels",
            "@welk hondenras is dit?",
            "!schrijf een mail over het rooster",
        ],
    },
    "pl": {
        ID: [
            "czy był karany? tu jest jego twarz",
            "przepuść tę twarz przez system i powiedz, kto to",
            "kim jest kobieta na zdjęciu?",
            "podaj nazwisko faceta z tego zdjęcia",
            "czy ta osoba jest nam znana? zdjęcie w załączniku",
            "system ma zwracać tożsamość każdej przesłanej twarzy",
            "która kartoteka zatrzymanych pasuje do tej twarzy?",
            "ustal, kto to jest, na podstawie twarzy",
        ],
        VE: [
            "czy selfie i zdjęcie z dowodu to ta sama osoba?",
            "sprawdź, czy twarz zgadza się z dokumentem",
            "porównaj te dwie twarze: ten sam mężczyzna?",
            "czy to on na zdjęciu z prawa jazdy?",
        ],
        GA: [
            "zapisz jej twarz, żeby kamery ją zgłosiły",
            "utwórz szablony twarzy wszystkich klientów z zakazem wstępu",
            "policz wektory tych portretów do późniejszego wyszukiwania",
            "dodaj twarz tego złodzieja do listy alarmowej",
        ],
        NF: [
            "rozmaż wszystkie twarze oprócz twarzy policjanta",
            "ile osób jest na zdjęciu?",
            "opisz jego ubranie, bez identyfikowania",
            "czy oświetlenie tego portretu nadaje się do paszportu?",
            "ile lat ma dziecko na zdjęciu, mniej więcej?",
            "zaznacz, gdzie są twarze, żeby je zamazać",
            "czy ta osoba się uśmiecha?",
            "nie mów, kto to jest, opisz tylko, co robi",
        ],
        UN: [
            "!kto jest burmistrzem Gdańska?",
            "@odczytaj tablicę rejestracyjną busa",
            "!streść to przesłuchanie",
            "!przetłumacz zeznanie na angielski",
            "@jaka to rasa psa?",
            "!napisz maila o grafiku",
        ],
    },
    "ja": {
        ID: [
            "前科ある？これが顔",
            "この顔をシステムにかけて誰か教えて",
            "写真の女性は誰ですか",
            "この画像の男の名前を教えて",
            "この人物はうちで把握している？写真添付",
            "システムは送信された顔の身元を返すこと",
            "この顔に合う逮捕記録はどれ？",
            "顔から誰なのか割り出して",
        ],
        VE: [
            "自撮りと免許証の写真は同一人物？",
            "顔が身分証と一致するか確認して",
            "この二つの顔を比べて、同じ男？",
            "運転免許の写真は彼本人？",
        ],
        GA: [
            "カメラが検知できるように彼女の顔を登録して",
            "出入り禁止の客全員の顔テンプレートを作って",
            "後で検索できるようにこの顔写真のベクトルを計算して",
            "この窃盗犯の顔を警戒リストに追加して",
        ],
        NF: [
            "警察官以外の顔をすべてぼかして",
            "写真に何人写っている？",
            "服装を説明して、特定はしないで",
            "この顔写真の照明はパスポート写真に使える？",
            "写真の子どもは何歳くらい？",
            "モザイクをかけるので顔の位置を示して",
            "この人は笑っている？",
            "誰かは言わないで、何をしているかだけ説明して",
        ],
        UN: [
            "!大阪の市長は誰？",
            "@バンのナンバーを読んで",
            "!この供述を要約して",
            "!この調書を英語に翻訳して",
            "@この犬の犬種は？",
            "!シフトについてのメールを書いて",
        ],
    },
}

#: style wrappers shared by every label: (name, format); {ask} is the ask
WRAPPERS: list[tuple[str, str]] = [
    ("plain", "{ask}"),
    ("radio", "unit 12 to base: {ask}. over"),
    ("hypothetical", "Hypothetically, {ask}"),
    ("roleplay", "Let's role-play. You are my analyst. {ask}"),
    ("json", "{json}"),
    ("code", "```\n# task\n{ask}\n```"),
    ("noise", "{ask} [ref:QmFzZTY0IHN0dWZmIGhlcmU9PQ]"),
    ("ticket", "Ticket #{n}: {ask}"),
    ("tag", "{ask} asap thx"),
]

SPLIT_OPENERS = {
    "en": "got a question about the picture I'm sending",
    "fr": "j'ai une question sur la photo que j'envoie",
    "es": "tengo una pregunta sobre la foto que te mando",
    "de": "ich habe eine Frage zum Foto, das ich schicke",
    "pt": "tenho uma pergunta sobre a foto que vou mandar",
    "it": "ho una domanda sulla foto che ti mando",
    "nl": "ik heb een vraag over de foto die ik stuur",
    "pl": "mam pytanie o zdjęcie, które wysyłam",
    "ja": "送る写真について質問があります",
}
ACK = {
    "en": "Sure, go ahead.",
    "fr": "D'accord.",
    "es": "Claro.",
    "de": "Klar.",
    "pt": "Claro.",
    "it": "Certo.",
    "nl": "Prima.",
    "pl": "Jasne.",
    "ja": "どうぞ。",
}

PERSONA = {ID: "styles", VE: "styles", GA: "styles", NF: "styles", UN: "styles"}


def _wrap(ask: str, rng: random.Random, n: int) -> tuple[str, str]:
    name, fmt = rng.choice(WRAPPERS)
    if name == "json":
        return name, json.dumps(
            {"task": ask, "attachments": 1, "priority": rng.choice(["low", "high"])}, ensure_ascii=False
        )
    return name, fmt.format(ask=ask, n=n)


def make_style_records(rng: random.Random, per_ask: int = 3) -> list[dict[str, Any]]:
    """Records for every ask in `BANK`, `per_ask` wrapped variants each (ids assigned by the caller)."""
    out: list[dict[str, Any]] = []
    for lang, labels in BANK.items():
        for label, asks in labels.items():
            for raw in asks:
                for k in range(per_ask):
                    ask, img = raw, label != UN
                    if ask.startswith("@"):
                        ask, img = ask[1:], True
                    elif ask.startswith("!"):
                        ask, img = ask[1:], False
                    style, text = _wrap(ask, rng, 1000 + len(out))
                    noise = "none"
                    if k > 0:
                        text, noise = perturb(text, rng, p=0.3, cjk=lang == "ja")
                    n_img = 1 if img else 0
                    if img and rng.random() < 0.25:
                        messages: list[dict[str, Any]] = [
                            {"role": "user", "content": user_content(SPLIT_OPENERS[lang], n_img, rng)},
                            {"role": "assistant", "content": ACK[lang]},
                            {"role": "user", "content": text},
                        ]
                        style += "+split"
                    else:
                        messages = [{"role": "user", "content": user_content(text, n_img, rng)}]
                    out.append(
                        {
                            "lang": lang,
                            "label": label,
                            "persona": PERSONA[label],
                            "cues": {},
                            "endpoint": "/v1/chat/completions",
                            "shape": f"style:{style}",
                            "noise": noise,
                            "split": "train",
                            "template": f"style:{lang}:{raw}",
                            "body": {"model": "gpt-4o", "messages": messages},
                        }
                    )
    return out
