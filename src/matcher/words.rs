//! Word lists of plain English the matcher needs: words that carry no topic, and the cue
//! words that signal what kind of question this is. Nothing here is about any article.

/// Function words and question words: never topic words, never spell-corrected.
pub const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "either",
    "else",
    "even",
    "ever",
    "exactly",
    "few",
    "for",
    "from",
    "further",
    "get",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "please",
    "pls",
    "plz",
    "really",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "whats",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "actually",
    // "why tho", "is he hopeful though": a spoken "though" adds nothing to what is asked.
    "though",
    // "any actual progress", "a real meeting": the adjective of "actually", as empty.
    "actual",
    "still",
    "currently",
    // Negations say whether, not what: the claim's polarity is read from them elsewhere.
    "never",
    "neither",
    "none",
    "nobody",
    // Verbs of seeming only link a subject to what it is: "did Vance sound hopeful" asks
    // whether he was hopeful.
    "sound",
    "sounds",
    "sounded",
    "seem",
    "seems",
    "seemed",
    // Quantifiers of a whole: "this whole get-together" is the get-together.
    "whole",
    "entire",
    "anything",
    "something",
    "thing",
    "things",
    "there",
    "whether",
    "ok",
    "okay",
    "hey",
    "know",
    "tell",
    "let",
    "show",
    "give",
    "like",
    "kind",
    "sort",
    "one",
    "ones",
    "being",
    "any",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "everyone",
    "many",
    "regarding",
    "re",
    "concerning",
    "according",
    "exact",
    "specifically",
    "mention",
    "mentioned",
    "article",
    "report",
    "story",
    "piece",
    "text",
    "make",
    "made",
    "way",
    "much",
    "far",
    "s",
    "d",
    "t",
    "ll",
    "isn",
    "wasn",
    "don",
    "didn",
    "doesn",
    "aren",
    "weren",
    "gonna",
    "wanna",
    "want",
    "say",
    "said",
    "says",
    "did",
    "happen",
    "happened",
    "happening",
    "occur",
    "occurred",
    "official",
    "officials",
    "person",
    "people",
    "guy",
    "man",
    "woman",
    "name",
    "who's",
    // Discourse markers: how a message turns to its question ("ok seriously, what ..."),
    // never what it asks about.
    "anyway",
    "anyways",
    "seriously",
    "honestly",
    "actually",
    "basically",
    "btw",
    "well",
    "um",
    "uh",
    "hmm",
    "lol",
    "sorry",
    "oh",
    "yeah",
];

/// Verbs and nouns of saying: "what did X say", "X's post", "quotes by X".
/// Words asking how things stand now, which the newest report answers best.
pub const LATEST_WORDS: &[&str] = &["latest", "now", "still", "currently", "newest", "recent", "recently", "update", "updates"];

/// Nouns for a report's unnamed sources: "what did the diplomats say".
pub const SOURCE_NOUNS: &[&str] = &["source", "sources", "diplomat", "diplomats", "official", "officials"];

/// Everyday nouns for a report's unnamed sources, which the report itself does not use ("what
/// did one *insider* say"): any of its unnamed sources.
pub const UNNAMED_SOURCE_NOUNS: &[&str] = &["insider", "insiders", "informant", "informants"];

/// Whether `w` is a noun for a report's unnamed sources: its own ([`SOURCE_NOUNS`]) or a
/// reader's ([`UNNAMED_SOURCE_NOUNS`]).
pub fn is_source_noun(w: &str) -> bool {
    is_in(SOURCE_NOUNS, w) || is_in(UNNAMED_SOURCE_NOUNS, w)
}

/// Words a reader uses for what a report relays from people it does not name: its own source
/// nouns, and the everyday ones for them ("insiders", "the leaks", "reportedly").
pub const HEARSAY_WORDS: &[&str] =
    &["insider", "insiders", "leak", "leaks", "leaked", "reportedly", "rumour", "rumours", "rumor", "rumors", "informant", "informants"];

/// "People *close to* the talks", "someone *familiar with* …": who is near the matter, unnamed.
pub const NEAR_WORDS: &[&str] = &["close", "near", "familiar"];

