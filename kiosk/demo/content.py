"""What the demo event contains: guests, awards, legends, cards and slides.

The night is real: the Blancpain GT Series 2017 awards ceremony at the Palais
Brongniart, Paris, on 24 November 2017 (about 500 participants, eight award
winners each presented with a commemorative chronograph), then the same evening
the 25th-anniversary celebration of GT racing (800+ guests). Everything past
those facts is made up: every nominee, winner, team, legend, press outlet,
sponsor and guest here is fictional. The one real person, Stéphane Ratel,
founder and CEO of SRO Motorsports Group, appears as a guest and on one card,
with no words put in his mouth and no result attributed to him.

Pure Python with no Qt, and deterministic: every function builds its answer
afresh from ``random.Random(2017)`` or from fixed tables, so two calls are equal
and a caller may change what it gets.
"""

from __future__ import annotations

import random
import unicodedata
import zlib

EVENT = {
    "name": "Blancpain GT Series 2017 Awards & 25 Years of GT Racing",
    "venue": "Palais Brongniart, Paris",
    "date": "2017-11-24",
    "timezone": "Europe/Paris",
}

# The demo's identity on the audience's screens: its theme, logos and words (kiosk event set).
IDENTITY = {
    "language": "en",
    "theme": "gt2017",
    "logo": "images/logo.svg",        # in the kiosk's resources
    "logo_mark": "images/logo-mark.svg",
    "accent": "#d4af5a",
    "slideshow_title": "25 years of GT legends",
    "prize": "Commemorative chronograph",
    "sponsor_title": "Official partner",
}

DEMO_NOTICE = (
    "This is a demonstration event: the venue and date are real, but every nominee, winner, "
    "team, legend, sponsor and guest is fictional."
)

CEREMONY = "Awards ceremony"
PARTY = "Anniversary party"
LISTS = [(CEREMONY, "15:00"), (PARTY, "20:00")]

GUEST_KEYS = (
    "first_name",
    "last_name",
    "organisation",
    "category",
    "table",
    "notes",
    "email",
    "lists",
    "party_size",
)
AWARD_KEYS = (
    "category",
    "order",
    "sponsor",
    "nominee",
    "team",
    "car",
    "nationality",
    "photo",
    "winner",
    "pronunciation",
)
LEGEND_KEYS = ("name", "nationality", "years", "titles", "quote", "photo")
GUEST_CATEGORIES = ("driver", "team", "press", "VIP", "sponsor", "staff")

SRO = "SRO Motorsports Group"

# --------------------------------------------------------------------------- fictional names

TEAMS = {
    "Équipe Rapide Motorsport": "FR",
    "Nordschleife Racing": "DE",
    "Scuderia Vento Rosso": "IT",
    "Meridian Blue Racing": "GB",
    "Lowlands GT Engineering": "NL",
    "Ardennes Motorsport Collective": "BE",
    "Castellane Compétition": "FR",
    "Iberia Sport Engineering": "ES",
    "Kawasemi Racing Japan": "JP",
    "Alpine Ridge Racing": "CH",
    "Vikingsholm Motorsport": "SE",
    "Porto Atlântico Racing": "PT",
    "Silverline Kinetic Racing": "GB",
    "Wawel Racing Team": "PL",
    "Jade Harbour Motorsport": "CN",
    "Southern Cross GT": "AU",
}

PRESS = [
    "La Gazette des Stands",
    "Paddock Chronicle",
    "GT Week Magazine",
    "Kurvenlage Magazin",
    "Revista Curva Rápida",
    "Pit Lane Radio",
    "Apex & Kerb",
    "Il Cordolo Settimanale",
    "Nordic Motor Journal",
    "Chicane TV",
    "Le Petit Chronométreur",
    "Tribune Moteur Belgique",
]

SPONSORS = [
    "Alpenlicht Precision Timing",
    "Maison Delorme-Vasseur Champagne",
    "Orbital Lubricants",
    "Kestrel Performance Tyres",
    "Luminar Energy",
    "Cobalt Freight Logistics",
    "Brasserie du Paddock",
    "Helix Carbon Composites",
    "Azur Aviation Charter",
    "Banque Privée Saint-Honoré",
]

VIP_ORGANISATIONS = [
    "Cercle des Amis du Sport Automobile",
    "GT Owners Circle",
    "Fondation Vitesse & Patrimoine",
    "Paddock Club Genève",
    "Club des Pilotes Historiques",
    "Ville Lumière Events Board",
]

# --------------------------------------------------------------------------- guest name pools
# First names are "name:g" with g m or f. A surname "Kowalski/Kowalska" has a
# masculine and a feminine form. Names in other scripts have an ASCII spelling
# in _ROMAN, used for e-mail addresses and photo file names.

