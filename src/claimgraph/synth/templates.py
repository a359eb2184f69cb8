"""Sentence templates and name parts for `claimgraph synth` (see docs/synth.md).

Markers: `[[...]]` is the quote of the sentence's claim, `<<...>>` a second quote (an event report or the
words that flag a claim as unsupported). Fields: `{Who}` / `{who}` the claimant as the text names it (capital
at the start of a sentence), `{when}` " on Thursday" or "", `{ev}` / `{Ev}` how the text refers to an event,
`{n}` / `{N}` a hedged figure ("at least 27"), `{victims}`, `{pp}` the outcome ("killed"), `{where}` a place
phrase ("in Zhobar District"). Quotes never contain "&" or "*" (the loader then skips its alias scan).
"""

from __future__ import annotations

# --- names (synthetic; checked against every label of the curated registry for uniqueness) -------------
NAME_HEADS = (
    "Zar",
    "Kal",
    "Tor",
    "Shah",
    "Dar",
    "Ghaz",
    "Bar",
    "Kho",
    "Nush",
    "Pash",
    "Sab",
    "Tal",
    "Wad",
    "Zeh",
    "Amr",
    "Bel",
    "Chak",
    "Dalb",
    "Gul",
    "Hab",
    "Jhal",
    "Kas",
    "Lak",
    "Mash",
    "Nok",
    "Ormar",
    "Pir",
    "Raz",
    "Sur",
    "Tump",
    "Ush",
    "Wash",
    "Yak",
    "Zam",
    "Bug",
    "Dost",
    "Gidar",
    "Kolp",
    "Mand",
    "Sor",
)
NAME_MIDS = ("a", "i", "o", "ar", "an", "er", "in", "ul", "ab", "ad")
NAME_TAILS = (
    "kot",
    "abad",
    "pur",
    "gar",
    "dan",
    "zai",
    "ban",
    "kan",
    "wal",
    "stan",
    "ni",
    "rak",
    "jan",
    "mir",
    "bad",
    "ghar",
    "lat",
    "dar",
    "rud",
    "shan",
    "tek",
    "gol",
    "sar",
    "bagh",
    "ran",
    "chi",
    "mel",
    "dun",
)
FIRST_NAMES = (
    "Farid",
    "Nadia",
    "Imran",
    "Saima",
    "Tariq",
    "Ayesha",
    "Kamran",
    "Hina",
    "Bilal",
    "Rubina",
    "Asad",
    "Fozia",
    "Naveed",
    "Samina",
    "Javed",
    "Shazia",
    "Khalid",
    "Uzma",
    "Rashid",
    "Nasreen",
    "Waqar",
    "Sadia",
    "Hamid",
    "Farah",
    "Adnan",
    "Lubna",
    "Zubair",
    "Mehreen",
    "Shahid",
    "Noreen",
    "Yasir",
    "Amna",
    "Saleem",
    "Gul",
    "Junaid",
    "Rukhsana",
    "Qasim",
    "Sana",
    "Babar",
    "Zainab",
)
LAST_NAMES = (
    "Jamali",
    "Qureshi",
    "Mengal",
    "Rind",
    "Bizenjo",
    "Lehri",
    "Marri",
    "Zehri",
    "Achakzai",
    "Kakar",
    "Durrani",
    "Siddiqui",
    "Hashmi",
    "Abbasi",
    "Lodhi",
    "Niazi",
    "Rehman",
    "Chandio",
    "Memon",
    "Shaikh",
    "Khattak",
    "Afridi",
    "Yousafzai",
    "Bangash",
    "Raisani",
    "Magsi",
    "Domki",
    "Baloch",
    "Nausherwani",
    "Jatoi",
    "Mirza",
    "Malik",
    "Awan",
    "Butt",
    "Gichki",
    "Langove",
    "Mandokhail",
    "Tareen",
    "Kasi",
    "Sumalani",
)
PORTFOLIOS = (
    "Home Affairs",
    "Information",
    "Human Rights",
    "Foreign Affairs",
    "Planning",
    "Energy",
    "Finance",
    "Communications",
    "Law and Justice",
    "Railways",
    "Water Resources",
    "Maritime Affairs",
)
GROUP_PATTERNS = (
    "{name} Liberation Front",
    "{name} Republican Army",
    "Lashkar-e-{name}",
    "{name} Defence Council",
    "{name} Mujahideen Council",
    "{name} Freedom Movement",
    "Jaish-e-{name}",
    "{name} Resistance Front",
)
ORG_PATTERNS = (
    "{name} Human Rights Forum",
    "{name} Traders Association",
    "{name} Bar Council",
    "{name} Students Federation",
    "{name} Institute for Peace Studies",
    "{name} Relief Trust",
)
FORCE_PATTERNS = ("{name} Levies", "{name} Scouts", "{name} Rangers", "{name} Constabulary")
AGENCY_PATTERNS = ("{name} News Service", "{name} Press Agency", "{name} Media Network")
ANALYST_TITLES = (
    "Security analyst in {city}",
    "Human rights advocate in {city}",
    "Political economist in {city}",
    "Researcher at the {org}",
    "Retired police chief",
    "Lawyer and activist in {city}",
    "Professor of international relations",
    "Former provincial secretary",
)
JOURNALIST_TITLES = ("Correspondent in {city}", "Senior Correspondent", "Staff Reporter", "Security Editor")

