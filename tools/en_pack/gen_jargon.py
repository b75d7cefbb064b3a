"""Generate the English jargon pack (rules/en/jargon.yaml).

The glossary tables below expand into phrases with the right article
("an RMA" → "a return authorization").  Edit the tables, run
``python tools/en_pack/gen_jargon.py`` from the repository root, commit both.
"""
from pathlib import Path
import json, re

def q(s):  # YAML double-quoted scalar
    return json.dumps(s, ensure_ascii=False)

VOWEL_LETTER_SOUND = set("AEFHILMNORSX8")
def acr_vowel(a):
    return a[0].upper() in VOWEL_LETTER_SOUND
def word_vowel(w):
    w = w.lower()
    if w.startswith(("uni", "use", "usu", "one", "eu")): return False
    if w.startswith(("hour", "honest")): return True
    return w[:1] in "aeiou"

def with_articles(d, acronym=True):
    out = {}
    for k, v in d.items():
        out[k] = v
        if not v: continue
        kv = acr_vowel(k) if acronym else word_vowel(k)
        vv = word_vowel(v)
        if kv and not vv:
            out["an " + k] = "a " + v
        elif not kv and vv:
            out["a " + k] = "an " + v
    return out

ACR = {
 "RMA": "return authorization", "RMAs": "return authorizations",
 "SLA": "agreed response time", "SLAs": "agreed response times",
 "TTL": "refresh time",
 "SKU": "product code", "SKUs": "product codes",
 "OOS": "out of stock", "WMS": "stock system", "3PL": "delivery partner", "3PLs": "delivery partners",
 "FSE": "field engineer", "FSEs": "field engineers",
 "DOA": "faulty on arrival",
 "KYC": "identity check", "AML": "anti-money-laundering", "EDD": "enhanced identity",
 "CSR": "customer service agent", "CSRs": "customer service agents",
 "RCA": "investigation into the cause",
 "SOP": "standard procedure", "SOPs": "standard procedures",
 "KB": "help centre",
 "POD": "proof of delivery", "ASN": "advance delivery notice",
 "DC": "distribution centre", "QC": "quality check",
 "POS": "card terminal", "MNP": "number transfer",
 "HLR": "network register", "APN": "mobile data setting", "ONT": "fibre box", "OLT": "fibre exchange equipment",
 "FTTH": "full-fibre", "FTTP": "full-fibre", "FTTC": "part-fibre",
 "IMEI": "phone serial number", "MX": "email routing", "SPF": "email sender check", "DKIM": "email signature check",
 "DMARC": "email authentication", "SMTP": "outgoing mail", "IMAP": "incoming mail", "DNS": "domain settings",
 "DNSSEC": "domain security", "SSO": "single sign-on", "SAML": "single sign-on", "RBAC": "role-based permissions",
 "CDN": "content network", "EOD": "end of day", "COB": "close of business", "OOO": "out of office",
 "CRM": "customer records system", "MT103": "international transfer receipt", "ACH": "bank transfer",
 "WISMO": "where is my order", "BAU": "business as usual", "NOC": "network monitoring team", "SRE": "reliability engineering",
 "QA": "testing", "UAT": "final testing", "DSAR": "data access request", "PSP": "payment provider",
 "OTP": "one-time code", "OTPs": "one-time codes", "ISP": "internet provider", "DB": "database", "VMs": "virtual servers",
 "SSL": "security certificate", "TLS": "secure connection", "RTO": "recovery time", "CX": "customer experience",
 "FTR": "first-time fix", "AHT": "average handling time", "CSAT": "satisfaction score", "NPS": "satisfaction score",
 "ETD": "expected dispatch", "GRN": "goods receipt", "BOL": "bill of lading", "AWB": "air waybill number", "HAWB": "air waybill number",
 "LTL": "shared freight", "FTL": "full-truck freight", "EDI": "automated order link", "ERP": "business system",
 "PII": "personal data", "MFA": "two-step sign-in", "2FA": "two-step sign-in", "SMS OTP": "text message code",
 "PEP": "politically exposed person", "SAR": "suspicious activity report", "CDD": "customer identity check",
 "ARPU": "average revenue", "MRC": "monthly charge", "NRC": "one-off charge", "CPE": "home equipment",
 "VoIP": "internet calling", "PBX": "phone system", "SIP": "internet phone line", "LOA": "letter of authority",
 "PAC": "number transfer code", "STAC": "switching code", "EPOS": "till system", "BACS": "bank transfer",
 "IBAN": None, "SWIFT": "international transfer", "BIC": None, "CVV": None, "VAT": None,
 # utilities, travel, SaaS, telecom, payments
 "MPAN": "electricity meter number", "MPRN": "gas meter number", "DNO": "local network operator", "MOP": "meter operator",
 "SMETS1": "first-generation smart meter", "SMETS2": "second-generation smart meter",
 "PNR": "booking reference", "GDS": "booking system", "IRROPS": "disruption handling", "ADM": "airline charge",
 "ETL": "data import", "SDK": "developer kit", "SDKs": "developer kits", "IdP": "sign-in provider", "JWT": "sign-in token",
 "DHCP": "automatic network setup", "VLAN": "network segment", "BGP": "internet routing", "DSLAM": "exchange equipment",
 "ICCID": "SIM card number", "IMSI": "SIM identity number", "VoLTE": "HD calling",
 "OMS": "order system", "ASNs": "advance delivery notices", "RTS": "return to sender",
 "MCC": "merchant category", "BIN": "card number prefix",
 "CAB": "change approval", "SCCM": "device management tool", "MDM": "device management", "GPO": "group setting", "GPOs": "group settings",
 "KYC checks": "identity checks", "KYC check": "identity check", "KYC verification": "identity verification", "KYC review": "identity review", "KYC documents": "identity documents",
 "AML checks": "anti-money-laundering checks", "AML check": "anti-money-laundering check", "AML review": "anti-money-laundering review",
}
ACR = {k: v for k, v in ACR.items() if v}

