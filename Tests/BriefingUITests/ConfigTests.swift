import Briefing
import Foundation
import Testing
@testable import BriefingUI

@Suite("Configuration")
struct ConfigTests {
    /// The bindings as a comparable text: keys, views, hint and summary of each.
    static func shape(_ map: KeyMap) -> [String] {
        map.bindings.map { b in
            "\(b.action) \(b.keys.map(\.configName)) \(b.contexts.map(\.name)) \(b.hint ?? "-") \(b.summary)"
        }
    }

    @Test("the default file is valid TOML that parses back to exactly the defaults")
    func defaultFileRoundTrip() {
        let (settings, problems) = ReaderConfig.parse(ReaderConfig.defaultFile)
        #expect(problems.isEmpty, "\(problems)")
        #expect(Self.shape(settings.keys) == Self.shape(KeyMap.default))
        #expect(settings.theme == Theme())
        #expect(settings.paneWidths == .automatic)
        #expect(settings.summarySentences == Summarizer.defaultLength)
        #expect(settings.mouse == true)
        // Every action of the table is in it, with its keys.
        for (name, action) in KeyMap.actionNames {
            let keys = KeyTable.bindings.filter { $0.action == action }.flatMap(\.keys).map { "\"\($0.configName)\"" }
            #expect(ReaderConfig.defaultFile.contains("\n\(name) = [\(keys.first ?? "")"), "\(name)")
        }
    }

    @Test("no key is bound twice in one view, in the table or after rebinding")
    func noDuplicates() {
        #expect(KeyMap.default.duplicates.isEmpty, "\(KeyMap.default.duplicates.map { "\($0.key.label) in \($0.context.name)" })")
        let (settings, _) = ReaderConfig.parse("[keys]\nquit = [\"x\", \"j\", \"esc\"]\nback = [\"q\", \"backspace\"]\nopen = [\"o\", \"enter\", \"tab\"]\n")
        #expect(settings.keys.duplicates.isEmpty)
        #expect(settings.keys.action(for: .character("o"), in: .briefing) == .open)
        #expect(settings.keys.action(for: .character("o"), in: .speakerList) == .type("o"))
        #expect(settings.keys.action(for: .enter, in: .speakerList) == .open)
    }

    @Test("a character cannot take over the speaker filter: there the action keeps its own keys")
    func typingViewsKeepTheirKeys() {
        let (settings, problems) = ReaderConfig.parse("[keys]\nopen = [\"o\"]\nmove_down = [\"d\"]\n")
        #expect(problems.isEmpty)
        let keys = settings.keys
        #expect(keys.action(for: .character("o"), in: .panes) == .open)
        #expect(keys.action(for: .enter, in: .panes) == nil)
        #expect(keys.action(for: .character("o"), in: .speakerList) == .type("o"))
        #expect(keys.action(for: .enter, in: .speakerList) == .open)
        #expect(keys.hints(fitting: 200, in: .panes).contains("o open"))
        #expect(keys.hints(fitting: 200, in: .speakerList).contains("Enter quotes"))
        // Move down: d in the views where letters are commands, the arrow and Ctrl-N still in the list.
        #expect(keys.action(for: .character("d"), in: .briefing) == .moveDown)
        #expect(keys.action(for: .character("j"), in: .briefing) == nil)
        #expect(keys.action(for: .down, in: .speakerList) == .moveDown)
        #expect(keys.duplicates.isEmpty)
    }

    @Test("an empty file is the defaults")
    func empty() {
        let (settings, problems) = ReaderConfig.parse("")
        #expect(problems.isEmpty)
        #expect(Self.shape(settings.keys) == Self.shape(KeyMap.default))
    }

    @Test("action names come from the key table, every action but typing has one")
    func actionNames() {
        let names = KeyMap.actionNames.map(\.name)
        #expect(names.contains("quit") && names.contains("move_down") && names.contains("toggle_summary"))
        #expect(Set(names).count == names.count)
        for binding in KeyTable.bindings where !binding.typesCharacters {
            #expect(KeyMap.action(named: binding.action.configName) == binding.action)
        }
        #expect(!names.contains("type"))
    }

