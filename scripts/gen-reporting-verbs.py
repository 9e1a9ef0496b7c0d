#!/usr/bin/env python3
"""Generate Sources/Briefing/Data/reporting-verbs.tsv: reporting verbs with all their forms.

Columns: lemma, 3rd person singular, past, gerund, past participle, flags.
Flags: listener = takes the hearer as object before the content ("told Reuters that");
object = an NP complement is itself reported content ("confirmed the shutdown of ...");
cognition = reports a belief rather than an utterance ("believes that");
weak = needs "that" or a colon to count (too often used in other senses on its own).
Multi-word lemmas ("point out") inflect their first word.

Run: python3 scripts/gen-reporting-verbs.py > Sources/Briefing/Data/reporting-verbs.tsv
"""

IRREGULAR = {
    "say": ("says", "said", "saying", "said"),
    "tell": ("tells", "told", "telling", "told"),
    "write": ("writes", "wrote", "writing", "written"),
    "speak": ("speaks", "spoke", "speaking", "spoken"),
    "think": ("thinks", "thought", "thinking", "thought"),
    "find": ("finds", "found", "finding", "found"),
    "foresee": ("foresees", "foresaw", "foreseeing", "foreseen"),
    "forecast": ("forecasts", "forecast", "forecasting", "forecast"),
    "retell": ("retells", "retold", "retelling", "retold"),
    "feel": ("feels", "felt", "feeling", "felt"),
    "hold": ("holds", "held", "holding", "held"),
    "swear": ("swears", "swore", "swearing", "sworn"),
    "go on": ("goes on", "went on", "going on", "gone on"),
    "make clear": ("makes clear", "made clear", "making clear", "made clear"),
    "let slip": ("lets slip", "let slip", "letting slip", "let slip"),
    "bet": ("bets", "bet", "betting", "bet"),
    "read": ("reads", "read", "reading", "read"),
    "teach": ("teaches", "taught", "teaching", "taught"),
    "lay out": ("lays out", "laid out", "laying out", "laid out"),
    "set out": ("sets out", "set out", "setting out", "set out"),
    "spell out": ("spells out", "spelled out", "spelling out", "spelled out"),
    "sum up": ("sums up", "summed up", "summing up", "summed up"),
    "begin": ("begins", "began", "beginning", "begun"),
    "sing": ("sings", "sang", "singing", "sung"),
    "put it": ("puts it", "put it", "putting it", "put it"),
}

DOUBLE_FINAL = {"admit", "commit", "regret", "rebut", "submit", "omit", "transmit", "bet", "chat", "quip", "plan", "shrug", "grin"}

VERBS = """
say tell add note explain state claim assert argue insist maintain contend stress emphasize emphasise
point out declare announce confirm deny reveal disclose report acknowledge admit concede agree disagree
warn caution predict forecast estimate suggest propose recommend urge advise remind assure reassure
promise pledge vow swear threaten boast brag complain lament bemoan criticize criticise condemn
denounce decry accuse allege charge testify recall recount describe comment remark observe mention
reply respond answer retort counter rebut object protest question ask wonder inquire enquire
write tweet post blog text email message post say speak reiterate repeat restate reaffirm underline
underscore highlight clarify conclude continue go on indicate signal imply hint show demonstrate
illustrate acknowledge concur affirm aver avow proclaim exclaim shout yell scream whisper mutter
murmur cry joke quip muse reflect reason calculate reckon believe think feel hope fear expect
doubt suspect guess assume presume figure speculate theorize theorise hypothesize find determine discover
learn notify inform brief instruct order demand request plead beg implore appeal call
insist explain outline lay out set out spell out detail elaborate specify summarize summarise
characterize characterise label describe dismiss scoff sneer snap fume rage rant gush enthuse
rave praise hail welcome applaud celebrate congratulate thank apologize apologise regret confess
reveal leak let slip divulge release publish issue circulate broadcast air announce declare
certify verify attest swear acknowledge recognize recognise accept concede grant allow admit
tell retell recount narrate relate chronicle document record log list cite quote paraphrase
interject interrupt chime chat gossip rumor rumour bet wager vouch guarantee warrant
maintain hold contend posit postulate stipulate specify prescribe rule decide judge find
surmise infer deduce gather understand hear read learn teach preach lecture
make clear put it sum up
shrug laugh sigh smile grin chuckle chant sing begin groan moan gasp bark growl hiss
"""

