/// Every key binding, in one table: the key loop, the status-line hints and the README's key
/// table (checked by a test) all come from here.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    /// What the action does, for help.
    public var summary: String
    /// A short hint for the status line, or nil to keep it out of the status line.
    public var hint: String?
    /// Which hints survive on a narrow status line: lower ranks first.
    public var hintRank: Int = 0
}

public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, summary: "Move up in the focused pane", hint: nil),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, summary: "Move down in the focused pane", hint: "↑↓ move", hintRank: 1),
        KeyBinding(keys: [.pageUp, .character("b")], action: .pageUp, summary: "Scroll up one page", hint: nil),
        KeyBinding(keys: [.pageDown, .character(" ")], action: .pageDown, summary: "Scroll down one page", hint: "Space page", hintRank: 4),
        KeyBinding(keys: [.home, .character("g")], action: .top, summary: "Go to the top", hint: nil),
        KeyBinding(keys: [.end, .character("G")], action: .bottom, summary: "Go to the bottom", hint: nil),
        KeyBinding(keys: [.tab], action: .focusNext, summary: "Focus the next pane", hint: "Tab pane", hintRank: 2),
        KeyBinding(keys: [.backTab], action: .focusPrevious, summary: "Focus the previous pane", hint: nil),
        KeyBinding(keys: [.enter], action: .open, summary: "Open the selected article; in quotes, show the quote in the article", hint: "Enter open", hintRank: 3),
        KeyBinding(keys: [.character("q")], action: .quit, summary: "Quit", hint: "q quit", hintRank: 0),
    ]

    private static let byKey: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys {
                precondition(table[key] == nil, "key \(key.label) is bound twice")
                table[key] = binding.action
            }
        }
        return table
    }()

    public static func action(for key: Key) -> Action? {
        byKey[key]
    }

    /// The status-line hints that fit in `width` columns (two spaces between hints), chosen by
    /// rank and shown in table order.
    public static func hints(fitting width: Int) -> [String] {
        let ranked = bindings.filter { $0.hint != nil }.sorted { $0.hintRank < $1.hintRank }
        var chosen: [Int] = []  // ranks kept
        var used = 0
        for binding in ranked {
            let w = DisplayWidth.of(binding.hint!) + 2
            if used + w > width { break }
            used += w
            chosen.append(binding.hintRank)
        }
        return bindings.filter { $0.hint != nil && chosen.contains($0.hintRank) }.map { $0.hint! }
    }
}