# --- events --------------------------------------------------------------------------------------------
ATTACK_TARGETS = (
    "security checkpost",
    "police station",
    "passenger bus",
    "gas pipeline",
    "railway track",
    "bank",
    "market",
    "government school",
    "mobile phone tower",
    "levies post",
)
AMBUSH_TARGETS = ("security convoy", "paramilitary convoy", "police patrol", "military vehicle")
BOMB_TARGETS = ("market", "bus stop", "police checkpoint", "political rally", "mosque gate")
TAKEOVER_TARGETS = ("highway", "district headquarters", "border crossing", "government compound")
DURATIONS = ("three days", "roughly 40 hours", "a week", "two days", "more than 24 hours")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# type -> label templates, reference phrases (how claims refer to it), report sentences, headline noun
EVENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "military-operation": {
        "label": ("Military operation in {place}", "Army offensive against militants in {place}"),
        "ref": ("the military operation in {place}", "the offensive in {place}"),
        "report": (
            "<<Security forces launched a military operation {where}>>{when}{duration}.",
            "<<The army began an offensive against militant hideouts {where}>>{when}{duration}.",
        ),
        "noun": ("Operation", "Offensive"),
    },
    "intelligence-based-operation": {
        "label": ("Intelligence-based operation in {place}",),
        "ref": ("the intelligence-based operation in {place}", "the raid in {place}"),
        "report": (
            "<<Security forces conducted an intelligence-based operation {where}>>{when}{duration}.",
            "<<Troops raided a suspected militant compound {where}>>{when}{duration}.",
        ),
        "noun": ("Raid", "Operation"),
    },
    "clearance-operation": {
        "label": ("Clearance operation in {place}",),
        "ref": ("the clearance operation in {place}", "the combing operation in {place}"),
        "report": (
            "<<A clearance operation was launched {where} to root out remaining militants>>{when}{duration}.",
            "<<Troops carried out combing operations {where}>>{when}{duration}.",
        ),
        "noun": ("Clearance Operation",),
    },
    "coordinated-attack": {
        "label": ("Coordinated attacks across {place}",),
        "ref": ("the coordinated attacks across {place}", "the wave of attacks in {place}"),
        "report": (
            "<<Militants launched coordinated attacks on security posts {where}>>{when}.",
            "<<A wave of simultaneous assaults struck checkpoints and government buildings {where}>>{when}.",
        ),
        "noun": ("Coordinated Attacks", "Wave of Attacks"),
    },
    "attack": {
        "label": ("Attack on a {target} in {place}",),
        "ref": ("the attack on the {target} in {place}", "the assault on the {target} in {place}"),
        "report": (
            "<<Gunmen attacked a {target} {where}>>{when}.",
            "<<Militants stormed a {target} {where}>>{when}.",
        ),
        "noun": ("Attack", "Assault"),
    },
    "ambush": {
        "label": ("Ambush on a {target} near {place}",),
        "ref": ("the ambush near {place}", "the ambush on the {target} near {place}"),
        "report": (
            "<<Gunmen ambushed a {target} {where}>>{when}.",
            "<<A {target} came under fire {where}>>{when}.",
        ),
        "noun": ("Ambush",),
    },
    "bombing": {
        "label": ("Bombing at a {target} in {place}",),
        "ref": ("the bombing in {place}", "the blast at the {target} in {place}"),
        "report": (
            "<<A bomb exploded near a {target} {where}>>{when}.",
            "<<An improvised explosive device went off at a {target} {where}>>{when}.",
        ),
        "noun": ("Bombing", "Blast"),
    },
    "armed-clash": {
        "label": ("Clashes between security forces and militants in {place}",),
        "ref": ("the clashes in {place}", "the fighting in {place}"),
        "report": (
            "<<Security forces and militants exchanged fire {where}>>{when}{duration}.",
            "<<Heavy clashes broke out between troops and insurgents {where}>>{when}{duration}.",
        ),
        "noun": ("Clashes", "Fighting"),
    },
    "territorial-takeover": {
        "label": ("Militant takeover of a {target} in {place}",),
        "ref": ("the takeover of the {target} in {place}", "the seizure of the {target} in {place}"),
        "report": ("<<Armed men took control of a {target} {where}>>{when}{duration}.",),
        "noun": ("Takeover",),
    },
    "violence-tally": {
        "label": ("Deaths in militant violence in {place} in {year}",),
        "ref": ("the violence in {place} in {year}", "militant violence in {place} in {year}"),
        "report": (
            "<<The toll of militant violence {where} in {year}>> was the highest in years.",
            "<<Violence {where} claimed hundreds of lives in {year}>>.",
        ),
        "noun": ("Violence",),
    },
    "official-visit": {
        "label": ("{person}'s visit to {place}",),
        "ref": ("{person}'s visit to {place}", "the visit to {place}"),
        "report": (
            "<<{person} visited {place} to meet families of the victims>>{when}.",
            "<<{person} travelled to {place} to review security arrangements>>{when}.",
        ),
        "noun": ("Visit",),
    },
    "armed-conflict": {
        "label": ("Insurgency in {place}", "Unrest in {place}"),
        "ref": ("the insurgency in {place}", "the conflict in {place}"),
        "report": (
            "<<{place} has long been the scene of a low-intensity insurgency>>.",
            "<<The insurgency {where} has simmered for years>>.",
            "<<Separatist violence {where} has persisted for decades>>.",
        ),
        "noun": ("Unrest",),
    },
}
OPERATION_TYPES = frozenset({"military-operation", "intelligence-based-operation", "clearance-operation"})
ATTACK_TYPES = frozenset(
    {"attack", "ambush", "bombing", "coordinated-attack", "armed-clash", "territorial-takeover"}
)
TARGETS = {
    "attack": ATTACK_TARGETS,
    "ambush": AMBUSH_TARGETS,
    "bombing": BOMB_TARGETS,
    "territorial-takeover": TAKEOVER_TARGETS,
}
WHERE = ("in {place}", "near {place}", "on the outskirts of {place}", "in remote parts of {place}")

