// swift-tools-version:6.1
import PackageDescription

// Data flows one way: files → Briefing (model) → BriefingUI (view state, cell grid) → terminal.
// Only BriefingUI links ncurses, and only through the CNcurses system module.
let package = Package(
    name: "Briefing",
    products: [
        .library(name: "Briefing", targets: ["Briefing"]),
        .library(name: "BriefingUI", targets: ["BriefingUI"]),
        .library(name: "BriefingCache", targets: ["BriefingCache"]),
        .executable(name: "briefing", targets: ["BriefingCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        // The reopen cache's database (SQLite, the system's libsqlite3).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Tests only: a Markdown parser, so the Markdown report is checked as a viewer reads it.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        // The reader's configuration file (config.toml).
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "Briefing",
            dependencies: [.product(name: "Yams", package: "Yams")],
            exclude: ["Data"],
            plugins: ["EmbedFiles"]
        ),
        // Synthetic articles for benchmarks and recall tests: deterministic page dumps built from
        // templates, with the quotes, figures and dates planted in each.
        .target(
            name: "BriefingSynthetic",
            dependencies: ["Briefing"]
        ),
        .target(
            name: "BriefingUI",
            dependencies: ["Briefing", "CNcurses", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The reopen cache: each file's analysis and the corpus merges kept in SQLite, so a folder
        // opened again is read back instead of analysed. The model itself never sees a database.
        .target(
            name: "BriefingCache",
            dependencies: ["Briefing", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "BriefingCLI",
            dependencies: [
                "Briefing",
                "BriefingUI",
                "BriefingSynthetic",
                "BriefingCache",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["EmbedFiles"]
        ),
        // Build-time only: files turned into Swift source, so a copied binary carries the samples
        // (seeds/) and the rule data (Sources/Briefing/Data/) with it.
        .executableTarget(name: "EmbedFilesTool", path: "Plugins/EmbedFilesTool"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedFilesTool"]),

        .testTarget(
            name: "BriefingTests",
            dependencies: ["Briefing", "BriefingSynthetic", .product(name: "Ink", package: "Ink")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BriefingUITests",
            dependencies: [
                "Briefing",
                "BriefingUI",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "BriefingCacheTests",
            dependencies: ["Briefing", "BriefingCache", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Drives the real `briefing` binary inside tmux; depending on the executable makes
        // `swift test` build it first.
        .testTarget(name: "EndToEndTests", dependencies: ["BriefingCLI"]),
    ]
)
