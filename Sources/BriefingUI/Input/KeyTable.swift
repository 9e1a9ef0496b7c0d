/// The kinds of view that read keys differently. A binding applies in one or more of them.
public enum KeyContext: Sendable, Hashable, CaseIterable {
    /// The four panes: articles, article, quotes, statistics.
    case panes
    /// The speaker list, where printable keys type into the filter.
    case speakerList
    /// One speaker's quotes across the corpus.
    case speakerQuotes
    /// A list whose entries open a passage of an article: key figures, the timeline, the
    /// mentions of a name.
    case passageList
    /// The people, organisations and places.
    case nameList
    /// The briefing, whose lines open their source in the reader.
    case briefing
    /// The matches of a search, each opening its article at the match.
    case searchResults
    /// Typing on the status line: a search, or a list's filter.
    case prompt
    /// The help over the screen.
    case help

    /// How the README's "Where" column names the context.
    public var name: String {
        switch self {
        case .panes: "panes"
        case .speakerList: "speaker list"
        case .speakerQuotes: "speaker's quotes"
        case .passageList: "lists of figures, dates and mentions"
        case .nameList: "names"
        case .briefing: "briefing"
        case .searchResults: "search results"
        case .prompt: "prompt"
        case .help: "help"
        }
    }
}

/// Every key binding, in one table: the key loop, the status-line hints and the README's key
/// table (checked by a test) all come from here.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// Also takes every printable character that no other binding of its contexts takes, as
    /// `.type(character)`; `action` is then `.type` of a stand-in character.
    public var typesCharacters = false
    public var action: Action
    public var contexts: [KeyContext]
    /// What the action does, for help.
    public var summary: String
    /// A short hint for the status line, or nil to keep it out of the status line.
    public var hint: String?
    /// Which hints survive on a narrow status line: lower ranks first.
    public var hintRank = 0
    /// A different rank in some contexts (q matters less where Esc leads out).
    public var hintRankIn: [KeyContext: Int] = [:]
    /// Hint only when there is a view to go back to.
    public var hintNeedsHistory = false

    public func rank(in context: KeyContext) -> Int { hintRankIn[context] ?? hintRank }

    /// The keys as the README's table lists them: each label in backticks, then, for the typing
    /// binding, "any other character".
    public var labels: [String] {
        keys.map { "`\($0.label)`" } + (typesCharacters ? ["any other character"] : [])
    }

    /// The README's "Where" column: "everywhere", "everywhere but" the few contexts left out,
    /// or the contexts by name.
    public var whereText: String {
        let missing = KeyContext.allCases.filter { !contexts.contains($0) }
        if missing.isEmpty { return "everywhere" }
        // Letters are commands everywhere but where they type (a filter, a prompt).
        if Set(contexts).count > missing.count { return "everywhere but the " + Self.listed(missing.map(\.name)) }
        return KeyContext.allCases.filter(contexts.contains).map(\.name).joined(separator: ", ")
    }

    /// "a", "a and b", "a, b and c".
    static func listed(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// The keys as help names them: "↑ Ctrl-P", "typing".
    public var helpKeys: String {
        (keys.map(\.label) + (typesCharacters ? ["typing"] : [])).joined(separator: " ")
    }
}