pub const SAY_WORDS: &[&str] = &[
    "say",
    "said",
    "says",
    "saying",
    "sya",
    "tell",
    "told",
    "write",
    "wrote",
    "written",
    "writes",
    "post",
    "posted",
    "posts",
    "tweet",
    "tweeted",
    "tweets",
    "comment",
    "commented",
    "comments",
    "quote",
    "quotes",
    "quoted",
    "word",
    "words",
    "statement",
    "statements",
    "remark",
    "remarks",
    "message",
    "describe",
    "described",
    "warn",
    "warned",
    "claim",
    "claimed",
    "response",
    "respond",
    "responded",
    "react",
    "reacted",
    "reaction",
    "announce",
    "announced",
    "think",
    "thinks",
    "thought",
    "speak",
    "spoke",
    "argue",
    "argued",
    "insist",
    "insisted",
    "add",
    "added",
    "stress",
    "stressed",
    "emphasise",
    "emphasised",
    "emphasize",
    "emphasized",
    "note",
    "noted",
    "put",
    "believe",
    "believes",
];

/// Nouns that name a time as the kind of answer: "what day", "which year".
/// Words that ask what the report names, not what took part in something ("which countries
/// are *mentioned*").
pub const IN_THE_REPORT: &[&str] = &["mentioned", "mention", "mentions", "named", "appear", "appears", "featured", "cited", "referenced"];

/// Nouns for the report itself ("in the *piece*").
pub const REPORT_NOUNS: &[&str] = &["article", "report", "story", "piece"];

pub const TIME_NOUNS: &[&str] = &["day", "date", "year", "month", "week", "time", "hour", "weekday"];

/// Units a length of time is counted in: "how many years", "a three-year conflict".
pub const TIME_UNITS: &[&str] =
    &["year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decade", "decades", "minute", "minutes"];

/// Nouns that ask for a share: "what percentage", "which fraction".
pub const SHARE_NOUNS: &[&str] = &["fraction", "percentage", "percent", "%", "proportion", "share", "portion"];

/// Nouns that name a place as the kind of answer: "which city", "what venue".
pub const PLACE_NOUNS: &[&str] = &["city", "town", "venue", "location", "place", "capital"];

/// Light nouns that head a compound whose modifier is the topic: "the sanctions *row*", "the
/// Crimea *issue*", "the ceasefire *thing*" are about sanctions, Crimea, a ceasefire.
pub const LIGHT_NOUNS: &[&str] = &[
    "issue",
    "issues",
    "question",
    "matter",
    "thing",
    "things",
    "stuff",
    "situation",
    "story",
    "business",
    "debate",
    "dispute",
    "disputes",
    "row",
    "rows",
    "fight",
    "argument",
    "arguments",
    "quarrel",
    "saga",
    "affair",
    "topic",
    "controversy",
    "drama",
];

/// Words that set two stands side by side ("how does her position *compare* with his"): they
/// ask for both stands, and are no topic of either.
pub const COMPARE_WORDS: &[&str] = &[
    "compare",
    "compares",
    "compared",
    "comparing",
    "comparison",
    "versus",
    "vs",
    "contrast",
    "contrasts",
    "differ",
    "differs",
    "differed",
    "difference",
    "differences",
    "diverge",
    "diverges",
];

/// Nouns for a stand itself ("what *position* does Kyiv hold on Crimea"): what a stand's answer
/// is, not a word its evidence must have.
pub const STANCE_NOUNS: &[&str] = &["position", "positions", "stance", "stances", "view", "views"];

/// Words that ask for someone's job: "what job does Lammy have".
pub const JOB_WORDS: &[&str] = &[
    "job",
    "role",
    "title",
    "position",
    "post",
    "work",
    "works",
    "working",
    "employer",
    "boss",
    "occupation",
    "profession",
    "function",
    "office",
    "capacity",
    "portfolio",
    "represent",
    "represents",
];

/// Words that ask where someone stands.
pub const POSITION_WORDS: &[&str] = &[
    "position",
    "positions",
    "stance",
    "stand",
    "stands",
    "view",
    "views",
    "want",
    "wants",
    "wanted",
    "think",
    "thinks",
    "oppose",
    "opposes",
    "opposed",
    "against",
    "support",
    "supports",
    "accept",
    "accepts",
    "reject",
    "rejects",
    "rejected",
    "conditions",
    "condition",
    "demand",
    "demands",
    "insist",
    "insists",
    "feel",
    "feels",
    "believe",
    "believes",
    "seek",
    "seeks",
    "push",
    "pushing",
    "favour",
    "favor",
    "line",
    "agree",
    "agrees",
    "refuse",
    "refuses",
    "willing",
    "ready",
    "prepared",
];

