"""Generate the Turkish rule pack (rules/tr/*.yaml).

Turkish glues suffixes to words, so a glossary term appears in many surface
forms (``ticket'ınız``, ``ticket'a``, ``cache'i``); this script expands each
term and each refusal verb into its forms with the right plain-Turkish
replacement (``ticket'ınız`` → ``talebiniz``).  Edit the tables here, then run
``python tools/tr_pack/gen.py`` from the repository root and commit both.
"""
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from morph import verb_forms, A, I, noun
import jargon as J

OUT = str(Path(__file__).resolve().parents[2] / "rules" / "tr") + "/"
EXPL = ["{match}(\\s+[\\w']+)?\\s*(\\(|,?\\s*yani\\b|,?\\s*başka bir deyişle\\b| – | — | - )",
        "\\((?:[^)]*\\s)?{match}\\)",
        # "APN, telefonunuzun … erişim noktasının adıdır": the term defined in the same sentence
        "{match}(?:'\\w+)?\\s*(,|:|ise|da|de)\\s.*\\b\\w+\\s(adıdır|adı|demektir|anlamına gelir|anlamına geliyor|kısaltmasıdır|kısaltması|ifade eder)\\b"]

def rule(code, name, cat, msg, why, fix_title, fix, examples, **kw):
    r = {"code": code, "name": name, "category": cat, "severity": kw.pop("severity", "warning")}
    if "check" in kw: r["check"] = kw.pop("check")
    r.update({"message": msg, "why": why, "fix_title": fix_title})
    for k in ("phrases", "patterns", "mark", "unless", "unless_sentence"):
        if k in kw: r[k] = kw.pop(k)
    assert not kw, kw
    r["fix"] = fix
    r["examples"] = examples
    return r

def F(flagged, rewrite): return {"flagged": flagged, "rewrite": rewrite}
def C(clean): return {"clean": clean}

def dump(fname, rules, extra=None):
    data = {"rules": rules}
    if extra: data.update(extra)
    with open(OUT + fname, "w", encoding="utf-8") as fh:
        fh.write("# Turkish rule pack (generated tables are long; see examples for intent).\n")
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=200)

# ---------------- jargon ----------------
JR_WHY = "Müşteri iç terimlerimizi bilmez; açıklanmayan bir kısaltma ya da teknik kelime onu yeniden sormaya zorlar veya dışlanmış hissettirir."
jargon = [
 rule("JRG001", "support-acronym", "jargon", "Müşterinin büyük ihtimalle bilmediği bir kısaltma kullanılmış.", JR_WHY, "Kısaltmayı sade Türkçe ile değiştirin",
      {"action": "replace"},
      [F("İade için <m>RMA kaydı</m> oluşturdum.", "İade için iade kaydı oluşturdum."),
       F("Talebiniz <m>SLA'sı</m> içinde çözülecek.", "Talebiniz hizmet süresi taahhüdü içinde çözülecek."),
       F("Lutfen <m>SKU</m> bilgisini yazar misiniz?", "Lutfen ürün kodu bilgisini yazar misiniz?"),
       C("Limitinizi artırmak için KYC (kimliğinizi doğruladığımız kısa adım) gerekiyor."),
       C("Kartınızın PIN kodunu SMS ile gönderdik; IBAN bilginizi de ekledik.")],
      phrases=J.entries(J.ACR, "JRG001"), unless_sentence=EXPL),
 rule("JRG002", "technical-term", "jargon", "Teknik bir terim açıklamasız kullanılmış.", JR_WHY, "Teknik terimi günlük dille anlatın",
      {"action": "replace"},
      [F("Sorun <m>backend</m> tarafında.", "Sorun sistem altyapısı tarafında."),
       F("Dün gece bir <m>bug</m> bulundu.", "Dün gece bir hata bulundu."),
       F("Düzeltmeyi <m>deploy ettik</m>, sayfayı yenileyebilirsiniz.", "Düzeltmeyi yayına aldık, sayfayı yenileyebilirsiniz."),
       F("<m>cache'i temizledik</m>, simdi deneyebilirsiniz.", "önbelleği temizledik, simdi deneyebilirsiniz."),
       F("<m>Log kayıtlarına</m> baktık; ödeme adımında bir hata var.", "Sistem kayıtlarına baktık; ödeme adımında bir hata var."),
       F("<m>Webhook'larınız</m> tekrar çalışıyor.", "Otomatik bildirimleriniz tekrar çalışıyor."),
       F("Modeminizin <m>firmware'ini</m> güncelledik.", "Modeminizin cihaz yazılımını güncelledik."),
       F("<m>Account manager'ınız</m> yarın 10:00'da sizi arayacak.", "Müşteri temsilciniz yarın 10:00'da sizi arayacak."),
       C("Sprint Panosu görünümünün adı artık Döngüler."),
       C("Şifrenizi sıfırladım; uygulamaya yeni şifrenizle girebilirsiniz."),
       C("Tarayıcınızın önbelleğini (cache – sayfaların kopyasını tutan alan) temizlemeniz yeterli.")],
      phrases=J.entries(J.TECH, "JRG002"), unless_sentence=EXPL),
 rule("JRG003", "corporate-filler", "jargon", "Şirket içi plaza dili kullanılmış.", "Yarı İngilizce iş jargonu müşteriye mesafeli ve anlaşılmaz gelir.", "Günlük Türkçe kullanın",
      {"action": "replace"},
      [F("Ekiple <m>sync olup</m> size yazacağım.", "Ekiple görüşüp size yazacağım."),
       F("Konuyu <m>follow-up edeceğim</m>.", "Konuyu takip edeceğim."),
       C("Ekibimizle görüşüp konuyu takip edeceğim.")],
      phrases=J.entries(J.FILLER, "JRG003"), unless_sentence=EXPL),
 rule("JRG004", "internal-process-term", "jargon", "İç süreç terimi (eskalasyon, L2, ticket) müşteriye açıklanmadan kullanılmış.", JR_WHY, "Süreci müşterinin anlayacağı şekilde anlatın",
      {"action": "replace"},
      [F("Talebinizi <m>L2 ekibine eskale ettik</m>.", "Talebinizi uzman ekibimize ilettik."),
       F("Konunuz üst <m>birime eskale edildi</m>.", "Konunuz üst birime iletildi."),
       F("Talebiniz <m>L2'ye</m> aktarıldı.", "Talebiniz uzman desteğe (L2) aktarıldı."),
       F("<m>Ticket'ınız</m> kapatıldı.", "Talebiniz kapatıldı."),
       F("Konu <m>eskale edildi</m>.", "Konu uzman ekibimize iletildi."),
       C("Talebinizi uzman ekibimize ilettik; yarın 12:00'ye kadar size bilgi vereceğiz."),
       C("Konser biletiniz e-posta adresinize gönderildi.")],
      phrases=J.entries(J.PROC, "JRG004"), unless_sentence=EXPL),
]
dump("jargon.yaml", jargon)

