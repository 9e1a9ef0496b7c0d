import Briefing

/// The panes of the reader, in focus order.
public enum PaneID: Int, Sendable, CaseIterable {
    case articles, reader, quotes, statistics

    public var name: String {
        switch self {
        case .articles: "Articles"
        case .reader: "Article"
        case .quotes: "Quotes"
        case .statistics: "Statistics"
        }
    }
}

/// Everything the screen shows that is not in the model: selections, scroll positions, focus.
/// A value: the screen is a pure function of it (and the terminal size), and `apply` is the
/// only way it changes.
public struct ReaderState: Sendable {
    public let model: AnalyzedCorpus
    public var focus: PaneID = .articles
    /// Selected row of the article list.
    public var articleCursor = 0
    /// First visible row of the article list.
    public var articleTop = 0
    /// The article shown in the reader.
    public var openArticle = 0
    /// First visible line of the reader.
    public var readerTop = 0
    public var quoteCursor = 0
    public var quoteTop = 0
    /// The passage the reader highlights after a jump from the quotes pane.
    public var highlightedPassage: Int?
    public var statisticsTop = 0

    public init(model: AnalyzedCorpus) {
        self.model = model
    }

    public var articleCount: Int { model.articles.count }

    public var currentArticle: Article? {
        model.articles.indices.contains(openArticle) ? model.articles[openArticle] : nil
    }

    public var currentPassages: [QuotedPassage] {
        model.passages.indices.contains(openArticle) ? model.passages[openArticle] : []
    }
}
