import Foundation
import Testing
@testable import Briefing

/// People, organisations and places in context. Sentences and names are invented (places are
/// real geography from the gazetteer); the samples are checked against the shared gold file.
@Suite("Entities")
struct EntityTests {
    static func corpus(_ texts: [String]) -> AnalyzedCorpus {
        let documents = texts.enumerated().map { SourceDocument(path: "case\($0.offset).txt", bytes: Array($0.element.utf8)) }
        return AnalyzedCorpus(CorpusLoader.load(documents: documents))
    }

    static func entities(_ text: String) -> [Entity] { corpus([text]).entities }

    static func describe(_ entities: [Entity]) -> String {
        entities.map { "\($0.name) (\($0.kind.rawValue); \($0.aliases.joined(separator: ", ")))" }.joined(separator: " | ")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var name: String
        var kind: Entity.Kind
        var alias: String? = nil
        var testDescription: String { "\(name): \(text)" }
    }

    static let found: [Case] = [
        // People: titles, given names, context cues.
        Case(text: "Health Minister Ana Ruiz said the clinics would reopen in the spring.", name: "Ana Ruiz", kind: .person, alias: "Health Minister Ana Ruiz"),
        Case(text: "Dr. Kofi Mensah, who runs the clinic, warned of shortages of insulin.", name: "Kofi Mensah", kind: .person),
        Case(text: "The ferry was delayed again, said Tomas Eriksen, 61, a retired captain.", name: "Tomas Eriksen", kind: .person),
        Case(text: "Prosecutors say a man named Ivo Brandtner ran the scheme from his flat.", name: "Ivo Brandtner", kind: .person),
        Case(text: "The grant was announced by president Marta Velasquez on the steps of the hall.", name: "Marta Velasquez", kind: .person),
        Case(text: "Senator Paul Okonjo voted against the bill after a long debate.", name: "Paul Okonjo", kind: .person, alias: "Senator Paul Okonjo"),
        Case(text: "Mr Haldane was not at home when the letter arrived last week.", name: "Haldane", kind: .person, alias: "Mr Haldane"),
        Case(text: "Residents were angry, and Wenna Trask said the council had ignored them for years.", name: "Wenna Trask", kind: .person),
        Case(text: "Goalkeeper Jonah ‘Cat’ Ferreby saved two penalties in the final.", name: "Jonah Ferreby", kind: .person),
        Case(text: "On Monday, Norvik chief executive Anna Cook said profits had doubled.", name: "Anna Cook", kind: .person),
        Case(text: "Sixth-former Callan Ives, 17, won the prize for the second year.", name: "Callan Ives", kind: .person),
        Case(text: "On Monday, Norvik chief executive Anna Cook said profits had doubled.", name: "Norvik", kind: .organization),
        Case(text: "The shop was busy, and Elsa Varga said she would open a second one.", name: "Elsa Varga", kind: .person),
        // Organisations: head words, known names, acronyms, cues.
        Case(text: "Norvik Steel said it would cut 300 jobs at its plant on the coast.", name: "Norvik Steel", kind: .organization),
        Case(text: "Officials at the Ministry of Transport declined to comment on the plans.", name: "Ministry of Transport", kind: .organization),
        Case(text: "A spokesperson for the Kellerman Foundation confirmed the grant on Friday.", name: "Kellerman Foundation", kind: .organization),
        Case(text: "The complaint was filed with the Department of Agriculture (DOA) last spring.", name: "Department of Agriculture", kind: .organization, alias: "DOA"),
        Case(text: "Danish police arrested two men at the harbour on Sunday.", name: "Danish police", kind: .organization),
        Case(text: "The French navy escorted the damaged tanker into port.", name: "French navy", kind: .organization),
        Case(text: "She has worked for Tallow & Finch since the firm opened.", name: "Tallow & Finch", kind: .organization),
        Case(text: "Ferrant Brewing, which owns three pubs in the town, was fined.", name: "Ferrant Brewing", kind: .organization),
        Case(text: "The money went to a logistics firm called Darrowby, according to the filing.", name: "Darrowby", kind: .organization),
        Case(text: "“The numbers are clear,” said Mara Lindqvist, Calloway Executive Director.", name: "Calloway", kind: .organization),
        Case(text: "The Trevane published a report that confirmed the figures on Monday.", name: "Trevane", kind: .organization),
        Case(text: "The Securities and Exchange Commission opened an inquiry into the trades.", name: "Securities and Exchange Commission", kind: .organization),
        Case(text: "Critics include the Citizens' Movement, which wants a new vote.", name: "Citizens' Movement", kind: .organization),
        Case(text: "The figures were released by the District Attorney’s Office on Monday.", name: "District Attorney’s Office", kind: .organization),
        Case(text: "Reuters reported that the talks had stalled over fishing rights.", name: "Reuters", kind: .organization),
        Case(text: "The Federal Reserve held rates steady on Wednesday.", name: "Federal Reserve", kind: .organization),
        Case(text: "The report was first carried by The Guardian on Monday.", name: "Guardian", kind: .organization),
        Case(text: "A spokeswoman for Amnesty International said the trial was unfair.", name: "Amnesty International", kind: .organization),
        Case(text: "Kastmere Confections said its profits would fall this year.", name: "Kastmere Confections", kind: .organization),
        Case(text: "The figures were published by the newspaper Vestby Tidende on Sunday.", name: "Vestby Tidende", kind: .organization),
        // Places: the gazetteer and cues.
        Case(text: "Flooding hit Jakarta and large parts of Indonesia over the weekend.", name: "Jakarta", kind: .place),
        Case(text: "Flooding hit Jakarta and large parts of Indonesia over the weekend.", name: "Indonesia", kind: .place),
        Case(text: "The U.S. and Japan signed the agreement after months of talks.", name: "United States", kind: .place, alias: "U.S."),
        Case(text: "Exports to the UK fell by a third after the new rules.", name: "United Kingdom", kind: .place, alias: "UK"),
        Case(text: "Talks between the two sides resumed in The Hague on Thursday.", name: "The Hague", kind: .place),
        Case(text: "Tourists returned to the city of Varrow after the storm had passed.", name: "Varrow", kind: .place),
        Case(text: "The Lindholm-based company makes electric ferries for the fjords.", name: "Lindholm", kind: .place),
        Case(text: "Residents of Orwick County were told to leave their homes.", name: "Orwick County", kind: .place),
        Case(text: "Schools closed in Kessing, Iowa, after the river burst its banks.", name: "Kessing", kind: .place),
        Case(text: "Schools closed in Kessing, Iowa, after the river burst its banks.", name: "Iowa", kind: .place),
        Case(text: "LANMOUTH, Maine — Fishermen protested outside the harbour office on Tuesday.", name: "Lanmouth", kind: .place),
        Case(text: "Mount Arvel erupted again overnight, covering villages in ash.", name: "Mount Arvel", kind: .place),
        Case(text: "Crews were sent to Los Angeles County after the fires.", name: "Los Angeles County", kind: .place),
        Case(text: "Prices rose across the Middle East and Latin America last year.", name: "Middle East", kind: .place),
        Case(text: "Jo Quill, 54, of Mill Lane, Ashby Cross, admitted the offences.", name: "Ashby Cross", kind: .place),
    ]