_POOLS: dict[str, tuple[int, str, str]] = {
    "FR": (
        24,
        "Stéphane:m Hélène:f François:m Zoé:f Jérôme:m Élodie:f Amélie:f Benoît:m Cécile:f "
        "Thibault:m Gaëlle:f Loïc:m Mathilde:f Noël:m Océane:f Raphaël:m Sébastien:m Inès:f "
        "Clément:m Margaux:f Aurélien:m Juliette:f Grégoire:m Béatrice:f Maël:m Léa:f",
        "Lefèvre Moreau Girard Fontaine Rousseau Chevalier Mercier Lambert Bonnet Faure "
        "Leclercq Dubois Gauthier Perrin Marchand Duval Lemaître Bérenger Delaunay Guérin "
        "Rivière Lacroix Besançon Château-Renaud Vasseur Roche Pelletier Dumont Aubert Séguin",
    ),
    "GB": (
        9,
        "Oliver:m Charlotte:f Harry:m Imogen:f Alistair:m Fiona:f Rupert:m Siobhan:f Callum:m "
        "Harriet:f Rhys:m Niamh:f Edward:m Poppy:f",
        "Thornton Whitaker Ashdown Pemberton Hargreaves Fairbairn Lockwood Kendrick Marlowe "
        "Aldridge Blackwood Carrington Dunmore Fenwick Holloway",
    ),
    "DE": (
        10,
        "Jürgen:m Jörg:m Günther:m Björn:m Käthe:f Jana:f Lukas:m Sönke:m Annegret:f Maximilian:m "
        "Franziska:f Tobias:m Ulrike:f Henrik:m Lotte:f",
        "Müller Schröder Weiß Köhler Größmann Bäumer Hoffmann Krüger Lößner Vogel Brückner "
        "Schäfer Wendland Oberländer Fuchs",
    ),
    "AT": (
        2,
        "Florian:m Theresa:f Valentin:m Magdalena:f Ferdinand:m",
        "Gruber Pichler Moser Steinbauer Höller Wallner",
    ),
    "CH": (
        3,
        "Reto:m Nadine:f Urs:m Mirjam:f Beat:m Corinne:f",
        "Zürcher Ammann Bühler Kälin Rüegg Favre Perrenoud",
    ),
    "IT": (
        8,
        "Giacomo:m Chiara:f Niccolò:m Federica:f Matteo:m Ilaria:f Lorenzo:m Beatrice:f "
        "Tommaso:m Ludovica:f Davide:m Giulia:f",
        "Rossetti Bianchini Colombo Ferraresi Marchetti Galli Santoro Barbieri Fontana Moretti "
        "Lombardi Caruso Vitale",
    ),
    "BE": (
        6,
        "Wouter:m Anneleen:f Jeroen:m Fien:f Maxime:m Sarah:f Pieter-Jan:m Elise:f Bram:m",
        "Vermeulen Janssens Claes Peeters De Smedt Goossens Wouters Lambrechts Dubois-Hanssens "
        "Van den Broeck",
    ),
    "NL": (
        5,
        "Joris:m Femke:f Sander:m Lieke:f Daan:m Marloes:f Thijs:m Sanne:f",
        "de Vries van Dijk Bakker Visser Smit de Groot Mulder van der Linden Brouwer IJzerman",
    ),
    "ES": (
        4,
        "Álvaro:m Lucía:f Íñigo:m Begoña:f Sergio:m Nuria:f Jesús:m Ainhoa:f",
        "García Núñez Muñoz Ibáñez Martínez Calderón Echeverría Peña Jiménez Sáez",
    ),
    "PT": (
        2,
        "João:m Inês:f Gonçalo:m Conceição:f Tiago:m",
        "Gonçalves Magalhães Araújo Simões Brandão Louçã",
    ),
    "BR": (
        2,
        "Thiago:m Letícia:f Caio:m Luíza:f Vinícius:m",
        "Azevedo Conceição Assunção Guimarães Sampaio",
    ),
    "DK": (
        2,
        "Søren:m Mette:f Rasmus:m Signe:f Jesper:m",
        "Sørensen Mølgaard Kjær Bækgaard Ravnsbæk Holm",
    ),
    "SE": (
        2,
        "Åsa:f Björn:m Linnéa:f Måns:m Ebba:f Göran:m",
        "Åkesson Lindqvist Ström Bergström Nyström Löfgren",
    ),
    "NO": (
        2,
        "Bjørn:m Ingrid:f Øystein:m Solveig:f Håkon:m",
        "Bjørnstad Solberg Haugen Løvås Ødegård Bråthen",
    ),
    "FI": (
        1,
        "Jukka:m Päivi:f Mikko:m Sanna:f",
        "Mäkinen Häkkinen-Virta Järvinen Kärkkäinen",
    ),
    "PL": (
        2,
        "Łukasz:m Małgorzata:f Paweł:m Agnieszka:f Michał:m Zuzanna:f",
        "Kowalski/Kowalska Wiśniewski/Wiśniewska Zieliński/Zielińska Wójcik Dąbrowski/Dąbrowska "
        "Szymański/Szymańska",
    ),
    "JP": (
        3,
        "健:m 翔太:m 大輔:m 直樹:m 美咲:f 由美:f 拓也:m 陽菜:f 蓮:m 結衣:f",
        "佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤",
    ),
    "CN": (
        2,
        "伟:m 芳:f 娜:f 敏:f 静:f 磊:m 浩然:m 子涵:f 俊杰:m",
        "王 李 张 刘 陈 杨 黄 赵",
    ),
    "KR": (
        1,
        "민준:m 서연:f 지훈:m 하은:f",
        "김 이 박 최",
    ),
    "AE": (
        1,
        "يوسف:m ليلى:f كريم:m سارة:f",
        "حداد المنصوري الفاسي",
    ),
    "GR": (
        1,
        "Γιώργος:m Ελένη:f Νίκος:m Κατερίνα:f",
        "Παπαδόπουλος/Παπαδοπούλου Οικονόμου Αντωνίου",
    ),
    "US": (
        3,
        "Tyler:m Megan:f Brandon:m Ashley:f Cody:m Brooke:f",
        "Donovan Callahan Whitman Reyes-Parker Brennan Sutherland",
    ),
    "AU": (
        2,
        "Lachlan:m Matilda:f Angus:m Sienna:f",
        "McAllister Thorburn Kilpatrick Hollis",
    ),
    "ZA": (
        1,
        "Pieter:m Thandiwe:f Johan:m Lerato:f",
        "van Rensburg Nkosi Botha Mokoena",
    ),
    "IE": (
        1,
        "Seán:m Aoife:f Ciarán:m Róisín:f",
        "Ó Briain Mac Giolla Kavanagh Ó Súilleabháin",
    ),
    "MC": (
        1,
        "Louis:m Charlotte:f Antoine:m",
        "Gastaldi Médecin Pastorelli",
    ),
}