# ---------------- condescension ----------------
CW = "Müşteriyi küçümseyen ifadeler, sorun çözülse bile onu kırgın bırakır ve güveni zedeler."
IMPER = "^(tikla|tikl|gir|sec|ac|yaz|oku|bak|kapat|baslat|indir|guncelle|takip|kontrol|dokun|bas|kaydir|yapistir|kopyala|yukle|sifirla|yenile|cikis|ekle|sil|ayarla|onayla|gonder|doldur)\\w*(in|un|yin|yun|iniz|unuz|yiniz|yunuz)$"
cond = [
 rule("CND001", "obviously-judgement", "condescension", "“Tabii ki / belli ki” burada bir yargı bildiriyor: müşteri bunu bilmeliydi gibi okunuyor.", CW, "Yargılayan kelimeyi çıkarın",
      {"action": "delete"},
      [F("<m>Belli ki</m> ürün açıklamasını atlamışsınız.", "Ürün açıklamasını atlamışsınız."),
       F("Bu ücret <m>tabii ki</m> faturaya yansır.", "Bu ücret faturaya yansır."),
       F("<m>tabi ki</m> iade suresi 14 gun.", "İade suresi 14 gun."),
       C("Tabii ki yardımcı olurum, sipariş numaranızı yazmanız yeterli."),
       C("Tabii ki, memnuniyetle adresinizi güncelliyorum.")],
      phrases=["tabii ki", "tabi ki", "belli ki", "besbelli", "bariz bir şekilde", "bariz şekilde", "apaçık"],
      unless_sentence=["(tabii|tabi) ki,? (size |sizin icin )?(yardimci|memnuniyet|seve seve|rica|olur\\b|hemen\\b|elbette)", "(ebil|abil)(iriz|irim)\\b", "tabii ki!"]),
 rule("CND002", "just-simply-instruction", "condescension", "“Sadece / basitçe” adımı önemsizmiş gibi gösteriyor.", "Küçültücü kelimeler müşterinin kolay bir şeyi kaçırdığını ima eder.", "“Sadece”yi çıkarın",
      {"action": "delete"},
      [F("<m>Sadece</m> ayarlar menüsüne girip butona tıklayın.", "Ayarlar menüsüne girip butona tıklayın."),
       F("Şifrenizi <m>basitçe</m> yeniden sıfırlayın.", "Şifrenizi yeniden sıfırlayın."),
       C("Sadece teyit etmek için soruyorum: siparişi iptal etmemi istiyor musunuz?"),
       C("Sadece bilgi vermek istedim: kartınız yola çıktı.")],
      patterns=[[{"LOWER": {"IN": ["sadece", "basitçe", "yalnızca", "yalnizca", "basitce"]}}, {"IS_PUNCT": False, "OP": "{0,4}"}, {"NORM": {"REGEX": IMPER}}]],
      mark=[0, 1]),
 rule("CND003", "as-i-already-said", "condescension", "Daha önce söylenene gönderme yapmak müşteriyi dikkatsiz gösteriyor.", CW, "Suçlamadan özetleyin",
      {"action": "replace", "replacement": "kısaca özetlemek gerekirse"},
      [F("<m>Daha önce de söylediğim gibi</m>, iade 14 gün içinde yapılır.", "Kısaca özetlemek gerekirse, iade 14 gün içinde yapılır."),
       F("<m>SSS'de açıkça yazdığı gibi</m> kargo ücretsiz.", "Kısaca özetlemek gerekirse kargo ücretsiz."),
       F("Merhaba, <m>onceki e-postamda belirttigim gibi</m> kartiniz yolda.", "Merhaba, kısaca özetlemek gerekirse kartiniz yolda."),
       C("Telefonda konuştuğumuz gibi kartınızı bugün kargoya verdim."),
       F("<m>Daha önce de ilettiğimiz gibi</m>, hattınız taahhütlü.", "Kısaca özetlemek gerekirse, hattınız taahhütlü."),
       F("<m>Son yazımızda ifade ettiğimiz üzere</m> ücret iade edildi.", "Kısaca özetlemek gerekirse ücret iade edildi."),
       F("Size <m>önceki yazışmamızda da anlatmıştım</m>; kampanya yeni abonelere özel.", "Size kısaca özetlemek gerekirse; kampanya yeni abonelere özel."),
       C("Size ilettiğimiz kargo kodu ile ürünü ücretsiz gönderebilirsiniz."),
       C("Aşağıda belirttiğim adımlarla şifrenizi değiştirebilirsiniz."),
       F("İade koşulları <m>sitemizde belirtildiği gibi</m> 14 gündür.", "İade koşulları kısaca özetlemek gerekirse 14 gündür."),
       F("<m>Daha önce de bilgilendirildiğiniz üzere</m> aidat yıllık alınır.", "Kısaca özetlemek gerekirse aidat yıllık alınır."),
       C("Belirttiğiniz gibi kargo gecikti; ücretini iade ettik.")],
      patterns=[
        [{"NORM": {"REGEX": "^((posta|mesaj|sozlesme|madde|sayfa|site|rehber|kilavuz|kosul|bildirim|fatura|duyuru|metin|yazi)\\w*(da|de|ta|te)|sss'?(de|te)|sozlesmede|sozlesmenizde|sitemizde|sayfamizda|sayfasinda|sayfamizda|rehberde|rehberimizde|kilavuzda|kilavuzunda|merkezimizde|kosullarda|makalede|makalesinde|yazida|ekranda|e-?postada|mesajda)$"}, "OP": "?"}, {"LOWER": "daha", "OP": "?"}, {"LOWER": {"IN": ["önce", "evvel"]}, "OP": "?"}, {"LOWER": {"IN": ["de", "da"]}, "OP": "?"},
         {"NORM": {"REGEX": "^(soyledigim|belirttigim|yazdigim|anlattigim|ilettigim|acikladigim|soyledigimiz|belirttigimiz|yazdigimiz|anlattigimiz|acikladigimiz|soylendigi|belirtildigi|yazildigi|anlatildigi|aciklandigi|bildirildigi|iletildigi|hatirlatildigi|vurgulandigi|aktarildigi|bilgilendirildiginiz|bilgilendirildigi|bilgilendirdigimiz|bilgilendirdigim|bildirdigimiz|hatirlattigimiz|vurguladigimiz)$"}},
         {"LOWER": {"IN": ["gibi", "üzere"]}}],
        [{"NORM": {"REGEX": "^(onceki|son|ilk|gecen)$"}}, {"NORM": {"IN": ["iki", "uc", "birkac"]}, "OP": "?"}, {"NORM": "e", "OP": "?"}, {"ORTH": "-", "OP": "?"}, {"NORM": {"REGEX": "^(e-?posta|posta|mesaj|yazi|yanit|cevab|mail|bildirim)\\w*(mda|mde|mizda|mizde)$"}}, {"LOWER": {"IN": ["de", "da"]}, "OP": "?"},
         {"NORM": {"IN": ["ifade", "izah", "beyan"]}, "OP": "?"}, {"NORM": {"REGEX": "^(soyledigim|belirttigim|yazdigim|anlattigim|acikladigim|belirttigimiz|yazdigimiz|ettigim|ettigimiz|ilettigim|ilettigimiz|vurguladigim|vurguladigimiz|bildirdigim|bildirdigimiz|hatirlattigim|hatirlattigimiz|soyledigimiz|anlattigimiz|acikladigimiz)$"}}, {"LOWER": {"IN": ["gibi", "üzere"]}}],
        # "önceki yazışmamızda da anlatmıştım", "ilk mesajımda yazmıştık": the earlier message named, told again
        [{"NORM": {"REGEX": "^(onceki|son|ilk|gecen|bir onceki)$"}}, {"NORM": {"REGEX": "^(yazisma|gorusme|e-?posta|posta|mesaj|yazi|yanit|cevab|mail|bildirim|konusma)\\w*(da|de)$"}}, {"LOWER": {"IN": ["de", "da"]}, "OP": "?"},
         {"NORM": {"IN": ["size", "bunu", "bunları", "açıkça", "ayrıntılı", "detaylı"]}, "OP": "{0,2}"},
         {"NORM": {"REGEX": "^(anlat|soyle|yaz|belirt|acikla|ilet|bildir|hatirlat|izah et|ifade et)\\w*(mistim|mistik|mustum|mustuk|dim|dik|tim|tik|tum|tuk|dum|duk)$"}}],
        [{"NORM": {"IN": ["daha", "zaten", "defalarca"]}}, {"NORM": {"IN": ["önce", "evvel"]}, "OP": "?"}, {"LOWER": {"IN": ["de", "da"]}, "OP": "?"}, {"NORM": {"IN": ["ifade", "izah", "beyan"]}, "OP": "?"},
         {"NORM": {"REGEX": "^(ettigim|ettigimiz|ilettigim|ilettigimiz|vurguladigim|vurguladigimiz|bildirdigim|bildirdigimiz|hatirlattigim|hatirlattigimiz|paylastigim|paylastigimiz)$"}}, {"LOWER": {"IN": ["gibi", "üzere"]}}],
        [{"NORM": {"REGEX": "^((posta|mesaj|sozlesme|madde|sayfa|site|rehber|kilavuz|kosul|bildirim|fatura|duyuru|metin|yazi)\\w*(da|de|ta|te)|sss'?(de|te)|sozlesmede|sozlesmenizde|sitemizde|sayfamizda|sayfasinda|sayfamizda|rehberde|rehberimizde|kilavuzda|kilavuzunda|merkezimizde|kosullarda|makalede|makalesinde|yazida|ekranda|e-?postada|mesajda)$"}}, {"LOWER": {"IN": ["de", "da"]}, "OP": "?"},
         {"LOWER": {"IN": ["açıkça", "gayet", "acikca", "net", "çok"]}}, {"LOWER": {"IN": ["bir", "net", "açık", "şekilde", "biçimde", "olarak"]}, "OP": "{0,3}"},
         {"NORM": {"REGEX": "^(yaziyor|yazdigi|belirtilmis|belirtildigi|anlatiliyor|anlatildigi|yaziliyor|yazili|belirtiliyor|aciklaniyor)"}}, {"LOWER": {"IN": ["gibi", "üzere"]}}],
      ]),
 rule("CND004", "very-easy", "condescension", "“Çok basit / gayet kolay” müşteriye zorlanmasının garip olduğunu söylüyor.", CW, "Kolaylık yargısını çıkarın",
      {"action": "replace"},
      [F("Bu işlem <m>çok basit</m>, ayarlardan yapılıyor.", "Bu işlem birkaç adımda tamamlanıyor, ayarlardan yapılıyor."),
       F("<m>Bunda zor bir şey yok.</m> Ayarlar > Güvenlik menüsüne girin.", "Ayarlar > Güvenlik menüsüne girin."),
       F("iade etmek <m>gayet kolay</m>.", "iade etmek birkaç adımda tamamlanıyor."),
       C("Yeni arayüzümüzle iade talebi oluşturmak artık birkaç adım sürüyor."),
       F("<m>Gayet açık değil mi?</m> Kartınızı uygulamadan dondurabilirsiniz.", "Kartınızı uygulamadan dondurabilirsiniz."),
       C("Bu kadar beklediğiniz için özür dileriz."),
       C("Faturanızın ayrıntıları gayet açık bir dille yazılmış değil, bunu düzelteceğiz.")],
      phrases={"çok basit": "birkaç adımda tamamlanıyor", "gayet basit": "birkaç adımda tamamlanıyor", "çok kolay": "birkaç adımda tamamlanıyor", "gayet kolay": "birkaç adımda tamamlanıyor",
               "son derece basit": "birkaç adımda tamamlanıyor", "son derece kolay": "birkaç adımda tamamlanıyor", "oldukça basit": "birkaç adımda tamamlanıyor",
               "bu kadar basit": "bu şekilde tamamlanıyor", "gayet temel bir işlem": "birkaç adımlık bir işlem", "çocuk oyuncağı": "birkaç adımlık bir işlem",
               "bunda zor bir şey yok.": "", "bunda zor bir şey yok": "", "zor bir şey yok": "", "karmaşık bir şey yok": "", "gerçekten karmaşık bir şey yok": "",
               "hiç zor değil": "birkaç adımda tamamlanıyor", "hiç de zor değil": "birkaç adımda tamamlanıyor", "o kadar basit": "birkaç adımda tamamlanıyor", "o kadar kolay": "birkaç adımda tamamlanıyor",
               "bu kadar kolay": "bu şekilde tamamlanıyor", "o kadar basit bir şey ki": "", "gayet açık değil mi?": "", "gayet açık değil mi": "", "açık değil mi?": "", "bu kadar açık": "", "gayet açık": "",
               "anlaşılmayacak bir şey yok": "", "bunda anlaşılmayacak bir şey yok": "", "anlaşılmayacak ne var": "", "zor olmasa gerek": "", "herkesin yapabileceği bir şey": "birkaç adımlık bir işlem", "herkesin yapabileceği bir işlem": "birkaç adımlık bir işlem", "bulması hiç zor değil": "kolayca bulunabiliyor", "hepsi bu kadar, gerçekten.": "", "hepsi bu kadar, gerçekten": "", ", o kadar": ""},
      unless_sentence=["cok (basit|kolay) (bir )?(sekilde|yoldan)", "gayet acik (bir )?(dil|sekil|bicim|ifade)"]),
 rule("CND005", "telling-how-to-feel", "condescension", "Müşteriye nasıl hissetmesi gerektiğini söylemek onu küçümser.", "“Sakin olun” gibi komutlar duyguyu yok sayar; duyguyu kabul edip planı anlatın.", "Duyguyu kabul edin",
      {"action": "replace", "replacement": "endişenizi anlıyorum"},
      [F("<m>Lütfen sakin olun</m>, siparişiniz yolda.", "Endişenizi anlıyorum, siparişiniz yolda."),
       F("Kargonuz yarın geliyor, <m>panik yapmanıza gerek yok</m>.", "Kargonuz yarın geliyor, endişenizi anlıyorum."),
       F("<m>rahat olun</m>, yemeginiz geliyor.", "endişenizi anlıyorum, yemeginiz geliyor."),
       F("<m>Abartmanıza gerek yok</m>, siparişiniz yolda.", "Endişenizi anlıyorum, siparişiniz yolda."),
       F("<m>Sakin olur musunuz</m>, paketiniz depoda.", "Endişenizi anlıyorum, paketiniz depoda."),
       C("Merak etmeyin, iadeniz yarın kartınıza yansıyacak."),
       C("Endişelenmenize gerek yok, kartınız güvende."),
       C("İçiniz rahat olsun, verileriniz güvende.")],
      phrases=["sakin olun", "sakin olunuz", "lütfen sakin olun", "sakin olun lütfen", "sakin olun efendim", "lütfen sakin olun efendim", "rahat olun", "rahat olun ya", "rahat olunuz",
               "panik yapmayın", "panik yapmanıza gerek yok", "panik yapmanıza hiç gerek yok", "telaşlanmanıza gerek yok", "bu kadar telaşlanmanıza gerek yok", "telaşlanmayın",
               "sinirlenmenize gerek yok", "sinirlenmeyin", "abartmayın", "bu kadar büyütmeyin", "bu kadar büyütmenize gerek yok", "heyecan yapmayın", "kendinizi germeyin", "bu kadar üzülmenize gerek yok",
               "sakin olur musunuz", "sakin olur musunuz lütfen", "lütfen sakin olur musunuz", "sakin olmanızı rica ediyorum", "sakin olmanızı rica ederim", "sakin olmaya çalışın", "sakin olalım", "sakin ol",
               "panik yapma", "abartma", "abartmayalım", "bağırmayın", "bağırmayınız", "sesinizi yükseltmeyin", "sinirlenme", "telaşlanma", "stres yapmayın", "stres yapmanıza gerek yok", "olay çıkarmayın"],
      patterns=[[{"NORM": {"REGEX": "^(bagir|sinirlen|telaslan|abart|buyut|heyecanlan|ofkelen|geril|dert|kizmaniz|sesinizi yuksel|panikle|paniklen)\\w*(maniza|menize)$"}}, {"LOWER": "hiç", "OP": "?"}, {"LOWER": "gerek"}, {"LOWER": {"IN": ["yok", "yoktur"]}}]]),
 rule("CND006", "should-have-known", "condescension", "Müşterinin bunu bilmesi ya da okuması gerektiğini ima ediyor.", CW, "Suçlamayı çıkarın, bilgiyi yeniden verin",
      {"action": "delete"},
      [F("İade süresi 14 gündür. <m>Bunu bilmeniz gerekirdi.</m>", "İade süresi 14 gündür."),
       F("Kuryeyi <m>denediniz mi hiç</m>?", "Kuryeyi?"),
       F("Kullanim kilavuzunu <m>okusaydiniz</m> gorurdunuz.", "Kullanim kilavuzunu gorurdunuz."),
       C("Bunu bilmeniz için size bir bilgilendirme e-postası da gönderdim."),
       C("Kaydınızı tamamlasaydınız bile ücret alınmayacaktı."),
       F("Cevap SSS sayfamızda, <m>oraya bakabilirdiniz</m>.", "Cevap SSS sayfamızda."),
       F("<m>Size kaç kez söylememiz gerekiyor</m>, fatura şart.", "Fatura şart."),
       F("Kartınız bloke oldu. <m>Kuralları bilmeniz beklenirdi.</m>", "Kartınız bloke oldu."),
       F("<m>Anladığım kadarıyla mesajımı okumamışsınız</m>; adres için kimlik gerekiyor.", "Adres için kimlik gerekiyor."),
       C("E-postamızı görmediyseniz spam klasörünü kontrol edebilirsiniz."),
       C("Kaç kez denediğinizi yazar mısınız? Buna göre kartınızı açacağım."),
       C("Hangi adımda takıldığınızı anlamak için ekran görüntüsü paylaşır mısınız?")],
      phrases=["bunu bilmeniz gerekirdi.", "bunu bilmeniz gerekirdi", "bilmeniz gerekirdi", "bilmeniz gerekiyordu", "bilmeniz lazımdı", "biliyor olmanız lazım", "artık biliyor olmanız lazım", "biliyor olmanız gerekir",
               "okumanız gerekiyordu", "okumanız gerekirdi", "herkes bilir", "bunu herkes bilir", "herkesin bildiği gibi", "herkesin bildiği üzere", "anlamadınız galiba", "anlamadınız sanırım", "galiba anlamadınız",
               "umarım bu sefer anlaşılmıştır.", "umarım bu sefer anlaşılmıştır", "umarım artık anlaşılmıştır", "denediniz mi hiç", "hiç denediniz mi", "tahmin etmeniz gerekirdi", "görmeniz gerekirdi",
               "lütfen önceki mesajımı tekrar okuyun.", "lütfen önceki mesajımı tekrar okuyun", "lütfen bu sefer dikkatlice okuyun", "ufak bir dikkatle görebilirdiniz", "biraz dikkat etseydiniz", "herkes bunu bilir", "bunu herkes biliyor",
               "herkesin yapabileceği bir şey", "herkesin bildiği bir şey", "çocuk bile yapar", "bir çocuk bile yapabilir",
               "zor bir şey değil", "hiç de zor değil", "hiç zor değil", "o kadar da zor değil", "çocuk oyuncağı", "saniyelik bir iş", "birkaç saniyelik bir iş", "iki dakikalık bir iş", "iki dakikalık iş"],
      patterns=[[{"NORM": {"REGEX": "^(oku|bak|izle|at|incele|dikkat et|kontrol et|goz at)?\\w*(saydiniz|seydiniz)$"}}],
                # "kuralları bilmeniz beklenirdi", "zaten okumuş olmanız lazımdı"
                [{"NORM": {"IN": ["bunu", "bunları", "kuralları", "şartları", "koşulları", "sözleşmeyi", "bilgiyi"]}, "OP": "?"}, {"LOWER": "zaten", "OP": "?"},
                 {"NORM": {"REGEX": "^(bil|oku|gor|fark et|incele|bak|takip et)\\w*(meniz|maniz|mis|mus)$"}}, {"LOWER": "olmanız", "OP": "?"},
                 {"NORM": {"REGEX": "^(gerekirdi|gerekiyordu|lazimdi|beklenirdi|beklenir|beklenmektedir|gerekmekteydi)$"}}, {"ORTH": ".", "OP": "?"}],
                # "aynı soruyu üçüncü kez soruyorsunuz"
                [{"NORM": {"IN": ["ikinci", "üçüncü", "dördüncü", "kaçıncı", "defalarca", "tekrar", "yine"]}}, {"NORM": {"IN": ["kez", "kere", "defa"]}, "OP": "?"},
                 {"NORM": {"REGEX": "^(soruyorsunuz|soruyorsun)$"}}],
                # "bu tamamen sizin dikkatsizliğiniz"
                [{"NORM": {"REGEX": "^(dikkatsizliginiz|dikkatsizliginizden|ihmaliniz|ihmalinizden|ozensizliginiz|ozensizliginizden)$"}}],
                [{"NORM": {"IN": ["oraya", "buraya", "oradan", "sayfaya", "rehbere", "sitemize"]}}, {"NORM": {"REGEX": "^(bak|oku|gor|incele|at|goz at)(abilirdiniz|ebilirdiniz|abilirdin|ebilirdin)$"}}],
                [{"NORM": {"REGEX": "^(sss|sitemiz|sayfa|rehber|kilavuz|sozlesme|kosul|yardim|makale|e-?posta|mesaj|bilgilendirme)\\w*$"}}, {"IS_PUNCT": False, "OP": "{0,4}"}, {"LOWER": "zaten"}, {"NORM": {"REGEX": "^(yaziyor|yazili|var|mevcut|belirtiliyor|belirtilmis|belirtilmistir|aciklaniyor|anlatiliyor|bulunuyor)$"}}],
                [{"LOWER": "anladığım", "OP": "?"}, {"LOWER": "kadarıyla", "OP": "?"}, {"NORM": {"REGEX": "^(mesaj|e-?posta|mail|yazi|yanit|cevab|aciklama|bilgilendirme|sms)\\w*$"}, "OP": "?"}, {"NORM": {"REGEX": "^(okumamissiniz|okumadiniz|okumamissin|okumadin|dinlemediniz|dinlemiyorsunuz|dinlemiyorsun)$"}}, {"NORM": {"IN": ["galiba", "sanırım", "herhalde"]}, "OP": "?"}],
                [{"LOWER": "lütfen", "OP": "?"}, {"NORM": {"REGEX": "^(mesaj|e-?posta|mail|yazi|yanit|cevab|aciklama|bilgilendirme)\\w*$"}, "OP": "?"}, {"NORM": {"IN": ["dikkatlice", "dikkatli", "iyice", "dikkatle"]}}, {"NORM": {"REGEX": "^(okuyun|okuyunuz|okursaniz|okuyalim)$"}}],
                [{"NORM": {"REGEX": "^(bilmiyorsaniz|bilmiyorsan|bilmeyenler|bilmeyen|haberiniz|haberin)$"}}, {"NORM": {"IN": ["yoksa", "için"]}, "OP": "?"}, {"NORM": {"REGEX": "^(soyleyeyim|soyleyelim|belirteyim|belirtelim|hatirlatayim|hatirlatalim|aciklayayim|yazayim)$"}}],
                [{"LOWER": "size", "OP": "?"}, {"LOWER": "kaç"}, {"NORM": {"IN": ["kez", "kere", "defa"]}}, {"IS_PUNCT": False, "OP": "{0,2}"}, {"NORM": {"REGEX": "^(soyl|yaz|anlat|belirt|acikl|tekrarl|ilet|hatirlat)\\w*(memiz|mem|mamiz|mam|ecegim|acagim|ecegiz|acagiz|icem|icez|icam|icaz|cem|cam|dim|dik|tim|tik|mistim|mistik)$"}}, {"NORM": {"IN": ["gerekiyor", "lazım", "gerek"]}, "OP": "?"}],
                [{"NORM": {"IN": ["bunu", "bunları", "size"]}, "OP": "?"}, {"NORM": {"IN": ["defalarca", "zaten", "kaçıncı", "ikinci", "üçüncü", "dördüncü"]}}, {"IS_PUNCT": False, "OP": "{0,3}"},
                 {"NORM": {"REGEX": "^(konus|anlat|soyl|yaz|belirt|acikl|ilet|hatirlat|bahset|bildir)\\w*(tuk|tik|duk|dik|tum|tim|dum|dim|mistik|mistim|mustuk|mustum|iyorum|iyoruz|uyorum|uyoruz)$"}}],
                [{"NORM": {"REGEX": "^(yazmadan|sormadan|ulasmadan|basvurmadan|aramadan)$"}}, {"LOWER": "önce"}, {"IS_PUNCT": False, "OP": "{0,4}"}, {"NORM": {"REGEX": "^(oku|bak|incele|goz)\\w*(un|in|unuz|iniz)$"}}],
                [{"LOWER": "lütfen", "OP": "?"}, {"LOWER": "önce"}, {"IS_PUNCT": False, "OP": "{0,4}"}, {"NORM": {"REGEX": "^(okuyup|bakip|inceleyip)$"}}, {"IS_PUNCT": False, "OP": "{0,2}"}, {"LOWER": "sonra"}, {"NORM": {"REGEX": "^(yaz|ulas|sor|ara|basvur)\\w*$"}, "OP": "?"}],
                [{"LOWER": "nasıl"}, {"IS_PUNCT": False, "OP": "{0,2}"}, {"NORM": {"REGEX": "^(takil|zorlan|bulama|goreme|yapama|anlayama|karistir|atla)\\w*(ginizi|gunuzu)$"}}, {"NORM": {"REGEX": "^anla(madim|miyorum|yamadim|yamiyorum)$"}}],
                [{"LOWER": "her"}, {"NORM": {"REGEX": "^(gelistirici|musteri|kullanici|yazilimci|muhendis|kimse)$"}}, {"NORM": {"REGEX": "^(bilir|bilmektedir)$"}}]],
      unless_sentence=["\\bbile\\b(?!.*\\b(yapar|yapabilir)\\b)"]),
 rule("CND007", "let-me-explain-again", "condescension", "“Bir kez daha açıklayayım” müşteriyi yavaş anlayan biri gibi gösteriyor.", CW, "Tekrar vurgusunu kaldırın",
      {"action": "replace", "replacement": "kısaca özetleyeyim"},
      [F("Size <m>bir kez daha açıklayayım</m>: iade 3 gün sürer.", "Size kısaca özetleyeyim: iade 3 gün sürer."),
       F("<m>Yavaş yavaş anlatayım</m>: önce uygulamayı açın.", "Kısaca özetleyeyim: önce uygulamayı açın."),
       F("<m>Tekrar ediyorum</m>: kampanya yeni müşterilere özel.", "Kısaca özetleyeyim: kampanya yeni müşterilere özel."),
       C("Size adımları kısaca açıklayayım: önce uygulamayı açın."),
       C("Ödemeyi tekrar etmenize gerek yok; ilk ödemeniz alındı.")],
      phrases={"bir kez daha açıklayayım": None, "bir kez daha anlatayım": None, "bir daha açıklayayım": None, "bir daha anlatayım": None, "tekrar açıklayayım": None, "tekrar anlatayım": None,
               "yavaş yavaş anlatayım": None, "yavaş yavaş açıklayayım": None, "daha basit bir dille anlatmaya çalışayım": None, "daha basit anlatayım": None, "en basit haliyle anlatayım": None,
               "bunu nasıl daha açık anlatabilirim bilmiyorum.": "", "nasıl daha açık anlatabilirim bilmiyorum": "", "bundan daha basit anlatamam.": "", "bundan daha basit anlatamam": "",
               "daha açık nasıl anlatayım": "", "üçüncü kez yazıyorum": "", "bunu size iki kez söyledim": "", "bunu birkaç kez belirttim": "", "size daha önce de anlattım": "",
               "daha önce de söyledim": "", "daha önce de yazdım": "", "daha önce de belirttim": "", "iki kez hatırlatmıştık": "hatırlatmıştık", "defalarca belirttik": "belirttik", "defalarca söyledik": "söyledik", "defalarca hatırlattık": "hatırlattık", "zaten belirtmiştik": "belirtmiştik", "zaten söylemiştik": "söylemiştik", "zaten yazmıştık": "yazmıştık",
               "tekrar ediyorum": None, "tekrarlıyorum": None, "tekrar söylüyorum": None, "bir kez daha söylüyorum": None, "bir daha söylüyorum": None, "yine söylüyorum": None,
               "tekrar tekrar söylüyorum": None, "bir kez daha tekrarlıyorum": None, "tekrar belirtiyorum": None, "bir daha yazayım": None, "bir kez daha yazayım": None, "tekrar yazayım": None}),
]
# "tekrar açıklamak gerekirse / bir kez daha hatırlatalım": every re-explaining verb after a "again" word
AGAIN = ["tekrar", "yeniden", "bir kez daha", "bir daha", "son bir kez", "bir kez de", "tekrardan", "bir kere daha"]
REXPL = [("açıkla", "açıklamak", "açıklayayım", "açıklayalım"), ("anlat", "anlatmak", "anlatayım", "anlatalım"), ("söyle", "söylemek", "söyleyeyim", "söyleyelim"),
         ("belirt", "belirtmek", "belirteyim", "belirtelim"), ("hatırlat", "hatırlatmak", "hatırlatayım", "hatırlatalım"), ("ifade et", "ifade etmek", "ifade edeyim", "ifade edelim"),
         ("izah et", "izah etmek", "izah edeyim", "izah edelim"), ("vurgula", "vurgulamak", "vurgulayayım", "vurgulayalım"),
         ("yaz", "yazmak", "yazayım", "yazalım")]