    @Test("key names: every key of the table round-trips, labels and aliases are read, junk is not")
    func keyNames() {
        for key in KeyTable.bindings.flatMap(\.keys) + Key.namedKeys + [.function(5), .control("x")] {
            #expect(Key(configName: key.configName) == key, "\(key.label)")
            #expect(Key(configName: key.label) == key, "\(key.label)")
        }
        #expect(Key(configName: "Q") == .character("Q"))
        #expect(Key(configName: "C-x") == .control("x"))
        #expect(Key(configName: "^X") == .control("x"))
        #expect(Key(configName: "escape") == .escape)
        #expect(Key(configName: "PageDown") == .pageDown)
        for bad in ["Ctl-x", "ctrl-", "ctrl-ab", "ctrl-m", "f0", "f25", "", "\u{1b}", "shift"] {
            #expect(Key(configName: bad) == nil, "\(bad)")
        }
    }

    @Test("rebinding quit to q and Q: both quit, and the hint still says q")
    func rebindQuit() {
        let (settings, problems) = ReaderConfig.parse("[keys]\nquit = [\"q\", \"Q\"]\n")
        #expect(problems.isEmpty)
        #expect(settings.keys.action(for: .character("Q"), in: .panes) == .quit)
        #expect(settings.keys.action(for: .character("q"), in: .panes) == .quit)
        // Still a letter in the speaker filter.
        #expect(settings.keys.action(for: .character("Q"), in: .speakerList) == .type("Q"))
        #expect(settings.keys.hints(fitting: 200).contains("q quit"))
    }

    @Test("a rebound key replaces the action's own, and the hint names the new key")
    func rebindReplaces() {
        let (settings, problems) = ReaderConfig.parse("[keys]\nquit = [\"x\"]\nspeakers = \"ctrl-s\"\n")
        #expect(problems.isEmpty, "\(problems)")
        let keys = settings.keys
        #expect(keys.action(for: .character("x"), in: .panes) == .quit)
        #expect(keys.action(for: .character("q"), in: .panes) == nil)
        #expect(keys.action(for: .control("s"), in: .panes) == .speakers)
        #expect(keys.action(for: .control("s"), in: .briefing) == .speakers)
        #expect(keys.action(for: .character("s"), in: .panes) == nil)
        let hints = keys.hints(fitting: 200)
        #expect(hints.contains("x quit") && hints.contains("Ctrl-S speakers") && !hints.contains("q quit"), "\(hints)")
        // The defaults are untouched.
        #expect(KeyMap.default.action(for: .character("q"), in: .panes) == .quit)
        #expect(KeyTable.action(for: .character("q"), in: .panes) == .quit)
    }

    @Test("two actions can swap keys; a key another action keeps is a conflict with its line")
    func conflicts() {
        let (swapped, none) = ReaderConfig.parse("[keys]\nmove_down = [\"s\"]\nspeakers = [\"j\"]\n")
        #expect(none.isEmpty, "\(none)")
        #expect(swapped.keys.action(for: .character("s"), in: .panes) == .moveDown)
        #expect(swapped.keys.action(for: .character("j"), in: .panes) == .speakers)

        let text = "# keys\n[keys]\nquit = [\"j\", \"Q\"]\n"
        let (settings, problems) = ReaderConfig.parse(text)
        #expect(problems.map(\.description) == ["config.toml:3: keys.quit: \"j\" is already bound to move_down in the panes; left out"])
        #expect(settings.keys.action(for: .character("j"), in: .panes) == .moveDown)
        #expect(settings.keys.action(for: .character("Q"), in: .panes) == .quit)
        // Nothing left: the action keeps its own keys.
        let (kept, said) = ReaderConfig.parse("[keys]\nquit = [\"j\"]\n")
        #expect(said.count == 1)
        #expect(kept.keys.action(for: .character("q"), in: .panes) == .quit)
    }