    @Test("a person, organisation or place is found with its kind (and alias)", arguments: found)
    func finds(_ c: Case) throws {
        let entities = Self.entities(c.text)
        let entity = try #require(entities.first { $0.name == c.name }, "\(Self.describe(entities))")
        #expect(entity.kind == c.kind, "\(Self.describe(entities))")
        if let alias = c.alias { #expect(entity.aliases.contains(alias), "\(entity.aliases)") }
    }

    static let notEntities: [(String, String)] = [
        ("Farmers said prices had fallen. Farmers want help from the government.", "Farmers"),
        ("The law takes effect in March and again on June 4 for small firms.", "March"),
        ("The law takes effect in March and again on June 4 for small firms.", "June"),
        ("Talks resume on Tuesday, July 9, in the capital.", "Tuesday"),
        ("Talks resume on Tuesday, July 9, in the capital.", "July"),
        ("Covid-19 cases rose sharply in the region last winter.", "Covid-19"),
        ("The Dark Web marketplace was shut down by investigators.", "Dark Web"),
        ("American and Canadian officials met to discuss the border.", "American"),
        ("American and Canadian officials met to discuss the border.", "Canadian"),
        ("Americans voted in large numbers in the spring election.", "Americans"),
        ("Critics called the deal a “Grand Bargain” for the rich.", "Grand Bargain"),
        ("Send tips to Kit_Marlow_77@example.com before noon.", "Kit"),
        ("As reported by Newsly.com, the talks failed again.", "Newsly"),
        ("US and European police raided the sites at dawn.", "European police"),
        ("The Minister said the plan would go ahead as agreed.", "Minister"),
        ("Unfortunately, Meanwhile and However are not names. Nobody thinks so.", "Unfortunately"),
        ("The Trade Minister Ilse Varga said the tariffs would stay.", "Trade"),
        ("Residents of Tarvo Ridge said the warning sirens had not sounded.", "Residents"),
        ("Battalion Chief Oren Maddox said the fire was contained.", "Battalion"),
        ("Money moved from the Tarrow Staff Pension Scheme to his account.", "Tarrow"),
        ("According to the Velmarian statistics office, trade fell by a tenth.", "Velmarian"),
    ]

    @Test("sentence-initial words, months, weekdays, demonyms, scare quotes, addresses and bare titles are not entities",
          arguments: notEntities)
    func excludes(_ c: (String, String)) {
        let entities = Self.entities(c.0)
        #expect(!entities.contains { $0.name == c.1 || $0.aliases.contains(c.1) }, "\(Self.describe(entities))")
    }

    @Test("a title-case heading names nothing by itself; its known names still count")
    func headings() throws {
        let text = "Harbour Plan Faces Fresh Delay\n\n## Harbour Plan Faces Fresh Delay After Norvik Steel Vote\n\nNorvik Steel said on Monday it would wait.\n"
        let entities = Self.entities(text)
        #expect(!entities.contains { $0.name.contains("Harbour Plan") || $0.name == "Fresh Delay" }, "\(Self.describe(entities))")
        let steel = try #require(entities.first { $0.name == "Norvik Steel" })
        #expect(steel.mentions.count == 2)
    }

    @Test("a byline is the article's author, not an entity of its text")
    func byline() {
        let entities = Self.entities("Ferry Fares To Rise\n\nBy Jane Example\n\nNorvik Steel said on Monday it would raise prices.\n")
        #expect(!entities.contains { $0.name.contains("Jane Example") }, "\(Self.describe(entities))")
        #expect(entities.contains { $0.name == "Norvik Steel" })
    }

    // MARK: - Merging within an article

    @Test("a surname joins the full name, before or after it")
    func surname() throws {
        let entities = Self.entities("Okafor said the plan was late. Later, Transport Minister Paul Okafor told reporters the money was there. Okafor left.")
        let person = try #require(entities.first { $0.kind == .person })
        #expect(person.name == "Paul Okafor")
        #expect(person.mentions.count == 3)
        #expect(Set(person.aliases).isSuperset(of: ["Okafor", "Transport Minister Paul Okafor"]))
        #expect(entities.filter { $0.kind == .person }.count == 1, "\(Self.describe(entities))")
    }

    @Test("two people sharing a surname stay apart")
    func namesakes() {
        let entities = Self.entities("Margit Olsen and her daughter Karin Olsen opened the bakery in 1990. Karin Olsen said the ovens were old.")
        let people = Set(entities.filter { $0.kind == .person }.map(\.name))
        #expect(people.isSuperset(of: ["Margit Olsen", "Karin Olsen"]), "\(Self.describe(entities))")
    }

    @Test("an acronym spelt out joins its organisation, and so do its later uses")
    func acronym() throws {
        let entities = Self.entities("The European Central Bank (ECB) raised rates. The ECB said inflation was too high.")
        let bank = try #require(entities.first { $0.name == "European Central Bank" })
        #expect(bank.aliases.contains("ECB"))
        #expect(bank.mentions.count == 3)
        #expect(!entities.contains { $0.name == "ECB" })
    }

    @Test("an acronym of an organisation's initials joins it without parentheses")
    func initials() throws {
        let entities = Self.entities("The Harwick Water Authority warned of shortages. The HWA said reservoirs were low.")
        let authority = try #require(entities.first { $0.name == "Harwick Water Authority" }, "\(Self.describe(entities))")
        #expect(authority.aliases.contains("HWA"))
    }

    @Test("the two word orders of a department's name are one organisation")
    func variants() throws {
        let entities = Self.entities("The Department of Health issued new rules. The Health Department said they start in May.")
        let department = try #require(entities.first { $0.name == "Department of Health" }, "\(Self.describe(entities))")
        #expect(department.aliases.contains("Health Department"))
        #expect(department.mentions.count == 2)
    }

    @Test("a short name and a name with a company suffix join the company's full name")
    func shortNames() throws {
        let entities = Self.entities("Brightwater Holdings Ltd reported a loss. Brightwater Holdings said demand fell. Brightwater will cut jobs.")
        let company = try #require(entities.first { $0.kind == .organization }, "\(Self.describe(entities))")
        #expect(company.name == "Brightwater Holdings Ltd")
        #expect(company.mentions.count == 3)
        #expect(entities.filter { $0.kind == .organization }.count == 1, "\(Self.describe(entities))")
    }

    // MARK: - Across articles

    @Test("a person quoted in one article and named in another is one entity, named as the speaker is")
    func speakers() throws {
        let model = Self.corpus([
            "“We will build the bridge,” said Interior Minister Lena Hartmann on Monday.\n",
            "Hartmann said the bridge would open in 2030. Hartmann also visited the site.\n",
        ])
        let speaker = try #require(model.speakers.first { $0.kind == .person })
        let person = try #require(model.entities.first { $0.kind == .person })
        #expect(person.name == speaker.name)
        #expect(person.name == "Lena Hartmann")
        #expect(person.articles == [0, 1])
        #expect(person.mentionCounts == [1, 2])
        #expect(Set(person.aliases).isSuperset(of: Set(speaker.aliases)))
    }

    @Test("the same organisation in two articles, by its name and by another name, is one entity")
    func organisationsAcrossArticles() throws {
        let model = Self.corpus([
            "A briefing at the Department of Energy (DOE) drew crowds. The DOE said more charges were coming.\n",
            "According to the US Energy Department, the case is closed.\n",
        ])
        let department = try #require(model.entities.first { $0.name == "Department of Energy" }, "\(Self.describe(model.entities))")
        #expect(Set(department.aliases).isSuperset(of: ["DOE", "US Energy Department"]))
        #expect(department.articles == [0, 1])
        #expect(department.mentionCounts == [3, 1])
    }

    @Test("a name one article gives no evidence for counts where another shows what it is")
    func unclassifiedJoinsElsewhere() throws {
        let model = Self.corpus([
            "The Orrisey Institute published its annual survey of river birds on Monday.\n",
            "Volunteers counted herons for the study. Orrisey Institute staff checked the totals.\n",
        ])
        let institute = try #require(model.entities.first { $0.name == "Orrisey Institute" })
        #expect(institute.articles == [0, 1])
    }

    @Test("mentions point at the name in the raw file, and entities are sorted by mentions")
    func mentionsAndOrder() throws {
        let texts = ["Norvik Steel cut jobs.\r\n\r\nNorvik Steel said Norway was its market.\r\n",
                     "Norway buys steel from Norvik Steel.\r\n"]
        let model = Self.corpus(texts)
        let steel = try #require(model.entities.first)
        #expect(steel.name == "Norvik Steel")
        #expect(steel.articles == [0, 1])
        #expect(steel.mentionCounts == [2, 1])
        #expect(steel.mentionCount(inArticle: 1) == 1)
        for mention in steel.mentions {
            let raw = Array(texts[mention.article].unicodeScalars)
            #expect(String(String.UnicodeScalarView(raw[mention.start..<mention.end])) == "Norvik Steel")
            let paragraph = model.articles[mention.article].paragraphs[mention.paragraph]
            let clean = Array(paragraph.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(clean[mention.cleanRange])) == "Norvik Steel")
        }
        let counts = model.entities.map(\.mentions.count)
        #expect(counts == counts.sorted(by: >))
        #expect(model.entities.map(\.id) == Array(model.entities.indices))
    }

