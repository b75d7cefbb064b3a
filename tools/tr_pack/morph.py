# Minimal Turkish suffixation for generating phrase tables.
VOW = "aeıioöuü"
BACK = "aıou"
def last_vowel(w):
    for ch in reversed(w.lower()):
        if ch in VOW: return ch
    return "e"
def A(w): return "a" if last_vowel(w) in BACK else "e"
def I(w):
    v = last_vowel(w)
    return {"a":"ı","ı":"ı","o":"u","u":"u","e":"i","i":"i","ö":"ü","ü":"ü"}[v]
HARD = "fstkçşhp"
def ends_vowel(w): return w[-1].lower() in VOW
def D(w): return "t" if w[-1].lower() in HARD else "d"

def noun(word, case, soft=None):
    """word: last word of the phrase (prefix kept by caller). soft: softened stem before vowel suffix."""
    s = soft or word
    v = ends_vowel(word)
    i, a = I(word), A(word)
    if case == "": return word
    if case == "acc": return word + "y" + i if v else s + i
    if case == "dat": return word + "y" + a if v else s + a
    if case == "loc": return word + D(word) + a
    if case == "abl": return word + D(word) + a + "n"
    if case == "gen": return word + "n" + i + "n" if v else s + i + "n"
    if case == "poss3": return word + "s" + i if v else s + i
    if case == "pl": return word + "l" + a + "r"
    if case.startswith("poss2pl"):
        base = (word + "n" + i + "z") if v else (s + i + "n" + i + "z")
        rest = case[len("poss2pl"):]
        if rest == "": return base
        if rest == "_acc": return base + i
        if rest == "_dat": return base + a
        if rest == "_loc": return base + "d" + a
        if rest == "_abl": return base + "d" + a + "n"
        if rest == "_gen": return base + i + "n"
    if case.startswith("poss1pl"):
        base = (word + "m" + i + "z") if v else (s + i + "m" + i + "z")
        rest = case[len("poss1pl"):]
        if rest == "": return base
        if rest == "_acc": return base + i
        if rest == "_dat": return base + a
        if rest == "_loc": return base + "d" + a
        if rest == "_abl": return base + "d" + a + "n"
    raise ValueError(case)

# Folded surface suffix variants for a loanword/acronym followed by apostrophe.
SURF = {
    "acc": ["i", "u", "yi", "yu"],
    "dat": ["a", "e", "ya", "ye"],
    "loc": ["da", "de", "ta", "te"],
    "abl": ["dan", "den", "tan", "ten"],
    "gen": ["in", "un", "nin", "nun"],
    "poss3": ["si", "su"],
    "pl": ["lar", "ler"],
    "poss2pl": ["iniz", "unuz", "niz", "nuz"],
    "poss2pl_acc": ["inizi", "unuzu", "nizi", "nuzu"],
    "poss2pl_dat": ["iniza", "inize", "unuza", "niza", "nize", "nuza"],
    "poss2pl_loc": ["inizda", "inizde", "unuzda", "nizda", "nizde", "nuzda"],
    "poss2pl_abl": ["inizdan", "inizden", "unuzdan", "nizdan", "nizden", "nuzdan"],
    "poss2pl_gen": ["inizin", "unuzun", "nizin", "nuzun"],
    "poss1pl": ["imiz", "umuz", "miz", "muz"],
    "pl_loc": ["larda", "lerde"],
    "pl_poss2pl": ["lariniz", "leriniz"],
    "poss3_acc": ["ini", "unu", "sini", "sunu"],
    "poss1pl_acc": ["imizi", "umuzu", "mizi", "muzu"],
    "poss1pl_dat": ["imiza", "imize", "umuza", "miza", "mize", "muza"],
    "poss1pl_loc": ["imizda", "imizde", "umuzda", "mizda", "mizde", "muzda"],
    "poss1pl_abl": ["imizdan", "imizden", "umuzdan", "mizdan", "mizden", "muzdan"],
}

def verb_forms(stem):
    """Ability-negative / plain-negative forms of a verb stem, folded later by the engine."""
    v = ends_vowel(stem)
    a = A(stem)
    y = "y" if v else ""
    i = I(stem)
    inf = stem + "m" + a + "k"
    neg_ab = stem + y + a  # gönder-e / ekle-ye
    ab_pres = neg_ab + "m" + ("ı" if a == "a" else "i") + "yor"
    forms = {
        ab_pres + "uz": "pl", ab_pres + "um": "sg",
        neg_ab + "m" + a + "y" + ("ı" if a == "a" else "i") + "z": "pl",
        neg_ab + "m" + a + "m": "sg",
        neg_ab + "m" + a + "y" + a + "c" + a + "ğ" + ("ı" if a == "a" else "i") + "z": "pl",
        neg_ab + "m" + a + "y" + a + "c" + a + "ğ" + ("ı" if a == "a" else "i") + "m": "sg",
    }
    return inf, forms
