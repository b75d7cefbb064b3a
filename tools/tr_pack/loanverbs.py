"""Loanword verbs of support/plaza speech (``renew ettik``, ``expire olmuş``,
``fix'lendi``) and English team names (``dev ekibine``), expanded into their
surface forms with a plain-Turkish replacement conjugated the same way
(``renew ettik`` → ``yeniledik``, ``dev ekibine`` → ``yazılım ekibine``)."""
from morph import A, I, HARD, VOW

MONO_IR = {"al", "bil", "bul", "dur", "gel", "gör", "kal", "ol", "öl", "san", "var", "ver", "vur"}
SOFT = {"et": "ed", "git": "gid", "tat": "tad"}

def _syll(w): return sum(1 for c in w if c in VOW)

def conj(stem, form):
    """Conjugate the last word of a Turkish verb phrase (``yayına al`` → ``yayına aldık``)."""
    words = stem.split(" ")
    pre, v = words[:-1], words[-1]
    soft = SOFT.get(v, v)
    a, i = A(v), I(v)
    vow = v[-1] in VOW
    y = "y" if vow else ""
    d = "t" if v[-1] in HARD else "d"
    ii = "ı" if a == "a" else "i"
    if vow and v[-1] in "ae":
        prog = v[:-1] + I(v[:-1])
    elif vow:
        prog = v
    else:
        prog = soft + i
    if vow: aor = v + "r"
    elif _syll(v) == 1 and v not in MONO_IR: aor = soft + a + "r"
    else: aor = soft + i + "r"
    fut = soft + y + a + "c" + a
    f = {
        "past1pl": v + d + i + "k", "past1sg": v + d + i + "m", "past3": v + d + i, "past3pl": v + d + i + "l" + a + "r",
        "fut1pl": fut + "ğ" + ii + "z", "fut1sg": fut + "ğ" + ii + "m", "fut3": fut + "k", "fut3pl": fut + "kl" + a + "r",
        "fut3tir": fut + "kt" + ii + "r",
        "prog1pl": prog + "yoruz", "prog1sg": prog + "yorum", "prog3": prog + "yor",
        "conv": soft + y + i + "p", "mis": v + "m" + i + "ş", "mistir": v + "m" + i + "şt" + i + "r",
        "aor1pl": aor + ii + "z", "aor1sg": aor + ii + "m", "aor3": aor,
        "part": soft + ("" if vow else "") + ("d" if v[-1] not in HARD else "t") + i + "ğ" + i,
        "negpart": v + "m" + a + "d" + ii + "ğ" + ii,
        "vn3": v + "m" + a + "s" + ii, "vn3gen": v + "m" + a + "s" + ii + "n" + ii + "n",
        "inf": v + "m" + a + "k",
    }[form]
    if form == "part":
        f = v + ("t" if v[-1] in HARD else "d") + i + "ğ" + i  # et → ettiği, al → aldığı
    return " ".join(pre + [f])

# light verb surface → form of the Turkish equivalent
ET = {"ettik": "past1pl", "ettim": "past1sg", "etti": "past3", "ettiler": "past3pl", "edeceğiz": "fut1pl", "edeceğim": "fut1sg",
      "edecek": "fut3", "edecekler": "fut3pl", "ediyoruz": "prog1pl", "ediyorum": "prog1sg", "ediyor": "prog3", "edip": "conv",
      "etmiş": "mis", "ederiz": "aor1pl", "ederim": "aor1sg", "eder": "aor3", "etmek": "inf"}
ET_PASS = {"edildi": "past3", "edilmiş": "mis", "edilmiştir": "mistir", "edilecek": "fut3", "edilecektir": "fut3tir", "ediliyor": "prog3", "edilir": "aor3"}
OL = {"oldu": "past3", "olmuş": "mis", "olmuştur": "mistir", "olacak": "fut3", "olacaktır": "fut3tir", "olup": "conv", "olduğu": "part",
      "olmadığı": "negpart", "olması": "vn3", "olmasının": "vn3gen", "oluyor": "prog3"}
