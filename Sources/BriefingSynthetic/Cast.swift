import Briefing

/// Who and what one story is about: its place, its event, its organisations and the people who
/// speak in it. Drawn once per article, then read by every sentence, so the people quoted in
/// paragraph 12 are the ones introduced in paragraph 3.
struct Cast {
    struct Person {
        var given: String
        var surname: String
        var gender: Names.Gender
        var role: Role
        /// Index into `organisations`, or nil for someone quoted for themselves.
        var organisation: Int?
        var age: Int
        /// A university person's subject ("epidemiology").
        var field: String
        /// Whether the text has named them in full yet.
        var introduced = false
        /// False when another person in the story has the same role noun, so "the spokesperson"
        /// would not say which one.
        var anaphorIsUnique = true

        var fullName: String { given + " " + surname }
        var pronoun: String { gender == .female ? "she" : "he" }
    }

    var topic: Topic
    var city: Places.City
    var event: Topic.Event
    /// The main organisation first.
    var organisations: [Organisation]
    var people: [Person]

    init(topic: Topic, dice: inout Dice, style: QuoteStyle) {
        self.topic = topic
        city = dice.pick(Places.cities)
        event = dice.pick(topic.events)
        var organisations = [Organisations.make(dice.pick(topic.mainOrganisations), topic: topic, city: city, dice: &dice, style: style)]
        let others = dice.number(in: 1...2)
        for _ in 0..<8 where organisations.count < 1 + others {
            let kind = dice.pick(topic.otherOrganisations)
            guard kind != .none else { continue }
            let made = Organisations.make(kind, topic: topic, city: city, dice: &dice, style: style)
            if !organisations.contains(where: { $0.name == made.name || $0.ref == made.ref }) { organisations.append(made) }
        }
        self.organisations = organisations

        var people: [Person] = []
        let wanted = dice.number(in: 2...5)
        for index in 0..<24 where people.count < wanted {
            // The first speaker belongs to the main organisation; later ones to any, or none.
            let organisation: Int? = index == 0 ? 0 : dice.chance(30) ? nil : dice.below(organisations.count)
            let kind = organisation.map { organisations[$0].kind } ?? .none
            let gender: Names.Gender = dice.chance(50) ? .female : .male
            let given = dice.pick(gender == .female ? Names.female : Names.male)
            let surname = style.styled(dice.pick(Names.surnames))
            guard !people.contains(where: { $0.surname == surname || $0.given == given }) else { continue }
            let role = dice.pick(Organisations.roles(for: kind))
            // One organisation has one chief executive: a role already held there is not given again.
            guard !people.contains(where: { $0.organisation == organisation && $0.role.anaphor == role.anaphor }) else { continue }
            var person = Person(given: given, surname: surname, gender: gender, role: role,
                                organisation: organisation, age: dice.number(in: 19...78), field: dice.pick(Organisations.fields))
            for i in people.indices where people[i].role.anaphor == person.role.anaphor {
                people[i].anaphorIsUnique = false
                person.anaphorIsUnique = false
            }
            people.append(person)
        }
        self.people = people
    }
}

extension Organisations {
    static let parties = ["Progressive Alliance", "Civic Union", "National Renewal Party", "Green Future Party", "Liberal Forum",
                          "People's Democratic Movement"]
    static let unions = ["Transport Workers Union", "National Nurses Union", "General Workers Union", "Dockers Union",
                         "Steelworkers Union", "Public Service Union"]
    static let federations = ["National Athletics Federation", "National Football Association", "National Cycling Federation",
                              "Professional Basketball League"]
    static let clubEndings = ["Rovers", "Athletic", "United", "Wanderers", "City"]

    /// An organisation of `kind` for a story in `city`.
    static func make(_ kind: Organisation.Kind, topic: Topic, city: Places.City, dice: inout Dice, style: QuoteStyle) -> Organisation {
        func lastWordRef(_ name: String) -> String {
            "the " + (name.split(separator: " ").last.map { $0.lowercased() } ?? "organisation")
        }
        var made: Organisation
        switch kind {
        case .police:
            switch dice.below(3) {
            case 0: made = Organisation(kind: kind, name: city.name + " Police", takesThe: false, ref: "police")
            case 1: made = Organisation(kind: kind, name: dice.pick(Places.regions) + " Constabulary", takesThe: false, ref: "police")
            default: made = Organisation(kind: kind, name: city.name + " Police Service", takesThe: true, ref: "police")
            }
        case .ministry:
            let domain = dice.pick(topic.ministries)
            let title = domain.split(separator: " ").map { $0 == "and" ? "and" : $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            made = Organisation(kind: kind, name: "Ministry of " + title, takesThe: true, ref: "the ministry", domain: domain)
        case .agency:
            let name = dice.pick(topic.agencies)
            made = Organisation(kind: kind, name: name, takesThe: true, ref: lastWordRef(name))
        case .company:
            made = Organisation(kind: kind, name: dice.pick(stems) + " " + dice.pick(topic.companyEndings), takesThe: false, ref: "the company")
        case .ngo:
            made = Organisation(kind: kind, name: dice.pick(topic.ngos), takesThe: true, ref: "the group")
        case .university:
            if dice.chance(60) {
                made = Organisation(kind: kind, name: "University of " + city.name, takesThe: true, ref: "the university")
            } else {
                made = Organisation(kind: kind, name: city.name + " Institute of Technology", takesThe: true, ref: "the institute")
            }
        case .club:
            let name = dice.chance(25) ? "FC " + city.name : city.name + " " + dice.pick(clubEndings)
            made = Organisation(kind: kind, name: name, takesThe: false, ref: "the club")
        case .hospital:
            made = Organisation(kind: kind, name: city.name + dice.pick([" General Hospital", " University Hospital", " Children's Hospital"]),
                                takesThe: false, ref: "the hospital")
        case .party:
            made = Organisation(kind: kind, name: dice.pick(parties), takesThe: true, ref: "the party")
        case .union:
            made = Organisation(kind: kind, name: dice.pick(unions), takesThe: true, ref: "the union")
        case .federation:
            let name = dice.pick(federations)
            made = Organisation(kind: kind, name: name, takesThe: true, ref: lastWordRef(name))
        case .bank:
            made = Organisation(kind: kind, name: "Central Bank of " + city.country, takesThe: true, ref: "the central bank")
        case .fireService:
            made = Organisation(kind: kind, name: city.name + " Fire and Rescue Service", takesThe: true, ref: "the fire service")
        case .none:
            preconditionFailure("people without an organisation have no organisation to make")
        }
        made.name = style.styled(made.name)
        return made
    }
}
