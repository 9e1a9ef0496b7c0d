/// The word lists and phrases that tell page furniture from article text. They are data, kept
/// apart from the logic that applies them, and generic: nothing here knows any one outlet.
enum BoilerplateRules {
    /// Separators between the steps of a breadcrumb trail ("Home / World / Europe").
    static let breadcrumbSeparators = [" / ", " > ", " » ", " › ", " | ", " → ", " :: "]

    /// First steps of a breadcrumb trail; with one of these, two steps are enough.
    static let breadcrumbRoots: Set<String> = [
        "home", "homepage", "start", "main", "index", "news", "archive", "archives", "blog", "articles",
        "stories", "latest", "front page", "you are here:",
    ]

    /// Words that open an image credit or caption credit line. The line is a credit when what
    /// follows the opener is short: a caption credit names a source, it does not tell a story.
    static let imageCreditOpeners = [
        "featured image", "header image", "lead image", "top image", "cover image", "image", "images",
        "photo", "photos", "photograph", "picture", "pictures", "illustration", "graphic", "video",
        "main image", "credit", "credits", "image credit", "image credits", "photo credit", "photo credits",
        "image source", "photo source", "source image", "thumbnail",
    ]

    /// Words that may link the opener to the credited source ("Photo by", "Image courtesy of").
    static let imageCreditLinks = ["from", "by", "via", "courtesy of", "courtesy", ":", "credit:", "-", "–", "—", "©"]

    /// Stock photo agencies and wire services: a short line naming one beside an opener is a credit.
    static let imageSources = stockPhotoSources + ["ap photo", "afp", "reuters", "epa", "associated press"]

    /// Picture libraries: a "Source:" line naming one credits an image, not the article's outlet.
    static let stockPhotoSources = [
        "shutterstock", "getty images", "getty", "istock", "istockphoto", "alamy", "unsplash", "pixabay", "pexels",
        "adobe stock", "dreamstime", "wikimedia", "flickr", "depositphotos", "123rf",
    ]

    /// Longest credit we accept after the opener and link, in words.
    static let maxCreditWords = 6

    /// Labels that end a photo caption with its credit ("… on Monday. Photograph: Jane Roe/Reuters").
    static let captionCreditLabels = [
        "photograph:", "photographs:", "photo:", "photos:", "picture:", "pictures:", "image:", "images:",
        "illustration:", "composite:", "credit:", "photo credit:", "image credit:", "video:",
    ]

    /// Longest caption line, in words: a longer line is a paragraph, whatever it ends with.
    static let maxCaptionWords = 45

    /// Whole lines that are page furniture wherever they appear.
    static let furnitureLines: WordSet = [  // (whole lines are looked up: see WordSet)
        "advertisement", "advertisements", "sponsored", "sponsored content", "skip advertisement",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading", "continue reading below", "continue reading the main story", "read more",
        "read more:", "scroll to continue with content", "share", "share this", "share this:", "share this article",
        "share on facebook", "share on twitter", "tweet", "print", "email", "comments", "leave a comment",
        "related", "related:", "related articles", "related stories", "you may also like", "recommended",
        "subscribe", "sign up", "newsletter", "back to top", "view comments", "click to share",
        "like this:", "loading...", "trending", "most read", "more from", "follow us",
        // Site navigation and footers, as page dumps keep them.
        "skip to main content", "skip to content", "skip to navigation", "jump to content", "menu", "main menu",
        "open menu", "close menu", "close", "navigation", "search", "sign in", "log in", "login", "log out",
        "register", "my account", "about", "about us", "contact", "contact us", "privacy", "privacy policy",
        "terms", "terms of use", "terms of service", "terms and conditions", "cookie policy", "cookies",
        "accept cookies", "accept all cookies", "manage cookies", "cookie settings", "more on this story",
        "top stories", "most popular", "sections", "site map", "sitemap", "help", "faq", "careers", "advertise",
        "advertise with us", "corrections", "rss", "newsletters", "podcasts", "video", "videos", "watch live",
        "listen", "more", "listen to this article", "listen to this story", "audio", "play", "show comments",
        "hide comments", "load comments", "join the conversation",
        // Consent banners' buttons, article tools and comment states.
        "accept all", "reject all", "manage preferences", "manage settings", "print this article", "print article",
        "text size", "gift this article", "gift article", "save", "save article", "saved", "comments are closed",
        "comments are closed.", "previous article", "next article",
    ]

    /// Openings of tail lines that are furniture ("Tags: ...", "Filed under ...").
    static let furniturePrefixes = [
        "tags:", "tagged:", "filed under", "categories:", "category:", "topics:", "related:", "read more:",
        "read also:", "see also:", "share this", "follow us on", "follow me on", "subscribe to",
        "sign up for", "click here", "this article was originally published", "originally published",
        "this story was originally", "all rights reserved", "copyright ©", "©", "reading time:",
    ]

    /// Labels of a line that links to another story ("Read more: Heron nests on city canal").
    /// Such a line is furniture even mid-body when what follows the label is a headline, i.e.
    /// does not end like a sentence.
    static let storyLinkLabels = [
        "related:", "read more:", "read also:", "also read:", "see also:", "more:", "recommended:", "read next:",
        "related story:", "related article:", "related stories:", "related articles:", "must read:", "don't miss:",
        "previous article:", "next article:", "previous post:", "next post:", "previous story:", "next story:",
        "watch:", "listen:",
    ]