_ROMAN = {
    # Japanese
    "佐藤": "sato", "鈴木": "suzuki", "高橋": "takahashi", "田中": "tanaka", "渡辺": "watanabe",
    "伊藤": "ito", "山本": "yamamoto", "中村": "nakamura", "小林": "kobayashi", "加藤": "kato",
    "健": "ken", "翔太": "shota", "大輔": "daisuke", "直樹": "naoki", "美咲": "misaki",
    "由美": "yumi", "拓也": "takuya", "陽菜": "hina", "蓮": "ren", "結衣": "yui",
    "高坂": "kosaka", "蒼真": "soma", "桐生": "kiryu", "隼人": "hayato",
    # Chinese
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang",
    "黄": "huang", "赵": "zhao", "伟": "wei", "芳": "fang", "娜": "na", "敏": "min",
    "静": "jing", "磊": "lei", "浩然": "haoran", "子涵": "zihan", "俊杰": "junjie",
    "林": "lin", "浩宇": "haoyu",
    # Korean
    "민준": "minjun", "서연": "seoyeon", "지훈": "jihoon", "하은": "haeun",
    "김": "kim", "이": "lee", "박": "park", "최": "choi",
    # Arabic
    "يوسف": "youssef", "ليلى": "layla", "كريم": "karim", "سارة": "sara",
    "حداد": "haddad", "المنصوري": "almansouri", "الفاسي": "alfassi",
    # Greek
    "Γιώργος": "giorgos", "Ελένη": "eleni", "Νίκος": "nikos", "Κατερίνα": "katerina",
    "Παπαδόπουλος": "papadopoulos", "Παπαδοπούλου": "papadopoulou",
    "Οικονόμου": "oikonomou", "Αντωνίου": "antoniou",
}  # fmt: skip

# Letters that Unicode does not decompose into a base letter and an accent.
_ASCII_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe",
     "Œ": "OE", "đ": "d", "Đ": "D", "þ": "th", "ı": "i"}
)  # fmt: skip


def ascii_name(text: str) -> str:
    """'Łukasz Wiśniewski' -> 'lukasz-wisniewski', '佐藤 健' -> 'sato-ken': for slugs and e-mail."""
    words = []
    for word in text.split():
        word = _ROMAN.get(word, word).translate(_ASCII_LETTERS)
        word = unicodedata.normalize("NFKD", word)
        word = "".join(ch for ch in word if not unicodedata.combining(ch)).lower()
        word = "".join(ch if ch.isascii() and (ch.isalnum() or ch == "-") else "-" for ch in word)
        words.append(word.strip("-"))
    slug = "-".join(w for w in words if w)
    while "--" in slug:
        slug = slug.replace("--", "-")
    if not slug or not slug.isascii():
        raise ValueError(f"no ASCII spelling for {text!r}")
    return slug


def _seed(file: str) -> int:
    return zlib.crc32(file.encode("utf-8"))


# --------------------------------------------------------------------------- awards

