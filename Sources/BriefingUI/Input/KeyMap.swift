/// A set of key bindings in force: `KeyTable.bindings` as they are (`KeyMap.default`), or with
/// some actions given other keys by the configuration (`overriding(_:)`). The key loop, the
/// status-line hints and help all read the state's `KeyMap`, so a rebinding shows everywhere.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]
    private let byKey: [KeyContext: [Key: Action]]
    private let typingContexts: Set<KeyContext>

    /// Keys bound twice in one view (to the same action or not): the first binding wins.
    /// The table has none (a test checks) and `overriding` makes none.
    public let duplicates: [(key: Key, context: KeyContext)]

    /// The bindings as given.
    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var tables: [KeyContext: [Key: Action]] = [:]
        var duplicates: [(key: Key, context: KeyContext)] = []
        for context in KeyContext.allCases {
            var table: [Key: Action] = [:]
            for binding in bindings where binding.contexts.contains(context) {
                for key in binding.keys {
                    if table[key] == nil { table[key] = binding.action } else { duplicates.append((key, context)) }
                }
            }
            tables[context] = table
        }
        self.duplicates = duplicates
        byKey = tables
        typingContexts = Set(bindings.filter(\.typesCharacters).flatMap(\.contexts))
    }

    /// The key table as it is.
    public static let `default` = KeyMap(bindings: KeyTable.bindings)

    /// The action of `key` in `context`, or nil when the key does nothing there.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        if let action = byKey[context]?[key] { return action }
        if typingContexts.contains(context), case .character(let c) = key { return .type(c) }
        return nil
    }

    /// The keys that do `action` in `context`, in table order.
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        bindings.filter { $0.action == action && $0.contexts.contains(context) }.flatMap(\.keys)
    }

    /// The status-line hints of `context` that fit in `width` columns (two spaces between
    /// hints), chosen by rank and shown in table order. "Esc back" only when there is a view
    /// to go back to.
    public func hints(fitting width: Int, in context: KeyContext = .panes, canGoBack: Bool = false) -> [String] {
        let candidates = bindings.indices.filter { i in
            let b = bindings[i]
            return b.hint != nil && b.contexts.contains(context) && (canGoBack || !b.hintNeedsHistory)
        }
        let ranked = candidates.sorted { (bindings[$0].rank(in: context), $0) < (bindings[$1].rank(in: context), $1) }
        var chosen: Set<Int> = []
        var used = 0
        for i in ranked {
            let w = DisplayWidth.of(bindings[i].hint!) + 2
            if used + w > width { break }
            used += w
            chosen.insert(i)
        }
        return candidates.filter(chosen.contains).map { bindings[$0].hint! }
    }

    // MARK: - Names

    /// The actions a configuration can rebind, by name, in table order: every action of the
    /// table but typing, named after its case (`moveDown` is `move_down`). An action added to
    /// the table is named here with nothing else to change.
    public static let actionNames: [(name: String, action: Action)] = {
        var seen: Set<String> = []
        var names: [(String, Action)] = []
        for binding in KeyTable.bindings where !binding.typesCharacters {
            let name = binding.action.configName
            if seen.insert(name).inserted { names.append((name, binding.action)) }
        }
        return names
    }()

    public static func action(named name: String) -> Action? {
        actionNames.first { $0.name == name }?.action
    }

    // MARK: - Rebinding

    /// A rebinding the configuration asks for: `action` done by `keys` instead of its own.
    public struct Rebinding: Sendable {
        public var action: Action
        public var keys: [Key]
        public init(action: Action, keys: [Key]) {
            self.action = action
            self.keys = keys
        }
    }

    /// Why a key of a rebinding was not taken.
    public struct Conflict: Sendable, Equatable {
        public var action: Action
        public var key: Key
        /// The action the key stays with, and where.
        public var boundTo: Action
        public var context: KeyContext
    }

    /// The map with each rebound action done by its new keys only. A new key goes into every
    /// view where the action works, except that a printable character never goes where
    /// characters type into a filter (there the action keeps its own keys). Keys are taken in
    /// order; a key that another action already has in one of those views (one not rebound,
    /// or rebound earlier) is left out and reported. An action left with no keys at all keeps
    /// its own.
    public func overriding(_ rebindings: [Rebinding]) -> (map: KeyMap, conflicts: [Conflict]) {
        let rebound = Set(rebindings.map(\.action))
        // Start from the table without the rebound actions' keys.
        var result = bindings.map { binding -> KeyBinding in
            var b = binding
            if rebound.contains(b.action) && !b.typesCharacters { b.keys = [] }
            return b
        }
        var conflicts: [Conflict] = []
        for rebinding in rebindings {
            var placed = false
            for key in rebinding.keys {
                if let conflict = Self.conflict(key, for: rebinding.action, defaults: bindings, in: result) {
                    conflicts.append(conflict)
                    continue
                }
                placed = Self.place(key, for: rebinding.action, defaults: bindings, into: &result) || placed
            }
            if !placed {
                // Nothing taken: the action's own keys, those still free.
                for key in bindings.filter({ $0.action == rebinding.action && !$0.typesCharacters }).flatMap(\.keys)
                where Self.conflict(key, for: rebinding.action, defaults: bindings, in: result) == nil {
                    _ = Self.place(key, for: rebinding.action, defaults: bindings, into: &result)
                }
            }
        }
        // A view where none of the new keys can work (a character where characters type)
        // keeps the action's own keys there, so the action is never lost from a view.
        for action in rebound {
            for i in bindings.indices where bindings[i].action == action && !bindings[i].typesCharacters && result[i].keys.isEmpty {
                let bare = bindings[i].contexts.filter { context in
                    !result.contains { $0.action == action && $0.contexts.contains(context) && !$0.keys.isEmpty }
                }
                guard !bare.isEmpty else { continue }
                let keys = bindings[i].keys.filter { key in
                    !result.contains { other in
                        other.action != action && other.keys.contains(key) && !Set(other.contexts).isDisjoint(with: bare)
                    }
                }
                if bare.count == bindings[i].contexts.count {
                    result[i].keys = keys
                } else {
                    var kept = bindings[i]
                    kept.keys = keys
                    kept.contexts = bare
                    result.append(kept)
                }
            }
        }
        // Hints name the first key: rename them after the keys now bound.
        for i in bindings.indices where !result[i].typesCharacters {
            let old = bindings[i].keys, new = result[i].keys
            guard old != new, let hint = result[i].hint else { continue }
            guard let first = new.first else {
                result[i].hint = nil
                continue
            }
            let word = hint.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? hint
            result[i].hint = first.label + " " + word
        }
        return (KeyMap(bindings: result), conflicts)
    }

    /// The views where `key` would do `action`: where it does by default when it is one of the
    /// action's own keys; else those of the action's bindings, less the typing views for a
    /// printable character.
    private static func contexts(of action: Action, key: Key, in bindings: [KeyBinding]) -> [KeyContext] {
        let own = bindings.filter { $0.action == action && !$0.typesCharacters && $0.keys.contains(key) }
        if !own.isEmpty {
            var contexts: [KeyContext] = []
            for context in own.flatMap(\.contexts) where !contexts.contains(context) { contexts.append(context) }
            return contexts
        }
        let typing = Set(bindings.filter(\.typesCharacters).flatMap(\.contexts))
        let printable: Bool
        if case .character = key { printable = true } else { printable = false }
        var contexts: [KeyContext] = []
        for binding in bindings where binding.action == action && !binding.typesCharacters {
            for context in binding.contexts where !contexts.contains(context) && !(printable && typing.contains(context)) {
                contexts.append(context)
            }
        }
        return contexts
    }

    private static func conflict(_ key: Key, for action: Action, defaults: [KeyBinding], in bindings: [KeyBinding]) -> Conflict? {
        for context in contexts(of: action, key: key, in: defaults) {
            for binding in bindings where binding.contexts.contains(context) && binding.keys.contains(key) {
                if binding.action != action {
                    return Conflict(action: action, key: key, boundTo: binding.action, context: context)
                }
            }
        }
        return nil
    }

    /// Adds `key` to the bindings of `action`: to each binding whose views it can take whole,
    /// and to a new hintless binding for the views left. False when there is nowhere to put it.
    private static func place(_ key: Key, for action: Action, defaults: [KeyBinding], into result: inout [KeyBinding]) -> Bool {
        let wanted = contexts(of: action, key: key, in: defaults)
        guard !wanted.isEmpty else { return false }
        // One of the action's own keys goes back where it was.
        let homes = defaults.indices.filter { defaults[$0].action == action && !defaults[$0].typesCharacters && defaults[$0].keys.contains(key) }
        if !homes.isEmpty {
            for i in homes where !result[i].keys.contains(key) { result[i].keys.append(key) }
            return true
        }
        var covered: Set<KeyContext> = Set(result.filter { $0.action == action && $0.keys.contains(key) }.flatMap(\.contexts))
        for i in result.indices where result[i].action == action && !result[i].typesCharacters {
            let contexts = Set(result[i].contexts)
            if contexts.isSubset(of: Set(wanted)) && contexts.isDisjoint(with: covered) {
                result[i].keys.append(key)
                covered.formUnion(contexts)
            }
        }
        let rest = wanted.filter { !covered.contains($0) }
        if !rest.isEmpty, let model = result.first(where: { $0.action == action }) {
            var extra = model
            extra.keys = [key]
            extra.contexts = rest
            extra.hint = nil
            result.append(extra)
        }
        return true
    }
}