TECH = {
 "backend": "system", "back end": "system", "back-end": "system", "backends": "systems",
 "frontend": "website", "front end": "website", "front-end": "website",
 "hotfix": "quick fix", "hot fix": "quick fix", "hot-fix": "quick fix", "hotfixes": "quick fixes",
 "deploy": "release", "deployed": "released", "deploying": "releasing", "deploys": "releases", "deployment": "release", "deployments": "releases",
 "redeploy": "restart", "redeployed": "restarted", "redeploying": "restarting", "re-deployed": "restarted",
 "redeployed your container": "restarted your hosting", "restarted your container": "restarted your hosting",
 "push a fix": "release a fix", "pushed a fix": "released a fix", "push the fix": "release the fix", "pushed the fix": "released the fix", "pushing a fix": "releasing a fix", "push out a fix": "release a fix",
 "rollback": "undo", "rolled back the release": "undid the update", "roll back the release": "undo the update",
 "cache invalidation": "clearing our stored copies", "invalidate the cache": "clear our stored copy", "invalidated the cache": "cleared our stored copy",
 "flushed the cache": "cleared the stored copy", "flush the cache": "clear the stored copy", "purged the cache": "cleared the stored copy", "purge the cache": "clear the stored copy",
 "Varnish cache": "website cache", "the Varnish cache": "the website's stored copy", "CDN cache": "stored copy", "Redis": "data store", "memcached": "data store",
 "DNS propagation": "the domain update spreading across the internet", "propagation": "update spreading", "propagate": "spread", "propagated": "spread", "propagating": "spreading",
 "DNS records": "domain settings", "DNS record": "domain setting", "DNS settings": "domain settings", "DNS zone": "domain settings",
 "A record": "domain address setting", "A records": "domain address settings", "CNAME": "domain alias", "CNAME record": "domain alias setting", "TXT record": "domain text setting",
 "MX records": "email routing settings", "MX record": "email routing setting", "SPF record": "email sender setting", "DKIM record": "email signature setting",
 "nameservers": "domain servers", "name servers": "domain servers", "nameserver": "domain server",
 "registrar lock": "transfer lock", "registrar": "domain provider", "EPP code": "transfer code", "auth code": "transfer code",
 "SSL certificate": "security certificate", "SSL cert": "security certificate", "TLS certificate": "security certificate",
 "firewall rules": "security settings", "firewall rule": "security setting", "whitelist": "allow list", "whitelisted": "allowed",
 "race condition": "timing bug", "sync worker": "sync process", "worker process": "background process", "background worker": "background process",
 "failing node": "failing server", "storage cluster": "storage system", "cluster": "server group", "node": "server", "nodes": "servers",
 "staging env": "test version", "staging environment": "test version", "staging server": "test server", "staging site": "test site",
 "prod": "the live system", "production environment": "live system", "prod environment": "live system", "env": "environment",
 "envvar": "system setting", "env var": "system setting", "environment variable": "system setting", "environment variables": "system settings",
 "rate limiter": "request limit", "rate limit": "request limit", "rate limits": "request limits", "rate-limited": "temporarily limited", "rate limited": "temporarily limited",
 "throttled": "slowed down", "throttling": "slowing down",
 "backoff": "waiting between retries", "exponential backoff": "longer waits between retries",
 "webhook": "automatic notification", "webhooks": "automatic notifications", "webhook retries": "automatic notification retries",
 "endpoint": "web address", "endpoints": "web addresses", "payload": "data", "payloads": "data",
 "latency": "delay", "packet loss": "dropped connection data", "jitter": "connection instability",
 "provisioning": "setup", "provisioned": "set up", "provisioning team": "setup team", "reprovision": "set up again", "reprovisioned": "set up again",
 "OAuth": "sign-in connection", "OAuth token": "sign-in connection", "admin scope": "admin permissions", "API scope": "API permissions",
 "regression": "recently introduced bug", "regressions": "recently introduced bugs", "repro steps": "steps to recreate it", "stack trace": "error details", "stacktrace": "error details",
 "DB migration": "database move", "database migration": "database move", "schema": "data structure", "schema change": "data structure change",
 "PHP-FPM": "web server", "PHP-FPM pool": "web server capacity", "PHP": "site software", "nginx": "web server", "Apache config": "web server settings",
 "chmod": "file permissions", "rsync": "file copy", "rsync job": "file copy", "cron job": "scheduled task", "cronjob": "scheduled task", "cron": "scheduled task", "cron jobs": "scheduled tasks",
 "sysadmin": "server administrator", "sysadmins": "server administrators", "devops": "engineering", "DevOps team": "engineering team",
 "upstream provider": "supplier", "upstream": "supplier-side", "downstream": "follow-on",
 "load balancer": "traffic router", "load balancers": "traffic routers", "edge server": "nearby server", "edge servers": "nearby servers", "edge node": "nearby server",
 "OpenGL context": "graphics setup", "OpenGL": "graphics system", "GPU driver": "graphics driver",
 "GPS ping": "location update", "GPS pings": "location updates",
 "line-haul": "long-distance transport", "linehaul": "long-distance transport", "line haul": "long-distance transport",
 "cross-dock": "transfer hub", "cross-docking": "transfer at a hub", "crossdock": "transfer hub",
 "last-mile carrier": "local delivery company", "last mile carrier": "local delivery company", "last-mile": "final delivery", "last mile": "final delivery",
 "consolidation centre": "sorting hub", "consolidation center": "sorting hub", "hub scan": "depot scan", "sortation": "sorting",
 "manifested": "registered with the courier", "batched": "grouped", "goods-in": "receiving team", "goods in team": "receiving team",
 "white glove crew": "two-person delivery team", "white glove": "two-person", "white-glove": "two-person",
 "chargeback": "card dispute", "chargebacks": "card disputes", "charge back": "card dispute",
 "acquirer": "card processor", "acquiring bank": "card processor", "issuer": "card-issuing bank", "issuing bank": "card-issuing bank",
 "settlement": "final processing", "pending settlement": "still processing", "has settled": "has gone through", "hasn't settled": "hasn't gone through", "has not settled": "has not gone through", "have settled": "have gone through",
 "merchant": "shop", "merchants": "shops", "merchant's": "shop's",
 "SWIFT MT103": "international transfer receipt", "MT103": "transfer receipt",
 "porting window": "number transfer time", "porting request": "number transfer request", "port-out": "number transfer", "port out": "number transfer", "port-in": "number transfer", "porting": "number transfer",
 "donor operator": "previous provider", "donor network": "previous provider", "recipient operator": "new provider",
 "core network": "main network", "core network team": "network engineers",
 "IMEI-blacklisted": "blocked", "IMEI blacklisted": "blocked", "IMEI block": "handset block",
 "HLR records": "network records", "HLR record": "network record", "APN profile": "mobile data settings", "APN settings": "mobile data settings",
 "CAT5e": "network cable", "CAT6": "network cable", "CAT5": "network cable", "CAT6a": "network cable", "CAT5e cable": "network cable", "CAT6 cable": "network cable", "CAT5 cable": "network cable",
 "a 403": "an access-denied error", "a 403 error": "an access-denied error", "403 error": "access-denied error", "403 errors": "access-denied errors", "403s": "access-denied errors", "403 Forbidden": "access-denied error",
 "a 429": "a too-many-requests error", "429 error": "too-many-requests error", "429 errors": "too-many-requests errors", "429s": "too-many-requests errors",
 "a 500 error": "a server error", "500 error": "server error", "500 errors": "server errors", "500s": "server errors", "5xx errors": "server errors", "5xx": "server errors",
 "a 502": "a server error", "502 error": "server error", "502 errors": "server errors", "a 503": "a server error", "503 error": "server error", "503 errors": "server errors", "a 504": "a timeout error", "504 error": "timeout error",
 "SIM swap": "SIM replacement", "eSIM profile": "eSIM", "firmware push": "firmware update",
 # data and platform terms
 "ETL job": "data import", "ETL jobs": "data imports", "ETL pipeline": "data import",
 "data pipeline": "data import", "microservice": "part of our system", "microservices": "parts of our system",
 "API gateway": "connection service", "config": "settings", "configs": "settings", "config file": "settings file",
 "misconfigured": "set up wrongly", "misconfiguration": "setup error", "reindex": "rebuild the search index", "reindexed": "rebuilt the search index", "re-indexed": "rebuilt the search index",
 "server-side": "on our side", "client-side": "on your device", "serverside": "on our side",
 "sync job": "sync process", "batch job": "scheduled process", "queue worker": "background process",
 "re-image": "reinstall", "reimage": "reinstall", "re-imaged": "reinstalled", "reimaged": "reinstalled", "re-imaging": "reinstalling", "reimaging": "reinstalling",
 "task sequence": "automatic setup", "build queue": "setup queue",
 "minimal repro": "short example that shows the problem", "minimal reproduction": "short example that shows the problem", "repro case": "example that shows the problem", "a repro": "a way to recreate it",
 "memory leak": "software fault", "timeout errors": "connection errors", "null pointer": "software error",
 # payments and fraud
 "velocity check": "automatic security check", "velocity checks": "automatic security checks", "velocity rule": "automatic security rule",
 "fraud rules engine": "fraud checks", "risk engine": "fraud checks",
 "pre-auth": "pre-approval", "pre-authorisation": "pre-approval", "pre-authorization": "pre-approval", "preauth": "pre-approval", "auth hold": "temporary hold",
 "authorisation hold": "temporary hold", "authorization hold": "temporary hold",
 "recon": "payment matching", "clearing house": "payment network",
 # telecom
 "backhaul": "network link", "noise margin": "line quality", "SNR margin": "line quality", "sync speed": "line speed",
 "DLM": "automatic line management", "line profile": "line speed setting", "re-profiled": "reset the speed setting of", "reprofiled": "reset the speed setting of",
 "reprovisioned": "reset", "re-provisioned": "reset", "re-provision": "reset", "reprovision": "reset",
 # logistics and travel
 "fare basis": "fare type", "fare class": "fare type", "ticketing deadline": "payment deadline", "reaccommodated": "rebooked", "re-accommodated": "rebooked",
 "geofence": "delivery area", "geofenced": "limited to the delivery area", "dispatch algorithm": "delivery planning system",
}