    @Test("each problem is one line with the line number and the key; the rest of the file applies")
    func problems() {
        let text = """
            mouse = "yes"
            summary_sentences = 5
            colour = 1

            [layout]
            list_width = "wide"
            sidebar_width = "30%"

            [colors]
            theme = "neon"
            quote_direct = "yellow"
            quote_partial = 300

            [keys]
            quit = ["q", "Q"]
            move_down = ["j", "Ctl-x"]
            fly = ["x"]
            top = 5
            """
        let (settings, problems) = ReaderConfig.parse(text)
        #expect(problems.map(\.description) == [
            "config.toml:1: mouse: expected true or false, not a string",
            "config.toml:3: colour: unknown setting",
            "config.toml:6: layout.list_width: \"wide\" is not \"auto\", a number of columns or a percentage such as \"25%\"",
            "config.toml:10: colors.theme: unknown theme \"neon\" (default, mono)",
            "config.toml:12: colors.quote_partial: colour 300 is not from 0 to 255",
            "config.toml:16: keys.move_down: unknown key name \"Ctl-x\"",
            "config.toml:17: keys.fly: unknown action name",
            "config.toml:18: keys.top: expected a list of key names, not a number",
        ])
        #expect(settings.mouse == true)
        #expect(settings.summarySentences == 5)
        #expect(settings.paneWidths == PaneWidths(list: .automatic, sidebar: .percent(30)))
        #expect(settings.theme == Theme(base: .default, colors: [.quoteDirect: .index(3)]))
        #expect(settings.keys.action(for: .character("Q"), in: .panes) == .quit)
        #expect(settings.keys.action(for: .character("j"), in: .panes) == .moveDown)
        #expect(settings.keys.action(for: .down, in: .panes) == nil)
        #expect(settings.keys.action(for: .character("g"), in: .panes) == .top)
    }

    @Test("bad TOML is one problem with its line, and the defaults")
    func badTOML() {
        let (settings, problems) = ReaderConfig.parse("mouse = false\n[keys\nquit = [\"x\"]\n")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.description.hasPrefix("config.toml:2: not valid TOML") == true)
        #expect(settings.mouse == true)
    }

    @Test("the file is looked for in XDG_CONFIG_HOME, else in ~/.config; a missing file is no problem")
    func location() {
        #expect(ReaderConfig.path(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/a"]) == "/x/cfg/briefing/config.toml")
        #expect(ReaderConfig.path(environment: ["HOME": "/home/a"]) == "/home/a/.config/briefing/config.toml")
        #expect(ReaderConfig.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.config/briefing/config.toml")
        let (_, problems) = ReaderConfig.load(path: "/nonexistent/briefing/config.toml")
        #expect(problems.isEmpty)
    }

    @Test("pane widths: auto is the built-in rule; columns and percent are kept within bounds")
    func paneWidths() {
        #expect(ScreenLayout(size: Size(width: 120, height: 40)) == ScreenLayout(size: Size(width: 120, height: 40), widths: .automatic))
        let columns = ScreenLayout(size: Size(width: 160, height: 40), widths: PaneWidths(list: .columns(50), sidebar: .percent(25)))
        #expect(columns.panes[.articles]?.width == 50)
        #expect(columns.panes[.statistics]?.width == 40)
        // Too wide: the reader keeps 40 columns.
        let greedy = ScreenLayout(size: Size(width: 120, height: 40), widths: PaneWidths(list: .columns(100), sidebar: .columns(100)))
        #expect(greedy.panes[.reader]!.width >= 40)
        #expect(greedy.panes[.articles]!.width >= 16 && greedy.panes[.statistics]!.width >= 16)
        #expect(PaneWidth(configValue: "25%") == .percent(25))
        #expect(PaneWidth(configValue: "auto") == .automatic)
        #expect(PaneWidth(configValue: "0") == nil)
    }

    @Test("the summary length reaches the reader's summary and the status-line notice shows until a key")
    func summaryAndNotice() throws {
        let model = TestCorpus.samples
        var settings = ReaderSettings()
        settings.summarySentences = 1
        var state = ReaderState(model: model, settings: settings)
        let size = Size(width: 120, height: 40)
        state.apply(.toggleSummary, metrics: Screen.metrics(state, size: size))
        let one = ReaderDocument.shown(state, width: 60)
        var longer = ReaderState(model: model)
        longer.apply(.toggleSummary, metrics: Screen.metrics(longer, size: size))
        let three = ReaderDocument.shown(longer, width: 60)
        #expect(one.lines.count < three.lines.count)

        let terminal = ScriptedTerminal(size: size, events: [.key(.character("j")), .key(.character("q"))])
        var noticed = ReaderState(model: model)
        noticed.notice = "config: 1 problem"
        var app = ReaderApp(state: noticed)
        app.run(on: terminal)
        let first = terminal.frames.first!.text
        #expect(first.contains("config: 1 problem"))
        #expect(!terminal.frames.last!.text.contains("config: 1 problem"))
    }
}

@Suite("Configuration in the README")
struct ConfigReadmeTests {
    @Test("the README holds the default file exactly as `briefing config --default` prints it")
    func readmeHasDefaultFile() throws {
        let readme = try String(contentsOf: TestCorpus.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```toml\n" + ReaderConfig.defaultFile + "```\n"),
                "README's default configuration is out of date: paste `briefing config --default` into its ```toml block")
    }
}
