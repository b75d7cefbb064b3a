from morph import noun, SURF
# term surface (as written), plain replacement (last word gets the case), soft stem of last word, code
# For acronyms/loanwords, suffixed surfaces  term'SUFFIX are generated.
ACR = [  # JRG001
 ("SLA", "hizmet süresi taahhüdü", "taahhüd"),
 ("RMA", "iade onayı", None),
 ("KYC", "kimlik doğrulama", None),
 ("AML", "kara para kontrolü", None),
 ("EDD", "ek güvenlik incelemesi", None),
 ("SKU", "ürün kodu", None),
 ("WMS", "depo sistemi", None),
 ("3PL", "anlaşmalı lojistik firması", None),
 ("DOA", "ilk kullanımda arızalı", None),
 ("POD", "teslim belgesi", None),
 ("ASN", "sevkiyat bildirimi", None),
 ("EOD", "gün sonu", None),
 ("RCA", "kök neden incelemesi", None),
 ("SOP", "iş talimatı", None),
 ("CSR", "müşteri temsilcisi", None),
 ("MNP", "numara taşıma", None),
 ("HLR", "hat kayıt sistemi", None),
 ("TTL", "güncellenme süresi", None),
 ("APN", "mobil internet ayarı", None),
 ("ONT", "fiber modem", None),
 ("OLT", "santral cihazı", None),
 ("FTTH", "eve kadar fiber", None),
 ("SPF", "e-posta doğrulama", None),
 ("DKIM", "e-posta imzası", None),
 ("DMARC", "e-posta güvenlik politikası", None),
 ("MX", "e-posta yönlendirme", None),
 ("SMTP", "e-posta gönderim", None),
 ("FTR", "ilk ziyarette çözüm", None),
 ("QC", "kalite kontrol", None),
 ("DC", "dağıtım merkezi", None),
 ("ETA", "tahmini varış saati", None),
 ("KPI", "performans hedefi", None),
 ("CRM", "müşteri kayıt sistemi", None),
 ("ERP", "şirket yönetim sistemi", None),
 ("OTP", "tek kullanımlık şifre", None),
 ("API", "yazılım bağlantısı", None),
 ("DNS", "alan adı ayarları", None),
 ("CDN", "içerik dağıtım ağı", None),
 ("VPS", "sanal sunucu", None),
 ("IMEI", "cihaz seri numarası", None),
 ("MT103", "uluslararası transfer", None),
 ("NPS", "memnuniyet puanı", None),
 ("CSAT", "memnuniyet anketi", None),
 ("RBAC", "rol bazlı yetki", None),
 ("SAML", "tek oturum açma", None),
 ("SSO", "tek oturum açma", None),
 ("DNSSEC", "alan adı güvenliği", None),
 ("CNAME", "alan adı yönlendirme", None),
 ("UAT", "kullanıcı testi", None),
 ("QA", "test", None),
 ("DB", "veritabanı", None),
 ("VM", "sanal sunucu", None),
 ("SSL", "güvenlik sertifikası", None),
 ("SWIFT", "uluslararası ödeme ağı", None),
 ("VLAN", "ağ ayarı", None),
 ("NAT", "ağ ayarı", None),
 ("PON", "fiber hat", None),
 ("MCC", "işyeri kategori kodu", None),
 ("3DS", "kart doğrulama adımı", None),
 ("ETL", "veri aktarımı", None),
 ("SDK", "yazılım geliştirme kiti", None),
 ("OOO", "izinde", None),
 ("OSOS", "otomatik sayaç okuma sistemi", None),
 ("PNR", "rezervasyon kodu", None),
 ("RGB", "ekran renk modu", None),
 ("CMYK", "baskı renk modu", None),
 ("ISP", "internet servis sağlayıcısı", None),
 ("MDM", "sayaç veri yönetim sistemi", None),
 ("DSLAM", "santral cihazı", None),
]
TECH = [  # JRG002 loanwords
 ("backend", "sistem altyapısı", None),
 ("frontend", "ekran arayüzü", None),
 ("bug", "hata", None),
 ("hotfix", "acil düzeltme", None),
 ("bugfix", "hata düzeltmesi", None),
 ("deploy", "yayına alma", None),
 ("release", "yeni sürüm", None),
 ("cache", "önbellek", "önbelleğ"),
 ("migration", "taşıma", None),
 ("migrasyon", "taşıma", None),
 ("server", "sunucu", None),
 ("database", "veritabanı", None),
 ("timeout", "zaman aşımı", None),
 ("downtime", "kesinti", None),
 ("outage", "kesinti", None),
 ("incident", "arıza kaydı", None),
 ("patch", "düzeltme", None),
 ("rollback", "geri alma", None),
 ("staging", "test ortamı", None),
 ("production", "canlı sistem", None),
 ("endpoint", "bağlantı adresi", None),
 ("firewall", "güvenlik duvarı", None),
 ("container", "sunucu ortamı", None),
 ("node", "sunucu", None),
 ("race condition", "zamanlama hatası", None),
 ("webhook", "otomatik bildirim", None),
 ("retry", "yeniden deneme", None),
 ("backlog", "iş listesi", None),
 ("rate limit", "istek sınırı", None),
 ("rate limiter", "istek sınırlayıcı", None),
 ("backoff", "bekleme süresi", None),
 ("propagasyon", "güncellenme süreci", None),
 ("propagation", "güncellenme süreci", None),
 ("config", "ayar", None),
 ("settlement", "ödemenin kesinleşmesi", None),
 ("chargeback", "ödeme itirazı", None),
 ("merchant", "üye işyeri", None),
 ("batch", "toplu işlem", None),
 ("backorder", "tedarik bekleme", None),
 ("hub", "aktarma merkezi", None),
 ("linehaul", "şehirler arası taşıma", None),
 ("cross-dock", "aktarma noktası", None),
 ("last mile", "son teslimat", None),
 ("fulfillment", "sipariş hazırlama", None),
 ("tracking", "takip", None),
 ("scope", "yetki kapsamı", None),
 ("white glove", "özel teslimat", None),
 ("post-mortem", "olay değerlendirme", None),
 ("root cause", "asıl neden", None),
 ("workaround", "geçici çözüm", None),
 ("cron", "zamanlanmış görev", None),
 ("job", "görev", None),
 ("worker", "arka plan işlemi", None),
 ("sysadmin", "sistem yöneticisi", None),
 ("log", "kayıt", None),

 ("root cause analysis", "kök neden incelemesi", None),
 ("night audit", "gece hesap kapanışı", None),
 ("channel manager", "kanal yönetim sistemi", None),
 ("allotment", "oda kontenjanı", None),
 ("waitlist", "bekleme listesi", None),
 ("work order", "iş emri", None),
 ("routing", "yönlendirme", None),
 ("anti-cheat", "hile koruma sistemi", None),
 ("mis-sort", "yanlış ayrıştırma", None),
 ("reball", "lehim yenileme", None),
 ("encoding", "karakter kodlaması", None),
 ("parser", "dosya okuyucu", None),
 ("pending", "bekleme", None),
 ("vendor", "tedarikçi", None),
 ("facility", "tesis", None),
 ("dispatch", "sevkiyat", None),
 ("registrar lock", "alan adı transfer kilidi", None),
 ("field service", "saha servisi", None),
 ("retention", "müşteri ilişkileri", None),
 ("firmware", "cihaz yazılımı", None),
 ("provisioning", "hat tanımlama", None),
 ("glitch", "anlık hata", None),
 ("crash", "çökme", None),
 ("mapping", "alan eşleştirme", None),
 ("roadmap", "yol haritası", None),
 ("whitelist", "izin listesi", None),
 ("blacklist", "engel listesi", None),
 ("bounce", "geri dönen e-posta", None),
 ("prod", "canlı sistem", None),
 ("payload", "veri", None),
 ("request", "istek", None),
 ("query", "sorgu", None),
 ("pipeline", "işlem hattı", None),
 ("queue", "sıra", None),
 ("load balancer", "yük dağıtıcı", None),
 ("instance", "sunucu", None),
 ("cluster", "sunucu grubu", None),
 ("latency", "gecikme", None),
 ("throughput", "işlem kapasitesi", None),
 ("uptime", "çalışma süresi", None),
 ("failover", "yedek sisteme geçiş", None),
 ("trace", "iz kaydı", None),
 ("stack trace", "hata kaydı", None),
 ("feature flag", "özellik ayarı", None),
 ("changelog", "değişiklik listesi", None),
 ("cutoff", "son saat", None),
 ("pickup", "teslim alma", None),
 ("terminal ID", "cihaz numarası", None),
 ("account manager", "müşteri temsilcisi", None),
 ("issue", "sorun", None),
 ("billing", "faturalandırma", None),
 ("key account", "kurumsal müşteri temsilcisi", None),
]
FILLER = [  # JRG003 corporate filler: nouns
 ("action item", "yapılacak iş", None),
 ("deliverable", "teslim edilecek iş", None),
 ("feedback", "geri bildirim", None),
 ("follow-up", "takip", None),
 ("onboarding", "başlangıç süreci", None),
 ("ownership", "sorumluluk", None),
 ("priority", "öncelik", None),
]
PROC = [  # JRG004 internal process nouns
 ("ticket", "talep", "taleb"),
  ("eskalasyon", "üst birime aktarma", None),
 ("escalation", "üst birime aktarma", None),
 ("L1", "ilk destek", "desteğ"),
 ("L2", "uzman destek", "desteğ"),
 ("L3", "uzman destek", "desteğ"),
 ("P1", "en yüksek öncelikli", None),
 ("P2", "yüksek öncelikli", None),
 ("tier 1", "ilk destek", "desteğ"),
 ("tier 2", "uzman destek", "desteğ"),
 ("tier 3", "uzman destek", "desteğ"),
 ("Ops", "operasyon", None),
 ("SR", "servis kaydı", None),
]
# Fixed multiword phrases with hand-written replacements.
EXTRA = {
 "JRG001": {
  "muhabir banka": "aracı banka", "muhabir bankadan": "aracı bankadan", "muhabir bankaya": "aracı bankaya", "muhabir bankanın": "aracı bankanın",
  "muhabir bankada": "aracı bankada", "muhabir bankalar": "aracı bankalar",
  "RMA kaydı": "iade kaydı", "RMA kaydınız": "iade kaydınız", "RMA kaydınızı": "iade kaydınızı",
  "RMA numarası": "iade numarası", "RMA numaranız": "iade numaranız", "RMA numaranızı": "iade numaranızı",
  "SLA süresi": "taahhüt edilen çözüm süresi", "SLA süresini": "taahhüt edilen çözüm süresini", "SLA süresinde": "taahhüt edilen çözüm süresinde",
  "SLA süresi içinde": "taahhüt ettiğimiz süre içinde",
  "AML uyarısı": "güvenlik kontrolü uyarısı", "EDD incelemesi": "ek güvenlik incelemesi",
  "DNS propagasyonu": "alan adı ayarlarının her yere yayılması",
  "DNS kaydı": "alan adı kaydı", "DNS kayıtları": "alan adı kayıtları", "DNS kaydınız": "alan adı kaydınız", "DNS kayıtlarınız": "alan adı kayıtlarınız",
  "MX kaydı": "e-posta yönlendirme kaydı", "MX kayıtları": "e-posta yönlendirme kayıtları", "MX kayıtlarınız": "e-posta yönlendirme kayıtlarınız",
  "SPF kaydı": "e-posta doğrulama kaydı", "SPF kaydınız": "e-posta doğrulama kaydınız", "SPF kaydınızda": "e-posta doğrulama kaydınızda",
  "TTL değeri": "güncellenme süresi", "KB makalesi": "yardım makalesi", "KB makalesinde": "yardım makalesinde",
  "QC onayı": "kalite kontrol onayı", "POD imzalı": "teslim belgesi imzalı", "SWIFT MT103 dekontu": "uluslararası transfer dekontu",
  "APN profili": "mobil internet ayarı", "APN ayarları": "mobil internet ayarları",
 },
 "JRG002": {
  "deploy ettik": "yayına aldık", "deploy ettim": "yayına aldım", "deploy edildi": "yayına alındı", "deploy edilecek": "yayına alınacak",
  "deploy edeceğiz": "yayına alacağız", "deploy ediyoruz": "yayına alıyoruz", "deploy sonrası": "güncelleme sonrası", "deploy sonrasında": "güncelleme sonrasında",
  "yeniden deploy ettik": "yeniden yayına aldık", "deploy'dan": "güncellemeden", "deploy'dan sonra": "güncellemeden sonra",
  "hotfix geçtik": "acil düzeltme yaptık", "hotfix geçtim": "acil düzeltme yaptım", "hotfix geçilecek": "acil düzeltme yapılacak", "hotfix geçeceğiz": "acil düzeltme yapacağız",
  "fix push'layacaklar": "düzeltmeyi yayınlayacaklar", "fix'i": "düzeltmeyi", "fix geçtik": "düzeltme yaptık", "fix geçeceğiz": "düzeltme yapacağız",
  "bir fix": "bir düzeltme", "fix'lendi": "düzeltildi", "fixlendi": "düzeltildi",
  "cache temizlendi": "önbellek temizlendi", "cache'i temizledik": "önbelleği temizledik", "cache'ini temizledik": "önbelleğini temizledik",
  "cache'ini flush'ladım": "önbelleğini temizledim", "cache'i flush'ladık": "önbelleği temizledik", "flush'ladım": "temizledim", "flush'ladık": "temizledik",
  "migrate ettik": "taşıdık", "migrate edildi": "taşındı", "migrate edilecek": "taşınacak",
  "rollback yaptık": "değişikliği geri aldık", "rollback yapıldı": "değişiklik geri alındı",
  "incident açtım": "arıza kaydı açtım", "incident açtık": "arıza kaydı açtık", "incident açıldı": "arıza kaydı açıldı",
  "backlog'a alındı": "iş listesine alındı", "backlog'a aldık": "iş listesine aldık",
  "settle edilmediği": "kesinleşmediği", "settle edildi": "kesinleşti", "settle edilecek": "kesinleşecek", "settle olmadı": "kesinleşmedi",
  "batch'lendi": "toplu işleme alındı", "batch'lenecek": "toplu işleme alınacak",
  "sync worker": "eşitleme işlemi", "log kayıtları": "sistem kayıtları", "log kayıtlarında": "sistem kayıtlarında", "loglarda": "sistem kayıtlarında", "logları": "sistem kayıtlarını",
  "paslandı": "iletildi", "pasladım": "ilettim", "pasladık": "ilettik",
 },
 "JRG003": {
  "sync olup": "görüşüp", "sync olacağız": "görüşeceğiz", "sync olalım": "görüşelim", "sync olduk": "görüştük", "bir sync olup": "görüşüp",
  "follow-up edeceğim": "takip edeceğim", "follow-up edeceğiz": "takip edeceğiz", "follow up edeceğim": "takip edeceğim", "follow up edeceğiz": "takip edeceğiz",
  "update geçerim": "bilgi veririm", "update geçeriz": "bilgi veririz", "update geçeceğim": "bilgi vereceğim", "update geçeceğiz": "bilgi vereceğiz",
  "update vereceğim": "bilgi vereceğim", "update vereceğiz": "bilgi vereceğiz",
  "align olmak": "uzlaşmak", "align olduk": "uzlaştık", "align olacağız": "uzlaşacağız", "align olup": "uzlaşıp",
  "aksiyon alacağız": "gerekli adımı atacağız", "aksiyon alındı": "gerekli adım atıldı", "aksiyon aldık": "gerekli adımı attık", "aksiyon alınacak": "gerekli adım atılacak",
  "handle edeceğiz": "ilgileneceğiz", "handle edeceğim": "ilgileneceğim", "handle ediyoruz": "ilgileniyoruz",
  "check ettim": "kontrol ettim", "check ettik": "kontrol ettik", "check edeceğim": "kontrol edeceğim", "check edeceğiz": "kontrol edeceğiz",
  "action item'lar": "yapılacak işler", "action item'ları": "yapılacak işleri",
  "deliverable'lar": "teslim edilecek işler", "deliverable'larında": "teslim edilecek işlerinde", "deliverable'ları": "teslim edilecek işleri",
 },
 "JRG004": {
  "eskale ettik": "uzman ekibimize ilettik", "eskale ettim": "uzman ekibimize ilettim", "eskale edildi": "uzman ekibimize iletildi",
  "eskale edilmiştir": "uzman ekibimize iletilmiştir", "eskale edeceğiz": "uzman ekibimize ileteceğiz", "eskale edeceğim": "uzman ekibimize ileteceğim",
  "eskale ediyoruz": "uzman ekibimize iletiyoruz", "eskale ediyorum": "uzman ekibimize iletiyorum", "eskale edilecek": "uzman ekibimize iletilecek",
  "eskale edilecektir": "uzman ekibimize iletilecektir", "eskale edilmiş": "uzman ekibimize iletilmiş", "eskale edip": "uzman ekibimize iletip",
  "eskale ettiler": "uzman ekibimize ilettiler",
  "L2 ekibine eskale ettik": "uzman ekibimize ilettik", "L2 ekibine eskale ettim": "uzman ekibimize ilettim", "L2 ekibine eskale edildi": "uzman ekibimize iletildi",
  "L2'ye eskale ettik": "uzman ekibimize ilettik", "L2'ye eskale ettim": "uzman ekibimize ilettim", "L2'ye eskale edildi": "uzman ekibimize iletildi",
  "L3'e eskale ettik": "uzman ekibimize ilettik", "L3'e eskale edildi": "uzman ekibimize iletildi",
  "Tier 2'ye eskale ettim": "uzman ekibimize ilettim", "Tier 2'ye eskale ettik": "uzman ekibimize ilettik", "Tier 2'ye eskale edildi": "uzman ekibimize iletildi",
  "L2 ekibi": "uzman ekibimiz", "L2 ekibine": "uzman ekibimize", "L2 ekibimiz": "uzman ekibimiz", "L2 ekibimize": "uzman ekibimize", "L2 ekibinde": "uzman ekibimizde",
  "L3 ekibi": "uzman ekibimiz", "L3 ekibine": "uzman ekibimize", "L1 ekibi": "ilk destek ekibimiz",
  "P1 ticket": "en yüksek öncelikli talep", "P1 ticket'ı": "en yüksek öncelikli talebi", "P1 kaydı": "en yüksek öncelikli kayıt",
  "ticket açtım": "kayıt açtım", "ticket açtık": "kayıt açtık", "ticket açıldı": "kayıt açıldı", "ticket oluşturdum": "kayıt oluşturdum", "ticket oluşturduk": "kayıt oluşturduk",
  "Ops ekibi": "operasyon ekibimiz", "Ops ekibine": "operasyon ekibimize", "dispatch ekibi": "sevkiyat ekibimiz", "dispatch ekibine": "sevkiyat ekibimize",
  "retention ekibi": "müşteri ilişkileri ekibimiz", "retention ekibine": "müşteri ilişkileri ekibimize",
  "field service ekibine": "saha servis ekibimize", "sysadmin ekibine": "sistem yönetimi ekibimize", "sysadmin ekibi": "sistem yönetimi ekibimiz",
 },
}
CASES = ["acc", "dat", "loc", "abl", "gen", "poss3", "pl", "pl_loc", "pl_poss2pl", "poss3_acc", "poss2pl", "poss2pl_acc", "poss2pl_dat", "poss2pl_loc", "poss2pl_abl", "poss2pl_gen",
         "poss1pl", "poss1pl_acc", "poss1pl_dat", "poss1pl_loc", "poss1pl_abl"]