# the same again-words with "I'm telling you" (present continuous) and "we have to explain again"
RPROG = {"açıkla": ("açıklıyorum", "açıklıyoruz"), "anlat": ("anlatıyorum", "anlatıyoruz"), "söyle": ("söylüyorum", "söylüyoruz"),
         "belirt": ("belirtiyorum", "belirtiyoruz"), "hatırlat": ("hatırlatıyorum", "hatırlatıyoruz"), "ifade et": ("ifade ediyorum", "ifade ediyoruz"),
         "izah et": ("izah ediyorum", "izah ediyoruz"), "vurgula": ("vurguluyorum", "vurguluyoruz"), "yaz": ("yazıyorum", "yazıyoruz")}
for r in cond:
    if r["code"] == "CND007":
        for again in AGAIN:
            for stem, prog in RPROG.items():
                for form in prog:
                    r["phrases"].setdefault(f"{again} {form}", None)
            for _, inf, sg, pl in REXPL:
                r["phrases"].setdefault(f"{again} {inf} gerekirse", "kısaca özetlemek gerekirse")
                r["phrases"].setdefault(f"{again} {sg}", None)
                r["phrases"].setdefault(f"{again} {pl}", "kısaca özetleyelim")
                r["phrases"].setdefault(f"{again} {inf} durumunda", "kısaca özetlemek gerekirse")
        r["examples"].insert(3, F("<m>Tekrar açıklamak gerekirse</m>: kart aidatı yıllık alınır.", "Kısaca özetlemek gerekirse: kart aidatı yıllık alınır."))
        r["examples"].insert(4, F("<m>Bir kez daha hatırlatalım</m>, kampanya yeni müşterilere özel.", "Kısaca özetleyelim, kampanya yeni müşterilere özel."))
        r["examples"].append(C("Şifrenizi tekrar sıfırlamanız gerekirse bu bağlantıyı kullanabilirsiniz."))
        r["examples"].append(C("Kartınızı yeniden yazdırmak isterseniz şubemize uğrayabilirsiniz."))
for r in cond:
    if isinstance(r.get("phrases"), dict):
        r["phrases"] = {k: ("kısaca özetleyeyim" if v is None else v) for k, v in r["phrases"].items()}
dump("condescension.yaml", cond)

# ---------------- negative framing ----------------
NW = "Müşteri ilk okuduğu şeyi hatırlar; mesaj ret ile başlarsa çözüm de olsa reddedilmiş hisseder. Önce yapabileceğinizi söyleyin."
ALT_PL = " yerine size uygun başka bir çözüm sunmak isteriz"
ALT_SG = " yerine size uygun başka bir çözüm sunmak isterim"
VERBS = [  # stem, soft stem (before a vowel), passive stem
 ("yap", None, "yapıl"), ("gönder", None, "gönderil"), ("ver", None, "veril"), ("değiştir", None, "değiştiril"), ("al", None, "alın"), ("aç", None, "açıl"),
 ("kapat", None, "kapatıl"), ("sun", None, "sunul"), ("karşıla", None, "karşılan"), ("uzat", None, "uzatıl"), ("ekle", None, "eklen"), ("taşı", None, "taşın"),
 ("ulaş", None, "ulaşıl"), ("bul", None, "bulun"), ("gör", None, "görül"), ("öde", None, "öden"), ("onayla", None, "onaylan"), ("hızlandır", None, "hızlandırıl"),
 ("durdur", None, "durdurul"), ("sil", None, "silin"), ("sağla", None, "sağlan"), ("düzenle", None, "düzenlen"), ("çıkar", None, "çıkarıl"), ("bırak", None, "bırakıl"),
 ("yükle", None, "yüklen"), ("getir", None, "getiril"), ("kaldır", None, "kaldırıl"), ("ertele", None, "ertelen"), ("yenile", None, "yenilen"), ("dondur", None, "dondurul"),
 ("tak", None, "takıl"), ("kur", None, "kurul"), ("çöz", None, "çözül"), ("düzelt", None, "düzeltil"), ("tanımla", None, "tanımlan"), ("yansıt", None, "yansıtıl"),
 ("aktar", None, "aktarıl"), ("eriş", None, "erişil"), ("göster", None, "gösteril"), ("paylaş", None, "paylaşıl"), ("ilet", None, "iletil"), ("yönlendir", None, "yönlendiril"),
 ("belirle", None, "belirlen"), ("et", "ed", "edil"), ("git", "gid", None), ("söyle", None, "söylen"), ("bildir", None, "bildiril"), ("tut", None, "tutul"),
 ("koru", None, "korun"), ("atla", None, "atlan"), ("destekle", None, "desteklen"), ("çek", None, "çekil"), ("yolla", None, "yollan"), ("tamamla", None, "tamamlan"),
 ("işle", None, "işlen"), ("kullan", None, "kullanıl"), ("aktive et", None, None), ("bekle", None, None), ("gel", None, None), ("ayarla", None, "ayarlan"), ("üstlen", None, None),
 ("sağla", None, "sağlan"), ("geri öde", None, None), ("karşıla", None, "karşılan"), ("teslim et", None, None),
 ("gerçekleştir", None, "gerçekleştiril"), ("sonuçlandır", None, "sonuçlandırıl"), ("bağla", None, "bağlan"), ("onar", None, "onarıl"), ("ara", None, "aran"),
 ("ulaştır", None, "ulaştırıl"), ("kes", None, "kesil"), ("düşür", None, "düşürül"), ("indir", None, "indiril"), ("yetiştir", None, "yetiştiril"), ("hazırla", None, "hazırlan"),
 ("değerlendir", None, "değerlendiril"), ("bak", None, "bakıl"), ("faydalan", None, None), ("yararlan", None, None), ("katıl", None, None), ("başvur", None, None),
]
# plain negatives that refuse (we don't ship / it isn't accepted) for these verbs only; others are often good news (paylaşmıyoruz, ücret almıyoruz)
PLAIN = {"yap", "gönder", "ver", "değiştir", "sun", "karşıla", "uzat", "onayla", "hızlandır", "sağla", "ertele", "dondur", "tanımla", "aktar", "destekle", "yolla",
         "tamamla", "işle", "üstlen", "bak", "gerçekleştir", "bağla", "onar", "ulaştır", "sonuçlandır"}
def ability(stem, soft):
    s = soft or stem
    inf = stem + "m" + A(stem) + "k"
    _, forms = verb_forms(stem)
    if soft:
        forms = {s + k[len(stem):]: v for k, v in forms.items()}
    return inf, forms
neg2 = {}
neg8 = {}
for stem, soft, passive in VERBS:
    if " " in stem: continue
    inf, forms = ability(stem, soft)
    for f, who in forms.items():
        neg2[f] = inf + (ALT_PL if who == "pl" else ALT_SG)
    if passive:
        a = A(passive); ii = "ı" if a == "a" else "i"
        vn = passive + "m" + a + "s" + ii
        for f in (passive + a + "m" + a + "z", passive + a + "m" + ii + "yor", passive + a + "m" + a + "m" + a + "kt" + a + "d" + ii + "r",
                  passive + a + "m" + ii + "yor" + "d" + ii + "r", passive + "m" + a + "m" + a + "kt" + a + "d" + ii + "r"):
            neg8[f] = vn + ALT_PL
        for f in (passive + a + "m" + a + "d" + ii, passive + a + "m" + a + "m" + ii + "şt" + ii + "r", passive + a + "m" + a + "m" + ii + "ş"):
            neg8[f] = vn + " için desteğinize ihtiyacımız var"
    if stem not in ("gel", "git", "gör", "bul"):
        neg2[(soft or stem) + ("y" if stem[-1] in "aeıioöuü" else "") + A(stem) + "m" + A(stem) + "z"] = inf + ALT_PL
    # you can't (faydalanamazsınız, yapamayacaksınız)
    y = "y" if stem[-1] in "aeıioöuü" else ""
    a = A(stem); ii = "ı" if a == "a" else "i"
    for f in ((soft or stem) + y + a + "m" + a + "zs" + ii + "n" + ii + "z", (soft or stem) + y + a + "m" + a + "y" + a + "c" + a + "ks" + ii + "n" + ii + "z"):
        neg2[f] = inf + ALT_PL
    if stem in PLAIN:
        neg2[stem + "m" + I(stem) + "yoruz"] = inf + ALT_PL
        neg2[stem + "m" + a + "y" + ii + "z"] = inf + ALT_PL
        if passive:
            pa = A(passive); pi = "ı" if pa == "a" else "i"
            for f in (passive + "m" + I(passive) + "yor", passive + "m" + pa + "z"):
                neg8[f] = passive + "m" + pa + "s" + pi + ALT_PL