# --- casualty words ------------------------------------------------------------------------------------
VICTIM_WORDS = {
    "militants": ("militants", "insurgents", "fighters", "terrorists"),
    "security-personnel": ("security personnel", "soldiers", "police officers", "paramilitary troops"),
    "civilians": ("civilians", "residents", "bystanders"),
    "people": ("people", "individuals"),
}
OUTCOME_WORDS = {"killed": "killed", "injured": "injured", "abducted": "abducted"}
HEDGE_WORDS = {
    "exact": ("",),
    "at-least": ("at least ",),
    "more-than": ("more than ", "over "),
    "approximately": ("about ", "around ", "roughly "),
    "up-to": ("up to ",),
}
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# --- claims --------------------------------------------------------------------------------------------
CLAIMS: dict[str, tuple[str, ...]] = {
    "CasualtyClaim": (
        "[[{Who} said{when} that {n} {victims} had been {pp} in {ev}]].",
        "[[{Who} reported{when} that {n} {victims} were {pp} in {ev}]].",
        "[[According to {who}, {n} {victims} were {pp} in {ev}]].",
    ),
    "CasualtyClaim:article": (
        "[[{N} {victims} were {pp} in {ev}]].",
        "[[In {ev}, {n} {victims} were {pp}]].",
    ),
    "CasualtyClaim:zero": ("[[{Who} said no {victims} were {pp} in {ev}]].",),
    "CasualtyClaim:zero:article": ("[[No {victims} were {pp} in {ev}]].",),
    "CasualtyClaim:pair": ("[[{Who} said{when} that {n} {victims} and {n2} {victims2} were {pp} in {ev}]].",),
    "CasualtyClaim:pair:article": ("[[{N} {victims} and {n2} {victims2} were {pp} in {ev}]].",),
    "CasualtyClaim:rival": (
        "[[{Who}, however, claimed that {n} {victims} had been {pp}]].",
        "[[{Who} disputed the figure, saying {n} {victims} were {pp}]].",
    ),
    "Accusation": (
        "[[{Who}{when} accused {accused} of {allegation}]]{unsupported}.",
        "[[{Who} blamed {accused} for {allegation}]]{unsupported}.",
        "[[{Who}{when} held {accused} responsible for {allegation}]]{unsupported}.",
    ),
    "Denial": (
        "[[{Who} denied the allegations]].",
        "[[{Who} rejected the accusation as baseless]].",
        "[[{Who} dismissed the charge as propaganda]].",
        "[[In a statement, {who} denied any involvement]].",
    ),
    "Denial:earlier": (
        "[[{Who} rejected allegations by {accuser} that it was {allegation}]].",
        "[[{Who}{when} denied claims by {accuser} that it was {allegation}]].",
    ),
    "ResponsibilityClaim": (
        "[[{Who}{when} claimed responsibility for {ev}]].",
        "[[In a statement, {who} said its fighters had carried out {ev}]].",
    ),
    "ResponsibilityAttribution": (
        "[[{Who} blamed {ev} on {group}]].",
        "[[{Who} said {group} was behind {ev}]].",
    ),
    "ResponsibilityAttribution:article": (
        "[[{Ev} was attributed to {group}]].",
        "[[Suspicion for {ev} fell on {group}]].",
        "[[{Ev} bore the hallmarks of {group}]].",
    ),
    "Commendation": (
        "[[{Who} commended {commended} for their role in {ev}]].",
        "[[{Who} praised the efforts of {commended}]].",
    ),
    "CallForInquiry": (
        "[[{Who} called for an independent inquiry into {ev}]].",
        "[[{Who} demanded a transparent investigation into {ev}]].",
    ),
    "CallForInquiry:addressee": ("[[{Who} urged {addressee} to investigate {ev}]].",),
    "AppealForRestraint": (
        "[[{Who} appealed for calm after {ev}]].",
        "[[{Who} called for restraint in {place}]].",
    ),
    "AppealForRestraint:addressee": ("[[{Who} urged {addressee} to exercise restraint]].",),
    "SituationAssessment": (
        "[[{Who} said the situation in {place} remained tense]].",
        "[[{Who} said calm had been restored in {place}]].",
        "[[{Who} warned that the violence in {province} could spread]].",
    ),
    "SituationAssessment:article": (
        "[[The situation in {place} remained tense]].",
        "[[Violence continues to pose a challenge in {province}]].",
        "[[There were no signs of the unrest in {province} easing]].",
    ),
    "Characterisation": (
        "[[{Who} described {ev} as {character}]].",
        "[[{Who} called {ev} {character}]].",
    ),
    "Characterisation:article": (
        "[[{Ev} was one of the deadliest incidents in {province} this year]].",
        "[[{Ev} marked a significant escalation in the conflict]].",
        "[[Analysts say {ev} reflects deep-rooted grievances in {province}]].",
    ),
    "OperationalClaim": (
        "[[{Who} said troops had destroyed {k} militant hideouts during {ev}]].",
        "[[{Who} reported recovering a cache of weapons and explosives during {ev}]].",
        "[[{Who} said {ev} was based on actionable intelligence]].",
        "[[{Who} said the area had been cordoned off after {ev}]].",
    ),
    "Pledge": (
        "[[{Who} vowed to continue operations until the last militant was eliminated]].",
        "[[{Who} pledged to restore peace in {province}]].",
        "[[{Who} promised compensation for the families of those hurt in {ev}]].",
    ),
}
UNSUPPORTED = (
    ", <<though no evidence was provided to support the claim>>",
    ", <<without offering any evidence>>",
    ", <<a claim that could not be independently verified>>",
)
CHARACTERS = (
    "a cowardly act of terrorism",
    "an unprecedented escalation",
    "an attempt to destabilise {province}",
    "a blunt-force response to a complex threat",
    "a brutal crackdown on a political struggle",
    "a turning point in the conflict",
    "a desperate act by a weakened enemy",
)
ALLEGATIONS_FOREIGN = (
    "backing the militants",
    "sponsoring terrorism in {province}",
    "sheltering fighters across the border",
    "funding the insurgents",
    "providing logistical support to the attackers",
    "orchestrating {ev}",
)
ALLEGATIONS_STATE = (
    "carrying out extrajudicial killings",
    "exploiting the resources of {province}",
    "targeting civilians during {ev}",
    "suppressing peaceful protests",
    "carrying out enforced disappearances",
)
ALLEGATIONS_GROUP = ("extorting traders in {place}", "recruiting teenagers", "targeting civilians in {place}")
ACCUSED_EXPRESSIONS = (  # as worded by officials and the security forces
    "hostile foreign agencies",
    "foreign-backed elements",
    "the killed militants",
    "local facilitators",
    "neighbouring countries",
)
ACCUSED_EXPRESSIONS_STATE = (
    "the security agencies",
    "state-backed militias",
    "the authorities",
    "the intelligence services",
)