def _poss3(words, soft):
    """The 3rd-person possessive of a replacement (``kayıt`` → ``kaydı``; ``ürün kodu`` stays)."""
    last = words[-1]
    if len(words) > 1 and last[-1] in "ıiuü" and (last.endswith(("sı","si","su","sü")) or last[-2] not in "aeıioöuü"):
        return last
    return noun(last, "poss3", soft)

def compound_case(repl, case, soft):
    words = repl.split(" ")
    last = words[-1]
    if case in ("pl_loc", "pl_poss2pl"):
        possessive = len(words) > 1 and last[-1] in "ıiuü" and (last.endswith(("sı","si","su","sü")) or last[-2] not in "aeıioöuü")
        stem = (last[:-2] if last.endswith(("sı","si","su","sü")) else last[:-1]) if possessive else last
        pl = noun(stem, "pl")
        a = "a" if pl.endswith("lar") else "e"; i = "ı" if a == "a" else "i"
        if case == "pl_poss2pl": new = pl + i + "n" + i + "z"
        else: new = pl + (i + "nd" + a if possessive else "d" + a)
        return " ".join(words[:-1] + [new])
    if case == "poss3_acc":
        p3 = _poss3(words, soft)
        return " ".join(words[:-1] + [p3 + "n" + p3[-1]])
    # compound head already in 3rd-person possessive (e.g. "ürün kodu", "iade onayı")
    if len(words) > 1 and last[-1] in "ıiuü" and (last.endswith(("sı","si","su","sü")) or last[-2] not in "aeıioöuü"):
        stem = last[:-2] if last.endswith(("sı","si","su","sü")) else last[:-1]
        if case == "acc": new = last + "n" + last[-1]
        elif case == "dat": new = last + "n" + ("a" if last[-1] in "ıu" else "e")
        elif case == "loc": new = last + "nd" + ("a" if last[-1] in "ıu" else "e")
        elif case == "abl": new = last + "nd" + ("a" if last[-1] in "ıu" else "e") + "n"
        elif case == "gen": new = last + "n" + last[-1] + "n"
        elif case == "poss3": new = last
        elif case == "pl": new = noun(stem, "pl") + ("ı" if noun(stem, "pl").endswith("lar") else "i")
        elif case.startswith(("poss2pl", "poss1pl")): new = noun(stem, case)
        else: raise ValueError
        return " ".join(words[:-1] + [new])
    return " ".join(words[:-1] + [noun(last, case, soft)])