/// The stems of [`POSITION_WORDS`]: a stand is taken in any form of its verb ("agreed",
/// "accepted", "refused"). "willing" stems to the auxiliary "will", which takes no stand.
pub fn position_stems() -> &'static std::collections::HashSet<String> {
    static STEMS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    STEMS.get_or_init(|| POSITION_WORDS.iter().map(|w| super::tokens::stem(w)).filter(|s| !is_in(AUXILIARIES, s)).collect())
}

/// Adverbs of time that stand between a doer and its verb: "Kyiv *already* agreed", "has it
/// *now* accepted", "*never* refused".
pub const STAND_ADVERBS: &[&str] = &["already", "now", "just", "still", "never", "not", "also", "yet", "since", "ever"];

/// Nouns for those who act besides people's titles and the words for someone's people: "which
/// *country* is pressing …", "which two cabinet *members* …".
pub const ACTOR_NOUNS: &[&str] = &[
    "country",
    "countries",
    "nation",
    "nations",
    "side",
    "sides",
    "government",
    "governments",
    "member",
    "members",
    "party",
    "parties",
    "group",
    "groups",
    "leader",
    "leaders",
    "politician",
    "politicians",
    "one",
    "ones",
    "agency",
    "outlet",
    "newspaper",
    "publication",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "participant",
    "participants",
    "delegate",
    "delegates",
];

/// Words that ask for proposals.
pub const PROPOSAL_WORDS: &[&str] = &[
    "proposal",
    "proposals",
    "propose",
    "proposed",
    "proposes",
    "plan",
    "plans",
    "idea",
    "ideas",
    "offer",
    "offered",
    "concession",
    "concessions",
    "suggest",
    "suggested",
    "suggestion",
    "suggestions",
    "terms",
    "framework",
    "blueprint",
    "table",
    "package",
    "packages",
    "pitch",
    "pitched",
];

/// Verbs of making a proposal besides the proposal words themselves ("what did Witkoff
/// *present*", "what has Kyiv *put* forward"): their subject is the proposer.
pub const PROPOSING_VERBS: &[&str] = &[
    "present",
    "presented",
    "presents",
    "put",
    "puts",
    "issue",
    "issued",
    "issues",
    "draft",
    "drafted",
    "drafts",
    "make",
    "made",
    "makes",
    "bring",
    "brought",
    "brings",
    "submit",
    "submitted",
    "pitch",
    "pitched",
    "float",
    "floated",
    "lay",
    "laid",
    "come",
    "came",
    "want",
    "wants",
    "wanted",
    "include",
    "included",
    "includes",
    "demand",
    "demanded",
    "demands",
    "ask",
    "asked",
    "asks",
    "seek",
    "sought",
    "seeks",
];

/// Stems of verbs that present a proposal without saying so ("what did the envoy *float*"):
/// said of a party, "what" asks what it proposed.
pub const PRESENTING_STEMS: &[&str] = &["present", "submit", "pitch", "float", "tabl", "offer", "propos", "suggest", "unveil", "outlin"];