for plain in ["yapmıyoruz", "vermiyoruz", "desteklemiyoruz", "sunmuyoruz", "karşılamıyoruz", "göndermiyoruz", "üstlenmiyoruz", "sağlamıyoruz", "yollamıyoruz", "tanımıyoruz"]:
    stem = plain[:-7]
    neg2[plain] = stem + "m" + A(stem) + "k" + ALT_PL
for obj in ["kabul", "iade", "garanti", "iptal", "teslim", "tahsil", "tazmin", "transfer"]:
    neg2[obj + " etmiyoruz"] = obj + " etmek" + ALT_PL
    neg8[obj + " edilmemektedir"] = obj + " edilmesi" + ALT_PL
    neg8[obj + " edilmiyor"] = obj + " edilmesi" + ALT_PL
    neg8[obj + " edilmez"] = obj + " edilmesi" + ALT_PL
    neg2[obj + " etmeyiz"] = obj + " etmek" + ALT_PL
# a refusal in the negative future: only verbs whose "won't" is bad news (not "yenilenmeyecek", "iptal edilmeyecek")
for passive in ["öden", "karşılan", "onaylan", "iade edil", "kabul edil", "tazmin edil", "telafi edil", "geri öden"]:
    last = passive.split()[-1]
    a = A(last); ii = "ı" if a == "a" else "i"
    for f in (passive + "m" + a + "y" + a + "c" + a + "k", passive + "m" + a + "y" + a + "c" + a + "kt" + ii + "r"):
        neg8[f] = passive + "m" + a + "s" + ii + ALT_PL
for active in ["öde", "karşıla", "onayla", "iade et", "kabul et", "tazmin et", "telafi et", "geri öde"]:
    last = active.split()[-1]
    a = A(last); ii = "ı" if a == "a" else "i"
    inf = active + "m" + a + "k"
    neg2[active + "m" + a + "y" + a + "c" + a + "ğ" + ii + "z"] = inf + ALT_PL
neg8.pop("bulunmamaktadır", None)
GOOD = ["(herhangi bir|hicbir) (ek )?(ucret|borc|masraf|sorun|hata|problem|kesinti|engel|risk)", "\\bkimse\\b", "\\bbaska (biri|birisi|kisi|kimse|bir kisi)\\b", "\\b(yetkisiz|izinsiz) (kisi|kisiler|biri)", "\\bbaskalari\\b", "ucuncu (kisi|sahis)", "ucret(i)? (al|kes|yansit|talep)", "\\bbaskasi\\b",
        "(ucret|masraf|bedel|komisyon|faiz|ceza|kesinti|borc)\\w*( \\w+){0,2} (alin|kesil|yansit|talep|tahsil|eklen|oden|odemeniz|odemenize)", "\\bgerek (yok|yoktur|bulunmamaktadir|kalmadi|kalmamistir)",
        "(ucret|masraf|kesinti|ceza|faiz|komisyon|risk|sorun|tehlike|borc)\\w* (\\w+ )?soz konusu (degil|olmayacak)"]
neg = [
 rule("NEG001", "unfortunately-opener", "negative_framing", "“Maalesef / ne yazık ki” yanıtı kötü haberle başlatıyor.", NW, "Pişmanlık kelimesini çıkarıp planla başlayın",
      {"action": "delete"},
      [F("<m>Maalesef</m> siparişiniz depodan geç çıktı. Cuma günü elinizde olacak.", "Siparişiniz depodan geç çıktı. Cuma günü elinizde olacak."),
       F("Merhaba Ayşe Hanım, <m>ne yazık ki</m> paketiniz gecikti.", "Merhaba Ayşe Hanım, paketiniz gecikti."),
       F("<m>malesef</m> kargo gecikti.", "Kargo gecikti."),
       C("Paketiniz Cuma günü teslim edilecek ve kargo ücretini iade ettik.")],
      phrases=["maalesef", "malesef", "maalesef ki", "ne yazık ki", "ne yazıktır ki", "üzülerek belirtmek isteriz ki", "üzülerek bildiririz ki", "üzgünüz ama"]),
 rule("NEG002", "we-cannot", "negative_framing", "Yanıt yapılamayanla (-amıyoruz / -emeyiz) konuşuyor.", NW, "Yapılabilecek olanla başlayın",
      {"action": "replace"},
      [F("Siparişinizi bu hafta <m>gönderemiyoruz</m>.", "Siparişinizi bu hafta göndermek yerine size uygun başka bir çözüm sunmak isteriz."),
       F("Bu adımı <m>atlayamayız</m>.", "Bu adımı atlamak yerine size uygun başka bir çözüm sunmak isteriz."),
       F("siparisinizi <m>gonderemiyoruz</m>.", "siparisinizi göndermek yerine size uygun başka bir çözüm sunmak isteriz."),
       F("Hatalı adreslerde iade <m>yapmıyoruz</m>.", "Hatalı adreslerde iade yapmak yerine size uygun başka bir çözüm sunmak isteriz."),
       C("Bu değişiklik için sizden herhangi bir ücret alamayız; işlem ücretsiz."),
       C("Siparişinizi Pazartesi gönderebiliriz; hafta sonu depomuz kapalı."),
       C("Kartınız kapatıldı, yani artık kimse kullanamaz."),
       F("Kullanılmış ürünün bedelini <m>iade etmeyeceğiz</m>.", "Kullanılmış ürünün bedelini iade etmek yerine size uygun başka bir çözüm sunmak isteriz."),
       C("Kartınız kullanıma kapatıldı; başka biri işlem yapamaz.")],
      phrases=neg2, unless_sentence=GOOD),
 rule("NEG003", "not-possible", "negative_framing", "“Mümkün değil” doğrudan ret gibi okunuyor.", NW, "Mümkün olanı öne alın",
      {"action": "replace"},
      [F("Havaleyi geri çekmemiz <m>mümkün değil</m>.", "Havaleyi geri çekmemiz yerine size uygun başka bir çözüm sunmak isteriz."),
       F("Limit artışı yapılması <m>mümkün değildir</m>.", "Limit artışı yapılması yerine size uygun başka bir çözüm sunmak isteriz."),
       F("adres degisikligi yapmamiz <m>mumkun degil</m>.", "adres degisikligi yapmamiz yerine size uygun başka bir çözüm sunmak isteriz."),
       C("İsterseniz siparişinizi iptal etmeniz de mümkün."),
       C("Mümkün olan en uygun tarihi sizin için ayırdım: 3 Mart Salı."),
       F("Tazminat ödememiz <m>söz konusu değildir</m>.", "Tazminat ödememiz yerine size uygun başka bir çözüm sunmak isteriz."),
       C("Bu değişiklik için ek bir ücret söz konusu değildir.")],
      phrases={k: "yerine size uygun başka bir çözüm sunmak isteriz" for k in ["mümkün değil", "mümkün değildir", "mümkün olmuyor", "mümkün olmamaktadır", "mümkün bulunmamaktadır", "olanaksız", "olanaksızdır", "imkansız", "imkansızdır", "imkânsız", "imkânsızdır", "mümkün görünmüyor", "bir yolu yok", "bir yolu bulunmamaktadır", "imkanı yok", "imkanımız yok", "imkanımız bulunmamaktadır", "imkânımız bulunmamaktadır",
                 "söz konusu değil", "söz konusu değildir", "söz konusu olamaz", "söz konusu olmayacaktır", "mümkün olmayacak", "mümkün olmayacaktır", "mümkün olamıyor", "mümkün gözükmüyor",
                 "imkan dahilinde değil", "imkan dahilinde değildir", "imkân dahilinde değil", "imkân dahilinde değildir", "olası değil", "şansımız yok", "şansımız bulunmamaktadır",
                 "olanağımız yok", "olanağımız bulunmamaktadır", "imkânımız yok", "imkanımız olmuyor"]},
      unless_sentence=GOOD),
 rule("NEG004", "policy-hiding", "negative_framing", "Ret, kararın nedeni anlatılmadan politikanın arkasına saklanıyor.", "“Politikamız gereği” müşteriye kararın gerekçesini ve seçeneklerini vermez; kuralı kendi cümlenizle anlatıp ne yapabileceğinizi söyleyin.", "Politikayı gerekçesiyle, seçenekle birlikte anlatın",
      {"action": "delete"},
      [F("Bu işlem <m>politikamız gereği</m> iki gün sürer.", "Bu işlem iki gün sürer."),
       F("<m>Şirket politikası gereği</m> indirimli ürünlerde değişim yapılıyor.", "İndirimli ürünlerde değişim yapılıyor."),
       C("Gizlilik politikamızı web sitemizde bulabilirsiniz.")],
      patterns=[[{"LOWER": {"IN": ["şirket", "banka", "iade", "güvenlik", "firma"]}, "OP": "?"},
                 {"NORM": {"REGEX": "^(politika|prosedur|kural|ilke)\\w*(miz|imiz|umuz|si|i|lari|lerimiz|larimiz)$"}},
                 {"LOWER": {"IN": ["gereği", "gereğince", "uyarınca", "nedeniyle", "dolayısıyla", "gereğidir", "gereği,"]}}],
                [{"NORM": {"REGEX": "^(politika|prosedur|kural)\\w*(miza|imize|umuza|sina|ina)$"}}, {"LOWER": {"IN": ["aykırı", "aykırıdır", "uygun", "uygun değil", "ters"]}}]]),
 rule("NEG005", "blaming-customer", "negative_framing", "Sorunun suçu müşteriye yükleniyor.", "Suçlamak sorunu çözmez, müşteriyi savunmaya iter; ne olduğunu nötr anlatıp çözümü söyleyin.", "Suçlamayı çıkarın, çözümü anlatın",
      {"action": "replace"},
      [F("Paket geri döndü, <m>bu sizin hatanız</m>.", "Paket geri döndü."),
       F("Yanlış IBAN'a gönderim <m>sizin sorumluluğunuzdadır</m>.", "Yanlış IBAN'a gönderim için bankanızla birlikte çözüm arayabiliriz."),
       F("Sorun <m>sizden kaynaklaniyor</m>.", "Sorun bulunduğu noktayı birlikte tespit edebiliriz."),
       C("Sizin hatanız değil; sistemimizdeki bir sorun nedeniyle ödeme iki kez alındı."),
       F("Merhaba, <m>yanlış adres girdiğiniz için</m> paket geri döndü.", "Merhaba, paket geri döndü."),
       C("Zamanında ödeme yaptığınız için teşekkür ederiz."),
       C("Geç teslim ettiğimiz için özür dileriz."),
       F("<m>Sizin hatanız yüzünden</m> sipariş yanlış adrese gitti.", "Sipariş yanlış adrese gitti.")],
      phrases={"sizin hatanız": "", "bu sizin hatanız": "", "sizin hatanızdır": "", "bu sizin hatanızdır": "", "hata sizde": "", "hata sizin": "", "sizin suçunuz": "", "sizin kusurunuz": "",
               "sizin sorumluluğunuzdadır": "için bankanızla birlikte çözüm arayabiliriz", "sizin sorumluluğunuzda": "için bankanızla birlikte çözüm arayabiliriz",
               "sizden kaynaklanıyor": "bulunduğu noktayı birlikte tespit edebiliriz", "sizden kaynaklanmaktadır": "bulunduğu noktayı birlikte tespit edebiliriz",
               "sizin tarafınızdan kaynaklanıyor": "bulunduğu noktayı birlikte tespit edebiliriz",
               **{f"{who} {why}": "" for who in ("sizin hatanız", "hatanız", "sizin kusurunuz", "kusurunuz", "sizin suçunuz", "sizin ihmaliniz", "ihmaliniz", "sizin dikkatsizliğiniz", "dikkatsizliğiniz")
                  for why in ("yüzünden", "nedeniyle", "sebebiyle", "dolayısıyla")},
               **{f"{who}dan dolayı": "" for who in ("sizin hatanız", "hatanız", "sizin kusurunuz", "kusurunuz", "ihmaliniz")}},
      patterns=[[{"NORM": {"REGEX": "^(yanlis|hatali|eksik|gec)$"}}, {"IS_PUNCT": False, "OP": "{0,2}"}, {"NORM": {"REGEX": "^\\w+(d|t)(i|u)g(i|u)n(i|u)z$"}}, {"NORM": {"IN": ["için", "dolayı", "nedeniyle", "sebebiyle"]}}],
                [{"LOWER": "zamanında"}, {"IS_PUNCT": False, "OP": "{0,2}"}, {"NORM": {"REGEX": "^\\w+(madig|medig)(i|u)n(i|u)z$"}}, {"NORM": {"IN": ["için", "dolayı", "nedeniyle", "sebebiyle"]}}],
                [{"NORM": {"REGEX": "^\\w+(maniz|meniz)$"}}, {"NORM": {"REGEX": "^(sorun|hata|problem|gecikme|ariza)\\w*$"}}, {"NORM": {"REGEX": "^(sebebi|nedeni|kaynagi)\\w*$"}}]],
      mark=[0, 4],
      unless_sentence=["(sizin )?hataniz (degil|yok)", "sizden kaynaklanm(iyor|amaktadir)", "{match} \\w+(niz|nuz)(de|da|den|dan)\\b"]),
 rule("NEG006", "you-will-have-to", "negative_framing", "“… yapmanız gerekecek” işi müşteriye yüklüyor.", "Zorunluluk dili müşteriye yük gibi gelir; adımı seçenek ve kolaylık olarak sunun.", "Adımı seçenek olarak sunun",
      {"action": "replace", "replacement": "yeterli olacak"},
      [F("Teslimat sırasında evde olmanız <m>gerekecek</m>.", "Teslimat sırasında evde olmanız yeterli olacak."),
       F("Kargo firmasına kendiniz başvurmanız <m>gerekecektir</m>.", "Kargo firmasına kendiniz başvurmanız yeterli olacak."),
       C("Sizin yapmanız gereken bir şey yok; iadeyi biz başlattık.")],
      patterns=[[{"NORM": {"REGEX": "(maniz|meniz)$"}}, {"LOWER": {"IN": ["gerekecek", "gerekecektir", "şart", "zorunlu", "zorunludur"]}}]],
      mark=[1, 2]),
 rule("NEG007", "not-our-problem", "negative_framing", "Sorumluluk reddediliyor ya da müşteri başka yere gönderiliyor.", "“Bizim sorunumuz değil” müşteriyi yalnız bırakır; kimin ne yapacağını ve sizin nasıl yardım edebileceğinizi anlatın.", "Sorumluluğu reddetmek yerine yardımı anlatın",
      {"action": "replace"},
      [F("Gecikme kargodan kaynaklanıyor. <m>Elimizden bir şey gelmez.</m>", "Gecikme kargodan kaynaklanıyor."),
       F("<m>Bu konuda yapabileceğimiz bir şey yok.</m> Kart yarın gelecek.", "Kart yarın gelecek."),
       F("Kuryelerle ilgili sikayetlerle biz <m>ilgilenmiyoruz</m>.", "Kuryelerle ilgili sikayetlerle biz ilgili ekibe iletiyoruz."),
       C("Elimizden gelen her şeyi yapıyoruz; paketiniz yarın teslim edilecek."),
       F("Bankadaki gecikmeler <m>bizim kontrolümüzde değil</m>. İade yarın yansır.", "Bankadaki gecikmeler. İade yarın yansır."),
       C("Sizi etkileyebilecek bir durum yok; kartınız güvende."),],
      phrases={"elimizden bir şey gelmez.": "", "elimizden bir şey gelmez": "", "elimizden bir şey gelmiyor": "", "elimizden bir şey gelmemektedir": "", "elimizden gelen bir şey yok": "",
               "bu konuda yapabileceğimiz bir şey yok.": "", "bu konuda yapabileceğim bir şey yok.": "", "yapabileceğimiz bir şey yok": "", "yapabileceğim bir şey yok": "",
               "yapabileceğimiz bir şey bulunmamaktadır.": "", "yapabileceğimiz bir şey bulunmamaktadır": "", "yapılabilecek bir şey yok": "", "yapılacak bir şey yok": "",
               "bizim sorumluluğumuzda değil": "", "sorumluluğumuzda değildir": "", "sorumluluğumuzda değil": "", "sorumlu değiliz": "", "sorumluluk kabul etmiyoruz": "",
               "bizim sorunumuz değil": "", "bizimle ilgili değil": "", "bizimle ilgili değildir": "", "bizim konumuz değil": "", "birimimin konusu değil": "", "benim birimimin konusu değil": "",
               "bizim birimimizin konusu değil": "", "bizim departmanımızla ilgili değil": "", "ilgilenmiyoruz": "ilgili ekibe iletiyoruz", "ilgilenemiyoruz": "ilgili ekibe iletiyoruz",
               "yardımcı olamıyoruz": "", "yardımcı olamayız": "", "yardımcı olamam": "", "yardımcı olamıyorum": "", "bizim hatamız değil": "",
               "sorumlu tutulamayız": "", "sorumlu tutulamaz": "", "sorumluluk kabul edemeyiz": "", "sorumluluğumuz bulunmamaktadır": "", "sorumluluğumuz yok": "",
               "bizi ilgilendirmiyor": "", "bizi ilgilendiren bir durum değil": "", "yetkim yok": "", "yetkimiz yok": "", "yetkimiz bulunmamaktadır": "", "yetki alanımızda değil": ""},
      patterns=[[{"NORM": {"REGEX": "^(bizi|birimimizi|birimimi|departmanimizi|departmanimi|ekibimizi|bolumumuzu|sirketimizi|magazamizi)$"}}, {"NORM": {"REGEX": "^ilgilendir(miyor|memektedir|mez|medigi)$"}}],
                [{"LOWER": "bizim", "OP": "?"}, {"NORM": {"REGEX": "^(sorumlulugumuz|kontrolumuz|yetki alanimiz|alanimiz|elimiz|gorev alanimiz|isimiz|gorevimiz|konumuz|departmanimiz|birimimiz|sorumluluk alanimiz)(da|de|un|in)?$"}}, {"NORM": {"REGEX": "^(degil|degildir)$"}}],
                [{"LOWER": {"IN": ["size", "bizim"]}, "OP": "?"}, {"LOWER": "yardımcı", "OP": "?"}, {"NORM": {"REGEX": "^(\\w+(abilecegimiz|ebilecegimiz|abilecegim|ebilecegim)|yapilabilecek)$"}}, {"LOWER": "bir", "OP": "?"}, {"NORM": {"REGEX": "^(sey|durum|islem|yol|cozum|adim)$"}}, {"NORM": {"REGEX": "^(yok|yoktur|bulunmamaktadir|bulunmuyor|kalmadi|kalmamistir)$"}}],[{"LOWER": "lütfen", "OP": "?"}, {"LOWER": "doğrudan"}, {"NORM": {"REGEX": "(la|le|yla|yle|ile)$"}}, {"LOWER": "iletişime"}, {"NORM": {"REGEX": "^gec(in|iniz)$"}}]],
      unless_sentence=["sizin hataniz degil"]),
 rule("NEG008", "cannot-be-done-passive", "negative_framing", "Ret, kişisiz bir dille (yapılamaz, iade edilemez) veriliyor.", NW, "Yapılabilecek olanla başlayın",
      {"action": "replace"},
      [F("Bilgilerinize <m>ulaşılamamıştır</m>.", "Bilgilerinize ulaşılması için desteğinize ihtiyacımız var."),
       F("İndirimli ürünlerde iade <m>yapılamaz</m>.", "İndirimli ürünlerde iade yapılması yerine size uygun başka bir çözüm sunmak isteriz."),
       F("Bu işlem şube dışında <m>yapılamamaktadır</m>.", "Bu işlem şube dışında yapılması yerine size uygun başka bir çözüm sunmak isteriz."),
       C("Kartınız iptal edildi; yani artık kimse tarafından kullanılamaz."),
       C("İadeniz bugün yapıldı."),
       F("Hasarınız teminat dışında olduğundan tazminat <m>ödenmeyecektir</m>.", "Hasarınız teminat dışında olduğundan tazminat ödenmesi yerine size uygun başka bir çözüm sunmak isteriz."),
       F("Kargo masrafı <m>iade edilmeyecek</m>.", "Kargo masrafı iade edilmesi yerine size uygun başka bir çözüm sunmak isteriz."),
       C("Bu değişiklik için sizden ek ücret ödenmeyecek."),
       C("Siparişiniz iptal edilmeyecek, yarın yola çıkıyor.")],
      phrases=neg8, unless_sentence=GOOD),
]
neg += [
 rule("NEG009", "blaming-source", "negative_framing", "Sorunun kaynağı kesin bir dille müşteriye bağlanıyor.", "Suçlamak sorunu çözmez, müşteriyi savunmaya iter; olası nedeni nötr anlatıp birlikte kontrol etmeyi önerin.", "Suçlamayı yumuşatın, birlikte kontrol edin",
      {"action": "replace", "replacement": "kaynaklanmış olabilir; birlikte kontrol edelim"},
      [F("Bu sorun yanlış adres girmenizden <m>kaynaklandı</m>.", "Bu sorun yanlış adres girmenizden kaynaklanmış olabilir; birlikte kontrol edelim."),
       F("Kesinti modeminizden <m>kaynaklanıyor</m>.", "Kesinti modeminizden kaynaklanmış olabilir; birlikte kontrol edelim."),
       C("Gecikme bankanızdan kaynaklanıyor olabilir; yarın birlikte kontrol edelim."),
       C("Sorun modeminizden kaynaklanmıyor, hattınızı yeniledik.")],
      patterns=[[{"NORM": {"REGEX": "^\\w+(nizden|nizdan|nuzdan|nuzden)$"}}, {"NORM": {"REGEX": "^kaynaklan(di|iyor|maktadir|mistir)$"}}]],
      mark=[1, 2],
      unless=[[{"NORM": {"REGEX": "^(banka|kargo|operator|isveren|servis|saglayici|magaza|satici|kurum)\\w*$"}}, {"NORM": {"REGEX": "^kaynaklan"}}]]),
 rule("NEG010", "blaming-your-side", "negative_framing", "“Sorun sizin …” sorunu müşteriye yüklüyor.", "Suçlamak sorunu çözmez; sorunun nerede olduğunu nötr anlatın.", "“Sizin”i çıkarın",
      {"action": "delete"},
      [F("Sorun <m>sizin</m> modeminizde.", "Sorun modeminizde."),
       F("Hata <m>sizin</m> tarayıcınızdan kaynaklanıyor olabilir.", "Hata tarayıcınızdan kaynaklanıyor olabilir."),
       C("Sorun sizin için çözüldü, modeminiz çalışıyor.")],
      patterns=[[{"NORM": {"REGEX": "^(sorun|hata|problem|ariza|sikinti)(un)?$"}}, {"LOWER": "sizin"}, {"NORM": {"REGEX": "^\\w+(nizde|nizda|nuzda|nuzde|nizden|nizdan|nuzdan|nuzden|tarafinizda)$"}}]],
      mark=[1, 2]),
]
neg.append(rule("NEG013", "not-our-department", "negative_framing", "Müşteri “bu bizim birimimizin işi değil” diyerek geri çevriliyor.", "Birim sınırları müşterinin sorunu değildir; doğru yeri gösterip geçişi kolaylaştırın.", "Doğru birime yönlendirin",
      {"action": "replace", "replacement": "için sizi doğru birime yönlendirelim"},
      [F("Bu konu <m>bizim departmanımızın sorumluluğunda değil</m>, lütfen kargo firmasıyla iletişime geçin.", "Bu konu için sizi doğru birime yönlendirelim, lütfen kargo firmasıyla iletişime geçin."),
       F("Bu talep <m>birimimizin görev alanına girmiyor</m>.", "Bu talep için sizi doğru birime yönlendirelim."),
       C("Bu ücret sizin sorumluluğunuzda değil; tutarı biz karşılıyoruz."),
       C("Kurulum ekibimizin görev alanında olan bu işi yarın 10:00'da tamamlayacağız.")],
      patterns=[[{"LOWER": "bizim", "OP": "?"}, {"NORM": {"REGEX": "^(departman|birim|ekib|ekip|bolum|servis|sube|magaza|sirket|firma)\\w*(in|un|nin|nun|miz|imiz|umuz)$"}},
                 {"NORM": {"REGEX": "^(sorumlulug|sorumluluk|kontrol|gorev|yetki|ilgi|konu|kapsam|is)\\w*$"}}, {"NORM": {"REGEX": "^(alan|alani|alanina|alaninda)$"}, "OP": "?"},
                 {"NORM": {"REGEX": "^(degil|degildir|disinda|disindadir|girmiyor|girmemektedir)$"}}]]))
