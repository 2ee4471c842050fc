"""Request anatomy: which part of a request is the ask (SPEC §2 "What").

Before anything reads a request for its purpose or its setting, its text is split
into roles:

- `instructions`: what the deployer set up: system and developer prompts, the
  Responses API `instructions`, tool and function schemas;
- `ask`: what the user directs the model to do: the user turns (the last one
  first), with the material they paste cut out;
- `payload`: the material the ask works on: pasted transcripts, quoted dialogue,
  documents, articles, code, e-mail threads, earlier assistant answers, tool
  results, embedding inputs;
- images stay on the `Case`.

A cue inside payload speaks about the material, not the ask ("who's he?" in a
body-camera transcript). The readers decide from the ask and the instructions and
cite payload only as such.

Reading is bounded: at most `ASK_WINDOW` characters of ask (the most recent),
`INSTRUCTIONS_WINDOW` of instructions and `PAYLOAD_WINDOW` of payload are kept, so a
30 MB prompt costs what a 64 KB one does.

Pure: no I/O, no models. Works on the structure of the text, in every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from usegate.request.case import Case, TextPart

ASK_WINDOW = 16_384
INSTRUCTIONS_WINDOW = 16_384
PAYLOAD_WINDOW = 65_536
#: a single user message longer than this is read from its head and its tail only
_MESSAGE_WINDOW = 2 * ASK_WINDOW
#: at most this many tools are read
MAX_TOOLS = 64

ASK = "ask"
INSTRUCTIONS = "instructions"
PAYLOAD = "payload"


@dataclass(frozen=True)
class Segment:
    """A piece of request text with the role it plays."""

    role: str  # ask, instructions, payload
    text: str
    location: str  # where in the request (`messages[3].content`, `tools.face_search`)
    turn: int  # message index; -1 outside messages
    #: what the text was in the request: user, system, developer, tool_schema, assistant, tool,
    #: tool_call, input, prompt, metadata; for payload cut from a user turn, the kind of block
    source: str = ""

    @property
    def where(self) -> str:
        return f"{self.role} ({self.location})"


@dataclass(frozen=True)
class Anatomy:
    """A request's text, by role, within the reading windows."""

    instructions: tuple[Segment, ...] = ()
    ask: tuple[Segment, ...] = ()
    payload: tuple[Segment, ...] = ()
    #: the index of the last user turn (-1 when there is none)
    last_turn: int = -1
    truncated: tuple[str, ...] = field(default=())

    def segments(self) -> Iterator[Segment]:
        yield from self.instructions
        yield from self.ask
        yield from self.payload

    def text(self, role: str) -> str:
        return "\n".join(s.text for s in getattr(self, role))

    @property
    def last_ask(self) -> str:
        """The ask of the last user turn (what the user directs now)."""
        return "\n".join(s.text for s in self.ask if s.turn == self.last_turn)

    @property
    def earlier_ask(self) -> str:
        """The ask of the user turns before the last one (what set it up)."""
        return "\n".join(s.text for s in self.ask if s.turn != self.last_turn)


# ---- splitting one user message into ask and payload ------------------------------------------