/// Small talk: a message made only of these is not a question about the article.
pub const GREETING_WORDS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "heya",
    "hiya",
    "yo",
    "howdy",
    "greetings",
    "morning",
    "evening",
    "afternoon",
    "good",
    "night",
    "sup",
    "hallo",
    "privet",
    "bonjour",
    "hola",
    "there",
    "bot",
    "parley",
    "start",
];
/// Words that ask to go on: "more", "else", "elaborate" ("tell me more", "anything else?").
pub const MORE_CUES: &[&str] = &["more", "else", "elaborate", "continue", "details", "detail", "further", "expand", "go", "keep", "carry"];
/// Words a request to go on may hold besides its cue: "can you tell me a bit more please".
pub const MORE_WORDS: &[&str] = &[
    "tell",
    "me",
    "say",
    "said",
    "anything",
    "something",
    "can",
    "could",
    "you",
    "pls",
    "plz",
    "please",
    "ok",
    "okay",
    "and",
    "what",
    "a",
    "bit",
    "little",
    "some",
    "on",
    "us",
    "give",
    "there",
    "is",
    "any",
    "that",
    "about",
    "it",
    "this",
    "was",
    "the",
    "so",
    "yes",
    "yeah",
    "going",
    "explain",
    "info",
    "information",
    "add",
    "know",
    "want",
    "to",
    "i",
    "d",
    "like",
    "would",
    "need",
    "does",
    "do",
    "article",
    "report",
];
/// The words that make a message thanks or a farewell (the rest of [`THANKS_WORDS`] only go
/// with them).
pub const SIGN_OFFS: &[&str] = &["thanks", "thank", "thx", "ty", "cheers", "ta", "bye", "goodbye", "thankyou", "appreciated", "appreciate", "cya", "later"];
/// Words of apology, which a message's closing sentence may be made of ("sorry for my english").
pub const APOLOGIES: &[&str] = &["sorry", "apologies", "apologise", "apologize", "pardon"];
pub const THANKS_WORDS: &[&str] = &[
    "thanks",
    "thank",
    "thx",
    "ty",
    "cheers",
    "ta",
    "appreciated",
    "appreciate",
    "great",
    "cool",
    "nice",
    "awesome",
    "perfect",
    "you",
    "much",
    "so",
    "very",
    "lot",
    "a",
    "ok",
    "okay",
    "bye",
    "goodbye",
    "later",
    "see",
    "ya",
    "cya",
    "got",
    "it",
    "thankyou",
    "many",
    "good",
    "job",
    "well",
    "done",
    "lol",
    "haha",
];

/// Phrases of instructions aimed at the bot rather than questions about the article.
pub const INJECTION_CUES: &[&[&str]] = &[
    &["ignore"],
    &["disregard"],
    &["forget", "your"],
    &["forget", "the"],
    &["forget", "all"],
    &["from", "now", "on"],
    &["you", "are", "now"],
    &["you", "are", "a"],
    &["you", "are", "an"],
    &["pretend"],
    &["act", "as"],
    &["roleplay"],
    &["role", "play"],
    &["system", "prompt"],
    &["new", "instructions"],
    &["your", "instructions"],
    &["jailbreak"],
    &["say", "that"],
    &["repeat", "after"],
    // Any verb of answering stands for "answer" ("respond only", "reply only"): see `same_cue`.
    &["answer", "only"],
    &["developer", "mode"],
];

/// Predicates that take a question as their object ("I need to **know** where…", "my boss
/// **asked** me what…", "any **idea** when…"): English grammar's closed class of verbs and
/// nouns of knowing, asking and telling. What comes before them is the asker's frame.
pub const EMBEDS_QUESTION: &[&str] = &[
    "know",
    "knows",
    "knew",
    "tell",
    "telling",
    "wonder",
    "wondering",
    "wondered",
    "ask",
    "asks",
    "asked",
    "asking",
    "explain",
    "idea",
    "curious",
    "remind",
    "understand",
    "clarify",
    "remember",
    "sure",
    "out",
    "learn",
    "figure",
];

/// Words that link a question to the talk before it and ask nothing ("ok now, who …", "so did …").
/// Interjections and courtesies belong here too ("sorry, who is Witkoff", "hey what did Lammy
/// post", "hmm when was that"): a message opens with them without their being part of what it asks.
pub const DISCOURSE_MARKERS: &[&str] = &[
    "so", "and", "but", "ok", "okay", "then", "also", "well", "now", "alright", "please", "pls", "plz", "sorry", "hey", "hi", "hello", "hmm", "um", "uh", "oh",
    "yeah", "btw",
];

/// Where a question starts after its discourse markers: "ok now, who did he meet" at "who".
pub fn question_start<W: AsRef<str>>(words: &[W]) -> usize {
    words.iter().take_while(|w| DISCOURSE_MARKERS.contains(&w.as_ref())).count()
}

/// Prepositions a lexicon group may hold for the verb they stand for ("against" for
/// "oppose"): a question's "against" finds "opposes", but the article's "support Kyiv *against*
/// Moscow" is no one opposing anything, so they are never another word's synonym.
pub const ONE_WAY_SYNONYMS: &[&str] = &["against", "without", "beyond", "toward", "towards", "versus", "amid", "despite"];

/// Prepositions a question word may be fronted with ("*on* which platform", "*in* what city").
pub const PREPOSITIONS: &[&str] = &["on", "in", "at", "from", "for", "by", "with", "to", "through", "via", "during"];

/// Nouns for a point in time, as a question asks of one: "why is the *timing* critical".
pub const MOMENT_NOUNS: &[&str] = &["time", "timing", "moment", "juncture"];