# Each fictional team races one GT3 model (real cars; only people and teams are invented).
_CARS = {
    "Équipe Rapide Motorsport": "Audi R8 LMS",
    "Nordschleife Racing": "Mercedes-AMG GT3",
    "Scuderia Vento Rosso": "Lamborghini Huracán GT3",
    "Meridian Blue Racing": "Bentley Continental GT3",
    "Lowlands GT Engineering": "Porsche 911 GT3 R",
    "Ardennes Motorsport Collective": "Audi R8 LMS",
    "Castellane Compétition": "Ferrari 488 GT3",
    "Iberia Sport Engineering": "BMW M6 GT3",
    "Kawasemi Racing Japan": "Nissan GT-R Nismo GT3",
    "Alpine Ridge Racing": "Lamborghini Huracán GT3",
    "Vikingsholm Motorsport": "McLaren 650S GT3",
    "Porto Atlântico Racing": "Mercedes-AMG GT3",
    "Silverline Kinetic Racing": "Aston Martin V12 Vantage GT3",
    "Wawel Racing Team": "Porsche 911 GT3 R",
    "Jade Harbour Motorsport": "Lexus RC F GT3",
    "Southern Cross GT": "Ferrari 488 GT3",
}


class _P:
    """A fictional person: first and last name as a guest list would split them."""

    def __init__(self, first, last, nat, team="", pron="", family_first=False):
        self.first, self.last, self.nat, self.team, self.pron = first, last, nat, team, pron
        if not first:
            self.name = last
        else:
            self.name = f"{last} {first}" if family_first else f"{first} {last}"


_HOHENSTEIN = _P(
    "Maximilian-Alexander",
    "von Hohenstein-Wartenberg",
    "AT",
    "Alpine Ridge Racing",
    "fon HOH-en-shtine VAR-ten-bairg",
)
_SAINT_AUBRAC = _P(
    "Renaud", "Saint-Aubrac", "FR", "Équipe Rapide Motorsport", "ruh-NOH san-toh-BRAHK"
)
_BENVENUTI = _P("Luca", "Benvenuti-Sforzini", "IT", "Scuderia Vento Rosso")
_KOSAKA = _P(
    "蒼真",
    "高坂",
    "JP",
    "Kawasemi Racing Japan",
    "Kōsaka Sōma → KOH-sah-kah SOH-mah",
    family_first=True,
)
_LIN = _P(
    "浩宇", "林", "CN", "Jade Harbour Motorsport", "Lín Hàoyǔ → LIN how-YOO", family_first=True
)

# (category, sponsor, nominees, index of the winner), in the order of the ceremony.
_AWARDS = [
    (
        "Am Cup Drivers' Champion",
        "Maison Delorme-Vasseur Champagne",
        [
            _P(
                "Gérard",
                "Montagnac-Lévêque",
                "FR",
                "Castellane Compétition",
                "zhay-RAR mon-tan-YAK lay-VEK",
            ),
            _P("Dietmar", "Oberholzer", "CH", "Alpine Ridge Racing"),
            _P(
                "Rafaela",
                "Quintanilha",
                "BR",
                "Porto Atlântico Racing",
                "hah-fah-EH-lah keen-tah-NEE-lyah",
            ),
            _P("Hamish", "Kinloch-Baird", "GB", "Meridian Blue Racing"),
        ],
        1,
    ),
    (
        "Silver Cup Drivers' Champion",
        "Kestrel Performance Tyres",
        [
            _P(
                "Łukasz",
                "Wierzbicki-Nowak",
                "PL",
                "Wawel Racing Team",
                "Łukasz → WOO-kash vyezh-BEETS-kee",
            ),
            _KOSAKA,
            _P(
                "Bjørn", "Aasheim-Solberg", "NO", "Vikingsholm Motorsport", "Bjørn → BYURN OSS-hime"
            ),
            _P(
                "Matías",
                "Echeverría Olmedo",
                "ES",
                "Iberia Sport Engineering",
                "mah-TEE-as eh-cheh-veh-REE-ah",
            ),
            _P("Zoé", "Marchal-Lenoir", "FR", "Équipe Rapide Motorsport"),
        ],
        0,
    ),
    (
        "Pro-Am Cup Drivers' Champion",
        "Banque Privée Saint-Honoré",
        [
            _P("Jürgen", "Falkenrath", "DE", "Nordschleife Racing", "YUR-gen FAL-ken-raht"),
            _P(
                "Annelies",
                "Verhaegen",
                "BE",
                "Ardennes Motorsport Collective",
                "AH-nuh-lees vur-HAH-khun",
            ),
            _P("Tiago", "Lacerda Fontes", "PT", "Porto Atlântico Racing"),
            _P("Oskar", "Lindqvist-Åberg", "SE", "Vikingsholm Motorsport", "Åberg → OH-bairy"),
        ],
        2,
    ),
    (
        "Sprint Cup Drivers' Champion",
        "Orbital Lubricants",
        [
            _HOHENSTEIN,
            _BENVENUTI,
            _P("Thibault", "Vanderbeken", "BE", "Ardennes Motorsport Collective", "tee-BOH"),
            _P(
                "Nathaniel",
                "Okonkwo-Reyes",
                "GB",
                "Silverline Kinetic Racing",
                "oh-KONG-kwoh RAY-es",
            ),
        ],
        1,
    ),
    (
        "Endurance Cup Drivers' Champion",
        "Luminar Energy",
        [
            _SAINT_AUBRAC,
            _P("Elio", "Marcantoni", "IT", "Scuderia Vento Rosso"),
            _P("Søren", "Kjærgaard-Holm", "DK", "Vikingsholm Motorsport", "SUR-en KYAIR-gore"),
            _P(
                "Wiebe",
                "van Oosterhout",
                "NL",
                "Lowlands GT Engineering",
                "VEE-buh fun OH-ster-howt",
            ),
        ],
        0,
    ),
    (
        "Teams' Champion",
        "Cobalt Freight Logistics",
        [
            _P(
                "", "Équipe Rapide Motorsport", "FR", "Équipe Rapide Motorsport", "ay-KEEP rah-PEED"
            ),
            _P("", "Nordschleife Racing", "DE", "Nordschleife Racing", "NORT-shly-fuh"),
            _P("", "Scuderia Vento Rosso", "IT", "Scuderia Vento Rosso", "skoo-deh-REE-ah"),
            _P("", "Kawasemi Racing Japan", "JP", "Kawasemi Racing Japan", "kah-wah-SEH-mee"),
        ],
        0,
    ),
    (
        "Rookie of the Year",
        "Helix Carbon Composites",
        [
            _P("Carys", "Pendleton-Hale", "GB", "Meridian Blue Racing", "Carys → KAH-ris"),
            _P(
                "Mateus",
                "Bragança Leme",
                "BR",
                "Porto Atlântico Racing",
                "mah-TAY-oos brah-GAHN-sah",
            ),
            _LIN,
            _P("Jonah", "Ashworth-Kemp", "AU", "Southern Cross GT"),
            _P(
                "Ruan", "van der Merwe-Steyn", "ZA", "Southern Cross GT", "ROO-ahn fun-der-MEER-veh"
            ),
        ],
        2,
    ),
    (
        "Overall Drivers' Champion",
        "Alpenlicht Precision Timing",
        [
            _SAINT_AUBRAC,
            _HOHENSTEIN,
            _BENVENUTI,
            _P("Émeric", "Lavaud-Tessier", "FR", "Castellane Compétition", "aym-REEK lah-VOH"),
        ],
        1,
    ),
]


