import Briefing

/// A part of a story in the briefing, in the order the briefing shows them.
public enum BriefingSection: Sendable, Hashable, CaseIterable {
    case articles, people, figures, timeline, summary
}

/// One item of the briefing: a story's headline, a section heading, an entry that can be
/// selected (an article, a person, a figure, a date, a summary sentence), or the blank line
/// between stories. Items are the briefing's unit of layout; each draws as one or more rows.
public struct BriefingItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case headline
        case heading(BriefingSection)
        /// Index into `Story.articles`.
        case article(Int)
        /// Index into `Story.people`.
        case person(Int)
        /// Index into `Story.figures`.
        case figure(Int)
        /// Index into `Story.timeline`.
        case event(Int)
        /// The article the summary sentences below come from (corpus index), in a story of
        /// several articles.
        case summarySource(article: Int)
        /// Sentence `sentence` of the summary of `article` (corpus index), in article order.
        case summary(article: Int, sentence: Int)
        case gap
    }

    /// Index into the stories.
    public var story: Int
    public var kind: Kind

    /// True for the items the cursor stands on.
    public var isEntry: Bool {
        switch kind {
        case .article, .person, .figure, .event, .summary: true
        case .headline, .heading, .summarySource, .gap: false
        }
    }
}

/// The items of one story as runs of the same kind, so the item at any place is found by a
/// binary search instead of by listing every item. Built from counts alone: nothing is wrapped
/// or looked up until an item is shown.
struct StoryOutline: Sendable {
    enum RunKind: Sendable, Hashable {
        case headline
        case heading(BriefingSection)
        case articles, people, figures, events
        case summarySource(article: Int)
        case summaries(article: Int)
        case gap

        var isEntry: Bool {
            switch self {
            case .articles, .people, .figures, .events, .summaries: true
            case .headline, .heading, .summarySource, .gap: false
            }
        }
    }

    struct Run: Sendable {
        var kind: RunKind
        /// First item of the run, in the story.
        var start: Int
        var count: Int
        /// Entries in the story before this run.
        var entriesBefore: Int
    }

    private(set) var runs: [Run] = []
    private(set) var itemCount = 0
    private(set) var entryCount = 0

    /// A story's outline: its headline; each section that has something, under its heading;
    /// the summary sentences of each article (after the article's name when there are several);
    /// and, unless it is the last story, a blank line. Empty sections are left out.
    init(_ story: Story, summaryCounts: [Int], gapAfter: Bool) {
        append(.headline, 1)
        for (section, kind, count) in [
            (BriefingSection.articles, RunKind.articles, story.articles.count), (.people, .people, story.people.count),
            (.figures, .figures, story.figures.count), (.timeline, .events, story.timeline.count),
        ] where count > 0 {
            append(.heading(section), 1)
            append(kind, count)
        }
        let summarised = story.articles.filter { summaryCounts.indices.contains($0) && summaryCounts[$0] > 0 }
        if !summarised.isEmpty {
            append(.heading(.summary), 1)
            for article in summarised {
                if story.articles.count > 1 { append(.summarySource(article: article), 1) }
                append(.summaries(article: article), summaryCounts[article])
            }
        }
        if gapAfter { append(.gap, 1) }
    }

    private mutating func append(_ kind: RunKind, _ count: Int) {
        runs.append(Run(kind: kind, start: itemCount, count: count, entriesBefore: entryCount))
        itemCount += count
        if kind.isEntry { entryCount += count }
    }

    /// The item at `local` (0..<itemCount) of story `story`.
    func item(_ local: Int, story: Int) -> BriefingItem {
        let run = runs[Search.last(in: runs.count) { runs[$0].start <= local }]
        let offset = local - run.start
        let kind: BriefingItem.Kind = switch run.kind {
        case .headline: .headline
        case .heading(let section): .heading(section)
        case .articles: .article(offset)
        case .people: .person(offset)
        case .figures: .figure(offset)
        case .events: .event(offset)
        case .summarySource(let article): .summarySource(article: article)
        case .summaries(let article): .summary(article: article, sentence: offset)
        case .gap: .gap
        }
        return BriefingItem(story: story, kind: kind)
    }

    /// The item (in the story) of entry `entry` (0..<entryCount).
    func item(ofEntry entry: Int) -> Int {
        // Entry runs are never empty, so the last run with no more entries before it than
        // `entry` is the entry run that holds it.
        let run = runs[Search.last(in: runs.count) { runs[$0].entriesBefore <= entry }]
        return run.start + (entry - run.entriesBefore)
    }

    /// The entry (in the story) at item `local`, or the number of entries before it when it is
    /// not an entry.
    func entry(atOrAfterItem local: Int) -> Int {
        let run = runs[Search.last(in: runs.count) { runs[$0].start <= local }]
        return run.entriesBefore + (run.kind.isEntry ? local - run.start : 0)
    }
}