/// Nouns a question asks for a party by ("*which country* is pushing for …", "which side
/// wants …"): after "which", as "who" asks for one.
pub const PARTY_NOUNS: &[&str] = &["country", "nation", "side", "government"];

/// Whether a noun after "how much" makes it a learner's "how many" ("how much sanctions"): a
/// plural, not a mass noun ("how much land").
pub fn much_means_many(noun: &str) -> bool {
    noun.len() > 3 && noun.ends_with('s')
}

/// The question words (that also open an embedded question).
pub const WH_WORDS: &[&str] = &["who", "whose", "whom", "which", "what", "when", "where", "why", "how"];

/// Whether the first auxiliary of `words` is one of the future ("*will* Russia say yes",
/// "what date exactly *will* Rubio come", "is it *gonna* happen"): their own verb asks what
/// will be, not what someone said would be.
pub fn will_first<W: AsRef<str>>(words: &[W]) -> bool {
    words.iter().map(AsRef::as_ref).find(|w| is_in(AUXILIARIES, w) || *w == "gonna").is_some_and(|w| matches!(w, "will" | "gonna" | "shall"))
}

/// Auxiliaries that open a yes/no question ("did", "is", "can" …).
pub const AUXILIARIES: &[&str] =
    &["did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "can", "could", "will", "would", "should", "shall", "may"];

/// Adverbs that narrow a question's focus without adding to what it asks ("who *exactly* is
/// Witkoff", "who said that *exactly*", "who *actually* said so").
pub const FOCUS_ADVERBS: &[&str] = &["exactly", "precisely", "actually", "really", "originally", "again"];

/// Adjectives of readiness before a verb ("ready to negotiate", "willing to recognise"): they
/// frame what someone would do rather than name it.
pub const READINESS: &[&str] = &["ready", "willing", "prepared", "inclined"];

/// Verbs of answering, any of which an instruction may narrow ("reply only in French", "answer
/// only yes").
pub const ANSWERING_VERBS: &[&str] = &["answer", "respond", "reply", "write"];

/// Whether a clause's words hold one of the [`INJECTION_CUES`]. A cue that is a verb ("say
/// that", "ignore") instructs only as an imperative: inside a question about someone ("did
/// anyone *say that* Putin would come", "did Kyiv *ignore* the plan") it is what the question
/// asks about; a question put to the bot ("can you ignore …") is still a request.
pub fn is_instruction(words: &[&str]) -> bool {
    if asks_for_own_setup(words) {
        return true;
    }
    let asks_about_someone = words.first().is_some_and(|w| is_in(WH_WORDS, w) || is_in(AUXILIARIES, w) && words.get(1) != Some(&"you"));
    INJECTION_CUES.iter().any(|cue| {
        let verb = matches!(cue[0], "ignore" | "disregard" | "forget" | "pretend" | "act" | "roleplay" | "say" | "repeat" | "answer");
        // "… - which day did *he say that*?": a verb of saying with a subject of its own reports
        // what someone said; an instruction's verb has none.
        let reported = |i: usize| i > 0 && matches!(words[i - 1], "he" | "she" | "they" | "it" | "we" | "who");
        words.windows(cue.len()).enumerate().any(|(i, w)| same_cue(w, cue) && !(verb && (asks_about_someone && i > 0 || reported(i))))
    })
}

/// What a bot is set up with, as a message asks to see or change it: "print *your hidden
/// prompt*", "show me your rules", "debug *mode on*". A report has none of these.
const SETUP_NOUNS: &[&str] = &["prompt", "prompts", "instruction", "instructions", "rules", "guidelines", "programming", "settings", "config", "configuration"];

/// Whether a clause asks for the bot's own setup: "your" and, within three words, one of the
/// [`SETUP_NOUNS`] ("your hidden prompt", "your system instructions"), or a mode switched on.
fn asks_for_own_setup(words: &[&str]) -> bool {
    let yours = words.iter().enumerate().any(|(i, w)| *w == "your" && words[i + 1..].iter().take(3).any(|n| SETUP_NOUNS.contains(n)));
    let switched = words.windows(2).any(|w| w[0] == "mode" && matches!(w[1], "on" | "enabled" | "activated"));
    yours || switched
}

/// A cue's words, in either number ("new instruction" for "new instructions") and with any
/// verb of answering for its "answer" ("reply only in French").
fn same_cue(w: &[&str], cue: &[&str]) -> bool {
    w.iter().zip(cue).all(|(w, c)| {
        let plural = |a: &str, b: &str| b.len() > 3 && a.strip_suffix('s') == Some(b);
        w == c || plural(w, c) || plural(c, w) || (*c == "answer" && ANSWERING_VERBS.contains(w))
    })
}

/// Whether `w` is in `list`; the long stopword list is looked up in a hash set.
pub fn is_in(list: &[&str], w: &str) -> bool {
    if std::ptr::eq(list, STOPWORDS) {
        return is_stopword(w);
    }
    list.contains(&w)
}

/// Whether a word is a verb or noun of saying: one of [`SAY_WORDS`], or another form of one
/// ("remarked" for "remark", "insists" for "insist"): the list names each verb once or twice,
/// the stem finds its other inflections.
pub fn is_saying(word: &str, stem: &str) -> bool {
    static STEMS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SAY_WORDS.contains(&word) || STEMS.get_or_init(|| SAY_WORDS.iter().map(|w| crate::matcher::tokens::stem(w)).collect()).contains(stem)
}

pub fn is_stopword(w: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect()).contains(w)
}

