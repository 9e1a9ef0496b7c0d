/// Sentences any story can use, mixed into every topic's own, so the same turns of phrase recur
/// across a corpus as they do across real news.
enum Generic {
    static let statements = [
        "We will look at every option, and we will do it quickly.",
        "I understand why people are angry, and they have every right to be.",
        "This is not the end of the matter.",
        "The next few weeks will be difficult, but we have a plan.",
        "Our priority is {group}, and that will not change.",
        "We owe it to {group} to get this right.",
        "Nobody here wanted this outcome.",
        "I spoke to {group} in {city} {weekday}, and they want answers.",
        "We understand the frustration, and we share it.",
        "What happened {weekday} should never happen again.",
        "We have been raising this for {dur:long}, and nobody listened.",
        "There are no easy answers here.",
        "I am not going to pretend this is good news.",
        "We will publish everything we know as soon as we can.",
        "It's too early to say what went wrong.",
        "We're learning more every day.",
    ]

    static let testimonies = [
        "I have lived here all my life and I have never seen anything like it.",
        "We just want to know what happened.",
        "Nobody has told us anything.",
        "I understand why people are angry, and they have every right to be.",
        "It's been the worst {dur:short} of my life.",
    ]

    static let questions = [
        "Who is going to pay for all of this?",
        "How many more warnings do we need?",
        "Why did it take {dur} to act?",
        "What are we supposed to tell {group}?",
    ]

    static let clauses = [
        "a full report would be published {future}",
        "more details would be released {future}",
        "the situation remained under review",
        "lessons would be learned from {ref}",
        "talks with {org2} were continuing",
        "the decision had not been taken lightly",
        "no one had yet been held responsible for {ref}",
    ]

    static let verdicts = [
        "deeply worrying", "completely unacceptable", "a wake-up call", "long overdue",
        "a step in the right direction", "disappointing but not surprising",
    ]

    static let pledges = [
        "a full and independent review", "answers within weeks", "a fresh start",
    ]

    static let background = [
        "{^ref} comes {dur:long} after a similar case in {city}.",
        "{^rel}, {org} faced criticism over its handling of {issue}.",
        "Similar problems hit {city} {rel}, when {count:people:40-9000} were affected.",
        "The figures for {country} have risen by {pct} over the past {dur:long}.",
        "Officials in {city} have been under pressure over {issue} for {dur:long}.",
        "{^org} has not yet published its own figures.",
        "The next update is expected {future}.",
        "{^group} in {city} have been among the hardest hit.",
        "Local media have followed the story closely since {day}.",
        "About {count:people:1000-90000} live in the area most affected.",
    ]
}

extension Generic {
    /// Headlines of other stories, for related lists and links; furniture, so nothing in them is
    /// planted.
    static let related = [
        "{city} council approves new budget", "Five things to know about {issue}", "Pictures: a week in {city}",
        "Opinion: why {group} deserve better", "The week in review", "How {country} compares with its neighbours",
        "Explainer: what happens next", "Letters: readers on {issue}", "Live updates: the latest from {city}",
        "Why {issue} keeps coming back", "Weekend reads: the best of the week",
    ].templates

    /// Photo captions: a place, never a claim, so they add nothing to extract if kept.
    static let captions = [
        "A street in the centre of {city}.", "The main square in {city}.", "A view across {city}.",
        "Traffic in {city}.", "The waterfront in {city}.",
    ].templates
}