    /// Arrows that sites set before or after a link to the previous or next story.
    static let linkArrows: Set<Unicode.Scalar> = ["←", "→", "«", "»", "‹", "›", "<", ">"]

    /// Endings of the closing line that credits other reporters ("… contributed to this report.").
    static let contributorCreditSuffixes = [
        "contributed to this report", "contributed to this story", "contributed to this article",
        "contributed reporting", "contributed reporting to this story", "contributed reporting to this report",
    ]

    /// Longest closing credit line, in words: a longer line is a paragraph that happens to end so.
    static let maxContributorCreditWords = 24

    /// Units of a reading-time line ("4 min read", "5-minute read").
    static let readingTimeUnits: Set<String> = ["min", "mins", "minute", "minutes"]

    /// The verb of a reading- or listening-time line ("4 min read", "6 min listen").
    static let readingTimeVerbs: Set<String> = ["read", "listen", "watch"]

    /// Units of a relative timestamp ("3 hours ago").
    static let relativeTimeUnits: Set<String> = [
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
        "day", "days", "week", "weeks", "month", "months", "year", "years",
    ]

    /// Relative timestamps that stand alone ("Updated yesterday").
    static let relativeTimeWords: Set<String> = ["yesterday", "today", "just now", "moments ago", "an hour ago", "a minute ago"]

    /// Labels before a timestamp, relative or not ("Published: 3 hours ago").
    static let timestampLabels = ["last updated", "updated", "published", "posted", "first published", "modified"]

    /// Counters of reader comments ("42 comments", "Comments (12)").
    static let commentWords: Set<String> = ["comment", "comments", "reply", "replies", "responses"]

    /// Labelled metadata lines ("Author: Jane Doe"); the label decides what the value gives.
    static let fieldLabels: [String: MetadataField] = [
        "title": .title, "headline": .title,
        "author": .author, "authors": .author, "by": .author, "byline": .author, "writer": .author,
        "written by": .author, "reporter": .author, "correspondent": .author,
        "source": .outlet, "outlet": .outlet, "publication": .outlet, "publisher": .outlet, "site": .outlet,
        "newspaper": .outlet, "media": .outlet,
        "date": .date, "published": .date, "published on": .date, "publication date": .date,
        "posted": .date, "posted on": .date, "updated": .updated, "last updated": .updated, "modified": .updated,
        "url": .url, "link": .url, "original url": .url, "canonical": .url, "source url": .url,
        "tags": .other, "keywords": .other, "category": .other, "categories": .other, "section": .other,
        "topics": .other, "language": .other, "lang": .other, "id": .other, "summary": .other,
    ]

    /// Openers of a byline ("By Jane Doe", "Reporting by ...").
    static let bylineOpeners = ["by", "written by", "words by", "story by", "reporting by", "report by", "text by"]

    /// Words that describe an author's job ("By Jane Doe | Staff Writer") or label a timestamp
    /// ("By Jane Doe | Updated 3 hours ago"): text after a byline's bar holding one of them is
    /// not the outlet.
    static let bylineRoleWords: Set<String> = [
        "staff", "writer", "writers", "editor", "editors", "reporter", "reporters", "correspondent", "correspondents",
        "contributor", "contributing", "columnist", "senior", "chief", "freelance", "guest", "intern", "desk",
        "producer", "analyst", "photographer", "updated", "published",
    ]

    /// Lowercase words allowed inside an outlet's name ("Times of the Valley").
    static let outletNameConnectors: Set<String> = ["of", "the", "and", "for", "on", "in", "&", "de", "la", "le", "du", "der", "die"]

    /// Longest line, in words and characters, that reads as a navigation label ("World",
    /// "Privacy Policy", "How the pumps work") rather than a sentence.
    static let maxLabelWords = 4
    static let maxLabelLength = 40

    /// Shortest line that can be a hard-wrapped line of prose: shorter lines that stop without a
    /// full stop are labels or list items, never wrapped sentences.
    static let minWrappedLineLength = 40

    /// Widths, in characters, at which plain text is hard-wrapped (mail, terminals, wire feeds).
    static let hardWrapWidths = 40...100

    /// Separators between a page title and the site's name ("Headline | Outlet").
    static let titleSiteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "]

    /// Capitalised words that never make up a lone byline name.
    static let nonNameWords: Set<String> = [
        "the", "a", "an", "and", "of", "in", "on", "for", "to", "with", "at", "from", "news", "home",
        "updated", "published", "share", "read", "more", "related", "advertisement", "comments", "comment",
        "contact", "about", "menu", "search", "login", "subscribe", "breaking", "live", "latest", "photo",
        "image", "video", "editor", "editors", "staff", "reporter", "report", "world", "business", "politics",
        "opinion", "analysis", "sports", "sport", "technology", "tech", "health", "science", "culture",
        "update", "summary", "introduction", "conclusion", "background", "key", "points", "takeaways",
        "story", "stories", "press", "release", "statement", "exclusive", "watch", "listen", "podcast",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tomorrow", "new", "top", "best", "how", "why", "what", "who", "when", "where",
    ]

    /// Lowercase particles inside personal names ("Ludwig van Beethoven", "Ana de Armas").
    static let nameParticles: Set<String> = [
        "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al",
        "el", "dos", "das", "ter", "ten", "y", "zu", "af", "av",
    ]
}

enum MetadataField {
    case title, author, outlet, date, updated, url, other
}