/// Where every item and entry of the briefing is, without laying the briefing out: for each
/// story, its first item and its first entry. Built once from counts (articles, people,
/// figures, dates and summary sentences of each story), so a corpus of 100,000 articles costs
/// a few integers a story; the items themselves are built and wrapped only when shown.
public struct BriefingIndex: Sendable {
    public let stories: [Story]
    /// Summary sentences the briefing shows for each article (corpus order).
    let summaryCounts: [Int]
    /// For each story, its first item and first entry; one more at the end holds the totals.
    private let itemStart: [Int]
    private let entryStart: [Int]
    /// What a big story would cost to work out again for every item shown (its outline lists
    /// every article's summary), kept from the start; small stories are worked out when shown.
    private let big: [Int: BigStory]

    /// Stories of more articles than this keep their outline, dates and articles.
    static let bigStory = 32

    struct BigStory: Sendable {
        var outline: StoryOutline
        var dates: (first: String, last: String)?
        var articles: Set<Int>
    }

    public init(stories: [Story], summaryCounts: [Int], articles: [Article] = []) {
        self.stories = stories
        self.summaryCounts = summaryCounts
        var items = [0], entries = [0]
        items.reserveCapacity(stories.count + 1)
        entries.reserveCapacity(stories.count + 1)
        var big: [Int: BigStory] = [:]
        for (s, story) in stories.enumerated() {
            let outline = StoryOutline(story, summaryCounts: summaryCounts, gapAfter: s < stories.count - 1)
            items.append(items[s] + outline.itemCount)
            entries.append(entries[s] + outline.entryCount)
            if story.articles.count > Self.bigStory {
                big[s] = BigStory(outline: outline, dates: Self.dates(story, articles: articles), articles: Set(story.articles))
            }
        }
        itemStart = items
        entryStart = entries
        self.big = big
    }

    /// The first and last dates its articles were published on, if any has one.
    static func dates(_ story: Story, articles: [Article]) -> (first: String, last: String)? {
        let dates = story.articles.compactMap { articles.indices.contains($0) ? articles[$0].published : nil }
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return (first, last)
    }

    /// The dates story `s` was published between.
    func dates(ofStory s: Int, articles: [Article]) -> (first: String, last: String)? {
        if let known = big[s] { return known.dates }
        return stories.indices.contains(s) ? Self.dates(stories[s], articles: articles) : nil
    }

    /// Whether story `s` holds `article`.
    func story(_ s: Int, contains article: Int) -> Bool {
        if let known = big[s] { return known.articles.contains(article) }
        return stories.indices.contains(s) && stories[s].articles.contains(article)
    }

    /// The briefing of a model: its stories, each article with the summary's default length.
    public init(model: AnalyzedCorpus, stories: [Story], summaryLength: Int = Summarizer.defaultLength) {
        let counts = model.articles.indices.map { a in
            model.summaries.indices.contains(a) ? min(model.summaries[a].ranked.count, max(0, summaryLength)) : 0
        }
        self.init(stories: stories, summaryCounts: counts, articles: model.articles)
    }

    public var itemCount: Int { itemStart[itemStart.count - 1] }
    public var entryCount: Int { entryStart[entryStart.count - 1] }

    func outline(_ story: Int) -> StoryOutline {
        big[story]?.outline ?? StoryOutline(stories[story], summaryCounts: summaryCounts, gapAfter: story < stories.count - 1)
    }

    /// The item at `index` (0..<itemCount).
    public func item(_ index: Int) -> BriefingItem {
        let s = Search.last(in: stories.count) { itemStart[$0] <= index }
        return outline(s).item(index - itemStart[s], story: s)
    }

    /// Where entry `entry` (0..<entryCount) is among the items.
    public func itemIndex(ofEntry entry: Int) -> Int {
        // The last story starting at or before the entry: stories without entries before it are
        // passed over.
        let s = Search.last(in: stories.count) { entryStart[$0] <= entry }
        return itemStart[s] + outline(s).item(ofEntry: entry - entryStart[s])
    }

    /// The entry at item `index`, or the first entry after it when it is not an entry (the
    /// entry count when none follows).
    public func entry(atOrAfterItem index: Int) -> Int {
        let s = Search.last(in: stories.count) { itemStart[$0] <= index }
        return entryStart[s] + outline(s).entry(atOrAfterItem: index - itemStart[s])
    }
}

/// Binary search over indices where a condition holds for a prefix and fails after it.
enum Search {
    /// The last index in 0..<count for which `holds` is true, given that it is true for a
    /// prefix of the indices (0 when it holds for none).
    static func last(in count: Int, where holds: (Int) -> Bool) -> Int {
        var low = 0, high = count  // holds for every index < low; fails for every index >= high
        while low < high {
            let mid = (low + high) / 2
            if holds(mid) { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }
}
