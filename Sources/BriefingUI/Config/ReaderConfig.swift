import Foundation
import TOMLKit

/// One thing wrong with a configuration file: where (line, key) and what. Whatever it names
/// falls back to the default; the rest of the file still applies.
public struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int?
    /// The dotted key ("keys.quit"), or nil for the file as a whole.
    public var key: String?
    public var message: String

    public init(line: Int?, key: String?, message: String) {
        self.line = line
        self.key = key
        self.message = message
    }

    /// "config.toml:12: keys.quit: unknown key name "Ctl-x"" with `file` the name shown.
    public func formatted(file: String) -> String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += key + ": " }
        return text + message
    }

    public var description: String { formatted(file: "config.toml") }
}

/// The reader's configuration file: where it is, its default text, and reading it into
/// `ReaderSettings`.
public enum ReaderConfig {
    /// `$XDG_CONFIG_HOME/briefing/config.toml`, else `~/.config/briefing/config.toml`.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return base + "/briefing/config.toml"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/briefing/config.toml"
    }

    /// The settings of the file at `path`, with what was wrong in it. A missing file is the
    /// defaults and no problem; one that cannot be read is the defaults and one problem.
    public static func load(path: String) -> (settings: ReaderSettings, problems: [ConfigProblem]) {
        guard FileManager.default.fileExists(atPath: path) else { return (.default, []) }
        // Read through a handle, so a pipe (/dev/stdin) reads too.
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
            return (.default, [ConfigProblem(line: nil, key: nil, message: "cannot be read")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (.default, [ConfigProblem(line: nil, key: nil, message: "is not UTF-8 text")])
        }
        return parse(text)
    }

    // MARK: - Parsing

    /// The settings a configuration text gives, each wrong part replaced by its default.
    public static func parse(_ text: String) -> (settings: ReaderSettings, problems: [ConfigProblem]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (.default, [ConfigProblem(line: error.source.begin.line, key: nil, message: "not valid TOML: \(error.description)")])
        } catch {
            return (.default, [ConfigProblem(line: nil, key: nil, message: "not valid TOML")])
        }
        var reader = Reader(lines: KeyLines(text))
        let settings = reader.settings(table)
        // In the file's order (a stable sort keeps each line's problems in the order found).
        let problems = reader.problems.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
        return (settings, problems.map(\.element))
    }

    private struct Reader {
        let lines: KeyLines
        var problems: [ConfigProblem] = []

        mutating func problem(_ table: String?, _ key: String, _ message: String) {
            let dotted = table.map { "\($0).\(key)" } ?? key
            problems.append(ConfigProblem(line: lines.line(table: table, key: key), key: dotted, message: message))
        }

        mutating func settings(_ root: TOMLTable) -> ReaderSettings {
            var settings = ReaderSettings()
            for key in root.keys.sorted(by: lines.order(table: nil)) {
                let value = root[key]!.tomlValue
                switch key {
                case "mouse":
                    if let b = value.bool { settings.mouse = b } else { wrongType(nil, key, value, "true or false") }
                case "summary_sentences":
                    if let n = value.int, ReaderSettings.summaryRange.contains(n) {
                        settings.summarySentences = n
                    } else if value.int != nil {
                        problem(nil, key, "must be from \(ReaderSettings.summaryRange.lowerBound) to \(ReaderSettings.summaryRange.upperBound)")
                    } else {
                        wrongType(nil, key, value, "a number")
                    }
                case "layout":
                    if let t = value.table { settings.paneWidths = layout(t) } else { wrongType(nil, key, value, "a table") }
                case "colors":
                    if let t = value.table { settings.theme = theme(t) } else { wrongType(nil, key, value, "a table") }
                case "keys":
                    if let t = value.table { settings.keys = keys(t) } else { wrongType(nil, key, value, "a table") }
                default:
                    problem(nil, key, "unknown setting")
                }
            }
            return settings
        }

        mutating func wrongType(_ table: String?, _ key: String, _ value: TOMLValue, _ expected: String) {
            problem(table, key, "expected \(expected), not \(Self.describe(value.type))")
        }

        static func describe(_ type: TOMLType) -> String {
            switch type {
            case .table: "a table"
            case .array: "a list"
            case .string: "a string"
            case .int: "a number"
            case .double: "a decimal number"
            case .bool: "true or false"
            case .date, .time, .dateTime: "a date or time"
            }
        }

        mutating func layout(_ table: TOMLTable) -> PaneWidths {
            var widths = PaneWidths()
            for key in table.keys.sorted(by: lines.order(table: "layout")) {
                let value = table[key]!.tomlValue
                guard key == "list_width" || key == "sidebar_width" else {
                    problem("layout", key, "unknown setting (list_width, sidebar_width)")
                    continue
                }
                let text = value.string ?? value.int.map(String.init)
                guard let text else {
                    wrongType("layout", key, value, "\"auto\", a number of columns or a percentage such as \"25%\"")
                    continue
                }
                guard let width = PaneWidth(configValue: text) else {
                    problem("layout", key, "\"\(text)\" is not \"auto\", a number of columns or a percentage such as \"25%\"")
                    continue
                }
                if key == "list_width" { widths.list = width } else { widths.sidebar = width }
            }
            return widths
        }

        mutating func theme(_ table: TOMLTable) -> Theme {
            var theme = Theme()
            for key in table.keys.sorted(by: lines.order(table: "colors")) {
                let value = table[key]!.tomlValue
                if key == "theme" {
                    if let name = value.string, let base = Theme.Base(rawValue: name) {
                        theme.base = base
                    } else if let name = value.string {
                        problem("colors", key, "unknown theme \"\(name)\" (default, mono)")
                    } else {
                        wrongType("colors", key, value, "\"default\" or \"mono\"")
                    }
                    continue
                }
                guard let style = Theme.style(named: key) else {
                    problem("colors", key, "unknown style name")
                    continue
                }
                if let n = value.int {
                    if (0...255).contains(n) { theme.colors[style] = .index(n) } else { problem("colors", key, "colour \(n) is not from 0 to 255") }
                } else if let name = value.string {
                    if let color = ThemeColor(name: name) { theme.colors[style] = color } else { problem("colors", key, "unknown colour \"\(name)\"") }
                } else {
                    wrongType("colors", key, value, "a colour name or a number from 0 to 255")
                }
            }
            return theme
        }

        mutating func keys(_ table: TOMLTable) -> KeyMap {
            var rebindings: [KeyMap.Rebinding] = []
            var keyOfAction: [Action: String] = [:]
            for key in table.keys.sorted(by: lines.order(table: "keys")) {
                let value = table[key]!.tomlValue
                guard let action = KeyMap.action(named: key) else {
                    problem("keys", key, "unknown action name")
                    continue
                }
                let names: [String]
                if let one = value.string {
                    names = [one]
                } else if let array = value.array {
                    var strings: [String] = []
                    var ok = true
                    for element in array {
                        if let s = element.string { strings.append(s) } else { ok = false }
                    }
                    guard ok else {
                        problem("keys", key, "expected a list of key names (strings)")
                        continue
                    }
                    names = strings
                } else {
                    wrongType("keys", key, value, "a list of key names")
                    continue
                }
                var keys: [Key] = []
                for name in names {
                    guard let k = Key(configName: name) else {
                        problem("keys", key, "unknown key name \"\(name)\"")
                        continue
                    }
                    if !keys.contains(k) { keys.append(k) }
                }
                if keys.isEmpty {
                    if names.isEmpty { problem("keys", key, "no keys given; keeping the default") }
                    continue
                }
                rebindings.append(KeyMap.Rebinding(action: action, keys: keys))
                keyOfAction[action] = key
            }
            let (map, conflicts) = KeyMap.default.overriding(rebindings)
            for conflict in conflicts {
                problem("keys", keyOfAction[conflict.action] ?? conflict.action.configName,
                        "\"\(conflict.key.configName)\" is already bound to \(conflict.boundTo.configName) in the \(conflict.context.name); left out")
            }
            return map
        }
    }

    // MARK: - The default file

    /// A commented configuration holding every default: keys as the key table binds them,
    /// colours commented out (each terminal gets the theme's own). Parsed, it gives exactly
    /// `ReaderSettings.default`.
    public static var defaultFile: String {
        var out = """
            # Briefing's configuration. `briefing config --default` prints this file, `briefing
            # config --path` where it is read from, `briefing config --check` what is wrong in it.
            # Anything wrong falls back to its default; the reader still opens.

            # The mouse: a click selects and focuses the pane (and the row) under the pointer,
            # a double click opens it, the wheel scrolls the pane under the pointer.
            mouse = true

            # Sentences in an article's summary (v in the reader) and in the briefing.
            summary_sentences = \(ReaderSettings.default.summarySentences)

            [layout]
            # Widths of the article list and the sidebar when the terminal is 120 columns wide or
            # more: "auto", a number of columns (40), or a share of the width ("25%"). The article
            # in between keeps at least \(PaneWidths.minimumMiddle) columns.
            list_width = "auto"
            sidebar_width = "auto"

            [colors]
            # "default": colours where the terminal has them (256, or the eight basic ones);
            # "mono": bold, underline, reverse and dim only. NO_COLOR (non-empty) means mono.
            # Attributes carry every meaning; colour only adds to them.
            theme = "default"
            # A colour per style: black, red, green, yellow, blue, magenta, cyan, white,
            # bright-red and so on, "default" (the terminal's), or a number from 0 to 255. On an
            # eight-colour terminal the nearest basic colour is used. The values shown are the
            # 256-colour theme's.

            """
        for style in Style.allCases {
            let color = Theme.colors256[style].map(\.configValue) ?? "\"default\""
            out += "# \(Theme.configName(of: style)) = \(color)\n"
        }
        out += """

            [keys]
            # Each action with the keys that do it: a character ("q", "Q"), "space", "ctrl-x",
            # "f1" to "f24", or one of these names:
            \(Self.commented(Key.namedKeys.map { "\"\($0.configName)\"" }.joined(separator: ", ") + "."))
            # Keys given replace the action's own. A key another action already has in a view
            # where this action works is left out (rebind both to swap them). A character never
            # goes where characters type into the speaker filter: there the action keeps its own.

            """
        for (name, action) in KeyMap.actionNames {
            let binding = KeyTable.bindings.first { $0.action == action }
            let keys = KeyTable.bindings.filter { $0.action == action && !$0.typesCharacters }.flatMap(\.keys)
            var unique: [Key] = []
            for key in keys where !unique.contains(key) { unique.append(key) }
            if let summary = binding?.summary { out += "# \(summary)\n" }
            out += "\(name) = [\(unique.map { Self.quoted($0.configName) }.joined(separator: ", "))]\n"
        }
        return out
    }

    /// Text as comment lines of at most 90 columns.
    static func commented(_ text: String) -> String {
        var lines: [String] = []
        var line = "#"
        for word in text.split(separator: " ") {
            if line.count + 1 + word.count > 90 {
                lines.append(line)
                line = "#"
            }
            line += " " + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Where each key of a TOML text is, found by reading the lines: TOMLKit gives a line for
/// syntax errors only. Knows `[table]` headers and `key =` lines (bare, quoted or dotted
/// keys); enough to point at a configuration's line.
struct KeyLines {
    private var lines: [String: Int] = [:]
    private var tables: [String: Int] = [:]

    init(_ text: String) {
        var table: String? = nil
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && !line.hasPrefix("[[") {
                if let close = line.firstIndex(of: "]") {
                    let name = Self.unquoted(String(line[line.index(after: line.startIndex)..<close]))
                    table = name
                    if tables[name] == nil { tables[name] = number }
                }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let parts = String(line[..<equals]).split(separator: ".").map { Self.unquoted(String($0)) }
            guard let key = parts.last else { continue }
            let prefix = ([table].compactMap { $0 } + parts.dropLast()).joined(separator: ".")
            let full = prefix.isEmpty ? key : prefix + "." + key
            if lines[full] == nil { lines[full] = number }
        }
    }

    private static func unquoted(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.count >= 2, (t.hasPrefix("\"") && t.hasSuffix("\"")) || (t.hasPrefix("'") && t.hasSuffix("'")) {
            t = String(t.dropFirst().dropLast())
        }
        return t
    }

    /// The line of `key` in `table`; else the table's header line.
    func line(table: String?, key: String) -> Int? {
        let full = table.map { "\($0).\(key)" } ?? key
        return lines[full] ?? table.flatMap { tables[$0] }
    }

    /// Keys in the order of the file (TOMLKit gives them sorted), unknown ones last by name.
    func order(table: String?) -> (String, String) -> Bool {
        { a, b in
            let la = line(table: table, key: a) ?? Int.max, lb = line(table: table, key: b) ?? Int.max
            return (la, a) < (lb, b)
        }
    }
}