FILLER = {
 "circle back": "get back to you", "circle back on": "get back to you on", "circle back with you": "get back to you", "circle back to you": "get back to you", "circling back": "following up", "circle back with": "get back to",
 "touch base": "talk", "touch base with": "check with", "touched base with": "checked with", "touching base": "checking in", "touching base with": "checking with",
 "leverage": "use", "leveraging": "using", "leveraged": "used", "leverages": "uses",
 "synergy": "teamwork", "synergies": "benefits",
 "action items": "next steps", "action item": "next step", "actionable": "practical", "actioned": "handled", "action this": "handle this", "action it": "handle it",
 "align on": "agree on", "aligned on": "agreed on", "get aligned": "agree", "alignment on": "agreement on",
 "deliverables": "tasks", "deliverable": "task",

 "sync with our": "talk to our", "sync with the": "talk to the", "sync up with": "talk to", "synced with our": "talked to our", "synced with the": "talked to the", "sync up": "talk",
 "take this offline": "continue this by email", "take it offline": "continue this by email",
 "deep dive": "close look", "deep-dive": "close look",
 "low-hanging fruit": "quick wins", "move the needle": "make a difference",
 "value-add": "extra benefit", "learnings": "lessons", "ideate": "brainstorm", "operationalize": "put into practice", "operationalise": "put into practice",
 "net-net": "in short", "drill down": "look closely", "drill down into": "look closely at",
 "use case": "needs", "your use case": "what you need", "use cases": "needs",
 "ballpark figure": "rough figure", "ballpark": "rough estimate",
 "bandwidth to": "time to", "the bandwidth": "the capacity", "have bandwidth": "have time", "has bandwidth": "has time",
 "quick win": "quick fix", "quick wins": "quick fixes",
 "paradigm shift": "big change", "best-in-class": "excellent",
 "folks": "team",
 
 "synced up with": "talked to", "synced up": "talked", "syncing with the": "talking to the", "syncing with our": "talking to our", "syncing up with": "talking to",
 
 "reach out to the stakeholders": "contact the teams involved", "stakeholders": "teams involved", "stakeholder": "team involved",
 "pain point": "problem", "pain points": "problems", "win-win": "good for both of us",
}