neg.append(rule("NEG014", "fault-assigned", "negative_framing", "Kusur doğrudan müşteriye yükleniyor.", "Suçlamak sorunu çözmez, müşteriyi savunmaya iter; bulguyu nötr anlatıp seçenekleri söyleyin.", "Bulguyu nötr anlatın",
      {"action": "replace"},
      [F("Yapılan incelemede kusurun <m>tarafınıza ait olduğu</m> tespit edilmiştir.", "Yapılan incelemede kusurun kaynağı tespit edilmiştir."),
       F("Hatanın <m>sizden kaynaklandığını</m> gördük.", "Hatanın kaynağını gördük."),
       C("Hesabın size ait olduğunu doğrulamak için kimlik bilgisi gerekiyor."),
       C("Kusurun tarafınıza ait olmadığı tespit edildi; tazminat ödenecek.")],
      phrases={"tarafınıza ait olduğu": "kaynağı", "tarafınıza ait olduğunu": "kaynağını", "size ait olduğu": "kaynağı", "size ait olduğunu": "kaynağını",
               "tarafınızda olduğu": "kaynağı", "tarafınızda olduğunu": "kaynağını", "sizde olduğu": "kaynağı", "sizde olduğunu": "kaynağını",
               "sizden kaynaklandığı": "kaynağı", "sizden kaynaklandığını": "kaynağını", "tarafınızdan kaynaklandığı": "kaynağı", "tarafınızdan kaynaklandığını": "kaynağını"},
      unless_sentence=["^(?!.*\\b(kusur|hata|ihmal|sorun|hasar|ariza|problem|gecikme|sorumluluk)\\w* {match})"]))
OBLIG = ["görüş", "başvur", "ara", "git", "gel", "bekle", "yaz", "gönder", "öde", "doldur", "ilet", "ulaş", "kontrol et", "yükle", "iletişime geç", "getir", "gir", "değiştir",
         "güncelle", "onayla", "yenile", "al", "ver", "teslim et", "imzala", "tamamla", "ekle", "seç", "oku", "uğra", "bildir"]
must = {}
for st in OBLIG:
    last = st.split()[-1]; pre = st[: len(st) - len(last)]
    a = A(last); ii = "ı" if a == "a" else "i"
    vn = pre + last + "m" + a + "n" + ii + "z" + ii + " öneririz"
    must[pre + last + "m" + a + "l" + ii + "s" + ii + "n" + ii + "z"] = vn
    for tail in (" zorundasınız", " zorunda kalacaksınız", " durumundasınız"):
        must[pre + last + "m" + a + "k" + tail] = vn
neg.append(rule("NEG011", "you-must", "negative_framing", "“… -malısınız / zorundasınız” işi zorunluluk olarak müşteriye yüklüyor.", "Zorunluluk dili müşteriye yük gibi gelir; adımı öneri ve kolaylık olarak sunun.", "Zorunluluğu öneriye çevirin",
      {"action": "replace"},
      [F("Bunun için bankanızla <m>görüşmelisiniz</m>.", "Bunun için bankanızla görüşmenizi öneririz."),
       F("Formu yeniden <m>doldurmak zorundasınız</m>.", "Formu yeniden doldurmanızı öneririz."),
       C("Formu doldurmanız yeterli; gerisini biz hallederiz.")],
      phrases=must))
neg.append(rule("NEG012", "request-refused", "negative_framing", "Talep, alternatif sunulmadan reddedilmiş olarak bildiriliyor.", NW, "Reddi yapılabilecek olanla birlikte anlatın",
      {"action": "replace", "replacement": "için size uygun başka bir çözüm sunmak isteriz"},
      [F("İade talebiniz <m>reddedildi</m>.", "İade talebiniz için size uygun başka bir çözüm sunmak isteriz."),
       F("Başvurunuz <m>uygun görülmemiştir</m>.", "Başvurunuz için size uygun başka bir çözüm sunmak isteriz."),
       C("Kartınızdan yapılan şüpheli işlem reddedildi; kartınız güvende."),
       F("Talebiniz <m>uygun görülmemiştir</m>.", "Talebiniz için size uygun başka bir çözüm sunmak isteriz."),
       C("Taşıma talebiniz karşı operatör tarafından reddedilmiş; talebi yeniden girdim, Perşembe tamamlanacak.")],
      phrases=["reddedildi", "reddedilmiştir", "reddedilmiş", "reddedilmektedir", "reddediyoruz", "reddetmek zorundayız", "uygun görülmemiştir", "uygun görülmedi", "uygun görülmemiş",
               "uygun bulunmamıştır", "uygun bulunmadı", "olumsuz sonuçlanmıştır", "olumsuz sonuçlandı", "olumsuz değerlendirilmiştir", "olumsuz değerlendirildi", "onaylanmamıştır", "onaylanmadı",
               "kabul edilmemiştir", "kabul edilmedi"],
      unless_sentence=["^(?!.*(tale[bp]|basvuru|itiraz|istek|iade|tazminat|teklif|sikayet|degisim|iptal|kampanya|indirim))", "(supheli|dolandirici|sahte|izinsiz)", "\\b\\w+(?<!miz)(?<!muz) tarafindan (\\w+ ){0,2}{match}"]))
