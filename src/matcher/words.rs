//! Word lists of plain English the matcher needs: words that carry no topic, and the cue
//! words that signal what kind of question this is. Nothing here is about any article.

/// Function words and question words: never topic words, never spell-corrected.
pub const STOPWORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
    "during", "each", "either", "else", "even", "ever", "exactly", "few", "for", "from", "further", "get",
    "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "might", "more", "most", "much",
    "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
    "ours", "out", "over", "own", "please", "pls", "plz", "really", "same", "shall", "she", "should", "so",
    "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
    "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "very", "via", "was", "we",
    "were", "what", "whats", "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "would", "you", "your", "yours", "yourself", "actually", "still", "currently", "anything", "something",
    "thing", "things", "there", "whether", "ok", "okay", "hey", "know", "tell", "let", "show", "give", "like",
    "kind", "sort", "one", "ones", "being", "any", "anyone", "someone", "somebody", "everyone", "many",
    "regarding", "re", "concerning", "according", "exact", "specifically", "mention", "mentioned", "article",
    "report", "story", "piece", "text", "make", "made", "way", "much", "far", "s", "d", "t", "ll", "isn",
    "wasn", "don", "didn", "doesn", "aren", "weren", "gonna", "wanna", "want", "say", "said",
    "says", "did", "happen", "happened", "happening", "occur", "occurred", "official", "officials", "person", "people", "guy", "man", "woman", "name", "who's",
];

/// Verbs and nouns of saying: "what did X say", "X's post", "quotes by X".
pub const SAY_WORDS: &[&str] = &[
    "say", "said", "says", "saying", "sya", "tell", "told", "write", "wrote", "written", "writes", "post",
    "posted", "posts", "tweet", "tweeted", "tweets", "comment", "commented", "comments", "quote", "quotes",
    "quoted", "word", "words", "statement", "statements", "remark", "remarks", "message",
    "describe", "described", "warn", "warned", "claim", "claimed", "response", "respond", "responded",
    "react", "reacted", "reaction", "announce", "announced", "think", "thinks", "thought", "speak", "spoke",
    "argue", "argued", "insist", "insisted", "add", "added", "stress", "stressed", "emphasise", "emphasised",
    "emphasize", "emphasized", "note", "noted", "put", "believe", "believes",
];

/// Words that ask for someone's job: "what job does Lammy have".
pub const JOB_WORDS: &[&str] = &[
    "job", "role", "title", "position", "post", "work", "works", "working", "employer", "boss", "occupation",
    "profession", "function", "office", "capacity", "represent", "represents",
];

/// Words that ask where someone stands.
pub const POSITION_WORDS: &[&str] = &[
    "position", "positions", "stance", "stand", "stands", "view", "views", "want", "wants", "wanted", "think",
    "thinks", "oppose", "opposes", "opposed", "against", "support", "supports", "accept", "accepts", "reject",
    "rejects", "rejected", "conditions", "condition", "demand", "demands", "insist", "insists", "feel",
    "feels", "believe", "believes", "seek", "seeks", "push", "pushing", "favour", "favor", "line", "agree",
    "agrees", "refuse", "refuses", "willing", "ready", "prepared",
];

/// Words that ask for proposals.
pub const PROPOSAL_WORDS: &[&str] = &[
    "proposal", "proposals", "propose", "proposed", "proposes", "plan", "plans", "idea", "ideas", "offer",
    "offered", "concession", "concessions", "suggest", "suggested", "suggestion", "suggestions", "terms",
    "framework", "blueprint", "table",
];

/// Small talk: a message made only of these is not a question about the article.
pub const GREETING_WORDS: &[&str] = &[
    "hi", "hello", "hey", "heya", "hiya", "yo", "howdy", "greetings", "morning", "evening", "afternoon",
    "good", "night", "sup", "hallo", "privet", "bonjour", "hola", "there", "bot", "parley", "start",
];
pub const THANKS_WORDS: &[&str] = &[
    "thanks", "thank", "thx", "ty", "cheers", "ta", "appreciated", "appreciate", "great", "cool", "nice",
    "awesome", "perfect", "you", "much", "so", "very", "lot", "a", "ok", "okay", "bye", "goodbye", "later",
    "see", "ya", "cya", "got", "it", "thankyou", "many", "good", "job", "well", "done", "lol", "haha",
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
    &["respond", "only"],
    &["answer", "only"],
    &["developer", "mode"],
];

/// Whether `w` is in `list`; the long stopword list is looked up in a hash set.
pub fn is_in(list: &[&str], w: &str) -> bool {
    if std::ptr::eq(list, STOPWORDS) {
        return is_stopword(w);
    }
    list.contains(&w)
}

pub fn is_stopword(w: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect()).contains(w)
}