extension Action {
    /// The action's name in the configuration file: its case in snake case (`moveDown` is
    /// `move_down`), without arguments.
    public var configName: String {
        let described = String(describing: self)
        return snakeCased(described.split(separator: "(", maxSplits: 1).first.map(String.init) ?? described)
    }
}

/// A Swift case name as the configuration file writes it: `moveDown` is `move_down`.
func snakeCased(_ name: String) -> String {
    var out = ""
    for scalar in name.unicodeScalars {
        if ("A"..."Z").contains(scalar) {
            out += "_" + String(scalar).lowercased()
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

extension Key {
    /// Keys with a name of their own (not a character, a control letter or a function key).
    public static let namedKeys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab, .escape, .backspace,
    ]

    /// How the configuration file names the key: the character itself, "space", "ctrl-x",
    /// "f1", or a name ("down", "pgdn", "shift-tab", "esc").
    public var configName: String {
        switch self {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .control(let c): "ctrl-" + String(c).lowercased()
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .home: "home"
        case .end: "end"
        case .enter: "enter"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .escape: "esc"
        case .backspace: "backspace"
        case .function(let n): "f\(n)"
        }
    }

    /// The key a configuration names: a single character as it is (case matters), anything
    /// longer in any case: a key's config name or its label ("Down", "↓", "PgDn", "Ctrl-X",
    /// "C-x", "^X", "F5"), "escape", "return", "page-down" and "pagedown".
    public init?(configName raw: String) {
        let scalars = Array(raw.unicodeScalars)
        if scalars.count == 1, let named = Key.namedKeys.first(where: { $0.label == raw }) {
            self = named
            return
        }
        if scalars.count == 1 {
            let c = scalars[0]
            // Control characters are not keys one can name by typing them.
            guard c.value >= 32, c.value != 127 else { return nil }
            self = .character(c)
            return
        }
        let name = raw.lowercased()
        for key in Key.namedKeys + [.character(" ")] where key.configName == name || key.label.lowercased() == name {
            self = key
            return
        }
        let aliases: [String: Key] = [
            "escape": .escape, "return": .enter, "page-up": .pageUp, "pageup": .pageUp, "page-down": .pageDown,
            "pagedown": .pageDown, "backtab": .backTab,
        ]
        if let key = aliases[name] {
            self = key
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where name.hasPrefix(prefix) {
            let rest = Array(name.dropFirst(prefix.count).unicodeScalars)
            // Ctrl-H, -I, -J and -M arrive as Backspace, Tab and Enter: not keys of their own.
            guard rest.count == 1, ("a"..."z").contains(rest[0]), !"hijm".unicodeScalars.contains(rest[0]) else { return nil }
            self = .control(rest[0])
            return
        }
        if name.hasPrefix("f"), let n = Int(name.dropFirst()), (1...24).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }
}