def _nominee_photo(person: _P) -> str:
    return f"nominee-{ascii_name(person.name)}.png"


def awards() -> list[dict]:
    """Eight award categories, 3-5 fictional nominees each, exactly one winner per category."""
    rows = []
    for order, (category, sponsor, people, winner) in enumerate(_AWARDS, start=1):
        for i, p in enumerate(people):
            rows.append(
                {
                    "category": category,
                    "order": order,
                    "sponsor": f"Sponsored by {sponsor}",
                    "nominee": p.name,
                    "team": p.team,
                    "car": _CARS[p.team],
                    "nationality": p.nat,
                    "photo": _nominee_photo(p),
                    "winner": "yes" if i == winner else "no",
                    "pronunciation": p.pron,
                }
            )
    return rows


def _nominated_people() -> list[tuple[_P, list[str]]]:
    """Each nominated driver once (not the teams), with the categories they are up for."""
    seen: dict[str, tuple[_P, list[str]]] = {}
    for category, _sponsor, people, _winner in _AWARDS:
        for p in people:
            if p.first:
                seen.setdefault(p.name, (p, []))[1].append(category)
    return list(seen.values())


# --------------------------------------------------------------------------- legends

# (first, last, family_first, nationality, years, titles, quote, photos)
_LEGENDS = [
    ("Henri", "Delacroix-Vautrin", False, "FR", "1993–2004",
     "2× GT1 champion · 3× Spa 24 Hours class winner",
     "At Eau Rouge in the dark you find out who you really are.", 2),
    ("Klaus-Dieter", "Brennecke", False, "DE", "1994–2006",
     "3× Spa 24 Hours winner · GT champion",
     "The car never lies. Drivers sometimes do.", 1),
    ("Margherita", "Solari-Venturi", False, "IT", "1996–2009",
     "First woman to win a GT endurance round outright",
     "I never asked to be the first. I asked to be the fastest.", 2),
    ("Alastair", "MacCrimmon", False, "GB", "1993–2001",
     "GT2 champion · 41 podiums",
     "Tyres, fuel, nerve: in that order.", 1),
    ("Jean-Baptiste", "Oudinot", False, "BE", "1995–2011",
     "4× Spa 24 Hours winner · team owner since 2012",
     "Spa is my garden. I just borrow it every July.", 1),
    ("Rutger", "Kloosterboer", False, "NL", "1997–2010",
     "GT champion · 2× Nürburgring 1000 km winner",
     "Rain is just another line on the map.", 1),
    ("Íñigo", "Larrañaga Ochoa", False, "ES", "1999–2014",
     "2× Endurance champion · 18 pole positions",
     "Qualifying is a conversation with the stopwatch.", 1),
    ("Corinne", "Mauvoisin", False, "CH", "1998–2012",
     "Silver Cup pioneer · 3× class champion",
     "Every lap is a promise you make to your mechanics.", 1),
    ("Hannes", "Oberrauch", False, "AT", "1993–2003",
     "GT1 vice-champion · Zhuhai winner",
     "We raced on circuits that did not exist a year before.", 1),
    ("隼人", "桐生", True, "JP", "2001–2016",
     "GT500 and GT3 champion · Suzuka 1000 km winner",
     "A good corner is quiet. You only hear the bad ones.", 2),
    ("Søren", "Ravnkilde", False, "DK", "1996–2008",
     "3× Le Mans GT class winner · GT2 champion",
     "You do not win twenty-four hours. You survive them, then you win.", 1),
    ("Gustaf", "Ekelöw-Strand", False, "SE", "2000–2013",
     "GT champion · 12 wins",
     "Cold tyres, warm heart.", 1),
    ("Duarte", "Vasconcelos Mendonça", False, "PT", "1998–2010",
     "2× Estoril GT winner · Pro-Am champion",
     "I drove every race as if my grandmother was watching. She was.", 1),
    ("Rodrigo", "Albuquerque Paiva", False, "BR", "2002–2017",
     "Sprint champion · 27 wins",
     "Brazilians are born with one foot on the throttle.", 1),
    ("Blake", "Harrowgate", False, "US", "1997–2011",
     "GT champion · Daytona class winner",
     "Over here we say: if in doubt, flat out.", 1),
    ("Callum", "Dunleavy-Rourke", False, "AU", "1999–2012",
     "Bathurst class winner · Endurance champion",
     "The long way round the world was worth every lap.", 1),
    ("Stanisław", "Wrzesiński", False, "PL", "2004–2017",
     "First Polish GT champion",
     "My name is hard to say. My lap times were easy to read.", 1),
    ("Louis-Honoré", "Castellane-Roquebrune", False, "MC", "1993–2000",
     "GT1 champion · Monaco Historic patron",
     "In Monaco we learn to brake before we learn to walk.", 1),
    ("Pieter", "Oosthuizen-Laubscher", False, "ZA", "1995–2007",
     "Kyalami GT winner · 2× class champion",
     "Altitude steals horsepower. It never stole my will.", 1),
    ("Wei", "Zhang-Morrison", False, "CN", "2006–2017",
     "Asian GT champion · Macau GT Cup podium",
     "The wall at Macau is a very honest teacher.", 1),
    ("Béatrice", "Villeneuve-Aragon", False, "FR", "2003–2016",
     "2× Endurance Cup champion · Paul Ricard 1000 km winner",
     "I love the night stints. The track belongs to you.", 2),
    ("Friedrich", "Lämmerhirt", False, "DE", "1993–2005",
     "GT1 champion · 2× Nürburgring 24 Hours winner",
     "Green Hell? I always found it rather peaceful.", 1),
    ("Giancarlo", "Pellizzari", False, "IT", "2000–2015",
     "3× GT champion · 31 wins",
     "Passion is free. Everything else costs a fortune.", 1),
    ("Edmund", "Fairweather-Lyle", False, "GB", "2005–2017",
     "Sprint Cup champion · Silverstone 500 winner",
     "I was the boy with his face pressed against the fence. I still am.", 1),
    ("Ilse", "Vandenhoudt", False, "BE", "2001–2014",
     "Pro-Am champion · 6 Spa podiums",
     "The Ardennes weather keeps everybody humble.", 1),
]  # fmt: skip