dump("negative_framing.yaml", neg)

# ---------------- missing timeline ----------------
TW = "“En kısa sürede” sizin için ve müşteri için farklı anlamlara gelir; somut bir zaman, tutabileceğiniz bir beklenti oluşturur."
DL = "{deadline} gününe kadar"
vague = ["en kısa sürede", "en kısa zamanda", "mümkün olan en kısa sürede", "mümkün olan en kısa zamanda", "kısa süre içinde", "kısa süre içerisinde", "kısa bir süre içinde", "kısa bir süre içerisinde",
         "kısa sürede", "kısa zamanda", "kısa bir süre sonra", "yakında", "yakın zamanda", "en yakın zamanda", "ilerleyen günlerde", "önümüzdeki günlerde", "önümüzdeki birkaç gün içinde",
         "birkaç gün içinde", "ilerleyen süreçte", "ilerleyen dönemde", "ilerleyen sürümlerde", "bir sonraki sürümde", "bir ara", "bir noktada", "zamanı geldiğinde", "zamanı gelince",
         "bugün yarın", "ilk fırsatta", "sırası gelince", "sırası geldiğinde", "müsait olduğunda", "müsait olduğunuzda", "en erken zamanda", "en kısa vadede", "bir süre sonra",
         "biraz zaman alabilir", "zaman içinde", "her an", "birkaç güne kalmaz", "birkaç saate kalmaz", "çok sürmez", "uzun sürmez", "çok geçmeden",
         "birazdan", "az sonra", "en kısa vakitte", "en kısa zaman içinde", "en kısa süre içinde", "en kısa zaman zarfında", "en kısa süre zarfında", "en hızlı sürede", "en hızlı şekilde",
         "ileride", "ilerleyen zamanlarda", "ilerleyen haftalarda", "önümüzdeki haftalarda", "önümüzdeki dönemde", "önümüzdeki sürümde", "sonraki sürümde", "bir sonraki güncellemede",
         "sonraki güncellemelerde", "yakın bir zamanda", "yakın gelecekte", "kısa vadede", "mümkün olduğunca çabuk", "mümkün olduğunca hızlı", "olabildiğince çabuk", "olabildiğince hızlı",
         "sıra size geldiğinde", "sıranız geldiğinde", "sıra size gelince", "sıranız gelince", "müsait olduğu bir gün", "müsait olduğu bir zaman", "müsait olunca", "uygun bir zamanda",
         "fırsat bulduğumuzda", "fırsat bulunca", "birkaç iş günü", "birkaç iş günü içinde", "birkaç hafta içinde", "birkaç hafta", "günler içinde", "haftalar içinde",
         "ivedilikle", "biraz sürebilir", "zamanla"]
for en in ("", "en ", "mümkün olan en ", "olabilecek en "):
    for bir in ("", "bir "):
        if en and bir: continue
        for unit in ("süre", "zaman", "vakit", "sürede", "zamanda", "vakitte"):
            tails = [""] if unit.endswith(("de", "da", "te")) else [" içinde", " içerisinde", " zarfında"]
            for tail in tails:
                vague.append(f"{en}kısa {bir}{unit}{tail}")
for lead in ("ilerleyen", "önümüzdeki", "gelecek", "önümüzdeki birkaç", "ilerleyen birkaç"):
    for span in ("saatlerde", "günlerde", "haftalarda", "aylarda", "dönemde", "süreçte", "zamanlarda", "saatler içinde", "günler içinde", "haftalar içinde", "aylar içinde"):
        if lead == "gelecek" and span in ("dönemde", "süreçte", "zamanlarda"): continue
        vague.append(f"{lead} {span}")
for lead in ("bir sonraki", "sonraki", "gelecek", "önümüzdeki", "ilerleyen"):
    for sp in ("sprint'te", "sprintte", "sprint'lerde", "sprintlerde", "sprint içinde", "sürümlerde", "güncellemelerde", "versiyonda", "versiyonlarda"):
        vague.append(f"{lead} {sp}")
vague = list(dict.fromkeys(vague))
concrete = [
 r"\b(bugun|yarin|bu aksam|bu sabah|bu ogleden sonra|bu gece|bu hafta|bu ay|haftaya|ertesi gun|gun icinde|gun sonuna|ay sonuna|hafta sonuna|hafta icinde|mesai bitimine|mesai sonuna)",
 r"\b(pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar)\b",
 r"\b(\d+|bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on|yirmi|kirk sekiz|yirmi dort|yarim) ?(-|–)? ?(\d+ )?(saat|dakika|dk|is gunu|gun|hafta|ay|calisma gunu)(\w*)? (icinde|icerisinde|zarfinda|sonra|once|kadar|surer|surebilir|surmektedir|surecek|surecektir|alir|alabilir|almaktadir)",
 r"\bbirkac (dakika|saat)(ya|e)? (icinde|icerisinde|sonra|kadar)",
 r"\b\d{1,2} (ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)",
 r"\bsaat \d|\b\d{1,2}[:.]\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
 r"\ben gec\b",
 r"\b(ucus|seyahat|teslimat|randevu|kurulum|kesim|cekim|sefer) (gunu|gununuz|gununde|saatinde|saatinizde)\b",
 r"\b(ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik) (ayi )?(sonu|basi|icinde|ortasi)",
 r"\b(yarim|bir) saat(e| icinde)",
 r"\b(gelmeden|teslimattan|ziyaretten|kurulumdan|cikmadan|yola cikmadan) (\d+ (dakika|saat) )?once",
]
get_back = {}
for k in ["dönüş yapacağız", "dönüş yapacağım", "dönüş yapılacaktır", "dönüş yapılacak", "dönüş sağlanacaktır", "dönüş sağlanacak", "dönüş sağlayacağız", "dönüş yapacaklar", "dönüş yapacaktır",
          "size döneceğiz", "size döneceğim", "size dönerim", "size döneriz", "size dönecekler", "bilgi vereceğiz", "bilgi vereceğim", "bilgi verilecektir", "bilgi verilecek", "bilgi veririz", "bilgi veririm",
          "haber vereceğiz", "haber vereceğim", "haber veririz", "haber veririm", "haber verilecek", "haber verilecektir", "bilgilendireceğiz", "bilgilendireceğim", "bilgilendirileceksiniz",
          "bilgilendirme yapılacaktır", "bilgilendirme yapılacak", "bilgilendirme yapacağız", "iletişime geçeceğiz", "iletişime geçeceğim", "iletişime geçilecektir", "iletişime geçilecek",
          "iletişime geçecek", "iletişime geçecekler", "iletişime geçecektir", "sizi arayacağız", "sizi arayacağım", "sizi arayacak", "sizi arayacaklar", "aranacaksınız", "size ileteceğiz", "size ileteceğim",
          "size iletecekler", "size iletilecektir", "size yazacağız", "size yazacağım", "tekrar bakacağız", "tekrar bakacağım", "bir daha bakacağız", "inceleyeceğiz", "inceleyeceğim", "incelenecektir",
          "incelenecek", "inceleyecekler", "değerlendireceğiz", "değerlendirilecektir", "değerlendirilecek", "araştıracağız", "araştıracak", "araştırılacaktır", "araştırılacak", "ilgilenecek", "ilgileneceğiz",
          "ilgilenecekler", "paylaşılacaktır", "paylaşacağız", "güncelleme paylaşacağız", "size göndereceğiz", "tarafınıza iletilecektir", "tarafınıza bilgi verilecektir", "sonuçlandırılacaktır",
          "çözüme kavuşturulacaktır", "size iletecekler", "arayıp", "arayacak", "arayacaklar", "ayarlayacak", "ayarlayacaklar", "halledecek", "halledecekler",
          "takip edeceğim", "takip edeceğiz", "follow-up edeceğim", "follow-up edeceğiz", "update geçerim", "update geçeriz"]:
    get_back[k] = DL + " " + k
TSTEM = "(bildir|bilgilendir|ara|yaz|degistir|ulas|paylas|ilet|don|gonder|sonuclandir|coz|duzelt|gider|hallet|halled|incele|degerlendir|arastir|ilgilen|netlestir|tamamla|ekle|guncelle|aktar|yonlendir|yanitla|cevapla)"
FUT = "(y|il|ul|in|un|n|l)?(ecegiz|acagiz|ecegim|acagim|ecekler|acaklar|eceksiniz|acaksiniz|ecektir|acaktir|ecek|acak)"
AOR1 = "[iuea]?r(iz|im)"
CHAT = "y?(icem|icez|icam|icaz|ucam|ucaz|ucem|ucez)"
ongoing = ["inceliyoruz", "inceliyorum", "incelemekteyiz", "inceleniyor", "incelenmektedir", "incelemeye aldık", "incelemeye aldım", "incelemeye alınmıştır", "incelemeye alındı",
           "inceleme devam ediyor", "incelemeye devam ediyor", "araştırıyoruz", "araştırılıyor", "araştırmaktayız", "araştırılmaktadır", "üzerinde çalışıyoruz", "üzerinde çalışıyor",
           "üzerinde çalışılıyor", "üzerinde çalışılmaktadır", "çalışmaya devam ediyor", "çalışmaya devam ediyoruz", "kontrol ediyoruz", "kontrol ediliyor", "takip ediyoruz", "takipteyiz",
           "değerlendiriyoruz", "değerlendirilmektedir", "değerlendirmeye alındı", "değerlendirmeye alınmıştır", "yanıt bekliyoruz", "yanıt bekliyorum", "dönüş bekliyoruz", "dönüş bekliyorum",
           "haber bekliyoruz", "bilgi bekliyoruz", "cevap bekliyoruz", "işleme alındı", "işleme alınmıştır", "sürecimiz devam ediyor", "süreç devam ediyor", "eskale ettik", "eskale ettim",
           "eskale edildi", "eskale edilmiştir"]