PROCESS = {
 "P1": "top priority", "P2": "high priority", "P3": "normal priority", "P4": "low priority",
 "P1 ticket": "top-priority case", "P2 ticket": "high-priority case", "P1 incident": "top-priority incident", "P1 issue": "top-priority issue",

 "Sev1": "top-priority", "Sev 1": "top-priority", "SEV1": "top-priority", "Sev2": "high-priority", "Sev 2": "high-priority", "severity 1": "top-priority",
 "L1": "first-line support", "L2": "our specialist team", "L3": "our senior specialists",
 "L2 team": "specialist team", "L3 team": "senior specialist team", "L2 support": "our specialist team", "L3 support": "our senior specialists",
 "the L2 team": "our specialist team", "the L3 team": "our senior specialists", "our L2 team": "our specialist team",
 "tier 2 team": "specialist team", "tier 3 team": "senior specialist team", "tier 2 support": "our specialist team", "tier 3 support": "our senior specialists",
 "tier-2": "specialist", "tier-3": "senior specialist", "second-line support": "our specialist team", "2nd line support": "our specialist team", "second line support": "our specialist team", "third-line support": "our senior specialists", "3rd line support": "our senior specialists", "2nd line": "specialist team",
 "KB article": "help article", "KB articles": "help articles", "knowledge base article": "help article",
 "backlog": "to-do list", "the backlog": "our to-do list", "product backlog": "product to-do list",
 "triage": "review", "triaged": "reviewed", "triaging": "reviewing",
 "field service": "our engineers", "field service team": "engineering team", "field ops": "our engineers",
 "ops team": "operations team", "the ops team": "the operations team", "ops": "operations",
 "retentions": "account team", "retentions team": "account team", "retention team": "account team", "retentions department": "account team",
 "dispatcher": "delivery coordinator", "dispatchers": "delivery coordinators",
 "pending QC": "waiting for a quality check", "after QC": "after the quality check",
 "FTR rate": "first-time fix rate",
 "post-mortem": "review of what went wrong", "postmortem": "review of what went wrong", "post mortem": "review of what went wrong",
 "root cause analysis": "investigation into the cause", "root-cause analysis": "investigation into the cause",
 "dev team": "development team", "eng team": "engineering team", "eng": "engineering",
 "bug ticket": "bug report", "Jira ticket": "internal report", "Jira": "our tracker", "JIRA": "our tracker", "Zendesk ticket": "support request",
 "case ID": "reference number", "incident ID": "reference number",
 "work order": "job", "WO": "job",
 "L1 team": "first-line support team", "L1 support": "first-line support", 
 "tier 2": "our specialist team", "tier two": "our specialist team", "tier 3": "our senior specialists", 
 "level 2 support": "our specialist team", "level 3 support": "our senior specialists", "second-level support": "our specialist team", "third-level support": "our senior specialists",
 "incident ticket": "fault report", "INC number": "reference number", "change request": "planned change",
 "per the SOP": "following our standard procedure", "as per SOP": "following our standard procedure",
 "QA team": "testing team", "in QA": "in testing", "UAT environment": "test version",
}
for t, team in [("tier 2", "our specialist team"), ("tier two", "our specialist team"), ("tier 3", "our senior specialists"), ("tier three", "our senior specialists"),
                ("the tier 2 team", "our specialist team"), ("second line", "our specialist team"), ("2nd line", "our specialist team"), ("third line", "our senior specialists"), ("3rd line", "our senior specialists")]:
    PROCESS["to " + t] = "to " + team