def _legend_name(first: str, last: str, family_first: bool) -> str:
    return f"{last} {first}" if family_first else f"{first} {last}"


def _legend_photos(name: str, count: int) -> list[str]:
    slug = ascii_name(name)
    return [f"legend-{slug}.png"] + [f"legend-{slug}-{i}.png" for i in range(2, count + 1)]


def legends() -> list[dict]:
    """Twenty-five fictional legends of GT racing, 1993-2017."""
    rows = []
    for first, last, family_first, nat, years, titles, quote, count in _LEGENDS:
        name = _legend_name(first, last, family_first)
        rows.append(
            {
                "name": name,
                "nationality": nat,
                "years": years,
                "titles": titles,
                "quote": quote,
                "photo": "|".join(_legend_photos(name, count)),
            }
        )
    return rows


# --------------------------------------------------------------------------- cards and slides

CUSTOM_CARDS = [
    {
        "kind": "custom",
        "title": "Welcome to the Palais Brongniart",
        "body": "Blancpain GT Series 2017 Awards · Paris, 24 November 2017\n" + DEMO_NOTICE,
        "position": "opening",
    },
    {
        "kind": "custom",
        "title": "Eight champions, eight chronographs",
        "body": "Each of tonight's eight winners receives a commemorative chronograph.",
        "position": "before:1",
    },
    {
        "kind": "custom",
        "title": "The title",
        "body": "Sprint and Endurance together: one overall Drivers' Champion.",
        "position": "before:8",
    },
    {
        "kind": "custom",
        "title": "25 Years of GT Racing",
        "body": "1993–2017 · Twenty-five seasons, celebrated tonight with the legends who "
        "made them.",
        "position": "interval",
    },
    {
        "kind": "custom",
        "title": "Stéphane Ratel",
        "body": "Founder and CEO, SRO Motorsports Group",
        "position": "interval",
    },
    {
        "kind": "custom",
        "title": "Thank you to our partners",
        "body": " · ".join(SPONSORS[:6]) + "\n(fictional sponsors, for this demo)",
        "position": "closing",
    },
    {
        "kind": "custom",
        "title": "The anniversary party begins at 20:00",
        "body": "Please make your way to the grand hall. Your ticket stays valid.",
        "position": "closing",
    },
]

