#!/usr/bin/env python3
"""Builds the derived knowledge-base files of Marsad from ../shared/data.

Usage (from the repository root, with ../shared next to it):

    python3 tools/build-kb.py [--shared ../shared] [--out marsad-core/src/main/resources/org/marsad/kb]

Python 3 standard library only. Deterministic: the same inputs give byte-identical outputs.

Writes (all TSV, UTF-8, one header line, `|` joins the Arabic names of one entry):

  countries.tsv      every country: ISO3, English name, Arabic names (mledoze common/official,
                     GeoNames `ar`), centroid.                     mledoze ODbL 1.0 + GeoNames CC BY 4.0
  places-geonames.tsv  GeoNames cities15000 rows with names written in Arabic letters only
                     (no Persian/Urdu/Kurdish letters), minus names that are common Arabic words
                     (stop list + corpus frequency check, see CITY_RULES below); capitals (PPLC)
                     get kind CAPITAL.                              GeoNames CC BY 4.0
  people-cameo.tsv   people from UniversalPetrarch's actor_dict_ar_v4.txt: name, country, sector,
                     dated terms.                                   MIT
  stoplist.txt       normalised forms the recogniser must never match alone (stop words and frequent
                     common words that are also place names).       derived; MIT (stop words)

The hand-written files (nisba.tsv, regions.tsv, orgs.tsv, people.tsv, titles.tsv, ...) live next to the
outputs and are never touched by this script.
"""
import argparse
import collections
import json
import os
import re
import sys

# ---------------------------------------------------------------- normalisation (mirror of ArabicNormalizer.java)
_DIAC = set(chr(c) for c in range(0x064B, 0x0653)) | {chr(c) for c in range(0x0653, 0x0656)} | {"\u0670", "\u0640"}
_FMT = {chr(c) for c in list(range(0x200B, 0x2010)) + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A))} \
    | {"\u061C", "\uFEFF", "\u00AD"}
_FOLD = {"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627", "\u0624": "\u0648",
         "\u0626": "\u064A", "\u0649": "\u064A", "\u06CC": "\u064A", "\u06A9": "\u0643", "\u0629": "\u0647",
         "\u060C": ",", "\u066C": ",", "\u061B": ";", "\u061F": "?", "\u066A": "%", "\u066B": "."}


def norm(s):
    out = []
    for ch in s:
        if ch in _DIAC or ch in _FMT:
            continue
        ch = _FOLD.get(ch, ch)
        if "\u0660" <= ch <= "\u0669":
            ch = chr(ord("0") + ord(ch) - 0x0660)
        elif "\u06F0" <= ch <= "\u06F9":
            ch = chr(ord("0") + ord(ch) - 0x06F0)
        elif "A" <= ch <= "Z":
            ch = ch.lower()
        out.append(ch)
    return "".join(out)


WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u064B-\u065F\u0640]+")


def words(s):
    return [norm(w) for w in WORD.findall(s)]


# Letters of the Arabic alphabet proper (with hamza seats, ta marbuta, alef maqsura), diacritics, tatweel.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0640 \-'’()]+$")


def arabic_only(name):
    return bool(ARABIC_ONLY.match(name)) and any("\u0621" <= c <= "\u064A" for c in name)


def clean(name):
    return re.sub(r"\s+", " ", name.strip())


def tsv_cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return ("%.5f" % v).rstrip("0").rstrip(".")
    return str(v).replace("\t", " ").replace("\n", " ")


def write_tsv(path, header, rows, comment):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in comment.strip().splitlines():
            f.write("# " + line + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(tsv_cell(r.get(h)) for h in header) + "\n")
    print(f"wrote {path}: {len(rows)} rows", file=sys.stderr)


def names_cell(names):
    seen, out = set(), []
    for n in names:
        n = clean(n)
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return "|".join(out)


