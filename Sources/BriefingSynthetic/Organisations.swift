/// Invented organisations and the roles people hold in them. A story's cast is drawn from the
/// kinds its topic uses (police and a victims' charity for crime, a club and a federation for
/// sport), so who speaks fits what they speak about.
struct Organisation: Sendable {
    enum Kind: Sendable, CaseIterable {
        case police, ministry, agency, company, ngo, university, club, hospital, party, union, federation, bank, fireService
        /// Not an organisation: people quoted for themselves (residents, witnesses, fans).
        case none
    }

    var kind: Kind
    /// The name as a reference work would give it ("Ministry of Health", "Arkwell Systems").
    var name: String
    /// Whether running text puts "the" before it ("the Ministry of Health", but "Arkwell Systems").
    var takesThe: Bool
    /// How the text refers back to it ("the ministry", "police", "the company").
    var ref: String
    /// The ministry's field, for its minister's title ("health").
    var domain: String = ""
}

/// A role a person is introduced with: after the name ("Amara Okonkwo, chief executive of
/// Arkwell Systems"), before it ("Arkwell Systems chief executive Amara Okonkwo"), and the noun
/// that refers back to them ("the chief executive").
struct Role: Sendable {
    var appositive: Template
    var title: Template
    var anaphor: String
    /// "Dr" for doctors: written before the name, never part of it.
    var honorific: String? = nil
    /// People without an organisation are often given with their age ("Rosa Novak, 43, a nurse").
    var givesAge = false
    /// A formal title keeps its capitals mid-sentence ("said Professor …"); a job title does not
    /// ("said police spokesperson …").
    var formal: Bool

    init(_ appositive: String, _ title: String, _ anaphor: String, honorific: String? = nil, givesAge: Bool = false) {
        self.appositive = Template(appositive)
        self.title = Template(title)
        self.anaphor = anaphor
        self.honorific = honorific
        self.givesAge = givesAge
        formal = Role.formalTitles.contains { title.hasPrefix($0) }
    }
}

enum Organisations {
    /// Invented stems for company and foundation names.
    static let stems = [
        "Arkwell", "Tessaly", "Brennmoor", "Calloway", "Veldora", "Norcastle", "Halvern", "Quillon",
        "Redmarsh", "Sundane", "Orvane", "Kestrel", "Ambergate", "Lowmoor", "Glasswick", "Pellworth",
        "Stonebridge", "Ferrovia", "Corvane", "Maplestead", "Northwind", "Silverlea", "Ashgrove", "Bellmont",
        "Driftwood", "Ostrava", "Lumenor", "Caravel", "Pinecrest", "Thornbury", "Wexmoor", "Zephyra",
    ]

    static let fields = [
        "epidemiology", "economics", "computer science", "political science", "climate science", "criminology",
        "public health", "sports medicine", "urban planning", "hydrology",
    ]

    static func roles(for kind: Organisation.Kind) -> [Role] {
        switch kind {
        case .police: policeRoles
        case .ministry: ministryRoles
        case .agency: agencyRoles
        case .company: companyRoles
        case .ngo: ngoRoles
        case .university: universityRoles
        case .club: clubRoles
        case .hospital: hospitalRoles
        case .party: partyRoles
        case .union: unionRoles
        case .federation: federationRoles
        case .bank: bankRoles
        case .fireService: fireRoles
        case .none: privateRoles
        }
    }

    static let policeRoles = [
        Role("a spokesperson for {porg}", "Police spokesperson", "the spokesperson"),
        Role("the officer leading the investigation", "Detective Inspector", "the detective"),
        Role("head of {porg}", "Police chief", "the police chief"),
        Role("a senior officer with {porg}", "Superintendent", "the superintendent"),
    ]
    static let ministryRoles = [
        Role("the minister of {domain}", "{^domain} Minister", "the minister"),
        Role("a spokesperson for {porg}", "Ministry spokesperson", "the spokesperson"),
        Role("a deputy minister of {domain}", "Deputy {^domain} Minister", "the deputy minister"),
    ]
    static let agencyRoles = [
        Role("director of {porg}", "{porgname} director", "the director"),
        Role("a spokesperson for {porg}", "{porgname} spokesperson", "the spokesperson"),
        Role("a senior analyst at {porg}", "Senior analyst", "the analyst"),
    ]
    static let companyRoles = [
        Role("chief executive of {porg}", "{porgname} chief executive", "the chief executive"),
        Role("chief financial officer of {porg}", "{porgname} finance chief", "the finance chief"),
        Role("a spokesperson for {porg}", "{porgname} spokesperson", "the spokesperson"),
        Role("founder of {porg}", "{porgname} founder", "the founder"),
    ]
    static let ngoRoles = [
        Role("director of {porg}", "{porgname} director", "the director"),
        Role("a campaigner with {porg}", "Campaigner", "the campaigner"),
        Role("chair of {porg}", "{porgname} chair", "the chair"),
    ]
    static let universityRoles = [
        Role("a professor of {field} at {porg}", "Professor", "the professor"),
        Role("a researcher at {porg}", "{porgname} researcher", "the researcher"),
        Role("a lecturer in {field} at {porg}", "Lecturer", "the lecturer"),
    ]
    static let clubRoles = [
        Role("coach of {porg}", "{porgname} coach", "the coach"),
        Role("captain of {porg}", "{porgname} captain", "the captain"),
        Role("president of {porg}", "Club president", "the club president"),
    ]
    static let hospitalRoles = [
        Role("a consultant at {porg}", "Consultant", "the consultant", honorific: "Dr"),
        Role("medical director of {porg}", "Medical director", "the medical director", honorific: "Dr"),
        Role("a nurse at {porg}", "Senior nurse", "the nurse"),
    ]
    static let partyRoles = [
        Role("leader of {porg}", "{porgname} leader", "the party leader"),
        Role("a spokesperson for {porg}", "{porgname} spokesperson", "the spokesperson"),
        Role("a senior member of {porg}", "Lawmaker", "the lawmaker"),
    ]
    static let unionRoles = [
        Role("general secretary of {porg}", "Union leader", "the union leader"),
        Role("a shop steward with {porg}", "Shop steward", "the shop steward"),
    ]
    static let federationRoles = [
        Role("president of {porg}", "{porgname} president", "the federation president"),
        Role("a spokesperson for {porg}", "Federation spokesperson", "the spokesperson"),
    ]
    static let bankRoles = [
        Role("governor of {porg}", "Central bank governor", "the governor"),
        Role("chief economist at {porg}", "{porgname} chief economist", "the economist"),
    ]
    static let fireRoles = [
        Role("chief fire officer of {porg}", "Fire chief", "the fire chief"),
        Role("a station manager with {porg}", "Station manager", "the station manager"),
    ]
    static let privateRoles = [
        Role("a resident of {city}", "Local resident", "the resident", givesAge: true),
        Role("who runs a bakery in {city}", "Bakery owner", "the baker", givesAge: true),
        Role("a nurse from {city}", "Nurse", "the nurse", givesAge: true),
        Role("a teacher in {city}", "Teacher", "the teacher", givesAge: true),
        Role("a taxi driver", "Taxi driver", "the driver", givesAge: true),
        Role("a retired engineer", "Retired engineer", "the engineer", givesAge: true),
        Role("a student at a local college", "Student", "the student", givesAge: true),
        Role("a farmer near {city}", "Farmer", "the farmer", givesAge: true),
    ]
}