SPONSOR_SLIDES = [
    {
        "title": "Alpenlicht Precision Timing",
        "body": "Every tenth counts. (Fictional demo sponsor.)",
    },
    {
        "title": "Maison Delorme-Vasseur Champagne",
        "body": "Podium bubbles since 1921. (Fictional.)",
    },
    {
        "title": "Kestrel Performance Tyres",
        "body": "Grip, from the first lap to the last. (Fictional.)",
    },
    {"title": "Luminar Energy", "body": "Powering twenty-four hours of racing. (Fictional.)"},
]


# --------------------------------------------------------------------------- photos


def photo_specs() -> list[dict]:
    """One entry per image that awards() and legends() name, for the portrait painter."""
    specs: dict[str, dict] = {}
    for row in awards():
        specs.setdefault(
            row["photo"],
            {"file": row["photo"], "name": row["nominee"], "nationality": row["nationality"],
             "kind": "nominee", "seed": _seed(row["photo"])},
        )  # fmt: skip
    for row in legends():
        files = row["photo"].split("|")
        first = _seed(files[0])
        for file in files:
            seed = _seed(file)
            if file != files[0]:
                # A second photo of a legend shows the other style: helmet on if the
                # first was bare-headed, and the reverse (portraits paints a helmet
                # when seed % 5 < 2).
                while (seed % 5 < 2) == (first % 5 < 2):
                    seed += 1
            specs.setdefault(
                file,
                {"file": file, "name": row["name"], "nationality": row["nationality"],
                 "kind": "legend", "seed": seed},
            )  # fmt: skip
    return list(specs.values())


# --------------------------------------------------------------------------- guests

_CEREMONY_SIZE = 500
_CEREMONY_ONLY = 24
_TABLE_SIZE = 10
_GENERATED = {"staff": 44, "press": 88, "VIP": 58, "sponsor": 190, "team": 250, "driver": 150}


def _parse_pool(text: str) -> list[tuple[str, str]]:
    return [tuple(item.split(":")) for item in text.split()]


def _pools():
    nations, weights, firsts, lasts = [], [], {}, {}
    for code, (weight, first_text, last_text) in _POOLS.items():
        nations.append(code)
        weights.append(weight)
        firsts[code] = _parse_pool(first_text)
        # Surnames are single words except a few written with particles: keep those whole.
        lasts[code] = _split_surnames(last_text)
    return nations, weights, firsts, lasts


_PARTICLES = {"de", "van", "den", "der", "von", "Van", "De", "Ó", "Mac", "le"}


def _split_surnames(text: str) -> list[str]:
    out: list[str] = []
    pending = ""
    for word in text.split():
        if word in _PARTICLES:
            pending = f"{pending}{word} "
            continue
        out.append(pending + word)
        pending = ""
    return out


def _surname(entry: str, gender: str) -> str:
    if "/" in entry:
        masc, fem = entry.split("/")
        return fem if gender == "f" else masc
    return entry


def guests() -> list[dict]:
    """About 830 fictional guests (plus Stéphane Ratel), as rows of the guest CSV."""
    rng = random.Random(2017)
    nations, weights, firsts, lasts = _pools()
    people: list[dict] = []
    taken: set[tuple[str, str]] = set()

    def add(first, last, organisation, category, *, notes=(), role="", lists=None):
        taken.add((first, last))
        people.append(
            {"first_name": first, "last_name": last, "organisation": organisation,
             "category": category, "notes": list(notes), "role": role, "lists": lists}
        )  # fmt: skip

    add("Stéphane", "Ratel", SRO, "VIP", notes=["Founder & CEO: escort to row A"], role="host",
        lists={CEREMONY, PARTY})  # fmt: skip

    for person, categories in _nominated_people():
        add(person.first, person.last, person.team, "driver", role="nominee",
            notes=[f"Nominee ({' + '.join(categories)}): seat near stage"],
            lists={CEREMONY, PARTY})  # fmt: skip

    for i, (first, last, _ff, _nat, _years, _titles, _quote, _n) in enumerate(_LEGENDS):
        lists = {CEREMONY, PARTY} if i % 5 == 0 else {PARTY}
        add(first, last, "25 Years of GT: Legends", "driver", role="legend", lists=lists,
            notes=["Legend: greet at VIP entrance, tribute photo at 21:30"])  # fmt: skip

    def organisation_for(category: str, nat: str) -> str:
        if category in ("driver", "team"):
            home = [t for t, c in TEAMS.items() if c == nat]
            if home and rng.random() < 0.6:
                return rng.choice(home)
            return rng.choice(list(TEAMS))
        if category == "press":
            return rng.choice(PRESS)
        if category == "sponsor":
            return rng.choice(SPONSORS)
        if category == "VIP":
            return rng.choice(VIP_ORGANISATIONS)
        return SRO

    for category, count in _GENERATED.items():
        for _ in range(count):
            while True:
                nat = rng.choices(nations, weights)[0]
                first, gender = rng.choice(firsts[nat])
                last = _surname(rng.choice(lasts[nat]), gender)
                if (first, last) not in taken:
                    break
            add(first, last, organisation_for(category, nat), category)

    _assign_lists(rng, people)
    _assign_notes(rng, people)
    _assign_tables(people)
    _assign_party_sizes(rng, people)
    emails: set[str] = set()
    rows = []
    for p in people:
        rows.append(
            {
                "first_name": p["first_name"],
                "last_name": p["last_name"],
                "organisation": p["organisation"],
                "category": p["category"],
                "table": p.get("table", ""),
                "notes": "; ".join(p["notes"]),
                "email": _email(p, emails),
                "lists": "|".join(name for name, _start in LISTS if name in p["lists"]),
                "party_size": p.get("party_size", 1),
            }
        )
    return rows