    // MARK: - Output

    @Test("the JSON export lists entities with name, kind, aliases, mentions, articles and mentions per article")
    func export() throws {
        let model = Self.corpus(["Health Minister Ana Ruiz visited Lisbon. Ruiz met doctors.\n", "Ana Ruiz left Lisbon on Friday.\n"])
        let json = try #require(try JSONSerialization.jsonObject(with: JSONExport.encode(model)) as? [String: Any])
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(!entities.isEmpty)
        for record in entities {
            #expect(Set(record.keys) == ["name", "kind", "aliases", "mentions", "articles", "mentions_per_article"])
            #expect(record["name"] is String)
            #expect(["person", "organization", "place"].contains(record["kind"] as? String))
            #expect(record["aliases"] is [String])
            #expect(record["mentions"] is Int)
            #expect(record["articles"] is [String])
            #expect(record["mentions_per_article"] is [String: Int])
        }
        let ruiz = try #require(entities.first { $0["name"] as? String == "Ana Ruiz" })
        #expect(ruiz["kind"] as? String == "person")
        #expect(ruiz["mentions"] as? Int == 3)
        #expect(ruiz["articles"] as? [String] == ["case0", "case1"])
        #expect(ruiz["mentions_per_article"] as? [String: Int] == ["case0": 2, "case1": 1])
        #expect((ruiz["aliases"] as? [String])?.contains("Ruiz") == true)
    }