# ---------------------------------------------------------------- inputs
def load_stopwords(shared):
    path = os.path.join(shared, "data/arabic-misc/stopwords/mohataher-arabic-stopwords.txt")
    out = set()
    for line in open(path, encoding="utf-8"):
        w = norm(line.strip())
        if w and not any(c in "?=" for c in w):
            out.add(w)
    return out


def corpus_frequencies(shared, limit_docs=6000):
    """Token frequencies (normalised) and the share of occurrences that follow a place cue."""
    path = os.path.join(shared, "data/ant-unlabeled.jsonl")
    freq = collections.Counter()
    if not os.path.exists(path):
        return freq, 0
    total = 0
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit_docs:
                break
            try:
                text = json.loads(line).get("text") or ""
            except ValueError:
                continue
            ws = words(text)
            total += len(ws)
            freq.update(ws)
    return freq, total


def iso2_to_iso3(shared):
    m = {}
    for line in open(os.path.join(shared, "data/gazetteer/geonames-countryInfo.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) > 2 and len(p[0]) == 2 and len(p[1]) == 3:
            m[p[0]] = p[1]
    return m


# ---------------------------------------------------------------- countries
def build_countries(shared):
    g = os.path.join(shared, "data/gazetteer")
    mledoze = json.load(open(os.path.join(g, "mledoze-countries.json"), encoding="utf-8"))
    gn = {}
    for line in open(os.path.join(g, "geonames_countries_ar.tsv"), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if p[0] == "iso2":
            continue
        gn[p[1]] = {"geonameid": p[3], "name_ar": p[5]}
    rows = []
    for c in sorted(mledoze, key=lambda c: c["cca3"]):
        iso3 = c["cca3"]
        ara = (c.get("translations") or {}).get("ara") or {}
        names = [ara.get("common", ""), ara.get("official", "")]
        if iso3 in gn and gn[iso3]["name_ar"]:
            names.append(gn[iso3]["name_ar"])
        names = [n for n in names if n and arabic_only(n)]
        lat, lon = (c.get("latlng") or [None, None])[:2]
        dem = ((c.get("demonyms") or {}).get("eng") or {}).get("m")
        rows.append({"id": "iso3:" + iso3, "name": c["name"]["common"], "country": iso3,
                     "lat": float(lat) if lat is not None else None, "lon": float(lon) if lon is not None else None,
                     "precision": "country", "geonames": gn.get(iso3, {}).get("geonameid"),
                     "demonym": dem, "names": names_cell(names)})
    return rows


# ---------------------------------------------------------------- places
# CITY_RULES: a single-word city name is dropped when
#  1. it is a stop word or shorter than 3 letters;
#  2. it is listed in COMMON_WORDS (hand-checked homographs of frequent words and first names);
#  3. it occurs in the news corpus (more than NOUN_MIN per million tokens) and behaves like a common noun: with
#     the article «ال» added or removed it is itself frequent (at least NOUN_RATIO of the name's own count), as
#     «دولة/الدولة»، «الشهداء/شهداء»، «ميدان/الميدان» are and «القدس/قدس»، «الرياض/رياض» are not;
#  4. it is frequent in the corpus (more than FREQ_LIMIT per million) and the city is small (below BIG_CITY);
#  5. the city lies outside the FOCUS countries (Middle East, North and East Africa, the Sahel, the Caucasus,
#     Ukraine) and is smaller than WORLD_CITY: there, one-word names are mostly people's names (هندرسون، كلوني،
#     باور، نيوتن) in Arabic news. Multi-word names are kept (سان فرانسيسكو، لوس أنجلوس).
#  6. ANERcorp (the train split, read for counts only) tags the word O at least twice and never as a location:
#     a common word in running news text (ينقل، الفحم، سترة).
#  Names dropped by rules 2 to 6 are kept in the `weak` column: lookups and geocoding find them, and the recogniser
#  fires on them only after a place cue (مدينة، بلدة، قرية ...).
FREQ_LIMIT = 20.0
NOUN_MIN = 2.0
BIG_CITY = 200_000
WORLD_CITY = 500_000
NOUN_RATIO = 0.25
FOCUS = set("""DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM ESH IRN TUR ISR
AFG PAK AZE ARM GEO UKR ETH ERI SSD TCD MLI NER NGA BFA CYP KEN""".split())
COMMON_WORDS = {norm(w) for w in (
    "بشار", "جمال", "ساره", "جان", "يوما", "دورا", "قوله", "بانه", "بول", "بيل", "مارتن", "لويس", "فلاديمير",
    "اوباما", "كين", "يونغ", "ميل", "مون", "هويه", "لاول", "فرح", "سلام", "امل", "نور", "عادل", "كريم",
    "الخبراء", "الاشهر", "طراز", "الساحل", "المدينه", "مدينه", "الجديد", "الجديده", "الخميس", "الجمعه", "السبت",
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "لبنان", "فلسطين", "كولومبيا", "الجزيره", "دوله", "الحد",
    "عمر", "علي", "حسن", "محمد", "احمد", "سعيد", "خالد", "ماجد", "منصور", "ناصر", "سليمان", "ابراهيم",
    "ينقل", "تأني", "سترة", "سعيدة", "الفحم", "الأبي", "الصف", "الغنائم", "صفوي", "سول", "موريا", "سار", "ديانا",
    "أويل", "روم", "فورت", "فورست", "أولف", "أبيك", "غوري", "ايدين", "جيما", "بوغي",
    "مريم", "سالم", "عشاق", "سرت", "حجة", "مفرق", "الأبيض", "مدني", "الأقصى", "الميادين", "الجليل", "نادي", "جامعه", "بيان", "امن", "دور", "وادي", "الوادي", "قريه", "القريه", "حي", "الحي", "مركز",
    # session 13 (ev13c): read in ANT news as «القبة الحديدية», Adam, «سوه هون», «بألا», «داخله», «إذنا»,
    # the ISNA agency, «المسيلة للدموع», «بلم شمل», «البستان», «تلا», «صبيا», «وجده», the Rumaila oil field, «بار»,
    # Gülen («كولن»)
    "القبة", "آدم", "هون", "بألا", "داخله", "إذنا", "إسنا", "المسيلة", "بلم", "البستان", "تلا", "صبيا", "وجده",
    "الرميلة", "بار", "كولن",
    # and, read as other words in ANT: «أبهر الجماهير», «لوم اليهود», «بردود/بردع/بردة», «ليرى», «باكرا», «اللوحة
    # الزيتية», «مديرية أمن», «يلام», «أدوا الصلاة», «تربت», «سيان», «قبلي», «مالكا», «قوم», «ظروف قاهرة»,
    # «الصافي», «ومنامه», «أفران», «النعمة», «مهر», «خرطوم», «عصب», «ادري», «ساري المفعول», «دخيل», «الشامية», «جاسم»,
    # «تورو روسو», «أنخل», «معهد لوي», «بولو», «مجلة كوت», «كريديت سويس», «وميله», «الحمامات», «الرديف», «دار الشفا»
    "أبهر", "لوم", "بردود", "بردع", "بردة", "ليرى", "باكرا", "الزيتية", "أمن", "يلام", "أدوا", "تربت",
    "سيان", "قبلي", "مالكا", "قوم", "قاهرة", "الصافي", "منامه", "أفران", "النعمة", "مهر", "خرطوم", "عصب", "ادري",
    "ساري", "دخيل", "الشامية", "جاسم", "روسو", "أنخل", "لوي", "بولو", "كوت", "سويس", "ميله", "الحمامات", "الرديف",
    "الشفا",
)}


def anercorp_counts(shared):
    """(word → times tagged O, word → times tagged LOC) over ANERcorp's train split, normalised words."""
    path = os.path.join(shared, "data/anercorp/ANERcorp_CamelLabSplit_reconstructed_train.txt")
    o, loc = collections.Counter(), collections.Counter()
    if not os.path.exists(path):
        return o, loc
    for line in open(path, encoding="utf-8"):
        p = line.split()
        if len(p) != 2:
            continue
        w = norm(p[0])
        if p[1] == "O":
            o[w] += 1
        elif p[1].endswith("LOC"):
            loc[w] += 1
    return o, loc


def nounlike(w, freq):
    """True when the word with «ال» toggled is itself frequent: a common noun or adjective, not a name."""
    other = w[2:] if w.startswith("ال") and len(w) > 4 else "ال" + w
    return freq[other] >= NOUN_RATIO * max(1, freq[w])


def build_places(shared, stop, freq, total, a3, aner=(collections.Counter(), collections.Counter())):
    path = os.path.join(shared, "data/gazetteer/cities15000_ar.tsv")
    rows, dropped = [], collections.Counter()
    per_million = (lambda w: 1e6 * freq[w] / total) if total else (lambda w: 0.0)
    for line in open(path, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if p[0] == "geonameid" or len(p) < 12 or not p[3]:
            continue
        gid, name_en, ar, lat, lon, fcode, cc, pop = p[0], p[1], p[3], p[4], p[5], p[7], p[8], p[10]
        pop = int(pop or 0)
        keep, weak = [], []
        for n in ar.split("|"):
            n = clean(n)
            if not n or not arabic_only(n):
                dropped["not-arabic-letters"] += 1
                continue
            ws = words(n)
            if not ws:
                continue
            nn = " ".join(ws)
            if len(ws) == 1:
                w = ws[0]
                if w in stop:
                    dropped["stopword"] += 1
                    continue
                if len(w) < 3:
                    dropped["short"] += 1
                    continue
                if w in COMMON_WORDS:
                    dropped["weak:common-word"] += 1
                    weak.append(n)
                    continue
                if aner[0][w] >= 2 and aner[1][w] == 0:
                    dropped["weak:anercorp-O"] += 1
                    weak.append(n)
                    continue
                if per_million(w) > NOUN_MIN and nounlike(w, freq):
                    dropped["weak:noun-like"] += 1
                    weak.append(n)
                    continue
                if per_million(w) > FREQ_LIMIT and pop < BIG_CITY:
                    dropped["weak:frequent-word"] += 1
                    weak.append(n)
                    continue
                if a3.get(cc) not in FOCUS and pop < WORLD_CITY:
                    dropped["weak:foreign-small-one-word"] += 1
                    weak.append(n)
                    continue
            elif all(w in stop for w in ws):
                dropped["stopword"] += 1
                continue
            keep.append(n)
        if not (keep or weak) or cc not in a3:
            continue
        rows.append({"id": "geonames:" + gid, "kind": "CAPITAL" if fcode == "PPLC" else "CITY",
                     "name": name_en, "country": a3[cc], "lat": float(lat), "lon": float(lon),
                     "precision": "city", "geonames": gid, "population": pop, "feature": fcode,
                     "names": names_cell(keep), "weak": names_cell(weak)})
    rows.sort(key=lambda r: int(r["geonames"]))
    return rows, dropped


DISPUTED_CITIES = {norm("القدس")}


def build_stoplist(stop, freq, total, places=()):
    """The stop words plus the most frequent corpus words (normalised), one per line.

    A frequent word that is the one-word name of a city of WORLD_CITY people or more and no common noun (see
    `nounlike`) is frequent because the news names the place: it is kept out («دبي», «موسكو»), while «المدينة»
    (Medina, but also «the city») stays in. Jerusalem stays in too (DISPUTED_CITIES): GeoNames gives it to Israel,
    and a bare «القدس» read as Israel's made Israel the state of Gaza stories (ISR>PSE killings read ISR>ISR)."""
    big = {norm(n) for r in places if r["population"] >= WORLD_CITY
           for n in r["names"].split("|") if n and " " not in n} - DISPUTED_CITIES
    out = set(stop)
    if total:
        for w, c in freq.most_common(400):
            if len(w) <= 6 and not (w in big and w not in stop and not nounlike(w, freq)):
                out.add(w)
    return sorted(out)


# ---------------------------------------------------------------- people (UniversalPetrarch actor dictionary)
SECTOR_CODES = {"GOV": "GOV", "MIL": "MIL", "REB": "REB", "INS": "REB", "SEP": "REB", "OPP": "OPP", "PTY": "PTY",
                "COP": "POL", "JUD": "JUD", "MED": "MED", "BUS": "BUS", "CVL": "CVL", "REL": "REL", "IGO": "IGO",
                "NGO": "NGO", "LEG": "GOV", "SPY": "GOV", "UAF": "UAF", "HLH": "CVL", "EDU": "CVL", "LAB": "CVL",
                "AGR": "CVL", "REF": "CVL", "ENV": "CVL", "HRI": "NGO"}
NOT_PERSON = {norm(w) for w in ("وزارة", "حركة", "منظمة", "قوة", "قوات", "جيش", "مجلس", "اتحاد", "حزب", "جبهة",
                                  "شرطة", "حكومة", "صحيفة", "وكالة", "جامعة", "شركة", "مؤسسة", "رئيس", "وزير",
                                  "هيئة", "لجنة", "جماعة", "تنظيم", "كتائب", "ديوان", "الديوان", "بنك", "محكمة",
                                  "برلمان", "قناة", "إذاعة", "تلفزيون", "سفارة", "مكتب", "مركز", "جمعية", "نقابة",
                                  "مجموعة", "عاهل", "ملك", "أمير", "شيخ", "جنرال", "أمين", "سلطة", "دولة", "إدارة",
                                  "الحكومة", "الجيش", "الشرطة", "ائتلاف", "تحالف", "كتلة", "المجلس", "الحزب", "نظام", "النظام", "عائلة", "آل")}


def parse_code(code):
    code = code.strip()
    country = code[:3] if len(code) >= 3 and code[:3].isalpha() and code[:3] not in SECTOR_CODES \
        and code[:3] not in ("ELI",) else None
    rest = code[3:] if country else code
    sector = None
    for i in range(0, len(rest), 3):
        s = SECTOR_CODES.get(rest[i:i + 3])
        if s:
            sector = s
            break
    if country is None and code.startswith("IGO"):
        sector = "IGO"
    return country, sector, rest


def date(s):
    s = s.strip()
    if not re.fullmatch(r"\d{8}", s) or s == "18000101":
        return None
    return f"{s[:4]}-{s[4:6]}-{s[6:]}"


PLACE_WORDS = {norm(w) for w in ("قطاع", "خليج", "مدينة", "جزيرة", "بحر", "نهر", "جبل", "وادي", "مخيم", "مضيق",
                                   "محافظة", "ولاية", "إقليم", "منطقة", "بلدة", "قرية", "ميناء", "مطار", "شارع")}


def build_people(shared, place_names=frozenset()):
    path = os.path.join(shared, "data/cameo-ar/actor_dict_ar_v4.txt")
    entries, cur = [], None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t" and line.strip().startswith("["):
            if cur is not None:
                cur["codes"].append(line.strip())
            continue
        m = re.match(r"^\s*([^\[]+?)\s*(\[[^\]]*\])?\s*$", line)
        if not m:
            continue
        cur = {"name": m.group(1).strip(), "codes": [m.group(2)] if m.group(2) else []}
        entries.append(cur)
    rows, seen = [], set()
    for e in entries:
        name = clean(e["name"].replace("_", " "))
        ws = name.split()
        if len(ws) < 2 or len(ws) > 5 or not arabic_only(name):
            continue
        if norm(ws[0]) in NOT_PERSON or any(norm(w) in NOT_PERSON for w in ws):
            continue
        if norm(ws[0]) in PLACE_WORDS or " ".join(words(name)) in place_names:
            continue
        terms = []
        for c in e["codes"]:
            m = re.match(r"^\[\s*([A-Z]+)\s*(?:(\d{8})?\s*-\s*(\d{8})?)?\s*\]$", c.strip())
            if not m:
                m2 = re.match(r"^\[\s*([A-Z]+)\s*[<>]?(\d{8})?\s*\]$", c.strip())
                if not m2:
                    continue
                code, start, end = m2.group(1), None, None
            else:
                code, start, end = m.group(1), m.group(2), m.group(3)
            country, sector, _ = parse_code(code)
            s, t = date(start or ""), date(end or "")
            if s and t and t < s:
                t = None
            terms.append((country, sector, s, t))
        terms = [t for t in terms if t[0] or t[1]]
        # a person has at least one dated term (plain codes without dates are mostly phrases, not people)
        if not terms or not any(t[2] for t in terms):
            continue
        key = norm(name)
        if key in seen:
            continue
        seen.add(key)
        latest = max(terms, key=lambda t: t[2] or "")
        term_cell = ";".join(f"{t[0] or ''},{t[1] or ''},,{t[2] or ''},{t[3] or ''}" for t in terms)
        rows.append({"id": "cameo:" + key.replace(" ", "_"), "name": None, "country": latest[0],
                     "sector": latest[1], "terms": term_cell, "names": name})
    rows.sort(key=lambda r: r["id"])
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="marsad-core/src/main/resources/org/marsad/kb")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "data")):
        sys.exit(f"build-kb: {a.shared}/data not found")
    os.makedirs(a.out, exist_ok=True)
    stop = load_stopwords(a.shared)
    freq, total = corpus_frequencies(a.shared)
    a3 = iso2_to_iso3(a.shared)

    countries = build_countries(a.shared)
    write_tsv(os.path.join(a.out, "countries.tsv"),
              ["id", "name", "country", "lat", "lon", "precision", "geonames", "demonym", "names"], countries,
              "Countries: ISO3, English name, Arabic names, centroid. GENERATED by tools/build-kb.py - do not edit.\n"
              "Sources: mledoze/countries (ODbL 1.0), GeoNames country names (CC BY 4.0).")
    places, dropped = build_places(a.shared, stop, freq, total, a3, anercorp_counts(a.shared))
    write_tsv(os.path.join(a.out, "places-geonames.tsv"),
              ["id", "kind", "name", "country", "lat", "lon", "precision", "geonames", "population", "feature",
               "names", "weak"], places,
              "GeoNames cities15000 with names in Arabic letters. GENERATED by tools/build-kb.py - do not edit.\n"
              "Source: GeoNames (geonames.org), CC BY 4.0. Dropped names: "
              + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())))
    place_names = set()
    for r in countries + places:
        for n in r["names"].split("|"):
            place_names.add(" ".join(words(n)))
    people = build_people(a.shared, frozenset(place_names))
    write_tsv(os.path.join(a.out, "people-cameo.tsv"), ["id", "name", "country", "sector", "terms", "names"], people,
              "People from UniversalPetrarch actor_dict_ar_v4.txt (MIT). GENERATED by tools/build-kb.py - do not edit.\n"
              "terms: country,sector,role,from,to;... (dates ISO, empty = open).")
    sl = build_stoplist(stop, freq, total, places)
    with open(os.path.join(a.out, "stoplist.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Normalised words never matched alone. GENERATED by tools/build-kb.py - do not edit.\n")
        f.write("# Sources: mohataher/arabic-stop-words (MIT) + the 400 most frequent words of the ANT corpus sample.\n")
        for w in sl:
            f.write(w + "\n")
    print(f"wrote stoplist.txt: {len(sl)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