for verb, plain in [("escalated", "passed"), ("escalate", "pass"), ("escalating", "passing"), ("passed", "passed"), ("forwarded", "passed")]:
    for o in ["", "this", "it", "your case", "the case"]:
        for t, team in [("level 2", "our specialist team"), ("level 3", "our senior specialists"), ("level two", "our specialist team")]:
            PROCESS[" ".join(x for x in [verb, o, "to", t] if x)] = " ".join(x for x in [plain, o, "to", team] if x)
        for t, team in [("tier 2", "our specialist team"), ("L2", "our specialist team"), ("tier 3", "our senior specialists"), ("L3", "our senior specialists")]:
            PROCESS[" ".join(x for x in [verb, o, "to", t] if x)] = " ".join(x for x in [plain, o, "to", team] if x)

def keep_digits(d):
    out = {}
    for k, v in d.items():
        core = [w for w in re.findall(r"[\w%-]+", k) if re.search(r"\d", w) and (re.search(r"[A-Za-z]", w) or re.fullmatch(r"\d{3}s?", w))]
        if v and core and core[0] not in v:
            v = f"{v} ({core[0]})"
        out[k] = v
    return out

def block(d, indent=6):
    return "\n".join(f"{' ' * indent}{q(k)}: {q(v)}" for k, v in d.items())