public enum KeyTable {
    private static let all = KeyContext.allCases
    /// Views where letters are commands rather than text.
    private static let browsing: [KeyContext] = [.panes, .speakerQuotes, .passageList, .nameList, .briefing, .searchResults]
    /// Where keys scroll without typing: the views where letters are commands, and help.
    private static let scrolling: [KeyContext] = browsing + [.help]
    /// Everywhere but the prompt, where `?` is a character to search for.
    private static let notTyping: [KeyContext] = all.filter { $0 != .prompt }

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .control("p")], action: .moveUp, contexts: all, summary: "Move up", hint: nil),
        // Arrows are what everyone tries first: their hint gives way to the views' own keys.
        KeyBinding(keys: [.down, .control("n")], action: .moveDown, contexts: all, summary: "Move down", hint: "↑↓ move", hintRank: 6),
        KeyBinding(keys: [.character("k")], action: .moveUp, contexts: scrolling, summary: "Move up", hint: nil),
        KeyBinding(keys: [.character("j")], action: .moveDown, contexts: scrolling, summary: "Move down", hint: nil),
        // Ctrl-B and Ctrl-F page as in vi; they type nothing, so they page in the speaker list too.
        KeyBinding(keys: [.pageUp, .control("b")], action: .pageUp, contexts: all, summary: "Scroll up one page", hint: nil),
        KeyBinding(keys: [.pageDown, .control("f")], action: .pageDown, contexts: all, summary: "Scroll down one page", hint: nil),
        KeyBinding(keys: [.character(" ")], action: .pageDown, contexts: scrolling, summary: "Scroll down one page", hint: "Space page", hintRank: 6),
        KeyBinding(keys: [.home], action: .top, contexts: all, summary: "Go to the top", hint: nil),
        KeyBinding(keys: [.end], action: .bottom, contexts: all, summary: "Go to the bottom", hint: nil),
        KeyBinding(keys: [.character("g")], action: .top, contexts: scrolling, summary: "Go to the top", hint: nil),
        KeyBinding(keys: [.character("G")], action: .bottom, contexts: scrolling, summary: "Go to the bottom", hint: nil),
        KeyBinding(keys: [.tab], action: .focusNext, contexts: [.panes],
                   summary: "Focus the next pane (Articles → Article → Quotes → Sidebar)", hint: "Tab pane", hintRank: 4),
        KeyBinding(keys: [.backTab], action: .focusPrevious, contexts: [.panes], summary: "Focus the previous pane", hint: nil),
        KeyBinding(keys: [.enter], action: .open, contexts: [.panes],
                   summary: "Open the selected article; in Quotes, show the quote in the article; in the sidebar, open the figure or date in its sentence, or the name's mentions",
                   hint: "Enter open", hintRank: 2),
        KeyBinding(keys: [.enter], action: .open, contexts: [.speakerList],
                   summary: "Show the selected speaker's quotes from every article", hint: "Enter quotes", hintRank: 2),
        KeyBinding(keys: [.enter], action: .open, contexts: [.speakerQuotes],
                   summary: "Open the quote's article, scrolled to the quote", hint: "Enter open", hintRank: 2),
        KeyBinding(keys: [.enter], action: .open, contexts: [.passageList],
                   summary: "Open the article at the selected entry, its sentence highlighted", hint: "Enter open", hintRank: 2),
        KeyBinding(keys: [.enter], action: .open, contexts: [.nameList],
                   summary: "List every mention of the selected name, in its sentence", hint: "Enter mentions", hintRank: 2),
        KeyBinding(keys: [.enter], action: .open, contexts: [.briefing],
                   summary: "Open the selected line in its article: the article, the quote, or the figure's, date's or summary sentence, highlighted",
                   hint: "Enter open", hintRank: 2),
        KeyBinding(keys: [.enter], action: .open, contexts: [.searchResults],
                   summary: "Open the article at the selected match, scrolled to it and highlighted (a speaker's name: their quotes)",
                   hint: "Enter open", hintRank: 2),
        KeyBinding(keys: [.enter], action: .open, contexts: [.prompt],
                   summary: "Run the search and list its matches; in a list's filter, keep the filter", hint: "Enter done", hintRank: 1),
        KeyBinding(keys: [.character("/")], action: .search, contexts: [.panes, .speakerQuotes, .briefing, .searchResults],
                   summary: "Search titles, text, quotes and speakers' names (type on the status line, Enter runs it)",
                   hint: "/ search", hintRank: 3),
        KeyBinding(keys: [.character("/")], action: .filter, contexts: [.passageList, .nameList],
                   summary: "Filter the list: type on the status line and the list narrows as you type",
                   hint: "/ filter", hintRank: 3),
        KeyBinding(keys: [.character("n")], action: .nextMatch, contexts: [.panes],
                   summary: "Go to the next match of the last search, across articles (wraps to the first)", hint: "n next", hintRank: 8),
        KeyBinding(keys: [.character("N")], action: .previousMatch, contexts: [.panes],
                   summary: "Go to the previous match of the last search (wraps to the last)", hint: nil),
        KeyBinding(keys: [.tab], action: .nextKind, contexts: [.nameList],
                   summary: "Show only people, then organisations, then places, then all names", hint: "Tab kind", hintRank: 3),
        KeyBinding(keys: [.character("f")], action: .figures, contexts: browsing,
                   summary: "List the key figures of the corpus, ranked", hint: "f figures", hintRank: 6),
        KeyBinding(keys: [.character("t")], action: .timeline, contexts: browsing,
                   summary: "List the dated events of the corpus, oldest first", hint: "t timeline", hintRank: 7),
        KeyBinding(keys: [.character("e")], action: .entities, contexts: browsing,
                   summary: "List the people, organisations and places, most mentioned first", hint: "e names", hintRank: 7),
        KeyBinding(keys: [.character("s")], action: .speakers, contexts: browsing,
                   summary: "List the speakers: everyone quoted, with their quotes", hint: "s speakers", hintRank: 5),
        KeyBinding(keys: [.character("b")], action: .briefing, contexts: browsing,
                   summary: "Open the briefing: each story's articles, key people and quotes, figures, timeline and summaries",
                   hint: "b briefing", hintRank: 3, hintRankIn: [.briefing: 9]),
        KeyBinding(keys: [.character("v")], action: .toggleSummary, contexts: [.panes],
                   summary: "Show the open article's summary instead of its text, or its text again", hint: "v summary",
                   hintRank: 7),
        KeyBinding(keys: [.escape], action: .back, contexts: all.filter { $0 != .prompt && $0 != .help },
                   summary: "Go back to exactly where you were before the last jump", hint: "Esc back", hintRank: 1,
                   hintNeedsHistory: true),
        KeyBinding(keys: [.escape], action: .back, contexts: [.prompt],
                   summary: "Cancel the prompt at once (a filter goes back to what it was)", hint: "Esc cancel", hintRank: 0),
        // Closing help is going back (Esc) or quitting it (q, last in the table), so rebinding
        // those actions in the configuration moves these keys too, and rebinding help leaves a
        // way out.
        KeyBinding(keys: [.escape], action: .back, contexts: [.help], summary: "Close help", hint: "Esc close", hintRank: 0),
        KeyBinding(keys: [.backspace], action: .back, contexts: browsing, summary: "Go back, as Esc does", hint: nil),
        KeyBinding(keys: [.backspace], action: .deleteBackward, contexts: [.speakerList],
                   summary: "Delete the filter's last character; with an empty filter, go back", hint: nil),
        KeyBinding(keys: [.backspace], action: .deleteBackward, contexts: [.prompt],
                   summary: "Delete the last character typed; with nothing typed, close the prompt", hint: nil),
        KeyBinding(keys: [.control("u")], action: .clearFilter, contexts: [.speakerList], summary: "Clear the filter",
                   hint: "Ctrl-U clear", hintRank: 5),
        KeyBinding(keys: [.control("u")], action: .clearFilter, contexts: [.prompt], summary: "Clear what is typed",
                   hint: "Ctrl-U clear", hintRank: 5),
        KeyBinding(keys: [], typesCharacters: true, action: .type(" "), contexts: [.speakerList],
                   summary: "Type to narrow the list to names and aliases containing the text, in any case", hint: nil),
        KeyBinding(keys: [], typesCharacters: true, action: .type(" "), contexts: [.prompt],
                   summary: "Type the search (a phrase, any case) or the filter; `?` and letters are text here", hint: nil),
        KeyBinding(keys: [.character("?"), .function(1)], action: .help, contexts: notTyping,
                   summary: "Show the keys of every view, those of the current view first; in help, close it", hint: "? help",
                   hintRank: 0),
        KeyBinding(keys: [.function(1)], action: .help, contexts: [.prompt], summary: "Show the keys (help)", hint: nil),
        KeyBinding(keys: [.character("q")], action: .quit, contexts: browsing, summary: "Quit", hint: "q quit", hintRank: 0,
                   hintRankIn: [.speakerQuotes: 4, .passageList: 4, .nameList: 4, .briefing: 4]),
        KeyBinding(keys: [.character("q")], action: .quit, contexts: [.help], summary: "Close help", hint: nil),
    ]

    /// The action of `key` in `context` with the table's own bindings (the configuration's are
    /// `ReaderState.settings.keys`), or nil when the key does nothing there.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        KeyMap.default.action(for: key, in: context)
    }

    /// The status-line hints of `context` with the table's own bindings: see `KeyMap.hints`.
    public static func hints(fitting width: Int, in context: KeyContext = .panes, canGoBack: Bool = false) -> [String] {
        KeyMap.default.hints(fitting: width, in: context, canGoBack: canGoBack)
    }
}