/// Verbs of holding a view ("does Vance *reckon* …", "do you *think* …").
pub const THINKING: &[&str] = &["think", "believe", "reckon", "feel"];

/// Causal links whose cause comes first ("X prompted Y", "…, raising questions"), as stems
/// (an irregular past's stem is its base form's: "led" is "lead") and as the past forms a
/// question opens with ("what *led* …").
pub const CAUSE_FIRST: &[&str] = &["prompt", "trigger", "caus", "led", "lead", "forc", "spark", "rais", "made", "meant", "mean", "drove", "drive", "push"];

/// Words for a warning, threat or ultimatum, as stem prefixes: what a question asks when it asks
/// for one is a condition someone set ("walk away *if* there is no progress").
pub const WARNING_STEMS: &[&str] = &["threat", "ultimatum", "warn"];

/// Verbs of answering something, as stem prefixes ("how did Kyiv *respond*", "did Moscow
/// *accept* it", "has Europe *rejected* the plan"): their subject is the one whose answer is
/// asked.
pub const RESPONSE_STEMS: &[&str] = &["accept", "reject", "welcom"];

/// Verbs of answering that take no side ("did Kyiv *answer*", "has Moscow *reacted*"): that
/// someone answered says nothing of whether they agreed.
pub const NEUTRAL_RESPONSE_STEMS: &[&str] = &["respond", "react", "repli", "reply", "answer"];

/// Whether `stem` is a verb of answering ([`RESPONSE_STEMS`], [`NEUTRAL_RESPONSE_STEMS`]):
/// "rejected", "accepts", "replied".
pub fn is_response(stem: &str) -> bool {
    is_neutral_response(stem) || RESPONSE_STEMS.iter().any(|r| stem.starts_with(r))
}

/// Whether `stem` is a verb of answering that takes no side ([`NEUTRAL_RESPONSE_STEMS`]).
pub fn is_neutral_response(stem: &str) -> bool {
    NEUTRAL_RESPONSE_STEMS.iter().any(|r| stem.starts_with(r))
}

/// Verbs of speaking with someone, in the forms a question or a report uses ("did Rubio *talk*
/// to the Brits", "Rubio *spoke* to Lammy").
pub const TALK_VERBS: &[&str] = &[
    "talk",
    "talked",
    "speak",
    "spoke",
    "spoken",
    "call",
    "called",
    "phone",
    "phoned",
    "ring",
    "rang",
    "rung",
    "chat",
    "chatted",
    "contact",
    "contacted",
    "discuss",
    "discussed",
    "discussions",
];

/// Verbs and nouns of meeting someone ("did Healey *meet* Kellogg", "Healey was also *meeting* …").
pub const MEET_VERBS: &[&str] =
    &["meet", "met", "meeting", "meetings", "sit", "sat", "sitting", "see", "saw", "seen", "contact", "contacted", "discuss", "discussed", "discussions"];

/// Words that make something a plan, not what happened ("were *supposed* to meet", "the
/// ministers *due* at the meeting", "was *meant* to attend").
pub const PLANNED: &[&str] = &["supposed", "meant", "due", "scheduled", "planned", "expected"];