EXPLAINED = [
    "{match}(\\s+[\\w-]+){0,2}\\s*(\\((?=[^)]*\\s)|–|—|-\\s|,\\s*(which|meaning|i\\.e\\.|that is|or|aka|also known as)\\b|\\s(means|stands for|is short for|refers to|is what|is the|is our|is a (system|tool|term|code|number|setting|process)))",
    "\\((?:[^)]*\\s)?{match}\\)",
    "\\b(known as|called|labelled|labeled|marked|named|a so-called|so-called|the term|the word)\\s+(an? |the |\\\")?{match}",
    "\\b(short for|stands for)\\b",
]

def unless_sentence():
    return "\n".join(f"      - {q(p)}" for p in EXPLAINED)

out = f"""# Generated glossary; edit freely. Phrases match case-insensitively on folded norms.
# A term is not flagged when the sentence explains it (parentheses, dash, "which means", "known as"),
# or when the customer used it first in the thread (handled by the engine).
rules:
  - code: JRG001
    name: support-acronym
    category: jargon
    severity: warning
    message: "Internal or technical acronym the customer is unlikely to know."
    why: "Customers don't speak our internal language; an unexplained acronym makes them ask again or feel shut out."
    fix_title: "Use plain words"
    phrases:
{block(keep_digits(with_articles(ACR, True)))}
    unless:
      # acronyms count only when written in capitals ("pod", "Pos" and "dc" are ordinary words)
      - [{{TEXT: {{REGEX: "^(?!(?:a|an|A|An)$)(?![A-Z0-9]+s?$)(?![0-9]*[A-Z]+[a-z]?[A-Z0-9]*$)"}}}}]
      # agent initials in a sign-off ("^KH", "*DC")
      - [{{ORTH: {{IN: ["^", "*", "~"]}}}}, {{IS_ALPHA: true}}]
    unless_sentence:
{unless_sentence()}
    fix: {{action: replace}}
    examples:
      - flagged: "I've raised <m>an RMA</m> for the unit."
        rewrite: "I've raised a return authorization for the unit."
      - flagged: "The <m>SKU</m> you picked is back in stock."
        rewrite: "The product code you picked is back in stock."
      - flagged: "Your case is outside the <m>SLA</m>, so I've flagged it."
        rewrite: "Your case is outside the agreed response time, so I've flagged it."
      - flagged: "The <m>MPAN</m> on your account didn't match the meter."
        rewrite: "The electricity meter number on your account didn't match the meter."
      - flagged: "I've updated the <m>PNR</m> with your passport number."
        rewrite: "I've updated the booking reference with your passport number."
      - clean: "I've updated your booking reference with your passport number."
      - flagged: "The fix is going through <m>CAB</m> this week."
        rewrite: "The fix is going through change approval this week."
      - clean: "I've raised an RMA (a return authorization) for the unit."
      - clean: "Your coffee pod order ships on Monday."
      - clean: "Please reset your password from the app and check your email for the invoice."

  - code: JRG002
    name: technical-term
    category: jargon
    severity: warning
    message: "Technical term the customer is unlikely to know."
    why: "Engineering words describe how we see the problem, not how the customer experiences it; plain words get understood the first time."
    fix_title: "Say it in plain words"
    phrases:
{block(keep_digits(with_articles(TECH, False)))}
    unless:
      - [{{TEXT: "a"}}, {{LOWER: {{IN: [record, records]}}}}]
      - [{{LOWER: {{IN: [keep, kept, keeping, have, had, has, "no", any, for, your, our, the, of]}}}}, {{LOWER: a}}, {{LOWER: record}}]
      - [{{IS_SENT_START: true, TEXT: "A"}}, {{LOWER: {{IN: [record, records]}}}}]
      - [{{LOWER: {{IN: [settlement, merchant]}}}}, {{LOWER: {{IN: [offer, offers, agreement, navy]}}}}]
      - [{{LOWER: {{IN: [deploy, deployed, deployment]}}}}, {{LOWER: {{IN: [troops, airbag, airbags]}}}}]
      - [{{LOWER: {{IN: [the, a, your, an, our]}}}}, {{LOWER: last}}, {{LOWER: mile}}]
      - [{{LOWER: {{IN: [price, card, bank, monthly, plan]}}}}, {{LOWER: issuer}}]
    unless_sentence:
{unless_sentence()}
    fix: {{action: replace}}
    examples:
      - flagged: "We found a bug in the <m>backend</m> and fixed it."
        rewrite: "We found a bug in the system and fixed it."
      - flagged: "Our team will <m>deploy</m> the update tonight."
        rewrite: "Our team will release the update tonight."
      - flagged: "The change needs time for <m>DNS propagation</m>."
        rewrite: "The change needs time for the domain update spreading across the internet."
      - flagged: "The card was declined after <m>a velocity check</m>."
        rewrite: "The card was declined after an automatic security check."
      - flagged: "Our <m>ETL job</m> failed overnight."
        rewrite: "Our data import failed overnight."
      - clean: "The card was declined by our automatic security checks, and I've lifted the block."
      - flagged: "I'll <m>re-image</m> the laptop tonight."
        rewrite: "I'll reinstall the laptop tonight."
      - flagged: "The crash is a <m>regression</m> (v2.3) and the fix ships Monday."
        rewrite: "The crash is a recently introduced bug (v2.3) and the fix ships Monday."
      - clean: "The crash is a regression (a bug our last update brought back) and the fix ships Monday."
      - clean: "DNS propagation – the address book of the internet catching up – takes up to a day."
      - clean: "We keep a record of every call, and your invoice is attached."

  - code: JRG003
    name: corporate-filler
    category: jargon
    severity: warning
    message: "Corporate filler that sounds like a meeting, not a person."
    why: "Business buzzwords make the reply feel canned and vague; plain verbs sound human and say what will actually happen."
    fix_title: "Use a plain verb"
    phrases:
{block(with_articles(FILLER, False))}
    unless:
      - [{{LOWER: the}}, {{LOWER: loop}}, {{LOWER: in}}]
      - [{{LOWER: {{IN: [sync, synced]}}}}, {{LOWER: with}}, {{LOWER: {{IN: [the]}}}}, {{LOWER: {{IN: [app, device, phone, cloud, account, calendar, computer, server, watch]}}}}]
      - [{{LOWER: {{IN: [sync, synced, syncing, syncs]}}}}, {{LOWER: up, OP: "?"}}, {{LOWER: with}}, {{LOWER: {{IN: [the, your, my, our]}}, OP: "?"}}, {{LOWER: {{IN: [app, apps, device, devices, phone, cloud, account, calendar, computer, server, watch, laptop, tablet, tv, car, headphones, earbuds, speaker, printer, pc, mac, iphone, ipad, android]}}}}]
    unless_sentence:
{unless_sentence()}
    fix: {{action: replace}}
    examples:
      - flagged: "I'll <m>touch base with</m> the warehouse today."
        rewrite: "I'll check with the warehouse today."
      - flagged: "We can <m>leverage</m> your existing plan for the upgrade."
        rewrite: "We can use your existing plan for the upgrade."
      - flagged: "<m>Action items</m>: send the photo and keep the box."
        rewrite: "Next steps: send the photo and keep the box."
      - flagged: "Ops <m>synced up with</m> the carrier this morning."
        rewrite: "Ops talked to the carrier this morning."
      - clean: "Your watch synced up with the app this morning."
      - flagged: "We'll pick it up when we <m>have bandwidth</m>."
        rewrite: "We'll pick it up when we have time."
      - clean: "Your plan has 100 Mbps of bandwidth."
      - clean: "I'll check with the warehouse and call you back at 3 pm today."
      - clean: "Your photos will sync with the app once you're back online."

  - code: JRG004
    name: internal-process-term
    category: jargon
    severity: warning
    message: "Internal process term (support tiers, priority codes, backlog) the customer is unlikely to know."
    why: "How we route work inside the company means nothing to the customer; tell them who is handling it in plain words."
    fix_title: "Say who is handling it in plain words"
    phrases:
{block(keep_digits(PROCESS))}
    unless:
      - [{{TEXT: {{REGEX: "^(?:l[123]|p[1-4]|wo)$"}}}}]
      - [{{LOWER: {{IN: [product, feature]}}}}, {{LOWER: backlog}}, {{LOWER: {{IN: [of]}}}}]
      - [{{LOWER: {{IN: [triage]}}}}, {{LOWER: {{IN: [nurse, nurses, centre, center]}}}}]
    unless_sentence:
{unless_sentence()}
    fix: {{action: replace}}
    examples:
      - flagged: "Your case has been <m>escalated to tier 2</m> for review."
        rewrite: "Your case has been passed to our specialist team for review."
      - flagged: "I've logged this as a <m>P1 ticket</m>."
        rewrite: "I've logged this as a top-priority case (P1)."
      - flagged: "The fix is in <m>the backlog</m> for the mobile app."
        rewrite: "The fix is in our to-do list for the mobile app."
      - clean: "I've passed your case to our specialist team, who will call you on Friday."
      - flagged: "Hi Bea, <m>per the SOP</m> I've opened a review."
        rewrite: "Hi Bea, following our standard procedure I've opened a review."
      - clean: "Hi Bea, following our usual process I've opened a review."
      - clean: "Your seat is on level 2 of the stadium, block C."
"""
(Path(__file__).resolve().parents[2] / "rules" / "en" / "jargon.yaml").write_text(out, encoding="utf-8")
print(len(out))