    @Test("the listing shows each entity with its kind, counts and aliases, filtered by kind")
    func listing() {
        let model = Self.corpus(["Health Minister Ana Ruiz visited Lisbon. Ruiz met doctors.\n"])
        let all = EntityListing.render(model)
        #expect(all.contains("Ana Ruiz · person · 2 mentions in 1 article"))
        #expect(all.contains("“Ruiz”"))
        #expect(all.contains("Lisbon · place · 1 mention in 1 article"))
        let places = EntityListing.render(model, kind: .place)
        #expect(places.contains("Lisbon"))
        #expect(!places.contains("Ana Ruiz"))
    }

    // MARK: - The samples

    @Test("the samples give the gold people, organisations and places, and no market as a person or place")
    func seeds() throws {
        let goldPath = SeedMetadataTests.goldFile() ?? QuoteScoring.fixtures.appendingPathComponent("Gold/seeds.json").path
        let gold = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: goldPath))) as? [String: Any])
        let model = AnalyzedCorpus(CorpusLoader.load(paths: [SeedMetadataTests.seedsFolder()]))
        func names(_ kind: Entity.Kind) -> Set<String> { Set(model.entities.filter { $0.kind == kind }.map(\.name)) }
        for person in try #require(gold["people_mentioned"] as? [String]) {
            #expect(names(.person).contains(person), "\(person) in \(names(.person))")
        }
        for place in try #require(gold["places_mentioned"] as? [String]) {
            #expect(names(.place).contains(place), "\(place) in \(names(.place))")
        }
        // "Name (other name, another name)": the name, then its other names.
        for written in try #require(gold["organizations_mentioned"] as? [String]) {
            let name = String(written.split(separator: "(").first ?? "").trimmingCharacters(in: .whitespaces)
            let others = written.split(separator: "(").dropFirst().first.map { $0.dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
            let organisation = model.entities.first { $0.kind == .organization && $0.name == name }
            #expect(organisation != nil, "\(name) in \(names(.organization))")
            for other in others { #expect(organisation?.aliases.contains(other) == true, "\(other) as an alias of \(name)") }
        }
        for market in gold["markets"] as? [String] ?? [] {
            #expect(!model.entities.contains { $0.name == market && $0.kind != .organization }, "\(market)")
        }
        // Every person entity that is also a speaker carries the speaker's name.
        for speaker in model.speakers where speaker.kind == .person {
            #expect(names(.person).contains(speaker.name), "\(speaker.name)")
        }
    }
}