/// Words that ask for the particulars of something ("which sanctions *exactly*").
pub const PRECISION_WORDS: &[&str] = &["exact", "exactly", "specific", "specifically", "precise", "precisely", "particular", "particularly"];

/// Verbs of exchanging views whose object is the topic of a meeting ("what did they *discuss*",
/// "what was *agreed*", "what did they *talk* about"), in the forms a question uses.
pub const EXCHANGE_VERBS: &[&str] =
    &["discuss", "discussed", "talk", "talked", "agree", "agreed", "negotiate", "negotiated", "chat", "chatted", "cover", "covered", "debate", "debated"];

/// Nouns after which "of" names a meeting's topic ("at the *heart* of the talks was …").
pub const TOPIC_NOUNS: &[&str] = &["heart", "focus", "centre", "center", "subject", "topic", "agenda", "theme"];

/// Nouns and verbs of a meeting after which "on" or "about" names its topic ("meetings … *on*
/// how to stop the fighting", "discussions *on* territorial issues").
pub const MEETING_WORDS: &[&str] =
    &["talks", "meeting", "meetings", "discussion", "discussions", "discussed", "negotiations", "session", "sessions", "call", "conversation", "spoke"];

/// Nouns for someone's answer to something, owned by them ("Russia's *view* on the swaps").
pub const RESPONSE_NOUNS: &[&str] = &["response", "reaction", "reply", "answer", "view", "views", "verdict", "take", "opinion", "thoughts"];

/// Verbs that read one thing as a sign of another ("the cancellation *underlined* the
/// difficulty", "the jitters could *indicate* that …", "*underscoring* the gaps"), as stems: the
/// sign comes before them and what it shows after.
pub const SIGN_LINKS: &[&str] = &[
    "underlin",
    "underscor",
    "indic",
    "show",
    "shown",
    "suggest",
    "signal",
    "signifi",
    "impli",
    "reveal",
    "demonstr",
    "highlight",
    "reflect",
    "hint",
    "mean",
    "meant",
];

/// Predicates that ask what something signifies ("why does that *matter*", "why is it
/// *important*"), as stems.
pub const SIGNIFICANCE: &[&str] = &["matter", "import", "signific", "relev", "crucial"];

/// Nouns that ask what something was a sign of ("what was it a *sign* of"), as stems.
pub const SIGN_NOUNS: &[&str] = &["sign", "signal", "indic", "symptom"];

/// Nouns that ask what something was for ("what was the *aim* of the talks", "the *point* of
/// Wednesday's sit-down"), as stems.
pub const PURPOSE_NOUNS: &[&str] = &["aim", "goal", "point", "purpos", "object", "agenda"];

/// Verbs of setting out ("what were they *trying* / *supposed* / *meant* to work out"), as stems.
/// With [`GETTING_DONE`] after "to" they ask for an aim; they are not its topic.
pub const SETTING_OUT: &[&str] = &["tri", "suppos", "meant"];

/// Verbs of getting something done ("trying to *work* out", "supposed to *figure* out"), as
/// stems: what a verb of [`SETTING_OUT`] asks the aim of.
pub const GETTING_DONE: &[&str] = &["work", "figur", "achiev", "accomplish", "sort"];

/// Words after which a sentence says what something was for ("held meetings … to *try* to
/// revive the talks", "an *attempt* to establish …", "*aimed* at", "*seeking* to"), as stems:
/// the means come before them and the aim after.
pub const PURPOSE_LINKS: &[&str] = &["tri", "attempt", "aim", "seek", "bid"];

/// Nouns that ask for why something happened ("what was the *reason* …", "any *explanation*?",
/// "what's the *theory*"), as stems: the answer asked for, not what it is about.
pub const REASON_NOUNS: &[&str] = &["reason", "explan", "explain", "motiv", "rational", "theori", "caus"];

/// Nouns that ask for what something led to ("what was the *result* of …"), as stems.
pub const EFFECT_NOUNS: &[&str] = &["result", "consequ", "effect", "outcom", "impact", "fallout", "aftermath"];

/// What someone did, asked with a verb that names no act of its own: "what did Witkoff *do*",
/// "what *role* did Kellogg *play*", "what has Rubio been *up* to".
pub const DEED_WORDS: &[&str] = &["do", "done", "doing", "play", "played", "playing", "role", "part", "up"];

