import ArgumentParser
import Briefing

/// Prints the people, organisations and places of the articles, as plain text.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people, organisations and places the articles name.",
        discussion: """
            Most mentioned first. Each entity shows its kind, how many mentions in how many \
            articles, the other names it goes by (surnames, titles, acronyms, other spellings) and \
            its mentions per article.

            Examples:
              briefing entities ~/news/
              briefing entities --kind place ~/news/
            """
    )

    @Option(name: .shortAndLong, help: "Only entities of this kind: person, organization or place.")
    var kind: Entity.Kind?

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        print(EntityListing.render(try corpus.analyzeOrExit(), kind: kind), terminator: "")
    }
}

extension Entity.Kind: ExpressibleByArgument {}