_FENCE = re.compile(r"^\s*(```|~~~|\"\"\"|'''|<<<|>>>)", re.M)
_TAG_BLOCK = re.compile(r"<(?P<tag>[A-Za-z][\w-]{0,30})(?:\s[^>]{0,200})?>(?P<body>.*?)</(?P=tag)>", re.S)
_RULE_LINE = re.compile(r"^\s*(?:[-=_*#~]{3,}|(?:begin|end)\b.{0,40})\s*$", re.I | re.M)
#: a line that is dialogue, a log entry or a quotation: speaker labels, time stamps, '>' quotes
_SPEAKER = re.compile(
    r"^\s*(?:"
    r"\[?\(?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\)?\]?"  # 21:04, [21:04:33], (9.15)
    r"|\[[^\]\n]{1,40}\]"  # [OFFICER], [inaudible]
    r"|>"
    r"|[-–—•*]\s*[\"“«„「]"  # - "quoted line"
    r"|[\"“«„「『']"  # a line that opens with a quotation mark
    r"|—\s"  # — a line of dialogue opened by a dash (ru, uk, fr, es, pl, pt ...)
    r"|(?:Q|A|F|R|P|V|S|O|D)\s*[:.]\s"  # Q: / A: (question and answer transcripts)
    r"|[^\s:：]{1,3}\d{0,3}[:：]"  # U1:, S2:, 警:
    # a speaker label in any script: "OFC:", "Dr. Weiss:", "ΑΣΤ.:", "ДЕЖУРНЫЙ:", "경찰관:"
    r"|(?:[^\W\d_][\w'.-]{0,20}"
    r"|\w{1,20})(?:\s[\w'.-]{1,20}){0,3}\s?(?:\(\w[^)\n]{0,20}\))?\s?[:：](?!//)"
    r")"
)
#: a line of code
_CODE = re.compile(
    r"^\s*(?:import |from \S+ import |def |class |return\b|for .+:$|if .+:$|#include|"
    r"const |let |var |function\b|public |private |async |await |print\(|@\w+|\w+\s*=\s*\S|"
    r"[{}\[\]();]+\s*$|.*[;{]\s*$|\w+\(.*\)\s*$)"
)
#: a line that introduces pasted material ("Here is the transcript:", "Texto:")
_INTRO = re.compile(r"[:：]\s*$")
#: an inline quotation at least this long is pasted material, not words of the ask
INLINE_QUOTE_CHARS = 80
_SENTENCE_END = re.compile(r"[.!?。！？؟]\s*$")


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _line_kind(line: str) -> str:
    if _CODE.match(line) and not _SENTENCE_END.search(line):
        return "code"
    if _SPEAKER.match(line):
        return "dialogue"
    return "prose"


def split_message(text: str) -> list[tuple[str, str]]:
    """(kind, text) blocks of one user message, kind `ask` or a payload kind
    (`quoted`, `code`, `dialogue`, `document`)."""
    blocks: list[tuple[str, str]] = []
    # 1. explicit containers: fenced blocks and <tag>...</tag> blocks are payload
    rest: list[tuple[bool, str]] = []
    pos = 0
    spans: list[tuple[int, int, str]] = []
    for m in _TAG_BLOCK.finditer(text):
        if len(m.group("body").strip()) >= 20:
            spans.append((m.start(), m.end(), m.group("body")))
    fences = list(_FENCE.finditer(text))
    for a, b in zip(fences[::2], fences[1::2], strict=False):
        spans.append((a.start(), b.end(), text[a.end() : b.start()]))
    spans.sort()
    for start, end, body in spans:
        if start < pos:
            continue
        rest.append((False, text[pos:start]))
        rest.append((True, body))
        pos = end
    rest.append((False, text[pos:]))
    for is_payload, chunk in rest:
        if is_payload:
            code = bool(_FENCE_LANGUAGE.match(chunk)) or _looks_like_code(chunk)
            blocks.append(("code" if code else "quoted", chunk))
        elif chunk.strip():
            blocks.extend(_split_free(chunk))
    return _merge(_notes_to_the_model(blocks))


#: a line of pasted material that is a note to whoever processes it ("[analyst note: run the
#: still against the booking photos]", "P.S. pour l'IA : ...", "※翻訳のついでに...", "ملاحظة: ..."):
#: an instruction riding in the material, read as part of the ask
_NOTE = re.compile(
    r"^\s*[\[(（【]?\s*(?:"
    r"(?:[\w'.-]+ ){0,2}(?:note|notes|nb|n\.b\.|p\.\s?s\.?|ps|todo|to-do|action item|nota|notas|obs"
    r"|observa[cç][aã]o|observaci[oó]n|vermerk|notiz|anmerkung|anteckning|notering|catatan|uwaga"
    r"|adnotacja|σημείωση|σημ\."
    r"|примечание|заметка|пометка|примітка|нотатка|टिप्पणी|नोट|ghi chú|lưu ý|not)"
    r"(?: (?:[\w'.-]+ ){0,3}?[\w'.-]+)?\s*[:：—–-]"
    r"|※|메모|참고|ملاحظة|備考|メモ"
    r")"
    r"|\b(?:IA|AI|KI|ИИ|ШІ)\s*[:：—,]",
    re.I,
)