def _email(p: dict, taken: set[str]) -> str:
    local = ascii_name(f"{p['first_name']} {p['last_name']}").replace("-", ".")
    domain = "example.org" if p["category"] in ("press", "sponsor") else "example.com"
    address, n = f"{local}@{domain}", 1
    while address in taken:
        n += 1
        address = f"{local}{n}@{domain}"
    taken.add(address)
    return address


def _assign_lists(rng: random.Random, people: list[dict]) -> None:
    fixed = [p for p in people if p["lists"] is not None]
    must = [p for p in people if p["lists"] is None and p["category"] in ("staff", "press", "VIP")]
    others = [p for p in people if p["lists"] is None and p not in must]
    in_ceremony = sum(CEREMONY in p["lists"] for p in fixed) + len(must)
    chosen = rng.sample(others, _CEREMONY_SIZE - in_ceremony)
    chosen_ids = {id(p) for p in must + chosen}
    for p in must + others:
        p["lists"] = {CEREMONY, PARTY} if id(p) in chosen_ids else {PARTY}
    # A few leave after the ceremony: some press with deadlines, some sponsors' guests.
    leaving = [p for p in must + chosen if p["category"] in ("press", "sponsor")]
    for p in rng.sample(leaving, _CEREMONY_ONLY):
        p["lists"] = {CEREMONY}
        if p["category"] == "press":
            p["notes"].append("Press: ceremony only")


def _assign_notes(rng: random.Random, people: list[dict]) -> None:
    for p in people:
        if p["role"]:
            continue
        category, notes = p["category"], p["notes"]
        if category == "VIP" and rng.random() < 0.35:
            notes.insert(0, "VIP: escort to row A")
        elif category == "VIP" and rng.random() < 0.4:
            notes.insert(0, "VIP: cloakroom priority")
        elif category == "press" and CEREMONY in p["lists"] and rng.random() < 0.4:
            notes.insert(0, "Press: photo pit access")
            p["photographer"] = True
        elif category == "staff" and rng.random() < 0.3:
            notes.insert(0, rng.choice(["Staff: backstage access", "Staff: door team, desk 2"]))
        roll = rng.random()
        if roll < 0.008:
            notes.append("Wheelchair user: use the lift")
        elif roll < 0.014:
            notes.append("Hearing loop requested: desk 1")
        elif roll < 0.03:
            notes.append("Arrives late: let in after 16:00" if CEREMONY in p["lists"] else
                         "Arrives late: after 21:00")  # fmt: skip
        elif roll < 0.04:
            notes.append("Badge to collect at the welcome desk")
    # Make sure the door team meets at least one of each accessibility case.
    plain = [p for p in people if not p["role"] and CEREMONY in p["lists"]]
    if not any("Wheelchair" in n for p in people for n in p["notes"]):
        rng.choice(plain)["notes"].append("Wheelchair user: use the lift")


def _assign_tables(people: list[dict]) -> None:
    group = {"host": 0, "nominee": 1, "legend": 2}
    category_rank = {"VIP": 0, "driver": 3, "team": 3, "sponsor": 4, "press": 5}
    seated = [
        p
        for p in people
        if CEREMONY in p["lists"] and p["category"] != "staff" and not p.get("photographer")
    ]
    seated.sort(
        key=lambda p: (group.get(p["role"], category_rank[p["category"]]), p["organisation"])
    )
    for i, p in enumerate(seated):
        p["table"] = str(i // _TABLE_SIZE + 1)


def _assign_party_sizes(rng: random.Random, people: list[dict]) -> None:
    for p in people:
        if p["category"] in ("staff", "press") or p["role"] == "host":
            continue
        roll = rng.random()
        if roll < 0.012:
            p["party_size"] = rng.choice((3, 4))
            p["notes"].append(f"With family: {p['party_size']} people on one ticket")
        elif roll < 0.08:
            p["party_size"] = 2
            p["notes"].append("+1 companion")