tml = [
 rule("TML001", "vague-time", "missing_timeline", "Belirsiz bir zaman ifadesi müşteriyi tahmin etmeye bırakıyor.", TW, "Somut bir zaman verin",
      {"action": "replace", "replacement": DL},
      [F("Size <m>en kısa sürede</m> dönüş yapacağız.", "Size {deadline} gününe kadar dönüş yapacağız."),
       F("Siparişiniz <m>yakında</m> teslim edilecek.", "Siparişiniz {deadline} gününe kadar teslim edilecek."),
       F("<m>en kisa surede</m> donus yapacagiz.", "{deadline} gününe kadar donus yapacagiz."),
       F("Konu <m>ilerleyen günlerde</m> netleşecek.", "Konu {deadline} gününe kadar netleşecek."),
       C("İadeniz yarın öğlene kadar kartınıza yansıyacak."),
       C("Yakında tekrar görüşmek dileğiyle, iyi günler!"),
       C("Size yakın şubemizin adresini ekledim."),
       F("Restoranla görüşüyoruz, <m>birazdan</m> size döneceğim.", "Restoranla görüşüyoruz, {deadline} gününe kadar size döneceğim."),
       F("Düzeltme <m>önümüzdeki sürümde</m> yayında olacak.", "Düzeltme {deadline} gününe kadar yayında olacak."),
       C("İleride benzer bir sorun yaşarsanız bize yazabilirsiniz."),
       C("Birkaç gün önce verdiğiniz siparişin iadesi bugün kartınıza yansıdı."),
       F("Elektriğin <m>en kısa süre içerisinde</m> verilmesi planlanıyor.", "Elektriğin {deadline} gününe kadar verilmesi planlanıyor."),
       F("İlgili arkadaşlar <m>ilerleyen saatlerde</m> sizi arayacak.", "İlgili arkadaşlar {deadline} gününe kadar sizi arayacak."),
       C("Bu ücret önümüzdeki aylarda tekrar yansımayacak.")],
      phrases=vague,
      unless=[[{"LOWER": "yakında"}, {"LOWER": {"IN": ["tekrar", "yeniden", "görüşmek", "görüşmek", "görüşürüz", "görüşmeye"]}}],
              [{"LOWER": "her"}, {"LOWER": "an"}, {"LOWER": {"IN": ["ulaşabilirsiniz", "yazabilirsiniz", "arayabilirsiniz", "bize"]}}],
              [{"LOWER": "bir"}, {"LOWER": "ara"}, {"LOWER": {"IN": ["bilgi", "not", "güncelleme", "bilgilendirme", "mesaj", "durum"]}}],
              [{"LOWER": "birkaç"}, {"LOWER": {"IN": ["iş", "hafta", "gün"]}}, {"LOWER": {"IN": ["günü", "önce", "öncesinde", "evvel"]}, "OP": "?"}, {"LOWER": {"IN": ["önce", "öncesinde", "evvel", "boyunca"]}}],
              [{"LOWER": "ileride"}, {"LOWER": {"IN": ["benzer", "tekrar", "yine", "bir", "böyle", "herhangi", "olası"]}}]],
      unless_sentence=["{match} (\\w+ ){0,3}\\w+(mayacak|meyecek)(tir|sin|siniz|lar|ler)?\\b", "(kisa surede|kisa zamanda) (cozduk|hallettik|tamamladik|yaptik|gonderdik|ulastirdik)", "(en kisa surede|yakinda) (iyilesmenizi|iyilesmeniz)", "(saatten|dakikadan|gunden|haftadan) (daha )?kisa (bir )?surede", "ileride .*(yasarsaniz|olursa|isterseniz|ihtiyac|durumunda)", "zamanla (degis|guncell|artar|azal)"]),
 rule("TML002", "will-get-back-without-time", "missing_timeline", "Müşteriye dönüş sözü veriliyor ama ne zaman olacağı yok.", "Zaman olmadan müşteri “ne zaman?” diye yeniden yazmak zorunda kalır.", "Ne zaman dönüş yapılacağını yazın",
      {"action": "replace"}, [
       F("Konuyu inceleyip size <m>dönüş yapacağız</m>.", "Konuyu inceleyip size {deadline} gününe kadar dönüş yapacağız."),
       F("Gelişme olduğunda size <m>bilgi vereceğiz</m>.", "Gelişme olduğunda size {deadline} gününe kadar bilgi vereceğiz."),
       F("Talebiniz ilgili birim tarafından <m>incelenecektir</m>.", "Talebiniz ilgili birim tarafından {deadline} gününe kadar incelenecektir."),
       F("konuyu <m>inceleyecegiz</m>.", "konuyu {deadline} gününe kadar inceleyeceğiz."),
       C("Konuyu inceleyip yarın 15:00'e kadar size dönüş yapacağız."),
       C("Kargonuz 2 iş günü içinde teslim edilecek; teslimattan önce kurye sizi arayacak.")],
      check="pending", phrases=get_back),
 rule("TML003", "pending-work-without-time", "missing_timeline", "Süren bir iş var (inceleme, iletme, bekleme) ama müşteriye zaman verilmemiş.", "Zaman olmadan müşteri “ne zaman?” diye yeniden yazmak zorunda kalır.", "Ne zaman bilgi verileceğini ekleyin",
      {"action": "append_sentence", "replacement": DL + " size bilgi vereceğiz."}, [
       F("Konuyu <m>inceliyoruz</m>.", "Konuyu inceliyoruz. {deadline} gününe kadar size bilgi vereceğiz."),
       F("Talebinizi fatura <m>ekibine ilettim</m>.", "Talebinizi fatura ekibine ilettim. {deadline} gününe kadar size bilgi vereceğiz."),
       F("Ekibimiz sorun <m>üzerinde çalışıyor</m>", "Ekibimiz sorun üzerinde çalışıyor. {deadline} gününe kadar size bilgi vereceğiz."),
       F("Urun bize <m>ulastiginda iadeniz yapilacak</m>.", "Urun bize ulastiginda iadeniz yapilacak. {deadline} gününe kadar size bilgi vereceğiz."),
       C("Konuyu inceliyoruz; yarın saat 12:00'ye kadar size bilgi vereceğiz."),
       C("Faturanızı e-posta adresinize ilettim."),
       C("Sizi mağazamızda bekliyoruz."),
       F("Ödemenizi <m>kontrol edeceğiz</m>.", "Ödemenizi kontrol edeceğiz. {deadline} gününe kadar size bilgi vereceğiz."),
       F("Sonuç SMS ile <m>bildirilecektir</m>.", "Sonuç SMS ile bildirilecektir. {deadline} gününe kadar size bilgi vereceğiz."),
       F("Teknik arkadaşlar <m>bakıyor</m>, düzelince haber veririz.", "Teknik arkadaşlar bakıyor, düzelince haber veririz. {deadline} gününe kadar size bilgi vereceğiz."),
       F("Talebiniz otelden <m>onay bekliyor</m>.", "Talebiniz otelden onay bekliyor. {deadline} gününe kadar size bilgi vereceğiz."),
       F("Başvurunuz <m>değerlendirme aşamasındadır</m>.", "Başvurunuz değerlendirme aşamasındadır. {deadline} gününe kadar size bilgi vereceğiz."),
       F("Size <m>mail atacağız</m>.", "Size mail atacağız. {deadline} gününe kadar size bilgi vereceğiz."),
       C("Kartınızı yarın 14:00'e kadar kargoya vereceğiz."),
       C("Onayınızı bekliyoruz; onay verdiğinizde iade hemen başlar."),
       C("Yapılacak bir şey kalmadı, iadeniz tamamlandı."),
       F("Sorunun kaynağını <m>tespit etmeye çalışıyoruz</m>.", "Sorunun kaynağını tespit etmeye çalışıyoruz. {deadline} gününe kadar size bilgi vereceğiz."),
       F("Sonuç bankadan <m>geldiğinde sizi bilgilendiririz</m>.", "Sonuç bankadan geldiğinde sizi bilgilendiririz. {deadline} gününe kadar size bilgi vereceğiz."),
       C("Kartınızı yeniden eklemeniz sorunu çözecektir."),
       C("Yapılan incelemede kartınızda bir sorun görülmedi."),
       C("Size en iyi şekilde yardımcı olmaya çalışıyoruz; iadeniz tamamlandı."),
       C("Alan adı ayarlarınızı güncelledik; değişikliğin her yere yayılması genelde 24 saat sürer.")],
      check="pending", phrases=ongoing,
      patterns=[[{"NORM": {"REGEX": "^(ekib|ekip|birim|departman|servis|merkez|takim|uzman)\\w*(e|a)$"}}, {"IS_PUNCT": False, "OP": "{0,2}"}, {"NORM": {"REGEX": "^(ilet|aktar|yonlendir|gonder|pasla)(tik|tim|ildi|ilmistir|ilmis|dik|dim|di|ildi|ilmistir|iyoruz|iyorum)$"}}],
                [{"NORM": {"REGEX": "^(?!(boyunca|ince|bence|sence|gereg?ince|uyarinca|sonunca|icince|omrunce|yil boyunca)$)\\w+(inca|ince|unca|unce|d[iu]g[iu]nd[ae]|t[iu]g[iu]nd[ae]|d[iu]g[iu]m[iu]zd[ae]|t[iu]g[iu]m[iu]zd[ae])$"}}, {"IS_PUNCT": False, "OP": "{0,4}"},
                 {"NORM": {"REGEX": "(acak|ecek)(tir|sin|siniz|lar|ler)?$"}}],
                [{"NORM": {"REGEX": "^(olunca|gelince|bitince|cikinca|tamamlaninca|duzelince|onaylaninca|sonuclaninca|ulasinca|netlesince|cozulunce|hazir olunca|\\w+(dig|dug|tig|tug)(i|u)n(da|de))$"}}, {"IS_PUNCT": False, "OP": "{0,4}"},
                 {"NORM": {"REGEX": "(([iuea]r(iz|im))|(icam|icem|icaz|icez|ucam|ucem|ucaz|ucez)|^(gelir|gecer|yansir|ulasir|tamamlanir|gonderilir|yapilir|iletilir|bildirilir|aktarilir|cozulur|duzelir|halledilir|sonuclanir))$"}}],
                [{"NORM": {"REGEX": "^\\w+(ar|er|ir|ur)$"}}, {"NORM": {"REGEX": "^\\w+(maz|mez)$"}}, {"IS_PUNCT": False, "OP": "{0,4}"}, {"NORM": {"REGEX": "((acak|ecek)(tir|lar|ler)?|acagiz|ecegiz|acagim|ecegim|[iuea]r(iz|im))$"}}],
                [{"NORM": {"REGEX": "^" + TSTEM + "(" + FUT + "|" + CHAT + ")$"}}],
                [{"NORM": {"IN": ["kontrol", "takip", "iade", "teslim", "iptal", "tahsil", "transfer", "tamir", "telafi", "analiz", "tespit", "rapor", "tahsis", "temin"]}},
                 {"NORM": {"REGEX": "^(ed(ecegiz|ecegim)|edil(ecektir|ecek|eceksiniz)|edicez|edicem|edecez|edecem)$"}}],
                [{"NORM": {"IN": ["haber", "bilgi", "dönüş", "geri", "yanıt", "cevap", "bilgilendirme", "güncelleme", "sonuç", "e-posta", "eposta", "posta", "mail", "mesaj", "sms", "bildirim", "teklif", "irtibata", "iletişime"]}},
                 {"NORM": {"REGEX": "^(ver|yap|gonder|ilet|paylas|sagla|at|bildir|yaz|gec)(" + FUT + "|" + AOR1 + "|" + CHAT + ")$"}}],
                [{"NORM": {"REGEX": "^(incele|arastir|degerlendir|ilgilen|bak|gorus|ugras)(iyoruz|iyorum|iyor|iyo|iyoz|iyom|uyoruz|uyorum|uyor|uyo|iliyor|iniyor|ilmekte|ilmektedir|maktayiz|mekteyiz)$"}}],
                [{"NORM": {"REGEX": "^(onay|yanit|cevap|donus|geri|bilgi|haber|sonuc|teyit|rapor|evrak|belge)\\w*$"}}, {"NORM": {"REGEX": "^bekl(eniyor|enmektedir|emektedir|emekteyiz|iyor|iyoruz|iyorum|enmekte|emekte)$"}}],
                [{"NORM": {"REGEX": "^(inceleme|degerlendirme|onay|kontrol|arastirma|isleme|hazirlik|basim|uretim|tedarik|kurulum)$"}}, {"NORM": {"REGEX": "^(asamasinda|asamasindadir|surecinde|surecindedir)$"}}],
                [{"NORM": {"REGEX": "^(incelemede|incelemededir|degerlendirmede|degerlendirmededir|onayda|kuyrukta)$"}}],
                [{"NORM": {"REGEX": "^(inceleme|arastirma|kontrol|calisma|degerlendirme|duzeltme|onarim)\\w*$"}}, {"NORM": {"REGEX": "^(yapilmakta|yapilmaktadir|yapiliyor|surdurulmektedir|surduruluyor|yurutulmektedir|yapilacak|yapilacaktir|baslatildi|baslatilmistir|baslattik|baslattim)$"}}],
                [{"NORM": {"REGEX": "^(coz|gider|duzelt|bul|onar|hallet|netlestir|ogren|belirle|ulas|tamamla|sonuclandir|hizlandir|kurtar|ulastir|yetistir)(meye|maya|mek|mak)$"}}, {"LOWER": "için", "OP": "?"}, {"NORM": {"REGEX": "^calis(iyoruz|iyorum|iyor|maktayiz|maktayim|ilmaktadir|iliyor|maktadir|iyorlar)$"}}],
                [{"NORM": {"IN": ["tespit", "tamir", "telafi", "teyit", "temin", "tahsis", "iade", "takip", "tahsil"]}}, {"NORM": {"REGEX": "^et(meye|mek)$"}}, {"LOWER": "için", "OP": "?"}, {"NORM": {"REGEX": "^calis(iyoruz|iyorum|iyor|maktayiz|maktayim|ilmaktadir|iliyor|maktadir|iyorlar)$"}}],
                [{"NORM": {"REGEX": "^(inceleme|arastirma|calisma|degerlendirme|surec)\\w*$"}}, {"LOWER": "devam"}, {"NORM": {"REGEX": "^(ediyor|etmektedir|ediyoruz)$"}}]],
      unless=[[{"NORM": {"IN": ["yapılan", "yaptığımız", "yaptığım", "gerçekleştirilen", "gerçekleştirdiğimiz", "tamamlanan", "sonuçlanan", "yapmış", "olduğumuz"]}},
               {"NORM": {"REGEX": "^(inceleme|kontrol|arastirma|degerlendirme|calisma)\\w*$"}}],
              [{"NORM": {"IN": ["yardımcı", "destek"]}}, {"NORM": {"REGEX": "^ol(maya|mak)$"}}]],
      unless_sentence=["\\w+(maniz|meniz) (\\w+ ){0,3}{match}", "\\w+(inizi|unuzu|nizi|nuzu) (\\w+ )?bekle", "yapilacak (bir|hicbir) sey", "\\bsizi\\b.*\\bbekliyoruz", "(sizden|yanitinizi|donusunuzu|geri bildiriminizi|onayinizi|tercihinizi|cevabinizi)\\b.*bekliyoruz", "(sizden|yanitinizi|donusunuzu|onayinizi|cevabinizi).*bekliyorum"]),
]
dump("missing_timeline.yaml", tml, {"concrete_time": concrete})

# ---------------- unkept promise ----------------
PW = "Kontrolünüz dışındaki bir şeyi garanti etmek, tutulamadığında dürüst bir tahminden çok daha fazla güven kaybettirir."
vneg = {}
for stem in ["ol", "yaşan", "tekrarlan", "tekrar et", "çök", "kapan", "gel", "kesil", "sil", "kaybol", "gecik", "boz", "yaşat", "aksa", "kopa"]:
    last = stem.split()[-1]
    a = A(last); ii = "ı" if a == "a" else "i"
    y = "y" if last[-1] in "aeıioöuü" else ""
    neg_fut = stem + "m" + a + "y" + a + "c" + a + "k"
    vn = stem + "m" + a + "m" + a + "s" + ii
    if stem == "tekrar et": neg_fut = "tekrar etmeyecek"; vn = "tekrar etmemesi"
    for pre in ["bir daha asla ", "bir daha hiç ", "bir daha ", "asla ", "hiçbir zaman "]:
        for suf in ["", "tır" if a == "a" else "tir"]:
            vneg[pre + neg_fut + suf] = "bir daha " + vn + " için elimizden geleni yapacağız"