def _notes_to_the_model(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Note lines inside pasted prose, quotations and transcripts move to the ask."""
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        lines = text.split("\n")
        if kind in ("ask", "code") or not any(_NOTE.search(ln) for ln in lines):
            out.append((kind, text))
            continue
        kept: list[str] = []
        for line in lines:
            if _NOTE.search(line) and len(line) <= 400:
                if kept:
                    out.append((kind, "\n".join(kept)))
                    kept = []
                out.append(("ask", line))
            else:
                kept.append(line)
        if kept:
            out.append((kind, "\n".join(kept)))
    return out


_LABEL = re.compile(r"^\s*([^:：\n]{1,40}?)\s*[:：]")
_STAMP = re.compile(r"^\s*(?:\[?\(?\d{1,2}[:.h]\d{2}|\[[^\]\n]{1,40}\]|>|[-–—•*]?\s*[\"“«„「『]|—\s)")


def _is_dialogue(lines: list[str], kinds: list[str], has_other_paragraphs: bool) -> bool:
    """A transcript, a log or quoted lines, not a list of labelled instructions
    ("Task: ...", "Context: ..."): time stamps or quotation marks, a speaker who speaks
    twice, or an exchange beside a separate instruction."""
    labelled = [ln for ln, k in zip(lines, kinds, strict=True) if k == "dialogue"]
    if sum(1 for ln in labelled if _STAMP.match(ln)) >= 2:
        return True
    labels = [m.group(1).strip().lower() for ln in labelled if (m := _LABEL.match(ln))]
    if len(labels) != len(set(labels)):
        return True
    return has_other_paragraphs and len(labelled) == len(lines) and len(set(labels)) >= 2


#: a list item: "- note", "• note", "3) note", "١- note"
_BULLET = re.compile(r"^\s*(?:[-–•*·▪]|\(?[0-9٠-٩]{1,2}[.)\-]|[a-z][.)])\s*\S")


def _quoted_then_words(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines after an introduction: the quoted, dialogue or list lines, and the prose after
    them when it is short (a new instruction), else everything is quoted."""
    if lines and _BULLET.match(lines[0]):
        # "My notes:\n- ...\n- ...\nNow run this face against ...": the list is the material,
        # a short line after it that is not another item speaks to the model again
        j = 0
        while j < len(lines) and _BULLET.match(lines[j]):
            j += 1
        after = lines[j:]
        if 0 < j < len(lines) and sum(map(len, after)) <= 400 and not any(_BULLET.match(ln) for ln in after):
            if all(_line_kind(ln) != "code" for ln in after):
                return lines[:j], after
        return lines, []
    j = 0
    while j < len(lines) and _SPEAKER.match(lines[j]):
        j += 1
    after = lines[j:]
    if 0 < j < len(lines) and all(_line_kind(ln) == "prose" for ln in after) and sum(map(len, after)) <= 400:
        return lines[:j], after
    return lines, []


#: a line of a formal document: a clause number ("B.1", "3.2.1", "§ 33", "Art. 5", "Điều 4",
#: "第3条", "المادة 2") or a heading in capitals ("MASTER SERVICES AGREEMENT — EXHIBIT B")
_DOC_NUMBER = re.compile(
    r"^\s*(?:[A-Z]{1,3}\.\d+|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s|§+\s*\d+"
    r"|第\s*[\d一二三四五六七八九十]+\s*条|제\s*\d+\s*조|المادة\s*\d+|धारा\s*\d+)"
)
_DOC_WORD = re.compile(
    r"^\s*(?:article|art\.|artikel|art[ií]culo|articolo|artigo|artykuł|статья|стаття"
    r"|άρθρο|madde|pasal|điều"
    r"|section|sec\.|clause|cláusula|clausola|klausel|paragraph|paragraf|exhibit|annex|anexo|anlage"
    r"|allegato)"
    r"\s*[\dIVX]+\b",
    re.I,
)
#: a heading in capitals ("MASTER SERVICES AGREEMENT — EXHIBIT B"): case-sensitive on purpose
_CAPS_HEADING = re.compile(r"^\s*[A-ZÀ-ÝΑ-ΩА-Я][A-ZÀ-ÝΑ-ΩА-Я0-9 ,.:—–&()/'-]{10,}$")


_OPENING_QUOTES = "\"“«„「『'‘"
_CLOSING_QUOTES = "\"”»“」』'’"


def _closes(para: str) -> bool:
    """A paragraph that opens with a quotation mark and ends with one (a stop may follow)."""
    tail = para.rstrip().rstrip(".!?。！？؟ ")
    return bool(tail) and tail[-1] in _CLOSING_QUOTES


def _is_document(lines: list[str]) -> bool:
    """A block of clauses under a heading: a contract, a statute, a policy pasted whole."""
    if len(lines) < 3:
        return False
    numbered = sum(1 for ln in lines if _DOC_NUMBER.match(ln) or _DOC_WORD.match(ln))
    return numbered * 2 >= len(lines) or (bool(_CAPS_HEADING.match(lines[0])) and numbered >= 2)


#: the language named after an opening fence ("```python")
_FENCE_LANGUAGE = re.compile(
    r"(?:python|py|javascript|js|typescript|ts|java|go|rust|c|cpp|c\+\+|csharp|cs|sql|bash|sh|ruby"
    r"|php|kotlin"
    r"|swift|scala|r)[ \t]*\n",
    re.I,
)
#: a comment line in code ("# load every booking photo", "// TODO: match the face")
_COMMENT = re.compile(r"^\s*(?:#(?!#)|//|--\s)")


def _looks_like_code(chunk: str) -> bool:
    """Half the lines are code; comment lines (in any language) count with the code they annotate."""
    lines = [ln for ln in chunk.splitlines() if ln.strip()]
    code = sum(1 for ln in lines if _line_kind(ln) == "code")
    comments = sum(1 for ln in lines if _COMMENT.match(ln))
    return bool(lines) and code >= 1 and (code + comments) * 2 >= len(lines)


def _split_free(text: str) -> list[tuple[str, str]]:
    """Ask and payload in text without explicit containers."""
    out: list[tuple[str, str]] = []
    paragraphs = _paragraphs(text)
    long_message = len(text) > 600
    intro_open = carry_out = False
    for i, para in enumerate(paragraphs):
        lines = [ln for ln in para.splitlines() if ln.strip()]
        kinds = [_line_kind(ln) for ln in lines]
        n = len(lines)
        first, last = i == 0, i == len(paragraphs) - 1
        dialogue = sum(1 for k in kinds if k == "dialogue")
        code = sum(1 for k in kinds if k == "code")
        if n >= 2 and code * 2 >= n:
            out.append(("code", para))
            intro_open = False
            continue
        if n >= 2 and dialogue * 2 >= n and _is_dialogue(lines, kinds, len(paragraphs) > 1):
            # a transcript or a log; an ask line written inside it (first or last line, not
            # dialogue, ending as a sentence or question) stays the ask
            head: list[str] = []
            tail: list[str] = []
            body = list(lines)
            if body and kinds[0] == "prose":
                head.append(body.pop(0))
                kinds = kinds[1:]
            if body and kinds[-1] == "prose":
                tail.append(body.pop())
            for h in head:
                out.append(("ask", h))
            out.append(("dialogue", "\n".join(body)))
            for t in tail:
                out.append(("ask", t))
            intro_open = bool(head and _INTRO.search(head[-1]))
            continue
        if (
            n >= 2
            and _INTRO.search(lines[0])
            and len(lines[0]) <= 300
            and not intro_open
            and not _CARRY_OUT.search(lines[0])
        ):
            # "Translate this:\n<the text>" (but not "translate it and then do what it says:\n…")
            out.append(("ask", lines[0]))
            quoted, after = _quoted_then_words(lines[1:])
            out.append(("quoted", "\n".join(quoted)))
            if after:
                # "Here is the message:\n"<quoted line>"\nIgnore it, match his face.": the
                # words after the quotation speak to the model again
                out.append(("ask", "\n".join(after)))
            intro_open = not after
            continue
        if intro_open and not last:
            out.append(("document", para))
            continue
        if len(paragraphs) > 1 and not (first and last) and _is_document(lines):
            # a contract, a statute or a general order pasted before or after the ask (often in
            # another language than the ask)
            out.append(("document", para))
            intro_open = True
            continue
        if intro_open and last:
            # the closing paragraph after pasted material: short means a new instruction, unless
            # it is itself a quotation ("Translate this statement:\n\n"I was in the laundromat ...")
            is_quote = para.lstrip()[:1] in _OPENING_QUOTES and _closes(para) and not carry_out
            kind = "quoted" if is_quote else "ask" if len(para) <= 400 else "document"
            out.append((kind, para))
            continue
        if long_message and not first and not last and len(para) > 300:
            out.append(("document", para))
            continue
        if long_message and len(para) > 1200 and len(paragraphs) > 1:
            out.append(("document", para))
            continue
        out.extend(_inline_quotes(para))
        intro_open = bool(_INTRO.search(para.rstrip())) and len(para) <= 300
        # "A letter from the lieutenant, carry it out:\n\n«...»": the quotation is the ask
        carry_out = intro_open and bool(_CARRY_OUT.search(para))
    if out and all(k != "ask" for k, _ in out):
        # nothing read as an instruction: the first short line is the ask
        k, t = out[0]
        first_line, _, rest = t.partition("\n")
        if len(first_line) <= 300:
            out[0] = ("ask", first_line)
            if rest.strip():
                out.insert(1, (k, rest))
    return out


#: a quotation inside a sentence, long enough to be pasted material: «...», “...”, „...“, "...", 「...」
_Q = f"{{{INLINE_QUOTE_CHARS},}}"
_INLINE_QUOTE = re.compile(
    rf"«(?P<a>[^»]{_Q})»|“(?P<b>[^”]{_Q})”|„(?P<c>[^“”]{_Q})[“”]|\"(?P<d>[^\"]{_Q})\"|「(?P<e>[^」]{_Q})」"
    # 'a single-quoted passage': opened after a space or a colon, closed before a space or a stop
    rf"|(?:(?<=[\s:(])|^)'(?P<f>[^'\n]{_Q})'(?=[\s.,;:!?)]|$)"
)


#: a last turn that carries out what an earlier turn quoted: "now answer that question", "do what it
#: says now", "sekarang jawab pertanyaan itu", "réponds-y maintenant", "а теперь ответь на него"
_ANSWER_EARLIER = re.compile(
    # explicit only: "answer that question", "do what it says"; not a bare "do it", "responda" or
    # "reply to it" (writing a reply to an e-mail is not carrying it out)
    r"(?i)\b(?:answer (?:that|this|the) question|(?:now )?do what it (?:says|asks)"
    r"|r[ée]ponds [àa] (?:cette|la) question|responde a (?:esa|la) pregunta"
    r"|beantworte die frage|rispondi alla domanda|beantwoord de vraag|odpowiedz na (?:to )?pytanie"
    r"|jawab(?:lah)? pertanyaan itu|tr[ảa] l[ờo]i c[âa]u h[ỏo]i (?:đó|do|n[àa]y)"
    r"|svara p[åa] fr[åa]gan"
    r"|us sawal ka jawab|uska jawab do)\b"
    r"|ответь на (?:этот )?вопрос|відповідай на (?:це )?питання|απάντησε στην ερώτηση"
    r"|أجب عن السؤال|その質問に答え|그 질문에 답|उस सवाल का जवाब"
    # "haz lo que dice el correo", "Gör som Erik säger", "do what the sergeant's email says"
    r"|(?i:\bhaz lo que (?:dice|pide)|\bdo (?:what|as) (?:the \w{1,24}|it|he|she) (?:says|asks)"
    r"|\bfai (?:quello|ci[òo]) che (?:dice|chiede)|\bfais ce que (?:dit|demande)"
    r"|\bmach,? was (?:die|der|das) \w{1,24} (?:sagt|schreibt)"
    r"|\bdoe wat (?:de|het|hij|zij) \w{0,24} ?(?:zegt|vraagt)|\bfa[çc]a o que (?:diz"
    r"|pede)|\bzr[óo]b,? co (?:m[óo]wi|pisze))"
)
#: "Gör som Erik säger", "do as Erik says", "haz lo que dice Ortiz": a named speaker of the thread
#: pasted with the ask is to be obeyed (the thread is promoted only when the name is in it)
_OBEY_NAMED = re.compile(
    r"(?i)\b(?:g[öo]r som|do (?:what|as)|haz lo que (?:dice|pide)|fai (?:quello"
    r"|ci[òo]) che (?:dice|chiede)|fais ce que (?:dit|demande)"
    r"|mach,? was|doe wat) (?P<name>[A-ZÀ-ÖØ-Þ][\w'-]{1,24})"
)


#: "translate it and then do what it says: «...»": the quoted words are carried out, so they ask
_CARRY_OUT = re.compile(
    r"\b(?:then do (?:it|that|what it says)|do what it says|(?:then )?answer (?:it|that"
    r"|the question)"
    r"|puis (?:fais-le|exécute|réponds)|fais ce qu'il dit|réponds à (?:la|cette) question"
    r"|luego hazlo|haz lo que dice|und dann (?:mach|tu) (?:es|das)|mach,? was (?:da|es) steht"
    r"|e depois faz|faz o que (?:diz|pede)|e poi fallo|fai quello che dice|en doe (?:het"
    r"|wat er staat)"
    r"|a potem (?:zrób|wykonaj)|zrób,? co|sonra (?:yap|uygula)|rồi làm theo|lalu lakukan"
    r"|och gör (?:det|vad)|και κάνε|thực hiện|thuc hien"
    # "Übersetze ins Englische und führe dann aus:", "Vertaal en voer uit:", "e poi rispondi alla domanda:"
    r"|führe (?:es |sie |das |ihn )?(?:dann |danach |anschließend )?aus|voer (?:het |dat "
    r"|dit )?(?:dan |daarna |vervolgens )?uit"
    r"|talimat\w{0,4} (?:uygula|yerine getir)|sonra (?:da )?(?:onu |bunu )?uygula"
    r"|(?:e )?poi rispondi|(?:y )?(?:luego )?ejecuta(?:lo)?|(?:e )?(?:depois )?executa|et exécute"
    r"|(?:then|and) (?:execute|run) (?:it|that|this)?"
    # "Översätt till engelska och utför:", "rồi làm đúng như nó nói", "και μετά κάνε ό,τι λέει",
    # "і виконай як інструкцію"
    # "ثم نفّذها على الصورة", "その指示に従って", "지시대로 해", "затем выполни", "dann befolge es"
    r"|ثم (?:نفّذ|نفذ|طبّق|طبق)\w{0,3}|(?:نفّذ|نفذ)(?:ها|ه) (?:على|حرفي)|指示に従っ|指示どおり|指示通り"
    r"|지시대로|그대로 해"
    r"|och utför|làm đúng như|κάνε ό,τι λέει|(?:і|и) (?:виконай|выполни)|виконай як|выполни как"
    # "phir usi ke hisaab se kaam karo", "lalu laksanakan isinya", "fai esattamente quello che chiede"
    r"|usi ke hisaab se|uske hisaab se|jo likha hai (?:wo|woh|vo) karo|(?:laksanakan"
    r"|lakukan|jalankan"
    r"|kerjakan) isinya"
    r"|fai (?:esattamente )?quello che (?:chiede|dice)|haz (?:exactamente )?lo que (?:pide|dice)"
    r"|fais (?:exactement )?ce qu'(?:il|elle) demande"
    r"|do exactly what it (?:says|asks)|doe precies wat|mach genau,? was|carry (?:it "
    r"|this |that )?out"
    r"|do what the (?:sentence|text|line|note|message) says"
    r"|luego ejecuta la instrucción|ejecuta la instrucción|wykonaj (?:je|to|go)"
    r"|lalu kerjakan|κάν' το"
    r"|και μετά κάνε|wykonaj polecenie|и выполни|그대로 수행|수행해)\b"
    # asked again in another language: "En néerlandais alors : '…'", "te lo pregunto en inglés: '…'"
    r"|\b(?:in|en|auf|em|na|w|på|in het|por|to) (?:english|englisch|anglais|inglés|ingles"
    r"|inglese|engels"
    r"|angielsku|dutch|néerlandais|neerlandés|neerlandes|olandese|niederländisch"
    r"|nederlands|french|français"
    r"|francés|frances|francese|französisch|frans|francês|spanish|espagnol|español|espanol|spagnolo"
    r"|spanisch"
    r"|spaans|espanhol|german|allemand|alemán|aleman|alemão|tedesco|deutsch|duits|italian"
    r"|italien|italiano"
    r"|italienisch|italiaans|portuguese|portugais|portugués|portoghese|portugiesisch|portugees)\b"
    r"(?:[^'\"«“„\n]{0,40})(?:alors|then|dann|halt|então|entao|allora|dan|pues|entonces"
    r"|a ver si|ver se"
    r"|peut-être|vielleicht|maybe|te lo pregunto|lo chiedo|je te le demande|frage ich"
    r"|pergunto|vraag ik)"
    r"|(?:alors|then|dann|halt|então|entao|allora|dan|pues|entonces|te lo pregunto"
    r"|te lo chiedo|ti chiedo"
    r"|je te le demande|je te demande|ich frage dich|te pergunto|pergunto|vraag ik het|i'?ll ask)"
    r"(?:[^'\"«“„\n]{0,40})\b(?:in|en|auf|em|na|in het|to) (?:english|englisch|anglais|inglés"
    r"|ingles|inglese"
    r"|engels|dutch|néerlandais|nederlands|french|français|francés|francese|französisch"
    r"|frans|spanish"
    r"|espagnol|español|espanhol|spagnolo|spanisch|spaans|german|allemand|alemán|alemão|tedesco"
    r"|deutsch|duits"
    r"|italian|italiano|portuguese|portugais|português)\b"
    r"|выполни|виконай|сделай,? что там|зроби,? що там|시키는 대로|그대로 실행|そのとおり|実行して"
    r"|ثم نفذ|फिर वही करो",
    re.I,
)


def _inline_quotes(para: str) -> list[tuple[str, str]]:
    """An ask that quotes a long passage inline ("make slides from this circular: «...»"):
    the passage is payload, the words around it the ask; unless the words around it say to
    carry the passage out ("translate it, then do what it says: «...»")."""
    found = list(_INLINE_QUOTE.finditer(para))
    if not found or _CARRY_OUT.search(_INLINE_QUOTE.sub(" ", para)):
        return [("ask", para)]
    ask, pos, quoted = [], 0, []
    for m in found:
        ask.append(para[pos : m.start()] + "«…»")
        quoted.append(m.group(m.lastgroup or 0))
        pos = m.end()
    ask.append(para[pos:])
    return [("ask", "".join(ask)), *(("quoted", q) for q in quoted)]


def _merge(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for kind, text in blocks:
        if not text.strip():
            continue
        if merged and merged[-1][0] == kind:
            merged[-1] = (kind, merged[-1][1] + "\n" + text)
        else:
            merged.append((kind, text))
    return merged


# ---- the whole request ---------------------------------------------------------------------------

_INSTRUCTION_ROLES = ("system", "developer")
_PAYLOAD_ROLES = ("assistant", "tool")


def _window(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    half = limit // 2
    return text[:half] + "\n…\n" + text[-half:]


def _tool_segments(case: Case) -> Iterable[Segment]:
    for tool in case.tools[:MAX_TOOLS]:
        words = _CAMEL.sub(" ", tool.text).replace("_", " ").replace("-", " ")
        yield Segment(INSTRUCTIONS, words[:4000], f"tools.{tool.name}", -1, "tool_schema")


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def read(case: Case) -> Anatomy:
    """Split a case's text into instructions, ask and payload (within the windows)."""
    instructions: list[Segment] = []
    asks: list[tuple[int, Segment]] = []
    payload: list[Segment] = []
    truncated: list[str] = []
    user_turns = [p.turn for p in case.texts if p.role in ("user", "prompt")]
    last_turn = max(user_turns) if user_turns else -1
    for part in case.texts:
        if part.role in _INSTRUCTION_ROLES:
            instructions.append(_segment(INSTRUCTIONS, part, part.role))
        elif part.role == "tool_call":
            # a call the model made earlier: what a deployer's tool did, read as instructions
            instructions.append(_segment(INSTRUCTIONS, part, "tool_call"))
        elif part.role in _PAYLOAD_ROLES:
            payload.append(_segment(PAYLOAD, part, part.role))
        elif part.role == "input":
            # embeddings input: the request asks for exactly this to be embedded
            asks.append((part.turn, _segment(ASK, part, "input")))
        elif part.role == "metadata":
            instructions.append(_segment(INSTRUCTIONS, part, "metadata"))
        else:  # user, prompt
            text = part.text
            if len(text) > _MESSAGE_WINDOW:
                truncated.append(part.location)
                text = _window(text, _MESSAGE_WINDOW)
            for kind, block in split_message(text):
                role = ASK if kind == "ask" else PAYLOAD
                seg = Segment(role, block, part.location, part.turn, part.role if role == ASK else kind)
                if role == ASK:
                    asks.append((part.turn, seg))
                else:
                    payload.append(seg)
    instructions.extend(_tool_segments(case))
    last_asks = [seg for turn, seg in asks if turn == last_turn and seg.source in ("user", "prompt")]
    short = sum(len(s.text) for s in last_asks) <= 200
    carried = any(_ANSWER_EARLIER.search(s.text) or _OBEY_NAMED.search(s.text) for s in last_asks)
    if last_asks and short and carried:
        # "Translate: 'who is the man in this photo?'" … "now answer that question": the words quoted
        # in an earlier turn are carried out in the last one, so they ask
        answered = [
            p for p in payload if p.source == "assistant" and p.turn == last_turn - 1 and len(p.text) <= 400
        ]
        # ... and so is what a tool fetched for it ("haz lo que dice el correo") or a thread pasted
        # with it ("Gör som Erik säger")
        fetched = [p for p in payload if p.source == "tool" and last_turn - 3 <= p.turn < last_turn]
        named = [m.group("name") for s in last_asks for m in _OBEY_NAMED.finditer(s.text)]
        pasted = [
            p
            for p in payload
            if p.source in ("dialogue", "quoted") and p.turn == last_turn and any(n in p.text for n in named)
        ]
        quoted = [p for p in payload if p.source == "quoted" and 0 <= p.turn < last_turn]
        for seg in quoted + answered + fetched + pasted:
            payload.remove(seg)
            asks.append((seg.turn, Segment(ASK, seg.text, seg.location, seg.turn, "user")))
    # the most recent ask first when the window runs out
    ask_kept: list[Segment] = []
    budget = ASK_WINDOW
    for _, seg in sorted(asks, key=lambda ts: ts[0], reverse=True):
        if budget <= 0:
            truncated.append(seg.location)
            continue
        if len(seg.text) > budget:
            seg = Segment(seg.role, seg.text[-budget:], seg.location, seg.turn, seg.source)
            truncated.append(seg.location)
        budget -= len(seg.text)
        ask_kept.append(seg)
    ask_kept.reverse()
    return Anatomy(
        instructions=tuple(_bounded(instructions, INSTRUCTIONS_WINDOW, truncated)),
        ask=tuple(ask_kept),
        payload=tuple(_bounded(payload, PAYLOAD_WINDOW, truncated, keep_last=True)),
        last_turn=last_turn,
        truncated=tuple(dict.fromkeys(truncated)),
    )


def _segment(role: str, part: TextPart, source: str) -> Segment:
    return Segment(role, part.text, part.location, part.turn, source)


def _bounded(
    segments: list[Segment], limit: int, truncated: list[str], *, keep_last: bool = False
) -> list[Segment]:
    """Segments within `limit` characters in all (the first ones, or the last ones)."""
    order = list(reversed(segments)) if keep_last else list(segments)
    kept: list[Segment] = []
    budget = limit
    for seg in order:
        if budget <= 0:
            truncated.append(seg.location)
            continue
        if len(seg.text) > budget:
            text = seg.text[-budget:] if keep_last else seg.text[:budget]
            seg = Segment(seg.role, text, seg.location, seg.turn, seg.source)
            truncated.append(seg.location)
        budget -= len(seg.text)
        kept.append(seg)
    return list(reversed(kept)) if keep_last else kept