LISTENER = {"tell", "inform", "notify", "assure", "reassure", "remind", "warn", "advise", "brief",
            "instruct", "promise", "teach", "retell", "caution", "urge", "order", "ask", "email",
            "text", "message", "thank", "beg", "implore"}
# ("reported revenue of $2bn", "estimated the crowd at 5,000", "forecast growth of 2%" give
# figures, not speech: those verbs report only clauses.)
OBJECT = {"confirm", "announce", "deny", "reveal", "disclose", "acknowledge", "admit", "verify"}
COGNITION = {"believe", "think", "feel", "hope", "fear", "expect", "doubt", "suspect", "guess",
             "assume", "presume", "figure", "speculate", "theorize", "theorise", "hypothesize",
             "reckon", "wonder", "understand", "gather", "infer", "deduce", "surmise", "calculate"}
# Used so often in other senses that they count only with "that", a colon or a quotation.
WEAK = {"add", "note", "state", "show", "find", "call", "continue", "go on", "release", "issue",
        "post", "order", "hold", "rule", "decide", "judge", "grant", "allow", "accept", "record",
        "log", "list", "document", "air", "circulate", "broadcast", "publish", "read", "hear",
        "learn", "teach", "figure", "feel", "charge", "question", "object", "welcome", "celebrate",
        "thank", "praise", "hail", "applaud", "congratulate", "characterize", "characterise",
        "label", "describe", "cite", "quote", "chime", "chat", "bet", "wager", "grant", "determine",
        "discover", "understand", "gather", "expect", "hope", "fear", "believe", "think", "mention",
        "answer", "respond", "reply", "explain", "speak", "signal", "detail", "outline",
        "specify", "summarize", "summarise", "recognize", "recognise", "reflect", "reason",
        "appeal", "demand", "request", "urge", "ask", "joke", "cry", "shout", "put it",
        "make clear", "sum up", "shrug", "laugh", "sigh", "smile", "grin", "chuckle", "chant", "sing", "begin",
        "groan", "moan", "gasp", "bark", "growl", "hiss", "write", "tweet", "text", "email", "message", "blog", "lay out", "set out",
        "spell out", "dismiss", "thank", "apologize", "apologise", "order", "instruct", "brief"}


def regular(verb):
    if verb.endswith("ee"):
        return verb + "s", verb + "d", verb + "ing", verb + "d"
    if verb.endswith("e"):
        return verb + "s", verb + "d", verb[:-1] + "ing", verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing", verb[:-1] + "ied"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es", verb + "ed", verb + "ing", verb + "ed"
    if verb in DOUBLE_FINAL:
        return verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing", verb + verb[-1] + "ed"
    return verb + "s", verb + "ed", verb + "ing", verb + "ed"


def forms(lemma):
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    head, _, rest = lemma.partition(" ")
    f = IRREGULAR.get(head) or regular(head)
    return tuple((x + " " + rest).strip() for x in f)


multi = ["point out", "go on", "make clear", "lay out", "set out", "spell out", "let slip", "put it", "sum up"]
text = VERBS
for m in multi:
    text = text.replace(m, m.replace(" ", "_"))
lemmas = []
for word in text.split():
    lemma = word.replace("_", " ")
    if lemma not in lemmas:
        lemmas.append(lemma)

print("# Reporting verbs: lemma, 3sg, past, gerund, past participle, flags. Generated by")
print("# scripts/gen-reporting-verbs.py; edit the script, not this file.")
for lemma in lemmas:
    flags = []
    if lemma in LISTENER: flags.append("listener")
    if lemma in OBJECT: flags.append("object")
    if lemma in COGNITION: flags.append("cognition")
    if lemma in WEAK: flags.append("weak")
    print("\t".join((lemma,) + forms(lemma) + (",".join(flags) or "-",)))