ESC_HEADS = ["ekibine", "ekibimize", "ekiplerine", "ekiplerimize", "ekibe", "birime", "birimine", "birimimize", "birimlerimize", "departmana", "departmanına",
             "takımına", "takımımıza", "merkeze", "merkezimize", "seviyeye", "yönetime", "müdürlüğe"]
ESC_FORMS = ["ettik", "ettim", "edildi", "edilmiştir", "edeceğiz", "edeceğim", "ediyoruz", "ediyorum", "edilecek", "edilecektir", "edilmiş", "edip"]

def escalate_entries():
    out = {}
    plain = EXTRA["JRG004"]
    for head in ESC_HEADS:
        for form in ESC_FORMS:
            repl = plain["eskale " + form].removeprefix("uzman ekibimize ")
            out[f"{head} eskale {form}"] = f"{head} {repl}"
            out[f"{head} escalate {form}"] = f"{head} {repl}"
    return out

def entries(table, code):
    out = {}
    for term, repl, soft in table:
        out[term] = repl
        if " " in term: base_t = term
        else: base_t = term
        for case in (SHORT_CASES if term in SHORT else CASES):
            r = compound_case(repl, case, soft)
            if case.startswith("poss2pl") and repl.split()[-1] in ("altyapısı",): pass
            for suf in SURF[case]:
                out[f"{base_t}'{suf}"] = r
                if term in BARE and case in SHORT_CASES:
                    out[f"{base_t}{suf}"] = r
    if code == "JRG003":
        from loanverbs import verb_entries
        out.update(verb_entries())
    if code == "JRG004":
        from loanverbs import team_entries
        out.update(team_entries())
    out.update(EXTRA.get(code, {}))
    if code == "JRG004":
        out.update(escalate_entries())
    if code == "JRG002":
        # "log kayıtlarına" → "sistem kayıtlarına": every form of the compound
        for form in ["kaydı", "kaydını", "kaydına", "kaydında", "kaydından", "kayıtları", "kayıtlarını", "kayıtlarına", "kayıtlarında", "kayıtlarından",
                     "kayıtlarımızda", "kayıtlarımıza", "kayıtlarımızı", "kayıtlarımız"]:
            out.setdefault(f"log {form}", f"sistem {form}")
        # "sprint" alone is also a product or feature name ("Sprint Panosu"): only its suffixed forms and "sprint planı"
        for case in SHORT_CASES:
            for suf in SURF[case]:
                out.setdefault(f"sprint'{suf}", compound_case("geliştirme dönemi", case, None))
        for form in ["planı", "planına", "planında", "planımıza", "planımızda", "kapsamında"]:
            out.setdefault(f"sprint {form}", f"geliştirme {form}")
        for form in ["süreci", "sürecini", "sürecine", "sürecinde", "süreciniz", "sürecinizi", "sürecinize", "sürecinizde"]:
            out.setdefault(f"onboarding {form}", f"başlangıç {form}")
    return out

