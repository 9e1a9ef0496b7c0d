/// The vocabulary of one kind of story: who is in it, what happened, and how its people talk.
/// Articles on different topics share no content words beyond the generic templates, so story
/// grouping and summaries have something to tell apart.
struct Topic: Sendable {
    struct Event: Sendable {
        /// As first mentioned ("a fire at a chemical warehouse").
        var mention: String
        /// As referred back to ("the fire").
        var ref: String
    }

    var name: String
    /// Section names for breadcrumbs and menus ("Crime", "World").
    var sections: [String]
    /// Kinds the story's main organisation is drawn from, and the kinds of the others.
    var mainOrganisations: [Organisation.Kind]
    var otherOrganisations: [Organisation.Kind]
    /// Ministries' fields ("health"), agency and NGO names (said with "the"), company name endings.
    var ministries: [String]
    var agencies: [String]
    var companyEndings: [String]
    var ngos: [String]

    var events: [Event]
    var sites: [String]
    var groups: [String]
    var measures: [String]
    var issues: [String]

    /// Headlines, in sentence case (layouts may title-case them).
    var headlines: [Template]
    /// One-sentence standfirsts for pages that print one under the headline.
    var standfirsts: [Template]
    /// Opening clauses, without their full stop: the writer may close them with an attribution.
    var leads: [Template]
    /// Narrative sentences with figures and dates, in the writer's voice (no speech verbs, so
    /// every quotation in an article is one the truth records).
    var background: [Template]
    /// First-person sentences for direct quotes: what officials say, and what people quoted
    /// for themselves (residents, fans, patients) say.
    var statements: [Template]
    var testimonies: [Template]
    /// Questions a speaker asks ("“Who will pay for this?” she asked.").
    var questions: [Template]
    /// Reported clauses, lowercase and without a full stop ("the road would reopen next week").
    var clauses: [Template]
    /// Fragments for partial quotes: judgements ("deeply worrying"), promises, warnings.
    var verdicts: [String]
    var pledges: [String]
    var warnings: [String]
    /// Sentences with a scare quote (`{sq:word}`).
    var scares: [Template]

    init(
        name: String, sections: [String], mainOrganisations: [Organisation.Kind], otherOrganisations: [Organisation.Kind],
        ministries: [String], agencies: [String], companyEndings: [String], ngos: [String],
        events: [(String, String)], sites: [String], groups: [String], measures: [String], issues: [String],
        headlines: [String], standfirsts: [String], leads: [String], background: [String], statements: [String],
        testimonies: [String], questions: [String], clauses: [String], verdicts: [String], pledges: [String], warnings: [String], scares: [String]
    ) {
        self.name = name
        self.sections = sections
        self.mainOrganisations = mainOrganisations
        self.otherOrganisations = otherOrganisations
        self.ministries = ministries
        self.agencies = agencies
        self.companyEndings = companyEndings
        self.ngos = ngos
        self.events = events.map { Event(mention: $0.0, ref: $0.1) }
        self.sites = sites
        self.groups = groups
        self.measures = measures
        self.issues = issues
        self.headlines = headlines.templates
        self.standfirsts = standfirsts.templates
        self.leads = leads.templates
        self.background = (background + Generic.background).templates
        self.statements = (statements + Generic.statements).templates
        self.testimonies = (testimonies + Generic.testimonies).templates
        self.questions = (questions + Generic.questions).templates
        self.clauses = (clauses + Generic.clauses).templates
        self.verdicts = verdicts + Generic.verdicts
        self.pledges = pledges + Generic.pledges
        self.warnings = warnings
        self.scares = scares.templates
    }

    /// Every topic, in a fixed order (the order is part of what a seed means).
    static let all: [Topic] = [crime, weather, economy, health, technology, politics, sport]
}
