import ArgumentParser

/// `briefing`: read a folder of news articles as an analyst's briefing.
@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Read a folder of news articles as an analyst's briefing.",
        discussion: """
            With no path, opens the sample articles built into the program. In a terminal it opens \
            the reader; when output is a pipe or a dumb terminal it prints a plain-text listing.
            """,
        subcommands: [Open.self, Export.self, Quotes.self, Figures.self, Timeline.self, Entities.self, Bench.self, BenchSummaries.self, Sentences.self],
        defaultSubcommand: Open.self
    )
}