/// Words that only place a question in time ("what did Trump do *back in February*", "on
/// Sunday", "last week"): the calendar's names and the words around them.
pub const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "yesterday",
    "today",
    "week",
    "weekend",
    "month",
    "year",
    "ago",
    "back",
    "earlier",
    "last",
];

/// Verbs that, before a link, ask what followed ("what *happened* after …", "what *changed*
/// because …"), as stems; with "lead" ("what did it lead to") they are the words of an effect
/// question, not what it is about.
pub const FOLLOW_VERBS: &[&str] = &["happen", "chang"];

/// Causal links whose effect comes first ("Y after X", "Y because X"), as stems; opening a
/// sentence ("Since X, Y") they put the effect after the comma.
pub const EFFECT_FIRST: &[&str] = &["after", "becaus", "sinc", "due", "amid", "follow"];

/// The closed class of words that negate a clause. Read by the yes/no verdict, which compares
/// a question's polarity with its evidence's.
pub const NEGATIVE_WORDS: &[&str] = &["not", "no", "zero", "never", "nor", "neither", "none", "nobody", "nothing", "without"];

/// Stems of verbs, nouns and adjectives whose meaning is "not do" or "not accept" (negative
/// implicatives: "Rubio cancelled his trip" says he did not go; "a no-show" that he did not
/// come). Unlike the negative words they count in a question too: "has Kyiv turned down…"
/// against "…rejected by Kyiv" is a yes.
pub const NEGATING_STEMS: &[&str] =
    &["cancel", "reject", "refus", "unaccept", "oppos", "deni", "fail", "scrap", "abandon", "declin", "dismiss", "no-show", "skip", "bail", "ditch", "drop"];

/// Nouns for a person that a side adjective can narrow: "which Ukrainian official", "his
/// British counterpart".
pub const PERSON_NOUNS: &[&str] = &[
    "official",
    "officials",
    "minister",
    "leader",
    "diplomat",
    "person",
    "politician",
    "figure",
    "representative",
    "spokesperson",
    "envoy",
    "counterpart",
    "counterparts",
];

/// Verbs of calling something off, the part of [`NEGATING_STEMS`] that says an event did not
/// take place ("cancelled his trip", "a no-show", "scrapped the meeting"), not that an offer was
/// refused.
pub const CALLING_OFF: &[&str] = &["cancel", "scrap", "abandon", "no-show", "skip", "bail", "ditch", "drop", "postpon"];

/// Whether `stem` is a stem of calling off ([`CALLING_OFF`]): "cancelled", "scrapped".
pub fn calls_off(stem: &str) -> bool {
    CALLING_OFF.contains(&stem)
}

/// Stems of verbs of being somewhere or taking place ("attend", "turn up", "make it", "go
/// ahead", "was held"): what a thing called off did not do.
pub const TAKING_PLACE: &[&str] = &[
    "attend", "go", "went", "gone", "come", "came", "turn", "show", "make", "made", "travel", "fli", "flew", "visit", "arriv", "happen", "take", "took",
    "taken", "held", "hold", "appear", "join", "proceed", "ahead", "occur",
];

/// Two-word phrases meaning "not do" ("turn down", "rule out"), as a verb's beginning and its
/// particle.
pub const NEGATING_PHRASES: &[(&str, &str)] = &[
    ("turn", "down"),
    ("turned", "down"),
    ("rule", "out"),
    ("ruled", "out"),
    ("ruling", "out"),
    ("called", "off"),
    ("call", "off"),
    ("pull", "out"),
    ("pulled", "out"),
    ("back", "out"),
    ("backed", "out"),
    ("walk", "away"),
];

/// Words that make a clause a supposition rather than a claim: "if Russia opts for a pause",
/// "Washington could walk away", "either say yes or …".
pub const SUPPOSING: &[&str] = &["if", "unless", "whether", "suppose", "supposing", "could", "would", "might", "may", "either"];

/// Words that open a new clause inside a sentence.
pub const CLAUSE_OPENERS: &[&str] = &["after", "before", "but", "while", "which", "because", "although", "though", "whereas", "since", "until", "when"];

/// Nouns of kind: "what *sort* of deal" asks for the deal's kind, not a "sort".
pub const KIND_NOUNS: &[&str] = &["kind", "kinds", "sort", "sorts", "type", "types", "part", "parts", "bit", "thing", "things", "way", "ways"];