# English verb, Turkish active stem, Turkish passive stem
ET_VERBS = [
 ("renew", "yenile", "yenilen"), ("sync", "eşitle", "eşitlen"), ("migrate", "taşı", "taşın"), ("merge", "birleştir", "birleştiril"),
 ("release", "yayınla", "yayınlan"), ("restart", "yeniden başlat", "yeniden başlatıl"), ("trigger", "tetikle", "tetiklen"), ("handle", "ilgilen", None),
 ("check", "kontrol et", "kontrol edil"), ("update", "güncelle", "güncellen"), ("upgrade", "yükselt", "yükseltil"), ("approve", "onayla", "onaylan"),
 ("assign", "ata", "atan"), ("cancel", "iptal et", "iptal edil"), ("fix", "düzelt", "düzeltil"), ("patch", "düzelt", "düzeltil"), ("flush", "temizle", "temizlen"),
 ("block", "engelle", "engellen"), ("confirm", "onayla", "onaylan"), ("schedule", "planla", "planlan"), ("forward", "ilet", "iletil"),
 ("suspend", "askıya al", "askıya alın"), ("activate", "etkinleştir", "etkinleştiril"), ("resolve", "çöz", "çözül"), ("reopen", "yeniden aç", "yeniden açıl"),
 ("refund", "iade et", "iade edil"), ("follow-up", "takip et", "takip edil"), ("follow up", "takip et", "takip edil"), ("push", "gönder", "gönderil"),
 ("investigate", "araştır", "araştırıl"), ("review", "incele", "incelen"), ("track", "takip et", "takip edil"), ("refresh", "yenile", "yenilen"),
 ("verify", "doğrula", "doğrulan"), ("submit", "gönder", "gönderil"), ("prioritize", "öne al", "öne alın"), ("rollback", "geri al", "geri alın"),
 ("deploy", "yayına al", "yayına alın"), ("escalate", "uzman ekibimize ilet", "uzman ekibimize iletil"), ("reset", "sıfırla", "sıfırlan"),
]
OL_VERBS = [("expire", "süresi dol"), ("bounce", "geri dön"), ("crash", "çök"), ("down", "çök"), ("timeout", "zaman aşımına uğra"), ("fail", "başarısız ol"), ("settle", "kesinleş")]
# English base + Turkish verbalising suffix (fix'le-, push'la-): base, suffix, active, passive
LE_VERBS = [("fix", "le", "düzelt", "düzeltil"), ("push", "la", "gönder", "gönderil"), ("flush", "la", "temizle", "temizlen"), ("sync", "le", "eşitle", "eşitlen"),
            ("deploy", "la", "yayına al", "yayına alın"), ("update", "le", "güncelle", "güncellen"), ("check", "le", "kontrol et", "kontrol edil"),
            ("merge", "le", "birleştir", "birleştiril"), ("restart", "la", "yeniden başlat", "yeniden başlatıl"), ("patch", "le", "düzelt", "düzeltil")]
LE_FORMS = ["past1pl", "past1sg", "past3", "fut1pl", "fut1sg", "fut3", "prog1pl", "conv", "mis"]
LE_PASS = ["past3", "fut3", "fut3tir", "aor3", "mis", "mistir", "prog3"]

def verb_entries():
    out = {}
    for en, act, pas in ET_VERBS:
        for surf, form in ET.items():
            out[f"{en} {surf}"] = conj(act, form)
        if pas:
            for surf, form in ET_PASS.items():
                out[f"{en} {surf}"] = conj(pas, form)
    for en, tr in OL_VERBS:
        for surf, form in OL.items():
            out[f"{en} {surf}"] = conj(tr, form)
    for en, suf, act, pas in LE_VERBS:
        st = en + suf
        for form in LE_FORMS:
            for sep in ("", "'"):
                out[conj(en + sep + suf, form)] = conj(act, form)
        for form in LE_PASS:
            for sep in ("", "'"):
                out[conj(en + sep + suf + "n", form)] = conj(pas, form)
    return out

# English team names before ekip/takım/birim: name, plain Turkish
TEAMS = [("dev", "yazılım"), ("devops", "altyapı"), ("product", "ürün"), ("backend", "altyapı"), ("frontend", "arayüz"), ("infra", "altyapı"),
         ("billing", "fatura"), ("compliance", "uyum"), ("fraud", "güvenlik"), ("tech", "teknik"), ("network", "şebeke"), ("NOC", "ağ izleme"),
         ("SRE", "sistem"), ("fulfillment", "sipariş hazırlama"), ("customer success", "müşteri ilişkileri"), ("sales", "satış"), ("finance", "finans"),
         ("legal", "hukuk"), ("payments", "ödeme"), ("IT ops", "bilgi işlem"), ("care", "müşteri hizmetleri"), ("support", "destek"), ("engineering", "mühendislik"),
         ("R&D", "ar-ge"), ("QA", "test"), ("ops", "operasyon"), ("Ops", "operasyon"), ("dispatch", "sevkiyat"), ("retention", "müşteri ilişkileri")]
HEADS = ["ekibi", "ekibine", "ekibinde", "ekibinden", "ekibiyle", "ekibimiz", "ekibimize", "ekibimizde", "ekibimizle", "takımı", "takımına", "takımımız", "takımımıza"]

def team_entries():
    out = {}
    for en, tr in TEAMS:
        for h in HEADS:
            out[f"{en} {h}"] = f"{tr} {h}"
    return out