# --- descriptions (the curator's paraphrase; every curated claim has one) -------------------------------
DESCRIPTIONS = {
    "CasualtyClaim": "{claimant} says {n} {victims} were {pp} in {event}.",
    "Accusation": "{claimant} accuses {accused} of {allegation}.",
    "Denial": "{claimant} denies the accusation made by {accuser}.",
    "ResponsibilityClaim": "{claimant} claims responsibility for {event}.",
    "ResponsibilityAttribution": "{claimant} attributes {event} to {responsible}.",
    "Commendation": "{claimant} commends {commended}.",
    "CallForInquiry": "{claimant} calls for an inquiry into {event}.",
    "AppealForRestraint": "{claimant} appeals for restraint.",
    "SituationAssessment": "{claimant} assesses the situation in {place}.",
    "Characterisation": "{claimant} characterises {event}.",
    "OperationalClaim": "{claimant} describes the conduct of {event}.",
    "Pledge": "{claimant} makes a pledge about {event}.",
}

# --- article furniture ---------------------------------------------------------------------------------
HEADLINES = (
    "{Figure} Killed in {Place} {Noun}",
    "Security Forces Step Up Operations in {Province} After {Place} {Noun}",
    "Conflicting Figures Emerge After {Place} {Noun}",
    "Tensions Rise in {Province} Following {Place} {Noun}",
)
BOILERPLATE = (
    "Share:\n\nThis Post Has 0 Comments\n\nLeave a Reply\n",
    "Share:\n\nRelated Posts\n\nNo comments yet. Be the first to comment!\n",
)
MENTIONS = {
    "country": (
        "The province shares a long border with {the}[[{label}]].",
        "Officials have raised the matter with {the}[[{label}]].",
        "Trade with {the}[[{label}]] has been disrupted by the violence.",
        "Some of the fighters are believed to have crossed over from {the}[[{label}]].",
    ),
    "place": (
        "Traders in [[{label}]] kept their shops closed.",
        "Checkpoints were set up on roads leading to [[{label}]].",
        "Schools in [[{label}]] remained shut.",
        "Residents of [[{label}]] reported a heavy security presence.",
        "Mobile phone services in [[{label}]] were suspended.",
        "A curfew was imposed in [[{label}]] for several hours.",
        "Hundreds of people rallied in [[{label}]] to condemn the violence.",
    ),
    "Person": (
        "[[{label}]] has followed the conflict for years.",
        "Reporters spoke to [[{label}]] after the briefing.",
    ),
    "ArmedGroup": (
        "The [[{label}]] has been active in the area.",
        "Posters of the [[{label}]] appeared in several towns.",
    ),
    "actor": (
        "Officials of the [[{label}]] have not commented.",
        "Representatives of the [[{label}]] attended a meeting in {city}.",
    ),
    "NewsAgency": ("The [[{label}]] contributed to this report.",),
}
FILLER = (
    "{Province} is rich in natural resources but remains one of the poorest regions of the country.",
    "Mobile internet services were suspended in parts of {province} as a precaution.",
    "Residents said they heard gunfire late into the night.",
    "The injured were taken to a hospital in {city}, where an emergency was declared.",
    "Security was tightened at government buildings across {province}.",
    "Local journalists said access to the area remained restricted.",
    "Rights groups have long criticised the lack of transparency around such operations.",
    "The region has seen a rise in violence over the past two years.",
    "Funerals for the victims were held in {city} the following day.",
    "Officials said the main highway through {province} had been reopened.",
    "The provincial assembly is expected to debate the security situation next week.",
    "Many families in {province} have left their villages because of the fighting.",
    "Analysts say the violence reflects long-standing grievances over political representation.",
    "Road links to several districts of {province} were cut for hours.",
    "Shops and markets in {city} reopened after two days.",
    "Development projects in {province} have repeatedly been targeted in recent years.",
    "The authorities announced a reward for information leading to the arrest of the attackers.",
    "Opposition lawmakers demanded a briefing on the security situation.",
    "The violence has disrupted trade routes that run through {province}.",
    "Hospitals in the area appealed for blood donations.",
    "Several suspects were taken into custody for questioning, police said.",
    "Security analysts expect further operations in the coming weeks.",
    "Residents complained of frequent checkpoints and curfews.",
    "The province has a long history of tension with the central government.",
)