prm = [
 rule("PRM001", "guarantee", "unkept_promise", "Kontrolünüz dışındaki bir sonuç garanti ediliyor.", PW, "Garantiyi gerçekçi bir taahhüde çevirin",
      {"action": "replace"},
      [F("Bloke kaldırılacağını <m>garanti ediyorum</m>.", "Bloke kaldırılacağını bekliyorum."),
       F("Bu sorunla bir daha karşılaşmayacağınızı <m>taahhüt ederiz</m>.", "Bu sorunla bir daha karşılaşmayacağınızı bekliyoruz."),
       C("Taahhüt ettiğimiz indirim faturanıza yansıtıldı."),
       F("<m>Söz veriyorum,</m> bu bir daha olmaz.", "Bu bir daha olmaz."),
       F("Maaşınız her ay zamanında yatacak, <m>bundan emin olabilirsiniz</m>.", "Maaşınız her ay zamanında yatacak."),
       F("yemeginiz 20 dakikada kapinizda, <m>garanti</m>!", "yemeginiz 20 dakikada kapinizda!"),
       C("Çamaşır makineniz 2 yıllık garanti kapsamında, onarım ücretsiz."),
       C("Dün söz verdiğim halde sizi arayamadım, özür dilerim."),
       F("Sipariş 20 dakikada kapında, <m>sözüm söz</m>!", "Sipariş 20 dakikada kapında!"),
       F("Arıza tekrarlamayacak, <m>bunun teminatını veriyoruz</m>.", "Arıza tekrarlamayacak."),
       C("Ürün 2 yıl garantili, fatura ekte.")],
      phrases={", garanti ediyorum": "", ", garanti ederim": "", ", garanti ediyoruz": "", ", garanti ederiz": "",
               "garanti ediyorum": "bekliyorum", "garanti ederim": "bekliyorum", "garanti ediyoruz": "bekliyoruz", "garanti ederiz": "bekliyoruz", "garanti veriyorum": "", "garanti veririm": "",
               "taahhüt ediyorum": "bekliyorum", "taahhüt ederim": "bekliyorum", "taahhüt ediyoruz": "bekliyoruz", "taahhüt ederiz": "bekliyoruz",
               "garanti edebilirim": "bekliyorum", "garanti edebiliriz": "bekliyoruz",
               "söz veriyorum,": "", "söz veriyorum": "planımıza göre", "size söz veriyorum": "", "buna söz veriyorum": "", "söz veririm": "planımıza göre", "söz verebilirim": "öngörebilirim",
               "yemin ederim": "planımıza göre", "bundan emin olabilirsiniz": "", "emin olabilirsiniz": "emin olmak için takibini yapacağım", "bundan şüpheniz olmasın": "", "bundan hiç şüpheniz olmasın": "",
               "şüpheniz olmasın": "", "hiç şüpheniz olmasın": "", "sözümüz söz": "", "sözümüz söz!": "", "bana güvenin": "", "aması fakatı yok": "", "ne olursa olsun": "",
               "sözüm söz": "", "söz veriyoruz": "planımıza göre", "söz veririz": "planımıza göre", "sözümüz olsun": "", "sözüm olsun": "",
               "teminat veriyorum": "", "teminat veriyoruz": "", "teminatını veriyorum": "", "teminatını veriyoruz": "", "bunun teminatını veriyorum": "", "bunun teminatını veriyoruz": "",
               "garantisini veriyorum": "", "garantisini veriyoruz": "", "garantisini veririm": "", "garantisini veririz": "", "garantiliyorum": "", "garantiliyoruz": "", "garantilerim": "",
               "yüzde yüz eminim": "", "kesinlikle eminim": "", "inanın bana": ""},
      patterns=[[{"ORTH": ","}, {"LOWER": "garanti"}, {"IS_PUNCT": True}], [{"ORTH": ","}, {"LOWER": "garanti"}, {"IS_SPACE": True, "OP": "?"}, {"ORTH": "!", "OP": "*"}]],
      mark=[1, 2],
      unless_sentence=["(emin olabilirsiniz|guvende).*(bilgileriniz|verileriniz|kisisel)", "(bilgilerinizin|verilerinizin).*(emin olabilirsiniz)"]),
 rule("PRM002", "absolute-promise", "unkept_promise", "“Bir daha asla / %100 / kesinlikle” gibi mutlak bir söz veriliyor.", PW, "Mutlak ifadeyi gerçekçi bir taahhüde çevirin",
      {"action": "replace"},
      [F("Bu <m>bir daha asla olmayacak</m>.", "Bu bir daha olmaması için elimizden geleni yapacağız."),
       F("Siteniz <m>%100</m> düzeldi.", "Siteniz düzeldi."),
       F("Tutar <m>kesinlikle</m> iade edilecek.", "Tutar iade edilecek."),
       F("Kurye <m>kesinlikle</m> 10 dakika içinde orada olacak.", "Kurye 10 dakika içinde orada olacak."),
       C("Kesinlikle haklısınız ve bu durum düzeltilecek."),
       F("Transferiniz <m>her durumda</m> bugün karşı hesaba geçer.", "Transferiniz bugün karşı hesaba geçer."),
       F("paketiniz yarin <m>yuzde yuz</m> elinizde olacak.", "paketiniz yarin elinizde olacak."),
       C("Kesinlikle haklısınız, gecikme için özür dilerim."),
       C("Kesin teslim tarihini yarın 12:00'ye kadar bildireceğim."),
       C("Kampanyada %100 iade garantisi yok, ama %50 indirim tanımladım."),
       F("Faturanız <m>asla</m> 300 TL'yi geçmeyecek.", "Faturanız 300 TL'yi geçmeyecek."),
       F("İlgili birim <m>mutlaka</m> yarın sizi arayacaktır.", "İlgili birim yarın sizi arayacaktır."),
       F("Artık <m>hiçbir</m> sorun yaşamayacaksınız.", "Artık sorun yaşamayacaksınız."),
       C("Mutlaka kimliğinizi yanınızda getirmeniz gerekecek."),
       C("Şifrenizi asla kimseyle paylaşmayın.")],
      phrases={**vneg, "%100": "", "yüzde yüz": "", "yuzde yuz": "", "yüzde yüz,": "", "aksatmadan": "", "hiç aksatmazlar": "",
               "hiç geç kalmaz": "", "sonsuza kadar": "", "tamamen çözüldü": "çözüldü", "kalıcı olarak çözüldü": "çözüldü", "kusursuz": "sorunsuz", "kusursuz şekilde": "sorunsuz şekilde"},
      patterns=[[{"LOWER": {"IN": ["kesinlikle", "kesin", "hemen", "mutlaka", "muhakkak", "kesinkes"]}}, {"LOWER": "olarak", "OP": "?"}, {"NORM": {"NOT_IN": ["tarih", "saat", "bilgi", "sonuc", "tutar", "bir", "teslim tarihi", "ve", "ama", "fakat", "ancak"]}, "IS_PUNCT": False, "OP": "{0,5}"},
                 {"NORM": {"REGEX": "^(?!gerek|zorunda)\\w*((acak|ecek)(lar|ler|tir|lardir|lerdir)?|edilir|olur|gelir|alir|giderir|cozer|gecer|ulasir|yansir|yatar|gonderilir|tamamlanir|cozulur|duzelir)$"}}],
                [{"LOWER": "her"}, {"NORM": {"IN": ["durumda", "halükarda", "koşulda", "şartta"]}}, {"IS_PUNCT": False, "OP": "{0,3}"},
                 {"NORM": {"REGEX": "^(?!gerek|zorunda)\\w*((acak|ecek)(lar|ler|tir)?|edilir|olur|gelir|gecer|ulasir|yansir|yatar|gonderilir|tamamlanir)$"}}],
                [{"NORM": {"IN": ["asla", "katiyen", "katiyyen"]}}, {"LOWER": "olarak", "OP": "?"}, {"IS_PUNCT": False, "OP": "{0,4}"}, {"NORM": {"REGEX": "^\\w+(mayacak|meyecek|mayacag|meyeceg)\\w*$"}}],
                [{"LOWER": "bir"}, {"LOWER": "daha"}, {"IS_PUNCT": False, "OP": "{0,4}"}, {"NORM": {"REGEX": "^\\w+(mayacak|meyecek|mayacag|meyeceg)\\w*$"}}],
                [{"LOWER": "hiçbir"}, {"LOWER": "olarak", "OP": "?"}, {"NORM": {"REGEX": "^(sorun|problem|aksaklik|kesinti|hata|gecikme|ariza|sikinti)\\w*$"}}, {"IS_PUNCT": False, "OP": "{0,2}"}, {"NORM": {"REGEX": "^(yasamayacak|yasanmayacak|olmayacak|cikmayacak|karsilasmayacak|yasatmayacag)\\w*$"}}]],
      mark=[0, 2],
      unless=[[{"NORM": {"REGEX": "^(oran|basari|memnuniyet|performans)"}}, {"ORTH": "%"}, {"LIKE_NUM": True}], [{"NORM": {"REGEX": "^(oran|basari|memnuniyet|performans)"}}, {"LOWER": "yüzde"}, {"LOWER": "yüz"}]],
      unless_sentence=["^(?!.*(acak|ecek|acag|eceg|edilir|olur\\b|gelir\\b|gecer\\b|yansir\\b|ulasir\\b|yatar\\b|duzeldi|cozuldu|olacak|kesintisiz|garanti|sorunsuz|elinizde|kapinizda|hesabinizda))", "\\b(kesin|kesinlikle) (teslim )?(tarih|saat|bilgi|sonuc)", "\\b(kesin|kesinlikle) (hakli|katil|anlay|anli|dogru|onemli|gerekli|tavsiye|oneri|rica)", "%100 (iade|indirim|geri)",
                      "(hemen|kesinlikle|kesin|mutlaka|muhakkak) (\\w+ ){0,3}\\w+(acagim|ecegim|acagiz|ecegiz)\\b", "\\basla (\\w+ ){0,3}\\w+(mayin|meyin|mayiniz|meyiniz)\\b"]),
 rule("PRM003", "ownerless-promise", "unkept_promise", "Sözün sahibi yok: “biri” gelip halledecek.", "Kimin yapacağı belli olmayan bir söz genellikle kimse tarafından tutulmaz; işi üstlenen kişiyi yazın.", "Sözün sahibini yazın",
      {"action": "replace", "replacement": "sorumlu ekip arkadaşım"},
      [F("<m>Birisi</m> gelip arızayı halledecek.", "Sorumlu ekip arkadaşım gelip arızayı halledecek."),
       F("<m>Ekipten biri</m> sizi arayacak.", "Sorumlu ekip arkadaşım sizi arayacak."),
       F("sizi <m>birisi</m> arayip randevu verecek.", "sizi sorumlu ekip arkadaşım arayip randevu verecek."),
       C("Teknisyenimiz Murat Bey yarın 10:00'da gelip arızayı giderecek."),
       C("Kartlarınızdan biri yenilendi.")],
      phrases={"biri": "sorumlu ekip arkadaşım", "birisi": "sorumlu ekip arkadaşım", "birileri": "sorumlu ekip arkadaşım", "ekipten biri": "sorumlu ekip arkadaşım", "ekibimizden biri": "sorumlu ekip arkadaşım",
               "ekipten birisi": "sorumlu ekip arkadaşım", "arkadaşlardan biri": "sorumlu ekip arkadaşım", "arkadaşlarımızdan biri": "sorumlu ekip arkadaşım", "bizim çocuklardan biri": "sorumlu ekip arkadaşım",
               "çocuklardan biri": "sorumlu ekip arkadaşım", "teknisyenlerimizden biri": "sorumlu teknisyenimiz", "temsilcilerimizden biri": "sorumlu temsilcimiz", "yetkililerimizden biri": "sorumlu yetkilimiz",
               "bir yetkili": "sorumlu yetkilimiz", "bir temsilcimiz": "sorumlu temsilcimiz", "bir arkadaşımız": "sorumlu ekip arkadaşım"},
      unless_sentence=["^(?!.*(arayacak|arayip|arar\\b|halledecek|halleder\\b|ilgilenecek|gelecek|gelip|ugrayacak|donecek|donus yapacak|ayarlayacak|gececek|iletisime gec|verecek|cozecek|bakacak|yardimci olacak|ulasacak))"]),
]
with open(Path(__file__).resolve().parent / "promise_thread.yaml", encoding="utf-8") as fh:
    prm += yaml.safe_load(fh)["rules"]
dump("unkept_promise.yaml", prm)
COULD = {}
for st in ["gör", "bak", "oku", "incele", "fark et", "öğren", "bul", "takip et", "kontrol et", "göz at", "ulaş", "sor", "izle", "dikkat et", "yap", "seç", "tıkla", "gir"]:
    last = st.split()[-1]; pre = st[: len(st) - len(last)]
    soft = {"et": "ed"}.get(last, last)
    a = A(last); y = "y" if last[-1] in "aeıioöuü" else ""
    base = pre + soft + y + a + "bil"
    COULD[base + "irdiniz"] = base + "irsiniz"
    COULD[base + "irdin"] = base + "irsin"
    COULD[base + "ir miydiniz"] = base + "irsiniz"
    COULD[pre + soft + y + a + "m" + a + "z m" + ("ı" if a == "a" else "i") + "yd" + ("ı" if a == "a" else "i") + "n" + ("ı" if a == "a" else "i") + "z"] = base + "irsiniz"
cond.append(rule("CND010", "could-have", "condescension", "“… görebilirdiniz / bakabilirdiniz” müşteriyi yapmadığı için ayıplıyor.", CW, "Sitemi bilgiye çevirin",
      {"action": "replace"},
      [F("İptal durumunu uygulamada da <m>görebilirdiniz</m>.", "İptal durumunu uygulamada da görebilirsiniz."),
       F("Takip numarasını e-postadan <m>kontrol edebilirdiniz</m>.", "Takip numarasını e-postadan kontrol edebilirsiniz."),
       C("Siparişinizin durumunu uygulamadan görebilirsiniz."),
       C("Dün gelseydiniz kuryeyle görüşebilirdiniz; yarın için yeni randevu açtım.")],
      phrases=COULD))
cond.append(rule("CND009", "plainly-written", "condescension", "“Açıkça yazıyor / belirtilmiştir” müşterinin okumadığını ima ediyor.", CW, "Yargılayan zarfı çıkarın",
      {"action": "delete"},
      [F("Takip numarası onay e-postasında <m>açıkça</m> yazıyor.", "Takip numarası onay e-postasında yazıyor."),
       F("Bu ücret sözleşmenizde <m>açıkça</m> belirtilmiştir.", "Bu ücret sözleşmenizde belirtilmiştir."),
       C("Ücretleri faturanızda açıkça göstereceğiz."),
       C("İade kodunuz etiketin üzerinde açıkça yazılı; kutuya yapıştırmanız yeterli."),
       C("Kutunun üzerinde açıkça etiketlenmiş iade kodunu kullanabilirsiniz."),
       F("Adımlar yardım merkezimizde <m>gayet net bir şekilde</m> anlatılıyor.", "Adımlar yardım merkezimizde anlatılıyor."),
       C("Kutudaki çizik fotoğrafta açıkça görünüyor; yeni kutu gönderiyoruz.")],
      patterns=[[{"NORM": {"IN": ["açıkça", "apaçık", "gayet", "net", "açık"]}}, {"NORM": {"IN": ["net", "açık", "anlaşılır", "bir", "şekilde", "biçimde", "olarak"]}, "OP": "{0,3}"}, {"NORM": {"IN": ["ifade", "izah", "beyan"]}, "OP": "?"},
                 {"NORM": {"REGEX": "^(yaziyor|yazmaktadir|yazili|yazilidir|yazilmis|yazilmistir|belirtilmis|belirtilmistir|belirtiliyor|belirtilmektedir|anlatiliyor|anlatilmis|anlatilmistir|anlatilmaktadir|aciklanmis|aciklanmistir|aciklaniyor|aciklanmaktadir|edilmis|edilmistir|ediliyor|edilmektedir)$"}}]],
      mark=[0, 2],
      # printed on the label or the box: a description of the thing, not a reproach ("clearly labelled")
      unless_sentence=["\\b(etiket|kutu|paket|koli|fis|makbuz|kart|urun|cihaz)\\w*\\s+(uzerinde|ustunde|arkasinda|onunde)\\b"]))
IMPER2 = "^(tikla|gir|sec|ac|yaz|oku|bak|kapat|baslat|indir|guncelle|takip|kontrol|dokun|bas|yapistir|kopyala|yukle|sifirla|yenile|ekle|sil|ayarla|onayla|gonder|doldur|tut|sakla|calis|dikkat|izle|uy|dinle|et|edin|ol)\\w*(in|un|yin|yun|iniz|unuz|yiniz|yunuz)$"
cond.append(rule("CND008", "this-time-scolding", "condescension", "“Bu sefer / bir dahaki sefere” müşteriyi azarlar gibi okunuyor.", CW, "Azarlayan ifadeyi çıkarın",
      {"action": "delete"},
      [F("Lütfen <m>bu sefer</m> talimatları dikkatlice uygulayın.", "Lütfen talimatları dikkatlice uygulayın."),
       F("<m>Bir dahaki sefere</m> telefonunuzu yanınızda tutun lütfen.", "Telefonunuzu yanınızda tutun lütfen."),
       C("Bu sefer kargo ücretini biz karşıladık."),
       C("Bir dahaki siparişinizde geçerli 50 TL indirim tanımladım.")],
      patterns=[[{"LOWER": "bu"}, {"LOWER": "sefer"}, {"ORTH": ",", "OP": "?"}, {"IS_PUNCT": False, "OP": "{0,5}"}, {"NORM": {"REGEX": IMPER2.replace("(tikla|", "(uygula|tikla|")}}],
                [{"LOWER": "bir"}, {"LOWER": "dahaki"}, {"LOWER": "sefere"}, {"IS_PUNCT": False, "OP": "{0,5}"}, {"NORM": {"REGEX": IMPER2.replace("(tikla|", "(uygula|tikla|")}}]],
      mark=[0, 3]))
dump("condescension.yaml", cond)