# Long loanwords that agents also write without the apostrophe (ticketınız, backendde):
# these bare suffixed forms collide with no Turkish word.
BARE = {"ticket", "backend", "backlog", "hotfix", "release", "server", "incident", "chargeback", "firmware", "deploy"}
# Terms added later get the common cases only (keeps the table small).
SHORT_CASES = ["acc", "dat", "loc", "abl", "poss3", "pl", "pl_loc", "pl_poss2pl", "poss3_acc", "poss2pl", "poss2pl_acc", "poss1pl"]
SHORT = {"SSL", "SWIFT", "VLAN", "NAT", "PON", "MCC", "3DS", "ETL", "SDK", "OOO", "OSOS", "firmware", "provisioning", "glitch", "crash", "mapping", "roadmap",
         "whitelist", "blacklist", "bounce", "sprint", "prod", "payload", "request", "query", "pipeline", "queue", "load balancer", "instance", "cluster",
         "latency", "throughput", "uptime", "failover", "trace", "stack trace", "feature flag", "changelog", "cutoff", "pickup", "terminal ID", "SR", "account manager", "key account", "issue", "billing",
         "PNR", "RGB", "CMYK", "ISP", "MDM", "DSLAM", "root cause analysis", "night audit", "channel manager", "allotment",
         "waitlist", "work order", "routing", "anti-cheat", "mis-sort", "reball", "encoding", "parser",
         "pending", "vendor", "facility"}
